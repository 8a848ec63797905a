#include "exchange/Xlsx.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include "exchange/Zip.h"

#include <cmath>

namespace Custodian::Exchange {

namespace {

using Severity = Domain::Finding::Severity;
using Type = TableColumn::Type;

constexpr qsizetype MaximumCellText = 32767; // Excel's limit for the text of one cell
constexpr double MaximumWidth = 60;

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with
// an apostrophe, unique in the workbook (case-insensitively).
QString sheetName(const QString &title, QSet<QString> *used)
{
    QString name = title;
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    name.replace(forbidden, QStringLiteral("-"));
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.left(31).trimmed();
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int n = 2; used->contains(candidate.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    used->insert(candidate.toCaseFolded());
    return candidate;
}

lxw_datetime toLxw(const QDate &day, const QTime &time = QTime(0, 0))
{
    lxw_datetime value{};
    value.year = day.year();
    value.month = day.month();
    value.day = day.day();
    value.hour = time.hour();
    value.min = time.minute();
    value.sec = time.second() + time.msec() / 1000.0;
    return value;
}

QString displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return QStringLiteral("2026-12-31");
    case QMetaType::QDateTime:
        return QStringLiteral("2026-12-31 23:59:59");
    default:
        return value.toString();
    }
}

// The widest line of the first rows, as a column width in characters.
double columnWidth(const Table &table, qsizetype column)
{
    const TableColumn &spec = table.columns.at(column);
    double width = spec.header.size() + 2; // room for the filter button
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 500);
    for (qsizetype r = 0; r < sample && width < MaximumWidth; ++r) {
        const QVariant &value = table.rows.at(r).value(column);
        if (value.isNull())
            continue;
        const QStringList lines = displayText(value).split(u'\n');
        for (const QString &line : lines)
            width = std::max(width, double(line.size()) + 1);
    }
    return std::clamp(width, 8.0, MaximumWidth);
}

} // namespace

Status Xlsx::write(const QList<Table> &tables, const QString &path, const QString &title, QStringList *warnings)
{
    const QString failed = tr("The workbook %1 could not be written.").arg(QDir::toNativeSeparators(path));
    if (QFileInfo::exists(path))
        return Status::error(Status::Code::InvalidInput,
                             tr("The file %1 already exists: choose a new name.").arg(QDir::toNativeSeparators(path)));
    const QFileInfo target(path);
    const QString partial = target.dir().filePath(
        QStringLiteral(".%1.%2.part").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(partialName.constData(), &options);
    if (!workbook)
        return Status::error(Status::Code::IoError, failed, tr("libxlsxwriter could not start the workbook."));
    const QByteArray titleText = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(titleText.constData());
    properties.comments = const_cast<char *>("Custodian " CUSTODIAN_VERSION);
    workbook_set_properties(workbook, &properties);

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDCE6F0);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(header);
    lxw_format *top = workbook_add_format(workbook);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapped = workbook_add_format(workbook);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(wrapped);
    lxw_format *day = workbook_add_format(workbook);
    format_set_align(day, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(day, "yyyy-mm-dd");
    lxw_format *moment = workbook_add_format(workbook);
    format_set_align(moment, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(moment, "yyyy-mm-dd hh:mm:ss");

    lxw_error error = LXW_NO_ERROR;
    QSet<QString> used;
    int cut = 0;
    for (const Table &table : tables) {
        const QByteArray name = sheetName(table.title, &used).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
        if (!sheet) {
            error = LXW_ERROR_SHEETNAME_ALREADY_USED;
            break;
        }
        QList<lxw_format *> formats;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const Type type = table.columns.at(c).type;
            lxw_format *format = type == Type::LongText ? wrapped
                                 : type == Type::Date   ? day
                                 : type == Type::Moment ? moment
                                                        : top;
            formats << format;
            const double width = type == Type::Date ? 12 : type == Type::Moment ? 20 : columnWidth(table, c);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, format);
        }
        // A hidden first row of keys, then the headers.
        const lxw_row_t headerRow = table.keyRow ? 1 : 0;
        if (table.keyRow) {
            lxw_row_col_options hidden{};
            hidden.hidden = LXW_TRUE;
            worksheet_set_row_opt(sheet, 0, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                worksheet_write_string(sheet, 0, lxw_col_t(c), table.columns.at(c).key.toUtf8().constData(), nullptr);
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            worksheet_write_string(sheet, headerRow, lxw_col_t(c), table.columns.at(c).header.toUtf8().constData(),
                                   header);
        for (qsizetype r = 0; r < table.rows.size() && error == LXW_NO_ERROR; ++r) {
            const QVariantList &row = table.rows.at(r);
            const auto at = lxw_row_t(r + 1 + headerRow);
            for (qsizetype c = 0; c < row.size() && c < formats.size(); ++c) {
                const QVariant &value = row.at(c);
                const auto col = lxw_col_t(c);
                switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
                case QMetaType::UnknownType:
                    break;
                case QMetaType::QDate: {
                    lxw_datetime cell = toLxw(value.toDate());
                    error = worksheet_write_datetime(sheet, at, col, &cell, day);
                    break;
                }
                case QMetaType::QDateTime: {
                    const QDateTime local = value.toDateTime().toLocalTime();
                    lxw_datetime cell = toLxw(local.date(), local.time());
                    error = worksheet_write_datetime(sheet, at, col, &cell, moment);
                    break;
                }
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::Double:
                    error = worksheet_write_number(sheet, at, col, value.toDouble(), formats.at(c));
                    break;
                default: {
                    QString text = value.toString();
                    if (text.isEmpty())
                        break;
                    if (text.size() > MaximumCellText) {
                        text.truncate(MaximumCellText);
                        ++cut;
                    }
                    error = worksheet_write_string(sheet, at, col, text.toUtf8().constData(), formats.at(c));
                    break;
                }
                }
                if (error != LXW_NO_ERROR)
                    break;
            }
        }
        worksheet_freeze_panes(sheet, headerRow + 1, 0);
        if (!table.columns.isEmpty())
            worksheet_autofilter(sheet, headerRow, 0, lxw_row_t(std::max<qsizetype>(table.rows.size(), 1) + headerRow),
                                 lxw_col_t(table.columns.size() - 1));
        if (error != LXW_NO_ERROR)
            break;
    }
    const lxw_error closed = workbook_close(workbook);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Status::error(Status::Code::IoError, failed, QString::fromUtf8(lxw_strerror(error)));
    }
    QFile file(partial);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.rename(path)) {
        const QString detail = file.errorString();
        QFile::remove(partial);
        return Status::error(Status::Code::IoError, failed, detail);
    }
    if (cut > 0)
        warnings->append(
            tr("%n value(s) longer than a spreadsheet cell holds (32,767 characters) were cut.", nullptr, cut));
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

