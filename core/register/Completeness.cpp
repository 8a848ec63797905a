#include "Completeness.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/Store.h"

#include <QJsonObject>

#include <algorithm>

namespace Custodian::Register {

using Domain::Agreement;
using Domain::ClauseCheck;
using Domain::Codes;
using Domain::DataCategory;
using Domain::Finding;
using Domain::Findings;
using Domain::ProcessingActivity;
using Domain::ProcessorActivity;
using Domain::Transfer;
using Severity = Domain::Finding::Severity;

// =============================================================================================
// RegisterSnapshot

Status RegisterSnapshot::load(Storage::Store &database, RegisterSnapshot *snapshot)
{
    *snapshot = RegisterSnapshot();
    Status status = OrganisationService(database).load(&snapshot->organisation);
    if (status)
        status = ActivityService(database).list(&snapshot->activities);
    if (status)
        status = ProcessorActivityService(database).list(&snapshot->processorActivities);
    if (status)
        status = PartyService(database).list(&snapshot->parties);
    if (status)
        status = AgreementService(database).list(&snapshot->agreements);
    if (status)
        status = RetentionRuleService(database).list(&snapshot->retentionRules);
    if (status)
        status = SecurityMeasureService(database).list(&snapshot->measures);
    if (!status)
        return status;
    snapshot->buildIndex();
    return Status::ok();
}

void RegisterSnapshot::buildIndex()
{
    partyIndex.clear();
    agreementIndex.clear();
    retentionRuleIndex.clear();
    controllersServed.clear();
    partyIndex.reserve(parties.size());
    for (qsizetype i = 0; i < parties.size(); ++i)
        partyIndex.insert(parties.at(i).uuid, i);
    agreementIndex.reserve(agreements.size());
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        const Agreement &agreement = agreements.at(i);
        agreementIndex.insert(agreement.uuid, i);
        if (agreement.processorUuid.isEmpty() && !agreement.controllerUuid.isEmpty())
            controllersServed.insert(agreement.controllerUuid, i);
    }
    retentionRuleIndex.reserve(retentionRules.size());
    for (qsizetype i = 0; i < retentionRules.size(); ++i)
        retentionRuleIndex.insert(retentionRules.at(i).uuid, i);
}

namespace {

// The indexed position when it still points at the right item; otherwise a scan.
template<typename T> const T *lookup(const QList<T> &items, const QHash<QString, qsizetype> &index, const QString &uuid)
{
    if (uuid.isEmpty())
        return nullptr;
    const qsizetype at = index.value(uuid, -1);
    if (at >= 0 && at < items.size() && items.at(at).uuid == uuid)
        return &items.at(at);
    // Not indexed, or the lists changed since: scan. In a loaded register every link resolves, so
    // this only runs for dangling links, which are findings anyway.
    for (const T &item : items) {
        if (item.uuid == uuid)
            return &item;
    }
    return nullptr;
}

} // namespace

const Domain::Party *RegisterSnapshot::party(const QString &uuid) const
{
    return lookup(parties, partyIndex, uuid);
}

const Domain::Agreement *RegisterSnapshot::agreement(const QString &uuid) const
{
    return lookup(agreements, agreementIndex, uuid);
}

const Domain::RetentionRule *RegisterSnapshot::retentionRule(const QString &uuid) const
{
    return lookup(retentionRules, retentionRuleIndex, uuid);
}

bool RegisterSnapshot::hasAgreementAsProcessorFor(const QString &controllerUuid) const
{
    if (controllerUuid.isEmpty())
        return false;
    const qsizetype at = controllersServed.value(controllerUuid, -1);
    if (at >= 0 && at < agreements.size() && agreements.at(at).processorUuid.isEmpty() &&
        agreements.at(at).controllerUuid == controllerUuid)
        return true;
    return std::any_of(agreements.cbegin(), agreements.cend(), [&controllerUuid](const Agreement &agreement) {
        return agreement.processorUuid.isEmpty() && agreement.controllerUuid == controllerUuid;
    });
}

// =============================================================================================
// CompletenessCheck

