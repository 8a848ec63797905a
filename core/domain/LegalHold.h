#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// A legal hold (DOMAIN-REVIEW A9): deletion suspended for particular data subjects or records,
// because of a dispute, a claim, an inquiry or an audit, under a retention rule and/or a processing
// activity. Everything the hold does not cover is still deleted on time (Art. 5(1)(e)).
struct LegalHold : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::LegalHold)
public:
    // A hold whose last review (or start, when never reviewed) is longer ago than this needs one.
    static constexpr int reviewMonths = 12;

    QString title;             // "Dismissal dispute J. de Vries"
    QString reference;         // the case or matter number
    QString retentionRuleUuid; // the rule whose deletion is suspended
    QString activityUuid;      // the processing activity the records belong to
    QString scope;             // which data subjects or records, in words
    QString reason;            // the dispute, claim or inquiry
    QDate startedOn;
    QDate reviewedOn; // the last time someone confirmed the hold is still needed
    QDate releasedOn; // from this day deletion goes on as the rule says
    QString notes;

    bool operator==(const LegalHold &other) const = default;
    static const EntitySpec<LegalHold> &spec();

    // Active on today: started (or without a start date) and not released on or before today.
    bool isActive(QDate today) const;
    // The day the next review is due: a year after the last review, or after the start.
    QDate reviewDue() const;
    // The titles of the holds active on today, per retention rule uuid.
    static QHash<QString, QStringList> activeByRule(const QList<LegalHold> &holds, QDate today);
    // Errors: no title; neither a rule nor an activity; dates out of order. Warning: no start date.
    // What an active hold must say (scope, reason, a yearly review) is the completeness check's.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
