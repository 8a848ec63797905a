#include "RegisterJson.h"

#include "exchange/ExchangeTables.h"
#include "exchange/JsonImportRun.h"

#include "domain/IsoTime.h"
#include "domain/JsonWriter.h"
#include "register/EntityTable.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>

namespace Custodian::Exchange {

using namespace JsonImport;

namespace {

using T = SideColumn::Type;

// Row id → uuid of every item of a kind (export), or uuid → row id (restore).
Status idsOf(QSqlDatabase &db, EntityKind kind, QHash<qint64, QString> *uuids)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, uuid FROM %1").arg(QLatin1String(EntityKinds::info(kind).table))))
        return ET::readError(query);
    while (query.next())
        uuids->insert(query.value(0).toLongLong(), query.value(1).toString());
    return Status::ok();
}

qint64 countRows(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

// The rows of a side table, in its order, references as uuids; each row counted on the ticker.
Status writeTable(QSqlDatabase &db, const SideTable &table, Domain::JsonWriter &writer, ProgressTicker &ticker)
{
    QHash<EntityKind, QHash<qint64, QString>> uuids;
    QStringList columns;
    for (const SideColumn &column : table.columns) {
        columns << QLatin1String(column.column);
        if (column.type == T::Ref && !uuids.contains(column.target)) {
            const Status status = idsOf(db, column.target, &uuids[column.target]);
            if (!status)
                return status;
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(columns.join(QLatin1String(", ")), QLatin1String(table.table), QLatin1String(table.orderBy))))
        return ET::readError(query);
    writer.beginArray();
    while (query.next()) {
        writer.beginObject();
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const SideColumn &column = table.columns.at(i);
            const QVariant value = query.value(int(i));
            writer.key(QLatin1StringView(column.key));
            if (value.isNull() && column.type != T::Blob) {
                writer.null();
                continue;
            }
            switch (column.type) {
            case T::Text:
                writer.string(value.toString());
                break;
            case T::Int:
                writer.integer(value.toLongLong());
                break;
            case T::Blob: {
                const QByteArray base64 = value.toByteArray().toBase64();
                writer.string(QString::fromLatin1(base64));
                break;
            }
            case T::Json: {
                const QString text = value.toString();
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
                // What the program wrote is an object; anything else is kept as its text.
                if (error.error == QJsonParseError::NoError && document.isObject())
                    writer.object(document.object());
                else
                    writer.string(text);
                break;
            }
            case T::Ref:
                writer.string(uuids[column.target].value(value.toLongLong()));
                break;
            }
        }
        writer.endObject();
        if (!ticker.step())
            return Status::error(Status::Code::Cancelled, RegisterJson::cancelledExport());
    }
    writer.endArray();
    return Status::ok();
}

} // namespace

namespace JsonImport {

QString typeProblem(const Domain::FieldInfo &field, const QJsonValue &value)
{
    using FT = Domain::FieldType;
    if (value.isNull() || value.isUndefined())
        return QString();
    switch (field.type) {
    case FT::Text:
    case FT::LongText:
    case FT::Link:
        if (!value.isString())
            return RegisterJson::tr("Expected text.");
        if (field.type == FT::Link && !value.toString().isEmpty() && !isUuid(value.toString()))
            return RegisterJson::tr("\"%1\" is not the uuid of an item.").arg(value.toString().left(80));
        return QString();
    case FT::Code:
        if (!value.isString())
            return RegisterJson::tr("Expected a code.");
        if (!value.toString().isEmpty() && field.codes && !Domain::Codes::isValid(*field.codes, value.toString()))
            return RegisterJson::tr("\"%1\" is not one of the codes of this field.").arg(value.toString().left(80));
        return QString();
    case FT::Bool:
        return value.isBool() ? QString() : RegisterJson::tr("Expected true or false.");
    case FT::Int:
    case FT::BigInt: {
        const double number = value.toDouble();
        // The range first: converting a larger double to an integer is undefined.
        const double limit = field.type == FT::Int ? 2147483647.0 : 9007199254740992.0; // 2^53: exact in JSON
        if (!value.isDouble() || number < -limit || number > limit || number != double(qint64(number)))
            return RegisterJson::tr("Expected a whole number.");
        return QString();
    }
    case FT::Date:
        if (!value.isString() ||
            (!value.toString().isEmpty() && !QDate::fromString(value.toString(), Qt::ISODate).isValid()))
            return RegisterJson::tr("Expected a date as YYYY-MM-DD.");
        return QString();
    case FT::Moment:
        if (!value.isString() ||
            (!value.toString().isEmpty() && !Domain::IsoTime::parseMoment(value.toString()).isValid()))
            return RegisterJson::tr("Expected a moment as YYYY-MM-DDThh:mm:ssZ.");
        return QString();
    }
    return QString();
}

QString databaseProblem(const QString &detail)
{
    return RegisterJson::tr("The register refused this item: %1").arg(detail);
}

} // namespace JsonImport

