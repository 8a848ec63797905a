#include "LegalHold.h"

#include "domain/FieldSpec.h"

namespace Custodian::Domain {

bool LegalHold::isActive(QDate today) const
{
    if (startedOn.isValid() && startedOn > today)
        return false;
    return !releasedOn.isValid() || releasedOn > today;
}

QHash<QString, QStringList> LegalHold::activeByRule(const QList<LegalHold> &holds, QDate today)
{
    QHash<QString, QStringList> result;
    for (const LegalHold &hold : holds) {
        if (!hold.retentionRuleUuid.isEmpty() && hold.isActive(today))
            result[hold.retentionRuleUuid].append(hold.title);
    }
    return result;
}

QDate LegalHold::reviewDue() const
{
    const QDate last = reviewedOn.isValid() ? reviewedOn : startedOn;
    return last.isValid() ? last.addMonths(reviewMonths) : QDate();
}

Findings LegalHold::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (title.trimmed().isEmpty())
        findings.append({QStringLiteral("title"), Severity::Error,
                         tr("Enter a title for the hold, such as the dispute or inquiry it is for.")});
    if (retentionRuleUuid.isEmpty() && activityUuid.isEmpty())
        findings.append({QStringLiteral("retentionRuleUuid"), Severity::Error,
                         tr("Choose the retention rule whose deletion is suspended, the processing activity the "
                            "records belong to, or both.")});
    if (!startedOn.isValid())
        findings.append({QStringLiteral("startedOn"), Severity::Warning,
                         tr("Enter the day the hold started: its yearly review is counted from it.")});
    if (startedOn.isValid() && reviewedOn.isValid() && reviewedOn < startedOn)
        findings.append(
            {QStringLiteral("reviewedOn"), Severity::Error, tr("The last review cannot be before the hold started.")});
    if (startedOn.isValid() && releasedOn.isValid() && releasedOn < startedOn)
        findings.append(
            {QStringLiteral("releasedOn"), Severity::Error, tr("The hold cannot be released before it started.")});
    return findings;
}

const EntitySpec<LegalHold> &LegalHold::spec()
{
    using F = Field<LegalHold>;
    using T = FieldType;
    using H = LegalHold;
    // One field a line.
    // clang-format off
    static const EntitySpec<LegalHold> spec = {
        EntityKind::LegalHold,
        {
            F("title", "title", T::Text, &H::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title")),
            F("reference", "reference", T::Text, &H::reference, QT_TRANSLATE_NOOP("Custodian::Fields", "Case reference")),
            F("retentionRuleUuid", "retention_rule_id", T::Link, &H::retentionRuleUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Retention rule")).linkTo(EntityKind::RetentionRule),
            F("activityUuid", "activity_id", T::Link, &H::activityUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Processing activity")).linkTo(EntityKind::ProcessingActivity),
            F("scope", "scope", T::LongText, &H::scope, QT_TRANSLATE_NOOP("Custodian::Fields", "Data subjects and records covered")),
            F("reason", "reason", T::LongText, &H::reason, QT_TRANSLATE_NOOP("Custodian::Fields", "Reason for the hold")),
            F("startedOn", "started_on", T::Date, &H::startedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Started on")),
            F("reviewedOn", "reviewed_on", T::Date, &H::reviewedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Last reviewed on")),
            F("releasedOn", "released_on", T::Date, &H::releasedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Released on")),
            F("notes", "notes", T::LongText, &H::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
        },
        {},
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject LegalHold::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
