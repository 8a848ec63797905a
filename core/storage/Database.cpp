#include "Database.h"

#include "domain/IsoTime.h"

#include "CreatedFile.h"
#include "FileProbe.h"
#include "Migrator.h"
#include "PassphrasePolicy.h"
#include "Secret.h"
#include "SqlCipherDriver.h"
#include "SqliteFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Custodian::Storage {

namespace {

std::unique_ptr<QSettings> rememberedHeads()
{
    // Outside the register, per computer and user: a rolled-back file cannot roll this back too.
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Custodian"),
                                       QStringLiteral("history-heads"));
}

// Whether the register's history holds the remembered head: its entry at that place has that hash.
bool continues(QSqlDatabase &db, const HistoryHead &seen)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    query.addBindValue(seen.count);
    return query.exec() && query.next() && query.value(0).toString() == seen.hash;
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
    if (isOpen())
        rememberHead();
    Store::close();
    m_created.reset();
    m_lock.release();
    m_path.clear();
    m_cipherVersion.clear();
    m_readOnly = false;
    m_historyDiverged = false;
}

void Database::discardNewRegister()
{
    std::unique_ptr<CreatedFile> created = std::move(m_created);
    m_registerId.clear(); // nothing to remember of a register that is gone
    close();
    if (created)
        created->removeIfOurs();
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
        return fail(Status::error(Status::Code::IoError,
                                  tr("The file %1 cannot be opened.").arg(SqliteFile::displayName(path)),
                                  m_db.lastError().text()));
    m_path = path;
    m_readOnly = mode == Mode::ReadOnly;

    const CipherProfile pinned = CipherProfile::pinned();
    Status status = CipherProfile::readBack(m_db, nullptr, &m_cipherVersion);
    if (!status)
        return fail(status);
    status = pinned.apply(m_db);
    if (!status)
        return fail(status);
    return Status::ok();
}

Status Database::takeWriterLock(const QString &path)
{
    switch (m_lock.acquire(path, &m_lockHolder)) {
    case WriterLock::Result::Acquired:
        return Status::ok();
    case WriterLock::Result::HeldByOther:
        return Status::error(Status::Code::InUse, WriterLock::inUseMessage(path, m_lockHolder));
    case WriterLock::Result::ReadOnlyFolder:
        return Status::error(Status::Code::ReadOnlyLocation,
                             tr("The folder of %1 cannot be written to, so the register can only be opened read-only.")
                                 .arg(SqliteFile::displayName(path)));
    case WriterLock::Result::Failed:
        break;
    }
    return Status::error(Status::Code::IoError,
                         tr("The register %1 could not be locked for writing.").arg(SqliteFile::displayName(path)));
}

// Why a register cannot be created at path, in plain words.
Status Database::createExclusively(const QString &path, CreatedFile *file)
{
    QString error;
    switch (file->create(path, &error)) {
    case CreatedFile::Result::Created:
        return Status::ok();
    case CreatedFile::Result::Exists:
        return Status::error(Status::Code::FileExists,
                             tr("The file %1 already exists. Choose another name; Custodian does not overwrite files.")
                                 .arg(SqliteFile::displayName(path)));
    case CreatedFile::Result::Failed:
        break;
    }
    return Status::error(Status::Code::IoError, cannotCreateMessage(path), error);
}

QString Database::cannotCreateMessage(const QString &path)
{
    const CreatedFile::Diagnosis diagnosis = CreatedFile::diagnose(path);
    const QString name = SqliteFile::displayName(path);
    switch (diagnosis.cause) {
    case CreatedFile::Cause::FolderMissing:
        return tr("The register %1 cannot be created: the folder %2 does not exist and could not be made.")
            .arg(name, diagnosis.where);
    case CreatedFile::Cause::NotAFolder:
        return tr("The register %1 cannot be created: %2 is a file, not a folder.").arg(name, diagnosis.where);
    case CreatedFile::Cause::PermissionDenied:
        return tr("The register %1 cannot be created: you do not have permission to write in the folder %2.")
            .arg(name, diagnosis.where);
    case CreatedFile::Cause::DiskFull:
        return tr("The register %1 cannot be created: the disk that holds %2 is full.").arg(name, diagnosis.where);
    case CreatedFile::Cause::Unknown:
        break;
    }
    return tr("The file %1 cannot be created.").arg(name);
}

