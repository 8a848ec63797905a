// ActivityService (Art. 30(1)) and ProcessorActivityService (Art. 30(2)) on a real register: every
// member and every child list round trips through save/load/list; links are stored as row ids and
// read back as uuids; each write is one transaction with one audit entry naming the changed fields;
// a failed write leaves neither data nor audit entry; unknown links are input errors.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

class TestActivityService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripWithEveryChildList();
    void updateReplacesChildRows();
    void auditEntryPerWrite();
    void unchangedSaveWritesNothing();
    void failedWriteLeavesNeitherDataNorAudit();
    void unknownLinksAreInputErrors_data();
    void unknownLinksAreInputErrors();
    void listAssemblesChildrenPerActivity();
    void childListsFollowTheirPositions();
    void retire();
    void removeTakesChildRowsAlong();
    void processorActivityRoundTrip();
    void processorActivityAuditRetireRemove();
    void processorActivityUnknownController();
    void processorActivityFailedWrite();

private:
    ProcessingActivity fullActivity() const;
    qint64 childRows();

    std::unique_ptr<TestRegister> m_register;
    std::unique_ptr<ActivityService> m_activities;
    std::unique_ptr<ProcessorActivityService> m_processing;
    Party m_hosting;
    Party m_cloud;
    Party m_customer;
    SecurityMeasure m_tls;
    SecurityMeasure m_encryption;
    RetentionRule m_fiscal;
    RetentionRule m_crm;
    Agreement m_crmAgreement;
    Agreement m_customerAgreement;
};

void TestActivityService::init()
{
    AuditLog::setActor(QStringLiteral("tester"));
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    m_activities = std::make_unique<ActivityService>(m_register->database());
    m_processing = std::make_unique<ProcessorActivityService>(m_register->database());

    PartyService parties(m_register->database());
    m_hosting = Party();
    m_hosting.name = QStringLiteral("Hostingpartner");
    m_cloud = Party();
    m_cloud.name = QStringLiteral("Cloudstack Inc.");
    m_cloud.country = QStringLiteral("US");
    m_customer = Party();
    m_customer.name = QStringLiteral("Gemeente Voorbeeldstad");
    m_customer.roles = {QStringLiteral("controller")};
    for (Party *p : {&m_hosting, &m_cloud, &m_customer})
        QVERIFY_OK(parties.save(p));
    SecurityMeasureService measures(m_register->database());
    m_tls = SecurityMeasure();
    m_tls.title = QStringLiteral("TLS");
    m_encryption = SecurityMeasure();
    m_encryption.title = QStringLiteral("Encryption at rest");
    for (SecurityMeasure *m : {&m_tls, &m_encryption})
        QVERIFY_OK(measures.save(m));
    RetentionRuleService rules(m_register->database());
    m_fiscal = RetentionRule();
    m_fiscal.name = QStringLiteral("Fiscal records");
    m_crm = RetentionRule();
    m_crm.name = QStringLiteral("CRM contacts");
    for (RetentionRule *r : {&m_fiscal, &m_crm})
        QVERIFY_OK(rules.save(r));
    AgreementService agreements(m_register->database());
    m_crmAgreement = Agreement();
    m_crmAgreement.title = QStringLiteral("DPA CRM");
    m_crmAgreement.processorUuid = m_hosting.uuid;
    m_customerAgreement = Agreement();
    m_customerAgreement.title = QStringLiteral("DPA Voorbeeldstad");
    m_customerAgreement.controllerUuid = m_customer.uuid;
    for (Agreement *a : {&m_crmAgreement, &m_customerAgreement})
        QVERIFY_OK(agreements.save(a));
}

void TestActivityService::cleanup()
{
    m_processing.reset();
    m_activities.reset();
    m_register.reset();
}

