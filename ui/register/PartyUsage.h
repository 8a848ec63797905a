#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Custodian::Ui {

class RegisterContext;

// What in the register refers to a party, a security measure or a retention rule: the "Used by"
// lists and counts of the three catalogue sections (Parties, Measures, Retention rules). Built from
// one list() per service, never one query per item.
class PartyUsage
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Ui::PartyUsage)
public:
    // One item that refers to the party, measure or rule: where a "Used by" entry jumps to.
    struct Reference
    {
        QString entity; // "activity", "processor_activity", "agreement"
        QString uuid;
        QString text; // translated: "Processing activity: Payroll (recipient)"
        bool operator==(const Reference &other) const = default;
    };
    // Referred uuid -> the items referring to it, sorted by their text.
    using Index = QHash<QString, QList<Reference>>;

    // Activities (recipients, transfers), processor activities (controller, transfers) and
    // agreements (controller, processor).
    static Index parties(RegisterContext *context);
    // Activities, processor activities and agreements that list the measure.
    static Index measures(RegisterContext *context);
    // Activities whose data categories follow the rule, naming the categories.
    static Index retentionRules(RegisterContext *context);
};

} // namespace Custodian::Ui
