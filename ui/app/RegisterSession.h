#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

#include "Status.h"
#include "exchange/Backups.h"
#include "storage/Database.h"

namespace Custodian::Storage {
class KeyStore;
} // namespace Custodian::Storage

namespace Custodian::Ui {

class AutoLock;

// The life cycle of the register a window has open. It owns the open Storage::Database and the
// AutoLock, and keeps the recent registers (RecentFiles) and the passphrases the keychain remembers
// for them. It creates and opens registers (a file is inspected before its passphrase is asked, a
// remembered passphrase is tried first), puts the new one in place of the open one only once it is
// really open (UI review H2), closes, locks (the file closed, its writer lock released) and unlocks
// the same Database, opens the demo and changes the passphrase. It shows no widget: what needs the
// person's answer goes through the window's Prompts, and what happened is told through signals.
class RegisterSession : public QObject
{
    Q_OBJECT
public:
    // The window's part; each may show a dialog.
    struct Prompts
    {
        // Before the open register is let go: its unsaved edits are saved or dropped. An error
        // (the person cancelled) keeps it open and is the answer of the operation.
        std::function<Status()> release;
        // Only reading is possible here (why says so): whether to open the register read-only.
        std::function<bool(const Status &why)> openReadOnly;
        // Asks the passphrase of path (none remembered, or it failed: message says why) and opens
        // the register with it through open().
        std::function<void(const QString &path, const QString &message)> askPassphrase;
    };

    RegisterSession(Storage::KeyStore *keyStore, Prompts prompts, QObject *parent = nullptr);
    ~RegisterSession() override;

    bool isOpen() const;
    // Locked: the file is closed, the Database kept to open it again.
    bool isLocked() const { return m_locked; }
    bool isDemo() const { return m_demo; }
    bool isReadOnly() const;
    // The register's file, also while it is locked; empty when none is open.
    QString path() const;
    // A new file's name beside the register: pattern with %1 the register's base name and %2
    // today's date ("%1 copy %2"), then suffix (".custodian"). What Save a copy, Restore and Export
    // propose.
    QString besideRegister(const QString &pattern, const QString &suffix) const;
    // The register while it is open or locked; null otherwise.
    Storage::Database *database() const { return m_database.get(); }
    AutoLock *autoLock() const { return m_autoLock; }
    // Whether path is the register open now.
    bool isCurrentRegister(const QString &path) const;
    bool keychainAvailable() const;
    // Whether the passphrase of the recent register at path is remembered.
    static bool remembersPassphrase(const QString &path);

    Status create(const QString &path, const QString &organisationName, const QString &passphrase, bool remember);
    Status open(const QString &path, const QString &passphrase, bool remember);
    // Opens path with the remembered passphrase when there is one, else asks for it.
    void openInteractive(const QString &path);
    // A fresh copy of the demo register, opened and marked as a demo.
    Status openDemo();
    // False when the person keeps the register open (Prompts::release).
    bool close();
    // reason: why, as the lock screen says it.
    void lock(const QString &reason);
    Status unlock(const QString &passphrase);
    // Re-keys the whole file (seconds on a large register), the auto-lock held off meanwhile. Afterwards
    // the register may be closed (then close() lets it go).
    Status changePassphrase(const QString &passphrase,
                            const std::function<void(Storage::Database::RekeyStage)> &progress);
    // A copy of the open register (File › Save a copy), encrypted with its passphrase and proved by
    // opening it (Storage::Database::saveCopy).
    Status saveCopy(const QString &path, Storage::HistoryHead *head = nullptr);
    // A backup's contents and a restore as a new file (Exchange::Backups), with the open register's
    // passphrase unless another is given (a backup of another register).
    Status inspectBackup(const QString &path, Exchange::Backups::Summary *summary,
                         const QString &passphrase = QString()) const;
    Status restoreBackup(const QString &backup, const QString &path, Exchange::Backups::Summary *summary,
                         const QString &passphrase = QString()) const;
    // Forgets a recent register: the entry and the passphrase remembered for it.
    void forgetRecent(const QString &path);

signals:
    // A register was created or opened in place of the one before.
    void opened();
    // What the person must know about the register just opened (Database::notices()).
    void notices(const QStringList &notices);
    // The register is about to go: whatever uses its Database lets go of it now.
    void aboutToClose();
    void closed();
    void locked(const QString &reason);
    // changedElsewhere: its history moved on while it was locked.
    void unlocked(const QStringList &notices, bool changedElsewhere);
    // A file that cannot be a register, refused before its passphrase was asked (M14).
    void openRefused(const Status &status);
    // The keychain did not take the passphrase: it will be asked again next time.
    void passphraseNotRemembered(const Status &status);
    void recentRegistersChanged();
    // The automatic backup taken as the register closed (Settings › Automatic backups).
    void backupTaken(const QString &path);
    void backupFailed(const Status &status);

private:
    void replace(std::unique_ptr<Storage::Database> database, bool demo, const QString &passphrase);
    // As the register closes: a backup generation when the settings ask for one and it changed.
    void takeBackupGeneration();
    void closeNow();
    void remember(const QString &registerId, const QString &passphrase, bool remember);
    void updateAutoLock();

    Storage::KeyStore *m_keyStore = nullptr;
    Prompts m_prompts;
    AutoLock *m_autoLock = nullptr;
    std::unique_ptr<Storage::Database> m_database;
    bool m_demo = false;
    bool m_locked = false;
    QString m_lockedPath;
    QString m_historyHeadAtLock; // Storage::HistoryHead::text() when the register was locked
    QString m_headAtOpen;        // ... when it was opened: a register unchanged needs no new backup
    // The passphrase of the open register, for its copies and backups, as a password manager keeps
    // its key while a database is open; wiped when the register is locked or closed.
    QString m_passphrase;
};

} // namespace Custodian::Ui
