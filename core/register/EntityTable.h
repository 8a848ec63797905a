#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

#include "Status.h"
#include "domain/FieldSpec.h"
#include "domain/NameOrder.h"

namespace Custodian::Register::EntityTable {

// The SQL mapping of every entity, driven by its EntitySpec: reads by column name, one query per
// table for any number of items (never one query per row), and the writes of save() and remove().
// Table and column names come only from the specs; every value is bound.

// Which rows a read covers: every row, or those whose id a subquery selects.
struct Filter
{
    QString ids; // SQL selecting row ids (text from the specs or this layer only; values bound)
    QVariantList binds;
    qsizetype expected = 0; // how many items it selects, when known: room made for them at once

    static Filter all() { return {}; }
    static Filter byUuid(const QString &table, const QString &uuid);
    // " WHERE column IN (...)" (or " AND ..." after an existing WHERE); empty for every row.
    QString clause(const QString &column, bool hasWhere = false) const;
};

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});
Status readError(const QSqlQuery &query);
Status readError(const QString &detail);

// A link an item makes: its field or child key, the kind it names and the uuid.
struct LinkRef
{
    QString key;
    Domain::EntityKind target;
    QString uuid;
};

// Row ids of linked uuids, per kind.
class LinkIds
{
public:
    qint64 id(Domain::EntityKind kind, const QString &uuid) const { return m_ids.value(kind).value(uuid); }
    QVariant idOrNull(Domain::EntityKind kind, const QString &uuid) const
    {
        const qint64 value = id(kind, uuid);
        return value > 0 ? QVariant(value) : QVariant();
    }
    void insert(Domain::EntityKind kind, const QString &uuid, qint64 id) { m_ids[kind].insert(uuid, id); }
    bool contains(Domain::EntityKind kind, const QString &uuid) const { return m_ids.value(kind).contains(uuid); }

private:
    QHash<Domain::EntityKind, QHash<QString, qint64>> m_ids;
};

// Maps every linked uuid to its row id; the ones not in the register are returned in *unknown
// (the caller's input error, not a database error).
Status resolve(QSqlDatabase &db, const QList<LinkRef> &links, LinkIds *ids, QList<LinkRef> *unknown);

// The row id of a uuid: 0 when there is none.
Status rowId(QSqlDatabase &db, const QString &table, const QString &uuid, qint64 *id);

// The select of a main table: id, uuid, created_at, updated_at, row_version and every field (a link
// as the target's uuid, under the field's column name).
QString selectMain(const char *table, const QList<const Domain::FieldInfo *> &fields);

// A child table's select: owner__ (and position__) first; value__ for Values and Links; the row
// fields under their column names for Rows.
QString selectChild(const Domain::ChildInfo &child, const QList<const Domain::FieldInfo *> &rowFields);

// SQL text of the writes.
// withId: the id is bound first (a kind kept in one row with a fixed id).
QString insertMain(const char *table, const QList<const Domain::FieldInfo *> &fields, bool withId = false);
QString updateMain(const char *table, const QList<const Domain::FieldInfo *> &fields);
QString insertChild(const Domain::ChildInfo &child, const QList<const Domain::FieldInfo *> &rowFields);

// Runs a prepared statement once per row; *detail gets the error.
bool runRows(QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows, QString *detail);

// The one name order (Domain::NameOrder); equal names keep their order.
template<class T> void sortByName(QList<T> *items, const Domain::Field<T> *name)
{
    if (name)
        Domain::NameOrder().sort(items, [name](const T &item) { return *name->text(item); });
}

template<class T> QList<const Domain::FieldInfo *> infos(const Domain::EntitySpec<T> &spec)
{
    QList<const Domain::FieldInfo *> result;
    for (const Domain::Field<T> &field : spec.fields)
        result.append(&field);
    return result;
}

