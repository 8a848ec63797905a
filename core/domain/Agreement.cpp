#include "Agreement.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"

#include <QJsonArray>
#include <QSet>

namespace Custodian::Domain {

namespace {

using Severity = Finding::Severity;

} // namespace

QList<ClauseCheck> Agreement::emptyClauses()
{
    QList<ClauseCheck> clauses;
    for (const QString &code : Codes::codes(Codes::Kind::AgreementClause))
        clauses.append({code, false, QString()});
    return clauses;
}

bool Agreement::isExpired(QDate today) const
{
    return expiresOn.isValid() && expiresOn < today;
}

Findings Agreement::validate() const
{
    Findings findings;
    if (title.trimmed().isEmpty())
        findings.append({QStringLiteral("title"), Severity::Error,
                         tr("Enter a title for the agreement, such as \"Processing agreement hosting\".")});
    if (!Codes::isValid(Codes::Kind::AgreementKind, kind))
        findings.append({QStringLiteral("kind"), Severity::Error,
                         tr("Choose whether this is a processing or a sub-processing agreement.")});
    if (controllerUuid.isEmpty() && processorUuid.isEmpty())
        findings.append({QStringLiteral("processorUuid"), Severity::Error,
                         tr("Our organisation cannot be both controller and processor: choose the other party.")});
    else if (controllerUuid == processorUuid)
        findings.append({QStringLiteral("processorUuid"), Severity::Error,
                         tr("The same party cannot be both controller and processor: choose another party.")});
    if (kind == QLatin1String("sub_processing") && parentUuid.isEmpty())
        findings.append({QStringLiteral("parentUuid"), Severity::Error,
                         tr("A sub-processing agreement rests on the agreement above it (Art. 28(4)): choose that "
                            "agreement as its parent.")});
    if (kind == QLatin1String("processing") && !parentUuid.isEmpty())
        findings.append({QStringLiteral("parentUuid"), Severity::Error,
                         tr("Only a sub-processing agreement has an agreement above it: make this a sub-processing "
                            "agreement or clear the parent.")});
    if (!parentUuid.isEmpty() && parentUuid == uuid)
        findings.append({QStringLiteral("parentUuid"), Severity::Error,
                         tr("An agreement cannot be its own parent: choose the agreement above it.")});
    if (expiresOn.isValid() && effectiveOn.isValid() && expiresOn < effectiveOn)
        findings.append({QStringLiteral("expiresOn"), Severity::Error,
                         tr("The agreement expires before it takes effect: correct one of the two dates.")});
    if (expiresOn.isValid() && signedOn.isValid() && expiresOn < signedOn)
        findings.append({QStringLiteral("expiresOn"), Severity::Error,
                         tr("The agreement expires before it was signed: correct one of the two dates.")});
    QSet<QString> seen;
    for (const ClauseCheck &clause : clauses) {
        if (!Codes::isValid(Codes::Kind::AgreementClause, clause.clause))
            findings.append({QStringLiteral("clauses"), Severity::Error,
                             tr("\"%1\" is not an item of Art. 28(3): use (a) to (h) or the notice of infringing "
                                "instructions.")
                                 .arg(clause.clause)});
        else if (seen.contains(clause.clause))
            findings.append({QStringLiteral("clauses"), Severity::Error,
                             tr("The item \"%1\" is listed twice: keep it once.")
                                 .arg(Codes::label(Codes::Kind::AgreementClause, clause.clause))});
        seen.insert(clause.clause);
    }
    if (!subprocessorAuthorisation.isEmpty() && !Codes::isValid(Codes::Kind::Authorisation, subprocessorAuthorisation))
        findings.append({QStringLiteral("subprocessorAuthorisation"), Severity::Error,
                         tr("Choose specific or general authorisation of sub-processors (Art. 28(2)), or leave it "
                            "open.")});
    if (!Codes::isValid(Codes::Kind::WindowCounting, windowCounting))
        findings.append({QStringLiteral("windowCounting"), Severity::Error,
                         tr("Choose how the agreement counts the objection window: calendar days, working days or "
                            "days under Reg. 1182/71.")});
    if (!Codes::isValid(Codes::Kind::WindowStart, windowStart))
        findings.append({QStringLiteral("windowStart"), Severity::Error,
                         tr("Choose whether the objection window starts when the notice is sent or when it is "
                            "received.")});
    if (breachNoticeHours < 0)
        findings.append({QStringLiteral("breachNoticeHours"), Severity::Error,
                         tr("The term for reporting a breach cannot be negative.")});
    if (objectionWindowDays < 0)
        findings.append({QStringLiteral("objectionWindowDays"), Severity::Error,
                         tr("The objection window cannot be negative: enter a number of days, or 0 when none is "
                            "agreed.")});
    for (int i = 0; i < notices.size(); ++i) {
        const SubprocessorNotice &notice = notices.at(i);
        const int row = i + 1;
        if (!notice.receivedOn.isValid())
            findings.append({QStringLiteral("notices"), Severity::Error,
                             tr("The sub-processor notice in row %1 has no date of receipt: enter the day it "
                                "arrived.")
                                 .arg(row)});
        if (!Codes::isValid(Codes::Kind::NoticeDecision, notice.decision))
            findings.append({QStringLiteral("notices"), Severity::Error,
                             tr("The sub-processor notice in row %1 has an unknown decision: choose pending, "
                                "accepted or objected.")
                                 .arg(row)});
        if (notice.decidedOn.isValid() && notice.receivedOn.isValid() && notice.decidedOn < notice.receivedOn)
            findings.append({QStringLiteral("notices"), Severity::Error,
                             tr("The sub-processor notice in row %1 was decided before it was received: correct "
                                "one of the two dates.")
                                 .arg(row)});
    }
    if (!endOfContract.isEmpty() && !Codes::isValid(Codes::Kind::EndOfContract, endOfContract))
        findings.append({QStringLiteral("endOfContract"), Severity::Error,
                         tr("Choose whether the data was deleted or returned at the end of the contract.")});
    if (!Codes::isValid(Codes::Kind::AgreementStatus, status))
        findings.append(
            {QStringLiteral("status"), Severity::Error, tr("Choose a status: draft, active or terminated.")});
    if (!model.isEmpty() && !Codes::isValid(Codes::Kind::AgreementModel, model))
        findings.append({QStringLiteral("model"), Severity::Error,
                         tr("\"%1\" is not a model this register knows: choose one from the list, or \"Another "
                            "model\".")
                             .arg(model)});
    for (int i = 0; i < annexes.size(); ++i) {
        if (!Codes::isValid(Codes::Kind::AnnexKind, annexes.at(i).kind))
            findings.append({QStringLiteral("annexes"), Severity::Error,
                             tr("The annex in row %1 has an unknown kind: choose one from the list.").arg(i + 1)});
    }
    for (int i = 0; i < assurances.size(); ++i) {
        const AssuranceReport &report = assurances.at(i);
        if (!Codes::isValid(Codes::Kind::AssuranceKind, report.kind))
            findings.append(
                {QStringLiteral("assurances"), Severity::Error,
                 tr("The report or certificate in row %1 has an unknown kind: choose one from the list.").arg(i + 1)});
        if (report.issuedOn.isValid() && report.validUntil.isValid() && report.validUntil < report.issuedOn)
            findings.append({QStringLiteral("assurances"), Severity::Error,
                             tr("The report or certificate in row %1 ends before it was issued: correct one of "
                                "the two dates.")
                                 .arg(i + 1)});
    }
    for (int i = 0; i < reviews.size(); ++i) {
        const SupplierReview &review = reviews.at(i);
        if (!review.reviewedOn.isValid())
            findings.append(
                {QStringLiteral("reviews"), Severity::Error,
                 tr("The review in row %1 has no date: enter the day the supplier was reviewed.").arg(i + 1)});
        if (!Codes::isValid(Codes::Kind::ReviewOutcome, review.outcome))
            findings.append({QStringLiteral("reviews"), Severity::Error,
                             tr("The review in row %1 has an unknown outcome: choose adequate, adequate with "
                                "actions or inadequate.")
                                 .arg(i + 1)});
    }
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

const SupplierReview *Agreement::latestReview() const
{
    const SupplierReview *latest = nullptr;
    for (const SupplierReview &review : reviews) {
        if (review.reviewedOn.isValid() && (!latest || latest->reviewedOn <= review.reviewedOn))
            latest = &review;
    }
    return latest;
}

QDate Agreement::nextReviewDue() const
{
    if (const SupplierReview *latest = latestReview())
        return latest->reviewedOn.addYears(1);
    if (effectiveOn.isValid())
        return effectiveOn.addYears(1);
    return signedOn.isValid() ? signedOn.addYears(1) : QDate();
}

QList<ClauseCheck> Agreement::completeClauses(const QList<ClauseCheck> &given)
{
    QList<ClauseCheck> clauses = emptyClauses();
    for (ClauseCheck &slot : clauses) {
        for (const ClauseCheck &check : given) {
            if (check.clause == slot.clause) {
                slot.ticked = check.ticked;
                slot.reference = check.reference;
            }
        }
    }
    return clauses;
}

const EntitySpec<Agreement> &Agreement::spec()
{
    using F = Field<Agreement>;
    using C = Child<Agreement>;
    using T = FieldType;
    using A = Agreement;
    using K = Field<ClauseCheck>;
    using N = Field<SubprocessorNotice>;
    using S = SubprocessorNotice;
    using D = Field<AttachmentInfo>;
    using I = AttachmentInfo;
    using X = Field<AgreementAnnex>;
    using Y = Field<AssuranceReport>;
    using Z = Field<SupplierReview>;
    // One field a line.
    // clang-format off
    static const EntitySpec<A> spec = {
        EntityKind::Agreement,
        {
            F("title", "title", T::Text, &A::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title")),
            F("kind", "kind", T::Code, &A::kind, QT_TRANSLATE_NOOP("Custodian::Fields", "Kind")).withCodes(Codes::Kind::AgreementKind),
            F("controllerUuid", "controller_party_id", T::Link, &A::controllerUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Controller")).linkTo(EntityKind::Party),
            F("processorUuid", "processor_party_id", T::Link, &A::processorUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Processor")).linkTo(EntityKind::Party),
            F("parentUuid", "parent_agreement_id", T::Link, &A::parentUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Agreement above this one")).linkTo(EntityKind::Agreement).referredAs(QT_TRANSLATE_NOOP("Custodian::Entities", "the sub-processing agreement %1")),
            F("subjectMatter", "subject_matter", T::LongText, &A::subjectMatter, QT_TRANSLATE_NOOP("Custodian::Fields", "Subject matter")),
            F("duration", "duration", T::Text, &A::duration, QT_TRANSLATE_NOOP("Custodian::Fields", "Duration")),
            F("naturePurpose", "nature_purpose", T::LongText, &A::naturePurpose, QT_TRANSLATE_NOOP("Custodian::Fields", "Nature and purpose")),
            F("dataTypes", "data_types", T::LongText, &A::dataTypes, QT_TRANSLATE_NOOP("Custodian::Fields", "Types of personal data")),
            F("subjectCategories", "subject_categories", T::LongText, &A::subjectCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Categories of data subjects")),
            F("controllerRights", "controller_rights", T::LongText, &A::controllerRights, QT_TRANSLATE_NOOP("Custodian::Fields", "Obligations and rights of the controller")),
            F("signedOn", "signed_on", T::Date, &A::signedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Signed on")),
            F("effectiveOn", "effective_on", T::Date, &A::effectiveOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Effective from")),
            F("expiresOn", "expires_on", T::Date, &A::expiresOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Expires on")),
            F("reviewOn", "review_on", T::Date, &A::reviewOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Review on")),
            F("subprocessorAuthorisation", "subprocessor_authorisation", T::Code, &A::subprocessorAuthorisation, QT_TRANSLATE_NOOP("Custodian::Fields", "Sub-processor authorisation")).withCodes(Codes::Kind::Authorisation),
            F("objectionWindowDays", "objection_window_days", T::Int, &A::objectionWindowDays, QT_TRANSLATE_NOOP("Custodian::Fields", "Objection window (days)"), FieldFlag::NullWhenEmpty),
            F("breachNoticeHours", "breach_notice_hours", T::Int, &A::breachNoticeHours, QT_TRANSLATE_NOOP("Custodian::Fields", "Report a breach to the controller within (hours)"), FieldFlag::NullWhenEmpty),
            F("windowCounting", "window_counting", T::Code, &A::windowCounting, QT_TRANSLATE_NOOP("Custodian::Fields", "Window counted in")).withCodes(Codes::Kind::WindowCounting),
            F("windowStart", "window_start", T::Code, &A::windowStart, QT_TRANSLATE_NOOP("Custodian::Fields", "Window starts")).withCodes(Codes::Kind::WindowStart),
            F("authorisedOn", "authorised_on", T::Date, &A::authorisedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Authorised by the controller on")),
            F("authorisationRef", "authorisation_ref", T::Text, &A::authorisationRef, QT_TRANSLATE_NOOP("Custodian::Fields", "Authorisation document")),
            F("auditEvidence", "audit_evidence", T::LongText, &A::auditEvidence, QT_TRANSLATE_NOOP("Custodian::Fields", "Audit evidence")),
            F("endOfContract", "end_of_contract", T::Code, &A::endOfContract, QT_TRANSLATE_NOOP("Custodian::Fields", "At the end of the contract")).withCodes(Codes::Kind::EndOfContract),
            F("endOfContractLaw", "end_of_contract_law", T::Text, &A::endOfContractLaw, QT_TRANSLATE_NOOP("Custodian::Fields", "Law that requires storage")),
            F("endOfContractProof", "end_of_contract_proof", T::Text, &A::endOfContractProof, QT_TRANSLATE_NOOP("Custodian::Fields", "Proof of deletion or return")),
            F("status", "status", T::Code, &A::status, QT_TRANSLATE_NOOP("Custodian::Fields", "Status")).withCodes(Codes::Kind::AgreementStatus),
            F("model", "model", T::Code, &A::model, QT_TRANSLATE_NOOP("Custodian::Fields", "Model")).withCodes(Codes::Kind::AgreementModel),
            F("modelVersion", "model_version", T::Text, &A::modelVersion, QT_TRANSLATE_NOOP("Custodian::Fields", "Model version")),
            F("mainContractRef", "main_contract_ref", T::Text, &A::mainContractRef, QT_TRANSLATE_NOOP("Custodian::Fields", "Main contract")),
            F("locations", "locations", T::Text, &A::locations, QT_TRANSLATE_NOOP("Custodian::Fields", "Processing locations")),
            F("transferSafeguard", "transfer_safeguard", T::Text, &A::transferSafeguard, QT_TRANSLATE_NOOP("Custodian::Fields", "Transfer safeguard")),
            F("exitStrategy", "exit_strategy", T::LongText, &A::exitStrategy, QT_TRANSLATE_NOOP("Custodian::Fields", "Exit strategy")),
            F("documentLocation", "document_location", T::Text, &A::documentLocation, QT_TRANSLATE_NOOP("Custodian::Fields", "Where the document is kept")),
            F("cloudService", "cloud_service", T::Bool, &A::cloudService, QT_TRANSLATE_NOOP("Custodian::Fields", "Cloud service")),
        },
        {
            C::rows("clauses", "agreement_clause", "agreement_id", &A::clauses,
                QList<K>{
                    K("clause", "clause", T::Code, &ClauseCheck::clause, QT_TRANSLATE_NOOP("Custodian::Fields", "Clause")).withCodes(Codes::Kind::AgreementClause),
                    K("ticked", "ticked", T::Bool, &ClauseCheck::ticked, QT_TRANSLATE_NOOP("Custodian::Fields", "Covered")),
                    K("reference", "reference", T::Text, &ClauseCheck::reference, QT_TRANSLATE_NOOP("Custodian::Fields", "Clause reference")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Art. 28(3) checklist")),
            C::rows("notices", "subprocessor_notice", "agreement_id", &A::notices,
                QList<N>{
                    N("uuid", "uuid", T::Text, &S::uuid),
                    N("receivedOn", "received_on", T::Date, &S::receivedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Received on")),
                    N("sentOn", "sent_on", T::Date, &S::sentOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Sent on")),
                    N("change", "change_description", T::LongText, &S::change, QT_TRANSLATE_NOOP("Custodian::Fields", "Intended change")),
                    N("objectionDeadline", "objection_deadline", T::Date, &S::objectionDeadline, QT_TRANSLATE_NOOP("Custodian::Fields", "Objection deadline")),
                    N("decision", "decision", T::Code, &S::decision, QT_TRANSLATE_NOOP("Custodian::Fields", "Decision")).withCodes(Codes::Kind::NoticeDecision),
                    N("decidedOn", "decided_on", T::Date, &S::decidedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Decided on")),
                    N("notes", "notes", T::LongText, &S::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Sub-processor change notices")).orderedBy({"received_on", "id"}),
            C::rows("attachments", "attachment", "agreement_id", &A::attachments,
                QList<D>{
                    D("uuid", "uuid", T::Text, &I::uuid),
                    D("fileName", "file_name", T::Text, &I::fileName, QT_TRANSLATE_NOOP("Custodian::Fields", "File name")),
                    D("mimeType", "mime_type", T::Text, &I::mimeType, QT_TRANSLATE_NOOP("Custodian::Fields", "Type")),
                    D("size", "size", T::BigInt, &I::size, QT_TRANSLATE_NOOP("Custodian::Fields", "Size")),
                    D("sha256", "sha256", T::Text, &I::sha256, QT_TRANSLATE_NOOP("Custodian::Fields", "SHA-256")),
                    D("description", "description", T::Text, &I::description, QT_TRANSLATE_NOOP("Custodian::Fields", "Description")),
                    D("addedAt", "added_at", T::Moment, &I::addedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Added")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Documents")).orderedBy({"added_at", "id"}).readOnly(),
            C::rows("annexes", "agreement_annex", "agreement_id", &A::annexes,
                QList<X>{
                    X("kind", "kind", T::Code, &AgreementAnnex::kind, QT_TRANSLATE_NOOP("Custodian::Fields", "Annex")).withCodes(Codes::Kind::AnnexKind),
                    X("product", "product", T::Text, &AgreementAnnex::product, QT_TRANSLATE_NOOP("Custodian::Fields", "Product")),
                    X("version", "version", T::Text, &AgreementAnnex::version, QT_TRANSLATE_NOOP("Custodian::Fields", "Version")),
                    X("dated", "dated", T::Date, &AgreementAnnex::dated, QT_TRANSLATE_NOOP("Custodian::Fields", "Dated")),
                    X("reference", "reference", T::Text, &AgreementAnnex::reference, QT_TRANSLATE_NOOP("Custodian::Fields", "Reference")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Annexes")).positioned(),
            C::rows("assurances", "agreement_assurance", "agreement_id", &A::assurances,
                QList<Y>{
                    Y("kind", "kind", T::Code, &AssuranceReport::kind, QT_TRANSLATE_NOOP("Custodian::Fields", "Report or certificate")).withCodes(Codes::Kind::AssuranceKind),
                    Y("issuer", "issuer", T::Text, &AssuranceReport::issuer, QT_TRANSLATE_NOOP("Custodian::Fields", "Issued by")),
                    Y("scope", "scope", T::Text, &AssuranceReport::scope, QT_TRANSLATE_NOOP("Custodian::Fields", "Scope")),
                    Y("reference", "reference", T::Text, &AssuranceReport::reference, QT_TRANSLATE_NOOP("Custodian::Fields", "Reference")),
                    Y("issuedOn", "issued_on", T::Date, &AssuranceReport::issuedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Issued on")),
                    Y("validUntil", "valid_until", T::Date, &AssuranceReport::validUntil, QT_TRANSLATE_NOOP("Custodian::Fields", "Valid until")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Assurance reports and certificates")).positioned(),
            C::rows("reviews", "agreement_review", "agreement_id", &A::reviews,
                QList<Z>{
                    Z("reviewedOn", "reviewed_on", T::Date, &SupplierReview::reviewedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Reviewed on")),
                    Z("reviewedBy", "reviewed_by", T::Text, &SupplierReview::reviewedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Reviewed by")),
                    Z("outcome", "outcome", T::Code, &SupplierReview::outcome, QT_TRANSLATE_NOOP("Custodian::Fields", "Outcome")).withCodes(Codes::Kind::ReviewOutcome),
                    Z("residualRisks", "residual_risks", T::LongText, &SupplierReview::residualRisks, QT_TRANSLATE_NOOP("Custodian::Fields", "Residual risks")),
                    Z("actions", "actions", T::LongText, &SupplierReview::actions, QT_TRANSLATE_NOOP("Custodian::Fields", "Actions")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Yearly supplier reviews")).orderedBy({"reviewed_on", "id"}),
            C::links("measureUuids", "agreement_measure", "agreement_id", "measure_id", EntityKind::SecurityMeasure, &A::measureUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Security measures")),
            C::rows("extraFields", "agreement_extra_field", "agreement_id", &A::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject Agreement::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