namespace {

// Restore: the item written as it is, with its uuid, timestamps and row version.
template<class D>
void insertVerbatim(ImportRun &run, const Domain::EntitySpec<D> &spec, const D &item, const QString &sheet, int row)
{
    QSqlDatabase &db = run.store.connection();
    QList<ET::LinkRef> unknown;
    const Status resolved = ET::resolve(db, ET::linksOf(spec, item), &run.ids, &unknown);
    if (!resolved) {
        run.error(sheet, row, QString(), databaseProblem(resolved.detail()));
        run.stopped = true;
        return;
    }
    for (const ET::LinkRef &link : std::as_const(unknown))
        run.error(sheet, row, link.key,
                  RegisterJson::tr("Refers to %1 %2, which is not in the file.")
                      .arg(EntityKinds::singular(link.target).toLower(), link.uuid));
    if (!unknown.isEmpty())
        return;
    QVariantList head = {item.uuid, Domain::IsoTime::moment(item.createdAt), Domain::IsoTime::moment(item.updatedAt),
                         qMax<qint64>(1, item.rowVersion)};
    if (spec.singleRowId > 0)
        head.prepend(spec.singleRowId);
    QSqlQuery query(db);
    qint64 id = 0;
    if (!run.store.dialect().insert(query, ET::insertMain(spec.info().table, ET::infos(spec), spec.singleRowId > 0),
                                    head + ET::mainValues(spec, item, run.ids), &id)) {
        run.error(sheet, row, QString(), databaseProblem(query.lastError().text()));
        run.stopped = true;
        return;
    }
    QString detail;
    if (!ET::writeChildren(db, spec, id, item, run.ids, &detail,
                           spec.singleRowId == 0 ? ET::Owner::New : ET::Owner::Existing)) {
        run.error(sheet, row, QString(), databaseProblem(detail));
        run.stopped = true;
        return;
    }
    run.ids.insert(spec.kind, item.uuid, id);
    ++run.summary->perKind[EntityKinds::code(spec.kind)].created;
}

template<class D> void restoreKind(ImportRun &run, const QJsonArray &array)
{
    const Domain::EntitySpec<D> &spec = D::spec();
    const QString sheet = EntityKinds::code(spec.kind);
    QList<D> items;
    QList<int> rows;
    QList<QJsonObject> objects;
    readItems(run, spec, array, sheet, &items, &rows, &objects);
    for (qsizetype i : writeOrder(spec, items)) {
        if (!run.tick())
            return;
        if (items.at(i).uuid.isEmpty()) {
            run.error(sheet, rows.at(i), QStringLiteral("uuid"),
                      RegisterJson::tr("A restore needs the uuid of every item."));
            continue;
        }
        insertVerbatim(run, spec, items.at(i), sheet, rows.at(i));
    }
    if (!items.isEmpty())
        run.touched.insert(spec.kind);
}

// Every kind, in an order that writes an item after the items it refers to.
struct KindExchange
{
    EntityKind kind;
    std::function<Status(QSqlDatabase &, QJsonArray *)> exportItems;
    std::function<Status(QSqlDatabase &, Domain::JsonWriter &, ProgressTicker &)> writeItems;
    std::function<void(ImportRun &, const QJsonArray &)> restore;
    std::function<void(ImportRun &, const QJsonArray &)> merge;
    std::function<Status(QSqlDatabase &, const std::function<void(const ItemCells &)> &)> visitItems;
    std::function<Status(QSqlDatabase &, QHash<QString, QString> *)> readNames;
    KindColumns columns;
};

// An item of kind D behind ItemCells: the descriptions it is given are those of D's field table
// (the tabular layouts take them from kindColumns()), so they are D's own fields and lists.
template<class D> class TypedCells final : public ItemCells
{
public:
    explicit TypedCells(const Domain::EntitySpec<D> &spec) : m_spec(spec) {}
    void show(const D *item) { m_item = item; }

    const QString &uuid() const override { return m_item->uuid; }
    QString display() const override
    {
        const Domain::Field<D> *name = m_spec.displayField();
        return name ? name->value(*m_item).toString() : QString();
    }
    QVariant value(const Domain::FieldInfo &field) const override
    {
        return static_cast<const Domain::Field<D> &>(field).value(*m_item);
    }
    const QStringList &list(const Domain::ChildInfo &child) const override
    {
        return m_item->*(static_cast<const Domain::Child<D> &>(child).list());
    }
    QJsonArray records(const Domain::ChildInfo &child) const override
    {
        return static_cast<const Domain::Child<D> &>(child).json(*m_item).toArray();
    }

private:
    const Domain::EntitySpec<D> &m_spec;
    const D *m_item = nullptr;
};

template<class D> Status visitTyped(QSqlDatabase &db, const std::function<void(const ItemCells &)> &visit)
{
    const Domain::EntitySpec<D> &spec = D::spec();
    QList<D> items;
    const Status status = ET::fetch(db, spec, ET::Filter::all(), &items);
    if (!status)
        return status;
    TypedCells<D> cells(spec);
    for (const D &item : std::as_const(items)) {
        cells.show(&item);
        visit(cells);
    }
    return Status::ok();
}

template<class D> Status readTypedNames(QSqlDatabase &db, QHash<QString, QString> *names)
{
    const Domain::EntitySpec<D> &spec = D::spec();
    const Domain::Field<D> *name = spec.displayField();
    if (!name)
        return Status::ok();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid, %1 FROM %2")
                        .arg(QLatin1String(name->column), QLatin1String(spec.info().table))))
        return ET::readError(query);
    while (query.next())
        names->insert(query.value(0).toString(), query.value(1).toString());
    return Status::ok();
}

