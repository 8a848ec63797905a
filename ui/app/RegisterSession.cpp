#include "app/RegisterSession.h"

#include "app/AutoLock.h"
#include "app/BackupSettings.h"
#include "app/RecentFiles.h"

#include "domain/Organisation.h"
#include "register/DemoRegister.h"
#include "register/OrganisationService.h"
#include "register/RegisterUpkeep.h"
#include "register/Services.h"
#include "storage/KeyStore.h"
#include "storage/Secret.h"
#include "storage/WriterLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace Custodian::Ui {

RegisterSession::RegisterSession(Storage::KeyStore *keyStore, Prompts prompts, QObject *parent)
    : QObject(parent), m_keyStore(keyStore), m_prompts(std::move(prompts)), m_autoLock(new AutoLock(this))
{}

RegisterSession::~RegisterSession() = default;

bool RegisterSession::isOpen() const
{
    return m_database && m_database->isOpen();
}

bool RegisterSession::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

QString RegisterSession::path() const
{
    if (m_locked)
        return m_lockedPath;
    return m_database ? m_database->path() : QString();
}

QString RegisterSession::besideRegister(const QString &pattern, const QString &suffix) const
{
    const QFileInfo current(path());
    return current.absoluteDir().filePath(
        pattern.arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)) + suffix);
}

bool RegisterSession::isCurrentRegister(const QString &path) const
{
    if (!m_database || m_database->path().isEmpty())
        return false;
    const QFileInfo current(m_database->path());
    const QFileInfo other(path);
    return current.canonicalFilePath() == other.canonicalFilePath() && !current.canonicalFilePath().isEmpty();
}

bool RegisterSession::keychainAvailable() const
{
    return m_keyStore && m_keyStore->isAvailable();
}

bool RegisterSession::remembersPassphrase(const QString &path)
{
    return RecentFiles::find(path).remembered;
}

void RegisterSession::updateAutoLock()
{
    m_autoLock->setActive(isOpen());
}

void RegisterSession::replace(std::unique_ptr<Storage::Database> database, bool demo, const QString &passphrase)
{
    if (m_database) {
        emit aboutToClose();
        takeBackupGeneration();
        m_database.reset();
    }
    m_locked = false;
    m_database = std::move(database);
    m_demo = demo;
    Storage::wipe(m_passphrase);
    m_passphrase = passphrase;
    m_headAtOpen = m_database->historyHead().text();
    emit opened();
    updateAutoLock();
}

Status RegisterSession::create(const QString &path, const QString &organisationName, const QString &passphrase,
                               bool remember)
{
    if (const Status released = m_prompts.release(); !released)
        return released;
    auto database = std::make_unique<Storage::Database>();
    Status status = database->create(path, passphrase);
    if (!status)
        return status;
    Register::OrganisationService organisations(*database);
    Domain::Organisation organisation;
    organisation.name = organisationName;
    status = organisations.save(organisation);
    // A new register starts with the Dutch retention periods (GDPR-REFERENCE §6).
    if (status)
        status = Register::RetentionRuleService(*database).seedCatalogue();
    if (!status) {
        database->discardNewRegister(); // a register that could not be filled is not left behind
        return status;
    }
    replace(std::move(database), false, passphrase);
    this->remember(m_database->registerId(), passphrase, remember);
    RecentFiles::add({m_database->path(), m_database->registerId(), remember});
    emit notices(m_database->notices());
    return Status::ok();
}

Status RegisterSession::open(const QString &path, const QString &passphrase, bool remember)
{
    if (isCurrentRegister(path) && isOpen())
        return Status::ok(); // already open here: nothing to unlock
    if (const Status released = m_prompts.release(); !released)
        return released;
    auto database = std::make_unique<Storage::Database>();
    Status status = database->open(path, passphrase);
    if (status.code() == Status::Code::InUse || status.code() == Status::Code::ReadOnlyLocation) {
        // Someone else is writing (or nothing can be written here): reading is still possible.
        if (!m_prompts.openReadOnly(status))
            return status;
        status = database->open(path, passphrase, Storage::Database::Mode::ReadOnly);
    }
    if (!status)
        return status; // the register open until now stays open
    QStringList told = database->notices();
    if (!database->isReadOnly()) {
        if (const Status kept = Register::RegisterUpkeep::run(*database, &told); !kept)
            told << kept.message();
    }
    replace(std::move(database), false, passphrase);
    this->remember(m_database->registerId(), passphrase, remember);
    RecentFiles::add({m_database->path(), m_database->registerId(), remember});
    emit notices(told);
    return Status::ok();
}

