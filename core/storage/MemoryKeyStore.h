#pragma once

#include "KeyStore.h"

#include <QHash>

namespace Custodian::Storage {

// A KeyStore in process memory, for tests and for sessions that must not touch the OS keychain.
// Answers asynchronously, like the real one, so callers are tested against the same contract.
class MemoryKeyStore : public KeyStore
{
    Q_OBJECT
public:
    using KeyStore::KeyStore;
    ~MemoryKeyStore() override; // wipes the secrets

    void readPassphrase(const QString &registerId, ReadCallback done) override;
    void writePassphrase(const QString &registerId, const QString &passphrase, DoneCallback done) override;
    void removePassphrase(const QString &registerId, DoneCallback done) override;

    // Test hook: behave like a computer without a keychain.
    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const override { return m_available; }
    qsizetype count() const { return m_secrets.size(); }

private:
    Status unavailable() const;
    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace Custodian::Storage
