#pragma once

#include "KeyStore.h"

#include <functional>

namespace Custodian::Storage {

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows. Service "Custodian", one entry per register id. QtKeychain jobs have been
// seen never to finish on some setups, so each has a timeout of our own.
class QtKeychainStore : public KeyStore
{
    Q_OBJECT
public:
    explicit QtKeychainStore(QObject *parent = nullptr);
    ~QtKeychainStore() override;

    void readPassphrase(const QString &registerId, ReadCallback done) override;
    void writePassphrase(const QString &registerId, const QString &passphrase, DoneCallback done) override;
    void removePassphrase(const QString &registerId, DoneCallback done) override;

    // On Linux: a Secret Service (GNOME Keyring, KeePassXC, …) or KWallet on the session bus,
    // running or startable; elsewhere the platform always has its keychain.
    bool isAvailable() const override;
    // Replaces how isAvailable() asks; tests force either answer.
    using AvailabilityProbe = std::function<bool()>;
    void setAvailabilityProbe(AvailabilityProbe probe) { m_probe = std::move(probe); }
    static bool systemHasKeychain();

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    static QString entryKey(const QString &registerId);

private:
    int m_timeoutMs = 15000;
    AvailabilityProbe m_probe;
};

} // namespace Custodian::Storage
