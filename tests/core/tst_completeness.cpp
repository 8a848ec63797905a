// CompletenessCheck: one table row per rule of Completeness.h. Every row starts from a complete
// register (which triggers nothing) and breaks one thing; the check must then report exactly one
// finding, on the right item and member, with the right severity, naming the article.
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <functional>

#include "RegisterTestSupport.h"
#include "register/Completeness.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;

using Mutation = std::function<void(RegisterSnapshot &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Custodian::Domain::Finding::Severity)

namespace {

const QDate today(2026, 6, 15);

// Fixed uuids keep the rows readable.
const QString processorUuid = QStringLiteral("party-processor");
const QString customerUuid = QStringLiteral("party-customer");
const QString cloudUuid = QStringLiteral("party-cloud");
const QString ruleUuid = QStringLiteral("rule-fiscal");
const QString bareRuleUuid = QStringLiteral("rule-without-source");
const QString measureUuid = QStringLiteral("measure-tls");
const QString ownAgreementUuid = QStringLiteral("agreement-own");           // we controller, processor P
const QString customerAgreementUuid = QStringLiteral("agreement-customer"); // customer controller, we processor

// A sub-processor in a country.
Party subProcessor(const QString &uuid, const QString &name, const QString &country)
{
    Party party;
    party.uuid = uuid;
    party.name = name;
    party.country = country;
    party.roles = {QStringLiteral("sub_processor")};
    return party;
}

Agreement completeAgreement(const QString &uuid, const QString &title)
{
    Agreement a;
    a.uuid = uuid;
    a.title = title;
    a.clauses = Agreement::emptyClauses();
    for (ClauseCheck &clause : a.clauses) {
        clause.ticked = true;
        clause.reference = QStringLiteral("art. 1");
    }
    a.subjectMatter = QStringLiteral("Hosting of the CRM");
    a.duration = QStringLiteral("As long as the main contract runs");
    a.naturePurpose = QStringLiteral("Storage for customer management");
    a.dataTypes = QStringLiteral("Contact details");
    a.subjectCategories = QStringLiteral("Contact persons");
    a.controllerRights = QStringLiteral("Instructions, audits, approval of sub-processors");
    a.auditEvidence = QStringLiteral("ISO 27001 certificate");
    a.signedOn = QDate(2024, 3, 1);
    a.effectiveOn = QDate(2024, 3, 1);
    a.reviewOn = QDate(2027, 3, 1);
    a.subprocessorAuthorisation = QStringLiteral("general");
    a.objectionWindowDays = 30;
    // The supplier file: a certificate valid today, reviewed this year (Art. 28(1)).
    a.assurances = {{QStringLiteral("iso27001"), QStringLiteral("Certifier"), QString(), QString(), QDate(2024, 3, 1),
                     QDate(2027, 2, 28)}};
    a.reviews = {{QDate(2026, 1, 10), QStringLiteral("DPO"), QStringLiteral("adequate"), QString(), QString()}};
    a.attachments = {{QStringLiteral("att-") + uuid, QStringLiteral("signed.pdf"), QStringLiteral("application/pdf"),
                      10, QStringLiteral("00"), QString(), QDateTime()}};
    a.status = QStringLiteral("active");
    return a;
}

RegisterSnapshot completeSnapshot()
{
    RegisterSnapshot s;
    s.organisation.uuid = QStringLiteral("org");
    s.organisation.name = QStringLiteral("Voorbeeldsoft B.V.");
    s.organisation.contactEmail = QStringLiteral("privacy@voorbeeldsoft.example");
    s.organisation.dpoName = QStringLiteral("Sanne Bakker");
    s.organisation.dpoEmail = QStringLiteral("fg@voorbeeldsoft.example");
    s.organisation.dpoStatus = QStringLiteral("voluntary");
    s.organisation.dpoRegisteredOn = QDate(2024, 1, 5);

    Party processor;
    processor.uuid = processorUuid;
    processor.name = QStringLiteral("Klantwolk");
    processor.country = QStringLiteral("IE");
    processor.roles = {QStringLiteral("processor")};
    Party customer;
    customer.uuid = customerUuid;
    customer.name = QStringLiteral("Gemeente Voorbeeldstad");
    Party cloud;
    cloud.uuid = cloudUuid;
    cloud.country = QStringLiteral("US");
    cloud.roles = {QStringLiteral("sub_processor")};
    cloud.name = QStringLiteral("Cloudstack Inc.");
    s.parties = {processor, customer, cloud};

    RetentionRule rule;
    rule.uuid = ruleUuid;
    rule.name = QStringLiteral("Fiscal records");
    rule.legalSource = QStringLiteral("AWR art. 52(4)");
    rule.periodCount = 7;
    rule.periodUnit = QStringLiteral("years");
    rule.trigger = QStringLiteral("after the end of the financial year");
    RetentionRule bare;
    bare.uuid = bareRuleUuid;
    bare.name = QStringLiteral("Bare rule");
    bare.periodCount = 2;
    bare.periodUnit = QStringLiteral("years");
    s.retentionRules = {rule, bare};

    SecurityMeasure tls;
    tls.uuid = measureUuid;
    tls.title = QStringLiteral("TLS");
    s.measures = {tls};

    Agreement own = completeAgreement(ownAgreementUuid, QStringLiteral("DPA Klantwolk"));
    own.processorUuid = processorUuid;
    Agreement customerDpa = completeAgreement(customerAgreementUuid, QStringLiteral("DPA Voorbeeldstad"));
    customerDpa.controllerUuid = customerUuid;
    SubprocessorNotice notice;
    notice.uuid = QStringLiteral("notice");
    notice.receivedOn = QDate(2026, 5, 1);
    notice.objectionDeadline = QDate(2026, 6, 1);
    notice.decision = QStringLiteral("accepted");
    notice.decidedOn = QDate(2026, 5, 20);
    own.notices = {notice};
    // As processor, we notified the customer of a new sub-processor; it did not object (A15).
    SubprocessorNotice sent;
    sent.uuid = QStringLiteral("sent-notice");
    sent.sentOn = QDate(2026, 5, 1);
    sent.receivedOn = QDate(2026, 5, 1);
    sent.objectionDeadline = QDate(2026, 5, 31);
    sent.decision = QStringLiteral("accepted");
    sent.decidedOn = QDate(2026, 5, 31);
    customerDpa.notices = {sent};
    s.agreements = {own, customerDpa};

    ProcessingActivity a;
    a.uuid = QStringLiteral("activity");
    a.name = QStringLiteral("Customer relationship");
    a.purpose = QStringLiteral("Maintaining the customer relationship");
    a.lawfulBases = {QStringLiteral("b"), QStringLiteral("f")};
    a.liaReference = QStringLiteral("LIA-1");
    a.legitimateInterest = QStringLiteral("Keeping in touch with our customers' staff");
    a.basisScope = QStringLiteral("(b) sole traders; (f) contact persons of companies");
    a.subjectCategories = {QStringLiteral("Contact persons")};
    a.dataCategories = {{QStringLiteral("Contact details"), QString(), ruleUuid}};
    a.recipients = {{processorUuid, QStringLiteral("processor"), QStringLiteral("CRM"), QString()}};
    a.transfers = {{QStringLiteral("US"), cloudUuid, QStringLiteral("dpf"), QString(), QStringLiteral("TIA-1"),
                    QDate(2026, 5, 15), QString()}};
    a.storageLocation = QStringLiteral("Dublin");
    a.dataSource = QStringLiteral("The customers' contact persons");
    a.measureUuids = {measureUuid};
    a.agreementUuids = {ownAgreementUuid};
    a.ownerDepartment = QStringLiteral("Sales");
    a.dpiaRequired = QStringLiteral("no");
    a.dpiaReasoning = QStringLiteral("No AP-list item, one WP248 criterion at most");
    a.status = QStringLiteral("approved");
    a.approvedBy = QStringLiteral("Management team");
    a.approvedOn = QDate(2026, 1, 10);
    a.lastReviewed = QDate(2026, 1, 10);
    a.nextReview = QDate(2027, 1, 10);
    s.activities = {a};

    ProcessorActivity p;
    p.uuid = QStringLiteral("processor-activity");
    p.name = QStringLiteral("Application for Voorbeeldstad");
    p.controllerUuids = {customerUuid};
    p.processingCategories = QStringLiteral("Storage and support");
    p.measureUuids = {measureUuid};
    p.agreementUuids = {customerAgreementUuid};
    p.storageLocation = QStringLiteral("Hostingpartner, NL");
    p.status = QStringLiteral("approved");
    p.nextReview = QDate(2027, 1, 10);
    s.processorActivities = {p};

    LegalHold hold;
    hold.uuid = QStringLiteral("hold-dispute");
    hold.title = QStringLiteral("Invoice dispute");
    hold.retentionRuleUuid = ruleUuid;
    hold.activityUuid = a.uuid;
    hold.scope = QStringLiteral("The former customer in the dispute and its two contact persons");
    hold.reason = QStringLiteral("Claim about two invoices");
    hold.startedOn = QDate(2025, 3, 1);
    hold.reviewedOn = QDate(2026, 2, 1);
    // A released hold is not checked.
    LegalHold released;
    released.uuid = QStringLiteral("hold-released");
    released.title = QStringLiteral("Tax inquiry 2023");
    released.retentionRuleUuid = ruleUuid;
    released.startedOn = QDate(2023, 1, 1);
    released.releasedOn = QDate(2024, 1, 1);
    s.legalHolds = {hold, released};

    // A session cookie the website needs: no consent, no lifetime beyond the session.
    Cookie session;
    session.uuid = QStringLiteral("cookie-session");
    session.name = QStringLiteral("session");
    session.purpose = QStringLiteral("Keeps you signed in");
    session.sessionOnly = true;
    session.activityUuid = a.uuid;
    // A retired cookie is not checked.
    Cookie old;
    old.uuid = QStringLiteral("cookie-old");
    old.name = QStringLiteral("_old");
    old.category = QStringLiteral("marketing");
    old.retired = true;
    s.cookies = {session, old};
    return s;
}

Cookie &cookie(RegisterSnapshot &s)
{
    return s.cookies.first();
}

LegalHold &legalHold(RegisterSnapshot &s)
{
    return s.legalHolds.first();
}

ProcessingActivity &activity(RegisterSnapshot &s)
{
    return s.activities.first();
}
ProcessorActivity &processorActivity(RegisterSnapshot &s)
{
    return s.processorActivities.first();
}
Agreement &ownAgreement(RegisterSnapshot &s)
{
    return s.agreements.first();
}
Agreement &customerAgreement(RegisterSnapshot &s)
{
    return s.agreements.last();
}

QString describe(const QList<EntityFinding> &findings)
{
    QStringList lines;
    for (const EntityFinding &f : findings)
        lines << QStringLiteral("%1/%2/%3: %4")
                     .arg(f.entity, f.finding.field)
                     .arg(int(f.finding.severity))
                     .arg(f.finding.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void completeRegisterHasNoFindings();
    void retiredActivitiesAreNotChecked();
    void agreementWithTheControllerNeedNotBeLinked();
    void noRecipientsAndNoDpoRequiredCanBeRecorded();
    void aDraftAgreementDoesNotCountOnEitherSide();
    void onlyOurSuppliersOwnAReviewAndReports();
    void lookupsWorkWithoutAndWithAStaleIndex();
    void toJson();
    void snapshotLoadsTheRegister();
    void aCookieNeedsConsentThatCanBeShown();
};

void TestCompleteness::rules_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Finding::Severity>("severity");
    QTest::addColumn<QString>("cites"); // a part of the message: the article or authority

    using S = Finding::Severity;
    const QString a = QStringLiteral("activity");
    const QString p = QStringLiteral("processor_activity");
    const QString g = QStringLiteral("agreement");
    const QString o = QStringLiteral("organisation");
    const QString h = QStringLiteral("legal_hold");
    auto row = [](const char *name, Mutation m, const QString &entity, const char *field, S severity,
                  const char *cites) {
        QTest::newRow(name) << m << entity << QString::fromLatin1(field) << severity << QString::fromUtf8(cites);
    };

    // Organisation (Art. 30(1)(a)).
    row(
        "organisation: no name", [](RegisterSnapshot &s) { s.organisation.name.clear(); }, o, "name", S::Error,
        "Art. 30(1)(a)");
    row(
        "organisation: no DPO",
        [](RegisterSnapshot &s) {
            s.organisation.dpoName.clear();
            s.organisation.dpoEmail.clear();
            s.organisation.dpoStatus.clear();
        },
        o, "dpoName", S::Warning, "Art. 37");
    row(
        "organisation: DPO appointed but not named", [](RegisterSnapshot &s) { s.organisation.dpoName.clear(); }, o,
        "dpoName", S::Warning, "Art. 30(1)(a)");
    row(
        "organisation: no DPO required, no reasoning",
        [](RegisterSnapshot &s) {
            s.organisation.dpoName.clear();
            s.organisation.dpoStatus = QStringLiteral("not_required");
        },
        o, "dpoReasoning", S::Warning, "WP243");
    row(
        "organisation: DPO not reported to the AP",
        [](RegisterSnapshot &s) { s.organisation.dpoRegisteredOn = QDate(); }, o, "dpoRegisteredOn", S::Info,
        "Art. 37(7)");

    // Controller activity (Art. 30(1)).
    row(
        "activity: purpose", [](RegisterSnapshot &s) { activity(s).purpose.clear(); }, a, "purpose", S::Error,
        "Art. 30(1)(b)");
    row(
        "activity: lawful basis", [](RegisterSnapshot &s) { activity(s).lawfulBases.clear(); }, a, "lawfulBases",
        S::Error, "Art. 6(1)");
    row(
        "activity: subject categories", [](RegisterSnapshot &s) { activity(s).subjectCategories.clear(); }, a,
        "subjectCategories", S::Error, "Art. 30(1)(c)");
    row(
        "activity: data categories", [](RegisterSnapshot &s) { activity(s).dataCategories.clear(); }, a,
        "dataCategories", S::Error, "Art. 30(1)(c)");
    row(
        "activity: special category without exception",
        [](RegisterSnapshot &s) { activity(s).dataCategories.first().specialCategory = QStringLiteral("health"); }, a,
        "dataCategories", S::Error, "Art. 9(2)");
    row(
        "activity: second special category without exception",
        [](RegisterSnapshot &s) {
            activity(s).dataCategories.first().specialCategory = QStringLiteral("health");
            activity(s).dataCategories.first().art9Exception = QStringLiteral("a");
            activity(s).dataCategories.append(
                {QStringLiteral("Union membership"), QStringLiteral("trade_union_membership"), ruleUuid});
        },
        a, "dataCategories", S::Error, "\"Union membership\" (");
    row(
        "activity: Art. 9(2)(h) without the law",
        [](RegisterSnapshot &s) {
            activity(s).dataCategories.first().specialCategory = QStringLiteral("health");
            activity(s).dataCategories.first().art9Exception = QStringLiteral("h");
        },
        a, "dataCategories", S::Error, "for example UAVG art. 30");
    row(
        "activity: Art. 9(2)(b) without law or collective agreement",
        [](RegisterSnapshot &s) {
            activity(s).dataCategories.first().specialCategory = QStringLiteral("religious_beliefs");
            activity(s).dataCategories.first().art9Exception = QStringLiteral("b");
        },
        a, "dataCategories", S::Error, "collective agreement");
    row(
        "activity: Art. 9(2)(g) without the law, no article of its own",
        [](RegisterSnapshot &s) {
            activity(s).dataCategories.first().specialCategory = QStringLiteral("sex_life_orientation");
            activity(s).dataCategories.first().art9Exception = QStringLiteral("g");
        },
        a, "dataCategories", S::Error, "UAVG arts. 22 to 30");
    row(
        "activity: joint controller without arrangement",
        [](RegisterSnapshot &s) {
            activity(s).jointControllers = {
                {cloudUuid, QString(), QStringLiteral("We inform; they answer requests"), QStringLiteral("privacy@")}};
        },
        a, "jointControllers", S::Error, "Art. 26(1)");
    row(
        "activity: joint controller without essence",
        [](RegisterSnapshot &s) {
            activity(s).jointControllers = {
                {cloudUuid, QStringLiteral("Covenant 7"), QString(), QStringLiteral("privacy@")}};
        },
        a, "jointControllers", S::Warning, "Art. 26(2)");
    row(
        "activity: joint controller without contact point",
        [](RegisterSnapshot &s) {
            activity(s).jointControllers = {
                {cloudUuid, QStringLiteral("Covenant 7"), QStringLiteral("We inform; they answer"), QString()}};
        },
        a, "jointControllers", S::Info, "Art. 26(1)");
    row(
        "activity: criminal data without ground", [](RegisterSnapshot &s) { activity(s).criminalData = true; }, a,
        "criminalDataGround", S::Error, "Art. 10");
    row(
        "activity: BSN without ground", [](RegisterSnapshot &s) { activity(s).bsn = true; }, a, "bsnGround", S::Error,
        "UAVG art. 46");
    row(
        "activity: legitimate interest without LIA", [](RegisterSnapshot &s) { activity(s).liaReference.clear(); }, a,
        "liaReference", S::Warning, "Art. 6(1)(f)");
    row(
        "activity: legal obligation without its law",
        [](RegisterSnapshot &s) { activity(s).lawfulBases.append(QStringLiteral("c")); }, a, "legalProvision",
        S::Warning, "Art. 6(3)");
    row(
        "activity: legitimate interests not described",
        [](RegisterSnapshot &s) { activity(s).legitimateInterest.clear(); }, a, "legitimateInterest", S::Warning,
        "13(1)(d)");
    row(
        "activity: consent without its record",
        [](RegisterSnapshot &s) {
            activity(s).lawfulBases.append(QStringLiteral("a"));
            activity(s).consentWithdrawal = QStringLiteral("Unsubscribe link");
        },
        a, "consentRecord", S::Warning, "Art. 7(1)");
    row(
        "activity: consent without a way to withdraw",
        [](RegisterSnapshot &s) {
            activity(s).lawfulBases.append(QStringLiteral("a"));
            activity(s).consentRecord = QStringLiteral("Consent log");
        },
        a, "consentWithdrawal", S::Warning, "Art. 7(3)");
    row(
        "activity: several bases without scope", [](RegisterSnapshot &s) { activity(s).basisScope.clear(); }, a,
        "basisScope", S::Info, "several lawful bases");
    row(
        "activity: recipients",
        [](RegisterSnapshot &s) {
            activity(s).recipients.clear();
            activity(s).agreementUuids.clear();
        },
        a, "recipients", S::Error, "Art. 30(1)(d)");
    row(
        "activity: transfer without country",
        [](RegisterSnapshot &s) { activity(s).transfers.first().country.clear(); }, a, "transfers", S::Error,
        "Art. 30(1)(e)");
    row(
        "activity: transfer without mechanism",
        [](RegisterSnapshot &s) { activity(s).transfers.first().mechanism.clear(); }, a, "transfers", S::Error,
        "Arts. 44 to 49");
    row(
        "activity: SCC without module",
        [](RegisterSnapshot &s) { activity(s).transfers.first().mechanism = QStringLiteral("scc"); }, a, "transfers",
        S::Warning, "Art. 46(2)(c)");
    row(
        "activity: transfer to an EEA country",
        [](RegisterSnapshot &s) { activity(s).transfers.first().country = QStringLiteral("IE"); }, a, "transfers",
        S::Warning, "Art. 44");
    row(
        "activity: adequacy for a country without a decision",
        [](RegisterSnapshot &s) {
            activity(s).transfers.first().country = QStringLiteral("IN");
            activity(s).transfers.first().mechanism = QStringLiteral("adequacy");
        },
        a, "transfers", S::Error, "Art. 45");
    row(
        "activity: adequacy for the US instead of the DPF",
        [](RegisterSnapshot &s) { activity(s).transfers.first().mechanism = QStringLiteral("adequacy"); }, a,
        "transfers", S::Error, "Data Privacy Framework");
    row(
        "activity: derogation without saying which",
        [](RegisterSnapshot &s) { activity(s).transfers.first().mechanism = QStringLiteral("derogation"); }, a,
        "transfers", S::Error, "Art. 49(1)(a) to (g)");
    row(
        "activity: compelling interests without documentation",
        [](RegisterSnapshot &s) {
            activity(s).transfers.first().mechanism = QStringLiteral("derogation");
            activity(s).transfers.first().derogation = QStringLiteral("compelling");
        },
        a, "transfers", S::Error, "Art. 30(1)(e)");
    row(
        "activity: SCC without a transfer impact assessment",
        [](RegisterSnapshot &s) {
            Transfer &t = activity(s).transfers.first();
            t.mechanism = QStringLiteral("scc");
            t.sccModule = QStringLiteral("c2p");
            t.tiaReference.clear();
        },
        a, "transfers", S::Warning, "01/2020");
    row(
        "activity: a code of conduct without a transfer impact assessment",
        [](RegisterSnapshot &s) {
            Transfer &t = activity(s).transfers.first();
            t.mechanism = QStringLiteral("code_of_conduct");
            t.tiaReference.clear();
        },
        a, "transfers", S::Warning, "01/2020");
    row(
        "activity: Art. 46 safeguards without saying which",
        [](RegisterSnapshot &s) { activity(s).transfers.first().mechanism = QStringLiteral("other"); }, a, "transfers",
        S::Warning, "without saying which");
    row(
        "activity: ad hoc clauses without the authority's authorisation",
        [](RegisterSnapshot &s) { activity(s).transfers.first().mechanism = QStringLiteral("ad_hoc_clauses"); }, a,
        "transfers", S::Error, "Art. 46(3)");
    row(
        "activity: an administrative arrangement, authorised, still needs its TIA",
        [](RegisterSnapshot &s) {
            Transfer &t = activity(s).transfers.first();
            t.mechanism = QStringLiteral("administrative_arrangement");
            t.saAuthorisation = QStringLiteral("AP decision z2026-01234 of 2026-03-01");
            t.tiaReference.clear();
        },
        a, "transfers", S::Warning, "01/2020");
    row(
        "activity: recipient outside the EEA without a transfer",
        [](RegisterSnapshot &s) {
            s.parties.first().country = QStringLiteral("IN"); // the processor Klantwolk, in India
        },
        a, "transfers", S::Warning, "Art. 44");
    row(
        "activity: DPF checked over a year ago",
        [](RegisterSnapshot &s) { activity(s).transfers.first().dpfCheckedOn = QDate(2025, 6, 14); }, a, "transfers",
        S::Warning, "Data Privacy Framework");
    row(
        "activity: DPF never checked",
        [](RegisterSnapshot &s) { activity(s).transfers.first().dpfCheckedOn = QDate(); }, a, "transfers", S::Warning,
        "Art. 45");
    row(
        "activity: data category without retention rule",
        [](RegisterSnapshot &s) { activity(s).dataCategories.first().retentionRuleUuid.clear(); }, a, "dataCategories",
        S::Warning, "Art. 30(1)(f)");
    row(
        "activity: retention rule without legal ground",
        [](RegisterSnapshot &s) { activity(s).dataCategories.first().retentionRuleUuid = bareRuleUuid; }, a,
        "dataCategories", S::Warning, "Art. 30(1)(f)");
    row(
        "activity: no measures", [](RegisterSnapshot &s) { activity(s).measureUuids.clear(); }, a, "measureUuids",
        S::Warning, "Art. 30(1)(g)");
    row(
        "activity: no storage location", [](RegisterSnapshot &s) { activity(s).storageLocation.clear(); }, a,
        "storageLocation", S::Warning, "Arts. 15 and 17");
    row(
        "activity: no source of the data", [](RegisterSnapshot &s) { activity(s).dataSource.clear(); }, a, "dataSource",
        S::Info, "Art. 14(2)(f)");
    row(
        "activity: approved without approver", [](RegisterSnapshot &s) { activity(s).approvedBy.clear(); }, a,
        "approvedBy", S::Info, "Art. 5(2)");
    row(
        "activity: no owner", [](RegisterSnapshot &s) { activity(s).ownerDepartment.clear(); }, a, "ownerDepartment",
        S::Info, "Art. 5(2)");
    row(
        "activity: review overdue", [](RegisterSnapshot &s) { activity(s).nextReview = QDate(2026, 6, 14); }, a,
        "nextReview", S::Warning, "2026-06-14");
    row(
        "activity: no next review", [](RegisterSnapshot &s) { activity(s).nextReview = QDate(); }, a, "nextReview",
        S::Warning, "Art. 5(2)");
    row(
        "activity: linked agreement expired",
        [](RegisterSnapshot &s) {
            ownAgreement(s).expiresOn = QDate(2026, 6, 1);
            ownAgreement(s).status = QStringLiteral("draft"); // so the agreement itself raises nothing
        },
        a, "agreementUuids", S::Error, "Art. 28(3)");
    row(
        "activity: linked agreement terminated",
        [](RegisterSnapshot &s) {
            ownAgreement(s).status = QStringLiteral("terminated");
            ownAgreement(s).endOfContract = QStringLiteral("deleted");
            ownAgreement(s).endOfContractProof = QStringLiteral("Certificate");
        },
        a, "agreementUuids", S::Error, "terminated");
    row(
        "activity: linked agreement is a draft, activity approved",
        [](RegisterSnapshot &s) { ownAgreement(s).status = QStringLiteral("draft"); }, a, "agreementUuids", S::Error,
        "28(9)");
    row(
        "activity: linked agreement is a draft, activity in review",
        [](RegisterSnapshot &s) {
            ownAgreement(s).status = QStringLiteral("draft");
            activity(s).status = QStringLiteral("in_review");
        },
        a, "agreementUuids", S::Warning, "draft");
    row(
        "activity: linked agreement not yet in effect",
        [](RegisterSnapshot &s) { ownAgreement(s).effectiveOn = QDate(2026, 7, 1); }, a, "agreementUuids", S::Warning,
        "2026-07-01");
    row(
        "activity: processor recipient without a country",
        [](RegisterSnapshot &s) { s.parties.first().country.clear(); }, a, "recipients", S::Warning, "Art. 30(1)(e)");
    row(
        "activity: processor recipient without the processor role",
        [](RegisterSnapshot &s) { s.parties.first().roles.clear(); }, a, "recipients", S::Info, "Art. 4(8)");
    row(
        "activity: processor recipient is not a party",
        [](RegisterSnapshot &s) {
            activity(s).recipients.append(
                {QString(), QStringLiteral("processor"), QStringLiteral("Mailing"), QString()});
        },
        a, "recipients", S::Error, "Art. 28(3)");
    row(
        "activity: processor recipient, no agreement at all",
        [](RegisterSnapshot &s) {
            activity(s).agreementUuids.clear();
            s.agreements.removeFirst();
        },
        a, "agreementUuids", S::Error, "Art. 28(3)");
    row(
        "activity: processor recipient, agreement exists but not linked",
        [](RegisterSnapshot &s) { activity(s).agreementUuids.clear(); }, a, "agreementUuids", S::Error,
        "is not linked");
    row(
        "activity: processor recipient, only agreement expired",
        [](RegisterSnapshot &s) {
            activity(s).agreementUuids.clear();
            ownAgreement(s).status = QStringLiteral("terminated");
            ownAgreement(s).endOfContract = QStringLiteral("deleted");
            ownAgreement(s).endOfContractProof = QStringLiteral("Certificate");
        },
        a, "agreementUuids", S::Error, "no agreement with");
    row(
        "activity: linked agreement's processor is not a recipient",
        [](RegisterSnapshot &s) {
            activity(s).recipients.first() = {cloudUuid, QStringLiteral("external"), QString(), QString()};
        },
        a, "recipients", S::Warning, "Art. 30(1)(d)");
    row(
        "activity: agreement in which we are the processor",
        [](RegisterSnapshot &s) { activity(s).agreementUuids.append(customerAgreementUuid); }, a, "agreementUuids",
        S::Warning, "Art. 30(2)");
    row(
        "activity: retention rule retired", [](RegisterSnapshot &s) { s.retentionRules.first().retired = true; }, a,
        "dataCategories", S::Warning, "retired");
    row(
        "activity: retention rule without period or event",
        [](RegisterSnapshot &s) {
            s.retentionRules.first().periodCount = 0;
            s.retentionRules.first().periodUnit.clear();
            s.retentionRules.first().trigger.clear();
        },
        a, "dataCategories", S::Warning, "Art. 30(1)(f)");
    row(
        "activity: automated decisions without exception",
        [](RegisterSnapshot &s) {
            activity(s).automatedDecisions = true;
            activity(s).automatedConsequences = QStringLiteral("A refusal of credit");
            activity(s).automatedLogic = QStringLiteral("Score from payment history");
        },
        a, "art22Exception", S::Error, "Art. 22(2)");
    row(
        "activity: automated decisions without logic",
        [](RegisterSnapshot &s) {
            activity(s).automatedDecisions = true;
            activity(s).automatedConsequences = QStringLiteral("A refusal of credit");
            activity(s).art22Exception = QStringLiteral("contract");
            activity(s).art22Safeguards = QStringLiteral("Review by an employee on request");
        },
        a, "automatedLogic", S::Warning, "13(2)(f)");
    row(
        "activity: automated decisions without their consequences",
        [](RegisterSnapshot &s) {
            activity(s).automatedDecisions = true;
            activity(s).art22Exception = QStringLiteral("contract");
            activity(s).art22Safeguards = QStringLiteral("Review by an employee on request");
            activity(s).automatedLogic = QStringLiteral("Score from payment history");
        },
        a, "automatedConsequences", S::Warning, "15(1)(h)");
    row(
        "activity: automated decisions under a law not named",
        [](RegisterSnapshot &s) {
            activity(s).automatedDecisions = true;
            activity(s).automatedConsequences = QStringLiteral("A refusal of credit");
            activity(s).art22Exception = QStringLiteral("law");
            activity(s).automatedLogic = QStringLiteral("Rules");
        },
        a, "art22LawReference", S::Error, "Art. 22(2)(b)");
    row(
        "activity: automated decisions without safeguards",
        [](RegisterSnapshot &s) {
            activity(s).automatedDecisions = true;
            activity(s).automatedConsequences = QStringLiteral("A refusal of credit");
            activity(s).art22Exception = QStringLiteral("explicit_consent");
            activity(s).automatedLogic = QStringLiteral("Rules");
        },
        a, "art22Safeguards", S::Warning, "Art. 22(3)");
    row(
        "activity: automated decisions on special categories",
        [](RegisterSnapshot &s) {
            activity(s).automatedDecisions = true;
            activity(s).automatedConsequences = QStringLiteral("A refusal of credit");
            activity(s).art22Exception = QStringLiteral("contract");
            activity(s).art22Safeguards = QStringLiteral("Human review");
            activity(s).automatedLogic = QStringLiteral("Rules");
            activity(s).dataCategories.first().specialCategory = QStringLiteral("health");
            activity(s).dataCategories.first().art9Exception = QStringLiteral("b");
            activity(s).dataCategories.first().nationalGround = QStringLiteral("UAVG art. 30");
        },
        a, "art22Exception", S::Error, "Art. 22(4)");
    row(
        "activity: DPIA not assessed, activity approved",
        [](RegisterSnapshot &s) { activity(s).dpiaRequired = QStringLiteral("unknown"); }, a, "dpiaRequired", S::Error,
        "Art. 35(1)");
    row(
        "activity: DPIA not assessed, draft",
        [](RegisterSnapshot &s) {
            activity(s).dpiaRequired = QStringLiteral("unknown");
            activity(s).status = QStringLiteral("draft");
        },
        a, "dpiaRequired", S::Warning, "Art. 35(1)");
    row(
        "activity: no DPIA, no reasoning", [](RegisterSnapshot &s) { activity(s).dpiaReasoning.clear(); }, a,
        "dpiaReasoning", S::Warning, "WP248");
    row(
        "activity: no DPIA with two WP248 criteria and no reasoning",
        [](RegisterSnapshot &s) {
            activity(s).dpiaReasoning.clear();
            activity(s).wp248Criteria = {QStringLiteral("evaluation_scoring"), QStringLiteral("matching_datasets")};
        },
        a, "dpiaReasoning", S::Warning, "Matching or combining data sets");
    row(
        "activity: Art. 35(3)(b) without DPIA",
        [](RegisterSnapshot &s) {
            activity(s).wp248Criteria = {QStringLiteral("large_scale")};
            activity(s).dataCategories.first().specialCategory = QStringLiteral("health");
            activity(s).dataCategories.first().art9Exception = QStringLiteral("h");
            activity(s).dataCategories.first().nationalGround = QStringLiteral("UAVG art. 30");
        },
        a, "dpiaRequired", S::Error, "Art. 35(3)(b)");
    row(
        "activity: Art. 35(3)(c) without DPIA",
        [](RegisterSnapshot &s) {
            activity(s).wp248Criteria = {QStringLiteral("large_scale")};
            activity(s).publicMonitoring = true;
        },
        a, "dpiaRequired", S::Error, "Art. 35(3)(c)");
    row(
        "activity: DPIA without outcome",
        [](RegisterSnapshot &s) {
            activity(s).dpiaRequired = QStringLiteral("yes");
            activity(s).dpiaStatus = QStringLiteral("completed");
        },
        a, "dpiaResidualRisk", S::Warning, "Art. 36(1)");
    row(
        "activity: high residual risk without prior consultation",
        [](RegisterSnapshot &s) {
            activity(s).dpiaRequired = QStringLiteral("yes");
            activity(s).dpiaStatus = QStringLiteral("completed");
            activity(s).dpiaResidualRisk = QStringLiteral("high");
        },
        a, "priorConsultationOn", S::Error, "Art. 36(1)");
    row(
        "activity: DPIA review overdue",
        [](RegisterSnapshot &s) {
            activity(s).dpiaRequired = QStringLiteral("yes");
            activity(s).dpiaStatus = QStringLiteral("completed");
            activity(s).dpiaResidualRisk = QStringLiteral("low");
            activity(s).dpiaReviewOn = QDate(2026, 6, 1);
        },
        a, "dpiaReviewOn", S::Warning, "Art. 35(11)");
    row(
        "activity: DPIA required, not completed",
        [](RegisterSnapshot &s) {
            activity(s).dpiaRequired = QStringLiteral("yes");
            activity(s).dpiaStatus = QStringLiteral("in_progress");
        },
        a, "dpiaStatus", S::Error, "Art. 35(1)");
    row(
        "activity: AP-list criterion but no DPIA",
        [](RegisterSnapshot &s) { activity(s).dpiaCriteria = {QStringLiteral("blacklists")}; }, a, "dpiaRequired",
        S::Error, "Blacklists");

    row(
        "activity: sub-processor outside the EEA without a transfer",
        [](RegisterSnapshot &s) {
            const Party offshore = subProcessor(QStringLiteral("party-offshore"), QStringLiteral("Offshore Support"),
                                                QStringLiteral("IN"));
            s.parties.append(offshore);
            Agreement sub = completeAgreement(QStringLiteral("agreement-offshore"), QStringLiteral("SPA Offshore"));
            sub.kind = QStringLiteral("sub_processing");
            sub.parentUuid = ownAgreementUuid;
            sub.controllerUuid = processorUuid;
            sub.processorUuid = offshore.uuid;
            s.agreements.append(sub);
        },
        a, "transfers", S::Warning, "\"Offshore Support\" in India, engaged under \"SPA Offshore\"");
    row(
        "activity: sub-processor outside the EEA two agreements down",
        [](RegisterSnapshot &s) {
            const Party hosting = subProcessor(QStringLiteral("party-hosting"), QStringLiteral("Hosting Amsterdam"),
                                               QStringLiteral("NL"));
            s.parties.append(hosting);
            const Party offshore = subProcessor(QStringLiteral("party-offshore"), QStringLiteral("Offshore Support"),
                                                QStringLiteral("IN"));
            s.parties.append(offshore);
            Agreement first = completeAgreement(QStringLiteral("agreement-hosting"), QStringLiteral("SPA Hosting"));
            first.kind = QStringLiteral("sub_processing");
            first.parentUuid = ownAgreementUuid;
            first.controllerUuid = processorUuid;
            first.processorUuid = hosting.uuid;
            Agreement second = completeAgreement(QStringLiteral("agreement-offshore"), QStringLiteral("SPA Offshore"));
            second.kind = QStringLiteral("sub_processing");
            second.parentUuid = first.uuid;
            second.controllerUuid = hosting.uuid;
            second.processorUuid = offshore.uuid;
            // Listed before the agreement it is made under: found all the same.
            s.agreements.append(second);
            s.agreements.append(first);
        },
        a, "transfers", S::Warning, "\"Offshore Support\" in India, engaged under \"SPA Offshore\"");

    // A13: the SCC module follows the roles.
    row(
        "activity: SCC module of a processor's transfer",
        [](RegisterSnapshot &s) {
            Transfer &t = activity(s).transfers.first();
            t.mechanism = QStringLiteral("scc");
            t.sccModule = QStringLiteral("p2p");
        },
        a, "transfers", S::Warning, "module 2 (controller to processor)");
    row(
        "activity: SCC module 1 to a sub-processor",
        [](RegisterSnapshot &s) {
            Transfer &t = activity(s).transfers.first();
            t.mechanism = QStringLiteral("scc");
            t.sccModule = QStringLiteral("c2c");
        },
        a, "transfers", S::Warning, "module 2 (controller to processor)");
    row(
        "processor: SCC module of a controller's transfer",
        [](RegisterSnapshot &s) {
            processorActivity(s).transfers = {{QStringLiteral("US"), cloudUuid, QStringLiteral("scc"),
                                               QStringLiteral("c2p"), QStringLiteral("TIA-2"), QDate(), QString()}};
        },
        p, "transfers", S::Warning, "module 3 (processor to processor)");
    row(
        "processor: SCC module 3 back to the controller",
        [](RegisterSnapshot &s) {
            processorActivity(s).transfers = {{QStringLiteral("US"), customerUuid, QStringLiteral("scc"),
                                               QStringLiteral("p2p"), QStringLiteral("TIA-2"), QDate(), QString()}};
        },
        p, "transfers", S::Warning, "module 4 (processor to controller)");

    // Processor activity (Art. 30(2)).
    row(
        "processor: no controller", [](RegisterSnapshot &s) { processorActivity(s).controllerUuids.clear(); }, p,
        "controllerUuids", S::Error, "Art. 30(2)(a)");
    row(
        "processor: a second controller without agreement",
        [](RegisterSnapshot &s) { processorActivity(s).controllerUuids.append(cloudUuid); }, p, "agreementUuids",
        S::Error, "agreement with \"Cloudstack Inc.\"");
    row(
        "processor: special categories, data not described",
        [](RegisterSnapshot &s) { processorActivity(s).specialCategories = true; }, p, "dataCategories", S::Warning,
        "Art. 33(2)");
    row(
        "processor: no categories", [](RegisterSnapshot &s) { processorActivity(s).processingCategories.clear(); }, p,
        "processingCategories", S::Error, "Art. 30(2)(b)");
    row(
        "processor: transfer without mechanism",
        [](RegisterSnapshot &s) {
            processorActivity(s).transfers = {
                {QStringLiteral("US"), QString(), QString(), QString(), QString(), {}, {}}};
        },
        p, "transfers", S::Error, "Art. 30(2)(c)");
    row(
        "processor: no measures", [](RegisterSnapshot &s) { processorActivity(s).measureUuids.clear(); }, p,
        "measureUuids", S::Warning, "Art. 30(2)(d)");
    row(
        "processor: no storage location", [](RegisterSnapshot &s) { processorActivity(s).storageLocation.clear(); }, p,
        "storageLocation", S::Warning, "Art. 28(3)(e)");
    row(
        "processor: review overdue", [](RegisterSnapshot &s) { processorActivity(s).nextReview = QDate(2026, 1, 1); },
        p, "nextReview", S::Warning, "2026-01-01");
    row(
        "processor: no agreement with the controller",
        [](RegisterSnapshot &s) {
            processorActivity(s).agreementUuids.clear();
            s.agreements.removeLast();
        },
        p, "agreementUuids", S::Error, "Art. 28(3)");

    row(
        "processor: the only agreement is terminated",
        [](RegisterSnapshot &s) {
            customerAgreement(s).status = QStringLiteral("terminated");
            customerAgreement(s).endOfContract = QStringLiteral("returned_and_deleted");
            customerAgreement(s).endOfContractProof = QStringLiteral("Letter");
        },
        p, "agreementUuids", S::Error, "terminated");
    row(
        "processor: the only agreement is a draft, record approved",
        [](RegisterSnapshot &s) { customerAgreement(s).status = QStringLiteral("draft"); }, p, "agreementUuids",
        S::Error, "draft");
    row(
        "processor: the only agreement is a draft, record in review",
        [](RegisterSnapshot &s) {
            customerAgreement(s).status = QStringLiteral("draft");
            processorActivity(s).status = QStringLiteral("in_review");
        },
        p, "agreementUuids", S::Warning, "draft");
    row(
        "processor: the only agreement expired, not linked",
        [](RegisterSnapshot &s) {
            processorActivity(s).agreementUuids.clear();
            customerAgreement(s).status = QStringLiteral("draft");
            customerAgreement(s).expiresOn = QDate(2026, 6, 1);
        },
        p, "agreementUuids", S::Error, "2026-06-01");

    // Agreements (Art. 28).
    for (const char *key :
         {"subjectMatter", "duration", "naturePurpose", "dataTypes", "subjectCategories", "controllerRights"}) {
        const QByteArray name = QByteArray("agreement: no ") + key;
        const QString field = QString::fromLatin1(key);
        row(
            name.constData(),
            [field](RegisterSnapshot &s) {
                Agreement::spec().field(QLatin1String(field.toLatin1()))->setValue(ownAgreement(s), QString());
            },
            g, key, S::Error, "Art. 28(3), first sentence");
    }
    row(
        "agreement: parent does not authorise sub-processors",
        [](RegisterSnapshot &s) {
            Agreement sub = completeAgreement(QStringLiteral("agreement-sub"), QStringLiteral("Klantwolk-Cloudstack"));
            sub.kind = QStringLiteral("sub_processing");
            sub.parentUuid = ownAgreementUuid;
            sub.controllerUuid = processorUuid;
            sub.processorUuid = cloudUuid;
            s.agreements.append(sub);
            ownAgreement(s).subprocessorAuthorisation.clear();
        },
        g, "parentUuid", S::Error, "Art. 28(2)");
    row(
        "agreement: specific authorisation not recorded",
        [](RegisterSnapshot &s) {
            Agreement sub = completeAgreement(QStringLiteral("agreement-sub"), QStringLiteral("Klantwolk-Cloudstack"));
            sub.kind = QStringLiteral("sub_processing");
            sub.parentUuid = ownAgreementUuid;
            sub.controllerUuid = processorUuid;
            sub.processorUuid = cloudUuid;
            s.agreements.append(sub);
            ownAgreement(s).subprocessorAuthorisation = QStringLiteral("specific");
        },
        g, "authorisedOn", S::Error, "Art. 28(2)");
    row(
        "agreement: no evidence of guarantees",
        [](RegisterSnapshot &s) {
            ownAgreement(s).auditEvidence.clear();
            ownAgreement(s).assurances.clear();
        },
        g, "auditEvidence", S::Warning, "Art. 28(1)");
    // The supplier file (part 6): reports and certificates with their validity, the yearly review.
    row(
        "agreement: evidence noted, no report with its dates",
        [](RegisterSnapshot &s) { ownAgreement(s).assurances.clear(); }, g, "assurances", S::Info, "Art. 28(1)");
    row(
        "agreement: a cloud service, evidence noted, no report with its dates",
        [](RegisterSnapshot &s) {
            ownAgreement(s).assurances.clear();
            ownAgreement(s).cloudService = true;
        },
        g, "assurances", S::Warning, "Art. 28(1)");
    row(
        "agreement: the certificate expired yesterday",
        [](RegisterSnapshot &s) { ownAgreement(s).assurances.first().validUntil = today.addDays(-1); }, g, "assurances",
        S::Info, "ISO/IEC 27001");
    row(
        "agreement: a cloud service's certificate expired",
        [](RegisterSnapshot &s) {
            ownAgreement(s).assurances.first().validUntil = today.addDays(-1);
            ownAgreement(s).cloudService = true;
        },
        g, "assurances", S::Warning, "Art. 28(1)");
    row(
        "agreement: a report row without dates is no dated evidence",
        [](RegisterSnapshot &s) { ownAgreement(s).assurances = {Domain::AssuranceReport()}; }, g, "assurances", S::Info,
        "with the dates");
    row(
        "agreement: a report without an end, issued over a year ago",
        [](RegisterSnapshot &s) { ownAgreement(s).assurances.first().validUntil = QDate(); }, g, "assurances", S::Info,
        "check their dates");
    row(
        "agreement: the only report is not issued yet",
        [](RegisterSnapshot &s) { ownAgreement(s).assurances.first().issuedOn = today.addDays(1); }, g, "assurances",
        S::Info, "Art. 28(1)");
    row(
        "agreement: last reviewed over a year ago",
        [](RegisterSnapshot &s) { ownAgreement(s).reviews.first().reviewedOn = today.addYears(-1).addDays(-1); }, g,
        "reviews", S::Warning, "every year");
    row(
        "agreement: never reviewed, in effect for over a year",
        [](RegisterSnapshot &s) { ownAgreement(s).reviews.clear(); }, g, "reviews", S::Warning, "No review");
    row(
        "agreement: a review dated in the future",
        [](RegisterSnapshot &s) {
            ownAgreement(s).reviews.append(ownAgreement(s).reviews.first());
            ownAgreement(s).reviews.last().reviewedOn = today.addDays(3);
        },
        g, "reviews", S::Warning, "not come yet");
    row(
        "agreement: pending notice without the day it was sent",
        [](RegisterSnapshot &s) {
            ownAgreement(s).notices.first().decision = QStringLiteral("pending");
            ownAgreement(s).notices.first().objectionDeadline = QDate(2026, 7, 1);
        },
        g, "notices", S::Warning, "sent");
    row(
        "agreement: a notice we sent as processor without the day it was sent",
        [](RegisterSnapshot &s) { customerAgreement(s).notices.first().sentOn = QDate(); }, g, "notices", S::Error,
        "Art. 28(2)");
    row(
        "agreement: the controller's window ended, its answer not recorded",
        [](RegisterSnapshot &s) { customerAgreement(s).notices.first().decision = QStringLiteral("pending"); }, g,
        "notices", S::Warning, "2026-05-31");
    row(
        "agreement: the controller's window still open: wait, no finding; a received notice past its deadline is one",
        [](RegisterSnapshot &s) {
            customerAgreement(s).notices.first().decision = QStringLiteral("pending");
            customerAgreement(s).notices.first().objectionDeadline = QDate(2026, 6, 20);
            ownAgreement(s).notices.first().decision = QStringLiteral("pending");
        },
        g, "notices", S::Warning, "received on 2026-05-01");
    // Retention rules: a seeded text the catalogue has since corrected (A5).
    row(
        "retention rule: seeded trigger since corrected",
        [](RegisterSnapshot &s) {
            s.retentionRules.first().seedKey = QStringLiteral("nl.foreign_employee_id");
            s.retentionRules.first().trigger = QStringLiteral("after employment ends");
        },
        QStringLiteral("retention_rule"), "trigger", S::Warning, "calendar year in which the work ended");
    row(
        "agreement: unticked item", [](RegisterSnapshot &s) { ownAgreement(s).clauses[4].ticked = false; }, g,
        "clauses.e", S::Error, "Art. 28(3)(e)");
    row(
        "agreement: unticked infringement notice",
        [](RegisterSnapshot &s) { ownAgreement(s).clauses[8].ticked = false; }, g, "clauses.infringement_notice",
        S::Error, "second subparagraph");
    row(
        "agreement: sub-processing without parent",
        [](RegisterSnapshot &s) { ownAgreement(s).kind = QStringLiteral("sub_processing"); }, g, "parentUuid", S::Error,
        "Art. 28(4)");
    row(
        "agreement: expired while active",
        [](RegisterSnapshot &s) {
            customerAgreement(s).expiresOn = QDate(2026, 6, 14);
            processorActivity(s).status = QStringLiteral("retired"); // not checked: only the agreement is
        },
        g, "expiresOn", S::Error, "2026-06-14");
    row(
        "agreement: review overdue", [](RegisterSnapshot &s) { ownAgreement(s).reviewOn = QDate(2026, 6, 1); }, g,
        "reviewOn", S::Warning, "2026-06-01");
    row(
        "agreement: general authorisation without window",
        [](RegisterSnapshot &s) { ownAgreement(s).objectionWindowDays = 0; }, g, "objectionWindowDays", S::Warning,
        "Art. 28(2)");
    row(
        "agreement: pending notice past its deadline",
        [](RegisterSnapshot &s) { ownAgreement(s).notices.first().decision = QStringLiteral("pending"); }, g, "notices",
        S::Warning, "2026-06-01");
    row(
        "agreement: terminated without proof",
        [](RegisterSnapshot &s) {
            customerAgreement(s).status = QStringLiteral("terminated");
            processorActivity(s).status = QStringLiteral("retired");
        },
        g, "endOfContractProof", S::Warning, "Art. 28(3)(g)");
    row(
        "agreement: data returned, copies not deleted",
        [](RegisterSnapshot &s) {
            customerAgreement(s).status = QStringLiteral("terminated");
            customerAgreement(s).endOfContract = QStringLiteral("returned");
            customerAgreement(s).endOfContractProof = QStringLiteral("Transfer receipt");
            processorActivity(s).status = QStringLiteral("retired");
        },
        g, "endOfContract", S::Warning, "copies are not recorded as deleted");
    row(
        "agreement: kept by law, the law not named",
        [](RegisterSnapshot &s) {
            customerAgreement(s).status = QStringLiteral("terminated");
            customerAgreement(s).endOfContract = QStringLiteral("retained_by_law");
            customerAgreement(s).endOfContractProof = QStringLiteral("Letter of 2026-06-01");
            processorActivity(s).status = QStringLiteral("retired");
        },
        g, "endOfContractLaw", S::Error, "Art. 28(3)(g)");
    row(
        "agreement: no copy of the agreement", [](RegisterSnapshot &s) { ownAgreement(s).attachments.clear(); }, g,
        "attachments", S::Warning, "Art. 28(9)");

    // Legal holds (A9): only while active.
    row(
        "legal hold: no scope", [](RegisterSnapshot &s) { legalHold(s).scope.clear(); }, h, "scope", S::Error,
        "Art. 5(1)(e)");
    row(
        "legal hold: no reason", [](RegisterSnapshot &s) { legalHold(s).reason = QStringLiteral(" "); }, h, "reason",
        S::Warning, "dispute, claim");
    row(
        "legal hold: last review more than a year ago",
        [](RegisterSnapshot &s) { legalHold(s).reviewedOn = QDate(2025, 6, 14); }, h, "reviewedOn", S::Warning,
        "more than a year ago");
    row(
        "legal hold: never reviewed, started more than a year ago",
        [](RegisterSnapshot &s) { legalHold(s).reviewedOn = QDate(); }, h, "reviewedOn", S::Warning,
        "has not been reviewed since");
    row(
        "legal hold: a released hold without scope is not checked, an active one is",
        [](RegisterSnapshot &s) {
            legalHold(s).releasedOn = today;
            legalHold(s).scope.clear();
            LegalHold &reopened = s.legalHolds.last();
            reopened.releasedOn = QDate(2026, 6, 16);
            reopened.reason = QStringLiteral("Tax inquiry reopened");
            reopened.reviewedOn = QDate(2026, 1, 5);
        },
        h, "scope", S::Error, "Art. 5(1)(e)");

    // Cookies (Tw art. 11.7a): consent where the category needs it, a transfer where the data goes.
    const QString c = QStringLiteral("cookie");
    row(
        "cookie: analytics on an activity without consent",
        [](RegisterSnapshot &s) { cookie(s).category = QStringLiteral("analytics"); }, c, "category", S::Error,
        "Tw art. 11.7a");
    row(
        "cookie: data to a third country the activity does not transfer to",
        [](RegisterSnapshot &s) { cookie(s).country = QStringLiteral("CN"); }, c, "country", S::Error, "Chapter V");
    row(
        "cookie: data to the US, where the activity transfers to: only the lifetime missing",
        [](RegisterSnapshot &s) {
            cookie(s).country = QStringLiteral("US");
            cookie(s).sessionOnly = false;
        },
        c, "lifetimeCount", S::Warning, "lifetime");
    row(
        "cookie: no activity", [](RegisterSnapshot &s) { cookie(s).activityUuid.clear(); }, c, "activityUuid",
        S::Warning, "lawful basis");
    row(
        "cookie: no purpose", [](RegisterSnapshot &s) { cookie(s).purpose.clear(); }, c, "purpose", S::Warning,
        "Tw art. 11.7a");
    row(
        "cookie: analytics with little impact needs no consent, but a lifetime",
        [](RegisterSnapshot &s) {
            cookie(s).category = QStringLiteral("analytics_exempt");
            cookie(s).sessionOnly = false;
        },
        c, "lifetimeCount", S::Warning, "lifetime");
}

void TestCompleteness::rules()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(Finding::Severity, severity);
    QFETCH(QString, cites);
    RegisterSnapshot snapshot = completeSnapshot();
    mutation(snapshot);
    snapshot.buildIndex();
    const QList<EntityFinding> findings = CompletenessCheck::run(snapshot, today);
    QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
    const EntityFinding &found = findings.constFirst();
    QCOMPARE(found.entity, entity);
    QCOMPARE(found.finding.field, field);
    QCOMPARE(found.finding.severity, severity);
    QVERIFY2(found.finding.message.contains(cites), qPrintable(found.finding.message));
    QVERIFY(found.finding.message.endsWith(QLatin1Char('.')));
    QVERIFY(!found.uuid.isEmpty());
}

