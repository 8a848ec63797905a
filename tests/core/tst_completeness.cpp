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
    a.signedOn = QDate(2024, 3, 1);
    a.effectiveOn = QDate(2024, 3, 1);
    a.reviewOn = QDate(2027, 3, 1);
    a.subprocessorAuthorisation = QStringLiteral("general");
    a.objectionWindowDays = 30;
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

    Party processor;
    processor.uuid = processorUuid;
    processor.name = QStringLiteral("Klantwolk");
    Party customer;
    customer.uuid = customerUuid;
    customer.name = QStringLiteral("Gemeente Voorbeeldstad");
    Party cloud;
    cloud.uuid = cloudUuid;
    cloud.name = QStringLiteral("Cloudstack Inc.");
    s.parties = {processor, customer, cloud};

    RetentionRule rule;
    rule.uuid = ruleUuid;
    rule.name = QStringLiteral("Fiscal records");
    rule.legalSource = QStringLiteral("AWR art. 52(4)");
    RetentionRule bare;
    bare.uuid = bareRuleUuid;
    bare.name = QStringLiteral("Bare rule");
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
    customerDpa.notices = {notice};
    s.agreements = {own, customerDpa};

    ProcessingActivity a;
    a.uuid = QStringLiteral("activity");
    a.name = QStringLiteral("Customer relationship");
    a.purpose = QStringLiteral("Maintaining the customer relationship");
    a.lawfulBases = {QStringLiteral("b"), QStringLiteral("f")};
    a.liaReference = QStringLiteral("LIA-1");
    a.subjectCategories = {QStringLiteral("Contact persons")};
    a.dataCategories = {{QStringLiteral("Contact details"), QString(), ruleUuid}};
    a.recipients = {{processorUuid, QStringLiteral("processor"), QStringLiteral("CRM")}};
    a.transfers = {{QStringLiteral("US"), cloudUuid, QStringLiteral("dpf"), QString(), QStringLiteral("TIA-1"),
                    QDate(2026, 5, 15), QString()}};
    a.storageLocation = QStringLiteral("Dublin");
    a.measureUuids = {measureUuid};
    a.agreementUuids = {ownAgreementUuid};
    a.ownerDepartment = QStringLiteral("Sales");
    a.dpiaRequired = QStringLiteral("no");
    a.status = QStringLiteral("approved");
    a.lastReviewed = QDate(2026, 1, 10);
    a.nextReview = QDate(2027, 1, 10);
    s.activities = {a};

    ProcessorActivity p;
    p.uuid = QStringLiteral("processor-activity");
    p.name = QStringLiteral("Application for Voorbeeldstad");
    p.controllerUuid = customerUuid;
    p.processingCategories = QStringLiteral("Storage and support");
    p.measureUuids = {measureUuid};
    p.agreementUuids = {customerAgreementUuid};
    p.storageLocation = QStringLiteral("Hostingpartner, NL");
    p.status = QStringLiteral("approved");
    p.nextReview = QDate(2027, 1, 10);
    s.processorActivities = {p};
    return s;
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
    void lookupsWorkWithoutAndWithAStaleIndex();
    void toJson();
    void snapshotLoadsTheRegister();
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
        },
        o, "dpoName", S::Warning, "Art. 37");

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
        "art9Exception", S::Error, "Art. 9(2)");
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
        "activity: recipients", [](RegisterSnapshot &s) { activity(s).recipients.clear(); }, a, "recipients", S::Error,
        "Art. 30(1)(d)");
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
        "storageLocation", S::Warning, "Dutch DPA");
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

    // Processor activity (Art. 30(2)).
    row(
        "processor: no controller", [](RegisterSnapshot &s) { processorActivity(s).controllerUuid.clear(); }, p,
        "controllerUuid", S::Error, "Art. 30(2)(a)");
    row(
        "processor: unknown controller",
        [](RegisterSnapshot &s) { processorActivity(s).controllerUuid = QStringLiteral("gone"); }, p, "controllerUuid",
        S::Error, "Art. 30(2)(a)");
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

    // Agreements (Art. 28).
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
        [](RegisterSnapshot &s) { customerAgreement(s).expiresOn = QDate(2026, 6, 14); }, g, "expiresOn", S::Error,
        "2026-06-14");
    row(
        "agreement: review overdue", [](RegisterSnapshot &s) { ownAgreement(s).reviewOn = QDate(2026, 6, 1); }, g,
        "reviewOn", S::Warning, "2026-06-01");
    row(
        "agreement: general authorisation without window",
        [](RegisterSnapshot &s) { ownAgreement(s).objectionWindowDays = 0; }, g, "objectionWindowDays", S::Warning,
        "Art. 28(2)");
    row(
        "agreement: pending notice past its deadline",
        [](RegisterSnapshot &s) { customerAgreement(s).notices.first().decision = QStringLiteral("pending"); }, g,
        "notices", S::Warning, "2026-06-01");
    row(
        "agreement: terminated without proof",
        [](RegisterSnapshot &s) { customerAgreement(s).status = QStringLiteral("terminated"); }, g,
        "endOfContractProof", S::Warning, "Art. 28(3)(g)");
    row(
        "agreement: no signed document", [](RegisterSnapshot &s) { ownAgreement(s).attachments.clear(); }, g,
        "attachments", S::Warning, "Art. 28(9)");
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

void TestCompleteness::lookupsWorkWithoutAndWithAStaleIndex()
{
    RegisterSnapshot snapshot = completeSnapshot(); // no index built
    QVERIFY(snapshot.party(customerUuid));
    QCOMPARE(snapshot.party(customerUuid)->name, QStringLiteral("Gemeente Voorbeeldstad"));
    QVERIFY(snapshot.agreement(ownAgreementUuid));
    QVERIFY(snapshot.retentionRule(ruleUuid));
    QVERIFY(!snapshot.party(QStringLiteral("nobody")));
    QVERIFY(!snapshot.party(QString()));
    QVERIFY(snapshot.hasAgreementAsProcessorFor(customerUuid));
    QVERIFY(!snapshot.hasAgreementAsProcessorFor(processorUuid));
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
    QVERIFY(!snapshot.hasAgreementAsProcessorFor(customerUuid));
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
    hosting.controllerUuid = customer.uuid;
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
    QVERIFY(snapshot.hasAgreementAsProcessorFor(customer.uuid));
    const QList<EntityFinding> findings = CompletenessCheck::run(snapshot, today);
    QStringList fields;
    for (const EntityFinding &f : findings) {
        if (f.entity == QLatin1String("processor_activity"))
            fields << f.finding.field;
    }
    // Controller and agreement are there; the rest of the Art. 30(2) record is not yet. The expected
    // fields come first, in the order of the field table, then its lists, then the other rules.
    QCOMPARE(fields, QStringList({QStringLiteral("processingCategories"), QStringLiteral("storageLocation"),
                                  QStringLiteral("measureUuids"), QStringLiteral("nextReview")}));
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
