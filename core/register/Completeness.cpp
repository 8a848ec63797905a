#include "Completeness.h"

#include "DocumentLanguage.h"

#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/FieldSpec.h"
#include "domain/RetentionCatalogue.h"
#include "domain/SpecialGrounds.h"
#include "domain/TransferRules.h"
#include "register/CompletenessParts.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/Store.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>

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
// CompletenessCheck

namespace {

using CheckParts::add;
using CheckParts::isBelowAny;
using CheckParts::subProcessingBelow;
using CheckParts::subProcessingBelowAll;

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
        const QString code = transfer.country.trimmed().toUpper();
        if (Domain::TransferRules::isEea(code))
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 goes to %2, in the EEA: sending data there is not a "
                                      "transfer to a third country (Art. 44). Remove the row, or correct the country.")
                    .arg(row)
                    .arg(Domain::Countries::name(code)));
        else if (transfer.mechanism == QLatin1String("adequacy")) {
            const std::optional<Domain::TransferRules::Adequacy> decision =
                Domain::TransferRules::adequacyFor(code, Domain::RetentionCatalogue::uiLanguage());
            if (!decision)
                add(findings, "transfers", Severity::Error,
                    CompletenessCheck::tr("The transfer in row %1 relies on an adequacy decision, but the Commission "
                                          "has adopted none for %2 (Art. 45): record the safeguards or derogation it "
                                          "rests on.")
                        .arg(row)
                        .arg(Domain::Countries::name(code)));
            else if (decision->mechanism == QLatin1String("dpf"))
                add(findings, "transfers", Severity::Error,
                    CompletenessCheck::tr("The transfer in row %1 relies on the adequacy decision for %2, which covers "
                                          "only organisations certified under the EU-US Data Privacy Framework: record "
                                          "the Data Privacy Framework, or other safeguards (Art. 45).")
                        .arg(row)
                        .arg(Domain::Countries::name(code)));
        }
        if (transfer.mechanism == QLatin1String("derogation") && transfer.derogation.isEmpty())
            add(findings, "transfers", Severity::Error,
                CompletenessCheck::tr("The transfer in row %1 rests on a derogation without saying which: choose one "
                                      "of Art. 49(1)(a) to (g), or the compelling legitimate interests of its second "
                                      "subparagraph.")
                    .arg(row));
        else if (transfer.mechanism == QLatin1String("derogation") &&
                 transfer.derogation == QLatin1String("compelling") && transfer.safeguards.trimmed().isEmpty())
            add(findings, "transfers", Severity::Error,
                CompletenessCheck::tr("The transfer in row %1 rests on compelling legitimate interests: document the "
                                      "assessment and the suitable safeguards, and inform the supervisory authority "
                                      "and the data subject (Art. 49(1), second subparagraph; %2).")
                    .arg(row)
                    .arg(article));
        if (transfer.mechanism == QLatin1String("other"))
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 rests on safeguards of Art. 46 without saying which: "
                                      "choose the instrument, such as standard contractual clauses, binding corporate "
                                      "rules, a code of conduct or a certification.")
                    .arg(row));
        if (Domain::TransferRules::needsAuthorisation(transfer.mechanism) &&
            transfer.saAuthorisation.trimmed().isEmpty())
            add(findings, "transfers", Severity::Error,
                CompletenessCheck::tr("The transfer in row %1 rests on %2, which needs the authorisation of the "
                                      "competent supervisory authority: record its reference and date "
                                      "(Art. 46(3)).")
                    .arg(row)
                    .arg(Domain::Codes::label(Domain::Codes::Kind::TransferMechanism, transfer.mechanism)));
        if (Domain::TransferRules::isArticle46(transfer.mechanism) && transfer.tiaReference.trimmed().isEmpty())
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 rests on safeguards of Art. 46 without a transfer impact "
                                      "assessment: record where it is kept (EDPB Recommendations 01/2020).")
                    .arg(row));
        if (transfer.mechanism == QLatin1String("dpf") &&
            (!transfer.dpfCheckedOn.isValid() || transfer.dpfCheckedOn.addMonths(12) < today))
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 relies on the EU-US Data Privacy Framework, which "
                                      "covers only certified organisations: check the recipient's certification "
                                      "and record the date (not checked in the last 12 months; Art. 45).")
                    .arg(row));
    }
}