// A cookie that needs consent on an activity that rests on consent but does not record it: the
// activity is told (a warning), and the cookie may not be placed (an error).
void TestCompleteness::aCookieNeedsConsentThatCanBeShown()
{
    RegisterSnapshot snapshot = completeSnapshot();
    cookie(snapshot).category = QStringLiteral("marketing");
    activity(snapshot).lawfulBases.append(QStringLiteral("a"));
    activity(snapshot).consentWithdrawal = QStringLiteral("Cookie settings link");
    Findings findings = CompletenessCheck::forCookie(cookie(snapshot), snapshot);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().field, QStringLiteral("activityUuid"));
    QCOMPARE(findings.constFirst().severity, Finding::Severity::Error);
    QVERIFY(findings.constFirst().message.contains(QStringLiteral("Art. 7(1), (3)")));
    activity(snapshot).consentRecord = QStringLiteral("Consent log of the banner");
    QVERIFY(CompletenessCheck::forCookie(cookie(snapshot), snapshot).isEmpty());
    // Retired: out of use, not checked.
    activity(snapshot).consentRecord.clear();
    cookie(snapshot).retired = true;
    const QList<EntityFinding> all = CompletenessCheck::run(snapshot, today);
    QVERIFY(std::none_of(all.cbegin(), all.cend(),
                         [](const EntityFinding &f) { return f.entity == QLatin1String("cookie"); }));
}

