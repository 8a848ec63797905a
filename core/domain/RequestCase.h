#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "domain/ExtraField.h"
#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Clocks {
class HolidayCalendar;
}

namespace Custodian::Domain {
template<typename T> class EntitySpec;

// One right a request invokes, and what became of it.
struct RequestedRight
{
    QString right;                               // Codes::Kind::RequestRight
    QString outcome = QStringLiteral("pending"); // Codes::Kind::RightOutcome
    QString restriction;                         // Codes::Kind::Restriction: the ground for not (fully) granting it
    QString reasoning;                           // why that ground applies here

    bool operator==(const RequestedRight &other) const = default;
};

// A step taken to verify the requester's identity (Art. 12(6)). The Dutch AP's practice: no copy
// of an identity document by default; when one was needed, record that it was destroyed.
struct VerificationStep
{
    QDate onDate;
    QString step; // what was asked or checked; not the document's number
    bool idCopy = false;
    QDate idCopyDestroyedOn;

    bool operator==(const VerificationStep &other) const = default;
};

// A party told of the request: a processor instructed to act (Art. 28(3)(e)), or a recipient told
// of a rectification, erasure or restriction (Art. 19), by name (CJEU C-154/21).
struct PartyNotice
{
    QString partyUuid;
    QDate onDate;
    QString notes;

    bool operator==(const PartyNotice &other) const = default;
};

// A data-subject request case (Arts. 12-22 GDPR; DOMAIN-REVIEW I.1). The clock runs from the day
// the organisation received the request, through any channel (Art. 12(3), counted under
// Reg. 1182/71). The requester's details are the minimum needed and are purged a while after the
// case closes; the dates, rights and outcomes stay for the statistics.
struct RequestCase : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::RequestCase)
public:
    QString number; // "R-2026-0001": given when the case is logged, per year of receipt, never reused
    QDate receivedOn;
    QString channel = QStringLiteral("email"); // Codes::Kind::RequestChannel
    QString receivedBy;                        // who or which department first received it
    QDate forwardedOn; // when it reached the privacy desk, if later; the clock does not wait for it
    QString requesterName;
    QString requesterContact;
    QString language = QStringLiteral("nl");                // letters are written in it (Codes::Kind::Language)
    QString requesterRole = QStringLiteral("data_subject"); // Codes::Kind::RequesterRole
    QString representativeName;
    QString mandate; // Codes::Kind::Mandate
    QDate mandateCheckedOn;
    QString replyChannel;
    QString scope;                               // what the requester asked about: systems, periods, data
    QString status = QStringLiteral("received"); // Codes::Kind::RequestStatus
    QList<RequestedRight> rights;
    bool identityDoubt = false; // reasonable doubt about the identity (Art. 12(6))
    QString identityReasoning;
    QList<VerificationStep> verifications;
    bool extended = false;
    QString extensionReason; // Codes::Kind::ExtensionReason
    QString extensionReasoning;
    QDate extensionNoticeOn; // the day the requester was told of the extension
    // Computed when saved, from receivedOn and the register's calendar (DECISIONS.md: three dates).
    QDate dueOn;
    QDate actBy;
    QDate targetOn;
    QDate noticeDueOn; // the end of the first month: the last day to extend and to say so
    QString art12_5;   // Codes::Kind::Art12_5: a fee or a refusal for a manifestly unfounded request
    QString art12_5Reasoning;
    QString fee;
    QStringList accessElements;        // Codes::Kind::AccessElement: what the access answer gave
    QStringList activities;            // processing activities searched
    QList<PartyNotice> processors;     // processors instructed
    QList<PartyNotice> recipients;     // recipients told (Art. 19)
    bool recipientsImpossible = false; // Art. 19: impossible or disproportionate effort
    QString recipientsReasoning;
    bool requesterToldRecipients = false; // Art. 19, last sentence
    QDate responseOn;
    QString responseMethod;      // Codes::Kind::ResponseMethod
    bool remediesNotice = false; // the answer named the complaint to the AP and the court (Art. 12(4))
    // Answered by a public body: the answer is a decision under the Awb, open to objection (bezwaar).
    bool awbDecision = false;  // made with the organisation's publicBody when the case is logged
    QString decidingBodyUuid;  // the administrative body (a party with ownBody) that decided
    QDate objectionReceivedOn; // the objection (bezwaarschrift) was received
    QDate objectionDecidedOn;  // the decision on the objection was taken
    QString objectionOutcome;  // Codes::Kind::ObjectionOutcome
    QDate appealLodgedOn;      // an appeal to the administrative court
    QDate apComplaintOn;       // a complaint to the Autoriteit Persoonsgegevens
    QDate closedOn;
    QDate purgedOn; // the requester's details were erased on this day
    QString notes;
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const RequestCase &other) const = default;
    static const EntitySpec<RequestCase> &spec();

    static bool isClosedStatus(const QString &status);
    bool isClosed() const { return isClosedStatus(status); }
    bool isPurged() const { return purgedOn.isValid(); }
    bool hasRight(const QString &code) const;
    QStringList rightCodes() const;
    // A right not (fully) granted, or the case refused: the answer must name the remedies.
    bool isRefusal() const;
    // Open and past the act-by day on `today`.
    bool isOverdue(QDate today) const { return !isClosed() && actBy.isValid() && today > actBy; }
    // The working days of margin and the calendar give dueOn, actBy, targetOn and noticeDueOn.
    void setDeadlines(const Clocks::HolidayCalendar &calendar, int marginWorkingDays);
    // The personal data of the case emptied (the purge).
    void clearPersonalData();

    // Errors: no day of receipt or one outside the clocks' years, no right, a code not of its list,
    // days before the receipt. The legal rules (Part I.1) are the completeness check's.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
