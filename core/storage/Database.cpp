#include "Database.h"

#include "domain/IsoTime.h"

#include "FileProbe.h"
#include "Migrator.h"
#include "PassphrasePolicy.h"
#include "Secret.h"
#include "SqlCipherDriver.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Custodian::Storage {

namespace {

// The file a creation made: created exclusively (it fails when the path exists, however close the
// race) and readable by its owner only, whatever the umask; SQLite gives its journal the same mode.
// Cleaning up after a failed creation removes it only while the path still names that very file,
// never a register someone else created there meanwhile.
class CreatedFile
{
public:
    enum class Result
    {
        Created,
        Exists,
        Failed
    };

    Result create(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = file.errorString();
            return QFileInfo::exists(path) ? Result::Exists : Result::Failed;
        }
        m_path = path;
#ifdef Q_OS_UNIX
        struct stat info = {};
        if (::fstat(file.handle(), &info) == 0) {
            m_device = info.st_dev;
            m_inode = info.st_ino;
        }
#endif
        return Result::Created;
    }

    void removeIfOurs() const
    {
        if (m_path.isEmpty())
            return;
#ifdef Q_OS_UNIX
        struct stat info = {};
        if (::stat(QFile::encodeName(m_path).constData(), &info) != 0 || info.st_dev != m_device ||
            info.st_ino != m_inode)
            return;
#endif
        QFile::remove(m_path);
    }

private:
    QString m_path;
#ifdef Q_OS_UNIX
    dev_t m_device = 0;
    ino_t m_inode = 0;
#endif
};