template<class D> KindColumns columnsOf()
{
    const Domain::EntitySpec<D> &spec = D::spec();
    KindColumns columns;
    columns.kind = spec.kind;
    for (const Domain::Field<D> &field : spec.fields)
        columns.fields.append(&field);
    for (const Domain::Child<D> &child : spec.children) {
        if (child.has(Domain::FieldFlag::ReadOnly))
            continue;
        KindColumns::ChildColumns entry{&child, {}};
        if (const Domain::RowOps<D> *rows = child.rowOps())
            entry.rowFields = rows->fields();
        columns.children.append(entry);
    }
    return columns;
}

// An item as the export writes it: what toJson() gives but the read-only children (documents,
// exported with their own table), and the row version.
template<class D> void writeItem(Domain::JsonWriter &writer, const Domain::EntitySpec<D> &spec, const D &item)
{
    writer.beginObject();
    writer.key(QLatin1StringView("uuid"));
    writer.string(item.uuid);
    writer.key(QLatin1StringView("createdAt"));
    writer.moment(item.createdAt);
    writer.key(QLatin1StringView("updatedAt"));
    writer.moment(item.updatedAt);
    for (const Domain::Field<D> &field : spec.fields) {
        writer.key(QLatin1StringView(field.key));
        field.writeJson(writer, item);
    }
    for (const Domain::Child<D> &child : spec.children) {
        if (child.has(Domain::FieldFlag::ReadOnly))
            continue;
        writer.key(QLatin1StringView(child.key));
        child.writeJson(writer, item);
    }
    writer.key(QLatin1StringView("rowVersion"));
    writer.integer(item.rowVersion);
    writer.endObject();
}

