#include "MemoryKeyStore.h"

#include "Secret.h"

#include <QCoreApplication>
#include <QTimer>

namespace Custodian::Storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::KeyStore)
};
} // namespace

MemoryKeyStore::~MemoryKeyStore()
{
    for (QString &secret : m_secrets)
        wipe(secret);
}

Status MemoryKeyStore::unavailable() const
{
    return Status::error(Status::Code::KeychainUnavailable,
                         Tr::tr("No keychain is available on this computer, so the passphrase cannot be remembered."));
}

void MemoryKeyStore::readPassphrase(const QString &registerId, ReadCallback done)
{
    Status status;
    QString secret;
    if (!m_available)
        status = unavailable();
    else if (!m_secrets.contains(registerId))
        status = Status::error(Status::Code::NotFound, Tr::tr("No passphrase is remembered for this register."));
    else
        secret = m_secrets.value(registerId);
    QTimer::singleShot(0, this, [done = std::move(done), status, secret]() mutable {
        done(status, secret);
        wipe(secret);
    });
}

void MemoryKeyStore::writePassphrase(const QString &registerId, const QString &passphrase, DoneCallback done)
{
    const Status status = m_available ? Status::ok() : unavailable();
    if (m_available)
        m_secrets.insert(registerId, passphrase);
    QTimer::singleShot(0, this, [done = std::move(done), status] { done(status); });
}

void MemoryKeyStore::removePassphrase(const QString &registerId, DoneCallback done)
{
    const Status status = m_available ? Status::ok() : unavailable();
    if (m_available) {
        auto it = m_secrets.find(registerId);
        if (it != m_secrets.end()) {
            wipe(*it);
            m_secrets.erase(it);
        }
    }
    QTimer::singleShot(0, this, [done = std::move(done), status] { done(status); });
}

} // namespace Custodian::Storage
