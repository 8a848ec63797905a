#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// The append-only history of the register. Services call append() inside the transaction of the
// change it records, so a change and its audit entry are committed or rolled back together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::AuditLog)
public:
    enum class Action
    {
        Create,
        Update,
        Delete,
        Retire,
        Erase,  // the item's personal data in the history was erased (its key deleted)
        Restore // the register was restored from a backup (entity "register", its id)
    };

    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString entity;
        QString entityUuid;
        Action action = Action::Update;
        // {"field": {"old": ..., "new": ...}}. A field holding a data subject's personal data reads
        // the same while its item's key exists; {"erased": true} once that was erased, and
        // {"unreadable": true} when its sealed value does not open (changed outside Custodian).
        QJsonObject changes;
    };

    // Who the entries are attributed to; defaults to the operating-system account, with its full
    // name where the system knows it: "Anna de Vries (anna)".
    static void setActor(const QString &actor);
    static QString actor();

    // Inside the caller's transaction: the store's clock and actor. The changes of the fields named
    // in personal (a data subject's personal data, FieldFlag::Personal) are stored sealed with the
    // item's key (Storage::HistoryKeys), never as plain values.
    static Status append(Storage::Store &store, const QString &entity, const QString &entityUuid, Action action,
                         const QJsonObject &changes, const QStringList &personal = {});
    // Inside the caller's transaction: deletes the item's key, so the personal data in its history
    // can no longer be read, and records that as an Erase entry. Nothing happens when it has no key.
    static Status erasePersonalData(Storage::Store &store, const QString &entity, const QString &entityUuid);
    // An item's entries, oldest first.
    [[nodiscard]] static Status readEntries(QSqlDatabase &db, const QString &entity, const QString &entityUuid,
                                            QList<Entry> *entries);
    // The same for tests and checks that treat a read error as "no entries".
    static QList<Entry> entriesFor(QSqlDatabase &db, const QString &entity, const QString &entityUuid);
    static qint64 count(QSqlDatabase &db);
    // Every item's entries made from `from` up to but not including `to`, oldest first: the history
    // of a period (the history report). A data subject's personal data is not opened: such a
    // change reads {"withheld": true}. upTo > 0: only the first upTo entries of the history (a
    // state read before), whatever was added since.
    [[nodiscard]] static Status readPeriod(QSqlDatabase &db, const QDateTime &from, const QDateTime &to,
                                           QList<Entry> *entries, qint64 upTo = 0);

    // {"field": {"old": a, "new": b}} for every field whose value differs.
    static void recordChange(QJsonObject &changes, const QString &field, const QString &oldValue,
                             const QString &newValue);

    static QString actionCode(Action action);

private:
    static QString systemAccount();
};

} // namespace Custodian::Register
