// Changing the passphrase (Database::changePassphrase): the register is copied under the new
// passphrase with sqlcipher_export, the copy is proved by opening it, and it replaces the file in
// one atomic rename under the writer lock (the review's D1).
#include "Database.h"

#include "CreatedFile.h"
#include "PassphrasePolicy.h"
#include "Secret.h"
#include "SqlCipherDriver.h"
#include "SqliteFile.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <filesystem>

namespace Custodian::Storage {

Status Database::rekeyInto(const QString &copyPath, const QString &newPassphrase, HistoryHead *head)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    if (!driver || !driver->connection())
        return Status::error(Status::Code::CipherUnavailable, tr("The encrypted storage driver is not available."));
    sqlite3 *handle = driver->connection();
    const Status failed = Status::error(Status::Code::DatabaseError, tr("The passphrase could not be changed."));
    auto failWith = [&](const QString &detail) { return Status::error(failed.code(), failed.message(), detail); };

    QByteArray key = newPassphrase.toUtf8();
    const QByteArray file = copyPath.toUtf8();
    sqlite3_stmt *attach = nullptr;
    int rc = sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS rekeyed KEY ?2", -1, &attach, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(attach, 1, file.constData(), int(file.size()), SQLITE_STATIC);
        sqlite3_bind_blob(attach, 2, key.constData(), int(key.size()), SQLITE_STATIC);
        rc = sqlite3_step(attach);
    }
    sqlite3_finalize(attach);
    wipe(key);
    if (rc != SQLITE_DONE)
        return failWith(QString::fromUtf8(sqlite3_errmsg(handle)));

    const CipherProfile pinned = CipherProfile::pinned();
    QString detail;
    const QByteArray profile = QStringLiteral("PRAGMA rekeyed.cipher_page_size = %1; PRAGMA rekeyed.kdf_iter = %2;")
                                   .arg(QString::number(pinned.pageSize), QString::number(pinned.kdfIterations))
                                   .toLatin1();
    const QByteArray identity = QStringLiteral("PRAGMA rekeyed.user_version = %1; PRAGMA rekeyed.application_id = %2;")
                                    .arg(QString::number(m_schemaVersion), QString::number(applicationId))
                                    .toLatin1();
    // Each step names itself in the detail when it fails.
    auto step = [&](const char *sql) {
        if (SqliteFile::exec(handle, sql, &detail))
            return true;
        detail = QStringLiteral("%1: %2").arg(QString::fromLatin1(sql).left(40), detail);
        return false;
    };
    // A read transaction on the register (other readers may go on; a writer would have to wait),
    // a write transaction on the copy.
    bool ok = step(profile.constData()) && step("BEGIN");
    if (ok) {
        // sqlcipher_export copies tables, rows, indexes and triggers, but not user_version and
        // application_id (TOOLCHAIN-NOTES): they are set on the copy in the same transaction.
        ok = step("SELECT sqlcipher_export('rekeyed')") && step(identity.constData());
        if (ok && m_schemaVersion >= 5)
            ok = HistoryChain::readHead(m_db, head).isOk();
        ok = ok && step("COMMIT");
        if (!ok)
            SqliteFile::exec(handle, "ROLLBACK", nullptr);
    }
    if (!step("DETACH DATABASE rekeyed"))
        ok = false;
    return ok ? Status::ok() : failWith(detail);
}

