#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Custodian::Domain {

// Where a transfer leaves the EEA (Art. 44) and which countries have an adequacy decision (Art. 45),
// from resources/countries/transfers.json: data, because the Commission's list changes.
class TransferRules
{
public:
    struct Adequacy
    {
        QString country;  // "CH"
        QString decision; // "2000/518/EC"
        QDate adopted;
        QString mechanism; // the code to record instead of "adequacy" ("dpf" for the United States), or ""
        QString scope;     // a limit of the decision, in the language asked for; "" for none
    };

    // A member state of the EU, or Iceland, Liechtenstein or Norway: sending data there is no transfer.
    static bool isEea(const QString &countryCode);
    // The adequacy decision for a country, with its scope in `language` ("nl", "en"); nothing when the
    // Commission has adopted none.
    static std::optional<Adequacy> adequacyFor(const QString &countryCode, const QString &language);
    // The appropriate safeguards of Art. 46 (a Codes::Kind::TransferMechanism code), for which a
    // transfer impact assessment is expected (EDPB Recommendations 01/2020).
    static bool isArticle46(const QString &mechanism);
    // The instruments of Art. 46(3), which need the competent supervisory authority's authorisation.
    static bool needsAuthorisation(const QString &mechanism);
};

} // namespace Custodian::Domain
