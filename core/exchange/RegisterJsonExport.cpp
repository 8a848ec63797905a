#include "RegisterJson.h"

#include "exchange/ExchangeKinds.h"
#include "exchange/ExchangeTables.h"
#include "exchange/Progress.h"

#include "domain/IsoTime.h"
#include "domain/JsonWriter.h"
#include "register/EntityTable.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

// The register export (issue #10): the JSON document written as it is read, and what the tabular
// layouts read of each kind.
namespace Custodian::Exchange {

namespace ET = Register::EntityTable;
using Domain::EntityKind;
using Domain::EntityKinds;

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

// What the export reads of each kind.
struct KindExport
{
    EntityKind kind;
    std::function<Status(QSqlDatabase &, QJsonArray *)> exportItems;
    std::function<Status(QSqlDatabase &, Domain::JsonWriter &, ProgressTicker &)> writeItems;
    std::function<Status(QSqlDatabase &, const std::function<void(const ItemCells &)> &)> visitItems;
};

template<class D> Status exportTyped(QSqlDatabase &db, QJsonArray *out)
{
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
}

// In the order of exchangedKinds().
const QList<KindExport> &exportKinds()
{
    static const QList<KindExport> all = [] {
        QList<KindExport> list;
        forEachKindType([&list]<class D>() {
            list.append({D::spec().kind, &exportTyped<D>, &writeItems<D>, &visitTyped<D>});
        });
        return list;
    }();
    return all;
}

const KindExport *exportOf(EntityKind kind)
{
    for (const KindExport &exchange : exportKinds()) {
        if (exchange.kind == kind)
            return &exchange;
    }
    return nullptr;
}

} // namespace

Status visitItems(QSqlDatabase &db, EntityKind kind, const std::function<void(const ItemCells &)> &visit)
{
    const KindExport *exchange = exportOf(kind);
    return exchange ? exchange->visitItems(db, visit) : Status::ok();
}

Status readNames(QSqlDatabase &db, EntityKind kind, QHash<QString, QString> *names)
{
    const Domain::EntityKindInfo &info = EntityKinds::info(kind);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid, %1 FROM %2")
                        .arg(QLatin1String(info.displayColumn), QLatin1String(info.table))))
        return ET::readError(query);
    while (query.next())
        names->insert(query.value(0).toString(), query.value(1).toString());
    return Status::ok();
}

Status exportItems(QSqlDatabase &db, EntityKind kind, QJsonArray *items)
{
    const KindExport *exchange = exportOf(kind);
    return exchange ? exchange->exportItems(db, items) : Status::ok();
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
    for (const KindExport &kind : exportKinds())
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
    for (const KindExport &kind : exportKinds()) {
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

} // namespace Custodian::Exchange
