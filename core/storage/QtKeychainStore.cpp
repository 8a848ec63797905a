#include "QtKeychainStore.h"

#include "Secret.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#ifdef CUSTODIAN_KEYCHAIN_DBUS_PROBE
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

#include <algorithm>
#include <memory>

namespace Custodian::Storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::KeyStore)
};

Status statusOf(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return Status::ok();
    case QKeychain::EntryNotFound:
        return Status::error(Status::Code::NotFound, Tr::tr("No passphrase is remembered for this register."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::error(Status::Code::KeychainUnavailable,
                             Tr::tr("The keychain refused access, so the passphrase cannot be remembered."),
                             job->errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        // On Linux a missing session bus or secret service arrives as OtherError.
        break;
    }
    return Status::error(Status::Code::KeychainUnavailable,
                         Tr::tr("No keychain is available on this computer, so the passphrase cannot be remembered."),
                         job->errorString());
}

Status timedOut()
{
    return Status::error(Status::Code::Timeout,
                         Tr::tr("The keychain did not answer in time, so the passphrase cannot be remembered."));
}

// Runs a job and calls finish exactly once: with the job's outcome, or with a timeout.
void runJob(QObject *owner, QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *)> finish,
            std::function<void()> onTimeout)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, owner, [answered, timer, onTimeout = std::move(onTimeout)] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        onTimeout();
    });
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [answered, timer = QPointer<QTimer>(timer), finish = std::move(finish)](QKeychain::Job *finished) {
                         if (timer) {
                             timer->stop();
                             timer->deleteLater();
                         }
                         if (*answered)
                             return;
                         *answered = true;
                         finish(finished);
                     });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

QtKeychainStore::QtKeychainStore(QObject *parent) : KeyStore(parent) {}

QtKeychainStore::~QtKeychainStore() = default;

bool QtKeychainStore::isAvailable() const
{
    return m_probe ? m_probe() : systemHasKeychain();
}

bool QtKeychainStore::systemHasKeychain()
{
#ifdef CUSTODIAN_KEYCHAIN_DBUS_PROBE
    // What QtKeychain uses on Linux: the Secret Service API, or KWallet. A few calls on the
    // session bus, answered in a millisecond; without a session bus there is no keychain.
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface *names = bus.isConnected() ? bus.interface() : nullptr;
    if (!names)
        return false;
    const QStringList services = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                                  QStringLiteral("org.kde.kwalletd5")};
    for (const QString &service : services) {
        if (names->isServiceRegistered(service).value())
            return true;
    }
    const QStringList startable = names->activatableServiceNames().value();
    return std::any_of(services.cbegin(), services.cend(),
                       [&startable](const QString &service) { return startable.contains(service); });
#else
    return true;
#endif
}

QString QtKeychainStore::entryKey(const QString &registerId)
{
    return QStringLiteral("register-") + registerId;
}

void QtKeychainStore::readPassphrase(const QString &registerId, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryKey(registerId));
    auto callback = std::make_shared<ReadCallback>(std::move(done));
    runJob(
        this, job, m_timeoutMs,
        [callback](QKeychain::Job *finished) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            const Status status = statusOf(read);
            QString secret = status ? read->textData() : QString();
            (*callback)(status, secret);
            wipe(secret);
        },
        [callback] { (*callback)(timedOut(), QString()); });
}

void QtKeychainStore::writePassphrase(const QString &registerId, const QString &passphrase, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryKey(registerId));
    job->setTextData(passphrase);
    auto callback = std::make_shared<DoneCallback>(std::move(done));
    runJob(
        this, job, m_timeoutMs, [callback](QKeychain::Job *finished) { (*callback)(statusOf(finished)); },
        [callback] { (*callback)(timedOut()); });
}

void QtKeychainStore::removePassphrase(const QString &registerId, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entryKey(registerId));
    auto callback = std::make_shared<DoneCallback>(std::move(done));
    runJob(
        this, job, m_timeoutMs,
        [callback](QKeychain::Job *finished) {
            const Status status = statusOf(finished);
            (*callback)(status.code() == Status::Code::NotFound ? Status::ok() : status);
        },
        [callback] { (*callback)(timedOut()); });
}

} // namespace Custodian::Storage