namespace {

void add(Findings &findings, const char *field, Severity severity, const QString &message)
{
    findings.append({QLatin1String(field), severity, message});
}

// Art. 30(1)(e) and 30(2)(c) ask the same of a transfer; article names the paragraph.
void checkTransfers(Findings &findings, const QList<Transfer> &transfers, const QString &article, QDate today)
{
    for (int i = 0; i < transfers.size(); ++i) {
        const Transfer &transfer = transfers.at(i);
        const int row = i + 1;
        if (transfer.country.trimmed().isEmpty())
            add(findings, "transfers", Severity::Error,
                CompletenessCheck::tr("The transfer in row %1 does not name the third country or international "
                                      "organisation: %2 requires it.")
                    .arg(row)
                    .arg(article));
        if (transfer.mechanism.isEmpty())
            add(findings, "transfers", Severity::Error,
                CompletenessCheck::tr("The transfer in row %1 names no transfer mechanism: record the adequacy "
                                      "decision, safeguards or derogation it rests on (Arts. 44 to 49, %2).")
                    .arg(row)
                    .arg(article));
        else if (transfer.mechanism == QLatin1String("scc") && transfer.sccModule.isEmpty())
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 rests on standard contractual clauses but names no "
                                      "module: record which module of Decision (EU) 2021/914 was signed "
                                      "(Art. 46(2)(c)).")
                    .arg(row));
        else if (transfer.mechanism == QLatin1String("dpf") &&
                 (!transfer.dpfCheckedOn.isValid() || transfer.dpfCheckedOn.addMonths(12) < today))
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 relies on the EU-US Data Privacy Framework, which "
                                      "covers only certified organisations: check the recipient's certification "
                                      "and record the date (not checked in the last 12 months; Art. 45).")
                    .arg(row));
    }
}

void checkReview(Findings &findings, QDate nextReview, QDate today)
{
    if (!nextReview.isValid())
        add(findings, "nextReview", Severity::Warning,
            CompletenessCheck::tr("No next review date is set: plan one, so the record stays accurate "
                                  "(accountability, Art. 5(2) and Art. 24(1))."));
    else if (nextReview < today)
        add(findings, "nextReview", Severity::Warning,
            CompletenessCheck::tr("The review planned for %1 is overdue: review the record and set the next date "
                                  "(accountability, Art. 5(2) and Art. 24(1)).")
                .arg(nextReview.toString(Qt::ISODate)));
}

QString quoted(const QString &name)
{
    return QStringLiteral("\"%1\"").arg(name);
}

bool isRetired(const QString &status)
{
    return status == QLatin1String("retired");
}

Findings organisationFindings(const Domain::Organisation &organisation)
{
    Findings findings = organisation.validate();
    if (organisation.dpoName.trimmed().isEmpty())
        add(findings, "dpoName", Severity::Warning,
            CompletenessCheck::tr("No data protection officer is named: Art. 30(1)(a) asks for the DPO's contact "
                                  "details. Name the DPO, or record why none is designated (Art. 37)."));
    return findings;
}

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

} // namespace

