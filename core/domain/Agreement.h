#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "domain/ExtraField.h"
#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// One Art. 28(3) obligation (a)-(h) or the infringing-instruction notice, ticked with the clause
// of the agreement that covers it.
struct ClauseCheck
{
    QString clause; // Codes::Kind::AgreementClause
    bool ticked = false;
    QString reference; // "art. 4.2"
    bool operator==(const ClauseCheck &other) const = default;
};

// Art. 28(2): notice of an intended change of sub-processors, with the objection deadline computed
// from the agreement's window as the agreement counts it (AgreementRules::objectionDeadline).
struct SubprocessorNotice
{
    QString uuid;
    QDate receivedOn;
    QDate sentOn; // the day the processor sent it; many agreements count the window from it
    QString change;
    QDate objectionDeadline;
    QString decision = QStringLiteral("pending"); // Codes::Kind::NoticeDecision
    QDate decidedOn;
    QString notes;
    bool operator==(const SubprocessorNotice &other) const = default;
};

// A document kept inside the register (its content is read and written through AgreementService).
struct AttachmentInfo
{
    QString uuid;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QString description;
    QDateTime addedAt;
    bool operator==(const AttachmentInfo &other) const = default;
};

// A document that belongs to the agreement: a privacy insert for one product, a security annex, the
// Data Pro Statement, the list of sub-processors (as the Dutch models divide them).
struct AgreementAnnex
{
    QString kind = QStringLiteral("other"); // Codes::Kind::AnnexKind
    QString product;                        // one privacy insert per product
    QString version;
    QDate dated;
    QString reference; // where it is, or its document number
    bool operator==(const AgreementAnnex &other) const = default;
};

// A certificate or third-party report that shows the processor's guarantees (Art. 28(1)), valid for
// a period: ISO 27001, NEN 7510, ISAE 3402, SOC 2, a TPM.
struct AssuranceReport
{
    QString kind = QStringLiteral("iso27001"); // Codes::Kind::AssuranceKind
    QString issuer;
    QString scope;
    QString reference;
    QDate issuedOn;
    QDate validUntil; // not before issuedOn; empty = no end stated
    bool operator==(const AssuranceReport &other) const = default;
    // Valid from its issue to its end; without an end, for a year from its issue (assurance is renewed
    // yearly, BIO2 5.20.03); without either date, never: a report with no dates shows nothing.
    bool isDated() const { return issuedOn.isValid() || validUntil.isValid(); }
    bool isValidOn(QDate day) const
    {
        if (validUntil.isValid())
            return (!issuedOn.isValid() || issuedOn <= day) && day <= validUntil;
        return issuedOn.isValid() && issuedOn <= day && day < issuedOn.addYears(1);
    }
};

// The yearly review of a supplier: whether the guarantees still hold, what is left, what follows.
struct SupplierReview
{
    QDate reviewedOn;
    QString reviewedBy;
    QString outcome = QStringLiteral("adequate"); // Codes::Kind::ReviewOutcome
    QString residualRisks;
    QString actions;
    bool operator==(const SupplierReview &other) const = default;
};

// Art. 28: a processing agreement between a controller and a processor, either direction (an empty
// party uuid is our own organisation), or a sub-processing agreement chained to the agreement
// above it (parentUuid) to any depth.
struct Agreement : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::Agreement)
public:
    QString title;
    QString kind = QStringLiteral("processing"); // Codes::Kind::AgreementKind
    QString controllerUuid;                      // empty = our organisation
    QString processorUuid;                       // empty = our organisation
    QString parentUuid;                          // for sub-processing: the agreement above in the chain
    QString subjectMatter;                       // Art. 28(3) first sentence
    QString duration;
    QString naturePurpose;
    QString dataTypes;
    QString subjectCategories;
    QString controllerRights; // the obligations and rights of the controller (Art. 28(3), first sentence)
    QDate signedOn;
    QDate effectiveOn;
    QDate expiresOn;
    QDate reviewOn;
    QList<ClauseCheck> clauses;        // always all nine, in Codes order
    QString subprocessorAuthorisation; // Codes::Kind::Authorisation; empty = not settled
    int objectionWindowDays = 0;       // 0 = none agreed
    // Where we are the processor: the hours within which we must tell the controller of a breach
    // (Art. 33(2), often 24 to 48 in the contract); 0 = none agreed.
    int breachNoticeHours = 0;
    QString windowCounting = QStringLiteral("calendar_days"); // Codes::Kind::WindowCounting, as the agreement says
    QString windowStart = QStringLiteral("sent");             // Codes::Kind::WindowStart
    QDate authorisedOn;       // a sub-processing agreement: the controller's written authorisation (Art. 28(2))
    QString authorisationRef; // the document or message that holds it
    QList<SubprocessorNotice> notices;
    QList<AttachmentInfo> attachments; // read-only here; managed through AgreementService
    QStringList measureUuids;
    QString auditEvidence;
    QString endOfContract; // Codes::Kind::EndOfContract, at termination
    QString endOfContractProof;
    QString endOfContractLaw = {};            // with "retained_by_law": the Union or Dutch law that requires storage
    QString status = QStringLiteral("draft"); // Codes::Kind::AgreementStatus
    // The model it follows and what a supplier file holds beside the contract (schema 24).
    QString model; // Codes::Kind::AgreementModel; empty = not recorded
    QString modelVersion;
    QString mainContractRef;   // the main contract it belongs to
    QString locations;         // countries or places of processing
    QString transferSafeguard; // for processing outside the EEA
    QString exitStrategy;      // how the organisation would leave the supplier
    QString documentLocation;  // where the signed agreement is kept
    bool cloudService = false;
    QList<AgreementAnnex> annexes;
    QList<AssuranceReport> assurances;
    QList<SupplierReview> reviews; // oldest first
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const Agreement &other) const = default;
    static const EntitySpec<Agreement> &spec();
    // All nine clauses in Codes order, ticked as in given (which may list any subset).
    static QList<ClauseCheck> completeClauses(const QList<ClauseCheck> &given);
    // All nine clauses unticked, in order.
    static QList<ClauseCheck> emptyClauses();
    bool isExpired(QDate today) const;
    // Our organisation is the processor (no processor party): the sub-processor change notices are
    // ours, sent to the controller, whose window we wait out before engaging the new sub-processor
    // (Art. 28(2); DOMAIN-REVIEW A15). Otherwise we receive them from the processor.
    bool noticesAreSent() const { return processorUuid.isEmpty(); }
    // Our organisation engages the other party as a processor (or sub-processor): its guarantees,
    // assurance reports and yearly review are ours to keep up (Art. 28(1)).
    bool isSupplier() const { return controllerUuid.isEmpty() && !processorUuid.isEmpty(); }
    // The latest review, or nullptr.
    const SupplierReview *latestReview() const;
    // When the next yearly review is due: a year after the latest one, else a year after the agreement
    // took effect (or was signed); invalid when neither is known.
    QDate nextReviewDue() const;
    // Errors: no title; both parties ours; dates out of order (effective before signed is fine,
    // expiry before effective is not); a sub-processing agreement without a parent; invalid codes.
    Findings validate() const;
    QJsonObject toJson() const; // without attachment content
};

} // namespace Custodian::Domain
