#include "Organisation.h"

#include "domain/FieldSpec.h"

#include <QRegularExpression>
#include <QUrl>

namespace Custodian::Domain {

bool isPlausibleEmail(const QString &email)
{
    // Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()./-]{6,20}$"));
    return pattern.match(phone).hasMatch();
}

const EntitySpec<Organisation> &Organisation::spec()
{
    using F = Field<Organisation>;
    using J = Field<JointController>;
    using T = FieldType;
    using O = Organisation;
    // One field a line.
    // clang-format off
    static const EntitySpec<O> spec = {
        EntityKind::Organisation,
        {
            F("name", "name", T::Text, &O::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            F("streetAddress", "street_address", T::Text, &O::streetAddress, QT_TRANSLATE_NOOP("Custodian::Fields", "Address")),
            F("postalCode", "postal_code", T::Text, &O::postalCode, QT_TRANSLATE_NOOP("Custodian::Fields", "Postal code")),
            F("city", "city", T::Text, &O::city, QT_TRANSLATE_NOOP("Custodian::Fields", "City")),
            F("country", "country", T::Text, &O::country, QT_TRANSLATE_NOOP("Custodian::Fields", "Country")),
            F("registrationNumber", "registration_number", T::Text, &O::registrationNumber, QT_TRANSLATE_NOOP("Custodian::Fields", "Registration number")),
            F("oin", "oin", T::Text, &O::oin, QT_TRANSLATE_NOOP("Custodian::Fields", "OIN (government organisation identifier)")),
            F("rsin", "rsin", T::Text, &O::rsin, QT_TRANSLATE_NOOP("Custodian::Fields", "RSIN")),
            F("contactName", "contact_name", T::Text, &O::contactName, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact person")),
            F("contactEmail", "contact_email", T::Text, &O::contactEmail, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact e-mail")),
            F("contactPhone", "contact_phone", T::Text, &O::contactPhone, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact telephone")),
            F("dpoName", "dpo_name", T::Text, &O::dpoName, QT_TRANSLATE_NOOP("Custodian::Fields", "Data protection officer")),
            F("dpoEmail", "dpo_email", T::Text, &O::dpoEmail, QT_TRANSLATE_NOOP("Custodian::Fields", "DPO e-mail")),
            F("dpoPhone", "dpo_phone", T::Text, &O::dpoPhone, QT_TRANSLATE_NOOP("Custodian::Fields", "DPO telephone")),
            F("dpoStatus", "dpo_status", T::Code, &O::dpoStatus, QT_TRANSLATE_NOOP("Custodian::Fields", "DPO appointment")).withCodes(Codes::Kind::DpoStatus),
            F("dpoReasoning", "dpo_reasoning", T::LongText, &O::dpoReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Reasoning")),
            F("dpoRegisteredOn", "dpo_registered_on", T::Date, &O::dpoRegisteredOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Reported to the supervisory authority on")),
            F("publicBody", "public_body", T::Bool, &O::publicBody, QT_TRANSLATE_NOOP("Custodian::Fields", "Public body (its decisions are open to objection)")),
            F("representativeName", "representative_name", T::Text, &O::representativeName, QT_TRANSLATE_NOOP("Custodian::Fields", "Representative in the EU")),
            F("representativeContact", "representative_contact", T::Text, &O::representativeContact, QT_TRANSLATE_NOOP("Custodian::Fields", "Representative's contact details")),
            F("tradeNames", "trade_names", T::Text, &O::tradeNames, QT_TRANSLATE_NOOP("Custodian::Fields", "Trade names")),
            F("website", "website", T::Text, &O::website, QT_TRANSLATE_NOOP("Custodian::Fields", "Website")),
            F("privacyEmail", "privacy_email", T::Text, &O::privacyEmail, QT_TRANSLATE_NOOP("Custodian::Fields", "E-mail for privacy questions")),
            F("privacyWebForm", "privacy_web_form", T::Text, &O::privacyWebForm, QT_TRANSLATE_NOOP("Custodian::Fields", "Web form for requests")),
            F("dpoPublishName", "dpo_publish_name", T::Bool, &O::dpoPublishName, QT_TRANSLATE_NOOP("Custodian::Fields", "Name the DPO in the privacy statement")),
            F("supervisoryAuthority", "supervisory_authority", T::Text, &O::supervisoryAuthority, QT_TRANSLATE_NOOP("Custodian::Fields", "Supervisory authority")),
            F("supervisoryAuthorityUrl", "supervisory_authority_url", T::Text, &O::supervisoryAuthorityUrl, QT_TRANSLATE_NOOP("Custodian::Fields", "Supervisory authority's website")),
            F("recipientNaming", "recipient_naming", T::Code, &O::recipientNaming, QT_TRANSLATE_NOOP("Custodian::Fields", "Recipients in the privacy statement")).withCodes(Codes::Kind::RecipientNaming),
            F("dataLanguage", "data_language", T::Code, &O::dataLanguage, QT_TRANSLATE_NOOP("Custodian::Fields", "Language of the register's texts")).withCodes(Codes::Kind::Language),
            F("activityUriBase", "activity_uri_base", T::Text, &O::activityUriBase, QT_TRANSLATE_NOOP("Custodian::Fields", "Base of the activity versions' URIs")),
        },
        {
            Child<O>::rows("jointControllers", "joint_controller", "organisation_id", &O::jointControllers,
                {
                    J("uuid", "uuid", T::Text, &JointController::uuid),
                    J("name", "name", T::Text, &JointController::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
                    J("contact", "contact", T::Text, &JointController::contact, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact")),
                    J("arrangement", "arrangement", T::LongText, &JointController::arrangement, QT_TRANSLATE_NOOP("Custodian::Fields", "Arrangement")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Joint controllers")).positioned(),
            Child<O>::rows("extraFields", "organisation_extra_field", "organisation_id", &O::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned(),
        },
        {},
        1, // CHECK (id = 1)
    };
    // clang-format on
    return spec;
}

QStringList Organisation::fieldNames()
{
    QStringList names;
    for (const Field<Organisation> &field : spec().fields)
        names << field.keyName();
    return names;
}

QString Organisation::fieldValue(const QString &field) const
{
    const Field<Organisation> *found = spec().field(QLatin1StringView(field.toLatin1()));
    return found ? found->value(*this).toString() : QString();
}

Organisation Organisation::normalised() const
{
    Organisation result = *this;
    spec().normalise(result);
    return result;
}

void validateOin(const QString &oin, Findings *findings)
{
    // The OIN is 20 digits (Logius; the GEMMA VAR schema's pattern [0-9]{20}).
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{20}$"));
    if (!oin.trimmed().isEmpty() && !pattern.match(oin.trimmed()).hasMatch())
        findings->append({QStringLiteral("oin"), Finding::Severity::Error,
                          Organisation::tr("An OIN has exactly 20 digits, such as 00000001001234567000.")});
}

bool isPlausibleUriBase(const QString &base)
{
    if (base.contains(QRegularExpression(QStringLiteral("\\s"))) || base.endsWith(QLatin1Char('/')))
        return false;
    if (base.startsWith(QLatin1String("urn:")))
        return base.size() > 4;
    return isPlausibleWebAddress(base);
}

bool isPlausibleWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           url.host().contains(QLatin1Char('.')) && !address.contains(QLatin1Char(' '));
}

QString Organisation::activityUriBaseOr(const QString &registerId) const
{
    const QString base = activityUriBase.trimmed();
    return base.isEmpty() ? QStringLiteral("urn:custodian:") + registerId : base;
}

Findings Organisation::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    const Organisation o = normalised();
    if (o.name.isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter the organisation's name: Art. 30(1)(a) requires it in the register.")});
    if (!o.contactEmail.isEmpty() && !isPlausibleEmail(o.contactEmail))
        findings.append({QStringLiteral("contactEmail"), Severity::Error,
                         tr("This is not an e-mail address. Use the form name@example.nl.")});
    if (!o.dpoEmail.isEmpty() && !isPlausibleEmail(o.dpoEmail))
        findings.append({QStringLiteral("dpoEmail"), Severity::Error,
                         tr("This is not an e-mail address. Use the form name@example.nl.")});
    if (!o.privacyEmail.isEmpty() && !isPlausibleEmail(o.privacyEmail))
        findings.append({QStringLiteral("privacyEmail"), Severity::Error,
                         tr("This is not an e-mail address. Use the form name@example.nl.")});
    // Addresses the privacy statement links to: a person must be able to follow them.
    for (const auto &[field, value] : {std::pair{"website", &o.website}, std::pair{"privacyWebForm", &o.privacyWebForm},
                                       std::pair{"supervisoryAuthorityUrl", &o.supervisoryAuthorityUrl}}) {
        if (!value->isEmpty() && !isPlausibleWebAddress(*value))
            findings.append({QString::fromLatin1(field), Severity::Error,
                             tr("This is not a web address. Use the form https://www.example.nl.")});
    }
    if (!Codes::isValid(Codes::Kind::RecipientNaming, o.recipientNaming))
        findings.append({QStringLiteral("recipientNaming"), Severity::Error,
                         tr("Say how the privacy statement names recipients: by name or by category.")});
    if (!o.dataLanguage.isEmpty() && !Codes::isValid(Codes::Kind::Language, o.dataLanguage))
        findings.append({QStringLiteral("dataLanguage"), Severity::Error,
                         tr("Choose the language of the register's texts: Dutch or English.")});
    if (!o.activityUriBase.isEmpty() && !isPlausibleUriBase(o.activityUriBase))
        findings.append(
            {QStringLiteral("activityUriBase"), Severity::Error,
             tr("The base of the URIs starts with urn:, https:// or http://, has no spaces and does not end "
                "with a slash, such as https://register.example.nl.")});
    if (!o.contactPhone.isEmpty() && !isPlausiblePhone(o.contactPhone))
        findings.append({QStringLiteral("contactPhone"), Severity::Error,
                         tr("This is not a telephone number. Use digits, spaces and an optional leading +.")});
    if (!o.dpoPhone.isEmpty() && !isPlausiblePhone(o.dpoPhone))
        findings.append({QStringLiteral("dpoPhone"), Severity::Error,
                         tr("This is not a telephone number. Use digits, spaces and an optional leading +.")});
    if (o.contactEmail.isEmpty() && o.contactPhone.isEmpty() && o.streetAddress.isEmpty())
        findings.append({QStringLiteral("contactEmail"), Severity::Warning,
                         tr("Add contact details (an address, e-mail or telephone): Art. 30(1)(a) asks for them.")});
    if (!o.dpoName.isEmpty() && o.dpoEmail.isEmpty() && o.dpoPhone.isEmpty())
        findings.append(
            {QStringLiteral("dpoEmail"), Severity::Warning, tr("Add how the data protection officer can be reached.")});
    if (o.country.compare(QLatin1String("NL"), Qt::CaseInsensitive) == 0 ||
        o.country.compare(QLatin1String("Nederland"), Qt::CaseInsensitive) == 0 ||
        o.country.compare(QLatin1String("Netherlands"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression kvk(QStringLiteral("^[0-9]{8}$"));
        if (!o.registrationNumber.isEmpty() && !kvk.match(o.registrationNumber).hasMatch())
            findings.append({QStringLiteral("registrationNumber"), Severity::Warning,
                             tr("A Dutch Chamber of Commerce (KvK) number has eight digits.")});
        static const QRegularExpression postcode(QStringLiteral("^[1-9][0-9]{3} ?[A-Za-z]{2}$"));
        if (!o.postalCode.isEmpty() && !postcode.match(o.postalCode).hasMatch())
            findings.append(
                {QStringLiteral("postalCode"), Severity::Warning, tr("A Dutch postal code looks like 1234 AB.")});
    }
    validateOin(o.oin, &findings);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!o.rsin.isEmpty() && !digits.match(o.rsin).hasMatch())
        findings.append({QStringLiteral("rsin"), Severity::Warning, tr("An RSIN is written in digits only.")});
    for (int i = 0; i < o.jointControllers.size(); ++i) {
        if (o.jointControllers.at(i).name.isEmpty())
            findings.append({QStringLiteral("jointControllers"), Severity::Error,
                             tr("The joint controller in row %1 has no name.").arg(i + 1)});
    }
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

} // namespace Custodian::Domain
