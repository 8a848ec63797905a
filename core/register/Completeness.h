#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <QJsonArray>
#include <QList>
#include <QMultiHash>
#include <optional>

#include "Status.h"
#include "domain/ActivityVersion.h"
#include "domain/Agreement.h"
#include "domain/Breach.h"
#include "domain/ControlReference.h"
#include "domain/Cookie.h"
#include "domain/Finding.h"
#include "domain/LegalHold.h"
#include "domain/Organisation.h"
#include "domain/Party.h"
#include "domain/PrivacyStatement.h"
#include "domain/ProcessingActivity.h"
#include "domain/RequestCase.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// Everything the completeness check looks at, loaded in bulk.
struct RegisterSnapshot
{
    Domain::Organisation organisation;
    QList<Domain::ProcessingActivity> activities;
    QList<Domain::ProcessorActivity> processorActivities;
    QList<Domain::Party> parties;
    QList<Domain::Agreement> agreements;
    QList<Domain::RetentionRule> retentionRules;
    QList<Domain::SecurityMeasure> measures;
    QList<Domain::LegalHold> legalHolds;
    QList<Domain::Cookie> cookies;
    QList<Domain::ControlReference> controls; // the organisation's own (Reports::Controls ships the others)
    // The privacy statements and every version published of them.
    QList<Domain::PrivacyStatement> statements;
    QList<Domain::StatementVersion> statementVersions;
    // Each established activity's latest activity version, by activity uuid: its number and digest,
    // when and by whom (ActivityVersionService::latestOfEach; not the content).
    QHash<QString, Domain::ActivityVersion> latestActivityVersions;
    // The open request cases and those closed in the last RequestCheckMonths (not purged): what an
    // auditor samples, and what can still be mended. Older cases stay in the request log.
    static constexpr int RequestCheckMonths = 12;
    QList<Domain::RequestCase> requests;
    QList<Domain::Breach> breaches;

    // Loads everything with the services' bulk list()s and builds the index.
    static Status load(Storage::Store &database, RegisterSnapshot *snapshot);
    // Whether load() reads this case (open, or closed in the last RequestCheckMonths, not purged).
    static bool readsRequest(const Domain::RequestCase &request);
    // Reads one request case or breach again after a save or a deletion: replaced, added or taken
    // out as load() would have it now. *checked is the item as the check sees it (nullopt: the
    // check does not read it). Their findings concern themselves alone (CompletenessCheck::forRequest
    // and forBreach), so one item read again and checked again keeps the findings true, where a
    // register of 100,000 cases takes a second to load whole.
    [[nodiscard]] Status reloadRequest(Storage::Store &database, const QString &uuid,
                                       std::optional<Domain::RequestCase> *checked);
    [[nodiscard]] Status reloadBreach(Storage::Store &database, const QString &uuid,
                                      std::optional<Domain::Breach> *checked);

    // Lookups by uuid for the check (nullptr when there is none). buildIndex() makes them constant
    // time; without it, or after the lists changed, they scan the lists, so they are never wrong.
    void buildIndex();
    const Domain::Party *party(const QString &uuid) const;
    const Domain::Agreement *agreement(const QString &uuid) const;
    const Domain::RetentionRule *retentionRule(const QString &uuid) const;
    // An agreement that names this party as controller and our organisation as processor: one in
    // force on `today` if there is one, else any (nullptr when there is none).
    const Domain::Agreement *agreementAsProcessorFor(const QString &controllerUuid, QDate today) const;
    // An agreement in which our organisation is controller and this party the processor: one in
    // force if there is one, else any.
    const Domain::Agreement *agreementWithProcessor(const QString &processorUuid, QDate today) const;
    // The agreement in force that governs this processor's processing for the activity: a linked
    // agreement with it as processor, a sub-processing agreement below a linked one (Art. 28(4)),
    // else any with it as processor (nullptr when there is none).
    const Domain::Agreement *processorAgreement(const Domain::ProcessingActivity &activity,
                                                const QString &processorUuid, QDate today) const;
    // The statement's latest published version (nullptr when it has none).
    const Domain::StatementVersion *latestVersion(const QString &statementUuid) const;
    // The statement's published versions, the latest first.
    QList<Domain::StatementVersion> versionsOf(const QString &statementUuid) const;

