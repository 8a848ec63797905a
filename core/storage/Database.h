#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "storage/CipherProfile.h"
#include "storage/Store.h"

namespace Custodian::Storage {

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

    // Creates a new register at path. Refuses an existing file and a passphrase that is too short.
    Status create(const QString &path, const QString &passphrase);
    Status open(const QString &path, const QString &passphrase, Mode mode = Mode::ReadWrite);
    Status changePassphrase(const QString &newPassphrase);
    void close() override;

    const SqlDialect &dialect() const override { return m_dialect; }
    const QString &path() const { return m_path; }
    const CipherProfile &profile() const { return m_profile; }
    const QString &cipherVersion() const { return m_cipherVersion; }
    // The file the last migration copied the register to before upgrading it, if any.
    const QString &migrationBackupPath() const { return m_migrationBackup; }

    static int supportedSchemaVersion();

    IntegrityReport checkIntegrity() override;

private:
    Status openConnection(const QString &path, const QString &passphrase, Mode mode, bool create);
    Status verifyRegister(Mode mode);
    Status readRegisterInfo();

    SqliteDialect m_dialect;
    QString m_path;
    QString m_cipherVersion;
    QString m_migrationBackup;
    CipherProfile m_profile;
};

} // namespace Custodian::Storage