ProcessingActivity TestActivityService::fullActivity() const
{
    ProcessingActivity a;
    a.name = QStringLiteral("Customer relationship");
    a.purpose = QStringLiteral("Maintaining the customer relationship");
    a.description = QStringLiteral("Contact details, invoicing details\nand incident registration");
    a.lawfulBases = {QStringLiteral("f"), QStringLiteral("b"), QStringLiteral("f")};
    a.liaReference = QStringLiteral("LIA-2025-02");
    a.criminalData = true;
    a.criminalDataGround = QStringLiteral("UAVG art. 33");
    a.bsn = true;
    a.bsnGround = QStringLiteral("Wet LB 1964");
    a.subjectCategories = {QStringLiteral("Contact persons"), QStringLiteral("Prospects")};
    a.dataCategories = {{QStringLiteral("Contact details"), QString(), m_crm.uuid},
                        {QStringLiteral("Health notes"), QStringLiteral("health"), m_fiscal.uuid},
                        {QStringLiteral("Invoices"), QString(), QString()}};
    a.recipients = {{m_hosting.uuid, QStringLiteral("processor"), QStringLiteral("Hosting partner"), QString()},
                    {QString(), QStringLiteral("authority"), QStringLiteral("Tax authority"), QString()}};
    a.transfers = {{QStringLiteral("US"), m_cloud.uuid, QStringLiteral("dpf"), QString(), QStringLiteral("TIA-1"),
                    QDate(2026, 9, 1), QString()},
                   {QStringLiteral("IN"), QString(), QStringLiteral("scc"), QStringLiteral("c2p"),
                    QStringLiteral("TIA-2"), QDate(), QStringLiteral("Encryption with keys in the EU")}};
    a.transfers[1].safeguardsCopyVia = QStringLiteral("privacy@example.nl");
    a.dataSource = QStringLiteral("The data subjects");
    a.systems = QStringLiteral("CRM, ticketing");
    a.storageLocation = QStringLiteral("EU region, Dublin");
    a.automatedDecisions = true;
    a.profiling = true;
    a.automatedLogic = QStringLiteral("Lead scoring");
    a.automatedConsequences = QStringLiteral("Hot leads are called first");
    a.publish = true;
    a.audiences = {QStringLiteral("prospects"), QStringLiteral("customers")};
    a.publicPurpose = QStringLiteral("To keep in touch with you");
    a.provisionRequirement = QStringLiteral("voluntary");
    a.provisionConsequence = QStringLiteral("We cannot call you back");
    a.directMarketing = true;
    a.dpiaRequired = QStringLiteral("yes");
    a.dpiaCriteria = {QStringLiteral("profiling"), QStringLiteral("covert_investigation")};
    a.dpiaReasoning = QStringLiteral("Two criteria");
    a.dpiaStatus = QStringLiteral("completed");
    a.dpiaReference = QStringLiteral("DPIA-7");
    a.measureUuids = {m_tls.uuid, m_encryption.uuid, m_tls.uuid};
    a.agreementUuids = {m_crmAgreement.uuid};
    a.ownerDepartment = QStringLiteral("Sales");
    a.ownerPerson = QStringLiteral("Sanne");
    a.status = QStringLiteral("approved");
    a.lastReviewed = QDate(2026, 4, 24);
    a.nextReview = QDate(2027, 4, 24);
    return a;
}

qint64 TestActivityService::childRows()
{
    return m_register->scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM activity_lawful_basis) + (SELECT count(*) FROM activity_dpia_criterion) + "
        "(SELECT count(*) FROM activity_subject_category) + (SELECT count(*) FROM activity_data_category) + "
        "(SELECT count(*) FROM activity_recipient) + (SELECT count(*) FROM transfer) + "
        "(SELECT count(*) FROM activity_measure) + (SELECT count(*) FROM activity_agreement)"));
}

