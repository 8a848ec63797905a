#include "SecurityMeasure.h"

#include "domain/Codes.h"

namespace Custodian::Domain {

Findings SecurityMeasure::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (title.trimmed().isEmpty())
        findings.append({QStringLiteral("title"), Severity::Error,
                         tr("Enter a title for the measure, such as \"Encryption of the application database\".")});
    if (!Codes::isValid(Codes::Kind::MeasureKind, kind))
        findings.append({QStringLiteral("kind"), Severity::Error,
                         tr("Choose whether the measure is technical or organisational.")});
    return findings;
}

QJsonObject SecurityMeasure::toJson() const
{
    auto moment = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("retired"), retired},
        {QStringLiteral("createdAt"), moment(createdAt)},
        {QStringLiteral("updatedAt"), moment(updatedAt)},
    };
}

} // namespace Custodian::Domain
