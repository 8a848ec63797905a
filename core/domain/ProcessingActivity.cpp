#include "ProcessingActivity.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"
#include "domain/Organisation.h"

#include <QJsonArray>

#include <algorithm>

namespace Custodian::Domain {

namespace {

using Severity = Finding::Severity;
// The names the field tables below are written in.
using T = FieldType;
using A = ProcessingActivity;
using P = ProcessorActivity;
using FA = Field<ProcessingActivity>;
using CA = Child<ProcessingActivity>;
using FP = Field<ProcessorActivity>;
using CP = Child<ProcessorActivity>;

const QList<Field<Transfer>> &transferFields()
{
    using F = Field<Transfer>;
    // One field a line.
    // clang-format off
    static const QList<F> fields = {
        F("country", "country", T::Text, &Transfer::country, QT_TRANSLATE_NOOP("Custodian::Fields", "Country")),
        F("partyUuid", "party_id", T::Link, &Transfer::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Recipient")).linkTo(EntityKind::Party),
        F("mechanism", "mechanism", T::Code, &Transfer::mechanism, QT_TRANSLATE_NOOP("Custodian::Fields", "Transfer mechanism")).withCodes(Codes::Kind::TransferMechanism),
        F("sccModule", "scc_module", T::Code, &Transfer::sccModule, QT_TRANSLATE_NOOP("Custodian::Fields", "SCC module")).withCodes(Codes::Kind::SccModule),
        F("tiaReference", "tia_reference", T::Text, &Transfer::tiaReference, QT_TRANSLATE_NOOP("Custodian::Fields", "Transfer impact assessment")),
        F("dpfCheckedOn", "dpf_checked_on", T::Date, &Transfer::dpfCheckedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "DPF certification checked on")),
        F("safeguards", "safeguards", T::LongText, &Transfer::safeguards, QT_TRANSLATE_NOOP("Custodian::Fields", "Safeguards")),
        F("derogation", "derogation", T::Code, &Transfer::derogation, QT_TRANSLATE_NOOP("Custodian::Fields", "Derogation")).withCodes(Codes::Kind::Derogation),
        F("dpfHrCovered", "dpf_hr_covered", T::Bool, &Transfer::dpfHrCovered, QT_TRANSLATE_NOOP("Custodian::Fields", "DPF covers HR data")),
        F("saAuthorisation", "sa_authorisation", T::Text, &Transfer::saAuthorisation, QT_TRANSLATE_NOOP("Custodian::Fields", "Authorisation of the supervisory authority")),
        F("safeguardsCopyVia", "safeguards_copy_via", T::Text, &Transfer::safeguardsCopyVia, QT_TRANSLATE_NOOP("Custodian::Fields", "Copy of the safeguards from")),
    };
    // clang-format on
    return fields;
}

const QList<Field<DataCategory>> &dataCategoryFields()
{
    using F = Field<DataCategory>;
    // One field a line.
    // clang-format off
    static const QList<F> fields = {
        F("name", "name", T::Text, &DataCategory::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Category")),
        F("specialCategory", "special_category", T::Code, &DataCategory::specialCategory, QT_TRANSLATE_NOOP("Custodian::Fields", "Special category")).withCodes(Codes::Kind::SpecialCategory),
        F("retentionRuleUuid", "retention_rule_id", T::Link, &DataCategory::retentionRuleUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Retention rule")).linkTo(EntityKind::RetentionRule),
        F("art9Exception", "art9_exception", T::Code, &DataCategory::art9Exception, QT_TRANSLATE_NOOP("Custodian::Fields", "Exception (Art. 9(2))")).withCodes(Codes::Kind::Art9Exception),
        F("nationalGround", "national_ground", T::Text, &DataCategory::nationalGround, QT_TRANSLATE_NOOP("Custodian::Fields", "Union or Dutch law")),
    };
    // clang-format on
    return fields;
}

const QList<Field<Recipient>> &recipientFields()
{
    using F = Field<Recipient>;
    // One field a line.
    // clang-format off
    static const QList<F> fields = {
        F("partyUuid", "party_id", T::Link, &Recipient::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Party")).linkTo(EntityKind::Party),
        F("kind", "kind", T::Code, &Recipient::kind, QT_TRANSLATE_NOOP("Custodian::Fields", "Kind")).withCodes(Codes::Kind::RecipientKind),
        F("description", "description", T::Text, &Recipient::description, QT_TRANSLATE_NOOP("Custodian::Fields", "Description")),
        F("disclosure", "disclosure", T::Code, &Recipient::disclosure, QT_TRANSLATE_NOOP("Custodian::Fields", "Disclosure")).withCodes(Codes::Kind::Disclosure),
    };
    // clang-format on
    return fields;
}

const QList<Field<JointControl>> &jointControlFields()
{
    using F = Field<JointControl>;
    // One field a line.
    // clang-format off
    static const QList<F> fields = {
        F("partyUuid", "party_id", T::Link, &JointControl::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Joint controller")).linkTo(EntityKind::Party),
        F("arrangementRef", "arrangement_ref", T::Text, &JointControl::arrangementRef, QT_TRANSLATE_NOOP("Custodian::Fields", "Arrangement")),
        F("essence", "essence", T::LongText, &JointControl::essence, QT_TRANSLATE_NOOP("Custodian::Fields", "Essence of the arrangement")),
        F("contactPoint", "contact_point", T::Text, &JointControl::contactPoint, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact point for data subjects")),
    };
    // clang-format on
    return fields;
}

void checkCodes(Findings &findings, const QString &field, Codes::Kind kind, const QStringList &codes,
                const QString &message)
{
    for (const QString &code : codes) {
        if (!Codes::isValid(kind, code))
            findings.append({field, Severity::Error, message.arg(code)});
    }
}

// Shared by both kinds of record: Art. 30(1)(e) and 30(2)(c) describe transfers the same way.
void validateTransfers(Findings &findings, const QList<Transfer> &transfers)
{
    for (int i = 0; i < transfers.size(); ++i) {
        const Transfer &transfer = transfers.at(i);
        const int row = i + 1;
        if (!transfer.mechanism.isEmpty() && !Codes::isValid(Codes::Kind::TransferMechanism, transfer.mechanism))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 has an unknown mechanism: choose "
                                                    "an adequacy decision, the Data Privacy Framework, one of the "
                                                    "safeguards of Art. 46 or a derogation of Art. 49.")
                                 .arg(row)});
        if (!transfer.derogation.isEmpty() && !Codes::isValid(Codes::Kind::Derogation, transfer.derogation))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 has an unknown derogation: choose one of "
                                                    "Art. 49(1)(a) to (g) or compelling legitimate interests.")
                                 .arg(row)});
        if (!transfer.sccModule.isEmpty() && !Codes::isValid(Codes::Kind::SccModule, transfer.sccModule))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 has an unknown SCC module: choose "
                                                    "module 1, 2, 3 or 4.")
                                 .arg(row)});
        else if (!transfer.sccModule.isEmpty() && transfer.mechanism != QLatin1String("scc"))
            findings.append({QStringLiteral("transfers"), Severity::Error,
                             ProcessingActivity::tr("The transfer in row %1 names an SCC module but not standard "
                                                    "contractual clauses as its mechanism: choose the mechanism or "
                                                    "clear the module.")
                                 .arg(row)});
    }
}