void TestActivityService::roundTripWithEveryChildList()
{
    ProcessingActivity activity = fullActivity();
    QSignalSpy changed(m_activities.get(), &ActivityService::changed);
    QVERIFY_OK(m_activities->save(&activity));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!activity.uuid.isEmpty());
    // Normalised and handed back: bases once in Art. 6(1) order, criteria in list order, links once.
    QCOMPARE(activity.lawfulBases, QStringList({QStringLiteral("b"), QStringLiteral("f")}));
    QCOMPARE(activity.dpiaCriteria, QStringList({QStringLiteral("covert_investigation"), QStringLiteral("profiling")}));
    QCOMPARE(activity.measureUuids.size(), 2);

    ProcessingActivity loaded;
    QVERIFY_OK(m_activities->load(activity.uuid, &loaded));
    QCOMPARE(loaded, activity);
    QCOMPARE(loaded.toJson(), activity.toJson());
    QCOMPARE(loaded.dataCategories.at(1).specialCategory, QStringLiteral("health"));
    QCOMPARE(loaded.dataCategories.at(0).retentionRuleUuid, m_crm.uuid);
    QVERIFY(loaded.dataCategories.at(2).retentionRuleUuid.isEmpty());
    QCOMPARE(loaded.recipients.at(0).partyUuid, m_hosting.uuid);
    QCOMPARE(loaded.transfers.at(0).partyUuid, m_cloud.uuid);
    QCOMPARE(loaded.transfers.at(0).dpfCheckedOn, QDate(2026, 9, 1));
    QVERIFY(!loaded.transfers.at(1).dpfCheckedOn.isValid());
    QCOMPARE(loaded.agreementUuids, QStringList({m_crmAgreement.uuid}));

    QList<ProcessingActivity> all;
    QVERIFY_OK(m_activities->list(&all));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst(), activity);

    // The links are row ids in the file, not uuids.
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM activity_measure m JOIN security_measure s "
                                               "ON s.id = m.measure_id")),
             2);
}

void TestActivityService::updateReplacesChildRows()
{
    ProcessingActivity activity = fullActivity();
    QVERIFY_OK(m_activities->save(&activity));
    const qint64 rowsBefore = childRows();
    activity.subjectCategories = {QStringLiteral("Prospects"), QStringLiteral("Contact persons"),
                                  QStringLiteral("Suppliers")};
    activity.transfers.removeFirst();
    activity.dataCategories.last().retentionRuleUuid = m_fiscal.uuid;
    activity.recipients.clear();
    activity.lawfulBases = {QStringLiteral("a")};
    activity.measureUuids = {m_encryption.uuid};
    activity.agreementUuids.clear();
    activity.dpiaCriteria.clear();
    QVERIFY_OK(m_activities->save(&activity));
    ProcessingActivity loaded;
    QVERIFY_OK(m_activities->load(activity.uuid, &loaded));
    QCOMPARE(loaded, activity);
    QCOMPARE(loaded.subjectCategories.constFirst(), QStringLiteral("Prospects"));
    QCOMPARE(loaded.transfers.size(), 1);
    QCOMPARE(loaded.transfers.constFirst().country, QStringLiteral("IN"));
    // 2+2+2+3+2+2+2+1 rows before; 1+0+3+3+0+1+1+0 after.
    QCOMPARE(rowsBefore, 16);
    QCOMPARE(childRows(), 9);
}

void TestActivityService::auditEntryPerWrite()
{
    ProcessingActivity activity = fullActivity();
    QVERIFY_OK(m_activities->save(&activity));
    QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("activity"), activity.uuid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, AuditLog::Action::Create);
    QCOMPARE(entries.at(0).entity, QStringLiteral("activity"));
    QVERIFY(entries.at(0).changes.contains(QStringLiteral("transfers")));
    QVERIFY(entries.at(0).changes.contains(QStringLiteral("purpose")));

    activity.storageLocation = QStringLiteral("Amsterdam");
    activity.transfers[0].mechanism = QStringLiteral("scc");
    activity.transfers[0].sccModule = QStringLiteral("p2p");
    QVERIFY_OK(m_activities->save(&activity));
    entries = m_register->entries(QStringLiteral("activity"), activity.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, AuditLog::Action::Update);
    QCOMPARE(entries.at(1).changes.keys(),
             QStringList({QStringLiteral("storageLocation"), QStringLiteral("transfers")}));
    const QJsonObject transfers = entries.at(1).changes.value(QStringLiteral("transfers")).toObject();
    QCOMPARE(
        transfers.value(QStringLiteral("old")).toArray().at(0).toObject().value(QStringLiteral("mechanism")).toString(),
        QStringLiteral("dpf"));
    QCOMPARE(
        transfers.value(QStringLiteral("new")).toArray().at(0).toObject().value(QStringLiteral("sccModule")).toString(),
        QStringLiteral("p2p"));
}