bool isNotADatabase(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == SQLITE_NOTADB;
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Database::Database()
{
    registerSqlCipherDriver();
}

Database::~Database()
{
    close();
}

int Database::supportedSchemaVersion()
{
    static const int version = Migrator().latestVersion();
    return version;
}

void Database::close()
{
    Store::close();
    m_path.clear();
    m_cipherVersion.clear();
}

Status Database::openConnection(const QString &path, const QString &passphrase, Mode mode, bool create)
{
    if (!addConnection(QLatin1String(driverName)))
        return fail(
            Status::error(Status::Code::CipherUnavailable, tr("The encrypted storage driver is not available.")));
    m_db.setDatabaseName(path);
    QStringList options;
    if (create)
        options << QStringLiteral("QSQLCIPHER_CREATE");
    if (mode == Mode::ReadOnly)
        options << QStringLiteral("QSQLCIPHER_OPEN_READONLY");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    const bool opened = m_db.open(QString(), passphrase);
    // QSqlDatabase keeps the password it was given; it is not needed after keying.
    m_db.setPassword(QString());
    if (!opened)
        return fail(Status::error(Status::Code::IoError, tr("The file %1 cannot be opened.").arg(displayName(path)),
                                  m_db.lastError().text()));
    m_path = path;

    const CipherProfile pinned = CipherProfile::pinned();
    Status status = CipherProfile::readBack(m_db, nullptr, &m_cipherVersion);
    if (!status)
        return fail(status);
    status = pinned.apply(m_db);
    if (!status)
        return fail(status);
    return Status::ok();
}

Status Database::create(const QString &path, const QString &passphrase)
{
    if (!PassphrasePolicy::isAcceptable(passphrase))
        return Status::error(Status::Code::PassphraseTooWeak, PassphrasePolicy::tooShortMessage());
    const Migrator migrator;
    if (!migrator.loadStatus())
        return migrator.loadStatus();

    CreatedFile created;
    QString error;
    switch (created.create(path, &error)) {
    case CreatedFile::Result::Created:
        break;
    case CreatedFile::Result::Exists:
        return Status::error(Status::Code::FileExists,
                             tr("The file %1 already exists. Choose another name; Custodian does not overwrite files.")
                                 .arg(displayName(path)));
    case CreatedFile::Result::Failed:
        return Status::error(Status::Code::IoError, tr("The file %1 cannot be created.").arg(displayName(path)), error);
    }
    Status status = openConnection(path, passphrase, Mode::ReadWrite, true);
    auto abandon = [&](const Status &failure) {
        close();
        created.removeIfOurs(); // our own half-made file, never someone else's
        return failure;
    };
    if (!status)
        return abandon(status);

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return abandon(Status::error(Status::Code::DatabaseError, tr("The register could not be created."),
                                     query.lastError().text()));
    status = migrator.migrate(m_db);
    if (!status)
        return abandon(status);

    if (!m_db.transaction())
        return abandon(Status::error(Status::Code::DatabaseError, tr("The register could not be created."),
                                     m_db.lastError().text()));
    const QString now = Domain::IsoTime::moment(QDateTime::currentDateTimeUtc());
    const QList<QPair<QString, QString>> info = {
        {QStringLiteral("register_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("created_by"), QStringLiteral("Custodian " CUSTODIAN_VERSION)},
        {QStringLiteral("cipher_profile"), CipherProfile::pinned().name},
    };
    for (const auto &[key, value] : info) {
        query.prepare(QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            m_db.rollback();
            return abandon(Status::error(Status::Code::DatabaseError, tr("The register could not be created."),
                                         query.lastError().text()));
        }
    }
    if (!m_db.commit())
        return abandon(Status::error(Status::Code::DatabaseError, tr("The register could not be created."),
                                     m_db.lastError().text()));
    query.finish();

    status = verifyRegister(Mode::ReadWrite);
    if (!status)
        return abandon(status);
    return Status::ok();
}

Status Database::open(const QString &path, const QString &passphrase, Mode mode)
{
    close();
    const CipherProfile pinned = CipherProfile::pinned();
    const FileProbe probe = FileProbe::inspect(path, pinned.pageSize);
    const QString name = displayName(path);
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        return Status::error(Status::Code::FileNotFound, tr("The file %1 does not exist.").arg(name));
    case FileProbe::Kind::Unreadable:
        return Status::error(Status::Code::IoError,
                             tr("The file %1 cannot be read. Check that you have permission to open it.").arg(name));
    case FileProbe::Kind::Empty:
        return Status::error(Status::Code::NotARegister, tr("%1 is empty: it is not a Custodian register.").arg(name));
    case FileProbe::Kind::PlainSqlite:
        return Status::error(Status::Code::NotARegister,
                             tr("%1 is an unencrypted SQLite database, not a Custodian register.").arg(name));
    case FileProbe::Kind::NotEncrypted:
        return Status::error(Status::Code::NotARegister, tr("%1 is not a Custodian register.").arg(name));
    case FileProbe::Kind::Truncated:
        return Status::error(
            Status::Code::Damaged,
            tr("The register %1 is damaged: the file is incomplete. Restore it from a backup.").arg(name));
    case FileProbe::Kind::LooksEncrypted:
        break;
    }
    if (passphrase.isEmpty())
        return Status::error(Status::Code::WrongPassphrase, tr("Enter the passphrase of this register."));

    Status status = openConnection(path, passphrase, mode, false);
    if (!status)
        return status;
    return verifyRegister(mode);
}

Status Database::verifyRegister(Mode mode)
{
    const QString name = displayName(m_path);
    const Status damaged =
        Status::error(Status::Code::Damaged,
                      tr("The register %1 is damaged and cannot be opened. Restore it from a backup.").arg(name));

    // SQLCipher accepts any key; the first read tells whether it was the right one.
    {
        QSqlQuery probe(m_db);
        probe.setForwardOnly(true);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
            if (isNotADatabase(probe.lastError()))
                return fail(Status::error(Status::Code::WrongPassphrase,
                                          tr("The passphrase is not correct for this register.")));
            return fail(Status::error(damaged.code(), damaged.message(), probe.lastError().text()));
        }
    }

    Status status = CipherProfile::readBack(m_db, &m_profile, &m_cipherVersion);
    if (!status)
        return fail(status);
    const CipherProfile pinned = CipherProfile::pinned();
    if (m_profile.pageSize != pinned.pageSize || m_profile.kdfIterations != pinned.kdfIterations)
        return fail(Status::error(Status::Code::CipherUnavailable,
                                  tr("The encryption settings did not take effect (page size %1, %2 iterations).")
                                      .arg(m_profile.pageSize)
                                      .arg(m_profile.kdfIterations)));

    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return fail(Status::error(damaged.code(), damaged.message(), query.lastError().text()));
        if (query.value(0).toInt() != applicationId)
            return fail(Status::error(Status::Code::NotARegister,
                                      tr("%1 is an encrypted database, but not a Custodian register.").arg(name)));
    }

    status = Status::ok();
    const int version = Migrator::currentVersion(m_db, &status);
    if (!status)
        return fail(Status::error(damaged.code(), damaged.message(), status.detail()));
    const Migrator migrator;
    if (!migrator.loadStatus())
        return fail(migrator.loadStatus());
    if (version > migrator.latestVersion())
        return fail(
            Status::error(Status::Code::NewerVersion,
                          tr("%1 was written by a newer version of Custodian (schema %2; this version reads up to "
                             "%3). Install the newer version to open it; the file has not been changed.")
                              .arg(name)
                              .arg(version)
                              .arg(migrator.latestVersion())));

    // Reads every page: a damaged page fails its HMAC here rather than in the middle of a save.
    {
        QSqlQuery check(m_db);
        check.setForwardOnly(true);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
            return fail(Status::error(damaged.code(), damaged.message(), check.lastError().text()));
        const QString answer = check.value(0).toString();
        if (answer != QLatin1String("ok"))
            return fail(Status::error(damaged.code(), damaged.message(), answer));
    }

    if (version < migrator.latestVersion() && mode == Mode::ReadWrite) {
        // Keep the file as it was before upgrading it: an upgrade is the one write the user did not ask for.
        m_migrationBackup = QStringLiteral("%1.schema-%2.bak").arg(m_path).arg(version);
        QFile::remove(m_migrationBackup);
        if (!QFile::copy(m_path, m_migrationBackup))
            return fail(Status::error(Status::Code::IoError,
                                      tr("Before upgrading the register, Custodian could not save a copy as %1.")
                                          .arg(displayName(m_migrationBackup))));
        status = migrator.migrate(m_db);
        if (!status)
            return fail(status);
    }
    m_schemaVersion = Migrator::currentVersion(m_db, &status);

    // Enforced per connection: referential integrity, overwriting deleted content, no temp files, and
    // delete triggers also for rows that INSERT OR REPLACE removes (else it overwrites the audit log).
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA recursive_triggers = ON"}) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(Status::error(Status::Code::DatabaseError, tr("The register could not be prepared for use."),
                                      query.lastError().text()));
    }
    return readRegisterInfo();
}

