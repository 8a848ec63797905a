#include "exchange/Tabular.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "exchange/Csv.h"
#include "exchange/ExchangeTables.h"
#include "exchange/FileBundle.h"
#include "exchange/RegisterJson.h"
#include "exchange/TabularSupport.h"
#include "exchange/Xlsx.h"
#include "exchange/Zip.h"
#include "storage/HistoryChain.h"
#include "storage/SqlDialect.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <list>

namespace Custodian::Exchange {

using namespace TabularSupport;
using Domain::EntityKind;
using Domain::EntityKinds;
using Domain::FieldType;
using Severity = Domain::Finding::Severity;

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Custodian:
        return QStringLiteral("custodian");
    case Layout::Ico:
        return QStringLiteral("ico");
    case Layout::NlWorkbook:
        return QStringLiteral("nl-workbook");
    }
    return QString();
}

std::optional<Layout> layoutFromName(const QString &name)
{
    for (const Layout layout : {Layout::Custodian, Layout::Ico, Layout::NlWorkbook}) {
        if (name == layoutName(layout))
            return layout;
    }
    return std::nullopt;
}

namespace {

constexpr qint64 MaximumFileSize = qint64(1) << 30;

// ---------------------------------------------------------------------------------------------
// Export

TableColumn::Type columnType(const ColumnDef &column)
{
    if (column.role == Role::Values || column.role == Role::Links)
        return TableColumn::Type::LongText;
    if (!column.field)
        return TableColumn::Type::Text;
    switch (column.field->type) {
    case FieldType::LongText:
        return TableColumn::Type::LongText;
    case FieldType::Int:
    case FieldType::BigInt:
        return TableColumn::Type::Number;
    case FieldType::Date:
        return TableColumn::Type::Date;
    case FieldType::Moment:
        return TableColumn::Type::Moment;
    default:
        return TableColumn::Type::Text;
    }
}

QList<TableColumn> tableColumns(const ListDef &list, const DocumentLanguage &language)
{
    QList<TableColumn> columns;
    const QStringList headers = listHeaders(list, &language);
    for (qsizetype i = 0; i < list.columns.size(); ++i)
        columns.append({list.columns.at(i).key, headers.at(i), columnType(list.columns.at(i))});
    return columns;
}

QVariant childCell(const ColumnDef &column, const QStringList &values, const ExportContext &context)
{
    if (values.isEmpty())
        return QVariant();
    QStringList lines;
    lines.reserve(values.size());
    for (const QString &value : values) {
        if (column.role == Role::Links)
            lines << context.name(column.child->target, value);
        else if (column.child->codes)
            lines << Domain::Codes::label(*column.child->codes, value, context.language);
        else
            lines << value;
    }
    return QVariant(lines.join(u'\n'));
}

// The rows an item gives a list of its kind: one for the kind's own list, one per record for a
// list of records.
void appendRows(const ListDef &list, const ItemCells &item, const ExportContext &context, Table *table)
{
    if (!list.child) {
        QVariantList row;
        row.reserve(list.columns.size());
        for (const ColumnDef &column : list.columns) {
            if (column.role == Role::Uuid)
                row << item.uuid();
            else if (column.role == Role::Field)
                row << context.cell(*column.field, item.value(*column.field));
            else
                row << childCell(column, item.list(*column.child), context);
        }
        table->rows << row;
        return;
    }
    const QJsonArray records = item.records(*list.child);
    if (records.isEmpty())
        return;
    const QString owner = item.display();
    for (const QJsonValue &record : records) {
        const QJsonObject fields = record.toObject();
        QVariantList row;
        row.reserve(list.columns.size());
        for (const ColumnDef &column : list.columns) {
            if (column.role == Role::Owner)
                row << owner;
            else if (column.role == Role::OwnerUuid)
                row << item.uuid();
            else
                row << context.cell(*column.field, fields.value(QLatin1String(column.field->key)));
        }
        table->rows << row;
    }
}

// Our layout: the lists of each kind filled as its items are read.
Status custodianTables(QSqlDatabase &db, const ExportContext &context, const QList<EntityKind> &only,
                       QList<Table> *tables, const std::function<bool()> &goOn)
{
    for (const EntityKind kind : exchangedKinds()) {
        if (!only.isEmpty() && !only.contains(kind))
            continue;
        QList<const ListDef *> lists;
        const qsizetype first = tables->size();
        for (const ListDef &list : custodianLists()) {
            if (list.kind != kind)
                continue;
            lists << &list;
            tables->append(
                Table{list.key, listTitle(list, &context.language), tableColumns(list, context.language), {}});
        }
        const Status status = visitItems(db, kind, [&](const ItemCells &item) {
            for (qsizetype i = 0; i < lists.size(); ++i)
                appendRows(*lists.at(i), item, context, &(*tables)[first + i]);
        });
        if (!status)
            return status;
        if (!goOn())
            return Status::error(Status::Code::Cancelled, RegisterJson::cancelledExport());
    }
    return Status::ok();
}

} // namespace