// A status of the list, and a next review that does not lie before the last one.
void validateStewardship(Findings &findings, const Stewardship &record)
{
    if (!Codes::isValid(Codes::Kind::ActivityStatus, record.status))
        findings.append({QStringLiteral("status"), Severity::Error,
                         ProcessingActivity::tr("Choose a status: draft, in review, approved or retired.")});
    if (record.lastReviewed.isValid() && record.nextReview.isValid() && record.nextReview < record.lastReviewed)
        findings.append({QStringLiteral("nextReview"), Severity::Error,
                         ProcessingActivity::tr("The next review lies before the last review: choose a later date.")});
}

} // namespace

QJsonObject Transfer::toJson() const
{
    return rowJson(transferFields(), *this);
}

QJsonObject DataCategory::toJson() const
{
    return rowJson(dataCategoryFields(), *this);
}

QJsonObject Recipient::toJson() const
{
    return rowJson(recipientFields(), *this);
}

QJsonObject JointControl::toJson() const
{
    return rowJson(jointControlFields(), *this);
}

bool ProcessingActivity::hasSpecialCategories() const
{
    return std::any_of(dataCategories.cbegin(), dataCategories.cend(),
                       [](const DataCategory &category) { return !category.specialCategory.isEmpty(); });
}

bool ProcessingActivity::specialCategoriesAllowDecisions() const
{
    return std::all_of(dataCategories.cbegin(), dataCategories.cend(), [](const DataCategory &category) {
        return category.specialCategory.isEmpty() || category.art9Exception == QLatin1String("a") ||
               category.art9Exception == QLatin1String("g");
    });
}