Status Database::readRegisterInfo()
{
    if (m_schemaVersion < 1)
        return Status::ok();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'")))
        return fail(Status::error(Status::Code::Damaged, tr("The register's identity could not be read."),
                                  query.lastError().text()));
    if (query.next())
        m_registerId = query.value(0).toString();
    return Status::ok();
}

Status Database::changePassphrase(const QString &newPassphrase)
{
    if (!isOpen())
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    if (!PassphrasePolicy::isAcceptable(newPassphrase))
        return Status::error(Status::Code::PassphraseTooWeak, PassphrasePolicy::tooShortMessage());
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    if (!driver || !driver->connection())
        return Status::error(Status::Code::CipherUnavailable, tr("The encrypted storage driver is not available."));
    if (driver->isReadOnly())
        return Status::error(Status::Code::InvalidInput, tr("The register is open read-only."));
    QByteArray key = newPassphrase.toUtf8();
    // sqlite3_rekey rewrites every page inside one transaction: a crash leaves the old key in force.
    const int rc = sqlite3_rekey(driver->connection(), key.constData(), int(key.size()));
    wipe(key);
    if (rc != SQLITE_OK)
        return Status::error(Status::Code::DatabaseError, tr("The passphrase could not be changed."),
                             QString::fromUtf8(sqlite3_errmsg(driver->connection())));
    return Status::ok();
}

Store::IntegrityReport Database::checkIntegrity()
{
    IntegrityReport report;
    if (!isOpen()) {
        report.problems << tr("No register is open.");
        return report;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << query.lastError().text();
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << line;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems << query.lastError().text();
    } else {
        while (query.next())
            report.problems << tr("Broken reference in table %1, row %2, to table %3.")
                                   .arg(query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString());
    }
    const CipherProfile pinned = CipherProfile::pinned();
    if (m_profile.pageSize != pinned.pageSize || m_profile.kdfIterations != pinned.kdfIterations)
        report.problems << tr("The cipher profile in use is not %1.").arg(pinned.name);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace Custodian::Storage