struct Reader
{
    ZipReader &zip;
    QString fileName;
    QList<ImportFinding> *findings;

    void error(const QString &sheet, int row, const QString &message)
    {
        findings->append({fileName, sheet, row, QString(), Severity::Error, message});
    }

    // The unpacked part, or nothing when it is missing (optional parts) or too large.
    bool part(const QString &name, QByteArray *data, bool required)
    {
        switch (zip.read(name, Xlsx::MaximumPartSize, data)) {
        case ZipReader::Result::Ok:
            return true;
        case ZipReader::Result::Missing:
            if (required)
                error(QString(), 0, Xlsx::tr("The workbook has no part %1: it is damaged.").arg(name));
            return !required;
        case ZipReader::Result::Damaged:
            error(QString(), 0, Xlsx::tr("The part %1 of the workbook cannot be unpacked: it is damaged.").arg(name));
            return false;
        case ZipReader::Result::TooLarge:
            error(QString(), 0,
                  Xlsx::tr("The part %1 of the workbook unpacks to more than 256 MB: it is not a register's "
                           "spreadsheet.")
                      .arg(name));
            return false;
        }
        return false;
    }
};

bool xmlFailed(const QXmlStreamReader &xml)
{
    return xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError;
}

// "yyyy-mm-dd", "d/m/yy h:mm": a format that shows a date, not one that only has an "m" in quotes.
bool isDateFormat(const QString &code)
{
    QString bare;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or a padding)
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                break;
            i = end;
        } else {
            bare += c.toLower();
        }
    }
    return bare.contains(u'y') || bare.contains(u'd') || (bare.contains(u'm') && bare.contains(u'h'));
}

// Column letters of "BC12" as a 0-based index; -1 when there are none.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

QVariant serialDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // up to 9999-12-31
        return QVariant(serial);
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (!date1904 && serial < 61)
        base = QDate(1899, 12, 31); // before Excel's phantom 29 February 1900
    const double days = std::floor(serial);
    const QDate day = base.addDays(qint64(days));
    const auto milliseconds = qint64(std::llround((serial - days) * 86400000.0));
    if (milliseconds == 0)
        return day;
    return QDateTime(day, QTime(0, 0)).addMSecs(milliseconds);
}

} // namespace

