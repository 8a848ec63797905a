#pragma once

#include <QByteArray>
#include <QString>

namespace Custodian::Storage {

// Overwrites a secret's bytes before the memory is released, so that a passphrase does not linger
// in freed heap pages. The volatile writes keep the compiler from dropping the loop.
inline void wipe(QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    secret.detach();
    volatile char *bytes = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        bytes[i] = 0;
    secret.clear();
}

inline void wipe(QString &secret)
{
    if (secret.isEmpty())
        return;
    secret.detach();
    volatile char16_t *chars = reinterpret_cast<char16_t *>(secret.data());
    for (qsizetype i = 0; i < secret.size(); ++i)
        chars[i] = 0;
    secret.clear();
}

} // namespace Custodian::Storage
