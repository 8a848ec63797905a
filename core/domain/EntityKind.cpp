#include "EntityKind.h"

namespace Custodian::Domain {

namespace {

// One kind a line.
// clang-format off
const QList<EntityKindInfo> registry = {
    {EntityKind::Organisation, "organisation", "organisation", QT_TRANSLATE_NOOP("Custodian::Entities", "Organisation"), QT_TRANSLATE_NOOP("Custodian::Entities", "Organisation"), QT_TRANSLATE_NOOP("Custodian::Entities", "the organisation %1"), RetireStyle::None, "name", "name"},
    {EntityKind::Party, "party", "party", QT_TRANSLATE_NOOP("Custodian::Entities", "Party"), QT_TRANSLATE_NOOP("Custodian::Entities", "Parties"), QT_TRANSLATE_NOOP("Custodian::Entities", "the party %1"), RetireStyle::Flag, "name", "name"},
    {EntityKind::SecurityMeasure, "security_measure", "security_measure", QT_TRANSLATE_NOOP("Custodian::Entities", "Security measure"), QT_TRANSLATE_NOOP("Custodian::Entities", "Security measures"), QT_TRANSLATE_NOOP("Custodian::Entities", "the security measure %1"), RetireStyle::Flag, "title", "title"},
    {EntityKind::RetentionRule, "retention_rule", "retention_rule", QT_TRANSLATE_NOOP("Custodian::Entities", "Retention rule"), QT_TRANSLATE_NOOP("Custodian::Entities", "Retention rules"), QT_TRANSLATE_NOOP("Custodian::Entities", "the retention rule %1"), RetireStyle::Flag, "name", "name"},
    {EntityKind::ProcessingActivity, "activity", "activity", QT_TRANSLATE_NOOP("Custodian::Entities", "Processing activity"), QT_TRANSLATE_NOOP("Custodian::Entities", "Processing activities"), QT_TRANSLATE_NOOP("Custodian::Entities", "the processing activity %1"), RetireStyle::Status, "name", "name"},
    {EntityKind::ProcessorActivity, "processor_activity", "processor_activity", QT_TRANSLATE_NOOP("Custodian::Entities", "Processor activity"), QT_TRANSLATE_NOOP("Custodian::Entities", "Processor activities"), QT_TRANSLATE_NOOP("Custodian::Entities", "the processor activity %1"), RetireStyle::Status, "name", "name"},
    {EntityKind::Agreement, "agreement", "agreement", QT_TRANSLATE_NOOP("Custodian::Entities", "Agreement"), QT_TRANSLATE_NOOP("Custodian::Entities", "Agreements"), QT_TRANSLATE_NOOP("Custodian::Entities", "the agreement %1"), RetireStyle::None, "title", "title"},
    {EntityKind::LegalHold, "legal_hold", "legal_hold", QT_TRANSLATE_NOOP("Custodian::Entities", "Legal hold"), QT_TRANSLATE_NOOP("Custodian::Entities", "Legal holds"), QT_TRANSLATE_NOOP("Custodian::Entities", "the legal hold %1"), RetireStyle::None, "title", "title"},
    {EntityKind::RequestCase, "request", "request_case", QT_TRANSLATE_NOOP("Custodian::Entities", "Request"), QT_TRANSLATE_NOOP("Custodian::Entities", "Requests"), QT_TRANSLATE_NOOP("Custodian::Entities", "the request %1"), RetireStyle::None, "number", "number"},
    {EntityKind::Breach, "breach", "breach", QT_TRANSLATE_NOOP("Custodian::Entities", "Breach"), QT_TRANSLATE_NOOP("Custodian::Entities", "Breaches"), QT_TRANSLATE_NOOP("Custodian::Entities", "the breach %1"), RetireStyle::None, "number", "number"},
    {EntityKind::Cookie, "cookie", "cookie", QT_TRANSLATE_NOOP("Custodian::Entities", "Cookie or tracker"), QT_TRANSLATE_NOOP("Custodian::Entities", "Cookies and trackers"), QT_TRANSLATE_NOOP("Custodian::Entities", "the cookie %1"), RetireStyle::Flag, "name", "name"},
    {EntityKind::PrivacyStatement, "privacy_statement", "privacy_statement", QT_TRANSLATE_NOOP("Custodian::Entities", "Privacy statement"), QT_TRANSLATE_NOOP("Custodian::Entities", "Privacy statements"), QT_TRANSLATE_NOOP("Custodian::Entities", "the privacy statement %1"), RetireStyle::Flag, "title", "title"},
    {EntityKind::StatementVersion, "statement_version", "privacy_statement_version", QT_TRANSLATE_NOOP("Custodian::Entities", "Statement version"), QT_TRANSLATE_NOOP("Custodian::Entities", "Statement versions"), QT_TRANSLATE_NOOP("Custodian::Entities", "the statement version %1"), RetireStyle::None, "title", "title"},
    {EntityKind::ActivityVersion, "activity_version", "activity_version", QT_TRANSLATE_NOOP("Custodian::Entities", "Activity version"), QT_TRANSLATE_NOOP("Custodian::Entities", "Activity versions"), QT_TRANSLATE_NOOP("Custodian::Entities", "the activity version %1"), RetireStyle::None, "name", "name"},
    {EntityKind::ControlReference, "control_reference", "control_reference", QT_TRANSLATE_NOOP("Custodian::Entities", "Control"), QT_TRANSLATE_NOOP("Custodian::Entities", "Controls"), QT_TRANSLATE_NOOP("Custodian::Entities", "the control %1"), RetireStyle::Flag, "code", "code"},
    {EntityKind::RegisterSettings, "register_settings", "register_setting", QT_TRANSLATE_NOOP("Custodian::Entities", "Register settings"), QT_TRANSLATE_NOOP("Custodian::Entities", "Register settings"), QT_TRANSLATE_NOOP("Custodian::Entities", "the register settings %1"), RetireStyle::None, "", ""},
};
// clang-format on

const EntityKindInfo noKind = {EntityKind::None, "", "", "", "", "%1", RetireStyle::None, "", ""};

} // namespace

const QList<EntityKindInfo> &EntityKinds::all()
{
    return registry;
}

const EntityKindInfo &EntityKinds::info(EntityKind kind)
{
    for (const EntityKindInfo &info : registry) {
        if (info.kind == kind)
            return info;
    }
    return noKind;
}

QString EntityKinds::code(EntityKind kind)
{
    return QLatin1String(info(kind).code);
}

std::optional<EntityKind> EntityKinds::fromCode(QStringView code)
{
    for (const EntityKindInfo &info : registry) {
        if (code == QLatin1String(info.code))
            return info.kind;
    }
    return std::nullopt;
}

QString EntityKinds::singular(EntityKind kind)
{
    return tr(info(kind).singular);
}

QString EntityKinds::plural(EntityKind kind)
{
    return tr(info(kind).plural);
}

QString EntityKinds::referrer(EntityKind kind, const QString &name)
{
    return tr(info(kind).referrer).arg(QStringLiteral("\"%1\"").arg(name));
}

} // namespace Custodian::Domain
