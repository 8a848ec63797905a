#include "exchange/Csv.h"

#include "domain/IsoTime.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QStringDecoder>

namespace Custodian::Exchange {

namespace {

using Severity = Domain::Finding::Severity;

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return Domain::IsoTime::moment(value.toDateTime());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    default: {
        const QString text = value.toString();
        return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
    }
    }
}

void appendField(QString &out, const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote) {
        out += text;
        return;
    }
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

// Windows-1252 where it differs from Latin-1 (0x80–0x9F); 0 where the code page has no character.
constexpr char16_t Cp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                     0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromCp1252(const QByteArray &data)
{
    QString text;
    text.reserve(data.size());
    for (const char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        if (c >= 0x80 && c < 0xA0)
            text += QChar(Cp1252High[c - 0x80] ? Cp1252High[c - 0x80] : 0xFFFD);
        else
            text += QChar(char16_t(c));
    }
    return text;
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n')
            break;
        else if (c == u';')
            ++semicolons;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    return semicolons >= commas && semicolons > 0 ? QChar(u';') : QChar(u',');
}

QString unescapeFormula(const QString &text)
{
    if (text.size() > 1 && text.front() == u'\'' && startsLikeFormula(text.mid(1)))
        return text.mid(1);
    return text;
}

} // namespace

QChar Csv::defaultSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QChar(u';') : QChar(u',');
}

QByteArray Csv::write(const Table &table, QChar separator)
{
    QString out;
    auto line = [&out, separator](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += separator;
            appendField(out, fields.at(i), separator);
        }
        out += QLatin1String("\r\n");
    };
    QStringList headers;
    for (const TableColumn &column : table.columns)
        headers << column.header;
    line(headers);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &value : row)
            fields << cellText(value);
        line(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool Csv::read(const QByteArray &data, const QString &fileName, QChar separator, RawTable *table,
               QList<ImportFinding> *findings)
{
    *table = RawTable();
    table->file = fileName;
    table->sheet = QFileInfo(fileName).completeBaseName();
    auto add = [&](int row, Severity severity, const QString &message) {
        findings->append({fileName, QString(), row, QString(), severity, message});
    };

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        text = fromCp1252(bytes);
        add(0, Severity::Info,
            tr("The file is not UTF-8; it was read as Windows text (code page 1252), as Excel writes CSV on Windows."));
    }
    if (text.contains(QChar(0))) {
        add(0, Severity::Error, tr("The file holds binary data: it is not a CSV file."));
        return false;
    }
    if (separator.isNull())
        separator = detectSeparator(text);

    QList<QStringList> records;
    QList<int> numbers;
    QStringList record;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field began with a quote
    bool afterQuote = false; // a quoted field ended, before its separator
    int recordLine = 1;      // the record's row number as a spreadsheet shows it, empty rows counted
    bool tooLong = false;
    auto endField = [&] {
        record << unescapeFormula(field);
        field.clear();
        wasQuoted = false;
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        const bool empty = std::all_of(record.cbegin(), record.cend(), [](const QString &f) { return f.isEmpty(); });
        if (!empty) {
            records << record;
            numbers << recordLine;
        }
        record.clear();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++recordLine;
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else {
            if (afterQuote && c != u' ') {
                add(recordLine, Severity::Warning,
                    tr("Text after a closing quote in row %1 was kept as part of the value.").arg(recordLine));
                afterQuote = false;
            }
            field += c;
        }
        if (field.size() > MaximumCellLength && !tooLong) {
            tooLong = true;
            add(recordLine, Severity::Error,
                tr("A value in row %1 is longer than %2 characters: this is not a register's list.")
                    .arg(recordLine)
                    .arg(MaximumCellLength));
            return false;
        }
    }
    if (quoted) {
        add(recordLine, Severity::Error,
            tr("The file ends inside a quoted value that starts in row %1: it is truncated or damaged.")
                .arg(recordLine));
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted)
        endRecord();

    if (records.isEmpty()) {
        add(0, Severity::Error, tr("The file is empty: there is no header row."));
        return false;
    }
    table->headers = records.takeFirst();
    const int headerLine = numbers.takeFirst();
    if (table->headers.size() > MaximumColumns) {
        add(headerLine, Severity::Error,
            tr("The header row has %1 columns; a register's list has at most %2.")
                .arg(table->headers.size())
                .arg(MaximumColumns));
        return false;
    }
    for (QString &header : table->headers)
        header = header.trimmed();
    const qsizetype width = table->headers.size();
    for (qsizetype r = 0; r < records.size(); ++r) {
        QStringList &cells = records[r];
        bool extra = false;
        for (qsizetype c = width; c < cells.size(); ++c)
            extra = extra || !cells.at(c).trimmed().isEmpty();
        if (extra) {
            findings->append({fileName, QString(), numbers.at(r), QString(), Severity::Error,
                              tr("The row has %1 values, the header row %2 columns: a separator or quote is "
                                 "misplaced.")
                                  .arg(cells.size())
                                  .arg(width)});
            continue;
        }
        QVariantList row;
        row.reserve(width);
        for (qsizetype c = 0; c < width; ++c)
            row << (c < cells.size() ? QVariant(cells.at(c)) : QVariant(QString()));
        table->rows << row;
        table->rowNumbers << numbers.at(r);
    }
    return true;
}

} // namespace Custodian::Exchange
