#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Custodian::Domain {

// The kinds of item the register keeps. Their stable codes are what the history and the CLI store
// and print; the registry below is the only place that spells them.
enum class EntityKind
{
    None,
    Organisation,
    Party,
    SecurityMeasure,
    RetentionRule,
    ProcessingActivity,
    ProcessorActivity,
    Agreement,
    LegalHold,
    RequestCase,
    Breach,
    RegisterSettings,
    Cookie,
    PrivacyStatement,
    StatementVersion,
    ActivityVersion,
    ControlReference,
};

// How an item is taken out of use without deleting it.
enum class RetireStyle
{
    None,   // cannot be retired (deleted, or kept for good)
    Status, // status becomes "retired"
    Flag,   // a retired flag, which can be cleared again
};

struct EntityKindInfo
{
    EntityKind kind;
    const char *code;       // "processor_activity": the history's entity code
    const char *table;      // main table
    const char *singular;   // translated label, context "Custodian::Entities"
    const char *plural;     // translated label
    const char *referrer;   // "the processing activity %1": names an item that refers to another
    RetireStyle retire;     //
    const char *displayKey; // the field that names an item ("name", "title")
    const char *displayColumn;
};

class EntityKinds
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Entities)
public:
    static const QList<EntityKindInfo> &all();
    static const EntityKindInfo &info(EntityKind kind);
    static QString code(EntityKind kind);
    static std::optional<EntityKind> fromCode(QStringView code);
    static QString singular(EntityKind kind);
    static QString plural(EntityKind kind);
    // "the processing activity "Payroll"", for sentences naming what refers to something.
    static QString referrer(EntityKind kind, const QString &name);
};

} // namespace Custodian::Domain
