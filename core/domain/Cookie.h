#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian {
class DocumentLanguage;
}
namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// A cookie or a similar technique a website or app places or reads on a visitor's device: local
// storage, a tracking pixel, a third party's script. Telecommunicatiewet art. 11.7a (ePrivacy Art.
// 5(3)) asks consent before anything is placed or read that is not strictly necessary for the
// service asked for, or (in the Netherlands) analytics with little impact on privacy; the GDPR asks
// the privacy statement to say what is done with the data it collects (DOMAIN-REVIEW Part H).
struct Cookie : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::Cookie)
public:
    QString name;                                   // "_ga", "session", "Bezoekerslens script"
    QString technique = QStringLiteral("cookie");   // Codes::Kind::TrackerKind
    QString partyUuid;                              // the provider; empty: our own (first party)
    QString domain;                                 // the domain it is set for: ".example.nl"
    QString purpose;                                // what it is for, in the public's words
    QString category = QStringLiteral("necessary"); // Codes::Kind::CookieCategory
    bool sessionOnly = false;                       // gone when the browser closes
    int lifetimeCount = 0;                          // how long it stays otherwise
    QString lifetimeUnit;                           // Codes::Kind::PeriodUnit
    QString country;                                // where the provider receives the data, outside the EEA (ISO code)
    QString activityUuid;                           // the processing activity it serves (basis, consent, retention)
    bool retired = false;

    bool operator==(const Cookie &other) const = default;
    static const EntitySpec<Cookie> &spec();

    // Whether the category needs the visitor's consent before it is placed (Tw art. 11.7a):
    // everything but what is strictly necessary and analytics with little impact on privacy.
    static bool categoryNeedsConsent(const QString &category);
    bool needsConsent() const { return categoryNeedsConsent(category); }
    // "Until the browser closes", "13 months": in the UI's language, or in a document's.
    QString lifetimeText(const DocumentLanguage *language = nullptr) const;

    // Errors: no name; unknown kind, category or unit; a count without a unit, or a lifetime for a
    // session cookie; a country that is not two letters.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
