#include "ControlReference.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"

namespace Custodian::Domain {

Findings ControlReference::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (framework.trimmed().isEmpty())
        findings.append({QStringLiteral("framework"), Severity::Error,
                         tr("Enter the framework the control belongs to (such as NOREA PCF).")});
    if (code.trimmed().isEmpty())
        findings.append(
            {QStringLiteral("code"), Severity::Error, tr("Enter the control's code as the framework numbers it.")});
    for (const QString &kind : reportKinds) {
        if (!Codes::isValid(Codes::Kind::ReportKind, kind))
            findings.append(
                {QStringLiteral("reportKinds"), Severity::Error, tr("\"%1\" is not a kind of report.").arg(kind)});
    }
    return findings;
}

const EntitySpec<ControlReference> &ControlReference::spec()
{
    using F = Field<ControlReference>;
    using CS = Child<ControlReference>;
    using T = FieldType;
    using C = ControlReference;
    using Severity = Finding::Severity;
    // One field a line.
    // clang-format off
    static const EntitySpec<ControlReference> spec = {
        EntityKind::ControlReference,
        {
            F("framework", "framework", T::Text, &C::framework, QT_TRANSLATE_NOOP("Custodian::Fields", "Framework")),
            F("code", "code", T::Text, &C::code, QT_TRANSLATE_NOOP("Custodian::Fields", "Code")),
            F("title", "title", T::Text, &C::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title"))
                .expect(Severity::Info, QT_TRANSLATE_NOOP("Custodian::Completeness", "Give the control a title, so that a reader of the list knows what it asks without the framework at hand.")),
            F("notes", "notes", T::LongText, &C::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
            F("retired", "retired", T::Bool, &C::retired, QT_TRANSLATE_NOOP("Custodian::Fields", "Retired")),
        },
        {
            CS::values("reportKinds", "control_reference_kind", "control_id", "kind", &C::reportKinds, QT_TRANSLATE_NOOP("Custodian::Fields", "Reports that are evidence for it")).withCodes(Codes::Kind::ReportKind)
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Choose the reports that are evidence for the control: until then no report names it.")),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject ControlReference::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
