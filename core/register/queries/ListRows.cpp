#include "ListRows.h"

#include "domain/FieldSpec.h"
#include "register/EntityTable.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace Custodian::Register::ListRows {

using Domain::EntityKinds;

Status linkedNames(Storage::Store &store, Domain::EntityKind owner, Domain::EntityKind target,
                   QHash<QString, QString> *names, const QStringList &childKeys)
{
    names->clear();
    const Domain::EntityKindInfo &ownerInfo = EntityKinds::info(owner);
    QStringList ids;
    for (const Domain::LinkInfo &link : Domain::allLinks()) {
        if (link.owner != owner || link.target != target)
            continue;
        if (!link.childTable)
            ids.append(QStringLiteral("SELECT o.%1 FROM %2 o")
                           .arg(QLatin1String(link.column), QLatin1String(ownerInfo.table)));
        else if (childKeys.contains(QLatin1String(link.key)))
            ids.append(QStringLiteral("SELECT c.%1 FROM %2 c")
                           .arg(QLatin1String(link.column), QLatin1String(link.childTable)));
    }
    if (ids.isEmpty())
        return Status::ok();
    const Domain::EntityKindInfo &targetInfo = EntityKinds::info(target);
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT t.uuid, t.%1 FROM %2 t WHERE t.id IN (%3)")
                                     .arg(QLatin1String(targetInfo.displayColumn), QLatin1String(targetInfo.table),
                                          ids.join(QLatin1String(" UNION ")))))
        return EntityTable::readError(query);
    while (query.next())
        names->insert(query.value(0).toString(), query.value(1).toString());
    return Status::ok();
}

Status names(Storage::Store &store, Domain::EntityKind kind, QList<NamedItem> *items)
{
    items->clear();
    const Domain::EntityKindInfo &info = EntityKinds::info(kind);
    QString retired = QStringLiteral("0");
    if (info.retire == Domain::RetireStyle::Status)
        retired = QStringLiteral("CASE WHEN status = 'retired' THEN 1 ELSE 0 END");
    else if (info.retire == Domain::RetireStyle::Flag)
        retired = QStringLiteral("retired");
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT uuid, %1, %2 FROM %3")
                                     .arg(QLatin1String(info.displayColumn), retired, QLatin1String(info.table))))
        return EntityTable::readError(query);
    while (query.next())
        items->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0});
    return Status::ok();
}

Status activitiesBySubjectCategory(Storage::Store &store, QMap<QString, QStringList> *activities)
{
    activities->clear();
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT c.name, a.uuid FROM activity_subject_category c "
                                                "JOIN activity a ON a.id = c.activity_id "
                                                "WHERE a.status <> 'retired' ORDER BY c.name, a.name")))
        return EntityTable::readError(query);
    while (query.next()) {
        const QString name = query.value(0).toString().trimmed();
        if (!name.isEmpty())
            (*activities)[name].append(query.value(1).toString());
    }
    return Status::ok();
}

Status retiredUuids(Storage::Store &store, Domain::EntityKind kind, QSet<QString> *uuids)
{
    uuids->clear();
    const Domain::EntityKindInfo &info = EntityKinds::info(kind);
    QString condition;
    switch (info.retire) {
    case Domain::RetireStyle::Status:
        condition = QStringLiteral("status = 'retired'");
        break;
    case Domain::RetireStyle::Flag:
        condition = QStringLiteral("retired = 1");
        break;
    case Domain::RetireStyle::None:
        return Status::ok();
    }
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT uuid FROM %1 WHERE %2").arg(QLatin1String(info.table), condition)))
        return EntityTable::readError(query);
    while (query.next())
        uuids->insert(query.value(0).toString());
    return Status::ok();
}

Status ruleCategories(Storage::Store &store, QHash<QString, QHash<QString, QStringList>> *categories)
{
    categories->clear();
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT r.uuid, a.uuid, c.name FROM activity_data_category c "
                                                "JOIN retention_rule r ON r.id = c.retention_rule_id "
                                                "JOIN activity a ON a.id = c.activity_id "
                                                "ORDER BY c.activity_id, c.position, c.id")))
        return EntityTable::readError(query);
    while (query.next())
        (*categories)[query.value(0).toString()][query.value(1).toString()].append(query.value(2).toString());
    return Status::ok();
}

Status displayNames(Storage::Store &store, Domain::EntityKind kind, const QStringList &uuids,
                    QHash<QString, QString> *names)
{
    names->clear();
    const Domain::EntityKindInfo &info = EntityKinds::info(kind);
    if (uuids.isEmpty() || !*info.displayColumn)
        return Status::ok();
    QStringList marks;
    QVariantList values;
    for (const QString &uuid : uuids) {
        marks << QStringLiteral("?");
        values << uuid;
    }
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT uuid, %1 FROM %2 WHERE uuid IN (%3)")
                .arg(QLatin1String(info.displayColumn), QLatin1String(info.table), marks.join(QLatin1Char(','))),
            values))
        return EntityTable::readError(query);
    while (query.next())
        names->insert(query.value(0).toString(), query.value(1).toString());
    return Status::ok();
}

} // namespace Custodian::Register::ListRows
