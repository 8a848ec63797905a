#include "AuditLog.h"

#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Custodian::Register {

namespace {

QString &actorOverride()
{
    static QString value;
    return value;
}

} // namespace

void AuditLog::setActor(const QString &actor)
{
    actorOverride() = actor;
}

QString AuditLog::actor()
{
    if (!actorOverride().isEmpty())
        return actorOverride();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::actionCode(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Retire:
        return QStringLiteral("retire");
    }
    return QString();
}

void AuditLog::recordChange(QJsonObject &changes, const QString &field, const QString &oldValue,
                            const QString &newValue)
{
    if (oldValue == newValue)
        return;
    changes.insert(field, QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}});
}

Status AuditLog::append(Storage::Store &store, const QString &entity, const QString &entityUuid, Action action,
                        const QJsonObject &changes)
{
    Storage::HistoryChain::Entry entry;
    entry.at = store.now().toUTC().toString(Qt::ISODateWithMs);
    entry.actor = store.actor();
    entry.entity = entity;
    entry.uuid = entityUuid;
    entry.action = actionCode(action);
    entry.changes = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    return Storage::HistoryChain::append(store.connection(), store.dialect(), entry);
}

QList<AuditLog::Entry> AuditLog::entriesFor(QSqlDatabase &db, const QString &entity, const QString &entityUuid)
{
    QList<Entry> entries;
    if (!readEntries(db, entity, entityUuid, &entries))
        entries.clear();
    return entries;
}

Status AuditLog::readEntries(QSqlDatabase &db, const QString &entity, const QString &entityUuid, QList<Entry> *entries)
{
    entries->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, changes FROM audit_log "
                                 "WHERE entity = ? AND entity_uuid = ? ORDER BY seq"));
    query.addBindValue(entity);
    query.addBindValue(entityUuid);
    if (!query.exec())
        return Status::error(Status::Code::DatabaseError, tr("The history of this item could not be read."),
                             query.lastError().text());
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.entityUuid = query.value(4).toString();
        const QString action = query.value(5).toString();
        for (Action candidate : {Action::Create, Action::Update, Action::Delete, Action::Retire}) {
            if (actionCode(candidate) == action)
                entry.action = candidate;
        }
        entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        entries->append(entry);
    }
    return Status::ok();
}

qint64 AuditLog::count(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

} // namespace Custodian::Register