void TestActivityService::unchangedSaveWritesNothing()
{
    ProcessingActivity activity = fullActivity();
    QVERIFY_OK(m_activities->save(&activity));
    const qint64 audit = m_register->auditCount();
    QSignalSpy changed(m_activities.get(), &ActivityService::changed);
    ProcessingActivity same = activity;
    std::reverse(same.measureUuids.begin(), same.measureUuids.end()); // a set: order does not count
    same.lawfulBases = {QStringLiteral("f"), QStringLiteral("b")};
    QVERIFY_OK(m_activities->save(&same));
    QCOMPARE(m_register->auditCount(), audit);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(same, activity);
}

void TestActivityService::failedWriteLeavesNeitherDataNorAudit()
{
    const qint64 audit = m_register->auditCount();
    QVERIFY(m_register->injectFailure(QStringLiteral("transfer")));
    ProcessingActivity activity = fullActivity();
    const Status status = m_activities->save(&activity);
    QCOMPARE(status.code(), Status::Code::DatabaseError);
    QVERIFY(status.detail().contains(QLatin1String("injected")));
    QVERIFY(!status.message().isEmpty());
    QVERIFY(activity.uuid.isEmpty());
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM activity")), 0);
    QCOMPARE(childRows(), 0);
    QCOMPARE(m_register->auditCount(), audit);

    // An update failing halfway (after its old transfers were deleted) leaves the old activity whole.
    QVERIFY(m_register->removeFailure());
    QVERIFY_OK(m_activities->save(&activity));
    const qint64 auditAfterCreate = m_register->auditCount();
    QVERIFY(m_register->injectFailure(QStringLiteral("transfer")));
    ProcessingActivity changed = activity;
    changed.purpose = QStringLiteral("Something else");
    QCOMPARE(m_activities->save(&changed).code(), Status::Code::DatabaseError);
    ProcessingActivity loaded;
    QVERIFY_OK(m_activities->load(activity.uuid, &loaded));
    QCOMPARE(loaded, activity);
    QCOMPARE(m_register->auditCount(), auditAfterCreate);
}

void TestActivityService::unknownLinksAreInputErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("recipient party") << QStringLiteral("recipients");
    QTest::newRow("transfer party") << QStringLiteral("transfers"); // the finding marks the list that holds the link
    QTest::newRow("retention rule") << QStringLiteral("dataCategories");
    QTest::newRow("measure") << QStringLiteral("measureUuids");
    QTest::newRow("agreement") << QStringLiteral("agreementUuids");
}

void TestActivityService::unknownLinksAreInputErrors()
{
    QFETCH(QString, field);
    const QString ghost = QStringLiteral("11111111-2222-3333-4444-555555555555");
    ProcessingActivity activity = fullActivity();
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("recipient party"))
        activity.recipients[0].partyUuid = ghost;
    else if (row == QLatin1String("transfer party"))
        activity.transfers[0].partyUuid = ghost;
    else if (row == QLatin1String("retention rule"))
        activity.dataCategories[0].retentionRuleUuid = ghost;
    else if (row == QLatin1String("measure"))
        activity.measureUuids.append(ghost);
    else if (row == QLatin1String("agreement"))
        activity.agreementUuids.append(ghost);
    const qint64 audit = m_register->auditCount();
    Findings findings;
    const Status status = m_activities->save(&activity, &findings);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(status.message().contains(QLatin1String("not in the register")));
    QCOMPARE(status.detail(), ghost);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().field, field);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM activity")), 0);
    QCOMPARE(m_register->auditCount(), audit);
}