Findings ProcessingActivity::validate() const
{
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter a name for the processing activity, such as \"Payroll\".")});
    checkCodes(findings, QStringLiteral("lawfulBases"), Codes::Kind::LawfulBasis, lawfulBases,
               tr("\"%1\" is not a lawful basis of Art. 6(1): choose one of (a) to (f)."));
    for (int i = 0; i < subjectCategories.size(); ++i) {
        if (subjectCategories.at(i).trimmed().isEmpty())
            findings.append(
                {QStringLiteral("subjectCategories"), Severity::Error,
                 tr("The category of data subjects in row %1 has no name: name it or remove the row.").arg(i + 1)});
    }
    for (int i = 0; i < dataCategories.size(); ++i) {
        const DataCategory &category = dataCategories.at(i);
        if (category.name.trimmed().isEmpty())
            findings.append(
                {QStringLiteral("dataCategories"), Severity::Error,
                 tr("The category of personal data in row %1 has no name: name it or remove the row.").arg(i + 1)});
        if (!category.specialCategory.isEmpty() &&
            !Codes::isValid(Codes::Kind::SpecialCategory, category.specialCategory))
            findings.append({QStringLiteral("dataCategories"), Severity::Error,
                             tr("The category of personal data in row %1 has an unknown special category: choose "
                                "one of Art. 9(1) or none.")
                                 .arg(i + 1)});
        if (!category.art9Exception.isEmpty() && !Codes::isValid(Codes::Kind::Art9Exception, category.art9Exception))
            findings.append({QStringLiteral("dataCategories"), Severity::Error,
                             tr("The category of personal data in row %1 has an unknown exception: choose one of "
                                "Art. 9(2)(a) to (j).")
                                 .arg(i + 1)});
        else if (!category.art9Exception.isEmpty() && category.specialCategory.isEmpty())
            findings.append({QStringLiteral("dataCategories"), Severity::Error,
                             tr("The category of personal data in row %1 names an exception of Art. 9(2) but no "
                                "special category: choose the special category or clear the exception.")
                                 .arg(i + 1)});
    }
    for (int i = 0; i < jointControllers.size(); ++i) {
        if (jointControllers.at(i).partyUuid.isEmpty())
            findings.append(
                {QStringLiteral("jointControllers"), Severity::Error,
                 tr("The joint controller in row %1 is not chosen: choose the party or remove the row.").arg(i + 1)});
    }
    for (int i = 0; i < recipients.size(); ++i) {
        const Recipient &recipient = recipients.at(i);
        if (!Codes::isValid(Codes::Kind::RecipientKind, recipient.kind))
            findings.append({QStringLiteral("recipients"), Severity::Error,
                             tr("The recipient in row %1 has an unknown kind: choose internal, external, processor "
                                "or public authority.")
                                 .arg(i + 1)});
        if (!recipient.disclosure.isEmpty() && !Codes::isValid(Codes::Kind::Disclosure, recipient.disclosure))
            findings.append({QStringLiteral("recipients"), Severity::Error,
                             tr("The recipient in row %1 has an unknown kind of disclosure: choose a legal obligation "
                                "or a particular inquiry.")
                                 .arg(i + 1)});
        if (recipient.partyUuid.isEmpty() && recipient.description.trimmed().isEmpty())
            findings.append(
                {QStringLiteral("recipients"), Severity::Error,
                 tr("The recipient in row %1 is empty: choose a party or describe the recipient.").arg(i + 1)});
    }
    if (noRecipients && !recipients.isEmpty())
        findings.append({QStringLiteral("noRecipients"), Severity::Error,
                         tr("The activity says it has no recipients but lists %n recipient(s): clear the list or the "
                            "statement.",
                            nullptr, int(recipients.size()))});
    validateTransfers(findings, transfers);
    if (!art22Exception.isEmpty() && !Codes::isValid(Codes::Kind::Art22Exception, art22Exception))
        findings.append({QStringLiteral("art22Exception"), Severity::Error,
                         tr("Choose the exception of Art. 22(2): a contract, a law or explicit consent.")});
    checkCodes(findings, QStringLiteral("wp248Criteria"), Codes::Kind::Wp248Criterion, wp248Criteria,
               tr("\"%1\" is not one of the nine criteria of the DPIA guidelines (WP248): choose one of the list."));
    checkCodes(findings, QStringLiteral("audiences"), Codes::Kind::Audience, audiences,
               tr("\"%1\" is not an audience of a privacy statement: choose one of the list."));
    if (!provisionRequirement.isEmpty() && !Codes::isValid(Codes::Kind::ProvisionRequirement, provisionRequirement))
        findings.append({QStringLiteral("provisionRequirement"), Severity::Error,
                         tr("Choose whether providing the data is a statutory or contractual requirement, needed to "
                            "enter into a contract, or voluntary.")});
    if (!dpiaResidualRisk.isEmpty() && !Codes::isValid(Codes::Kind::ResidualRisk, dpiaResidualRisk))
        findings.append({QStringLiteral("dpiaResidualRisk"), Severity::Error,
                         tr("Choose the residual risk after the DPIA: low, medium or high.")});
    if (!Codes::isValid(Codes::Kind::DpiaRequired, dpiaRequired))
        findings.append({QStringLiteral("dpiaRequired"), Severity::Error,
                         tr("Say whether a DPIA is required: yes, no or not yet assessed.")});
    checkCodes(findings, QStringLiteral("dpiaCriteria"), Codes::Kind::DpiaCriterion, dpiaCriteria,
               tr("\"%1\" is not on the Dutch DPA's list of processing that needs a DPIA: choose an item of the "
                  "list."));
    if (!Codes::isValid(Codes::Kind::DpiaStatus, dpiaStatus))
        findings.append({QStringLiteral("dpiaStatus"), Severity::Error,
                         tr("Choose the state of the DPIA: not started, in progress or completed.")});
    if (!confidentiality.isEmpty() && !Codes::isValid(Codes::Kind::Confidentiality, confidentiality))
        findings.append({QStringLiteral("confidentiality"), Severity::Error,
                         tr("Choose the confidentiality of the activity: normal or confidential.")});
    if (logRetentionCount < 0)
        findings.append({QStringLiteral("logRetentionCount"), Severity::Error,
                         tr("The log retention cannot be negative: enter 0 or more.")});
    if (!logRetentionUnit.isEmpty() && !Codes::isValid(Codes::Kind::PeriodUnit, logRetentionUnit))
        findings.append({QStringLiteral("logRetentionUnit"), Severity::Error,
                         tr("Choose the unit of the log retention: days, weeks, months or years.")});
    else if (logRetentionCount > 0 && logRetentionUnit.isEmpty())
        findings.append({QStringLiteral("logRetentionUnit"), Severity::Error,
                         tr("Say in what unit the log retention is counted.")});
    if (!basedOn.trimmed().isEmpty() && !isPlausibleWebAddress(basedOn.trimmed()))
        findings.append({QStringLiteral("basedOn"), Severity::Error,
                         tr("\"Based on\" is the web address of the model processing the activity follows, such as "
                            "https://www.gemmaonline.nl/….")});
    validateStewardship(findings, *this);
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

