#include "PassphrasePolicy.h"

#include <QSet>

#include <algorithm>
#include <cmath>

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

PassphrasePolicy::Assessment PassphrasePolicy::assess(const QString &passphrase)
{
    Assessment result;
    // A rough estimate: the size of the character pool the passphrase draws from, times its length,
    // discounted for repeated characters. It steers people away from "aaaaaaaaaa" and "Welkom2026",
    // it does not pretend to be a cracking model.
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.unicode() < 128)
            symbol = true;
        else
            other = true;
    }
    int pool = 0;
    pool += lower ? 26 : 0;
    pool += upper ? 26 : 0;
    pool += digit ? 10 : 0;
    pool += symbol ? 33 : 0;
    pool += other ? 100 : 0;
    const double variety = passphrase.isEmpty() ? 0.0 : double(distinct.size()) / double(passphrase.size());
    const double effectiveLength = passphrase.size() * std::min(1.0, 0.3 + variety);
    result.estimatedBits = pool > 0 ? effectiveLength * std::log2(double(pool)) : 0.0;

    if (!isAcceptable(passphrase)) {
        result.strength = Strength::TooShort;
        result.hint = tooShortMessage();
    } else if (result.estimatedBits < 45) {
        result.strength = Strength::Weak;
        result.hint = tr("Weak: add more words or characters; a sentence of four or five words is easy to remember.");
    } else if (result.estimatedBits < 65) {
        result.strength = Strength::Fair;
        result.hint = tr("Fair: a few more words would make it much harder to guess.");
    } else if (result.estimatedBits < 90) {
        result.strength = Strength::Good;
        result.hint = tr("Good.");
    } else {
        result.strength = Strength::Strong;
        result.hint = tr("Strong.");
    }
    return result;
}

} // namespace Custodian::Storage