template<class T>
Status readChild(QSqlDatabase &db, const Domain::Child<T> &child, const Filter &filter,
                 const QHash<qint64, qsizetype> &index, QList<T> *items)
{
    using Domain::ChildKind;
    const Domain::RowOps<T> *rows = child.rowOps();
    static const QList<const Domain::FieldInfo *> none;
    const QList<const Domain::FieldInfo *> &rowFields = rows ? rows->fields() : none;
    const QString base =
        selectChild(child, rowFields) + filter.clause(QStringLiteral("c.") + QLatin1String(child.ownerColumn));
    const bool positioned = child.positionColumn != nullptr;
    // Rows are written in position order, so row order is normally position order and no sort of
    // every row is needed; should a position come out of order, the lists are read again, sorted.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString sql = base;
        if (!child.orderBy.isEmpty() || (positioned && attempt == 1)) {
            QStringList order = {QStringLiteral("c.") + QLatin1String(child.ownerColumn)};
            if (positioned)
                order << QStringLiteral("c.") + QLatin1String(child.positionColumn) << QStringLiteral("c.id");
            for (const char *column : child.orderBy)
                order << QStringLiteral("c.") + QLatin1String(column);
            sql += QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "));
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!run(query, sql, filter.binds))
            return readError(query);
        const QSqlRecord record = query.record();
        const int ownerAt = record.indexOf(QStringLiteral("owner__"));
        const int positionAt = positioned ? record.indexOf(QStringLiteral("position__")) : -1;
        const int valueAt = rows ? -1 : record.indexOf(QStringLiteral("value__"));
        std::vector<int> columns;
        for (const Domain::FieldInfo *field : rowFields)
            columns.push_back(record.indexOf(field->columnName()));
        std::vector<int> last(positioned ? size_t(items->size()) : 0, std::numeric_limits<int>::min());
        bool ordered = true;
        while (query.next()) {
            const qsizetype at = index.value(query.value(ownerAt).toLongLong(), -1);
            if (at < 0)
                continue;
            if (positioned && attempt == 0) {
                const int position = query.value(positionAt).toInt();
                if (position < last[size_t(at)]) {
                    ordered = false;
                    break;
                }
                last[size_t(at)] = position;
            }
            T &item = (*items)[at];
            if (rows)
                rows->appendFromSql(item, [&query, &columns](qsizetype f) { return query.value(columns[size_t(f)]); });
            else
                (item.*child.list()).append(query.value(valueAt).toString());
        }
        if (ordered)
            return Status::ok();
        for (T &item : *items)
            child.clear(item);
    }
    return Status::ok();
}

// Reads the items a filter selects, in name order; with their child lists unless withChildren is
// false. *ids (when given) receives each item's row id, in the same order.
// The order fetch() returns items in: by name (the lists), or by uuid (an export, the same order
// whatever the row ids).
enum class Order
{
    ByName,
    ByUuid,
};

template<class T>
Status fetch(QSqlDatabase &db, const Domain::EntitySpec<T> &spec, const Filter &filter, QList<T> *items,
             bool withChildren = true, Order order = Order::ByName)
{
    items->clear();
    items->reserve(filter.expected);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QList<const Domain::FieldInfo *> fields = infos(spec);
    if (!run(query, selectMain(spec.info().table, fields) + filter.clause(QStringLiteral("m.id")), filter.binds))
        return readError(query);
    const QSqlRecord record = query.record();
    const int idAt = record.indexOf(QStringLiteral("id"));
    const int uuidAt = record.indexOf(QStringLiteral("uuid"));
    const int createdAt = record.indexOf(QStringLiteral("created_at"));
    const int updatedAt = record.indexOf(QStringLiteral("updated_at"));
    const int versionAt = record.indexOf(QStringLiteral("row_version"));
    std::vector<int> columns;
    for (const Domain::FieldInfo *field : fields)
        columns.push_back(record.indexOf(field->columnName()));
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(idAt).toLongLong(), items->size());
        T &item = items->emplaceBack();
        item.uuid = query.value(uuidAt).toString();
        item.createdAt = Domain::IsoTime::parseMoment(query.value(createdAt).toString());
        item.updatedAt = Domain::IsoTime::parseMoment(query.value(updatedAt).toString());
        item.rowVersion = query.value(versionAt).toLongLong();
        for (qsizetype i = 0; i < spec.fields.size(); ++i)
            spec.fields.at(i).setSql(item, query.value(columns[size_t(i)]));
    }
    if (withChildren && !items->isEmpty()) {
        for (const Domain::Child<T> &child : spec.children) {
            for (T &item : *items)
                child.clear(item);
            const Status status = readChild(db, child, filter, index, items);
            if (!status)
                return status;
        }
        for (T &item : *items) {
            for (const Domain::Child<T> &child : spec.children)
                child.afterLoad(item);
        }
    }
    if (order == Order::ByName)
        sortByName(items, spec.displayField());
    else {
        // Sorted as indexes, then each item moved once.
        std::vector<qsizetype> order(size_t(items->size()));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [items](qsizetype a, qsizetype b) { return items->at(a).uuid < items->at(b).uuid; });
        QList<T> sorted;
        sorted.reserve(items->size());
        for (qsizetype at : order)
            sorted.append(std::move((*items)[at]));
        *items = std::move(sorted);
    }
    return Status::ok();
}