Status Database::create(const QString &path, const QString &passphrase)
{
    close();
    if (!PassphrasePolicy::isAcceptable(passphrase))
        return Status::error(Status::Code::PassphraseTooWeak, PassphrasePolicy::tooShortMessage());
    const Migrator migrator;
    if (!migrator.loadStatus())
        return migrator.loadStatus();

    // A folder that does not exist yet is made (UI review H4: the proposed Documents folder is
    // missing on a fresh account); when that fails, the creation below says why.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        QDir().mkpath(folder);
    auto created = std::make_unique<CreatedFile>();
    if (const Status made = createExclusively(path, created.get()); !made)
        return made;
    m_created = std::move(created);
    auto abandon = [&](const Status &failure) {
        discardNewRegister(); // our own half-made file, never someone else's
        return failure;
    };
    Status status = takeWriterLock(path);
    if (!status)
        return abandon(status);
    // The lock survives the connection's reopening inside openConnection (it releases only the connection).
    status = openConnection(path, passphrase, Mode::ReadWrite, true);
    if (!status)
        return abandon(status);

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return abandon(Status::error(Status::Code::DatabaseError, tr("The register could not be created."),
                                     query.lastError().text()));
    status = migrator.migrate(m_db);
    if (!status)
        return abandon(status);

    // The register's identity comes last: a file killed before this commit has none, and open()
    // calls it incomplete instead of a register.
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

Status Database::inspect(const QString &path)
{
    const CipherProfile pinned = CipherProfile::pinned();
    const FileProbe probe = FileProbe::inspect(path, pinned.pageSize);
    const QString name = SqliteFile::displayName(path);
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        return Status::error(Status::Code::FileNotFound, tr("The file %1 does not exist.").arg(name));
    case FileProbe::Kind::Folder:
        return Status::error(Status::Code::NotARegister, tr("%1 is a folder, not a register.").arg(name));
    case FileProbe::Kind::NotAFile:
        return Status::error(Status::Code::NotARegister,
                             tr("%1 is not an ordinary file (a device or a pipe): it is not a register.").arg(name));
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
        return Status::error(Status::Code::Damaged,
                             tr("%1 is not a whole number of pages: it is a damaged register, or not a register at all "
                                "(a compressed or foreign file). If it is your register, restore it from a backup.")
                                 .arg(name));
    case FileProbe::Kind::LooksEncrypted:
        break;
    }
    return Status::ok();
}

Status Database::open(const QString &path, const QString &passphrase, Mode mode)
{
    close();
    m_notices.clear();
    m_lockHolder = WriterLock::Holder();
    const Status inspected = inspect(path);
    if (!inspected)
        return inspected;
    const QString name = SqliteFile::displayName(path);
    if (passphrase.isEmpty())
        return Status::error(Status::Code::WrongPassphrase, tr("Enter the passphrase of this register."));

    if (mode == Mode::ReadWrite) {
        const Status locked = takeWriterLock(path);
        if (!locked)
            return locked;
#ifdef Q_OS_UNIX
        // Registers made by older versions could be readable by everyone (0644): owner-only from
        // now on, and their journals with them.
        struct stat info = {};
        const QByteArray native = QFile::encodeName(path);
        if (::stat(native.constData(), &info) == 0 && (info.st_mode & 077) != 0 && info.st_uid == ::geteuid())
            ::chmod(native.constData(), info.st_mode & 0700);
#endif
    } else if (SqliteFile::hasHotJournal(path)) {
        // Recovering an interrupted save is what any open for writing does; do it first, so that a
        // read-only look never calls a recoverable register damaged.
        const Status recovered = recoverInterruptedSave(path, passphrase);
        if (!recovered)
            return recovered;
    }
    Status status = openConnection(path, passphrase, mode, false);
    if (!status)
        return fail(status);
    if (mode == Mode::ReadWrite) {
        auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
        if (driver && driver->connection() && sqlite3_db_readonly(driver->connection(), "main") == 1)
            return fail(
                Status::error(Status::Code::ReadOnlyLocation,
                              tr("The file %1 is read-only, so the register can only be opened read-only.").arg(name)));
    }
    status = verifyRegister(mode);
    if (!status)
        return status;
    const QString location = WriterLock::sharedLocationWarning(path);
    if (!location.isEmpty())
        m_notices << location;
    return Status::ok();
}

