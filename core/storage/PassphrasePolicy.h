#pragma once

#include <QCoreApplication>
#include <QString>

namespace Custodian::Storage {

// What a register passphrase must be, and a hint on how strong it is.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::PassphrasePolicy)
public:
    static constexpr int minimumLength = 10;

    enum class Strength
    {
        TooShort,
        Weak,
        Fair,
        Good,
        Strong
    };

    struct Assessment
    {
        Strength strength = Strength::TooShort;
        double estimatedBits = 0.0;
        QString hint; // one translated sentence for the person typing it
    };

    static bool isAcceptable(const QString &passphrase);
    static Assessment assess(const QString &passphrase);
    static QString tooShortMessage();
};

} // namespace Custodian::Storage