// Every item of a kind in uuid order, read a thousand at a time.
template<class D> Status writeItems(QSqlDatabase &db, Domain::JsonWriter &writer, ProgressTicker &ticker)
{
    const Domain::EntitySpec<D> &spec = D::spec();
    const QString table = QLatin1String(spec.info().table);
    QStringList uuids;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY uuid").arg(table)))
            return ET::readError(query);
        while (query.next())
            uuids.append(query.value(0).toString());
    }
    const QString chunkIds = QStringLiteral("SELECT id FROM %1 WHERE uuid BETWEEN ? AND ?").arg(table);
    constexpr qsizetype chunk = 4000;
    writer.beginArray();
    for (qsizetype from = 0; from < uuids.size(); from += chunk) {
        const qsizetype last = qMin(from + chunk, uuids.size()) - 1;
        QList<D> items;
        const Status status =
            ET::fetch(db, spec, ET::Filter{chunkIds, {uuids.at(from), uuids.at(last)}, last - from + 1}, &items, true,
                      ET::Order::ByUuid);
        if (!status)
            return status;
        for (const D &item : std::as_const(items))
            writeItem(writer, spec, item);
        if (!ticker.step(items.size()))
            return Status::error(Status::Code::Cancelled, RegisterJson::cancelledExport());
    }
    writer.endArray();
    return Status::ok();
}

template<class D> KindExchange kindExchange()
{
    return {D::spec().kind,
            [](QSqlDatabase &db, QJsonArray *out) {
                const Domain::EntitySpec<D> &spec = D::spec();
                QList<D> items;
                const Status status = ET::fetch(db, spec, ET::Filter::all(), &items);
                if (!status)
                    return status;
                for (const D &item : std::as_const(items)) {
                    QJsonObject object = spec.toJson(item);
                    // What save() never writes is exported with its own table (documents).
                    for (const Domain::Child<D> &child : spec.children) {
                        if (child.has(Domain::FieldFlag::ReadOnly))
                            object.remove(QLatin1String(child.key));
                    }
                    object.insert(QStringLiteral("rowVersion"), item.rowVersion);
                    out->append(object);
                }
                return Status::ok();
            },
            &writeItems<D>,
            &restoreKind<D>,
            &mergeKind<D>,
            &visitTyped<D>,
            &readTypedNames<D>,
            columnsOf<D>()};
}

const QList<KindExchange> &kinds()
{
    static const QList<KindExchange> all = {
        kindExchange<Domain::Organisation>(),      kindExchange<Domain::Party>(),
        kindExchange<Domain::SecurityMeasure>(),   kindExchange<Domain::RetentionRule>(),
        kindExchange<Domain::Agreement>(),         kindExchange<Domain::ProcessingActivity>(),
        kindExchange<Domain::ProcessorActivity>(), kindExchange<Domain::LegalHold>(),
        kindExchange<Domain::RequestCase>(),       kindExchange<Domain::Breach>(),
    };
    return all;
}

} // namespace

const QList<Domain::EntityKind> &exchangedKinds()
{
    static const QList<EntityKind> list = [] {
        QList<EntityKind> found;
        for (const KindExchange &kind : kinds())
            found.append(kind.kind);
        return found;
    }();
    return list;
}

const KindColumns &kindColumns(EntityKind kind)
{
    for (const KindExchange &exchange : kinds()) {
        if (exchange.kind == kind)
            return exchange.columns;
    }
    static const KindColumns none;
    return none;
}

Status visitItems(QSqlDatabase &db, EntityKind kind, const std::function<void(const ItemCells &)> &visit)
{
    for (const KindExchange &exchange : kinds()) {
        if (exchange.kind == kind)
            return exchange.visitItems(db, visit);
    }
    return Status::ok();
}

Status readNames(QSqlDatabase &db, EntityKind kind, QHash<QString, QString> *names)
{
    for (const KindExchange &exchange : kinds()) {
        if (exchange.kind == kind)
            return exchange.readNames(db, names);
    }
    return Status::ok();
}

Status exportItems(QSqlDatabase &db, EntityKind kind, QJsonArray *items)
{
    for (const KindExchange &exchange : kinds()) {
        if (exchange.kind == kind)
            return exchange.exportItems(db, items);
    }
    return Status::ok();
}