Findings CompletenessCheck::forActivity(const ProcessingActivity &activity, const RegisterSnapshot &snapshot,
                                        QDate today)
{
    // What the record expects of single fields and lists is declared in its field table.
    Findings findings = ProcessingActivity::spec().unmetExpectations(activity);
    if (activity.hasSpecialCategories() && activity.art9Exception.isEmpty())
        add(findings, "art9Exception", Severity::Error,
            tr("Special categories of personal data are processed without an exception: choose the Art. 9(2) "
               "exception that allows it."));
    if (activity.criminalData && activity.criminalDataGround.trimmed().isEmpty())
        add(findings, "criminalDataGround", Severity::Error,
            tr("Criminal-offence data is processed without a ground: record the authority or law that allows it "
               "(Art. 10; UAVG arts. 31 to 33)."));
    if (activity.bsn && activity.bsnGround.trimmed().isEmpty())
        add(findings, "bsnGround", Severity::Error,
            tr("The citizen service number (BSN) is processed without a ground: name the law that prescribes it "
               "(UAVG art. 46)."));
    if (activity.lawfulBases.contains(QLatin1String("f")) && activity.liaReference.trimmed().isEmpty())
        add(findings, "liaReference", Severity::Warning,
            tr("The processing rests on legitimate interests without a reference to the balancing test: record "
               "the legitimate-interest assessment (Art. 6(1)(f), Art. 5(2))."));
    if (!activity.transfers.isEmpty())
        checkTransfers(findings, activity.transfers, tr("Art. 30(1)(e)"), today);
    for (const DataCategory &category : activity.dataCategories) {
        if (category.retentionRuleUuid.isEmpty()) {
            add(findings, "dataCategories", Severity::Warning,
                tr("The category %1 has no retention period: link a retention rule, as Art. 30(1)(f) asks where "
                   "possible.")
                    .arg(quoted(category.name)));
            continue;
        }
        const Domain::RetentionRule *rule = snapshot.retentionRule(category.retentionRuleUuid);
        if (rule && rule->legalSource.trimmed().isEmpty())
            add(findings, "dataCategories", Severity::Warning,
                tr("The retention rule %1 of the category %2 names no legal ground: record the statute, guidance or "
                   "policy the period comes from (Art. 30(1)(f), Art. 5(1)(e)).")
                    .arg(quoted(rule->name), quoted(category.name)));
    }
    if (activity.ownerDepartment.trimmed().isEmpty() && activity.ownerPerson.trimmed().isEmpty())
        add(findings, "ownerDepartment", Severity::Info,
            tr("Name the department or person who owns the processing, so questions reach someone "
               "(accountability, Art. 5(2))."));
    checkReview(findings, activity.nextReview, today);
    if (!isRetired(activity.status)) {
        for (const QString &uuid : activity.agreementUuids) {
            const Agreement *agreement = snapshot.agreement(uuid);
            if (!agreement)
                continue;
            if (agreement->status == QLatin1String("terminated"))
                add(findings, "agreementUuids", Severity::Error,
                    tr("The processing relies on the agreement %1, which has been terminated: a processor needs a "
                       "binding agreement (Art. 28(3)). Link the current agreement.")
                        .arg(quoted(agreement->title)));
            else if (agreement->isExpired(today))
                add(findings, "agreementUuids", Severity::Error,
                    tr("The processing relies on the agreement %1, which expired on %2: a processor needs a binding "
                       "agreement (Art. 28(3)). Renew it or link the current one.")
                        .arg(quoted(agreement->title), agreement->expiresOn.toString(Qt::ISODate)));
        }
    }
    if (activity.dpiaRequired == QLatin1String("yes") && activity.dpiaStatus != QLatin1String("completed"))
        add(findings, "dpiaStatus", Severity::Error,
            tr("A DPIA is required but not completed: Art. 35(1) requires it before the processing starts."));
    if (activity.dpiaRequired == QLatin1String("no") && !activity.dpiaCriteria.isEmpty()) {
        QStringList labels;
        for (const QString &criterion : activity.dpiaCriteria)
            labels.append(Codes::label(Codes::Kind::DpiaCriterion, criterion));
        add(findings, "dpiaRequired", Severity::Error,
            tr("The processing falls under the Dutch DPA's list of processing that always needs a DPIA (%1), but "
               "is marked as not needing one: carry out the DPIA (Art. 35(4)).")
                .arg(labels.join(QLatin1String(", "))));
    }
    return findings;
}

Findings CompletenessCheck::forProcessorActivity(const ProcessorActivity &activity, const RegisterSnapshot &snapshot,
                                                 QDate today)
{
    Findings findings = ProcessorActivity::spec().unmetExpectations(activity);
    if (activity.controllerUuid.isEmpty() || !snapshot.party(activity.controllerUuid))
        add(findings, "controllerUuid", Severity::Error,
            tr("Name the controller this processing is carried out for: Art. 30(2)(a) requires it in the record."));
    if (!activity.transfers.isEmpty())
        checkTransfers(findings, activity.transfers, tr("Art. 30(2)(c)"), today);
    checkReview(findings, activity.nextReview, today);
    if (!activity.controllerUuid.isEmpty() && snapshot.party(activity.controllerUuid)) {
        bool linked = false;
        for (const QString &uuid : activity.agreementUuids) {
            const Agreement *agreement = snapshot.agreement(uuid);
            if (agreement && agreement->controllerUuid == activity.controllerUuid)
                linked = true;
        }
        if (!linked && !snapshot.hasAgreementAsProcessorFor(activity.controllerUuid))
            add(findings, "agreementUuids", Severity::Error,
                tr("There is no processing agreement with %1: processing for a controller must be governed by one "
                   "(Art. 28(3)).")
                    .arg(quoted(snapshot.party(activity.controllerUuid)->name)));
    }
    return findings;
}