// Every link an item makes, from its link fields, link sets and records' link fields.
template<class T> QList<LinkRef> linksOf(const Domain::EntitySpec<T> &spec, const T &item)
{
    QList<LinkRef> links;
    for (const Domain::Field<T> &field : spec.fields) {
        if (field.type == Domain::FieldType::Link)
            links.append({field.keyName(), field.target, field.sql(item).toString()});
    }
    for (const Domain::Child<T> &child : spec.children) {
        if (child.has(Domain::FieldFlag::ReadOnly))
            continue;
        if (child.kind == Domain::ChildKind::Links) {
            for (const QString &uuid : item.*child.list())
                links.append({QLatin1String(child.key), child.target, uuid});
        } else if (const Domain::RowOps<T> *rows = child.rowOps()) {
            const QList<const Domain::FieldInfo *> &rowFields = rows->fields();
            for (qsizetype f = 0; f < rowFields.size(); ++f) {
                if (rowFields.at(f)->type != Domain::FieldType::Link)
                    continue;
                for (qsizetype r = 0; r < rows->size(item); ++r)
                    links.append({QLatin1String(child.key), rowFields.at(f)->target, rows->sql(item, r, f).toString()});
            }
        }
    }
    return links;
}

// The main row's values in the order of insertMain()/updateMain(): every writable field.
template<class T> QVariantList mainValues(const Domain::EntitySpec<T> &spec, const T &item, const LinkIds &ids)
{
    QVariantList values;
    for (const Domain::Field<T> &field : spec.fields) {
        if (field.has(Domain::FieldFlag::ReadOnly))
            continue;
        if (field.type == Domain::FieldType::Link)
            values.append(ids.idOrNull(field.target, field.sql(item).toString()));
        else
            values.append(field.sql(item));
    }
    return values;
}

// Whether the item's row was just inserted (it has no child rows to remove) or already existed.
enum class Owner
{
    New,
    Existing
};

// Replaces an item's child rows: deletes them all, then inserts the lists in position order.
template<class T>
bool writeChildren(QSqlDatabase &db, const Domain::EntitySpec<T> &spec, qint64 id, const T &item, const LinkIds &ids,
                   QString *detail, Owner owner = Owner::Existing)
{
    for (const Domain::Child<T> &child : spec.children) {
        if (child.has(Domain::FieldFlag::ReadOnly))
            continue;
        QSqlQuery remove(db);
        if (owner == Owner::Existing && !run(remove,
                                             QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                                 .arg(QLatin1String(child.table), QLatin1String(child.ownerColumn)),
                                             {id})) {
            *detail = remove.lastError().text();
            return false;
        }
        QList<QVariantList> rows;
        const Domain::RowOps<T> *ops = child.rowOps();
        static const QList<const Domain::FieldInfo *> none;
        const QList<const Domain::FieldInfo *> &rowFields = ops ? ops->fields() : none;
        if (ops) {
            for (qsizetype r = 0; r < ops->size(item); ++r) {
                QVariantList row = {id};
                if (child.positionColumn)
                    row.append(r);
                for (qsizetype f = 0; f < rowFields.size(); ++f) {
                    const QVariant value = ops->sql(item, r, f);
                    row.append(rowFields.at(f)->type == Domain::FieldType::Link
                                   ? ids.idOrNull(rowFields.at(f)->target, value.toString())
                                   : value);
                }
                rows.append(row);
            }
        } else {
            const QStringList &values = item.*child.list();
            for (qsizetype r = 0; r < values.size(); ++r) {
                QVariantList row = {id};
                if (child.positionColumn)
                    row.append(r);
                row.append(child.kind == Domain::ChildKind::Links ? ids.idOrNull(child.target, values.at(r))
                                                                  : QVariant(values.at(r)));
                rows.append(row);
            }
        }
        if (!runRows(db, insertChild(child, rowFields), rows, detail))
            return false;
    }
    return true;
}

} // namespace Custodian::Register::EntityTable