Status Tabular::exportTables(Storage::Store &store, Layout layout, const DocumentLanguage &language,
                             QList<Table> *tables, Storage::HistoryHead *state, const Progress &progress)
{
    return exportKinds(store, layout, {}, language, tables, state, progress);
}

Status Tabular::exportLists(Storage::Store &store, const QList<Domain::EntityKind> &kinds,
                            const DocumentLanguage &language, QList<Table> *tables, Storage::HistoryHead *state)
{
    return exportKinds(store, Layout::Custodian, kinds, language, tables, state, {});
}

Status Tabular::exportKinds(Storage::Store &store, Layout layout, const QList<Domain::EntityKind> &only,
                            const DocumentLanguage &language, QList<Table> *tables, Storage::HistoryHead *state,
                            const Progress &progress)
{
    tables->clear();
    QSqlDatabase &db = store.connection();
    const QString failed = tr("The register could not be exported.");
    if (!beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    ExportContext context{language, {}, {}};
    Status status = Storage::HistoryChain::readHead(db, state);
    const QList<EntityKind> &kinds = exchangedKinds();
    // The names first: a list names the items its fields and lists refer to. Lists of some kinds
    // only (a report) need the names of the kinds those link to, not of every request case.
    QSet<EntityKind> named;
    for (const Domain::LinkInfo &link : Domain::allLinks()) {
        if (only.isEmpty() || only.contains(link.owner))
            named.insert(link.target);
    }
    for (qsizetype i = 0; i < kinds.size() && status; ++i) {
        if (only.isEmpty() || named.contains(kinds.at(i)))
            status = readNames(db, kinds.at(i), &context.names[kinds.at(i)]);
    }
    qsizetype done = 0;
    const qsizetype steps = layout == Layout::Ico          ? 3
                            : layout == Layout::NlWorkbook ? 10
                                                           : (only.isEmpty() ? kinds.size() : only.size()) + 1;
    const auto goOn = [&progress, &done, steps] { return !progress || progress(++done, steps); };
    if (status && layout == Layout::Ico) {
        // The ICO layout needs the activities and the breaches, and the names of what they name.
        for (const EntityKind kind : {EntityKind::ProcessingActivity, EntityKind::Breach}) {
            if (status)
                status = exportItems(db, kind, &context.items[kind]);
            if (status && !goOn())
                status = Status::error(Status::Code::Cancelled, RegisterJson::cancelledExport());
        }
        if (status)
            tables->append(icoTable(context));
    } else if (status && layout == Layout::NlWorkbook) {
        for (const EntityKind kind :
             {EntityKind::Organisation, EntityKind::RetentionRule, EntityKind::ActivityVersion,
              EntityKind::ProcessingActivity, EntityKind::Agreement, EntityKind::ProcessorActivity, EntityKind::Party,
              EntityKind::Breach, EntityKind::RequestCase}) {
            if (status)
                status = exportItems(db, kind, &context.items[kind]);
            if (status && !goOn())
                status = Status::error(Status::Code::Cancelled, RegisterJson::cancelledExport());
        }
        if (status)
            tables->append(nlWorkbookTables(context));
    } else if (status) {
        status = custodianTables(db, context, only, tables, goOn);
    }
    db.rollback();
    if (status.code() == Status::Code::Cancelled) {
        tables->clear();
        return status;
    }
    if (!status) {
        tables->clear();
        return Status::error(status.code(), failed, status.detail().isEmpty() ? status.message() : status.detail());
    }
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// Files

namespace {

QString csvName(const Table &table, QSet<QString> *used)
{
    QString name = table.title;
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("-"));
    name = name.trimmed();
    if (name.isEmpty())
        name = table.key;
    QString candidate = name;
    for (int n = 2; used->contains(candidate.toCaseFolded()); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    used->insert(candidate.toCaseFolded());
    return candidate + QStringLiteral(".csv");
}

} // namespace

Status Tabular::writeCsv(const QList<Table> &tables, const QString &path, QChar separator)
{
    const QString failed = tr("The CSV files could not be written to %1.").arg(QDir::toNativeSeparators(path));
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (tables.size() != 1)
            return Status::error(Status::Code::InvalidInput,
                                 tr("The export has %n lists: name a folder, or a file ending in .zip, for them.",
                                    nullptr, int(tables.size())));
        return FileBundle::writeFile(path, Csv::write(tables.constFirst(), separator), failed);
    }
    QSet<QString> used;
    QList<FileBundle::Entry> files;
    for (const Table &table : tables)
        files.append({csvName(table, &used), Csv::write(table, separator)});
    return FileBundle::write(path, files, failed);
}

bool Tabular::readData(const QByteArray &data, const QString &fileName, QChar separator, QList<RawTable> *tables,
                       QList<ImportFinding> *findings)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool zipped = data.startsWith("PK\x03\x04");
    if (suffix == QLatin1String("xlsx") || (zipped && suffix != QLatin1String("zip"))) {
        QList<RawTable> sheets;
        const bool read = Xlsx::read(data, fileName, &sheets, findings);
        tables->append(sheets);
        return read;
    }
    if (suffix == QLatin1String("zip")) {
        ZipReader zip(data);
        if (!zip.isOpen()) {
            findings->append({fileName, QString(), 0, QString(), Severity::Error,
                              tr("The file is not a ZIP file that can be opened.")});
            return false;
        }
        bool any = false;
        qint64 total = 0;
        for (const QString &name : zip.names()) {
            const QString inner = QFileInfo(name).suffix().toLower();
            if (name.endsWith(u'/') || (inner != QLatin1String("csv") && inner != QLatin1String("xlsx")))
                continue;
            QByteArray content;
            const ZipReader::Result result = zip.read(name, MaximumFileSize - total, &content);
            if (result == ZipReader::Result::TooLarge) {
                findings->append({fileName, QString(), 0, QString(), Severity::Error,
                                  tr("The ZIP file unpacks to more than 1 GB: it is not a register's lists.")});
                return false;
            }
            if (result != ZipReader::Result::Ok) {
                findings->append({name, QString(), 0, QString(), Severity::Error,
                                  tr("The file cannot be unpacked from %1: it is damaged.").arg(fileName)});
                return false;
            }
            total += content.size();
            any = true;
            if (!readData(content, QFileInfo(name).fileName(), separator, tables, findings))
                return false;
        }
        if (!any)
            findings->append({fileName, QString(), 0, QString(), Severity::Error,
                              tr("The ZIP file holds no CSV file and no workbook.")});
        return any;
    }
    RawTable table;
    if (!Csv::read(data, fileName, separator, &table, findings))
        return false;
    tables->append(table);
    return true;
}

