#include "ReferenceIndex.h"

#include "domain/FieldSpec.h"
#include "register/EntityTable.h"

#include <QSqlQuery>

namespace Custodian::Register {

namespace {

using Domain::EntityKinds;
using Domain::LinkInfo;

// SELECT the referrers of one link: owner uuid, owner name, and the target's id as target__.
QString referrerSql(const LinkInfo &link)
{
    const Domain::EntityKindInfo &owner = EntityKinds::info(link.owner);
    if (!link.childTable)
        return QStringLiteral("SELECT DISTINCT o.uuid AS uuid, o.%1 AS name, o.%2 AS target__ FROM %3 o "
                              "WHERE o.%2 IS NOT NULL")
            .arg(QLatin1String(owner.displayColumn), QLatin1String(link.column), QLatin1String(owner.table));
    return QStringLiteral("SELECT DISTINCT o.uuid AS uuid, o.%1 AS name, c.%2 AS target__ FROM %3 o "
                          "JOIN %4 c ON c.%5 = o.id WHERE c.%2 IS NOT NULL")
        .arg(QLatin1String(owner.displayColumn), QLatin1String(link.column), QLatin1String(owner.table),
             QLatin1String(link.childTable), QLatin1String(link.ownerColumn));
}

QString targetColumn(const LinkInfo &link)
{
    return (link.childTable ? QStringLiteral("c.") : QStringLiteral("o.")) + QLatin1String(link.column);
}

ReferenceIndex::Referrer referrer(const LinkInfo &link, const QSqlQuery &query)
{
    ReferenceIndex::Referrer r;
    r.owner = link.owner;
    r.ownerUuid = query.value(0).toString();
    r.name = query.value(1).toString();
    r.description = link.referrer ? QCoreApplication::translate("Custodian::Entities", link.referrer)
                                        .arg(QStringLiteral("\"%1\"").arg(r.name))
                                  : EntityKinds::referrer(link.owner, r.name);
    r.key = QLatin1String(link.key);
    return r;
}

} // namespace

Status ReferenceIndex::referrersOf(QSqlDatabase &db, Domain::EntityKind kind, qint64 id, QList<Referrer> *referrers)
{
    referrers->clear();
    for (const LinkInfo &link : Domain::allLinks()) {
        if (link.target != kind)
            continue;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sql =
            referrerSql(link) + QStringLiteral(" AND ") + targetColumn(link) + QStringLiteral(" = ? ORDER BY name");
        if (!EntityTable::run(query, sql, {id}))
            return EntityTable::readError(query);
        while (query.next())
            referrers->append(referrer(link, query));
    }
    return Status::ok();
}

Status ReferenceIndex::usage(QSqlDatabase &db, Domain::EntityKind kind, QHash<QString, QList<Referrer>> *usage)
{
    usage->clear();
    const QString table = QLatin1String(EntityKinds::info(kind).table);
    for (const LinkInfo &link : Domain::allLinks()) {
        if (link.target != kind)
            continue;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT r.uuid, r.name, t.uuid FROM (") + referrerSql(link) +
                            QStringLiteral(") r JOIN %1 t ON t.id = r.target__ ORDER BY r.name").arg(table);
        if (!EntityTable::run(query, sql))
            return EntityTable::readError(query);
        while (query.next())
            (*usage)[query.value(2).toString()].append(referrer(link, query));
    }
    return Status::ok();
}

} // namespace Custodian::Register