void TestCompleteness::completeRegisterHasNoFindings()
{
    const RegisterSnapshot snapshot = completeSnapshot();
    const QList<EntityFinding> findings = CompletenessCheck::run(snapshot, today);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    QVERIFY(CompletenessCheck::forActivity(snapshot.activities.constFirst(), snapshot, today).isEmpty());
    QVERIFY(
        CompletenessCheck::forProcessorActivity(snapshot.processorActivities.constFirst(), snapshot, today).isEmpty());
    for (const Agreement &agreement : snapshot.agreements)
        QVERIFY(CompletenessCheck::forAgreement(agreement, snapshot, today).isEmpty());
}

void TestCompleteness::retiredActivitiesAreNotChecked()
{
    RegisterSnapshot snapshot = completeSnapshot();
    activity(snapshot).purpose.clear();
    activity(snapshot).status = QStringLiteral("retired");
    processorActivity(snapshot).processingCategories.clear();
    processorActivity(snapshot).status = QStringLiteral("retired");
    QVERIFY(CompletenessCheck::run(snapshot, today).isEmpty());
}

void TestCompleteness::agreementWithTheControllerNeedNotBeLinked()
{
    // Art. 28(3) asks for an agreement with the controller, not for a link in the register.
    RegisterSnapshot snapshot = completeSnapshot();
    processorActivity(snapshot).agreementUuids.clear();
    QVERIFY(CompletenessCheck::run(snapshot, today).isEmpty());
}

