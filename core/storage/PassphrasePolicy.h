#pragma once

#include <QCoreApplication>
#include <QString>

namespace Custodian::Storage {

// What a register passphrase must be. How strong it is, is Security::PassphraseStrength's estimate.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::PassphrasePolicy)
public:
    static constexpr int minimumLength = 10;

    static bool isAcceptable(const QString &passphrase);
    static QString tooShortMessage();
};

} // namespace Custodian::Storage