Status Database::recoverInterruptedSave(const QString &path, const QString &passphrase)
{
    const QString name = SqliteFile::displayName(path);
    const Status interrupted = Status::error(
        Status::Code::Interrupted,
        tr("The register %1 was interrupted during a save. Open it normally (for writing) to finish the recovery; "
           "do not move, copy or replace the file without its %2 file.")
            .arg(name, QFileInfo(path).fileName() + QStringLiteral("-journal")));
    if (!takeWriterLock(path))
        return interrupted;
    Status status = openConnection(path, passphrase, Mode::ReadWrite, false);
    if (status) {
        // The first read of a connection that may write rolls the hot journal back.
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
            status = SqliteFile::isNotADatabase(probe.lastError())
                         ? Status::error(Status::Code::WrongPassphrase,
                                         tr("The passphrase is not correct for this register."))
                         : interrupted;
    }
    Store::close();
    m_lock.release();
    m_path.clear();
    if (!status)
        return status.code() == Status::Code::WrongPassphrase ? status : interrupted;
    if (SqliteFile::hasHotJournal(path))
        return interrupted;
    m_notices << tr("A save was interrupted when the register was last used (the program was stopped during it). "
                    "It has been rolled back: the register is as it was after the last completed save.");
    return Status::ok();
}

Status Database::verifyRegister(Mode mode)
{
    const QString name = SqliteFile::displayName(m_path);
    const Status damaged =
        Status::error(Status::Code::Damaged,
                      tr("The register %1 is damaged and cannot be opened. Restore it from a backup.").arg(name));

    // SQLCipher accepts any key; the first read tells whether it was the right one.
    {
        QSqlQuery probe(m_db);
        probe.setForwardOnly(true);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
            if (SqliteFile::isNotADatabase(probe.lastError()))
                return fail(Status::error(Status::Code::WrongPassphrase,
                                          tr("The passphrase is not correct for this register, or the start of the "
                                             "file is damaged. If you are sure of the passphrase, open a backup.")));
            if (SqliteFile::isReadonlyRollback(probe.lastError()))
                return fail(Status::error(
                    Status::Code::Interrupted,
                    tr("The register %1 was interrupted during a save. Open it normally (for writing) to finish the "
                       "recovery; do not move, copy or replace the file without its %2 file.")
                        .arg(name, QFileInfo(m_path).fileName() + QStringLiteral("-journal"))));
            return fail(Status::error(damaged.code(), damaged.message(), probe.lastError().text()));
        }
    }

    Status status = CipherProfile::readBack(m_db, &m_profile, &m_cipherVersion);
    if (!status)
        return fail(status);
    const CipherProfile pinned = CipherProfile::pinned();
    if (m_profile.pageSize != pinned.pageSize || m_profile.kdfIterations != pinned.kdfIterations)
        return fail(
            Status::error(Status::Code::CipherUnavailable,
                          tr("The encryption settings did not take effect (page size %1, %2 iterations).")
                              .arg(QString::number(m_profile.pageSize), QString::number(m_profile.kdfIterations))));

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
        return fail(Status::error(
            Status::Code::NewerVersion,
            tr("%1 was written by a newer version of Custodian (schema %2; this version reads up to %3). Install the "
               "newer version to open it; the file has not been changed.")
                .arg(name, QString::number(version), QString::number(migrator.latestVersion()))));

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
    m_schemaVersion = version;
    status = readRegisterInfo();
    if (!status)
        return fail(status);

    if (version < migrator.latestVersion() && mode == Mode::ReadWrite) {
        status = upgrade(version);
        if (!status)
            return fail(status);
    }
    m_schemaVersion = Migrator::currentVersion(m_db, &status);

    // Enforced per connection: referential integrity, overwriting deleted content, no temp files, and
    // delete triggers also for rows that INSERT OR REPLACE removes (else it overwrites the audit log),
    // and a page cache of up to 64 MB instead of 2 MB: SQLCipher decrypts a page each time it is read
    // into the cache, and reading 100,000 request cases read the same pages again and again.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA recursive_triggers = ON", "PRAGMA cache_size = -65536"}) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(Status::error(Status::Code::DatabaseError, tr("The register could not be prepared for use."),
                                      query.lastError().text()));
    }
    if (mode == Mode::ReadWrite && m_schemaVersion >= 5) {
        status = HistoryChain::sealLegacyEntries(m_db, HistoryChain::registerTables());
        if (!status)
            return fail(status);
    }
    if (!m_created)
        checkRememberedHead();
    return Status::ok();
}