void TestCompleteness::noRecipientsAndNoDpoRequiredCanBeRecorded()
{
    // A16: "none" is an answer to Art. 30(1)(d). A7: "no DPO required, because ..." ends the warning.
    RegisterSnapshot snapshot = completeSnapshot();
    activity(snapshot).recipients.clear();
    activity(snapshot).agreementUuids.clear();
    activity(snapshot).noRecipients = true;
    snapshot.organisation.dpoName.clear();
    snapshot.organisation.dpoEmail.clear();
    snapshot.organisation.dpoStatus = QStringLiteral("not_required");
    snapshot.organisation.dpoReasoning = QStringLiteral("No core activity of large-scale monitoring (Art. 37(1))");
    QList<EntityFinding> findings = CompletenessCheck::run(snapshot, today);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    activity(snapshot).noRecipients = false;
    findings = CompletenessCheck::run(snapshot, today);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().finding.field, QStringLiteral("recipients"));
}

void TestCompleteness::onlyOurSuppliersOwnAReviewAndReports()
{
    // A supplier taken on less than a year ago is reviewed a year after the agreement took effect.
    RegisterSnapshot snapshot = completeSnapshot();
    ownAgreement(snapshot).reviews.clear();
    ownAgreement(snapshot).effectiveOn = today.addMonths(-11);
    QVERIFY2(CompletenessCheck::run(snapshot, today).isEmpty(),
             qPrintable(describe(CompletenessCheck::run(snapshot, today))));
    ownAgreement(snapshot).effectiveOn = QDate();
    ownAgreement(snapshot).signedOn = today.addMonths(-13);
    const Findings late = CompletenessCheck::forAgreement(ownAgreement(snapshot), snapshot, today);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().field, QStringLiteral("reviews"));
    // A certificate without an end counts for a year from its issue.
    ownAgreement(snapshot).signedOn = today.addMonths(-11);
    ownAgreement(snapshot).assurances.first().validUntil = QDate();
    ownAgreement(snapshot).assurances.first().issuedOn = today.addMonths(-11);
    QVERIFY(CompletenessCheck::forAgreement(ownAgreement(snapshot), snapshot, today).isEmpty());
    // Where we are the processor the controller reviews us; a draft is not engaged yet.
    customerAgreement(snapshot).assurances.clear();
    customerAgreement(snapshot).auditEvidence.clear();
    customerAgreement(snapshot).reviews.clear();
    QVERIFY(CompletenessCheck::forAgreement(customerAgreement(snapshot), snapshot, today).isEmpty());
    ownAgreement(snapshot).status = QStringLiteral("draft");
    ownAgreement(snapshot).assurances.clear();
    ownAgreement(snapshot).auditEvidence.clear();
    const Findings draft = CompletenessCheck::forAgreement(ownAgreement(snapshot), snapshot, today);
    QVERIFY(std::none_of(draft.cbegin(), draft.cend(), [](const Finding &f) {
        return f.field == QLatin1String("reviews") || f.field == QLatin1String("assurances") ||
               f.field == QLatin1String("auditEvidence");
    }));
}