    // Built by buildIndex(): uuid -> position in the lists above.
    QHash<QString, qsizetype> partyIndex;
    QHash<QString, qsizetype> agreementIndex;
    QHash<QString, qsizetype> retentionRuleIndex;
    QMultiHash<QString, qsizetype> agreementsAsProcessor;  // controller uuid -> agreements with us as processor
    QMultiHash<QString, qsizetype> agreementsAsController; // processor uuid -> agreements with us as controller
    QMultiHash<QString, qsizetype> agreementsBelow;        // agreement uuid -> the agreements made under it
};

// What an auditor would raise about one item.
struct EntityFinding
{
    QString entity; // the kind's code (Domain::EntityKinds::code)
    QString uuid;
    QString name; // the item's name or title, for lists
    Domain::Finding finding;
};

// The completeness check (issue: the register; the legal model of DOMAIN-REVIEW.md Part A). Pure
// functions of a snapshot and today's date; messages in the current translation, each naming its
// article. A single field or list the record expects (purpose, lawful basis, subject and data
// categories, measures, storage location, processing categories) is declared with its reason in the
// entity's field table (Field::expect); the rules that look at more than one field are here:
// organisation: DPO named, or "not required" with its reasoning (A7); DPO reported to the AP.
// activity: for each special category its Art. 9(2) exception, and the Union or Dutch law where
//   (b), (g), (h), (i) or (j) needs one (A6); Art. 10 and BSN grounds; lawful bases with their legal
//   provision, legitimate interests, consent record and withdrawal, and which basis covers what
//   (A12); joint controllers with their arrangement, its essence and contact point (A14);
//   recipients or "none" (A16); every processor among the recipients a party with a country, the
//   processor role (UI review M1) and a linked agreement in force, or a sub-processing agreement
//   below one (A1), and every linked agreement's processor a recipient; a linked agreement
//   terminated, expired, draft or not yet in effect (A2); an agreement in which we are the
//   processor linked to it (A26); transfers (country, mechanism, SCC module and whether it fits the
//   roles, DPF check, EEA, adequacy decisions, derogations, TIA; A13) and recipients outside the
//   EEA without a transfer; retention per category, the rule's period or event, its ground, a
//   retired rule (A21); source of the data, owner, approver, review date; Art. 22 exception, logic
//   and safeguards (A11); the DPIA screening (AP list, WP248 criteria, Art. 35(3)), its reasoning,
//   outcome, prior consultation and review (A10); an approved activity that no longer says what its
//   latest established version says (log lines point to a version that does not describe it), and
//   an established one without its confidentiality (the logging standard records it).
// processor activity: controllers, categories, transfers (SCC modules 3 and 4), measures, storage
//   location, review date, an agreement in force with each controller (A2, A22); the data
//   described where special categories are processed (A22).
// agreement: the six elements of Art. 28(3) first sentence (A3); each unticked Art. 28(3) item;
//   sub-processing without parent, or without the parent's authorisation, or without the specific
//   authorisation it needs (A15); expired while active; review date passed; evidence of guarantees
//   (Art. 28(1)); general authorisation without objection window; pending notice past its deadline,
//   or without the day it was sent when the window counts from it (A8); terminated without proof of
//   deletion or return; no copy as concluded (Art. 28(9)).
// retention rule: a seeded text the catalogue has since corrected (A4, A5, A24); for a public body, no
//   selection list, and a rule never tested or tested more than a year ago.
// A public body's activities name the administrative body that is their controller; its refusals are
// decisions under the Awb, and an objection received waits for its outcome.
// legal hold, while active: whom and what it covers, why, and a review within a year (A9).
// Retired activities and rules are not checked; a terminated agreement is only checked for the proof
// of deletion or return and its document.
class CompletenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::CompletenessCheck)
public:
    static QList<EntityFinding> run(const RegisterSnapshot &snapshot, QDate today);
    static Domain::Findings forActivity(const Domain::ProcessingActivity &activity, const RegisterSnapshot &snapshot,
                                        QDate today);
    static Domain::Findings forProcessorActivity(const Domain::ProcessorActivity &activity,
                                                 const RegisterSnapshot &snapshot, QDate today);
    static Domain::Findings forAgreement(const Domain::Agreement &agreement, const RegisterSnapshot &snapshot,
                                         QDate today);
    // A seeded rule that still holds a text the catalogue has since corrected; for a public body, the
    // selection list it comes from and when it was last tested.
    static Domain::Findings forRetentionRule(const Domain::RetentionRule &rule, const RegisterSnapshot &snapshot,
                                             QDate today);
    // An active hold: its scope, its reason, and a review at least once a year (A9).
    static Domain::Findings forLegalHold(const Domain::LegalHold &hold, QDate today);
    // A cookie that needs consent must serve an activity that rests on consent, records it and says
    // how it is withdrawn; one whose data leaves the EEA needs a transfer of its activity.
    static Domain::Findings forCookie(const Domain::Cookie &cookie, const RegisterSnapshot &snapshot);
    // A privacy statement in use (docs/design/privacy-statement.md §4): what it cannot be published
    // with (the gaps of its draft, a processor named without an agreement); what its latest version
    // says that the register no longer says (purposes left out or added, retention periods, the
    // sections that changed); a version older than a year; texts without a translation
    // (CompletenessStatements.cpp).
    static Domain::Findings forStatement(const Domain::PrivacyStatement &statement, const RegisterSnapshot &snapshot,
                                         QDate today);
    // A request case (I.1): overdue; the extension's reason and notice within the first month; the
    // ground of each refusal and the remedies notice; Art. 12(5) reasoning; the day of the answer;
    // the access answer's elements; Art. 19 notices and processors instructed; the mandate and the
    // identity checks (CompletenessRequests.cpp).
    static Domain::Findings forRequest(const Domain::RequestCase &request, const RegisterSnapshot &snapshot,
                                       QDate today);
    // A breach (I.2): what happened, the people and data, consequences and measures (Art. 33(3));
    // the risk and its reasoning; the Art. 33 decision, its reasoning when "no", the 72 hours and the
    // reasons for a delay, the AP's reference; Art. 34 for a high risk or its exception; controllers
    // told within the agreement's term (Art. 33(2)); late follow-up actions
    // (CompletenessBreaches.cpp).
    static Domain::Findings forBreach(const Domain::Breach &breach, const RegisterSnapshot &snapshot, QDate today);
    // Governs processing on `today`: active, not expired, and its effective date reached (A2).
    static bool isInForce(const Domain::Agreement &agreement, QDate today);
    // [{"entity", "uuid", "name", "field", "severity": "error|warning|info", "message"}]
    static QJsonArray toJson(const QList<EntityFinding> &findings);

private:
    // What a public body records (the organisation's publicBody; docs/design/dutch-ecosystem.md part
    // 4), in CompletenessPublicBodies.cpp: the administrative bodies that are an activity's controller;
    // a retention rule's selection list and test; a request's decision under the Awb and its objection.
    static void checkControllerBodies(Domain::Findings &findings, const Domain::ProcessingActivity &activity,
                                      const RegisterSnapshot &snapshot);
    static void checkSelectionList(Domain::Findings &findings, const Domain::RetentionRule &rule,
                                   const RegisterSnapshot &snapshot, QDate today);
    static void checkAwbDecision(Domain::Findings &findings, const Domain::RequestCase &request,
                                 const RegisterSnapshot &snapshot);
    // An active agreement with a supplier of ours (part 6), in CompletenessSuppliers.cpp: the evidence of
    // its guarantees (a dated report or certificate valid today, or at least a note of the evidence) and
    // a review in the last twelve months (Art. 28(1)).
    static void checkSupplier(Domain::Findings &findings, const Domain::Agreement &agreement, QDate today);
};

} // namespace Custodian::Register