namespace {

// Restore: the rows of a side table, references by uuid to the items written before.
void restoreTable(ImportRun &run, const SideTable &table, const QJsonArray &array, const QString &sheet)
{
    QSqlDatabase &db = run.store.connection();
    QStringList columns;
    for (const SideColumn &column : table.columns)
        columns << QLatin1String(column.column);
    const QString sql = table.upsertKey ? run.store.dialect().upsert(QLatin1String(table.table), columns,
                                                                     QLatin1String(table.upsertKey))
                                        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                              .arg(QLatin1String(table.table), columns.join(QLatin1String(", ")),
                                                   Storage::sqlPlaceholders(columns.size()));
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        run.error(sheet, 0, QString(), databaseProblem(query.lastError().text()));
        run.stopped = true;
        return;
    }
    for (qsizetype i = 0; i < array.size() && run.tick(); ++i) {
        const int row = int(i + 1);
        const QJsonObject object = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            run.error(sheet, row, QString(), RegisterJson::tr("Expected a row (a JSON object)."));
            continue;
        }
        QVariantList values;
        bool ok = true;
        for (const SideColumn &column : table.columns) {
            const QString key = QLatin1String(column.key);
            const QJsonValue value = object.value(key);
            switch (column.type) {
            case T::Text:
                if (!value.isString() && !value.isNull()) {
                    run.error(sheet, row, key, RegisterJson::tr("Expected text."));
                    ok = false;
                }
                values << (value.isNull() ? QVariant() : QVariant(value.toString()));
                break;
            case T::Int:
                if ((!value.isDouble() || value.toDouble() != double(value.toInteger())) && !value.isNull()) {
                    run.error(sheet, row, key, RegisterJson::tr("Expected a whole number."));
                    ok = false;
                }
                values << (value.isNull() ? QVariant() : QVariant(value.toInteger()));
                break;
            case T::Blob: {
                const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!value.isString() || !decoded) {
                    run.error(sheet, row, key, RegisterJson::tr("Expected base64 content."));
                    ok = false;
                }
                values << QVariant(decoded.decoded);
                break;
            }
            case T::Json:
                values << (value.isObject()
                               ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                               : value.toString());
                break;
            case T::Ref: {
                const QString uuid = value.toString();
                const qint64 id = uuid.isEmpty() ? 0 : run.ids.id(column.target, uuid);
                if (!uuid.isEmpty() && id == 0) {
                    run.error(sheet, row, key,
                              RegisterJson::tr("Refers to %1 %2, which is not in the file.")
                                  .arg(EntityKinds::singular(column.target).toLower(), uuid.left(80)));
                    ok = false;
                }
                values << (id > 0 ? QVariant(id) : QVariant());
                break;
            }
            }
        }
        if (!ok)
            continue;
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec()) {
            run.error(sheet, row, QString(), databaseProblem(query.lastError().text()));
            run.stopped = true;
        }
    }
}

bool isEmptyRegister(Storage::Store &store, QString *detail)
{
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    QStringList counts = {QStringLiteral("(SELECT count(*) FROM audit_log)")};
    for (const KindExchange &kind : kinds())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(QLatin1String(EntityKinds::info(kind.kind).table));
    if (!query.exec(QStringLiteral("SELECT %1").arg(counts.join(QLatin1String(" + ")))) || !query.next()) {
        *detail = query.lastError().text();
        return false;
    }
    return query.value(0).toLongLong() == 0;
}

} // namespace

QString RegisterJson::listName(const QString &key)
{
    if (const std::optional<EntityKind> kind = EntityKinds::fromCode(key))
        return EntityKinds::plural(*kind);
    if (key == QLatin1String("attachments"))
        return tr("Documents");
    if (key == QLatin1String("letters"))
        return tr("Letters");
    if (key == QLatin1String("letterTemplates"))
        return tr("Letter templates");
    if (key == QLatin1String("extraHolidays"))
        return tr("Extra holidays");
    return key;
}

QString RegisterJson::cancelledExport()
{
    return tr("The export was stopped. No file was written.");
}

