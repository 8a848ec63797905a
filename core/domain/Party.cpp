#include "Party.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"
#include "domain/Organisation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Custodian::Domain {

Findings Party::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter the party's name: the register cannot refer to a party without one.")});
    static const QRegularExpression alpha2(QStringLiteral("^[A-Za-z]{2}$"));
    const QString trimmedCountry = country.trimmed();
    if (!trimmedCountry.isEmpty() && !alpha2.match(trimmedCountry).hasMatch())
        findings.append({QStringLiteral("country"), Severity::Error,
                         tr("Enter the country as its two-letter ISO code, such as NL, IE or US.")});
    const QString email = contactEmail.trimmed();
    if (!email.isEmpty() && !isPlausibleEmail(email))
        findings.append({QStringLiteral("contactEmail"), Severity::Error,
                         tr("This is not an e-mail address. Use the form name@example.nl.")});
    const QString phone = contactPhone.trimmed();
    if (!phone.isEmpty() && !isPlausiblePhone(phone))
        findings.append({QStringLiteral("contactPhone"), Severity::Error,
                         tr("This is not a telephone number. Use digits, spaces and an optional leading +.")});
    validateOin(oin, &findings);
    static const QRegularExpression kvk(QStringLiteral("^[0-9]{8}$"));
    const QString registration = registrationNumber.trimmed();
    if (trimmedCountry.compare(QLatin1String("NL"), Qt::CaseInsensitive) == 0 && !registration.isEmpty() &&
        !kvk.match(registration).hasMatch())
        findings.append({QStringLiteral("registrationNumber"), Severity::Warning,
                         tr("A Dutch Chamber of Commerce (KvK) number has eight digits.")});
    QSet<QString> seen;
    for (const QString &role : roles) {
        if (!Codes::isValid(Codes::Kind::PartyRole, role))
            findings.append({QStringLiteral("roles"), Severity::Error,
                             tr("\"%1\" is not a role a party can have: choose controller, joint controller, "
                                "processor, sub-processor or recipient.")
                                 .arg(role)});
        else if (seen.contains(role))
            findings.append(
                {QStringLiteral("roles"), Severity::Error,
                 tr("The role \"%1\" is given twice: keep it once.").arg(Codes::label(Codes::Kind::PartyRole, role))});
        seen.insert(role);
    }
    return findings;
}

const EntitySpec<Party> &Party::spec()
{
    using F = Field<Party>;
    using T = FieldType;
    // One field a line.
    // clang-format off
    static const EntitySpec<Party> spec = {
        EntityKind::Party,
        {
            F("name", "name", T::Text, &Party::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            F("country", "country", T::Text, &Party::country, QT_TRANSLATE_NOOP("Custodian::Fields", "Country"), FieldFlag::Upper),
            F("contactName", "contact_name", T::Text, &Party::contactName, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact person")),
            F("contactEmail", "contact_email", T::Text, &Party::contactEmail, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact e-mail")),
            F("contactPhone", "contact_phone", T::Text, &Party::contactPhone, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact telephone")),
            F("dpoName", "dpo_name", T::Text, &Party::dpoName, QT_TRANSLATE_NOOP("Custodian::Fields", "Data protection officer")),
            F("dpoContact", "dpo_contact", T::Text, &Party::dpoContact, QT_TRANSLATE_NOOP("Custodian::Fields", "DPO contact details")),
            F("registrationNumber", "registration_number", T::Text, &Party::registrationNumber, QT_TRANSLATE_NOOP("Custodian::Fields", "Registration number")),
            F("oin", "oin", T::Text, &Party::oin, QT_TRANSLATE_NOOP("Custodian::Fields", "OIN (government organisation identifier)")),
            F("ownBody", "own_body", T::Bool, &Party::ownBody, QT_TRANSLATE_NOOP("Custodian::Fields", "Administrative body of this organisation")),
            F("representative", "representative", T::Text, &Party::representative, QT_TRANSLATE_NOOP("Custodian::Fields", "Representative in the EU"))
                .withPlaceholder(QT_TRANSLATE_NOOP("Custodian::Fields", "Name and contact details (Art. 27)")),
            F("publicDescription", "public_description", T::LongText, &Party::publicDescription, QT_TRANSLATE_NOOP("Custodian::Fields", "Description in the privacy statement")),
            F("notes", "notes", T::LongText, &Party::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
            F("retired", "retired", T::Bool, &Party::retired, QT_TRANSLATE_NOOP("Custodian::Fields", "Retired")),
        },
        {
            Child<Party>::values("roles", "party_role", "party_id", "role", &Party::roles, QT_TRANSLATE_NOOP("Custodian::Fields", "Roles")).withCodes(Codes::Kind::PartyRole),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject Party::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