void RegisterSession::openInteractive(const QString &path)
{
    if (isCurrentRegister(path) && isOpen())
        return; // already open in this window
    // A file that cannot be a register is refused before anyone is asked its passphrase (M14).
    const Status inspected = Storage::Database::inspect(path);
    if (!inspected) {
        emit openRefused(inspected);
        return;
    }
    const RecentFiles::Entry recent = RecentFiles::find(path);
    if (!m_keyStore || !recent.remembered || recent.registerId.isEmpty()) {
        m_prompts.askPassphrase(path, QString());
        return;
    }
    QPointer<RegisterSession> self(this);
    m_keyStore->readPassphrase(recent.registerId, [self, path](const Status &status, const QString &secret) {
        if (!self)
            return;
        if (status) {
            const Status opened = self->open(path, secret, true);
            if (opened)
                return;
            self->m_prompts.askPassphrase(path, opened.code() == Status::Code::WrongPassphrase
                                                    ? tr("The remembered passphrase no longer opens this register.")
                                                    : opened.message());
            return;
        }
        self->m_prompts.askPassphrase(path, status.message());
    });
}

Status RegisterSession::openDemo()
{
    if (const Status released = m_prompts.release(); !released)
        return released;
    // A fresh copy each time, in the application's own data folder: the demo is for exploring.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    // Never the demo another window has open: its lock says so, and the next name is taken.
    QString path;
    for (int copy = 1; copy <= 20 && path.isEmpty(); ++copy) {
        const QString candidate = QDir(folder).filePath(copy == 1 ? QStringLiteral("demo.custodian")
                                                                  : QStringLiteral("demo-%1.custodian").arg(copy));
        Storage::WriterLock lock;
        Storage::WriterLock::Holder holder;
        if (lock.acquire(candidate, &holder) != Storage::WriterLock::Result::Acquired)
            continue;
        QFile::remove(candidate);
        path = candidate;
    }
    if (path.isEmpty())
        return Status::error(Status::Code::InUse, tr("Every copy of the demo register is open in another window."));
    auto database = std::make_unique<Storage::Database>();
    Status status = database->create(path, Register::DemoRegister::passphrase());
    if (status)
        status = Register::DemoRegister::write(*database);
    if (!status) {
        database->discardNewRegister();
        return status;
    }
    replace(std::move(database), true, Register::DemoRegister::passphrase());
    return Status::ok();
}

void RegisterSession::remember(const QString &registerId, const QString &passphrase, bool remember)
{
    if (!m_keyStore || registerId.isEmpty())
        return;
    if (!remember) {
        m_keyStore->removePassphrase(registerId, [](const Status &) {});
        return;
    }
    QPointer<RegisterSession> self(this);
    m_keyStore->writePassphrase(registerId, passphrase, [self, registerId](const Status &status) {
        if (status || !self)
            return;
        // Remembering failed: the register stays open; the person is told why it will ask again.
        RecentFiles::add({self->path(), registerId, false});
        emit self->passphraseNotRemembered(status);
    });
}

void RegisterSession::forgetRecent(const QString &path)
{
    const RecentFiles::Entry entry = RecentFiles::find(path);
    if (m_keyStore && entry.remembered && !entry.registerId.isEmpty())
        m_keyStore->removePassphrase(entry.registerId, [](const Status &) {});
    RecentFiles::remove(path);
    emit recentRegistersChanged();
}

