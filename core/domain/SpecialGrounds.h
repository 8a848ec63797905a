#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Custodian::Domain {

// The Dutch law behind the exceptions of Art. 9(2) that apply only "on the basis of Union or
// Member State law": the UAVG's exceptions for special categories (arts. 22 to 30).
class SpecialGrounds
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::SpecialGrounds)
public:
    struct Ground
    {
        QString reference; // "UAVG art. 30": what is stored, the same in every language
        QString subject;   // "health", translated
    };

    // Whether the exception of Art. 9(2) needs a law (or for (b), a collective agreement) to rest
    // on: (b), (g), (h), (i) and (j).
    static bool needsLaw(const QString &art9Exception);
    // UAVG arts. 22 to 30, in the order of the act, their subjects in the UI language.
    static QList<Ground> dutchGrounds();
    // The UAVG article written for one special category ("UAVG art. 30" for health); empty where
    // the act has none of its own and the general articles apply.
    static QString dutchGroundFor(const QString &specialCategory);
};

} // namespace Custodian::Domain
