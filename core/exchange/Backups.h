#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "Status.h"
#include "register/queries/RegisterCounts.h"
#include "storage/HistoryChain.h"

namespace Custodian::Storage {
class Database;
}

namespace Custodian::Exchange {

// Backups of a register file (issue #10): copies taken while the register is open
// (Storage::Database::saveCopy, encrypted with the register's own passphrase and proved by
// opening them), the generations kept automatically in a folder, and restoring one as a new
// register that records the restore in its history.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::Backups)
public:
    static constexpr int defaultKeep = 10;

    // "<the register's folder>/Custodian backups".
    static QString defaultFolder(const QString &registerPath);

    // One backup file and what can be told of it without opening it.
    struct Generation
    {
        QString path;
        QDateTime takenAt; // from its name, local time
        qint64 size = 0;
    };
    // The generations of the register at registerPath in folder, the newest first: files named
    // "<register's base name> YYYY-MM-DD HHMMSS <the start of its id>.<suffix>".
    static QList<Generation> generations(const QString &folder, const QString &registerPath, const QString &registerId);

    // Takes a generation of the open register into folder (made when missing), named by now, and
    // then removes the oldest of its generations beyond keep (at least 1). A failure leaves the
    // generations that were there.
    [[nodiscard]] static Status takeGeneration(Storage::Database &database, const QString &passphrase,
                                               const QString &folder, int keep, const QDateTime &now,
                                               Generation *made = nullptr);

    // What a backup holds, read from it (opened read-only with the passphrase).
    struct Summary
    {
        QString registerId;
        int schemaVersion = 0;
        Storage::HistoryHead head;
        QDateTime stateAt; // when its last change was made (UTC)
        Register::RegisterCounts counts;
        bool historyVerified = false;
    };
    [[nodiscard]] static Status inspect(const QString &backupPath, const QString &passphrase, Summary *summary);

    // Restores a backup as a new register file at path, never over an existing file: the backup
    // is opened read-only and its history verified, copied, brought up to this version's schema
    // when older, and the copy records the restore as one history entry ("restore" on the
    // register, naming the state and the moment it came from). This computer then takes the
    // restored, older history as the register's (Database::acceptHead): opening it raises no alarm.
    [[nodiscard]] static Status restore(const QString &backupPath, const QString &passphrase, const QString &path,
                                        Summary *restored = nullptr);
};

} // namespace Custodian::Exchange