void RegisterSession::takeBackupGeneration()
{
    // A closed or locked register (m_passphrase wiped), the demo, or one only read: nothing to keep.
    if (!m_database || !m_database->isOpen() || m_demo || m_database->isReadOnly() || m_passphrase.isEmpty())
        return;
    const BackupSettings settings = BackupSettings::load();
    if (!settings.enabled)
        return;
    const QString folder = settings.folderFor(m_database->path());
    // Nothing changed since it was opened, and a generation exists: another would only push an
    // older one out.
    if (m_database->historyHead().text() == m_headAtOpen &&
        !Exchange::Backups::generations(folder, m_database->path(), m_database->registerId()).isEmpty())
        return;
    Exchange::Backups::Generation made;
    const Status status = Exchange::Backups::takeGeneration(*m_database, m_passphrase, folder, settings.keep,
                                                            QDateTime::currentDateTime(), &made);
    if (status) {
        m_headAtOpen = m_database->historyHead().text(); // kept: no second one for the same state
        emit backupTaken(made.path);
    } else
        emit backupFailed(status);
}

Status RegisterSession::saveCopy(const QString &path, Storage::HistoryHead *head)
{
    if (!isOpen())
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    return m_database->saveCopy(path, m_passphrase, head);
}

Status RegisterSession::inspectBackup(const QString &path, Exchange::Backups::Summary *summary,
                                      const QString &passphrase) const
{
    return Exchange::Backups::inspect(path, passphrase.isEmpty() ? m_passphrase : passphrase, summary);
}

Status RegisterSession::restoreBackup(const QString &backup, const QString &path, Exchange::Backups::Summary *summary,
                                      const QString &passphrase) const
{
    return Exchange::Backups::restore(backup, passphrase.isEmpty() ? m_passphrase : passphrase, path, summary);
}

bool RegisterSession::close()
{
    // No register, or one open or locked (a failed passphrase change can leave it closed too).
    if (!m_database)
        return true;
    if (!m_prompts.release())
        return false;
    closeNow();
    return true;
}

void RegisterSession::closeNow()
{
    emit aboutToClose();
    takeBackupGeneration();
    m_database.reset();
    Storage::wipe(m_passphrase);
    m_locked = false;
    updateAutoLock();
    emit closed();
}

void RegisterSession::lock(const QString &reason)
{
    if (!isOpen() || m_locked)
        return;
    // Edits made before an automatic lock are kept too: quitting while locked takes no backup.
    takeBackupGeneration();
    m_historyHeadAtLock = m_database->historyHead().text();
    m_lockedPath = m_database->path();
    m_database->close();         // the file is closed and its writer lock released while locked
    Storage::wipe(m_passphrase); // asked again to unlock
    m_locked = true;
    updateAutoLock();
    emit locked(reason);
}

Status RegisterSession::unlock(const QString &passphrase)
{
    if (!m_locked || !m_database)
        return Status::error(Status::Code::InvalidInput, tr("The register is not locked."));
    const QString path = m_lockedPath;
    Status status = m_database->open(path, passphrase);
    QStringList notices;
    if (status.code() == Status::Code::InUse || status.code() == Status::Code::ReadOnlyLocation) {
        // Another program took the register for writing while it was locked: it can still be read.
        notices << status.message();
        status = m_database->open(path, passphrase, Storage::Database::Mode::ReadOnly);
    }
    if (!status)
        return status;
    m_locked = false;
    m_passphrase = passphrase;
    notices << m_database->notices();
    const bool changedElsewhere = m_database->historyHead().text() != m_historyHeadAtLock;
    emit unlocked(notices, changedElsewhere);
    updateAutoLock();
    return Status::ok();
}

Status RegisterSession::changePassphrase(const QString &passphrase,
                                         const std::function<void(Storage::Database::RekeyStage)> &progress)
{
    if (!m_database) // the storage's own words for it
        return Status::error(Status::Code::InvalidInput,
                             QCoreApplication::translate("Custodian::Storage::Database", "No register is open."));
    Status status;
    {
        // The rekey shows its stages and lets the window repaint: the idle clock must not lock it halfway.
        const AutoLock::Suspend operation(*m_autoLock);
        status = m_database->changePassphrase(passphrase, progress);
    }
    updateAutoLock();
    if (!status)
        return status;
    Storage::wipe(m_passphrase);
    m_passphrase = passphrase;
    // Only now that the new passphrase is proved in the file does the keychain learn it.
    if (RecentFiles::find(path()).remembered)
        remember(m_database->registerId(), passphrase, true);
    return Status::ok();
}

} // namespace Custodian::Ui