Status Database::upgrade(int fromVersion)
{
    const Migrator migrator;
    // Keep the file as it was before upgrading it: an upgrade is the one write the user did not
    // ask for. The copy is made while the register's write lock keeps every other writer out,
    // owner-only and never over an existing file.
    QString backup = QStringLiteral("%1.schema-%2.bak").arg(m_path, QString::number(fromVersion));
    for (int attempt = 2; QFileInfo::exists(backup) && attempt < 100; ++attempt)
        backup =
            QStringLiteral("%1.schema-%2-%3.bak").arg(m_path, QString::number(fromVersion), QString::number(attempt));
    const Status copyFailed =
        Status::error(Status::Code::IoError,
                      tr("Before upgrading the register, Custodian could not save a copy as %1; the register has "
                         "not been changed.")
                          .arg(SqliteFile::displayName(backup)));
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    if (!driver || !driver->connection())
        return Status::error(Status::Code::CipherUnavailable, tr("The encrypted storage driver is not available."));
    sqlite3 *handle = driver->connection();
    QString detail;
    if (!SqliteFile::exec(handle, "BEGIN IMMEDIATE", &detail))
        return Status::error(copyFailed.code(), copyFailed.message(), detail);
    CreatedFile copy;
    bool copied = copy.create(backup, &detail) == CreatedFile::Result::Created;
    if (copied) {
        QFile from(m_path);
        QFile to(backup);
        copied = from.open(QIODevice::ReadOnly) && to.open(QIODevice::WriteOnly | QIODevice::Truncate);
        while (copied && !from.atEnd()) {
            const QByteArray block = from.read(1 << 20);
            copied = !block.isEmpty() && to.write(block) == block.size();
        }
        copied = copied && to.flush();
#ifdef Q_OS_UNIX
        copied = copied && ::fsync(to.handle()) == 0;
#endif
    }
    SqliteFile::exec(handle, "ROLLBACK", nullptr);
    if (!copied) {
        copy.removeIfOurs();
        return Status::error(copyFailed.code(), copyFailed.message(), detail);
    }
    Status status = migrator.migrate(m_db);
    if (!status)
        return status; // the copy stays: it is the register as it was
    int version = 0;
    QString readError;
    const bool verified = sqliteDialect().schemaVersion(m_db, &version, &readError) &&
                          version == migrator.latestVersion() &&
                          HistoryChain::sealLegacyEntries(m_db, HistoryChain::registerTables(), fromVersion < 5) &&
                          [&] {
                              QSqlQuery check(m_db);
                              return check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                                     check.value(0).toString() == QLatin1String("ok");
                          }() &&
                          HistoryChain::verify(m_db).ok;
    // A verified upgrade needs no copy: the copy would only keep the old passphrase in force.
    if (verified && copy.removeIfOurs()) {
        m_notices << tr("The register was upgraded from schema %1 to schema %2.")
                         .arg(QString::number(fromVersion), QString::number(version));
        return Status::ok();
    }
    m_migrationBackup = backup;
    m_notices << tr("The register was upgraded from schema %1; the previous version was kept as %2. That copy "
                    "still opens with the passphrase it had: delete it when you no longer need it.")
                     .arg(QString::number(fromVersion), SqliteFile::displayName(backup));
    return Status::ok();
}

Status Database::readRegisterInfo()
{
    if (m_schemaVersion < 1)
        return Status::ok();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'")))
        return Status::error(Status::Code::Damaged, tr("The register's identity could not be read."),
                             query.lastError().text());
    if (query.next())
        m_registerId = query.value(0).toString();
    if (m_registerId.isEmpty() && !m_created)
        return Status::error(Status::Code::Incomplete,
                             tr("%1 was never completely created (the program was stopped while creating it). It holds "
                                "no register: delete it and create the register again.")
                                 .arg(SqliteFile::displayName(m_path)));
    return Status::ok();
}

