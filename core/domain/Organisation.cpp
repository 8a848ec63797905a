#include "Organisation.h"

#include <QRegularExpression>

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

QStringList Organisation::fieldNames()
{
    return {QStringLiteral("name"),
            QStringLiteral("streetAddress"),
            QStringLiteral("postalCode"),
            QStringLiteral("city"),
            QStringLiteral("country"),
            QStringLiteral("registrationNumber"),
            QStringLiteral("contactName"),
            QStringLiteral("contactEmail"),
            QStringLiteral("contactPhone"),
            QStringLiteral("dpoName"),
            QStringLiteral("dpoEmail"),
            QStringLiteral("dpoPhone"),
            QStringLiteral("representativeName"),
            QStringLiteral("representativeContact")};
}

QString Organisation::fieldValue(const QString &field) const
{
    const QList<QPair<QString, const QString *>> fields = {
        {QStringLiteral("name"), &name},
        {QStringLiteral("streetAddress"), &streetAddress},
        {QStringLiteral("postalCode"), &postalCode},
        {QStringLiteral("city"), &city},
        {QStringLiteral("country"), &country},
        {QStringLiteral("registrationNumber"), &registrationNumber},
        {QStringLiteral("contactName"), &contactName},
        {QStringLiteral("contactEmail"), &contactEmail},
        {QStringLiteral("contactPhone"), &contactPhone},
        {QStringLiteral("dpoName"), &dpoName},
        {QStringLiteral("dpoEmail"), &dpoEmail},
        {QStringLiteral("dpoPhone"), &dpoPhone},
        {QStringLiteral("representativeName"), &representativeName},
        {QStringLiteral("representativeContact"), &representativeContact},
    };
    for (const auto &[key, value] : fields) {
        if (key == field)
            return *value;
    }
    return QString();
}

Organisation Organisation::normalised() const
{
    Organisation result = *this;
    for (QString *value :
         {&result.name, &result.streetAddress, &result.postalCode, &result.city, &result.country,
          &result.registrationNumber, &result.contactName, &result.contactEmail, &result.contactPhone, &result.dpoName,
          &result.dpoEmail, &result.dpoPhone, &result.representativeName, &result.representativeContact})
        *value = value->trimmed();
    for (JointController &joint : result.jointControllers) {
        joint.name = joint.name.trimmed();
        joint.contact = joint.contact.trimmed();
        joint.arrangement = joint.arrangement.trimmed();
    }
    return result;
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
    for (int i = 0; i < o.jointControllers.size(); ++i) {
        if (o.jointControllers.at(i).name.isEmpty())
            findings.append({QStringLiteral("jointControllers"), Severity::Error,
                             tr("The joint controller in row %1 has no name.").arg(i + 1)});
    }
    return findings;
}

} // namespace Custodian::Domain