bool Tabular::readPath(const QString &path, QChar separator, QList<RawTable> *tables, QList<ImportFinding> *findings)
{
    const QFileInfo info(path);
    auto readOne = [&](const QString &file) {
        QFile input(file);
        const QString name = QFileInfo(file).fileName();
        if (!input.open(QIODevice::ReadOnly)) {
            findings->append({name, QString(), 0, QString(), Severity::Error,
                              tr("The file cannot be read: %1").arg(input.errorString())});
            return false;
        }
        if (input.size() > MaximumFileSize) {
            findings->append({name, QString(), 0, QString(), Severity::Error,
                              tr("The file is larger than 1 GB: it is not a register's lists.")});
            return false;
        }
        return readData(input.readAll(), name, separator, tables, findings);
    };
    if (!info.isDir())
        return readOne(path);
    const QStringList files =
        QDir(path).entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        findings->append({info.fileName(), QString(), 0, QString(), Severity::Error,
                          tr("The folder holds no CSV file and no workbook.")});
        return false;
    }
    for (const QString &file : files) {
        if (!readOne(QDir(path).filePath(file)))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Plans

QString Tabular::cellText(const QVariant &cell)
{
    return ImportContext::text(cell);
}

bool Tabular::keepsExtraFields(const QString &listKey)
{
    return TabularSupport::keepsExtraFields(listKey);
}

QList<Tabular::ListKind> Tabular::listKinds(Layout layout)
{
    QList<ListKind> kinds;
    if (layout == Layout::Ico) {
        kinds.append({QStringLiteral("ico"), icoTitle(nullptr)});
        return kinds;
    }
    if (layout == Layout::NlWorkbook)
        return nlWorkbookLists();
    for (const ListDef &list : custodianLists())
        kinds.append({list.key, listTitle(list, nullptr)});
    return kinds;
}

QList<Tabular::Target> Tabular::targets(const QString &listKey)
{
    QList<Target> found;
    if (listKey == QLatin1String("ico")) {
        for (const IcoColumn &column : icoColumns())
            found.append({QLatin1String(column.key), icoHeader(column, nullptr)});
        return found;
    }
    if (isNlWorkbookList(listKey))
        return nlWorkbookTargets(listKey);
    for (const ListDef &list : custodianLists()) {
        if (list.key != listKey)
            continue;
        const QStringList headers = listHeaders(list, nullptr);
        for (qsizetype i = 0; i < list.columns.size(); ++i)
            found.append({list.columns.at(i).key, headers.at(i)});
    }
    return found;
}

Tabular::Plan Tabular::plan(const RawTable &table, Layout layout)
{
    if (layout == Layout::Ico)
        return icoPlan(table);
    if (layout == Layout::NlWorkbook)
        return nlWorkbookPlan(table);
    Plan best;
    int bestScore = 0;
    const QString sheet = normalised(table.sheet);
    for (const ListDef &list : custodianLists()) {
        const QHash<QString, QString> &names = headerIndex(list);
        Plan candidate{list.key, {}};
        int matched = 0;
        int filled = 0;
        QSet<QString> taken;
        for (const QString &header : table.headers) {
            const QString key = names.value(normalised(header));
            filled += header.isEmpty() ? 0 : 1;
            if (!key.isEmpty() && !taken.contains(key)) {
                taken.insert(key);
                ++matched;
                candidate.columns << key;
            } else {
                candidate.columns << QString();
            }
        }
        if (matched == 0 || matched * 2 < filled)
            continue;
        int score = matched * 10;
        // The sheet's or file's name decides between lists the headers fit equally well.
        for (const QString &name :
             {normalised(listTitle(list, &dutch())), normalised(listTitle(list, &english())), normalised(list.key)}) {
            if (sheet.isEmpty())
                break;
            if (sheet == name) {
                score += 5;
                break;
            }
            if (sheet.size() >= 4 && (name.contains(sheet) || sheet.contains(name))) {
                score += 3;
                break;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    if (best.listKey.isEmpty())
        best.columns = QStringList(table.headers.size(), QString());
    return best;
}

// ---------------------------------------------------------------------------------------------
// Import

Status Tabular::import(Storage::Store &store, const QList<RawTable> &tables, const ImportOptions &options,
                       QList<ImportFinding> *findings, ImportSummary *summary)
{
    *summary = ImportSummary();
    summary->dryRun = options.dryRun;
    ImportContext context(store, findings);
    QList<std::pair<const RawTable *, Plan>> lists;
    // The Dutch workbook's sheets without their hidden row of keys (kept here, so that the lists
    // point at them).
    std::list<RawTable> unkeyed;
    for (const RawTable &original : tables) {
        Plan plan = options.plans.contains(planKey(original)) ? options.plans.value(planKey(original))
                                                              : Tabular::plan(original, options.layout);
        const RawTable *listed = &original;
        if (isNlWorkbookList(plan.listKey)) {
            unkeyed.push_back(original);
            skipNlWorkbookKeyRow(&unkeyed.back(), plan);
            listed = &unkeyed.back();
        }
        const RawTable &table = *listed;
        if (plan.listKey.isEmpty()) {
            findings->append({table.file, table.sheet, 0, QString(), Severity::Warning,
                              tr("The list is not recognised by its headers and is left out.")});
            continue;
        }
        const bool kept = keepsExtraFields(plan.listKey);
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            if (!plan.columns.value(c).isEmpty() || table.headers.at(c).trimmed().isEmpty())
                continue;
            if (kept)
                findings->append({table.file, table.sheet, 1, table.headers.at(c), Severity::Info,
                                  tr("No field of the register takes the column: its values are kept on each item as "
                                     "extra fields (from imports).")});
            else
                findings->append({table.file, table.sheet, 1, table.headers.at(c), Severity::Warning,
                                  tr("The column is not recognised and is left out.")});
        }
        lists.append({&table, plan});
    }
    if (lists.isEmpty()) {
        findings->append(
            {QString(), QString(), 0, QString(), Severity::Error, tr("Nothing to import: no list was recognised.")});
        return Status::error(Status::Code::InvalidInput, tr("Nothing was imported: the file has errors."));
    }
    // The Dutch workbook: the organisation, then the rules the activities name, then the activities,
    // each row read against what the workbook writes for the register today.
    NlRegister current;
    std::stable_sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) {
        return nlWorkbookRank(a.second.listKey) < nlWorkbookRank(b.second.listKey);
    });
    for (const auto &[table, plan] : std::as_const(lists)) {
        if (!isNlWorkbookList(plan.listKey))
            continue;
        const Status loaded = loadNlRegister(store, &current);
        if (!loaded)
            return loaded;
        readNlWorkbookList(context, *table, plan, current);
    }
    // Items before the lists of their records, so that the records find their item.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &[table, plan] : std::as_const(lists)) {
            const bool records = plan.listKey.contains(u'.');
            if ((pass == 0) == records || isNlWorkbookList(plan.listKey))
                continue;
            if (plan.listKey == QLatin1String("ico"))
                readIcoList(context, *table, plan);
            else
                context.readList(*table, plan);
        }
    }
    const Status resolved = context.resolveLinks();
    if (!resolved)
        return resolved;

    QJsonObject items;
    for (auto it = context.items.constBegin(); it != context.items.constEnd(); ++it)
        items.insert(EntityKinds::code(it.key()), it.value());
    const QJsonObject document{
        {QStringLiteral("format"), RegisterJson::formatName()},
        {QStringLiteral("formatVersion"), RegisterJson::formatVersion},
        {QStringLiteral("schemaVersion"), store.schemaVersion()},
        {QStringLiteral("items"), items},
    };
    const bool failedAlready = hasErrors(*findings);
    RegisterJson::Options merge;
    merge.mode = RegisterJson::Mode::Merge;
    // With errors in the lists the rest is still checked, for every finding at once, then undone.
    merge.dryRun = options.dryRun || failedAlready;
    merge.locate = [&context](ImportFinding *finding) { context.locate(finding); };
    merge.progress = options.progress;
    const Status status = RegisterJson::importDocument(store, document, merge, findings, summary);
    summary->dryRun = options.dryRun;
    if (failedAlready) {
        summary->applied = false;
        return Status::error(Status::Code::InvalidInput, tr("Nothing was imported: the file has errors."));
    }
    return status;
}

} // namespace Custodian::Exchange
