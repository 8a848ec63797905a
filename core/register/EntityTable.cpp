#include "EntityTable.h"

#include "storage/BoundQuery.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <map>
#include <memory>

namespace Custodian::Register::EntityTable {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::EntityService)
};

QString column(const char *name)
{
    return QLatin1String(name);
}

// "c.col AS col" for a plain column; for a link, the target's uuid through a LEFT JOIN added to
// *joins under a fresh alias.
QString selected(const QString &alias, const Domain::FieldInfo &field, QStringList *joins)
{
    if (field.type != Domain::FieldType::Link)
        return QStringLiteral("%1.%2 AS %2").arg(alias, field.columnName());
    const QString join = QStringLiteral("j%1").arg(joins->size());
    joins->append(
        QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = %3.%4")
            .arg(QLatin1String(Domain::EntityKinds::info(field.target).table), join, alias, field.columnName()));
    return QStringLiteral("%1.uuid AS %2").arg(join, field.columnName());
}

} // namespace

Filter Filter::byUuid(const QString &table, const QString &uuid)
{
    return {QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}};
}

QString Filter::clause(const QString &columnName, bool hasWhere) const
{
    if (ids.isEmpty())
        return QString();
    return (hasWhere ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ")) + columnName + QStringLiteral(" IN (") +
           ids + QStringLiteral(")");
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    return query.prepare(sql) && Storage::execBound(query, binds);
}

Status readError(const QSqlQuery &query)
{
    return readError(query.lastError().text());
}

Status readError(const QString &detail)
{
    return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
}

Status resolve(QSqlDatabase &db, const QList<LinkRef> &links, LinkIds *ids, QList<LinkRef> *unknown)
{
    std::map<Domain::EntityKind, std::unique_ptr<QSqlQuery>> queries;
    for (const LinkRef &link : links) {
        if (link.uuid.isEmpty() || ids->contains(link.target, link.uuid))
            continue;
        std::unique_ptr<QSqlQuery> &slot = queries[link.target];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(db);
            slot->setForwardOnly(true);
            if (!slot->prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?")
                                   .arg(QLatin1String(Domain::EntityKinds::info(link.target).table))))
                return readError(*slot);
        }
        QSqlQuery &query = *slot;
        if (!Storage::execBound(query, {link.uuid}))
            return readError(query);
        if (query.next())
            ids->insert(link.target, link.uuid, query.value(0).toLongLong());
        else
            unknown->append(link);
        query.finish();
    }
    return Status::ok();
}

Status rowId(QSqlDatabase &db, const QString &table, const QString &uuid, qint64 *id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}))
        return readError(query);
    *id = query.next() ? query.value(0).toLongLong() : 0;
    return Status::ok();
}

QString selectMain(const char *table, const QList<const Domain::FieldInfo *> &fields)
{
    QStringList columns = {QStringLiteral("m.id AS id"), QStringLiteral("m.uuid AS uuid"),
                           QStringLiteral("m.created_at AS created_at"), QStringLiteral("m.updated_at AS updated_at"),
                           QStringLiteral("m.row_version AS row_version")};
    QStringList joins;
    for (const Domain::FieldInfo *field : fields)
        columns << selected(QStringLiteral("m"), *field, &joins);
    return QStringLiteral("SELECT %1 FROM %2 m%3")
        .arg(columns.join(QLatin1String(", ")), column(table), joins.join(QString()));
}

QString selectChild(const Domain::ChildInfo &child, const QList<const Domain::FieldInfo *> &rowFields)
{
    QStringList columns = {QStringLiteral("c.%1 AS owner__").arg(column(child.ownerColumn))};
    if (child.positionColumn)
        columns << QStringLiteral("c.%1 AS position__").arg(column(child.positionColumn));
    QStringList joins;
    switch (child.kind) {
    case Domain::ChildKind::Values:
        columns << QStringLiteral("c.%1 AS value__").arg(column(child.valueColumn));
        break;
    case Domain::ChildKind::Links:
        columns << QStringLiteral("t.uuid AS value__");
        joins << QStringLiteral(" JOIN %1 t ON t.id = c.%2")
                     .arg(QLatin1String(Domain::EntityKinds::info(child.target).table), column(child.valueColumn));
        break;
    case Domain::ChildKind::Rows:
        for (const Domain::FieldInfo *field : rowFields)
            columns << selected(QStringLiteral("c"), *field, &joins);
        break;
    }
    return QStringLiteral("SELECT %1 FROM %2 c%3")
        .arg(columns.join(QLatin1String(", ")), column(child.table), joins.join(QString()));
}

QString insertMain(const char *table, const QList<const Domain::FieldInfo *> &fields, bool withId)
{
    QStringList columns;
    if (withId)
        columns << QStringLiteral("id");
    columns << QStringList{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("row_version")};
    for (const Domain::FieldInfo *field : fields) {
        if (!field->has(Domain::FieldFlag::ReadOnly))
            columns << field->columnName();
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(column(table), columns.join(QLatin1String(", ")), Storage::sqlPlaceholders(columns.size()));
}

QString updateMain(const char *table, const QList<const Domain::FieldInfo *> &fields)
{
    QStringList assignments;
    for (const Domain::FieldInfo *field : fields) {
        if (!field->has(Domain::FieldFlag::ReadOnly))
            assignments << field->columnName() + QStringLiteral(" = ?");
    }
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("row_version = row_version + 1");
    // The row version guards against a save based on an older state of the row (a lost update).
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?")
        .arg(column(table), assignments.join(QLatin1String(", ")));
}

QString insertChild(const Domain::ChildInfo &child, const QList<const Domain::FieldInfo *> &rowFields)
{
    QStringList columns = {column(child.ownerColumn)};
    if (child.positionColumn)
        columns << column(child.positionColumn);
    if (child.kind == Domain::ChildKind::Rows) {
        for (const Domain::FieldInfo *field : rowFields)
            columns << field->columnName();
    } else {
        columns << column(child.valueColumn);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(column(child.table), columns.join(QLatin1String(", ")), Storage::sqlPlaceholders(columns.size()));
}

bool runRows(QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows, QString *detail)
{
    if (rows.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        *detail = query.lastError().text();
        return false;
    }
    for (const QVariantList &row : rows) {
        if (!Storage::execBound(query, row)) {
            *detail = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Custodian::Register::EntityTable
