#include "AuditLog.h"

#include "storage/HistoryChain.h"
#include "storage/HistoryKeys.h"
#include "storage/Store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <limits>

#include <pwd.h>
#include <unistd.h>
#endif

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
    // The account does not change while the program runs; the system is asked once (a merge writes
    // a history entry per item).
    static const QString account = systemAccount();
    return account;
}

QString AuditLog::systemAccount()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QString fullName;
#ifdef Q_OS_UNIX
    // The account's full name, where the system knows it: the first field of the GECOS entry.
    if (const passwd *entry = getpwuid(getuid())) {
        if (user.isEmpty() && entry->pw_name)
            user = QString::fromLocal8Bit(entry->pw_name);
        if (entry->pw_gecos)
            fullName = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    }
#endif
    if (user.isEmpty())
        return fullName.isEmpty() ? QStringLiteral("unknown") : fullName;
    // "Anna de Vries (anna)": who it was, and the account, which is what logs elsewhere name.
    return fullName.isEmpty() || fullName == user ? user : QStringLiteral("%1 (%2)").arg(fullName, user);
}

namespace {

const QString SealedKey = QStringLiteral("sealed");

// What a sealed value is bound to: the item and the field (HistoryKeys::seal).
QByteArray sealContext(const QString &entity, const QString &uuid, const QString &field)
{
    return QStringLiteral("%1\n%2\n%3").arg(entity, uuid, field).toUtf8();
}

// Replaces the changes of the personal fields by {"sealed": text}.
Status sealPersonal(Storage::Store &store, const QString &entity, const QString &uuid, const QStringList &personal,
                    QJsonObject *changes)
{
    QByteArray key;
    for (const QString &field : personal) {
        if (!changes->contains(field))
            continue;
        if (key.isEmpty()) {
            const Status status = Storage::HistoryKeys::keyFor(store.connection(), entity, uuid, true, &key);
            if (!status)
                return status;
        }
        const QJsonValue change = changes->value(field);
        const QByteArray plain = QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact);
        QString sealed;
        if (!Storage::HistoryKeys::seal(key, sealContext(entity, uuid, field), plain, &sealed))
            return Status::error(Status::Code::IoError,
                                 AuditLog::tr("Personal data could not be protected in the history."),
                                 QStringLiteral("AES-256-GCM failed"));
        changes->insert(field, QJsonObject{{SealedKey, sealed}});
    }
    return Status::ok();
}

// The inverse for reading: opens every sealed change of the item with its key.
void openPersonal(const QByteArray &key, const QString &entity, const QString &uuid, QJsonObject *changes)
{
    for (auto it = changes->begin(); it != changes->end(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (change.size() != 1 || !change.value(SealedKey).isString())
            continue;
        const QString sealed = change.value(SealedKey).toString();
        QByteArray plain;
        // Sealed with a key the item no longer has: its personal data was erased (it may have a
        // newer key for changes since).
        if (key.isEmpty() || Storage::HistoryKeys::sealedWith(sealed) != Storage::HistoryKeys::fingerprint(key))
            it.value() = QJsonObject{{QStringLiteral("erased"), true}};
        else if (Storage::HistoryKeys::open(key, sealContext(entity, uuid, it.key()), sealed, &plain))
            it.value() = QJsonDocument::fromJson(plain).object();
        else
            it.value() = QJsonObject{{QStringLiteral("unreadable"), true}};
    }
}

// An entry as its row holds it (columns id, at, actor, entity, entity_uuid, action, changes).
AuditLog::Entry entryOf(const QSqlQuery &query)
{
    AuditLog::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.entity = query.value(3).toString();
    entry.entityUuid = query.value(4).toString();
    const QString action = query.value(5).toString();
    for (AuditLog::Action candidate : {AuditLog::Action::Create, AuditLog::Action::Update, AuditLog::Action::Delete,
                                       AuditLog::Action::Retire, AuditLog::Action::Erase, AuditLog::Action::Restore}) {
        if (AuditLog::actionCode(candidate) == action)
            entry.action = candidate;
    }
    entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    return entry;
}

} // namespace

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
    case Action::Erase:
        return QStringLiteral("erase");
    case Action::Restore:
        return QStringLiteral("restore");
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
                        const QJsonObject &changes, const QStringList &personal)
{
    QJsonObject stored = changes;
    const Status status = sealPersonal(store, entity, entityUuid, personal, &stored);
    if (!status)
        return status;
    Storage::HistoryChain::Entry entry;
    entry.at = store.now().toUTC().toString(Qt::ISODateWithMs);
    entry.actor = store.actor();
    entry.entity = entity;
    entry.uuid = entityUuid;
    entry.action = actionCode(action);
    entry.canonicalChanges = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    entry.changes = QString::fromUtf8(entry.canonicalChanges);
    return Storage::HistoryChain::append(store.connection(), store.dialect(), entry);
}

Status AuditLog::erasePersonalData(Storage::Store &store, const QString &entity, const QString &entityUuid)
{
    bool removed = false;
    const Status status = Storage::HistoryKeys::erase(store.connection(), entity, entityUuid, &removed);
    if (!status || !removed)
        return status;
    return append(store, entity, entityUuid, Action::Erase, QJsonObject());
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
    QByteArray key;
    const Status keyStatus = Storage::HistoryKeys::keyFor(db, entity, entityUuid, false, &key);
    if (!keyStatus)
        return keyStatus;
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
        entries->append(entryOf(query));
        openPersonal(key, entity, entityUuid, &entries->last().changes);
    }
    return Status::ok();
}

Status AuditLog::readPeriod(QSqlDatabase &db, const QDateTime &from, const QDateTime &to, QList<Entry> *entries,
                            qint64 upTo)
{
    entries->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Moments are stored as UTC text of one width ("2026-12-01T10:15:00.123Z"): their order is the text's.
    query.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, changes FROM audit_log "
                                 "WHERE at >= ? AND at < ? AND seq <= ? ORDER BY seq"));
    query.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(to.toUTC().toString(Qt::ISODateWithMs));
    // The history's place of an entry (seq) counts from 1: the first upTo are the state's.
    query.addBindValue(upTo > 0 ? upTo : std::numeric_limits<qint64>::max());
    if (!query.exec())
        return Status::error(Status::Code::DatabaseError, tr("The history of the register could not be read."),
                             query.lastError().text());
    while (query.next()) {
        entries->append(entryOf(query));
        for (auto it = entries->last().changes.begin(); it != entries->last().changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            if (change.size() == 1 && change.value(SealedKey).isString())
                it.value() = QJsonObject{{QStringLiteral("withheld"), true}};
        }
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