HistoryHead Database::historyHead()
{
    HistoryHead head;
    if (isOpen() && m_schemaVersion >= 5 && !HistoryChain::readHead(m_db, &head))
        return HistoryHead();
    return head;
}

HistoryHead Database::rememberedHead(const QString &registerId)
{
    if (registerId.isEmpty())
        return HistoryHead();
    return HistoryHead::fromText(rememberedHeads()->value(registerId).toString());
}

void Database::acceptHead(const QString &registerId, const HistoryHead &head)
{
    if (!registerId.isEmpty())
        rememberedHeads()->setValue(registerId, head.text());
}

void Database::checkRememberedHead()
{
    if (m_schemaVersion < 5 || m_registerId.isEmpty())
        return;
    const HistoryHead seen = rememberedHead(m_registerId);
    if (seen.count == 0)
        return;
    const HistoryHead now = historyHead();
    const QString rolledBack =
        tr("This register is older than the one last opened on this computer: its history has %1 entries, but %2 "
           "were seen here. If you restored a backup on purpose, this is expected; otherwise the file was replaced "
           "by an older copy, and changes made since then are missing.");
    if (now.count < seen.count) {
        m_notices << rolledBack.arg(QString::number(now.count), QString::number(seen.count));
        m_historyDiverged = true;
        return;
    }
    if (continues(m_db, seen))
        return;
    m_notices << tr("The history of this register differs from the one last opened on this computer (from entry %1 "
                    "on): the file was replaced by another copy, or its history was altered.")
                     .arg(QString::number(seen.count));
    m_historyDiverged = true;
}

void Database::rememberHead()
{
    if (m_historyDiverged || m_registerId.isEmpty())
        return;
    const HistoryHead head = historyHead();
    if (head.count == 0)
        return;
    // Never backwards: only a named restore accepts an older head (acceptHead).
    const HistoryHead seen = rememberedHead(m_registerId);
    if (head.count < seen.count)
        return;
    // Only forwards along the same history: a restore (another copy of this register, with a
    // history of its own since) accepted while this one was open stays the one remembered.
    if (seen.count > 0 && !continues(m_db, seen))
        return;
    acceptHead(m_registerId, head);
}

Store::IntegrityReport Database::checkIntegrity()
{
    IntegrityReport report;
    if (!isOpen()) {
        report.problems << tr("No register is open.");
        return report;
    }
    // A badly damaged file can list thousands of problems: the first ones and a count are enough.
    constexpr int shown = 20;
    int more = 0;
    auto add = [&](const QString &problem) {
        if (report.problems.size() < shown)
            report.problems << problem;
        else
            ++more;
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        add(query.lastError().text());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                add(line);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        add(query.lastError().text());
    } else {
        while (query.next())
            add(tr("Broken reference in table %1, row %2, to table %3.")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    const CipherProfile pinned = CipherProfile::pinned();
    if (m_profile.pageSize != pinned.pageSize || m_profile.kdfIterations != pinned.kdfIterations)
        add(tr("The cipher profile in use is not %1.").arg(pinned.name));
    if (m_schemaVersion >= 5) {
        const HistoryChain::Report chain = HistoryChain::verify(m_db);
        if (!chain.ok)
            add(chain.detail.isEmpty() ? chain.problem : QStringLiteral("%1 (%2)").arg(chain.problem, chain.detail));
        QStringList rows;
        const Status compared = HistoryChain::rowsAgainstHistory(m_db, HistoryChain::registerTables(), &rows);
        if (!compared)
            add(compared.message());
        for (const QString &row : std::as_const(rows))
            add(row);
    } else {
        add(tr("The history has no chain yet (schema %1): open the register for writing once to add it.")
                .arg(QString::number(m_schemaVersion)));
    }
    if (m_historyDiverged)
        add(tr("The history is not the one last seen on this computer (see the notice above)."));
    if (more > 0)
        report.problems << tr("… and %n more problem(s).", nullptr, more);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace Custodian::Storage
