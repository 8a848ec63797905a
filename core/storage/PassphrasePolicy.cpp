#include "PassphrasePolicy.h"

#include <algorithm>

namespace Custodian::Storage {

bool PassphrasePolicy::isAcceptable(const QString &passphrase)
{
    // Characters, not UTF-16 units: a character outside the BMP (an emoji) is a surrogate pair.
    const auto characters =
        std::count_if(passphrase.cbegin(), passphrase.cend(), [](const QChar c) { return !c.isLowSurrogate(); });
    return characters >= minimumLength;
}

QString PassphrasePolicy::tooShortMessage()
{
    return tr("The passphrase must be at least %n characters long.", nullptr, minimumLength);
}

} // namespace Custodian::Storage
