#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "Status.h"

namespace Custodian::Storage {

// The keys that seal a data subject's personal data in the history (DECISIONS.md, "Personal data
// in the history"). An item that holds such data (a request case) has its own random 256-bit key
// in history_keys; its audit entries store those fields only sealed with it (AES-256-GCM), never
// in plain text. Erasing the key makes them unreadable for good, without rewriting an entry: the
// chain is computed over the entries as stored, so it still verifies.
class HistoryKeys
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::HistoryKeys)
public:
    static constexpr int KeySize = 32;

    // Inside the caller's transaction: the item's key in *key, created when it has none and create
    // is true; an empty *key when it has none (never had one, or it was erased).
    static Status keyFor(QSqlDatabase &db, const QString &entity, const QString &uuid, bool create, QByteArray *key);
    // Inside the caller's transaction: removes the item's key; *removed says whether it had one.
    static Status erase(QSqlDatabase &db, const QString &entity, const QString &uuid, bool *removed = nullptr);

    // "gcm1:" + the key's fingerprint + ":" + base64(12-byte nonce, ciphertext, 16-byte tag). The
    // context (which item, which field) is authenticated with it, so a sealed value moved to
    // another field or item does not open. False only when the cipher fails (it does not, short
    // of a broken OpenSSL).
    static bool seal(const QByteArray &key, const QByteArray &context, const QByteArray &plain, QString *sealed);
    // False when the text is not a sealed value, or the key or context is not the one it was
    // sealed with, or it was changed.
    static bool open(const QByteArray &key, const QByteArray &context, const QString &sealed, QByteArray *plain);
    static bool isSealed(const QString &text);
    // 16 hex digits naming a key without revealing it (the start of its SHA-256): an item whose
    // key was erased and that later got a new one tells erased values from damaged ones.
    static QString fingerprint(const QByteArray &key);
    // The fingerprint of the key a sealed value was sealed with; empty when it is not one.
    static QString sealedWith(const QString &sealed);
};

} // namespace Custodian::Storage
