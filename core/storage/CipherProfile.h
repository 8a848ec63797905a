#pragma once

#include <QSqlDatabase>
#include <QString>

#include "Status.h"

namespace Custodian::Storage {

// The one pinned set of SQLCipher settings every register uses. SQLCipher 3.4 does not store
// page size or KDF iterations in the file, so they are applied after keying on every open, and
// read back to prove they took effect (unknown pragmas are ignored silently).
//
// Profile "custodian-1": AES-256-CBC, page size 4096, PBKDF2-HMAC-SHA1 with 256,000 iterations,
// HMAC-SHA1 page authentication. SQLCipher 3.4 uses SHA1 for both by default; SQLCipher 4.x
// defaults to SHA512 and must be told SHA1 (the two algorithm pragmas, ignored by 3.4).
struct CipherProfile
{
    QString name;
    int pageSize = 0;
    int kdfIterations = 0;
    QString hmacAlgorithm;
    QString kdfAlgorithm;

    static CipherProfile pinned();
    bool operator==(const CipherProfile &other) const = default;

    // Applies the profile to a freshly keyed connection, before its first read.
    Status apply(QSqlDatabase &db) const;
    // Reads what the connection actually uses: cipher version, page size, KDF iterations.
    static Status readBack(QSqlDatabase &db, CipherProfile *profile, QString *cipherVersion);
};

} // namespace Custodian::Storage