Status RegisterJson::exportRegister(Storage::Store &store, QIODevice *device, Storage::HistoryHead *state,
                                    const Progress &progress)
{
    QSqlDatabase &db = store.connection();
    const QString failed = tr("The register could not be exported.");
    // One state: everything is read in one transaction (a snapshot on PostgreSQL).
    if (!beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    auto abandon = [&db, &failed](const Status &status) {
        db.rollback();
        if (status.code() == Status::Code::Cancelled)
            return status;
        return Status::error(status.code(), failed, status.detail().isEmpty() ? status.message() : status.detail());
    };
    Storage::HistoryHead head;
    Status status = Storage::HistoryChain::readHead(db, &head);
    if (!status)
        return abandon(status);
    if (state)
        *state = head;
    // From the register itself: a restore writes the id of the register it restores, which a store
    // opened before it does not know until it is opened again.
    QString registerId = store.registerId();
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'")) && query.next())
            registerId = query.value(0).toString();
    }
    // Progress counts the items and rows written.
    qint64 total = 0;
    for (const KindExchange &kind : kinds())
        total += countRows(db, QLatin1String(EntityKinds::info(kind.kind).table));
    for (const SideTable &table : sideTables())
        total += countRows(db, QLatin1String(table.table));
    total += countRows(db, QLatin1String(historyEntriesTable().table)) +
             countRows(db, QLatin1String(historyKeysTable().table));
    ProgressTicker ticker(progress, total);

    Domain::JsonWriter writer(device);
    writer.beginObject();
    writer.key(QLatin1StringView("format"));
    writer.string(formatName());
    writer.key(QLatin1StringView("formatVersion"));
    writer.integer(formatVersion);
    writer.key(QLatin1StringView("schemaVersion"));
    writer.integer(store.schemaVersion());
    writer.key(QLatin1StringView("generator"));
    writer.string(QStringLiteral("Custodian " CUSTODIAN_VERSION));
    writer.key(QLatin1StringView("exportedAt"));
    writer.string(Domain::IsoTime::moment(store.now()));
    writer.key(QLatin1StringView("register"));
    writer.beginObject();
    writer.key(QLatin1StringView("id"));
    writer.string(registerId);
    writer.key(QLatin1StringView("state"));
    writer.beginObject();
    writer.key(QLatin1StringView("count"));
    writer.integer(head.count);
    writer.key(QLatin1StringView("hash"));
    writer.string(head.hash);
    writer.endObject();
    writer.endObject();

    writer.key(QLatin1StringView("items"));
    writer.beginObject();
    for (const KindExchange &kind : kinds()) {
        writer.key(EntityKinds::code(kind.kind));
        status = kind.writeItems(db, writer, ticker);
        if (!status)
            return abandon(status);
    }
    writer.endObject();
    writer.key(QLatin1StringView("tables"));
    writer.beginObject();
    for (const SideTable &table : sideTables()) {
        writer.key(QLatin1StringView(table.key));
        status = writeTable(db, table, writer, ticker);
        if (!status)
            return abandon(status);
    }
    writer.endObject();
    writer.key(QLatin1StringView("history"));
    writer.beginObject();
    writer.key(QLatin1StringView("entries"));
    status = writeTable(db, historyEntriesTable(), writer, ticker);
    if (!status)
        return abandon(status);
    writer.key(QLatin1StringView("keys"));
    status = writeTable(db, historyKeysTable(), writer, ticker);
    if (!status)
        return abandon(status);
    writer.endObject();
    writer.endObject();
    db.rollback();
    if (!writer.flush())
        return Status::error(Status::Code::IoError, failed, device->errorString());
    return Status::ok();
}

Status RegisterJson::exportRegister(Storage::Store &store, QJsonObject *document, const Progress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = exportRegister(store, &buffer, nullptr, progress);
    if (!status)
        return status;
    *document = QJsonDocument::fromJson(buffer.data()).object();
    return Status::ok();
}

QByteArray RegisterJson::toText(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Status RegisterJson::import(Storage::Store &store, const QByteArray &data, const Options &options,
                            QList<ImportFinding> *findings, ImportSummary *summary)
{
    *summary = ImportSummary();
    summary->dryRun = options.dryRun;
    ImportRun run{store, options, findings, summary, {}, {}, {}, false, nullptr};
    const QString refused = tr("Nothing was imported: the file has errors.");
    auto refuse = [&] { return Status::error(Status::Code::InvalidInput, refused); };

    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        run.error(QString(), 0, QString(),
                  tr("The file is not valid JSON (at byte %1: %2).")
                      .arg(QString::number(parseError.offset), parseError.errorString()));
        return refuse();
    }
    if (!parsed.isObject()) {
        run.error(QString(), 0, QStringLiteral("format"), tr("The file is not a Custodian register export."));
        return refuse();
    }
    return importDocument(store, parsed.object(), options, findings, summary);
}