void TestActivityService::listAssemblesChildrenPerActivity()
{
    QList<ProcessingActivity> saved;
    for (int i = 0; i < 5; ++i) {
        ProcessingActivity a;
        a.name = QStringLiteral("Activity %1").arg(4 - i);
        a.lawfulBases = {QString(QChar(u'a' + i))};
        a.subjectCategories = {QStringLiteral("Subjects of %1").arg(i)};
        a.dataCategories = {{QStringLiteral("Data of %1").arg(i), QString(), i % 2 ? m_fiscal.uuid : m_crm.uuid}};
        a.recipients = {{QString(), QStringLiteral("internal"), QStringLiteral("Recipient %1").arg(i), QString()}};
        a.transfers = {{QStringLiteral("C%1").arg(i), QString(), QString(), QString(), QString(), {}, {}}};
        a.measureUuids = {i % 2 ? m_tls.uuid : m_encryption.uuid};
        a.agreementUuids = {i % 2 ? m_crmAgreement.uuid : m_customerAgreement.uuid};
        a.dpiaCriteria = {i % 2 ? QStringLiteral("profiling") : QStringLiteral("location_data")};
        QVERIFY_OK(m_activities->save(&a));
        saved.prepend(a);
    }
    QList<ProcessingActivity> all;
    QVERIFY_OK(m_activities->list(&all));
    QCOMPARE(all.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(all.at(i).name, QStringLiteral("Activity %1").arg(i));
        QCOMPARE(all.at(i), saved.at(i));
        ProcessingActivity single;
        QVERIFY_OK(m_activities->load(all.at(i).uuid, &single));
        QCOMPARE(single, all.at(i));
    }
}

void TestActivityService::childListsFollowTheirPositions()
{
    // The services write child rows in position order, and list() relies on it to skip a sort; rows
    // whose positions disagree with their storage order (a repaired or imported file) still come out
    // in position order.
    ProcessingActivity activity = fullActivity();
    QVERIFY_OK(m_activities->save(&activity));
    for (const char *table : {"activity_subject_category", "activity_data_category", "activity_recipient", "transfer"})
        QVERIFY(m_register->exec(QStringLiteral("UPDATE %1 SET position = 100 - position").arg(QLatin1String(table))));
    ProcessingActivity expected = activity;
    std::reverse(expected.subjectCategories.begin(), expected.subjectCategories.end());
    std::reverse(expected.dataCategories.begin(), expected.dataCategories.end());
    std::reverse(expected.recipients.begin(), expected.recipients.end());
    std::reverse(expected.transfers.begin(), expected.transfers.end());
    ProcessingActivity loaded;
    QVERIFY_OK(m_activities->load(activity.uuid, &loaded));
    QCOMPARE(loaded, expected);
    QList<ProcessingActivity> all;
    QVERIFY_OK(m_activities->list(&all));
    QCOMPARE(all.constFirst(), expected);
}

void TestActivityService::retire()
{
    ProcessingActivity activity = fullActivity();
    QVERIFY_OK(m_activities->save(&activity));
    QSignalSpy changed(m_activities.get(), &ActivityService::changed);
    QVERIFY_OK(m_activities->retire(activity.uuid));
    QVERIFY_OK(m_activities->retire(activity.uuid));
    QCOMPARE(changed.size(), 1);
    ProcessingActivity loaded;
    QVERIFY_OK(m_activities->load(activity.uuid, &loaded));
    QCOMPARE(loaded.status, QStringLiteral("retired"));
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("activity"), activity.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, AuditLog::Action::Retire);
    const QJsonObject status = entries.at(1).changes.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("old")).toString(), QStringLiteral("approved"));
    QCOMPARE(status.value(QStringLiteral("new")).toString(), QStringLiteral("retired"));
    QCOMPARE(m_activities->retire(QStringLiteral("unknown")).code(), Status::Code::NotFound);
}

void TestActivityService::removeTakesChildRowsAlong()
{
    ProcessingActivity activity = fullActivity();
    QVERIFY_OK(m_activities->save(&activity));
    QVERIFY_OK(m_activities->remove(activity.uuid));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM activity")), 0);
    QCOMPARE(childRows(), 0);
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("activity"), activity.uuid);
    QCOMPARE(entries.constLast().action, AuditLog::Action::Delete);
    QCOMPARE(entries.constLast().changes.value(QStringLiteral("transfers")).toObject().value(QStringLiteral("old")),
             QJsonValue(activity.toJson().value(QStringLiteral("transfers"))));
    // The linked items themselves stay.
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM party")), 3);
}