void TestCompleteness::aDraftAgreementDoesNotCountOnEitherSide()
{
    // A2: only an agreement in force governs the processing, with the controller or the processor.
    RegisterSnapshot snapshot = completeSnapshot();
    QVERIFY(CompletenessCheck::isInForce(ownAgreement(snapshot), today));
    ownAgreement(snapshot).effectiveOn = today.addDays(1);
    QVERIFY(!CompletenessCheck::isInForce(ownAgreement(snapshot), today));
    QVERIFY(CompletenessCheck::isInForce(ownAgreement(snapshot), today.addDays(1)));
    ownAgreement(snapshot).effectiveOn = QDate();
    QVERIFY(CompletenessCheck::isInForce(ownAgreement(snapshot), today));
    ownAgreement(snapshot).expiresOn = today;
    QVERIFY(CompletenessCheck::isInForce(ownAgreement(snapshot), today));
    QVERIFY(!CompletenessCheck::isInForce(ownAgreement(snapshot), today.addDays(1)));
    customerAgreement(snapshot).status = QStringLiteral("draft");
    QVERIFY(!CompletenessCheck::isInForce(customerAgreement(snapshot), today));
    // The processor side finds the draft, but does not accept it.
    QCOMPARE(snapshot.agreementAsProcessorFor(customerUuid, today), &customerAgreement(snapshot));
    processorActivity(snapshot).agreementUuids.clear();
    const Findings findings = CompletenessCheck::forProcessorActivity(processorActivity(snapshot), snapshot, today);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().severity, Finding::Severity::Error);
}