Status RegisterJson::importDocument(Storage::Store &store, const QJsonObject &document, const Options &options,
                                    QList<ImportFinding> *findings, ImportSummary *summary)
{
    *summary = ImportSummary();
    summary->dryRun = options.dryRun;
    ImportRun run{store, options, findings, summary, {}, {}, {}, false, nullptr};
    const QString refused = tr("Nothing was imported: the file has errors.");
    auto refuse = [&] { return Status::error(Status::Code::InvalidInput, refused); };
    if (document.value(QStringLiteral("format")).toString() != formatName()) {
        run.error(QString(), 0, QStringLiteral("format"), tr("The file is not a Custodian register export."));
        return refuse();
    }
    const int version = document.value(QStringLiteral("formatVersion")).toInt();
    if (version < 1 || version > formatVersion) {
        run.error(QString(), 0, QStringLiteral("formatVersion"),
                  tr("The file was written in format version %1, which this version of Custodian does not read "
                     "(it reads up to %2): update Custodian.")
                      .arg(QString::number(version), QString::number(formatVersion)));
        return refuse();
    }
    const int schema = document.value(QStringLiteral("schemaVersion")).toInt();
    if (schema > store.schemaVersion())
        run.add(QString(), 0, QStringLiteral("schemaVersion"), Severity::Warning,
                tr("The file comes from a newer version of Custodian (schema %1, this one has %2): fields this "
                   "version does not know are left out.")
                    .arg(QString::number(schema), QString::number(store.schemaVersion())));
    const QJsonObject items = document.value(QStringLiteral("items")).toObject();
    const QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    const QJsonObject history = document.value(QStringLiteral("history")).toObject();
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        bool known = false;
        for (const KindExchange &kind : kinds())
            known = known || it.key() == EntityKinds::code(kind.kind);
        if (!known)
            run.add(it.key(), 0, QString(), Severity::Warning, tr("Unknown kind of item: ignored."));
        else if (!it.value().isArray())
            run.error(it.key(), 0, QString(), tr("Expected a list of items."));
    }

    QSqlDatabase &db = store.connection();
    const QString failed = tr("The import could not be written. Nothing was changed.");
    if (options.mode == Mode::Restore) {
        QString detail;
        const bool empty = isEmptyRegister(store, &detail);
        if (!detail.isEmpty())
            return Status::error(Status::Code::DatabaseError, failed, detail);
        if (!empty) {
            run.error(QString(), 0, QString(),
                      tr("A restore needs an empty register: this one already holds items or history. Import into a "
                         "new register, or merge instead."));
            return refuse();
        }
    }
    if (hasErrors(*findings))
        return refuse();

    qint64 total = 0;
    for (const KindExchange &kind : kinds())
        total += items.value(EntityKinds::code(kind.kind)).toArray().size();
    if (options.mode == Mode::Restore) {
        for (const SideTable &table : sideTables())
            total += tables.value(QLatin1String(table.key)).toArray().size();
        total += history.value(QStringLiteral("keys")).toArray().size() +
                 history.value(QStringLiteral("entries")).toArray().size();
    }
    ProgressTicker ticker(options.progress, total);
    run.ticker = &ticker;
    // Events a progress window ran may have read the items written so far: after a rollback the
    // lists read again.
    auto undo = [&] {
        db.rollback();
        if (ticker.reported()) {
            for (EntityKind kind : std::as_const(run.touched))
                store.changes().announce(kind, QString());
        }
    };
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    for (const KindExchange &kind : kinds()) {
        const QJsonArray array = items.value(EntityKinds::code(kind.kind)).toArray();
        if (run.stopped)
            break;
        if (options.mode == Mode::Restore)
            kind.restore(run, array);
        else
            kind.merge(run, array);
    }
    if (options.mode == Mode::Restore) {
        for (const SideTable &table : sideTables()) {
            if (!run.stopped)
                restoreTable(run, table, tables.value(QLatin1String(table.key)).toArray(), QLatin1String(table.key));
        }
        const QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        if (!run.stopped)
            restoreTable(run, historyKeysTable(), history.value(QStringLiteral("keys")).toArray(),
                         QStringLiteral("history.keys"));
        if (!run.stopped)
            restoreTable(run, historyEntriesTable(), entries, QStringLiteral("history.entries"));
        // The head follows the entries; the chain must then verify and end where the file says.
        const QJsonObject state =
            document.value(QStringLiteral("register")).toObject().value(QStringLiteral("state")).toObject();
        // '' (not NULL: the column is NOT NULL) for a register without history.
        const QString lastHash =
            entries.isEmpty() ? QStringLiteral("") : entries.last().toObject().value(QStringLiteral("hash")).toString();
        QSqlQuery query(db);
        if (!run.stopped && !ET::run(query, QStringLiteral("UPDATE history_head SET count = ?, hash = ? WHERE id = 1"),
                                     {qint64(entries.size()), lastHash})) {
            run.error(QStringLiteral("history.entries"), 0, QString(), databaseProblem(query.lastError().text()));
            run.stopped = true;
        }
        summary->historyEntries = entries.size();
        const QString registerId =
            document.value(QStringLiteral("register")).toObject().value(QStringLiteral("id")).toString();
        if (!run.stopped && !registerId.isEmpty() &&
            !ET::run(query, QStringLiteral("UPDATE register_info SET value = ? WHERE key = 'register_id'"),
                     {registerId})) {
            run.error(QString(), 0, QStringLiteral("register.id"), databaseProblem(query.lastError().text()));
            run.stopped = true;
        }
        if (!run.stopped && !hasErrors(*findings)) {
            const Storage::HistoryChain::Report chain = Storage::HistoryChain::verify(db);
            if (!chain.ok)
                run.error(QStringLiteral("history.entries"), int(chain.firstBroken), QString(),
                          tr("The history in the file does not verify: %1").arg(chain.problem));
            else if (chain.head.count != state.value(QStringLiteral("count")).toInteger() ||
                     chain.head.hash != state.value(QStringLiteral("hash")).toString())
                run.error(QStringLiteral("history.entries"), 0, QString(),
                          tr("The history in the file does not end in the state the file names: entries are "
                             "missing or were changed."));
            QStringList problems;
            const Status compared =
                Storage::HistoryChain::rowsAgainstHistory(db, Storage::HistoryChain::registerTables(), &problems);
            for (const QString &problem : std::as_const(problems))
                run.add(QStringLiteral("history.entries"), 0, QString(), Severity::Warning, problem);
            if (!compared)
                run.error(QStringLiteral("history.entries"), 0, QString(), databaseProblem(compared.detail()));
        }
    } else {
        const qsizetype entries = history.value(QStringLiteral("entries")).toArray().size();
        if (entries > 0)
            run.add(QStringLiteral("history.entries"), 0, QString(), Severity::Info,
                    tr("A merge records each item it writes in this register's own history; the %n entries of the "
                       "file's history are not copied (a restore into a new register copies them).",
                       nullptr, int(entries)));
        if (!run.stopped)
            mergeAttachments(run, tables.value(QStringLiteral("attachments")).toArray());
        if (!run.stopped)
            mergeLetters(run, tables.value(QStringLiteral("letters")).toArray());
        if (!run.stopped)
            mergeLetterTemplates(run, tables.value(QStringLiteral("letterTemplates")).toArray());
        if (!run.stopped)
            mergeExtraHolidays(run, tables.value(QStringLiteral("extraHolidays")).toArray());
        const qsizetype own = tables.value(QStringLiteral("settings")).toArray().size() +
                              tables.value(QStringLiteral("counters")).toArray().size();
        if (own > 0)
            run.add(QStringLiteral("tables"), 0, QString(), Severity::Info,
                    tr("A merge keeps this register's own settings and case numbering; the file's (%n rows) are not "
                       "copied (a restore into a new register copies them).",
                       nullptr, int(own)));
    }

    if (ticker.cancelled()) {
        undo();
        return Status::error(Status::Code::Cancelled, tr("The import was stopped. Nothing was changed."));
    }
    if (hasErrors(*findings) || options.dryRun) {
        undo();
        return hasErrors(*findings) ? refuse() : Status::ok();
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return Status::error(Status::Code::DatabaseError, failed, detail);
    }
    summary->applied = true;
    // A changed agreement can move the controller notices of open breaches
    // (AgreementService::allocate): their lists read them again.
    if (run.touched.contains(EntityKind::Agreement))
        run.touched.insert(EntityKind::Breach);
    for (EntityKind kind : std::as_const(run.touched))
        store.changes().announce(kind, QString());
    return Status::ok();
}

} // namespace Custodian::Exchange