void TestActivityService::processorActivityRoundTrip()
{
    ProcessorActivity a;
    a.name = QStringLiteral("Use of the application for Voorbeeldstad");
    a.controllerUuids = {m_customer.uuid};
    a.processingCategories = QStringLiteral("Storage, support");
    a.description = QStringLiteral("Encrypted database, logs 30 days, backups 90 days");
    a.transfers = {{QStringLiteral("US"), m_cloud.uuid, QStringLiteral("scc"), QStringLiteral("p2p"),
                    QStringLiteral("TIA-9"), QDate(), QStringLiteral("Pseudonymised")}};
    a.measureUuids = {m_encryption.uuid, m_tls.uuid};
    a.agreementUuids = {m_customerAgreement.uuid};
    a.storageLocation = QStringLiteral("Hostingpartner, NL");
    a.ownerDepartment = QStringLiteral("Operations");
    a.ownerPerson = QStringLiteral("Bram");
    a.status = QStringLiteral("in_review");
    a.lastReviewed = QDate(2026, 1, 1);
    a.nextReview = QDate(2027, 1, 1);
    QVERIFY_OK(m_processing->save(&a));
    ProcessorActivity loaded;
    QVERIFY_OK(m_processing->load(a.uuid, &loaded));
    QCOMPARE(loaded, a);
    QCOMPARE(loaded.controllerUuids, QStringList{m_customer.uuid});
    QList<ProcessorActivity> all;
    QVERIFY_OK(m_processing->list(&all));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst(), a);
    // Its transfers are its own, not a controller activity's.
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM transfer WHERE processor_activity_id IS NOT "
                                               "NULL AND activity_id IS NULL")),
             1);
    ProcessingActivity controllerActivity;
    controllerActivity.name = QStringLiteral("Own activity");
    QVERIFY_OK(m_activities->save(&controllerActivity));
    QList<ProcessingActivity> activities;
    QVERIFY_OK(m_activities->list(&activities));
    QVERIFY(activities.constFirst().transfers.isEmpty());
}

void TestActivityService::processorActivityAuditRetireRemove()
{
    ProcessorActivity a;
    a.name = QStringLiteral("Hosting");
    a.controllerUuids = {m_customer.uuid};
    QVERIFY_OK(m_processing->save(&a));
    const qint64 audit = m_register->auditCount();
    QVERIFY_OK(m_processing->save(&a));
    QCOMPARE(m_register->auditCount(), audit);
    a.measureUuids = {m_tls.uuid};
    QVERIFY_OK(m_processing->save(&a));
    QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("processor_activity"), a.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).changes.keys(), QStringList({QStringLiteral("measureUuids")}));
    QVERIFY_OK(m_processing->retire(a.uuid));
    QVERIFY_OK(m_processing->remove(a.uuid));
    entries = m_register->entries(QStringLiteral("processor_activity"), a.uuid);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(2).action, AuditLog::Action::Retire);
    QCOMPARE(entries.at(3).action, AuditLog::Action::Delete);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM processor_activity_measure")), 0);
}

void TestActivityService::processorActivityUnknownController()
{
    ProcessorActivity a;
    a.name = QStringLiteral("Hosting");
    a.controllerUuids = {QStringLiteral("ghost")};
    Findings findings;
    QCOMPARE(m_processing->save(&a, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constFirst().field, QStringLiteral("controllerUuids"));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM processor_activity")), 0);
}

void TestActivityService::processorActivityFailedWrite()
{
    const qint64 audit = m_register->auditCount();
    QVERIFY(m_register->injectFailure(QStringLiteral("transfer")));
    ProcessorActivity a;
    a.name = QStringLiteral("Hosting");
    a.transfers = {{QStringLiteral("US"), QString(), QString(), QString(), QString(), {}, {}}};
    QCOMPARE(m_processing->save(&a).code(), Status::Code::DatabaseError);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM processor_activity")), 0);
    QCOMPARE(m_register->auditCount(), audit);
}

QTEST_GUILESS_MAIN(TestActivityService)
#include "tst_activityservice.moc"