bool Xlsx::read(const QByteArray &data, const QString &fileName, QList<RawTable> *tables,
                QList<ImportFinding> *findings)
{
    tables->clear();
    ZipReader zip(data);
    if (!zip.isOpen()) {
        findings->append({fileName, QString(), 0, QString(), Severity::Error,
                          tr("The file is not an Excel workbook (.xlsx): it cannot be opened as one.")});
        return false;
    }
    Reader reader{zip, fileName, findings};

    // The sheets, in order, and where their parts are.
    QByteArray part;
    if (!reader.part(QStringLiteral("xl/workbook.xml"), &part, true))
        return false;
    struct Sheet
    {
        QString name;
        QString relation;
    };
    QList<Sheet> sheets;
    bool date1904 = false;
    {
        QXmlStreamReader xml(part);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("sheet"))
                sheets.append({xml.attributes().value(QLatin1String("name")).toString(),
                               xml.attributes().value(QLatin1String("r:id")).toString()});
            else if (xml.name() == QLatin1String("workbookPr"))
                date1904 = xml.attributes().value(QLatin1String("date1904")) == QLatin1String("1") ||
                           xml.attributes().value(QLatin1String("date1904")) == QLatin1String("true");
        }
        if (xmlFailed(xml)) {
            reader.error(QString(), 0, tr("The workbook's list of sheets is damaged: %1").arg(xml.errorString()));
            return false;
        }
    }
    if (sheets.size() > MaximumSheets) {
        reader.error(QString(), 0, tr("The workbook has more than %1 sheets.").arg(MaximumSheets));
        return false;
    }
    QHash<QString, QString> targets;
    if (!reader.part(QStringLiteral("xl/_rels/workbook.xml.rels"), &part, true))
        return false;
    {
        QXmlStreamReader xml(part);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), QDir::cleanPath(target));
            }
        }
    }

    // Shared strings: the text of each <si>, its runs joined, phonetic guides left out.
    QStringList strings;
    if (!reader.part(QStringLiteral("xl/sharedStrings.xml"), &part, false))
        return false;
    if (!part.isEmpty()) {
        QXmlStreamReader xml(part);
        QString current;
        int phonetic = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("si"))
                    current.clear();
                else if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && phonetic == 0)
                    current += xml.readElementText();
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("si"))
                    strings << current;
                else if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
            }
        }
        if (xmlFailed(xml)) {
            reader.error(QString(), 0, tr("The workbook's texts are damaged: %1").arg(xml.errorString()));
            return false;
        }
    }

    // Which cell styles show dates.
    QList<bool> dateStyles;
    if (!reader.part(QStringLiteral("xl/styles.xml"), &part, false))
        return false;
    if (!part.isEmpty()) {
        QXmlStreamReader xml(part);
        QHash<int, bool> customDates;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt"))
                    customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                       isDateFormat(xml.attributes().value(QLatin1String("formatCode")).toString()));
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    const bool builtIn = (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
                    dateStyles << (customDates.contains(id) ? customDates.value(id) : builtIn);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    for (const Sheet &sheet : std::as_const(sheets)) {
        const QString target = targets.value(sheet.relation);
        if (target.isEmpty()) {
            reader.error(sheet.name, 0, tr("The sheet has no part in the workbook: it is damaged."));
            return false;
        }
        if (!reader.part(target, &part, true))
            return false;
        QXmlStreamReader xml(part);
        RawTable table;
        table.file = fileName;
        table.sheet = sheet.name;
        int rowNumber = 0;
        QVariantList row;
        bool hasValue = false;
        bool tooWide = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
                const int numbered = xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = numbered > 0 ? numbered : rowNumber + 1;
                row.clear();
                hasValue = false;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                if (!hasValue)
                    continue;
                if (table.headers.isEmpty() && table.rows.isEmpty()) {
                    for (const QVariant &cell : std::as_const(row))
                        table.headers << cell.toString().trimmed();
                } else {
                    row.resize(std::max<qsizetype>(row.size(), table.headers.size()));
                    table.rows << row;
                    table.rowNumbers << rowNumber;
                }
            } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString type = attributes.value(QLatin1String("t")).toString();
                const int style = attributes.value(QLatin1String("s")).toInt();
                int column = attributes.hasAttribute(QLatin1String("r"))
                                 ? columnOf(attributes.value(QLatin1String("r")))
                                 : int(row.size());
                QString raw;
                QString inline_;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                        raw = xml.readElementText();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                        inline_ += xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                }
                if (column < 0 || column >= MaximumColumns) {
                    if (!tooWide)
                        reader.error(
                            sheet.name, rowNumber,
                            tr("A cell lies beyond column %1: this is not a register's list.").arg(MaximumColumns));
                    tooWide = true;
                    continue;
                }
                QVariant value;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = raw.toInt(&ok);
                    if (!ok || index < 0 || index >= strings.size()) {
                        reader.error(sheet.name, rowNumber,
                                     tr("A cell names a text the workbook does not have: it is damaged."));
                        return false;
                    }
                    value = strings.at(index);
                } else if (type == QLatin1String("inlineStr")) {
                    value = inline_;
                } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                    value = raw;
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1");
                } else if (type == QLatin1String("d")) {
                    const QDateTime moment = QDateTime::fromString(raw, Qt::ISODate);
                    value = moment.time() == QTime(0, 0) ? QVariant(moment.date()) : QVariant(moment);
                } else if (!raw.isEmpty()) {
                    bool ok = false;
                    const double number = raw.toDouble(&ok);
                    if (!ok)
                        value = raw;
                    else if (style >= 0 && style < dateStyles.size() && dateStyles.at(style))
                        value = serialDate(number, date1904);
                    else
                        value = number;
                }
                if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                    continue;
                if (row.size() <= column)
                    row.resize(column + 1);
                row[column] = value;
                hasValue = true;
            }
        }
        if (xmlFailed(xml)) {
            reader.error(sheet.name, rowNumber, tr("The sheet is damaged: %1").arg(xml.errorString()));
            return false;
        }
        if (tooWide)
            return false;
        if (!table.headers.isEmpty())
            tables->append(table);
    }
    return true;
}

} // namespace Custodian::Exchange
