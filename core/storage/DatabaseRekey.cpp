// Copies of the register under a passphrase (sqlcipher_export, proved by opening the copy), and
// changing the passphrase (Database::changePassphrase): the register is copied under the new
// passphrase, and the proved copy replaces the file in one atomic rename under the writer lock
// (the review's D1).
#include "Database.h"

#include "CreatedFile.h"
#include "PassphrasePolicy.h"
#include "Secret.h"
#include "SqlCipherDriver.h"
#include "SqliteFile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <filesystem>

namespace Custodian::Storage {

Status Database::exportInto(void *connection, QSqlDatabase &db, const QString &copyPath, const QString &passphrase,
                            HistoryHead *head, const QString &failure)
{
    auto *handle = static_cast<sqlite3 *>(connection);
    auto failWith = [&](const QString &detail) { return Status::error(Status::Code::DatabaseError, failure, detail); };

    QByteArray key = passphrase.toUtf8();
    const QByteArray file = copyPath.toUtf8();
    sqlite3_stmt *attach = nullptr;
    int rc = sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS copied KEY ?2", -1, &attach, nullptr);
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
    const QByteArray profile = QStringLiteral("PRAGMA copied.cipher_page_size = %1; PRAGMA copied.kdf_iter = %2;")
                                   .arg(QString::number(pinned.pageSize), QString::number(pinned.kdfIterations))
                                   .toLatin1();
    const QByteArray identity = QStringLiteral("PRAGMA copied.user_version = %1; PRAGMA copied.application_id = %2;")
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
        ok = step("SELECT sqlcipher_export('copied')") && step(identity.constData());
        if (ok && m_schemaVersion >= 5) {
            const Status read = HistoryChain::readHead(db, head);
            if (!read) {
                detail = read.detail().isEmpty() ? read.message() : read.detail();
                ok = false;
            }
        }
        ok = ok && step("COMMIT");
        if (!ok)
            SqliteFile::exec(handle, "ROLLBACK", nullptr);
    }
    if (!step("DETACH DATABASE copied"))
        ok = false;
    return ok ? Status::ok() : failWith(detail);
}

Status Database::proveCopy(const QString &copyPath, const QString &passphrase, const HistoryHead &head,
                           const QString &failure) const
{
    Database proof;
    Status proved = proof.open(copyPath, passphrase, Mode::ReadOnly);
    if (proved && (proof.registerId() != m_registerId || proof.schemaVersion() != m_schemaVersion ||
                   proof.historyHead() != head || (m_schemaVersion >= 5 && !HistoryChain::verify(proof.m_db).ok)))
        proved = Status::error(Status::Code::Damaged, failure, QStringLiteral("the copy differs"));
    proof.m_registerId.clear(); // the proof's close must not record a head for this register
    proof.close();
    if (!proved)
        return Status::error(Status::Code::DatabaseError, failure, proved.detail());
    return Status::ok();
}

Status Database::saveCopy(const QString &path, const QString &passphrase, HistoryHead *head)
{
    if (!isOpen() || m_path.isEmpty())
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    const QString notSaved = tr("No copy of %1 was saved.").arg(SqliteFile::displayName(m_path));
    if (passphrase.isEmpty())
        return Status::error(Status::Code::PassphraseTooWeak, notSaved, QStringLiteral("no passphrase"));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::error(Status::Code::FileExists,
                             tr("A copy cannot be saved over the register itself. Choose another name."));
    // The copy opens with the register's own passphrase, whatever a caller passes.
    const Status checked = checkPassphrase(passphrase);
    if (!checked)
        return checked.code() == Status::Code::WrongPassphrase
                   ? Status::error(Status::Code::WrongPassphrase,
                                   tr("That is not the passphrase of %1. No copy was saved.")
                                       .arg(SqliteFile::displayName(m_path)))
                   : Status::error(checked.code(), notSaved, checked.detail());

    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        QDir().mkpath(folder);
    CreatedFile copy;
    if (const Status made = createExclusively(path, &copy); !made)
        return made;

    // The copy is written through a connection that may write: the register's own when it is
    // open for writing, else a second connection on the same file (an attached file is opened
    // with the main file's flags). Either only reads the register.
    HistoryHead copied;
    Status status;
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    if (!m_readOnly && driver && driver->connection() && !driver->isReadOnly()) {
        status = exportInto(driver->connection(), m_db, path, passphrase, &copied, notSaved);
    } else if (QFileInfo::exists(m_path + QStringLiteral("-journal"))) {
        // A save in progress elsewhere, or one cut off: a second connection would roll it back
        // without the recovery open() makes. Copied once it is over.
        status = Status::error(Status::Code::InUse,
                               notSaved + QLatin1Char(' ') + tr("Another program is saving the register; try again."));
    } else {
        static QAtomicInt counter;
        const QString name = QStringLiteral("custodian-copy-%1").arg(counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(driverName), name);
            db.setDatabaseName(m_path);
            if (!db.open(QString(), passphrase)) {
                status = Status::error(Status::Code::IoError, notSaved, db.lastError().text());
            } else {
                status = CipherProfile::pinned().apply(db);
                auto *second = qobject_cast<SqlCipherDriver *>(db.driver());
                if (status && (!second || !second->connection()))
                    status = Status::error(Status::Code::CipherUnavailable, notSaved);
                if (status)
                    status = exportInto(second->connection(), db, path, passphrase, &copied, notSaved);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (status)
        status = proveCopy(path, passphrase, copied, notSaved);
    if (!status) {
        copy.removeIfOurs();
        return status;
    }
    SqliteFile::syncFolder(path);
    if (head)
        *head = copied;
    return Status::ok();
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
    Status status =
        exportInto(handle, m_db, copyPath, newPassphrase, &head, tr("The passphrase could not be changed."));
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!status) {
        copy.removeIfOurs();
        return Status::error(status.code(), notChanged, status.detail());
    }

    // 2. Proof: the copy opens with the new passphrase, passes its checks, is this register and
    //    holds the same history.
    report(RekeyStage::Proving);
    status = proveCopy(copyPath, newPassphrase, head, notChanged);
    if (!status) {
        copy.removeIfOurs();
        return status;
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