const EntitySpec<ProcessingActivity> &ProcessingActivity::spec()
{
    // One field a line.
    // clang-format off
    static const EntitySpec<A> spec = {
        EntityKind::ProcessingActivity,
        {
            FA("number", "number", T::Text, &A::number, QT_TRANSLATE_NOOP("Custodian::Fields", "Number")),
            FA("name", "name", T::Text, &A::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            FA("purpose", "purpose", T::LongText, &A::purpose, QT_TRANSLATE_NOOP("Custodian::Fields", "Purpose"))
                .expect(Severity::Error, QT_TRANSLATE_NOOP("Custodian::Completeness", "Describe the purpose of the processing: Art. 30(1)(b) requires it in the record.")),
            FA("description", "description", T::LongText, &A::description, QT_TRANSLATE_NOOP("Custodian::Fields", "Description")),
            FA("basisScope", "basis_scope", T::LongText, &A::basisScope, QT_TRANSLATE_NOOP("Custodian::Fields", "Which basis covers what")),
            FA("legalProvision", "legal_provision", T::Text, &A::legalProvision, QT_TRANSLATE_NOOP("Custodian::Fields", "Legal provision")),
            FA("legitimateInterest", "legitimate_interest", T::LongText, &A::legitimateInterest, QT_TRANSLATE_NOOP("Custodian::Fields", "Legitimate interests pursued")),
            FA("consentRecord", "consent_record", T::Text, &A::consentRecord, QT_TRANSLATE_NOOP("Custodian::Fields", "Where consent is recorded")),
            FA("consentWithdrawal", "consent_withdrawal", T::Text, &A::consentWithdrawal, QT_TRANSLATE_NOOP("Custodian::Fields", "How consent is withdrawn")),
            FA("liaReference", "lia_reference", T::Text, &A::liaReference, QT_TRANSLATE_NOOP("Custodian::Fields", "Legitimate-interest assessment")),
            FA("noRecipients", "no_recipients", T::Bool, &A::noRecipients, QT_TRANSLATE_NOOP("Custodian::Fields", "No recipients")),
            FA("criminalData", "criminal_data", T::Bool, &A::criminalData, QT_TRANSLATE_NOOP("Custodian::Fields", "Criminal-offence data")),
            FA("criminalDataGround", "criminal_data_ground", T::Text, &A::criminalDataGround, QT_TRANSLATE_NOOP("Custodian::Fields", "Ground for criminal-offence data")),
            FA("bsn", "bsn", T::Bool, &A::bsn, QT_TRANSLATE_NOOP("Custodian::Fields", "Citizen service number (BSN)")),
            FA("bsnGround", "bsn_ground", T::Text, &A::bsnGround, QT_TRANSLATE_NOOP("Custodian::Fields", "Statutory ground for the BSN")),
            FA("dataSource", "data_source", T::Text, &A::dataSource, QT_TRANSLATE_NOOP("Custodian::Fields", "Source of the data")).inGroup("systems")
                .withPlaceholder(QT_TRANSLATE_NOOP("Custodian::Fields", "e.g. From the data subject, from the customer's administration")),
            FA("sourcePublic", "source_public", T::Bool, &A::sourcePublic, QT_TRANSLATE_NOOP("Custodian::Fields", "Publicly accessible source")).inGroup("systems"),
            FA("children", "children", T::Bool, &A::children, QT_TRANSLATE_NOOP("Custodian::Fields", "Children")),
            FA("systems", "systems", T::LongText, &A::systems, QT_TRANSLATE_NOOP("Custodian::Fields", "Systems")).inGroup("systems")
                .withPlaceholder(QT_TRANSLATE_NOOP("Custodian::Fields", "Applications used")),
            FA("storageLocation", "storage_location", T::LongText, &A::storageLocation, QT_TRANSLATE_NOOP("Custodian::Fields", "Storage location")).inGroup("systems")
                .withPlaceholder(QT_TRANSLATE_NOOP("Custodian::Fields", "Where the data is kept: system, supplier, country"))
                .withHint(QT_TRANSLATE_NOOP("Custodian::Fields", "Needed to answer access and erasure requests completely."))
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Record where the data is stored, so that access and erasure requests can be answered completely (Arts. 15 and 17; accountability, Art. 5(2)).")),
            FA("confidentiality", "confidentiality", T::Code, &A::confidentiality, QT_TRANSLATE_NOOP("Custodian::Fields", "Confidentiality")).withCodes(Codes::Kind::Confidentiality).inGroup("systems"),
            FA("logRetentionCount", "log_retention_count", T::Int, &A::logRetentionCount, QT_TRANSLATE_NOOP("Custodian::Fields", "Log retention")).inGroup("systems"),
            FA("logRetentionUnit", "log_retention_unit", T::Code, &A::logRetentionUnit, QT_TRANSLATE_NOOP("Custodian::Fields", "Log retention unit")).withCodes(Codes::Kind::PeriodUnit).inGroup("systems"),
            FA("automatedDecisions", "automated_decisions", T::Bool, &A::automatedDecisions, QT_TRANSLATE_NOOP("Custodian::Fields", "Automated decisions")),
            FA("profiling", "profiling", T::Bool, &A::profiling, QT_TRANSLATE_NOOP("Custodian::Fields", "Profiling")),
            FA("automatedLogic", "automated_logic", T::LongText, &A::automatedLogic, QT_TRANSLATE_NOOP("Custodian::Fields", "Logic involved")),
            FA("automatedConsequences", "automated_consequences", T::LongText, &A::automatedConsequences, QT_TRANSLATE_NOOP("Custodian::Fields", "Significance and consequences")),
            FA("art22Exception", "art22_exception", T::Code, &A::art22Exception, QT_TRANSLATE_NOOP("Custodian::Fields", "Exception (Art. 22(2))")).withCodes(Codes::Kind::Art22Exception),
            FA("art22LawReference", "art22_law_reference", T::Text, &A::art22LawReference, QT_TRANSLATE_NOOP("Custodian::Fields", "Law that authorises it")),
            FA("art22Safeguards", "art22_safeguards", T::LongText, &A::art22Safeguards, QT_TRANSLATE_NOOP("Custodian::Fields", "Safeguards (Art. 22(3))")),
            FA("publicMonitoring", "public_monitoring", T::Bool, &A::publicMonitoring, QT_TRANSLATE_NOOP("Custodian::Fields", "Monitoring of a public area")),
            FA("dpiaRequired", "dpia_required", T::Code, &A::dpiaRequired, QT_TRANSLATE_NOOP("Custodian::Fields", "DPIA required")).withCodes(Codes::Kind::DpiaRequired),
            FA("dpiaReasoning", "dpia_reasoning", T::LongText, &A::dpiaReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Reasoning")),
            FA("dpiaScreenedBy", "dpia_screened_by", T::Text, &A::dpiaScreenedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Assessed by")),
            FA("dpiaScreenedOn", "dpia_screened_on", T::Date, &A::dpiaScreenedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Assessed on")),
            FA("dpiaStatus", "dpia_status", T::Code, &A::dpiaStatus, QT_TRANSLATE_NOOP("Custodian::Fields", "DPIA status")).withCodes(Codes::Kind::DpiaStatus),
            FA("dpiaReference", "dpia_reference", T::Text, &A::dpiaReference, QT_TRANSLATE_NOOP("Custodian::Fields", "DPIA reference")),
            FA("dpiaCompletedOn", "dpia_completed_on", T::Date, &A::dpiaCompletedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "DPIA completed on")),
            FA("dpiaResidualRisk", "dpia_residual_risk", T::Code, &A::dpiaResidualRisk, QT_TRANSLATE_NOOP("Custodian::Fields", "Residual risk")).withCodes(Codes::Kind::ResidualRisk),
            FA("priorConsultationOn", "prior_consultation_on", T::Date, &A::priorConsultationOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Prior consultation submitted on")),
            FA("priorConsultationReference", "prior_consultation_reference", T::Text, &A::priorConsultationReference, QT_TRANSLATE_NOOP("Custodian::Fields", "Supervisory authority's reference")),
            FA("priorConsultationOutcome", "prior_consultation_outcome", T::LongText, &A::priorConsultationOutcome, QT_TRANSLATE_NOOP("Custodian::Fields", "Supervisory authority's advice")),
            FA("dpiaReviewOn", "dpia_review_on", T::Date, &A::dpiaReviewOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Review the DPIA on")),
            FA("publish", "publish", T::Bool, &A::publish, QT_TRANSLATE_NOOP("Custodian::Fields", "In the privacy statement")).inGroup("statement"),
            FA("publicPurpose", "public_purpose", T::LongText, &A::publicPurpose, QT_TRANSLATE_NOOP("Custodian::Fields", "Purpose in words for the public")).inGroup("statement"),
            FA("provisionRequirement", "provision_requirement", T::Code, &A::provisionRequirement, QT_TRANSLATE_NOOP("Custodian::Fields", "Providing the data is")).withCodes(Codes::Kind::ProvisionRequirement).inGroup("statement"),
            FA("provisionConsequence", "provision_consequence", T::LongText, &A::provisionConsequence, QT_TRANSLATE_NOOP("Custodian::Fields", "If the data is not provided")).inGroup("statement"),
            FA("directMarketing", "direct_marketing", T::Bool, &A::directMarketing, QT_TRANSLATE_NOOP("Custodian::Fields", "Direct marketing")).inGroup("statement"),
            FA("ownerDepartment", "owner_department", T::Text, &A::ownerDepartment, QT_TRANSLATE_NOOP("Custodian::Fields", "Department")),
            FA("category", "category", T::Text, &A::category, QT_TRANSLATE_NOOP("Custodian::Fields", "Category")),
            FA("basedOn", "based_on", T::Text, &A::basedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Based on (reference)")),
            FA("dpoNotes", "dpo_notes", T::LongText, &A::dpoNotes, QT_TRANSLATE_NOOP("Custodian::Fields", "DPO notes (not public)")),
            FA("ownerPerson", "owner_person", T::Text, &A::ownerPerson, QT_TRANSLATE_NOOP("Custodian::Fields", "Owner")),
            FA("status", "status", T::Code, &A::status, QT_TRANSLATE_NOOP("Custodian::Fields", "Status")).withCodes(Codes::Kind::ActivityStatus),
            FA("approvedBy", "approved_by", T::Text, &A::approvedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Approved by")),
            FA("approvedOn", "approved_on", T::Date, &A::approvedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Approved on")),
            FA("lastReviewed", "last_reviewed", T::Date, &A::lastReviewed, QT_TRANSLATE_NOOP("Custodian::Fields", "Last reviewed")),
            FA("nextReview", "next_review", T::Date, &A::nextReview, QT_TRANSLATE_NOOP("Custodian::Fields", "Next review")),
        },
        {
            CA::values("lawfulBases", "activity_lawful_basis", "activity_id", "basis", &A::lawfulBases, QT_TRANSLATE_NOOP("Custodian::Fields", "Lawful bases")).withCodes(Codes::Kind::LawfulBasis)
                .expect(Severity::Error, QT_TRANSLATE_NOOP("Custodian::Completeness", "Choose the lawful basis the processing rests on: every processing needs one of Art. 6(1).")),
            CA::values("audiences", "activity_audience", "activity_id", "audience", &A::audiences, QT_TRANSLATE_NOOP("Custodian::Fields", "Audiences")).withCodes(Codes::Kind::Audience),
            CA::values("wp248Criteria", "activity_wp248_criterion", "activity_id", "criterion", &A::wp248Criteria, QT_TRANSLATE_NOOP("Custodian::Fields", "WP248 criteria")).withCodes(Codes::Kind::Wp248Criterion),
            CA::values("dpiaCriteria", "activity_dpia_criterion", "activity_id", "criterion", &A::dpiaCriteria, QT_TRANSLATE_NOOP("Custodian::Fields", "DPIA criteria")).withCodes(Codes::Kind::DpiaCriterion),
            CA::values("subjectCategories", "activity_subject_category", "activity_id", "name", &A::subjectCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Categories of data subjects")).positioned()
                .expect(Severity::Error, QT_TRANSLATE_NOOP("Custodian::Completeness", "Name the categories of data subjects: Art. 30(1)(c) requires them in the record.")),
            CA::rows("dataCategories", "activity_data_category", "activity_id", &A::dataCategories, dataCategoryFields(), QT_TRANSLATE_NOOP("Custodian::Fields", "Categories of personal data")).positioned()
                .expect(Severity::Error, QT_TRANSLATE_NOOP("Custodian::Completeness", "Name the categories of personal data: Art. 30(1)(c) requires them in the record.")),
            // Art. 30(1)(d): recipients, or "none" (noRecipients); checked in CompletenessCheck.
            CA::rows("recipients", "activity_recipient", "activity_id", &A::recipients, recipientFields(), QT_TRANSLATE_NOOP("Custodian::Fields", "Recipients")).positioned(),
            CA::rows("transfers", "transfer", "activity_id", &A::transfers, transferFields(), QT_TRANSLATE_NOOP("Custodian::Fields", "Transfers")).positioned(),
            CA::rows("jointControllers", "activity_joint_controller", "activity_id", &A::jointControllers, jointControlFields(), QT_TRANSLATE_NOOP("Custodian::Fields", "Joint controllers")).positioned(),
            CA::links("measureUuids", "activity_measure", "activity_id", "measure_id", EntityKind::SecurityMeasure, &A::measureUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Security measures"))
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Link the technical and organisational security measures: Art. 30(1)(g) asks for a general description where possible (Art. 32(1)).")),
            CA::links("agreementUuids", "activity_agreement", "activity_id", "agreement_id", EntityKind::Agreement, &A::agreementUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Agreements")),
            CA::links("controllerBodyUuids", "activity_controller_body", "activity_id", "party_id", EntityKind::Party, &A::controllerBodyUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Controller (administrative body)")),
            CA::rows("extraFields", "activity_extra_field", "activity_id", &A::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject ProcessingActivity::toJson() const
{
    return spec().toJson(*this);
}

Findings ProcessorActivity::validate() const
{
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter a name for the processing, such as \"Hosting of the application for a "
                            "customer\".")});
    validateTransfers(findings, transfers);
    validateStewardship(findings, *this);
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

const EntitySpec<ProcessorActivity> &ProcessorActivity::spec()
{
    // One field a line.
    // clang-format off
    static const EntitySpec<P> spec = {
        EntityKind::ProcessorActivity,
        {
            FP("number", "number", T::Text, &P::number, QT_TRANSLATE_NOOP("Custodian::Fields", "Number")),
            FP("name", "name", T::Text, &P::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            FP("processingCategories", "processing_categories", T::LongText, &P::processingCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Categories of processing"))
                .expect(Severity::Error, QT_TRANSLATE_NOOP("Custodian::Completeness", "Describe the categories of processing carried out for the controller: Art. 30(2)(b) requires them.")),
            FP("description", "description", T::LongText, &P::description, QT_TRANSLATE_NOOP("Custodian::Fields", "Description")),
            FP("subjectCategories", "subject_categories", T::LongText, &P::subjectCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Categories of data subjects")).inGroup("data"),
            FP("dataCategories", "data_categories", T::LongText, &P::dataCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Categories of personal data")).inGroup("data"),
            FP("specialCategories", "special_categories", T::Bool, &P::specialCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Special categories")).inGroup("data"),
            FP("criminalData", "criminal_data", T::Bool, &P::criminalData, QT_TRANSLATE_NOOP("Custodian::Fields", "Criminal-offence data")).inGroup("data"),
            FP("bsn", "bsn", T::Bool, &P::bsn, QT_TRANSLATE_NOOP("Custodian::Fields", "Citizen service number (BSN)")).inGroup("data"),
            FP("dataSource", "data_source", T::Text, &P::dataSource, QT_TRANSLATE_NOOP("Custodian::Fields", "Source of the data")).inGroup("data"),
            FP("storageLocation", "storage_location", T::LongText, &P::storageLocation, QT_TRANSLATE_NOOP("Custodian::Fields", "Storage location")).inGroup("storage")
                .withPlaceholder(QT_TRANSLATE_NOOP("Custodian::Fields", "Where the data is kept: system, supplier, country"))
                .withHint(QT_TRANSLATE_NOOP("Custodian::Fields", "Needed to answer access and erasure requests completely."))
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Record where the data is stored: the controller needs it to answer access and erasure requests (Art. 28(3)(e)).")),
            FP("publicDescription", "public_description", T::LongText, &P::publicDescription, QT_TRANSLATE_NOOP("Custodian::Fields", "Description for the customers' users")),
            FP("ownerDepartment", "owner_department", T::Text, &P::ownerDepartment, QT_TRANSLATE_NOOP("Custodian::Fields", "Department")),
            FP("ownerPerson", "owner_person", T::Text, &P::ownerPerson, QT_TRANSLATE_NOOP("Custodian::Fields", "Owner")),
            FP("status", "status", T::Code, &P::status, QT_TRANSLATE_NOOP("Custodian::Fields", "Status")).withCodes(Codes::Kind::ActivityStatus),
            FP("lastReviewed", "last_reviewed", T::Date, &P::lastReviewed, QT_TRANSLATE_NOOP("Custodian::Fields", "Last reviewed")),
            FP("nextReview", "next_review", T::Date, &P::nextReview, QT_TRANSLATE_NOOP("Custodian::Fields", "Next review")),
        },
        {
            CP::links("controllerUuids", "processor_activity_controller", "processor_activity_id", "party_id",
                     EntityKind::Party, &P::controllerUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Controllers"))
                .expect(Severity::Error, QT_TRANSLATE_NOOP("Custodian::Completeness", "Name each controller on whose behalf this processing is carried out: Art. 30(2)(a) requires them.")),
            CP::rows("transfers", "transfer", "processor_activity_id", &P::transfers, transferFields(), QT_TRANSLATE_NOOP("Custodian::Fields", "Transfers")).positioned(),
            CP::links("measureUuids", "processor_activity_measure", "processor_activity_id", "measure_id",
                     EntityKind::SecurityMeasure, &P::measureUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Security measures"))
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Link the technical and organisational security measures: Art. 30(2)(d) asks for a general description where possible (Art. 32(1)).")),
            CP::links("agreementUuids", "processor_activity_agreement", "processor_activity_id", "agreement_id",
                     EntityKind::Agreement, &P::agreementUuids, QT_TRANSLATE_NOOP("Custodian::Fields", "Agreements")),
            CP::rows("extraFields", "processor_activity_extra_field", "processor_activity_id", &P::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject ProcessorActivity::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