void TestCompleteness::lookupsWorkWithoutAndWithAStaleIndex()
{
    RegisterSnapshot snapshot = completeSnapshot(); // no index built
    QVERIFY(snapshot.party(customerUuid));
    QCOMPARE(snapshot.party(customerUuid)->name, QStringLiteral("Gemeente Voorbeeldstad"));
    QVERIFY(snapshot.agreement(ownAgreementUuid));
    QVERIFY(snapshot.retentionRule(ruleUuid));
    QVERIFY(!snapshot.party(QStringLiteral("nobody")));
    QVERIFY(!snapshot.party(QString()));
    QVERIFY(snapshot.agreementAsProcessorFor(customerUuid, today));
    QVERIFY(!snapshot.agreementAsProcessorFor(processorUuid, today));
    QCOMPARE(snapshot.agreementWithProcessor(processorUuid, today), &snapshot.agreements.first());
    snapshot.buildIndex();
    QVERIFY(snapshot.party(cloudUuid));
    // Lists changed after indexing: the lookups notice and still answer correctly.
    snapshot.parties.removeFirst();
    QVERIFY(!snapshot.party(processorUuid));
    QCOMPARE(snapshot.party(cloudUuid)->name, QStringLiteral("Cloud"
                                                             "stack Inc."));
    Party late;
    late.uuid = QStringLiteral("late");
    late.name = QStringLiteral("Late party");
    snapshot.parties.append(late);
    QVERIFY(snapshot.party(QStringLiteral("late")));
    snapshot.agreements.removeLast();
    QVERIFY(!snapshot.agreementAsProcessorFor(customerUuid, today));
}