Status Database::checkPassphrase(const QString &passphrase) const
{
    if (!isOpen() || m_path.isEmpty())
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    const Status wrong =
        Status::error(Status::Code::WrongPassphrase, tr("The current passphrase is not correct. Nothing was changed."));
    if (passphrase.isEmpty())
        return wrong;
    static QAtomicInt counter;
    const QString connection = QStringLiteral("custodian-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(driverName), connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_OPEN_READONLY"));
        // QSqlDatabase::open(user, password) hands the password to the driver and does not keep it.
        if (!db.open(QString(), passphrase)) {
            status = Status::error(Status::Code::IoError,
                                   tr("The file %1 cannot be opened.").arg(SqliteFile::displayName(m_path)),
                                   db.lastError().text());
        } else {
            status = CipherProfile::pinned().apply(db);
            if (status) {
                // SQLCipher accepts any key; the first read tells whether it was the right one.
                QSqlQuery probe(db);
                probe.setForwardOnly(true);
                if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
                    status = SqliteFile::isNotADatabase(probe.lastError())
                                 ? wrong
                                 : Status::error(Status::Code::DatabaseError,
                                                 tr("The current passphrase could not be checked."),
                                                 probe.lastError().text());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
}

Status Database::changePassphrase(const QString &newPassphrase, const std::function<void(RekeyStage)> &progress)
{
    if (!isOpen())
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    if (!PassphrasePolicy::isAcceptable(newPassphrase))
        return Status::error(Status::Code::PassphraseTooWeak, PassphrasePolicy::tooShortMessage());
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    if (!driver || !driver->connection())
        return Status::error(Status::Code::CipherUnavailable, tr("The encrypted storage driver is not available."));
    sqlite3 *handle = driver->connection();
    if (m_readOnly || driver->isReadOnly() || sqlite3_db_readonly(handle, "main") == 1 || !m_lock.isHeld())
        return Status::error(Status::Code::ReadOnlyLocation,
                             tr("The register is open read-only: its passphrase can only be changed where it can be "
                                "written."));
    const QString name = SqliteFile::displayName(m_path);
    const QString notChanged = tr("The passphrase of %1 has not been changed.").arg(name);
    auto report = [&](RekeyStage stage) {
        if (progress)
            progress(stage);
    };

    // 1. A complete copy under the new passphrase, beside the register (the same file system, so
    //    that the final rename is atomic), owner-only and never over an existing file.
    report(RekeyStage::Copying);
    const QString copyPath =
        QStringLiteral("%1.rekey-%2.tmp").arg(m_path, QString::number(QRandomGenerator::system()->generate(), 16));
    CreatedFile copy;
    QString detail;
    if (copy.create(copyPath, &detail) != CreatedFile::Result::Created)
        return Status::error(Status::Code::IoError,
                             notChanged + QLatin1Char(' ') + tr("No new file can be written in the register's folder."),
                             detail);
    struct ProgressContext
    {
        const std::function<void(RekeyStage)> *progress;
    } context{&progress};
    if (progress)
        sqlite3_progress_handler(
            handle, 20000,
            [](void *data) {
                (*static_cast<ProgressContext *>(data)->progress)(RekeyStage::Copying);
                return 0;
            },
            &context);
    HistoryHead head;
    bool ok = false;
    const qint64 versionBefore = SqliteFile::pragmaInt(handle, "PRAGMA main.data_version", &ok);
    Status status = rekeyInto(copyPath, newPassphrase, &head);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!status) {
        copy.removeIfOurs();
        return Status::error(status.code(), notChanged, status.detail());
    }

    // 2. Proof: the copy opens with the new passphrase, passes its checks, is this register and
    //    holds the same history.
    report(RekeyStage::Proving);
    {
        Database proof;
        Status proved = proof.open(copyPath, newPassphrase, Mode::ReadOnly);
        if (proved && (proof.registerId() != m_registerId || proof.schemaVersion() != m_schemaVersion ||
                       proof.historyHead() != head || (m_schemaVersion >= 5 && !HistoryChain::verify(proof.m_db).ok)))
            proved = Status::error(Status::Code::Damaged, notChanged, QStringLiteral("the copy differs"));
        proof.m_registerId.clear(); // the proof's close must not record a head for this register
        proof.close();
        if (!proved) {
            copy.removeIfOurs();
            return Status::error(Status::Code::DatabaseError, notChanged, proved.detail());
        }
    }

    // 3. The copy replaces the register in one rename, while the write lock keeps other
    //    connections out; a save by another program since the copy (data_version) cancels it.
    report(RekeyStage::Replacing);
    if (!SqliteFile::exec(handle, "BEGIN IMMEDIATE", &detail)) {
        copy.removeIfOurs();
        return Status::error(Status::Code::InUse,
                             notChanged + QLatin1Char(' ') + tr("Another program is using the register."), detail);
    }
    bool same = false;
    const qint64 versionNow = SqliteFile::pragmaInt(handle, "PRAGMA main.data_version", &same);
    if (!ok || !same || versionNow != versionBefore) {
        SqliteFile::exec(handle, "ROLLBACK", nullptr);
        copy.removeIfOurs();
        return Status::error(Status::Code::Conflict,
                             notChanged + QLatin1Char(' ') +
                                 tr("Another program saved the register meanwhile; try again."));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(copyPath).toStdString(), QFile::encodeName(m_path).toStdString(), error);
    SqliteFile::exec(handle, "ROLLBACK", nullptr);
    if (error) {
        copy.removeIfOurs();
        return Status::error(Status::Code::IoError, notChanged, QString::fromStdString(error.message()));
    }
    SqliteFile::syncFolder(m_path);

    // 4. The connection still reads the replaced file: open the register again, under the new
    //    passphrase, keeping the writer lock.
    const QString path = m_path;
    status = openConnection(path, newPassphrase, Mode::ReadWrite, false);
    if (status)
        status = verifyRegister(Mode::ReadWrite);
    if (!status)
        return Status::error(status.code(),
                             tr("The passphrase of %1 has been changed, but the register could not be opened again: "
                                "open it with the new passphrase.")
                                 .arg(name),
                             status.detail());
    return Status::ok();
}

} // namespace Custodian::Storage
