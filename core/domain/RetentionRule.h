#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "domain/ExtraField.h"
#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian {
class DocumentLanguage;
}

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// Art. 30(1)(f): how long a category of data is kept, from what moment, and on what ground.
struct RetentionRule : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::RetentionRule)
public:
    QString seedKey;     // non-empty for entries of the seeded Dutch catalogue
    QString name;        // "Fiscal records"
    int periodCount = 0; // 0: no fixed period (e.g. "as long as the contract runs")
    QString periodUnit;  // Codes::Kind::PeriodUnit; empty when periodCount is 0
    QString periodKind;  // Codes::Kind::PeriodKind: a minimum (statutory duty to keep), a maximum, or fixed
    QString trigger;     // "after the end of the financial year"
    QString basisType = QStringLiteral("policy"); // Codes::Kind::RetentionBasis
    QString legalSource;                          // "AWR art. 52(4); BW 2:10(3)"
    // Public bodies: the selection list (Archiefwet) the period comes from, and its category.
    QString selectionList;         // "Selectielijst gemeenten en intergemeentelijke organen 2020"
    QString selectionListCategory; // "1.1.3"
    QString destructionMethod;     // how the data is destroyed when the period ends
    QDate lastTestedOn;            // when the rule was last tested against practice
    QString notes;
    bool legalHold = false; // a hold suspends deletion under this rule
    QString legalHoldReason;
    bool retired = false;
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const RetentionRule &other) const = default;
    static const EntitySpec<RetentionRule> &spec();
    // "at least 7 years after the end of the financial year", translated.
    // In the UI's language, or in a document's (a letter's) when one is given.
    QString periodText(const DocumentLanguage *language = nullptr) const;
    // Errors: no name; count without unit or unit without count. Warning: statute without a source,
    // a legal hold without a reason.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