void TestCompleteness::toJson()
{
    RegisterSnapshot snapshot = completeSnapshot();
    activity(snapshot).storageLocation.clear();
    activity(snapshot).ownerDepartment.clear();
    ownAgreement(snapshot).clauses[0].ticked = false;
    const QList<EntityFinding> findings = CompletenessCheck::run(snapshot, today);
    const QJsonArray json = CompletenessCheck::toJson(findings);
    QCOMPARE(json.size(), 3);
    const QStringList keys = {QStringLiteral("entity"), QStringLiteral("field"),    QStringLiteral("message"),
                              QStringLiteral("name"),   QStringLiteral("severity"), QStringLiteral("uuid")};
    QStringList severities;
    for (const QJsonValue &value : json) {
        QCOMPARE(value.toObject().keys(), keys);
        severities << value.toObject().value(QStringLiteral("severity")).toString();
    }
    QCOMPARE(severities, QStringList({QStringLiteral("warning"), QStringLiteral("info"), QStringLiteral("error")}));
    const QJsonObject first = json.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("entity")).toString(), QStringLiteral("activity"));
    QCOMPARE(first.value(QStringLiteral("uuid")).toString(), QStringLiteral("activity"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Customer relationship"));
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("storageLocation"));
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("DPA Klantwolk"));
}