Findings CompletenessCheck::forAgreement(const Agreement &agreement, const RegisterSnapshot &snapshot, QDate today)
{
    Findings findings;
    const bool terminated = agreement.status == QLatin1String("terminated");
    if (!terminated) {
        for (const ClauseCheck &clause : agreement.clauses) {
            if (!clause.ticked)
                findings.append(
                    {QStringLiteral("clauses.") + clause.clause, Severity::Error,
                     tr("The agreement does not show that it covers this Art. 28(3) item: %1. Tick it with the "
                        "clause that covers it, or amend the agreement.")
                         .arg(Codes::label(Codes::Kind::AgreementClause, clause.clause))});
        }
        if (agreement.kind == QLatin1String("sub_processing") &&
            (agreement.parentUuid.isEmpty() || !snapshot.agreement(agreement.parentUuid)))
            add(findings, "parentUuid", Severity::Error,
                tr("A sub-processing agreement must pass on the obligations of the agreement above it "
                   "(Art. 28(4)): choose that agreement as its parent."));
        if (agreement.status == QLatin1String("active") && agreement.isExpired(today))
            add(findings, "expiresOn", Severity::Error,
                tr("The agreement expired on %1 but is still active: renew it or terminate it (Art. 28(3)).")
                    .arg(agreement.expiresOn.toString(Qt::ISODate)));
        if (agreement.reviewOn.isValid() && agreement.reviewOn < today)
            add(findings, "reviewOn", Severity::Warning,
                tr("The review planned for %1 is overdue: check the agreement still matches the processing "
                   "(Art. 28(1)).")
                    .arg(agreement.reviewOn.toString(Qt::ISODate)));
        if (agreement.subprocessorAuthorisation == QLatin1String("general") && agreement.objectionWindowDays <= 0)
            add(findings, "objectionWindowDays", Severity::Warning,
                tr("Sub-processors are generally authorised but no objection window is recorded: Art. 28(2) gives "
                   "the controller the chance to object to changes. Record the agreed number of days."));
        for (const Domain::SubprocessorNotice &notice : agreement.notices) {
            if (notice.decision == QLatin1String("pending") && notice.objectionDeadline.isValid() &&
                notice.objectionDeadline < today)
                add(findings, "notices", Severity::Warning,
                    tr("The objection period for the sub-processor change received on %1 ended on %2 without a "
                       "decision: record whether it was accepted or objected to (Art. 28(2)).")
                        .arg(notice.receivedOn.toString(Qt::ISODate), notice.objectionDeadline.toString(Qt::ISODate)));
        }
    } else if (agreement.endOfContract.isEmpty() || agreement.endOfContractProof.trimmed().isEmpty()) {
        add(findings, "endOfContractProof", Severity::Warning,
            tr("The agreement is terminated without proof that the data was deleted or returned: record it "
               "(Art. 28(3)(g))."));
    }
    if (agreement.attachments.isEmpty())
        add(findings, "attachments", Severity::Warning,
            tr("No signed copy of the agreement is kept: add the document, as Art. 28(9) requires the agreement in "
               "writing."));
    return findings;
}

QList<EntityFinding> CompletenessCheck::run(const RegisterSnapshot &input, QDate today)
{
    // Copying the lists is cheap (implicitly shared); the index makes every lookup constant time.
    RegisterSnapshot snapshot = input;
    snapshot.buildIndex();

    QList<EntityFinding> result;
    const QString organisationName = snapshot.organisation.name;
    for (const Finding &finding : organisationFindings(snapshot.organisation))
        result.append({Domain::EntityKinds::code(Domain::EntityKind::Organisation), snapshot.organisation.uuid,
                       organisationName, finding});
    for (const ProcessingActivity &activity : std::as_const(snapshot.activities)) {
        if (isRetired(activity.status))
            continue;
        for (const Finding &finding : forActivity(activity, snapshot, today))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::ProcessingActivity), activity.uuid,
                           activity.name, finding});
    }
    for (const ProcessorActivity &activity : std::as_const(snapshot.processorActivities)) {
        if (isRetired(activity.status))
            continue;
        for (const Finding &finding : forProcessorActivity(activity, snapshot, today))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::ProcessorActivity), activity.uuid,
                           activity.name, finding});
    }
    for (const Agreement &agreement : std::as_const(snapshot.agreements)) {
        for (const Finding &finding : forAgreement(agreement, snapshot, today))
            result.append(
                {Domain::EntityKinds::code(Domain::EntityKind::Agreement), agreement.uuid, agreement.title, finding});
    }
    return result;
}

QJsonArray CompletenessCheck::toJson(const QList<EntityFinding> &findings)
{
    QJsonArray array;
    for (const EntityFinding &item : findings)
        array.append(QJsonObject{{QStringLiteral("entity"), item.entity},
                                 {QStringLiteral("uuid"), item.uuid},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("field"), item.finding.field},
                                 {QStringLiteral("severity"), severityCode(item.finding.severity)},
                                 {QStringLiteral("message"), item.finding.message}});
    return array;
}

} // namespace Custodian::Register
