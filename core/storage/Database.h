#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "storage/CipherProfile.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"
#include "storage/WriterLock.h"

#include <functional>
#include <memory>

namespace Custodian::Storage {

class CreatedFile;

// One register file: create, unlock, rekey, check, close. Never shows a dialog; every failure
// comes back as a Status with a sentence for a person. A file that cannot be opened as a register
// of this version is never written to.
class Database final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::Database)
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    // PRAGMA application_id of every register ("CSTD"): tells our files from other SQLCipher files.
    static constexpr qint32 applicationId = 0x43535444;

    Database();
    ~Database() override;

    // Creates a new register at path, exclusively (never over an existing file), readable by its
    // owner only; a missing folder is created first. Refuses a passphrase that is too short. A
    // failure names its cause: the folder is a file, may not be written, the disk is full. A failed creation leaves no
    // file; one killed half-way leaves a file that open() reports as Code::Incomplete, never as a register.
    Status create(const QString &path, const QString &passphrase);
    // When filling a register just created fails (the organisation, the catalogue): closes it and
    // removes the file, if it is still the one create() made. Nothing happens to any other file.
    void discardNewRegister();
    // ReadWrite takes the writer lock first: a register another program has open for writing is
    // refused with Code::InUse (lockHolder() tells who), and can be opened ReadOnly. A save that
    // was interrupted by a crash is recovered first, also for a read-only open where the file can
    // be written; where it cannot, the result is Code::Interrupted.
    Status open(const QString &path, const QString &passphrase, Mode mode = Mode::ReadWrite);
    // What can be told of a file without its passphrase: Ok when it may be a register (an
    // encrypted file of whole pages); otherwise why it is not one (missing, a folder, empty, plain
    // SQLite, not encrypted, cut short), so that nobody is asked a passphrase for it.
    static Status inspect(const QString &path);

    enum class RekeyStage
    {
        Copying,   // writing the register under the new passphrase into a new file
        Proving,   // opening the copy with the new passphrase and checking it
        Replacing, // putting the copy in place of the register, atomically
    };
    // Re-encrypts the register under a new passphrase: a complete copy is written and proved
    // (opened with the new passphrase, checked, its history head equal to the register's) before
    // it replaces the file in one rename. Refused on a read-only register. On failure the register
    // is unchanged and still open with the old passphrase; on success it is open with the new one.
    Status changePassphrase(const QString &newPassphrase,
                            const std::function<void(RekeyStage)> &progress = std::function<void(RekeyStage)>());
    // Whether passphrase opens the register's file, tried on a read-only connection of its own
    // (the open register is not touched): Code::WrongPassphrase when it does not. Costs one key
    // derivation (about 0.1 s). Used to confirm the current passphrase before a change.
    Status checkPassphrase(const QString &passphrase) const;
    void close() override;
    bool isReadOnly() const { return m_readOnly; }
    // Who holds the writer lock after open() returned Code::InUse.
    const WriterLock::Holder &lockHolder() const { return m_lockHolder; }
    // Things the person should know about the open register, one sentence each: a save that was
    // recovered, a network or synchronised folder, a history older than the one seen here before.
    const QStringList &notices() const { return m_notices; }
    // The register state: the head of the tamper-evident history (schema 5 and later).
    HistoryHead historyHead();
    // The head this computer saw last time this register was closed, kept outside the file
    // (QSettings); a register whose history is shorter, or different, was rolled back or replaced.
    static HistoryHead rememberedHead(const QString &registerId);
    // After a named restore (#10): the older head is the right one from now on.
    static void acceptHead(const QString &registerId, const HistoryHead &head);

    const SqlDialect &dialect() const override { return m_dialect; }
    const QString &path() const { return m_path; }
    const CipherProfile &profile() const { return m_profile; }
    const QString &cipherVersion() const { return m_cipherVersion; }
    // The file the last migration copied the register to before upgrading it, if any.
    const QString &migrationBackupPath() const { return m_migrationBackup; }

    static int supportedSchemaVersion();
    // Why a register cannot be created at path, in plain words (the folder, permission, disk).
    static QString cannotCreateMessage(const QString &path);
    // Creates the new file at path (CreatedFile: never over an existing one, owner-only); the
    // failure in plain words.
    static Status createExclusively(const QString &path, CreatedFile *file);

    // A consistent copy of the open register, taken while it stays open (a backup, File › Save a
    // copy): a new file at path (never over an existing one, owner-only), encrypted with
    // passphrase under the pinned cipher profile, written by sqlcipher_export in one read
    // transaction of the register, and proved by opening it: the same register id, schema version
    // and history head, and a chain that verifies. The register itself is not written to, and a
    // register open read-only can be copied too. On failure no file is left. *head (when given)
    // is the state copied.
    Status saveCopy(const QString &path, const QString &passphrase, HistoryHead *head = nullptr);

    IntegrityReport checkIntegrity() override;

private:
    Status openConnection(const QString &path, const QString &passphrase, Mode mode, bool create);
    Status verifyRegister(Mode mode);
    Status readRegisterInfo();
    Status takeWriterLock(const QString &path);
    Status recoverInterruptedSave(const QString &path, const QString &passphrase);
    Status upgrade(int fromVersion);
    void checkRememberedHead();
    void rememberHead();
    // sqlcipher_export of the register into the new file copyPath under passphrase, through the
    // connection handle (the register's own, or a second one on the same file); *head is read in
    // the same read transaction.
    Status exportInto(void *handle, QSqlDatabase &db, const QString &copyPath, const QString &passphrase,
                      HistoryHead *head, const QString &failure);
    // Opens the copy read-only and compares it with this register; the reason in the detail.
    Status proveCopy(const QString &copyPath, const QString &passphrase, const HistoryHead &head,
                     const QString &failure) const;

    SqliteDialect m_dialect;
    QString m_path;
    QString m_cipherVersion;
    QString m_migrationBackup;
    CipherProfile m_profile;
    WriterLock m_lock;
    WriterLock::Holder m_lockHolder;
    QStringList m_notices;
    bool m_readOnly = false;
    bool m_historyDiverged = false;         // set by checkRememberedHead
    std::unique_ptr<CreatedFile> m_created; // the file create() made, while it is open
};

} // namespace Custodian::Storage
