#include "Party.h"

#include "domain/Codes.h"
#include "domain/Organisation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Custodian::Domain {

namespace {

QJsonValue moment(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

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

QJsonObject Party::toJson() const
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("country"), country},
        {QStringLiteral("contactName"), contactName},
        {QStringLiteral("contactEmail"), contactEmail},
        {QStringLiteral("contactPhone"), contactPhone},
        {QStringLiteral("dpoName"), dpoName},
        {QStringLiteral("dpoContact"), dpoContact},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("retired"), retired},
        {QStringLiteral("createdAt"), moment(createdAt)},
        {QStringLiteral("updatedAt"), moment(updatedAt)},
    };
}

} // namespace Custodian::Domain