void TestCompleteness::snapshotLoadsTheRegister()
{
    RegisterTest::TestRegister reg;
    QVERIFY2(reg.ok(), qPrintable(reg.error()));
    PartyService parties(reg.database());
    Party customer;
    customer.name = QStringLiteral("Gemeente Voorbeeldstad");
    QVERIFY_OK(parties.save(&customer));
    AgreementService agreements(reg.database());
    Agreement dpa;
    dpa.title = QStringLiteral("DPA");
    dpa.controllerUuid = customer.uuid;
    QVERIFY_OK(agreements.save(&dpa));
    ProcessorActivityService processing(reg.database());
    ProcessorActivity hosting;
    hosting.name = QStringLiteral("Hosting");
    hosting.controllerUuids = {customer.uuid};
    QVERIFY_OK(processing.save(&hosting));
    RetentionRuleService rules(reg.database());
    QVERIFY_OK(rules.seedCatalogue());

    RegisterSnapshot snapshot;
    QVERIFY_OK(RegisterSnapshot::load(reg.database(), &snapshot));
    QCOMPARE(snapshot.parties.size(), 1);
    QCOMPARE(snapshot.agreements.size(), 1);
    QCOMPARE(snapshot.processorActivities.size(), 1);
    QCOMPARE(snapshot.retentionRules.size(), 12);
    QVERIFY(snapshot.activities.isEmpty());
    QCOMPARE(snapshot.partyIndex.size(), 1);
    QVERIFY(snapshot.agreementAsProcessorFor(customer.uuid, today));
    const QList<EntityFinding> findings = CompletenessCheck::run(snapshot, today);
    QStringList fields;
    for (const EntityFinding &f : findings) {
        if (f.entity == QLatin1String("processor_activity"))
            fields << f.finding.field;
    }
    // Controller and agreement are there; the rest of the Art. 30(2) record is not yet. The expected
    // fields come first, in the order of the field table, then its lists, then the other rules.
    QCOMPARE(fields, QStringList({QStringLiteral("processingCategories"), QStringLiteral("storageLocation"),
                                  QStringLiteral("measureUuids"), QStringLiteral("nextReview"),
                                  QStringLiteral("agreementUuids")}));
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
