#include "RetentionRule.h"

#include "DocumentLanguage.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"

namespace Custodian::Domain {

QString RetentionRule::periodText(const DocumentLanguage *language) const
{
    // Shadows the class's tr() so that lupdate still finds every text below: a document asks its
    // own language.
    const auto tr = [language](const char *source, const char *disambiguation = nullptr, int n = -1) {
        return language ? language->translate("Custodian::Domain::RetentionRule", source, disambiguation, n)
                        : RetentionRule::tr(source, disambiguation, n);
    };
    QString period;
    if (periodCount > 0) {
        if (periodUnit == QLatin1String("days"))
            period = tr("%n day(s)", nullptr, periodCount);
        else if (periodUnit == QLatin1String("weeks"))
            period = tr("%n week(s)", nullptr, periodCount);
        else if (periodUnit == QLatin1String("months"))
            period = tr("%n month(s)", nullptr, periodCount);
        else if (periodUnit == QLatin1String("years"))
            period = tr("%n year(s)", nullptr, periodCount);
        else
            period = QString::number(periodCount);
    }
    if (!period.isEmpty() && periodKind == QLatin1String("minimum"))
        //: a retention period that is a duty to keep: "at least 7 years"
        period = tr("at least %1").arg(period);
    else if (!period.isEmpty() && periodKind == QLatin1String("maximum"))
        //: a retention period that must not be exceeded: "at most 4 weeks"
        period = tr("at most %1").arg(period);
    const QString when = trigger.trimmed();
    if (period.isEmpty())
        return when.isEmpty() ? tr("No fixed period") : when;
    if (when.isEmpty())
        return period;
    //: %1 is the period ("7 years"), %2 the moment it runs from ("after the end of the financial year")
    return tr("%1 %2").arg(period, when);
}

Findings RetentionRule::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter a name for the retention rule, such as \"Fiscal records\".")});
    if (periodCount < 0)
        findings.append({QStringLiteral("periodCount"), Severity::Error,
                         tr("The period cannot be negative: enter a number of days, weeks, months or years, or 0 "
                            "for no fixed period.")});
    if (!periodUnit.isEmpty() && !Codes::isValid(Codes::Kind::PeriodUnit, periodUnit))
        findings.append({QStringLiteral("periodUnit"), Severity::Error,
                         tr("Choose days, weeks, months or years as the unit of the period.")});
    else if (periodCount > 0 && periodUnit.isEmpty())
        findings.append({QStringLiteral("periodUnit"), Severity::Error,
                         tr("Choose the unit of the period: days, weeks, months or years.")});
    else if (periodCount == 0 && !periodUnit.isEmpty())
        findings.append({QStringLiteral("periodCount"), Severity::Error,
                         tr("Enter the length of the period, or clear the unit when there is no fixed period.")});
    if (!periodKind.isEmpty() && !Codes::isValid(Codes::Kind::PeriodKind, periodKind))
        findings.append({QStringLiteral("periodKind"), Severity::Error,
                         tr("Choose whether the period is a minimum, a maximum or fixed.")});
    if (!Codes::isValid(Codes::Kind::RetentionBasis, basisType))
        findings.append({QStringLiteral("basisType"), Severity::Error,
                         tr("Choose what the period rests on: a statute, regulator guidance, own policy or a "
                            "contract.")});
    if (basisType == QLatin1String("statute") && legalSource.trimmed().isEmpty())
        findings.append({QStringLiteral("legalSource"), Severity::Warning,
                         tr("Name the statute and article the period comes from, such as \"AWR art. 52(4)\".")});
    if (!selectionListCategory.trimmed().isEmpty() && selectionList.trimmed().isEmpty())
        findings.append(
            {QStringLiteral("selectionList"), Severity::Warning,
             tr("Name the selection list the category \"%1\" belongs to.").arg(selectionListCategory.trimmed())});
    if (legalHold && legalHoldReason.trimmed().isEmpty())
        findings.append({QStringLiteral("legalHoldReason"), Severity::Warning,
                         tr("Say why deletion is on hold, such as the case or claim it is kept for.")});
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

const EntitySpec<RetentionRule> &RetentionRule::spec()
{
    using F = Field<RetentionRule>;
    using T = FieldType;
    using R = RetentionRule;
    // One field a line.
    // clang-format off
    static const EntitySpec<RetentionRule> spec = {
        EntityKind::RetentionRule,
        {
            F("seedKey", "seed_key", T::Text, &R::seedKey, QT_TRANSLATE_NOOP("Custodian::Fields", "Catalogue entry"), FieldFlag::NullWhenEmpty),
            F("name", "name", T::Text, &R::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            F("periodCount", "period_count", T::Int, &R::periodCount, QT_TRANSLATE_NOOP("Custodian::Fields", "Period"), FieldFlag::NullWhenEmpty),
            F("periodUnit", "period_unit", T::Code, &R::periodUnit, QT_TRANSLATE_NOOP("Custodian::Fields", "Unit")).withCodes(Codes::Kind::PeriodUnit),
            F("periodKind", "period_kind", T::Code, &R::periodKind, QT_TRANSLATE_NOOP("Custodian::Fields", "The period is")).withCodes(Codes::Kind::PeriodKind),
            F("trigger", "trigger_text", T::Text, &R::trigger, QT_TRANSLATE_NOOP("Custodian::Fields", "Counted from")),
            F("basisType", "basis_type", T::Code, &R::basisType, QT_TRANSLATE_NOOP("Custodian::Fields", "Basis")).withCodes(Codes::Kind::RetentionBasis),
            F("legalSource", "legal_source", T::Text, &R::legalSource, QT_TRANSLATE_NOOP("Custodian::Fields", "Legal source")),
            F("selectionList", "selection_list", T::Text, &R::selectionList, QT_TRANSLATE_NOOP("Custodian::Fields", "Selection list")),
            F("selectionListCategory", "selection_list_category", T::Text, &R::selectionListCategory, QT_TRANSLATE_NOOP("Custodian::Fields", "Selection list category")),
            F("destructionMethod", "destruction_method", T::Text, &R::destructionMethod, QT_TRANSLATE_NOOP("Custodian::Fields", "Destruction method")),
            F("lastTestedOn", "last_tested_on", T::Date, &R::lastTestedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Last tested on")),
            F("notes", "notes", T::LongText, &R::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
            F("legalHold", "legal_hold", T::Bool, &R::legalHold, QT_TRANSLATE_NOOP("Custodian::Fields", "Legal hold")),
            F("legalHoldReason", "legal_hold_reason", T::LongText, &R::legalHoldReason, QT_TRANSLATE_NOOP("Custodian::Fields", "Reason for the hold")),
            F("retired", "retired", T::Bool, &R::retired, QT_TRANSLATE_NOOP("Custodian::Fields", "Retired")),
        },
        {
            Child<R>::rows("extraFields", "retention_rule_extra_field", "retention_rule_id", &R::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject RetentionRule::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
