#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "Status.h"

namespace Custodian::Storage {

// Where "remember on this computer" keeps a register's passphrase: one entry per register id.
// Every operation is asynchronous and always calls back exactly once, on the caller's thread.
// There is no plaintext fallback: a store that cannot keep a secret safely says so.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Status &status, const QString &secret)>;
    using DoneCallback = std::function<void(const Status &status)>;

    explicit KeyStore(QObject *parent = nullptr) : QObject(parent) {}
    ~KeyStore() override;

    // status code NotFound when nothing is stored for the register; KeychainUnavailable when there
    // is no keychain; Timeout when the keychain did not answer in time.
    virtual void readPassphrase(const QString &registerId, ReadCallback done) = 0;
    virtual void writePassphrase(const QString &registerId, const QString &passphrase, DoneCallback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void removePassphrase(const QString &registerId, DoneCallback done) = 0;

    // Whether there is a keychain at all, asked cheaply and at once (nothing is read or written),
    // so that "remember" is offered only where it can work. A store that cannot tell says true;
    // the operations above still report KeychainUnavailable when it turns out otherwise.
    virtual bool isAvailable() const { return true; }

    static QString serviceName() { return QStringLiteral("Custodian"); }
};

} // namespace Custodian::Storage