// A13: the module of the standard contractual clauses (Decision (EU) 2021/914) follows the roles:
// module 1 controller to controller, 2 controller to processor, 3 processor to (sub-)processor,
// 4 processor back to its controller. controllers is null for our own record as controller, and
// names the controllers we act for in a record of processing as a processor.
void checkSccModules(Findings &findings, const QList<Transfer> &transfers, const RegisterSnapshot &snapshot,
                     const QStringList *controllers)
{
    for (int i = 0; i < transfers.size(); ++i) {
        const Transfer &transfer = transfers.at(i);
        if (transfer.mechanism != QLatin1String("scc") || transfer.sccModule.isEmpty())
            continue;
        const QString &module = transfer.sccModule;
        const Domain::Party *party = snapshot.party(transfer.partyUuid);
        const bool toProcessor = party && (party->roles.contains(QLatin1String("processor")) ||
                                           party->roles.contains(QLatin1String("sub_processor")));
        const bool toController = party && !toProcessor &&
                                  (party->roles.contains(QLatin1String("controller")) ||
                                   party->roles.contains(QLatin1String("joint_controller")));
        QString expected;
        if (!controllers) {
            if (module == QLatin1String("p2p") || module == QLatin1String("p2c") ||
                (module == QLatin1String("c2c") && toProcessor))
                expected = toController ? CompletenessCheck::tr("module 1 (controller to controller)")
                                        : CompletenessCheck::tr("module 2 (controller to processor)");
            else if (module == QLatin1String("c2p") && toController)
                expected = CompletenessCheck::tr("module 1 (controller to controller)");
        } else {
            const bool back = party && controllers->contains(party->uuid);
            if (module == QLatin1String("c2c") || module == QLatin1String("c2p") ||
                (module == QLatin1String("p2p") && back))
                expected = back ? CompletenessCheck::tr("module 4 (processor to controller)")
                                : CompletenessCheck::tr("module 3 (processor to processor)");
            else if (module == QLatin1String("p2c") && toProcessor && !back)
                expected = CompletenessCheck::tr("module 3 (processor to processor)");
        }
        if (!expected.isEmpty())
            add(findings, "transfers", Severity::Warning,
                CompletenessCheck::tr("The transfer in row %1 uses %2 of the standard contractual clauses, but the "
                                      "roles call for %3 (Decision (EU) 2021/914).")
                    .arg(i + 1)
                    .arg(QStringLiteral("\"%1\"").arg(Domain::Codes::label(Domain::Codes::Kind::SccModule, module)),
                         expected));
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
    const bool named = !organisation.dpoName.trimmed().isEmpty();
    if (organisation.dpoStatus == QLatin1String("not_required")) {
        if (organisation.dpoReasoning.trimmed().isEmpty())
            add(findings, "dpoReasoning", Severity::Warning,
                CompletenessCheck::tr("No DPO is required, but the reasoning is not recorded: document why "
                                      "Art. 37(1) does not apply, as the WP29 guidelines on DPOs (WP243) "
                                      "recommend."));
    } else if (!named) {
        add(findings, "dpoName", Severity::Warning,
            organisation.dpoStatus.isEmpty()
                ? CompletenessCheck::tr("No data protection officer is named: Art. 30(1)(a) asks for the DPO's "
                                        "contact details. Name the DPO, or record that none is required and why "
                                        "(Art. 37).")
                : CompletenessCheck::tr("A DPO is appointed but not named: Art. 30(1)(a) asks for the DPO's contact "
                                        "details."));
    } else if (!organisation.dpoRegisteredOn.isValid()) {
        add(findings, "dpoRegisteredOn", Severity::Info,
            CompletenessCheck::tr("Record the date the DPO was communicated to the supervisory authority: Art. 37(7) "
                                  "requires it (in the Netherlands, through the AP's register of DPOs)."));
    }
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

bool CompletenessCheck::isInForce(const Agreement &agreement, QDate today)
{
    return agreement.status == QLatin1String("active") && !agreement.isExpired(today) &&
           (!agreement.effectiveOn.isValid() || agreement.effectiveOn <= today);
}

namespace {

// Why an agreement relied on does not govern the processing, or nothing when it is in force.
// `approved`: the record is established, so a draft is an error, not a warning (A2).
void checkReliedOn(Findings &findings, const Agreement &agreement, bool approved, QDate today)
{
    if (agreement.status == QLatin1String("terminated"))
        add(findings, "agreementUuids", Severity::Error,
            CompletenessCheck::tr(
                "The processing relies on the agreement %1, which has been terminated: a processor needs a "
                "binding agreement (Art. 28(3)). Link the current agreement.")
                .arg(quoted(agreement.title)));
    else if (agreement.isExpired(today))
        add(findings, "agreementUuids", Severity::Error,
            CompletenessCheck::tr(
                "The processing relies on the agreement %1, which expired on %2: a processor needs a binding "
                "agreement (Art. 28(3)). Renew it or link the current one.")
                .arg(quoted(agreement.title), agreement.expiresOn.toString(Qt::ISODate)));
    else if (agreement.status == QLatin1String("draft"))
        add(findings, "agreementUuids", approved ? Severity::Error : Severity::Warning,
            CompletenessCheck::tr(
                "The processing relies on the agreement %1, which is still a draft: an agreement binds only "
                "once it is concluded in writing (Art. 28(3) and 28(9)). Record it as active when it is.")
                .arg(quoted(agreement.title)));
    else if (agreement.effectiveOn.isValid() && agreement.effectiveOn > today)
        add(findings, "agreementUuids", Severity::Warning,
            CompletenessCheck::tr(
                "The processing relies on the agreement %1, which takes effect only on %2: until then the "
                "processor has no binding agreement (Art. 28(3)).")
                .arg(quoted(agreement.title), agreement.effectiveOn.toString(Qt::ISODate)));
}

bool isApproved(const QString &status)
{
    return status == QLatin1String("approved");
}

// A13: the sub-processors engaged below the activity's linked agreements receive its data too; one
// outside the EEA needs a transfer in the record, like a recipient there. Recipients have a rule of
// their own, and a terminated sub-processing agreement engages no one.
void checkSubProcessorTransfers(Findings &findings, const ProcessingActivity &activity,
                                const RegisterSnapshot &snapshot)
{
    QList<const Agreement *> linked;
    for (const QString &uuid : activity.agreementUuids) {
        if (const Agreement *agreement = snapshot.agreement(uuid))
            linked.append(agreement);
    }
    if (linked.isEmpty())
        return;
    QSet<QString> named;
    for (const Domain::Recipient &recipient : activity.recipients)
        named.insert(recipient.partyUuid);
    for (const Transfer &transfer : activity.transfers)
        named.insert(transfer.partyUuid);
    for (const Agreement *below : subProcessingBelowAll(linked, snapshot)) {
        const Agreement &agreement = *below;
        if (agreement.status == QLatin1String("terminated") || named.contains(agreement.processorUuid))
            continue;
        const Domain::Party *party = snapshot.party(agreement.processorUuid);
        if (!party || party->country.trimmed().isEmpty() || Domain::TransferRules::isEea(party->country))
            continue;
        named.insert(party->uuid);
        add(findings, "transfers", Severity::Warning,
            CompletenessCheck::tr("The sub-processor %1 in %2, engaged under %3, is outside the EEA, but no transfer "
                                  "to it is recorded: record the transfer and what it rests on (Art. 30(1)(e), "
                                  "Art. 44, Art. 28(4)).")
                .arg(quoted(party->name), Domain::Countries::name(party->country), quoted(agreement.title)));
    }
}

// Art. 30(1)(d) and the Art. 28 cross-checks between recipients and linked agreements (A1, A16,
// A26): every processor among the recipients is a party with a linked agreement as processor, and
// every linked agreement's processor is among the recipients.
void checkRecipientsAndAgreements(Findings &findings, const ProcessingActivity &activity,
                                  const RegisterSnapshot &snapshot, QDate today)
{
    if (activity.recipients.isEmpty() && !activity.noRecipients)
        add(findings, "recipients", Severity::Error,
            CompletenessCheck::tr(
                "Name the categories of recipients, internal ones and processors included, or record that the "
                "data is disclosed to no one: Art. 30(1)(d) requires them in the record."));

    QList<const Agreement *> linked;
    for (const QString &uuid : activity.agreementUuids) {
        if (const Agreement *agreement = snapshot.agreement(uuid))
            linked.append(agreement);
    }
    const bool approved = isApproved(activity.status);
    for (const Agreement *agreement : std::as_const(linked)) {
        if (agreement->processorUuid.isEmpty() && !agreement->controllerUuid.isEmpty()) {
            const Domain::Party *controller = snapshot.party(agreement->controllerUuid);
            add(findings, "agreementUuids", Severity::Warning,
                CompletenessCheck::tr(
                    "In the agreement %1 our organisation is the processor, for %2: it governs processing for "
                    "that controller, not this activity. Link it to the record of processing as a processor "
                    "(Art. 30(2)).")
                    .arg(quoted(agreement->title),
                         controller ? quoted(controller->name) : CompletenessCheck::tr("another party")));
            continue;
        }
        checkReliedOn(findings, *agreement, approved, today);
    }

    QSet<QString> recipientParties;
    for (int i = 0; i < activity.recipients.size(); ++i) {
        const Domain::Recipient &recipient = activity.recipients.at(i);
        recipientParties.insert(recipient.partyUuid);
        if (recipient.kind != QLatin1String("processor"))
            continue;
        const Domain::Party *party = snapshot.party(recipient.partyUuid);
        if (!party) {
            add(findings, "recipients", Severity::Error,
                CompletenessCheck::tr(
                    "The processor in row %1 of the recipients is not a party in the register: choose the "
                    "party, so that its processing agreement can be checked (Art. 28(3)).")
                    .arg(i + 1));
            continue;
        }
        // UI review M1: a processor named in a hurry has no role and no country; its country says
        // whether the data leaves the EEA (Art. 30(1)(e)), its role whether it is treated as one.
        if (party->country.trimmed().isEmpty())
            add(findings, "recipients", Severity::Warning,
                CompletenessCheck::tr("Record the country of the processor %1: it shows whether the data leaves the "
                                      "EEA (Art. 30(1)(e), Art. 44).")
                    .arg(quoted(party->name)));
        if (!party->roles.contains(QLatin1String("processor")) &&
            !party->roles.contains(QLatin1String("sub_processor")))
            add(findings, "recipients", Severity::Info,
                CompletenessCheck::tr("%1 receives the data as a processor, but the party does not have the processor "
                                      "role: give it the role, so that lists and reports show it as one (Art. 4(8)).")
                    .arg(quoted(party->name)));
        const bool covered = std::any_of(linked.cbegin(), linked.cend(), [&party](const Agreement *agreement) {
            return agreement->processorUuid == party->uuid;
        });
        if (covered)
            continue;
        // A sub-processor is covered by its sub-processing agreement in the chain below a linked
        // agreement (Art. 28(4)).
        if (const Agreement *sub = subProcessingBelow(linked, party->uuid, snapshot)) {
            checkReliedOn(findings, *sub, approved, today);
            continue;
        }
        const Agreement *existing = snapshot.agreementWithProcessor(party->uuid, today);
        if (existing && CompletenessCheck::isInForce(*existing, today))
            add(findings, "agreementUuids", Severity::Error,
                CompletenessCheck::tr(
                    "%1 is a processor of this activity, but its agreement %2 is not linked: link it, so the "
                    "record shows the processing is governed by it (Art. 28(3)).")
                    .arg(quoted(party->name), quoted(existing->title)));
        else
            add(findings, "agreementUuids", Severity::Error,
                CompletenessCheck::tr(
                    "%1 is a processor of this activity, but no agreement with %1 as processor is linked: "
                    "processing by a processor must be governed by a binding agreement (Art. 28(3)).")
                    .arg(quoted(party->name)));
    }
    for (const Agreement *agreement : std::as_const(linked)) {
        if (agreement->processorUuid.isEmpty() || !agreement->controllerUuid.isEmpty() ||
            recipientParties.contains(agreement->processorUuid))
            continue;
        const Domain::Party *processor = snapshot.party(agreement->processorUuid);
        if (processor)
            add(findings, "recipients", Severity::Warning,
                CompletenessCheck::tr(
                    "The linked agreement %1 names %2 as processor, but %2 is not among the recipients: add it "
                    "as a processor (Art. 30(1)(d)).")
                    .arg(quoted(agreement->title), quoted(processor->name)));
    }
}

// What justifies and publishes each lawful basis (A12).
void checkLawfulBases(Findings &findings, const ProcessingActivity &activity)
{
    const QStringList &bases = activity.lawfulBases;
    if ((bases.contains(QLatin1String("c")) || bases.contains(QLatin1String("e"))) &&
        activity.legalProvision.trimmed().isEmpty())
        add(findings, "legalProvision", Severity::Warning,
            CompletenessCheck::tr("A legal obligation or public task must be laid down in Union or Dutch law: name the "
                                  "law and article it rests on, such as \"AWR art. 52\" (Art. 6(3))."));
    if (bases.contains(QLatin1String("f")) && activity.legitimateInterest.trimmed().isEmpty())
        add(findings, "legitimateInterest", Severity::Warning,
            CompletenessCheck::tr("Describe the legitimate interests pursued: data subjects must be told them "
                                  "(Arts. 13(1)(d) and 14(2)(b)), and the balancing test weighs them."));
    if (bases.contains(QLatin1String("a"))) {
        if (activity.consentRecord.trimmed().isEmpty())
            add(findings, "consentRecord", Severity::Warning,
                CompletenessCheck::tr("Record where the consents are kept: the controller must be able to "
                                      "demonstrate consent (Art. 7(1))."));
        if (activity.consentWithdrawal.trimmed().isEmpty())
            add(findings, "consentWithdrawal", Severity::Warning,
                CompletenessCheck::tr("Record how consent is withdrawn: withdrawing must be as easy as giving it "
                                      "(Art. 7(3))."));
    }
    if (bases.size() > 1 && activity.basisScope.trimmed().isEmpty())
        add(findings, "basisScope", Severity::Info,
            CompletenessCheck::tr("The processing rests on several lawful bases: say which basis covers which data "
                                  "subjects or data, as an auditor will ask (Art. 5(2))."));
}

// Art. 30(1)(f) and the retention rules behind it (A21).
void checkRetention(Findings &findings, const ProcessingActivity &activity, const RegisterSnapshot &snapshot)
{
    for (const DataCategory &category : activity.dataCategories) {
        if (category.retentionRuleUuid.isEmpty()) {
            add(findings, "dataCategories", Severity::Warning,
                CompletenessCheck::tr(
                    "The category %1 has no retention period: link a retention rule, as Art. 30(1)(f) asks "
                    "where possible.")
                    .arg(quoted(category.name)));
            continue;
        }
        const Domain::RetentionRule *rule = snapshot.retentionRule(category.retentionRuleUuid);
        if (!rule)
            continue;
        if (rule->retired)
            add(findings, "dataCategories", Severity::Warning,
                CompletenessCheck::tr(
                    "The category %1 is kept under the retention rule %2, which is retired: link the rule that "
                    "applies now (Art. 30(1)(f)).")
                    .arg(quoted(category.name), quoted(rule->name)));
        else if (rule->periodCount <= 0 && rule->trigger.trimmed().isEmpty())
            add(findings, "dataCategories", Severity::Warning,
                CompletenessCheck::tr(
                    "The retention rule %1 of the category %2 gives neither a period nor the event that ends "
                    "it: Art. 30(1)(f) asks for the time limit for erasure, or the criteria that set it.")
                    .arg(quoted(rule->name), quoted(category.name)));
        else if (rule->legalSource.trimmed().isEmpty())
            add(findings, "dataCategories", Severity::Warning,
                CompletenessCheck::tr(
                    "The retention rule %1 of the category %2 names no legal ground: record the statute, "
                    "guidance or policy the period comes from (Art. 30(1)(f), Art. 5(1)(e)).")
                    .arg(quoted(rule->name), quoted(category.name)));
    }
}

// Art. 22: the exception, the logic and the safeguards (A11).
void checkAutomatedDecisions(Findings &findings, const ProcessingActivity &activity)
{
    if (!activity.automatedDecisions)
        return;
    if (activity.art22Exception.isEmpty())
        add(findings, "art22Exception", Severity::Error,
            CompletenessCheck::tr(
                "Decisions are based solely on automated processing without an exception: record whether a "
                "contract, a law or explicit consent allows them (Art. 22(2)), or stop them."));
    else if (activity.art22Exception == QLatin1String("law") && activity.art22LawReference.trimmed().isEmpty())
        add(findings, "art22LawReference", Severity::Error,
            CompletenessCheck::tr(
                "The automated decisions rest on a law that is not named: record the Union or Dutch law that "
                "authorises them and lays down the safeguards (Art. 22(2)(b))."));
    else if (activity.art22Exception != QLatin1String("law") && activity.art22Safeguards.trimmed().isEmpty())
        add(findings, "art22Safeguards", Severity::Warning,
            CompletenessCheck::tr(
                "Record the safeguards for the automated decisions: at least the right to human intervention, "
                "to express one's point of view and to contest the decision (Art. 22(3))."));
    if (activity.automatedLogic.trimmed().isEmpty())
        add(findings, "automatedLogic", Severity::Warning,
            CompletenessCheck::tr(
                "Describe the logic involved in the automated decisions: data subjects must be told (Arts. "
                "13(2)(f), 14(2)(g) and 15(1)(h))."));
    if (activity.automatedConsequences.trimmed().isEmpty())
        add(findings, "automatedConsequences", Severity::Warning,
            CompletenessCheck::tr(
                "Describe what the automated decisions mean for the people concerned: their significance and "
                "the envisaged consequences (Arts. 13(2)(f), 14(2)(g) and 15(1)(h))."));
    if (activity.hasSpecialCategories() && !activity.specialCategoriesAllowDecisions())
        add(findings, "art22Exception", Severity::Error,
            CompletenessCheck::tr(
                "Automated decisions on special categories of data are allowed only with explicit consent or "
                "for a substantial public interest, Art. 9(2)(a) or (g), with suitable safeguards "
                "(Art. 22(4))."));
}

// The Art. 35(3) case that makes a DPIA mandatory, or nothing.
QString art35Case(const ProcessingActivity &activity)
{
    const bool largeScale = activity.wp248Criteria.contains(QLatin1String("large_scale"));
    if (activity.automatedDecisions && activity.profiling)
        return CompletenessCheck::tr(
            "Art. 35(3)(a): automated evaluation, including profiling, on which decisions with legal or "
            "similarly significant effects are based");
    if (largeScale && (activity.hasSpecialCategories() || activity.criminalData))
        return CompletenessCheck::tr("Art. 35(3)(b): special categories or criminal-offence data on a large scale");
    if (largeScale && activity.publicMonitoring)
        return CompletenessCheck::tr(
            "Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale");
    return QString();
}

// Art. 35 and 36 (A10).
void checkDpia(Findings &findings, const ProcessingActivity &activity, QDate today)
{
    const QString required = activity.dpiaRequired;
    const QString mandatory = art35Case(activity);
    if (!mandatory.isEmpty() && required != QLatin1String("yes")) {
        add(findings, "dpiaRequired", Severity::Error,
            CompletenessCheck::tr(
                "A DPIA is required by law for this processing (%1): mark it as required and carry it out "
                "before the processing starts.")
                .arg(mandatory));
    } else if (required == QLatin1String("unknown")) {
        add(findings, "dpiaRequired", isApproved(activity.status) ? Severity::Error : Severity::Warning,
            CompletenessCheck::tr(
                "Whether a DPIA is needed has not been assessed: the controller must assess it before the "
                "processing starts (Art. 35(1)). Record the outcome and the reasoning."));
    } else if (required == QLatin1String("no") && !activity.dpiaCriteria.isEmpty()) {
        QStringList labels;
        for (const QString &criterion : activity.dpiaCriteria)
            labels.append(Codes::label(Codes::Kind::DpiaCriterion, criterion));
        add(findings, "dpiaRequired", Severity::Error,
            CompletenessCheck::tr(
                "The processing falls under the Dutch DPA's list of processing that always needs a DPIA (%1), "
                "but is marked as not needing one: carry out the DPIA (Art. 35(4)).")
                .arg(labels.join(QLatin1String(", "))));
    } else if (required == QLatin1String("no") && activity.dpiaReasoning.trimmed().isEmpty()) {
        if (activity.wp248Criteria.size() >= 2) {
            QStringList labels;
            for (const QString &criterion : activity.wp248Criteria)
                labels.append(Codes::label(Codes::Kind::Wp248Criterion, criterion));
            add(findings, "dpiaReasoning", Severity::Warning,
                CompletenessCheck::tr(
                    "The processing meets %1 criteria of the DPIA guidelines (WP248: %2); two or more usually "
                    "mean a DPIA is required. Carry it out, or record why it is not needed (Art. 35(1)).")
                    .arg(activity.wp248Criteria.size())
                    .arg(labels.join(QLatin1String(", "))));
        } else {
            add(findings, "dpiaReasoning", Severity::Warning,
                CompletenessCheck::tr(
                    "Record why no DPIA is needed: the DPIA guidelines (WP248) recommend documenting the "
                    "assessment (Art. 35(1), accountability Art. 5(2))."));
        }
    }
    if (required != QLatin1String("yes"))
        return;
    if (activity.dpiaStatus != QLatin1String("completed")) {
        add(findings, "dpiaStatus", Severity::Error,
            CompletenessCheck::tr(
                "A DPIA is required but not completed: Art. 35(1) requires it before the processing starts."));
        return;
    }
    if (activity.dpiaResidualRisk.isEmpty())
        add(findings, "dpiaResidualRisk", Severity::Warning,
            CompletenessCheck::tr(
                "Record the outcome of the DPIA: the residual risk after the measures decides whether the "
                "supervisory authority must be consulted first (Art. 36(1))."));
    else if (activity.dpiaResidualRisk == QLatin1String("high") && !activity.priorConsultationOn.isValid())
        add(findings, "priorConsultationOn", Severity::Error,
            CompletenessCheck::tr(
                "The DPIA leaves a high residual risk: consult the supervisory authority before the processing "
                "starts and record when (Art. 36(1))."));
    if (activity.dpiaReviewOn.isValid() && activity.dpiaReviewOn < today)
        add(findings, "dpiaReviewOn", Severity::Warning,
            CompletenessCheck::tr(
                "The review of the DPIA planned for %1 is overdue: check that the processing still matches it "
                "(Art. 35(11)).")
                .arg(activity.dpiaReviewOn.toString(Qt::ISODate)));
}

// A6: each special category with the exception of Art. 9(2) that allows it, and the law that
// exception rests on where it needs one.
void checkSpecialCategories(Findings &findings, const ProcessingActivity &activity)
{
    for (const Domain::DataCategory &category : activity.dataCategories) {
        if (category.specialCategory.isEmpty())
            continue;
        const QString kind = Domain::Codes::label(Domain::Codes::Kind::SpecialCategory, category.specialCategory);
        if (category.art9Exception.isEmpty()) {
            add(findings, "dataCategories", Severity::Error,
                CompletenessCheck::tr("%1 (%2) is processed without an exception: choose the exception of Art. 9(2) "
                                      "that allows it.")
                    .arg(quoted(category.name), kind));
            continue;
        }
        if (!Domain::SpecialGrounds::needsLaw(category.art9Exception) || !category.nationalGround.trimmed().isEmpty())
            continue;
        const QString suggested = Domain::SpecialGrounds::dutchGroundFor(category.specialCategory);
        const QString rests =
            category.art9Exception == QLatin1String("b")
                ? CompletenessCheck::tr("Art. 9(2)(b) applies only as far as Union or Dutch law, or a collective "
                                        "agreement, allows it")
                : CompletenessCheck::tr("Art. 9(2)(%1) applies only on the basis of Union or Dutch law")
                      .arg(category.art9Exception);
        add(findings, "dataCategories", Severity::Error,
            suggested.isEmpty()
                ? CompletenessCheck::tr("%1 (%2): %3. Name it (in the Netherlands: UAVG arts. 22 to 30).")
                      .arg(quoted(category.name), kind, rests)
                : CompletenessCheck::tr("%1 (%2): %3. Name it, for example %4.")
                      .arg(quoted(category.name), kind, rests, suggested));
    }
}

// A14: a joint controller of the activity, with the essence of the arrangement that Art. 26(2)
// makes available to data subjects and the contact point of Art. 26(1).
void checkJointControllers(Findings &findings, const ProcessingActivity &activity, const RegisterSnapshot &snapshot)
{
    for (const Domain::JointControl &joint : activity.jointControllers) {
        const Domain::Party *party = snapshot.party(joint.partyUuid);
        if (!party)
            continue; // an unchosen row is an input error, refused on saving
        if (joint.arrangementRef.trimmed().isEmpty())
            add(findings, "jointControllers", Severity::Error,
                CompletenessCheck::tr("The processing is controlled jointly with %1 without an arrangement: record "
                                      "where the arrangement that divides your responsibilities is kept (Art. 26(1)).")
                    .arg(quoted(party->name)));
        if (joint.essence.trimmed().isEmpty())
            add(findings, "jointControllers", Severity::Warning,
                CompletenessCheck::tr("Record the essence of the arrangement with %1: it must be made available to "
                                      "the data subjects (Art. 26(2)).")
                    .arg(quoted(party->name)));
        if (joint.contactPoint.trimmed().isEmpty())
            add(findings, "jointControllers", Severity::Info,
                CompletenessCheck::tr("Name the contact point for data subjects in the arrangement with %1, or note "
                                      "that they may contact either controller (Art. 26(1) and (3)).")
                    .arg(quoted(party->name)));
    }
}

// The agreement with one controller that governs the processing: a linked one in force, else any
// in force in the register (A2: a terminated, expired, draft or future one does not count).
void checkProcessorAgreement(Findings &findings, const ProcessorActivity &activity, const QString &controllerUuid,
                             const RegisterSnapshot &snapshot, QDate today)
{
    const Domain::Party *controller = snapshot.party(controllerUuid);
    if (!controller)
        return;
    const Agreement *best = nullptr;
    for (const QString &uuid : activity.agreementUuids) {
        const Agreement *agreement = snapshot.agreement(uuid);
        if (!agreement || agreement->controllerUuid != controllerUuid)
            continue;
        if (CompletenessCheck::isInForce(*agreement, today))
            return;
        if (!best)
            best = agreement;
    }
    const Agreement *other = snapshot.agreementAsProcessorFor(controllerUuid, today);
    if (other && CompletenessCheck::isInForce(*other, today))
        return;
    if (!best)
        best = other;
    if (best)
        checkReliedOn(findings, *best, isApproved(activity.status), today);
    else
        add(findings, "agreementUuids", Severity::Error,
            CompletenessCheck::tr("There is no processing agreement with %1: processing for a controller must be "
                                  "governed by one (Art. 28(3)).")
                .arg(quoted(controller->name)));
}

} // namespace

namespace {

// An established activity against its latest activity version: log lines point to that version, so
// an approved activity that says something else needs establishing again (the logging standard,
// Logboek Dataverwerkingen). Exact: what the activity says now is written as establishing would.
void checkEstablished(Findings &findings, const ProcessingActivity &activity, const RegisterSnapshot &snapshot)
{
    const auto latest = snapshot.latestActivityVersions.constFind(activity.uuid);
    if (activity.uuid.isEmpty() || latest == snapshot.latestActivityVersions.cend())
        return;
    if (activity.confidentiality.isEmpty())
        add(findings, "confidentiality", Severity::Info,
            CompletenessCheck::tr("Say whether the processing is confidential: the log lines of an established "
                                  "activity record it."));
    if (!isApproved(activity.status))
        return;
    const auto nameOf = [&snapshot](Domain::EntityKind kind, const QString &uuid) -> QString {
        switch (kind) {
        case Domain::EntityKind::Party:
            if (const Domain::Party *party = snapshot.party(uuid))
                return party->name;
            break;
        case Domain::EntityKind::Agreement:
            if (const Agreement *agreement = snapshot.agreement(uuid))
                return agreement->title;
            break;
        case Domain::EntityKind::RetentionRule:
            if (const Domain::RetentionRule *rule = snapshot.retentionRule(uuid))
                return rule->name;
            break;
        case Domain::EntityKind::SecurityMeasure:
            for (const Domain::SecurityMeasure &measure : snapshot.measures) {
                if (measure.uuid == uuid)
                    return measure.title;
            }
            break;
        default:
            break;
        }
        return QString();
    };
    const auto ruleOf = [&snapshot](const QString &uuid) -> std::optional<QJsonObject> {
        if (const Domain::RetentionRule *rule = snapshot.retentionRule(uuid))
            return rule->toJson();
        return std::nullopt;
    };
    const QString digest = Domain::ActivityVersion::digestOf(
        ActivityVersionService::canonical(ActivityVersionService::contentOf(activity, nameOf, ruleOf)));
    if (digest != latest->digest)
        add(findings, "versions", Severity::Warning,
            CompletenessCheck::tr("The activity no longer says what its established version %1 says, which log lines "
                                  "point to: establish it again once the change is approved.")
                .arg(latest->number));
}

} // namespace

Findings CompletenessCheck::forActivity(const ProcessingActivity &activity, const RegisterSnapshot &snapshot,
                                        QDate today)
{
    // What the record expects of single fields and lists is declared in its field table.
    Findings findings = ProcessingActivity::spec().unmetExpectations(activity);
    checkSpecialCategories(findings, activity);
    checkJointControllers(findings, activity, snapshot);
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
    checkLawfulBases(findings, activity);
    checkRecipientsAndAgreements(findings, activity, snapshot, today);
    if (!activity.transfers.isEmpty())
        checkTransfers(findings, activity.transfers, tr("Art. 30(1)(e)"), today);
    checkSccModules(findings, activity.transfers, snapshot, nullptr);
    checkRetention(findings, activity, snapshot);
    // A13: a recipient outside the EEA without a transfer recorded for it.
    for (const Domain::Recipient &recipient : activity.recipients) {
        const Domain::Party *party = snapshot.party(recipient.partyUuid);
        if (!party || party->country.trimmed().isEmpty() || Domain::TransferRules::isEea(party->country))
            continue;
        const bool recorded =
            std::any_of(activity.transfers.cbegin(), activity.transfers.cend(),
                        [&party](const Transfer &transfer) { return transfer.partyUuid == party->uuid; });
        if (!recorded)
            add(findings, "transfers", Severity::Warning,
                tr("The recipient %1 is in %2, outside the EEA, but no transfer to it is recorded: record the transfer "
                   "and what it rests on (Art. 30(1)(e), Art. 44).")
                    .arg(quoted(party->name), Domain::Countries::name(party->country)));
    }
    checkSubProcessorTransfers(findings, activity, snapshot);
    if (activity.dataSource.trimmed().isEmpty())
        add(findings, "dataSource", Severity::Info,
            tr("Record where the data comes from: when it is not collected from the data subjects themselves, they "
               "must be told the source (Art. 14(2)(f))."));
    if (activity.ownerDepartment.trimmed().isEmpty() && activity.ownerPerson.trimmed().isEmpty())
        add(findings, "ownerDepartment", Severity::Info,
            tr("Name the department or person who owns the processing, so questions reach someone "
               "(accountability, Art. 5(2))."));
    if (isApproved(activity.status) && activity.approvedBy.trimmed().isEmpty())
        add(findings, "approvedBy", Severity::Info,
            tr("Record who approved the record and when, so a report can show it (accountability, Art. 5(2))."));
    checkReview(findings, activity.nextReview, today);
    checkAutomatedDecisions(findings, activity);
    checkDpia(findings, activity, today);
    checkEstablished(findings, activity, snapshot);
    checkControllerBodies(findings, activity, snapshot);
    return findings;
}

Findings CompletenessCheck::forProcessorActivity(const ProcessorActivity &activity, const RegisterSnapshot &snapshot,
                                                 QDate today)
{
    // A record without controllers is an expectation of the field table (Art. 30(2)(a)).
    Findings findings = ProcessorActivity::spec().unmetExpectations(activity);
    if (!activity.transfers.isEmpty())
        checkTransfers(findings, activity.transfers, tr("Art. 30(2)(c)"), today);
    checkSccModules(findings, activity.transfers, snapshot, &activity.controllerUuids);
    checkReview(findings, activity.nextReview, today);
    if (activity.specialCategories && activity.dataCategories.trimmed().isEmpty())
        add(findings, "dataCategories", Severity::Warning,
            tr("Special categories are processed, but the categories of personal data are not described: the "
               "controllers need them to assess a breach (Art. 33(2))."));
    for (const QString &controllerUuid : activity.controllerUuids)
        checkProcessorAgreement(findings, activity, controllerUuid, snapshot, today);
    return findings;
}

namespace {

// A15: a change of sub-processor that we, as processor, notified to the controller (Art. 28(2)):
// the day it was sent, from which the controller's window runs, and the controller's answer once
// the window has ended.
void checkSentNotice(Findings &findings, const Domain::SubprocessorNotice &notice, QDate today)
{
    if (!notice.sentOn.isValid())
        add(findings, "notices", Severity::Error,
            CompletenessCheck::tr("The sub-processor change notified to the controller has no day it was sent: "
                                  "record it, so the controller's window to object can be counted (Art. 28(2))."));
    else if (notice.decision == QLatin1String("pending") && notice.objectionDeadline.isValid() &&
             notice.objectionDeadline < today)
        add(findings, "notices", Severity::Warning,
            CompletenessCheck::tr("The controller's window to object to the sub-processor change notified on %1 "
                                  "ended on %2: record its answer (accepted when it did not object) before the new "
                                  "sub-processor starts (Art. 28(2)).")
                .arg(notice.sentOn.toString(Qt::ISODate), notice.objectionDeadline.toString(Qt::ISODate)));
}

} // namespace

Findings CompletenessCheck::forAgreement(const Agreement &agreement, const RegisterSnapshot &snapshot, QDate today)
{
    Findings findings;
    const bool terminated = agreement.status == QLatin1String("terminated");
    if (!terminated) {
        // Art. 28(3), first sentence: what the contract must set out (A3).
        const QList<QPair<const char *, const QString *>> elements = {
            {"subjectMatter", &agreement.subjectMatter},         {"duration", &agreement.duration},
            {"naturePurpose", &agreement.naturePurpose},         {"dataTypes", &agreement.dataTypes},
            {"subjectCategories", &agreement.subjectCategories}, {"controllerRights", &agreement.controllerRights},
        };
        for (const auto &[key, value] : elements) {
            if (value->trimmed().isEmpty())
                add(findings, key, Severity::Error,
                    tr("The agreement does not record %1: Art. 28(3), first sentence, requires the contract to set "
                       "out the subject matter and duration, the nature and purpose, the type of personal data and "
                       "categories of data subjects, and the obligations and rights of the controller.")
                        .arg(QCoreApplication::translate("Custodian::Fields",
                                                         Agreement::spec().field(QLatin1String(key))->label)
                                 .toLower()));
        }
        for (const ClauseCheck &clause : agreement.clauses) {
            if (!clause.ticked)
                findings.append(
                    {QStringLiteral("clauses.") + clause.clause, Severity::Error,
                     tr("The agreement does not show that it covers this Art. 28(3) item: %1. Tick it with the "
                        "clause that covers it, or amend the agreement.")
                         .arg(Codes::label(Codes::Kind::AgreementClause, clause.clause))});
        }
        if (agreement.kind == QLatin1String("sub_processing")) {
            const Agreement *parent = snapshot.agreement(agreement.parentUuid);
            if (!parent)
                add(findings, "parentUuid", Severity::Error,
                    tr("A sub-processing agreement must pass on the obligations of the agreement above it "
                       "(Art. 28(4)): choose that agreement as its parent."));
            else if (parent->subprocessorAuthorisation.isEmpty())
                add(findings, "parentUuid", Severity::Error,
                    tr("The agreement above it, %1, records no authorisation of sub-processors: engaging one needs "
                       "the controller's prior written authorisation, specific or general (Art. 28(2)).")
                        .arg(quoted(parent->title)));
            else if (parent->subprocessorAuthorisation == QLatin1String("specific") &&
                     !agreement.authorisedOn.isValid())
                add(findings, "authorisedOn", Severity::Error,
                    tr("The agreement above it, %1, allows sub-processors only with specific authorisation: record "
                       "the date and the document of the controller's prior written authorisation of this one "
                       "(Art. 28(2)).")
                        .arg(quoted(parent->title)));
        }
        if (agreement.status == QLatin1String("active") && agreement.isExpired(today))
            add(findings, "expiresOn", Severity::Error,
                tr("The agreement expired on %1 but is still active: renew it or terminate it (Art. 28(3)).")
                    .arg(agreement.expiresOn.toString(Qt::ISODate)));
        if (agreement.reviewOn.isValid() && agreement.reviewOn < today)
            add(findings, "reviewOn", Severity::Warning,
                tr("The review planned for %1 is overdue: check the agreement still matches the processing "
                   "(Art. 28(1)).")
                    .arg(agreement.reviewOn.toString(Qt::ISODate)));
        checkSupplier(findings, agreement, today);
        if (agreement.subprocessorAuthorisation == QLatin1String("general") && agreement.objectionWindowDays <= 0)
            add(findings, "objectionWindowDays", Severity::Warning,
                tr("Sub-processors are generally authorised but no objection window is recorded: Art. 28(2) gives "
                   "the controller the chance to object to changes. Record the agreed number of days."));
        for (const Domain::SubprocessorNotice &notice : agreement.notices) {
            if (agreement.noticesAreSent()) {
                checkSentNotice(findings, notice, today);
                continue;
            }
            if (notice.decision != QLatin1String("pending"))
                continue;
            if (notice.objectionDeadline.isValid() && notice.objectionDeadline < today)
                add(findings, "notices", Severity::Warning,
                    tr("The objection period for the sub-processor change received on %1 ended on %2 without a "
                       "decision: record whether it was accepted or objected to (Art. 28(2)).")
                        .arg(notice.receivedOn.toString(Qt::ISODate), notice.objectionDeadline.toString(Qt::ISODate)));
            else if (agreement.windowStart == QLatin1String("sent") && !notice.sentOn.isValid())
                add(findings, "notices", Severity::Warning,
                    tr("The agreement counts the objection window from the day a notice is sent, but the notice "
                       "received on %1 has no date of sending: record it. Until then the window is counted from "
                       "receipt, which can end later than the agreement allows.")
                        .arg(notice.receivedOn.toString(Qt::ISODate)));
        }
    } else if (agreement.endOfContract.isEmpty() || agreement.endOfContractProof.trimmed().isEmpty()) {
        add(findings, "endOfContractProof", Severity::Warning,
            tr("The agreement is terminated without proof that the data was deleted or returned: record it "
               "(Art. 28(3)(g))."));
    } else if (agreement.endOfContract == QLatin1String("returned")) {
        add(findings, "endOfContract", Severity::Warning,
            tr("The data was returned, but the processor's existing copies are not recorded as deleted: Art. 28(3)(g) "
               "asks for both, unless a law requires storage."));
    } else if (agreement.endOfContract == QLatin1String("retained_by_law") &&
               agreement.endOfContractLaw.trimmed().isEmpty()) {
        add(findings, "endOfContractLaw", Severity::Error,
            tr("The processor keeps the data after the contract because a law requires it: name that Union or Dutch "
               "law (Art. 28(3)(g))."));
    }
    if (agreement.attachments.isEmpty() && agreement.status != QLatin1String("draft"))
        add(findings, "attachments", Severity::Warning,
            tr("No copy of the agreement as concluded is kept: add the document, signed or accepted electronically "
               "(Art. 28(9): in writing, including in electronic form)."));
    return findings;
}

Findings CompletenessCheck::forRetentionRule(const Domain::RetentionRule &rule, const RegisterSnapshot &snapshot,
                                             QDate today)
{
    Findings findings;
    checkSelectionList(findings, rule, snapshot, today);
    const QString language = Domain::RetentionCatalogue::uiLanguage();
    for (const Domain::RetentionCatalogue::Correction &correction :
         Domain::RetentionCatalogue::correctionsFor(rule, language)) {
        const char *key = correction.field == QLatin1String("name")      ? "name"
                          : correction.field == QLatin1String("trigger") ? "trigger"
                                                                         : "legalSource";
        add(findings, key, Severity::Warning,
            tr("The Dutch catalogue corrected this entry after the register was made: it now reads \"%1\". Check "
               "the rule and correct it, so data is not deleted before the law allows (Art. 5(1)(e)).")
                .arg(correction.corrected));
    }
    return findings;
}

Findings CompletenessCheck::forLegalHold(const Domain::LegalHold &hold, QDate today)
{
    Findings findings;
    if (!hold.isActive(today))
        return findings;
    if (hold.scope.trimmed().isEmpty())
        add(findings, "scope", Severity::Error,
            tr("The hold does not say which data subjects or records it covers, so it stops deletion of everything "
               "under its rule or activity. Describe the people or records involved; everything else must still be "
               "deleted on time (Art. 5(1)(e) GDPR)."));
    if (hold.reason.trimmed().isEmpty())
        add(findings, "reason", Severity::Warning,
            tr("Say why deletion is suspended: the dispute, claim, inquiry or audit the data is kept for."));
    const QDate due = hold.reviewDue();
    if (due.isValid() && due < today) {
        const QLocale locale = DocumentLanguage::currentLocale();
        add(findings, "reviewedOn", Severity::Warning,
            hold.reviewedOn.isValid()
                ? tr("The hold was last reviewed on %1, more than a year ago. Check whether it is still needed and "
                     "release it when the case is closed (Art. 5(1)(e) GDPR).")
                      .arg(locale.toString(hold.reviewedOn, QLocale::ShortFormat))
                : tr("The hold started on %1 and has not been reviewed since, more than a year ago. Check whether it "
                     "is still needed and release it when the case is closed (Art. 5(1)(e) GDPR).")
                      .arg(locale.toString(hold.startedOn, QLocale::ShortFormat)));
    }
    return findings;
}

Findings CompletenessCheck::forCookie(const Domain::Cookie &cookie, const RegisterSnapshot &snapshot)
{
    Findings findings = Domain::Cookie::spec().unmetExpectations(cookie);
    if (!cookie.sessionOnly && cookie.lifetimeCount <= 0)
        add(findings, "lifetimeCount", Severity::Warning,
            tr("Say how long the cookie stays on the visitor's device: the privacy statement gives its lifetime."));
    const ProcessingActivity *activity = nullptr;
    for (const ProcessingActivity &candidate : snapshot.activities) {
        if (candidate.uuid == cookie.activityUuid)
            activity = &candidate;
    }
    if (!activity)
        return findings;
    if (cookie.needsConsent()) {
        if (!activity->lawfulBases.contains(QLatin1String("a")))
            add(findings, "category", Severity::Error,
                tr("A cookie of this category may be placed only with the visitor's consent (Tw art. 11.7a), but "
                   "its processing activity \"%1\" does not rest on consent (Art. 6(1)(a)). Add consent to the "
                   "activity's bases, or choose the category the cookie really has.")
                    .arg(activity->name));
        else if (activity->consentRecord.trimmed().isEmpty() || activity->consentWithdrawal.trimmed().isEmpty())
            add(findings, "activityUuid", Severity::Error,
                tr("The cookie needs consent: its processing activity \"%1\" must record where consent is kept and "
                   "how a visitor withdraws it (Art. 7(1), (3)).")
                    .arg(activity->name));
    }
    if (!cookie.country.isEmpty() && !Domain::TransferRules::isEea(cookie.country)) {
        const bool transferred = std::any_of(
            activity->transfers.cbegin(), activity->transfers.cend(), [&cookie](const Domain::Transfer &transfer) {
                return transfer.country.compare(cookie.country, Qt::CaseInsensitive) == 0;
            });
        if (!transferred)
            add(findings, "country", Severity::Error,
                tr("The cookie's data goes to %1, outside the EEA, but its processing activity \"%2\" records no "
                   "transfer there: add the transfer with its safeguard (Chapter V GDPR).")
                    .arg(Domain::Countries::name(cookie.country), activity->name));
    }
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
    for (const Domain::RetentionRule &rule : std::as_const(snapshot.retentionRules)) {
        if (rule.retired)
            continue;
        for (const Finding &finding : forRetentionRule(rule, snapshot, today))
            result.append(
                {Domain::EntityKinds::code(Domain::EntityKind::RetentionRule), rule.uuid, rule.name, finding});
    }
    for (const Domain::LegalHold &hold : std::as_const(snapshot.legalHolds)) {
        for (const Finding &finding : forLegalHold(hold, today))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::LegalHold), hold.uuid, hold.title, finding});
    }
    for (const Domain::Cookie &cookie : std::as_const(snapshot.cookies)) {
        if (cookie.retired)
            continue;
        for (const Finding &finding : forCookie(cookie, snapshot))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::Cookie), cookie.uuid, cookie.name, finding});
    }
    for (const Domain::ControlReference &control : std::as_const(snapshot.controls)) {
        if (control.retired)
            continue;
        for (const Finding &finding : Domain::ControlReference::spec().unmetExpectations(control))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::ControlReference), control.uuid,
                           control.name(), finding});
    }
    for (const Domain::PrivacyStatement &statement : std::as_const(snapshot.statements)) {
        if (statement.retired)
            continue;
        for (const Finding &finding : forStatement(statement, snapshot, today))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::PrivacyStatement), statement.uuid,
                           statement.title, finding});
    }
    for (const Domain::RequestCase &request : std::as_const(snapshot.requests)) {
        for (const Finding &finding : forRequest(request, snapshot, today))
            result.append(
                {Domain::EntityKinds::code(Domain::EntityKind::RequestCase), request.uuid, request.number, finding});
    }
    for (const Domain::Breach &breach : std::as_const(snapshot.breaches)) {
        for (const Finding &finding : forBreach(breach, snapshot, today))
            result.append({Domain::EntityKinds::code(Domain::EntityKind::Breach), breach.uuid, breach.number, finding});
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
