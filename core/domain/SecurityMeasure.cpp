#include "SecurityMeasure.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"

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

const EntitySpec<SecurityMeasure> &SecurityMeasure::spec()
{
    using F = Field<SecurityMeasure>;
    using T = FieldType;
    // One field a line.
    // clang-format off
    static const EntitySpec<SecurityMeasure> spec = {
        EntityKind::SecurityMeasure,
        {
            F("title", "title", T::Text, &SecurityMeasure::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title")),
            F("description", "description", T::LongText, &SecurityMeasure::description, QT_TRANSLATE_NOOP("Custodian::Fields", "Description")),
            F("kind", "kind", T::Code, &SecurityMeasure::kind, QT_TRANSLATE_NOOP("Custodian::Fields", "Kind")).withCodes(Codes::Kind::MeasureKind),
            F("publicSummary", "public_summary", T::LongText, &SecurityMeasure::publicSummary, QT_TRANSLATE_NOOP("Custodian::Fields", "Summary for the privacy statement")),
            F("retired", "retired", T::Bool, &SecurityMeasure::retired, QT_TRANSLATE_NOOP("Custodian::Fields", "Retired")),
        },
        {},
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject SecurityMeasure::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
