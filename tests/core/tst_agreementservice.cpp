// AgreementService (Art. 28) on a real register: every member round trips, all nine Art. 28(3)
// items are always stored, objection deadlines follow Reg. 1182/71 on the register's calendar,
// sub-processing chains go to any depth but never loop, attachments live encrypted inside the file
// and every change to them is audited, and removal is refused while something refers to the agreement.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/RegisterSettingsService.h"
#include "register/RegisterUpkeep.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

class TestAgreementService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void supplierFileRoundTrips();
    void allNineClausesAreStored();
    void auditEntryPerWriteAndNoneWhenUnchanged();
    void failedWriteLeavesNeitherDataNorAudit();
    void unknownLinksAreInputErrors();
    void objectionDeadline_data();
    void objectionDeadline();
    void objectionDeadlineFollowsTheRegisterCalendar();
    void upkeepRecountsDeadlinesStoredUnderTheOldRule();
    void chainOfDepthThree();
    void loopsAreRefused();
    void removeRefusedWhileReferenced();
    void attachmentsRoundTrip();
    void attachmentsAreNotReadableInTheRawFile();
    void attachmentErrors();

private:
    Agreement sub(const QString &title, const QString &parent) const;

    std::unique_ptr<TestRegister> m_register;
    std::unique_ptr<AgreementService> m_agreements;
    Party m_customer;
    Party m_hosting;
    Party m_backup;
    SecurityMeasure m_tls;
};

void TestAgreementService::init()
{
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    m_agreements = std::make_unique<AgreementService>(m_register->database());
    PartyService parties(m_register->database());
    m_customer = Party();
    m_customer.name = QStringLiteral("Gemeente Voorbeeldstad");
    m_hosting = Party();
    m_hosting.name = QStringLiteral("Hostingpartner");
    m_backup = Party();
    m_backup.name = QStringLiteral("Backup B.V.");
    for (Party *p : {&m_customer, &m_hosting, &m_backup})
        QVERIFY_OK(parties.save(p));
    SecurityMeasureService measures(m_register->database());
    m_tls = SecurityMeasure();
    m_tls.title = QStringLiteral("TLS");
    QVERIFY_OK(measures.save(&m_tls));
}

void TestAgreementService::cleanup()
{
    m_agreements.reset();
    m_register.reset();
}

Agreement TestAgreementService::sub(const QString &title, const QString &parent) const
{
    Agreement a;
    a.title = title;
    a.kind = QStringLiteral("sub_processing");
    a.processorUuid = m_hosting.uuid;
    a.parentUuid = parent;
    return a;
}

void TestAgreementService::roundTrip()
{
    Agreement a;
    a.title = QStringLiteral("Processing agreement Voorbeeldstad");
    a.controllerUuid = m_customer.uuid;
    a.subjectMatter = QStringLiteral("Hosting of the application");
    a.duration = QStringLiteral("As long as the main contract");
    a.naturePurpose = QStringLiteral("Storage and support");
    a.dataTypes = QStringLiteral("Names, case files");
    a.subjectCategories = QStringLiteral("Residents");
    a.signedOn = QDate(2024, 2, 20);
    a.effectiveOn = QDate(2024, 3, 1);
    a.expiresOn = QDate(2028, 2, 29);
    a.reviewOn = QDate(2027, 1, 15);
    a.clauses = {{QStringLiteral("h"), true, QStringLiteral("art. 9")},
                 {QStringLiteral("a"), true, QStringLiteral("art. 3.1")}};
    a.subprocessorAuthorisation = QStringLiteral("general");
    a.objectionWindowDays = 30;
    SubprocessorNotice later;
    later.receivedOn = QDate(2026, 6, 1);
    later.change = QStringLiteral("New backup provider");
    later.decision = QStringLiteral("objected");
    later.decidedOn = QDate(2026, 6, 10);
    later.notes = QStringLiteral("Not in the EU");
    SubprocessorNotice earlier;
    earlier.receivedOn = QDate(2026, 4, 24);
    earlier.change = QStringLiteral("Backup B.V. added");
    a.notices = {later, earlier};
    a.measureUuids = {m_tls.uuid};
    a.auditEvidence = QStringLiteral("ISAE 3402 type II 2025");
    a.endOfContract = QStringLiteral("deleted");
    a.endOfContractProof = QStringLiteral("Certificate of deletion 2028-03-01");
    a.status = QStringLiteral("active");
    QVERIFY_OK(m_agreements->save(&a));

    QCOMPARE(a.clauses.size(), 9);
    QCOMPARE(a.clauses.at(0).reference, QStringLiteral("art. 3.1"));
    QCOMPARE(a.clauses.at(7).reference, QStringLiteral("art. 9"));
    QVERIFY(!a.clauses.at(1).ticked);
    QCOMPARE(a.notices.at(0).receivedOn, QDate(2026, 4, 24)); // in order of receipt
    QVERIFY(!a.notices.at(0).uuid.isEmpty());
    QVERIFY(a.notices.at(0).objectionDeadline.isValid());

    Agreement loaded;
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded, a);
    QCOMPARE(loaded.toJson(), a.toJson());
    QList<Agreement> all;
    QVERIFY_OK(m_agreements->list(&all));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst(), a);
    QVERIFY(loaded.processorUuid.isEmpty()); // we are the processor
}

void TestAgreementService::supplierFileRoundTrips()
{
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    a.status = QStringLiteral("active");
    a.model = QStringLiteral("education_model_4");
    a.modelVersion = QStringLiteral("4.0");
    a.mainContractRef = QStringLiteral("SaaS 2026-014");
    a.locations = QStringLiteral("Netherlands, Germany");
    a.transferSafeguard = QStringLiteral("None needed: EEA only");
    a.exitStrategy = QStringLiteral("Export as CSV within 30 days");
    a.documentLocation = QStringLiteral("Contract management 2026-014");
    a.cloudService = true;
    // Annexes and reports keep the order they were entered in; reviews are kept oldest first.
    a.annexes = {
        {QStringLiteral("security_annex"), QString(), QStringLiteral("2"), QDate(2026, 1, 10),
         QStringLiteral("Annex 2")},
        {QStringLiteral("privacy_insert"), QStringLiteral("Portal"), QStringLiteral("1.1"), QDate(), QString()}};
    a.assurances = {{QStringLiteral("soc2"), QStringLiteral("Auditor LLP"), QStringLiteral("Type II"),
                     QStringLiteral("SOC2-2025"), QDate(2025, 10, 1), QDate(2026, 9, 30)},
                    {QStringLiteral("iso27001"), QStringLiteral("Certifier"), QString(), QString(), QDate(2024, 5, 1),
                     QDate(2027, 4, 30)}};
    a.reviews = {{QDate(2026, 3, 1), QStringLiteral("DPO"), QStringLiteral("adequate"), QString(), QString()},
                 {QDate(2025, 3, 2), QStringLiteral("DPO"), QStringLiteral("actions_needed"),
                  QStringLiteral("Logs kept 2 years"), QStringLiteral("Shorten the log retention")}};
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.reviews.at(0).reviewedOn, QDate(2025, 3, 2));
    QCOMPARE(a.reviews.at(1).reviewedOn, QDate(2026, 3, 1));
    QCOMPARE(a.annexes.at(0).kind, QStringLiteral("security_annex"));
    QCOMPARE(a.assurances.at(0).kind, QStringLiteral("soc2"));

    Agreement loaded;
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded, a);
    QCOMPARE(loaded.toJson(), a.toJson());
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_review")), 2);

    // A change to a row is one history entry naming the list; removing rows removes them.
    loaded.assurances.removeFirst();
    loaded.reviews.append({QDate(2026, 11, 1), QStringLiteral("IT"), QStringLiteral("inadequate"),
                           QStringLiteral("No MFA"), QStringLiteral("Enforce MFA")});
    QVERIFY_OK(m_agreements->save(&loaded));
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("agreement"), a.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).changes.keys(), (QStringList{QStringLiteral("assurances"), QStringLiteral("reviews")}));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_assurance")), 1);
    Agreement again;
    QVERIFY_OK(m_agreements->load(a.uuid, &again));
    QCOMPARE(again.reviews.size(), 3);
    QCOMPARE(again.latestReview()->outcome, QStringLiteral("inadequate"));

    // Invalid rows are refused with a message and change nothing.
    const qint64 audit = m_register->auditCount();
    Agreement wrong = again;
    wrong.assurances.first().validUntil = wrong.assurances.first().issuedOn.addDays(-1);
    QCOMPARE(m_agreements->save(&wrong).code(), Status::Code::InvalidInput);
    wrong = again;
    wrong.reviews.append(SupplierReview());
    QCOMPARE(m_agreements->save(&wrong).code(), Status::Code::InvalidInput);
    wrong = again;
    wrong.model = QStringLiteral("handshake");
    QCOMPARE(m_agreements->save(&wrong).code(), Status::Code::InvalidInput);
    QCOMPARE(m_register->auditCount(), audit);
    Agreement unchanged;
    QVERIFY_OK(m_agreements->load(a.uuid, &unchanged));
    QCOMPARE(unchanged, again);

    // Deleting the agreement takes its rows along.
    QVERIFY_OK(m_agreements->remove(a.uuid));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_annex")), 0);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_assurance")), 0);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_review")), 0);
}

void TestAgreementService::allNineClausesAreStored()
{
    Agreement a;
    a.title = QStringLiteral("DPA");
    a.processorUuid = m_hosting.uuid;
    a.clauses.clear();
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.clauses, Agreement::emptyClauses());
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_clause")), 9);
    a.clauses = {{QStringLiteral("infringement_notice"), true, QStringLiteral("art. 3.3")}};
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_clause")), 9);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_clause WHERE ticked = 1")), 1);
    Agreement loaded;
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded.clauses.constLast().clause, QStringLiteral("infringement_notice"));
    QVERIFY(loaded.clauses.constLast().ticked);
}

void TestAgreementService::auditEntryPerWriteAndNoneWhenUnchanged()
{
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    QSignalSpy changed(m_agreements.get(), &AgreementService::changed);
    QVERIFY_OK(m_agreements->save(&a));
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(changed.size(), 1);
    a.clauses[2].ticked = true;
    a.clauses[2].reference = QStringLiteral("art. 6");
    a.reviewOn = QDate(2027, 6, 1);
    QVERIFY_OK(m_agreements->save(&a));
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("agreement"), a.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, AuditLog::Action::Create);
    QCOMPARE(entries.at(1).changes.keys(), QStringList({QStringLiteral("clauses"), QStringLiteral("reviewOn")}));
    QVERIFY(entries.at(1).changes.value(QStringLiteral("reviewOn")).toObject().value(QStringLiteral("old")).isNull());
    QCOMPARE(entries.at(1).changes.value(QStringLiteral("reviewOn")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("2027-06-01"));
}

void TestAgreementService::failedWriteLeavesNeitherDataNorAudit()
{
    const qint64 audit = m_register->auditCount();
    QVERIFY(m_register->injectFailure(QStringLiteral("subprocessor_notice")));
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    a.objectionWindowDays = 15;
    SubprocessorNotice notice;
    notice.receivedOn = QDate(2026, 4, 24);
    a.notices = {notice};
    QCOMPARE(m_agreements->save(&a).code(), Status::Code::DatabaseError);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement")), 0);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement_clause")), 0);
    QCOMPARE(m_register->auditCount(), audit);
}

void TestAgreementService::unknownLinksAreInputErrors()
{
    Agreement a;
    a.title = QStringLiteral("DPA");
    a.controllerUuid = QStringLiteral("ghost");
    a.processorUuid = m_hosting.uuid;
    Findings findings;
    QCOMPARE(m_agreements->save(&a, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constLast().field, QStringLiteral("controllerUuid"));
    Agreement child = sub(QStringLiteral("Sub"), QStringLiteral("ghost-parent"));
    QCOMPARE(m_agreements->save(&child, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constLast().field, QStringLiteral("parentUuid"));
    Agreement measured;
    measured.title = QStringLiteral("DPA");
    measured.processorUuid = m_hosting.uuid;
    measured.measureUuids = {QStringLiteral("ghost-measure")};
    QCOMPARE(m_agreements->save(&measured, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constLast().field, QStringLiteral("measureUuids"));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM agreement")), 0);
}

void TestAgreementService::objectionDeadline_data()
{
    QTest::addColumn<QString>("counting");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QDate>("sent");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("window");
    QTest::addColumn<QDate>("deadline");
    const QString reg = QStringLiteral("reg_1182_71");
    const QString calendar = QStringLiteral("calendar_days");
    const QString working = QStringLiteral("working_days");
    const QString fromSent = QStringLiteral("sent");
    const QString fromReceipt = QStringLiteral("received");
    // The window is contractual (A8): counted as the agreement says. Worked out by hand on the Dutch calendar.

    // Calendar days, the default: day N after the start, whatever day of the week it is.
    // Thu 30 Apr 2026 + 5 = Tue 5 May, Liberation Day: not moved.
    QTest::newRow("calendar days ending on Liberation Day")
        << calendar << fromReceipt << QDate() << QDate(2026, 4, 30) << 5 << QDate(2026, 5, 5);
    // Fri 24 Apr 2026 + 30 = Sun 24 May: not moved to Tuesday, as Reg. 1182/71 would.
    QTest::newRow("calendar days ending on a Sunday")
        << calendar << fromReceipt << QDate() << QDate(2026, 4, 24) << 30 << QDate(2026, 5, 24);
    // Counted from the day it was sent, Wed 22 Apr, not from receipt on Fri 24 Apr: Mon 27 Apr.
    QTest::newRow("calendar days from sending")
        << calendar << fromSent << QDate(2026, 4, 22) << QDate(2026, 4, 24) << 5 << QDate(2026, 4, 27);
    // Without the day of sending, from receipt: Fri 24 Apr + 5 = Wed 29 Apr.
    QTest::newRow("calendar days, day of sending unknown")
        << calendar << fromSent << QDate() << QDate(2026, 4, 24) << 5 << QDate(2026, 4, 29);

    // Working days: Fri 24 Apr 2026 + 5, Mon 27 (King's Day) skipped: Tue 28, Wed 29, Thu 30, Fri 1, Mon 4 May.
    QTest::newRow("working days over King's Day")
        << working << fromReceipt << QDate() << QDate(2026, 4, 24) << 5 << QDate(2026, 5, 4);
    // Thu 30 Apr + 5: Fri 1, Mon 4, Tue 5 (Liberation Day is disputed, so it counts: the earlier end), Wed 6,
    // Thu 7 May.
    QTest::newRow("working days over Liberation Day")
        << working << fromReceipt << QDate() << QDate(2026, 4, 30) << 5 << QDate(2026, 5, 7);

    // Reg. 1182/71, when the agreement says so: moved past weekends and holidays, to the act-by date.
    // Fri 24 Apr 2026 + 5: Sat 25, Sun 26, Mon 27 (King's Day), Tue 28, Wed 29. The holiday is inside
    // the period and changes nothing; Wed 29 is a working day, and Tue 28 and Wed 29 make two.
    QTest::newRow("1182/71, 5 days over King's Day")
        << reg << fromReceipt << QDate() << QDate(2026, 4, 24) << 5 << QDate(2026, 4, 29);
    // Thu 30 Apr 2026 + 5 = Tue 5 May, Liberation Day: a holiday under the Algemene termijnenwet, but disputed
    // for an EU time limit (A17), so the day to act by stays Tue 5 May (the statutory date would be Wed 6).
    QTest::newRow("1182/71, ending on Liberation Day")
        << reg << fromReceipt << QDate() << QDate(2026, 4, 30) << 5 << QDate(2026, 5, 5);
    // Fri 24 Apr 2026 + 30 = Sun 24 May; Mon 25 May is Whit Monday (Easter 2026 is 5 April); so Tue 26 May.
    QTest::newRow("1182/71, ending on Whitsun")
        << reg << fromReceipt << QDate() << QDate(2026, 4, 24) << 30 << QDate(2026, 5, 26);
    // Mon 7 Dec 2026 + 15 = Tue 22 Dec, a working day.
    QTest::newRow("1182/71, plain") << reg << fromReceipt << QDate() << QDate(2026, 12, 7) << 15 << QDate(2026, 12, 22);
    // Thu 10 Dec 2026 + 15 = Fri 25 Dec (Christmas), Sat 26 (Boxing Day), Sun 27: Mon 28 Dec.
    QTest::newRow("1182/71, ending at Christmas")
        << reg << fromReceipt << QDate() << QDate(2026, 12, 10) << 15 << QDate(2026, 12, 28);
}

void TestAgreementService::objectionDeadline()
{
    QFETCH(QString, counting);
    QFETCH(QString, start);
    QFETCH(QDate, sent);
    QFETCH(QDate, received);
    QFETCH(int, window);
    QFETCH(QDate, deadline);
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    a.subprocessorAuthorisation = QStringLiteral("general");
    a.objectionWindowDays = window;
    a.windowCounting = counting;
    a.windowStart = start;
    SubprocessorNotice notice;
    notice.sentOn = sent;
    notice.receivedOn = received;
    notice.objectionDeadline = QDate(2000, 1, 1); // whatever was typed is replaced by the computed date
    a.notices = {notice};
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.notices.constFirst().objectionDeadline, deadline);
    Agreement loaded;
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded.notices.constFirst().objectionDeadline, deadline);
    QCOMPARE(loaded.windowCounting, counting);
    QCOMPARE(loaded.notices.constFirst().sentOn, sent);
}

void TestAgreementService::objectionDeadlineFollowsTheRegisterCalendar()
{
    // A decree day of the register's calendar moves the end like any holiday.
    RegisterSettingsService settings(m_register->database());
    RegisterSettings values;
    QVERIFY_OK(settings.load(&values));
    values.extraHolidays = {{QString(), QDate(2026, 4, 29), QStringLiteral("Decree day")}};
    QVERIFY_OK(settings.save(values));
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    a.objectionWindowDays = 5;
    a.windowCounting = QStringLiteral("reg_1182_71");
    SubprocessorNotice notice;
    notice.receivedOn = QDate(2026, 4, 24);
    a.notices = {notice};
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.notices.constFirst().objectionDeadline, QDate(2026, 4, 30));

    // Changing the window recomputes the deadline on the next save.
    a.objectionWindowDays = 30;
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.notices.constFirst().objectionDeadline, QDate(2026, 5, 26));
    // Without an agreed window the deadline is what the notice itself says.
    a.objectionWindowDays = 0;
    a.notices[0].objectionDeadline = QDate(2026, 5, 8);
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.notices.constFirst().objectionDeadline, QDate(2026, 5, 8));
}

void TestAgreementService::upkeepRecountsDeadlinesStoredUnderTheOldRule()
{
    // A register from before schema 7 holds deadlines counted under Reg. 1182/71. Sent and
    // received on Friday 1 May 2026 with a 30-day window: the contract's calendar days end on
    // Sunday 31 May; the old count rolled that to Tuesday 2 June, past Whit Monday.
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    a.objectionWindowDays = 30;
    SubprocessorNotice notice;
    notice.receivedOn = QDate(2026, 5, 1);
    a.notices = {notice};
    QVERIFY_OK(m_agreements->save(&a));
    QCOMPARE(a.notices.constFirst().objectionDeadline, QDate(2026, 5, 31));
    QSqlQuery query(m_register->database().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE subprocessor_notice SET objection_deadline = '2026-06-02'")));
    Agreement stale;
    QVERIFY_OK(m_agreements->load(a.uuid, &stale));
    QCOMPARE(stale.notices.constFirst().objectionDeadline, QDate(2026, 6, 2));
    const qsizetype before = m_register->entries(QStringLiteral("agreement"), a.uuid).size();

    QStringList notices;
    QVERIFY_OK(RegisterUpkeep::run(m_register->database(), &notices));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.constFirst().contains(QLatin1String("1 agreement")), qPrintable(notices.constFirst()));
    Agreement recounted;
    QVERIFY_OK(m_agreements->load(a.uuid, &recounted));
    QCOMPARE(recounted.notices.constFirst().objectionDeadline, QDate(2026, 5, 31));
    // The history says what changed: one update with the old and the new date.
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("agreement"), a.uuid);
    QCOMPARE(entries.size(), before + 1);
    const QJsonObject change = entries.constLast().changes.value(QStringLiteral("notices")).toObject();
    QVERIFY(QJsonDocument(change.value(QStringLiteral("old")).toArray()).toJson().contains("2026-06-02"));
    QVERIFY(QJsonDocument(change.value(QStringLiteral("new")).toArray()).toJson().contains("2026-05-31"));

    // Nothing left to recount: a second run changes nothing and says nothing.
    notices.clear();
    QVERIFY_OK(RegisterUpkeep::run(m_register->database(), &notices));
    QVERIFY(notices.isEmpty());
    QCOMPARE(m_register->entries(QStringLiteral("agreement"), a.uuid).size(), before + 1);
}

void TestAgreementService::chainOfDepthThree()
{
    Agreement top;
    top.title = QStringLiteral("A: customer DPA");
    top.controllerUuid = m_customer.uuid;
    QVERIFY_OK(m_agreements->save(&top));
    Agreement level1 = sub(QStringLiteral("B: hosting"), top.uuid);
    QVERIFY_OK(m_agreements->save(&level1));
    Agreement sibling = sub(QStringLiteral("E: support"), top.uuid);
    QVERIFY_OK(m_agreements->save(&sibling));
    Agreement level2 = sub(QStringLiteral("C: backup"), level1.uuid);
    level2.controllerUuid = m_hosting.uuid;
    level2.processorUuid = m_backup.uuid;
    QVERIFY_OK(m_agreements->save(&level2));
    Agreement level3 = sub(QStringLiteral("D: tape storage"), level2.uuid);
    level3.controllerUuid = m_backup.uuid;
    level3.processorUuid = m_hosting.uuid;
    QVERIFY_OK(m_agreements->save(&level3));

    QList<Agreement> below;
    QVERIFY_OK(m_agreements->chainBelow(top.uuid, &below));
    QStringList titles;
    for (const Agreement &a : std::as_const(below))
        titles << a.title;
    // Depth first: each agreement followed by the ones below it.
    QCOMPARE(titles, QStringList({QStringLiteral("B: hosting"), QStringLiteral("C: backup"),
                                  QStringLiteral("D: tape storage"), QStringLiteral("E: support")}));
    QCOMPARE(below.at(2), level3);
    QVERIFY_OK(m_agreements->chainBelow(level2.uuid, &below));
    QCOMPARE(below.size(), 1);
    QCOMPARE(below.constFirst().uuid, level3.uuid);
    QVERIFY_OK(m_agreements->chainBelow(level3.uuid, &below));
    QVERIFY(below.isEmpty());
    Agreement loaded;
    QVERIFY_OK(m_agreements->load(level3.uuid, &loaded));
    QCOMPARE(loaded.parentUuid, level2.uuid);
}

void TestAgreementService::loopsAreRefused()
{
    Agreement top;
    top.title = QStringLiteral("A");
    top.controllerUuid = m_customer.uuid;
    QVERIFY_OK(m_agreements->save(&top));
    Agreement b = sub(QStringLiteral("B"), top.uuid);
    QVERIFY_OK(m_agreements->save(&b));
    Agreement c = sub(QStringLiteral("C"), b.uuid);
    QVERIFY_OK(m_agreements->save(&c));
    Agreement d = sub(QStringLiteral("D"), c.uuid);
    QVERIFY_OK(m_agreements->save(&d));

    const qint64 audit = m_register->auditCount();
    Agreement looping = b;
    looping.parentUuid = d.uuid; // D is below B already
    Findings findings;
    const Status status = m_agreements->save(&looping, &findings);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(status.message().contains(QLatin1String("loop")));
    QCOMPARE(findings.constLast().field, QStringLiteral("parentUuid"));
    Agreement self = c;
    self.parentUuid = c.uuid;
    QCOMPARE(m_agreements->save(&self, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constFirst().field, QStringLiteral("parentUuid"));
    QCOMPARE(m_register->auditCount(), audit);
    Agreement loaded;
    QVERIFY_OK(m_agreements->load(b.uuid, &loaded));
    QCOMPARE(loaded.parentUuid, top.uuid);

    // Moving a sub-agreement to another branch is fine.
    Agreement moved = d;
    moved.parentUuid = b.uuid;
    QVERIFY_OK(m_agreements->save(&moved));
}

void TestAgreementService::removeRefusedWhileReferenced()
{
    Agreement top;
    top.title = QStringLiteral("Customer DPA");
    top.controllerUuid = m_customer.uuid;
    QVERIFY_OK(m_agreements->save(&top));
    Agreement child = sub(QStringLiteral("Hosting sub-processing"), top.uuid);
    QVERIFY_OK(m_agreements->save(&child));
    ProcessorActivityService processing(m_register->database());
    ProcessorActivity forCustomer;
    forCustomer.name = QStringLiteral("Application for Voorbeeldstad");
    forCustomer.agreementUuids = {top.uuid};
    QVERIFY_OK(processing.save(&forCustomer));
    ActivityService activities(m_register->database());
    ProcessingActivity website;
    website.name = QStringLiteral("Website");
    website.agreementUuids = {child.uuid};
    QVERIFY_OK(activities.save(&website));

    Status status = m_agreements->remove(top.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY2(status.message().contains(QLatin1String("\"Application for Voorbeeldstad\"")),
             qPrintable(status.message()));
    QVERIFY2(status.message().contains(QLatin1String("the sub-processing agreement \"Hosting sub-processing\"")),
             qPrintable(status.message()));
    status = m_agreements->remove(child.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(status.message().contains(QLatin1String("the processing activity \"Website\"")));

    website.agreementUuids.clear();
    QVERIFY_OK(activities.save(&website));
    QVERIFY(
        m_agreements
            ->addAttachment(child.uuid, QStringLiteral("signed.pdf"), QString(), QByteArray("%PDF"), QString(), nullptr)
            .isOk());
    QVERIFY_OK(m_agreements->remove(child.uuid));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM attachment")), 0);
    QCOMPARE(m_register->entries(QStringLiteral("agreement"), child.uuid).constLast().action, AuditLog::Action::Delete);
}

void TestAgreementService::attachmentsRoundTrip()
{
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    QVERIFY_OK(m_agreements->save(&a));
    QByteArray content;
    for (int i = 0; i < 70000; ++i)
        content.append(char(i % 251));
    AttachmentInfo added;
    QSignalSpy changed(m_agreements.get(), &AgreementService::changed);
    QVERIFY_OK(m_agreements->addAttachment(a.uuid, QStringLiteral("  signed.pdf "), QStringLiteral("application/pdf"),
                                           content, QStringLiteral("Signed copy"), &added));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(added.fileName, QStringLiteral("signed.pdf"));
    QCOMPARE(added.size, qint64(content.size()));
    QCOMPARE(added.sha256, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(added.sha256.size(), 64);
    QByteArray read;
    QVERIFY_OK(m_agreements->attachmentContent(added.uuid, &read));
    QCOMPARE(read, content);

    AttachmentInfo empty;
    QVERIFY_OK(
        m_agreements->addAttachment(a.uuid, QStringLiteral("note.txt"), QString(), QByteArray(), QString(), &empty));
    QCOMPARE(empty.mimeType, QStringLiteral("application/octet-stream"));
    QCOMPARE(empty.sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY_OK(m_agreements->attachmentContent(empty.uuid, &read));
    QVERIFY(read.isEmpty());

    Agreement loaded;
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded.attachments.size(), 2);
    QCOMPARE(loaded.attachments.constFirst(), added);
    // A save of the agreement neither loses nor touches its attachments.
    loaded.auditEvidence = QStringLiteral("ISO 27001");
    QVERIFY_OK(m_agreements->save(&loaded));
    QCOMPARE(loaded.attachments.size(), 2);

    QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("agreement"), a.uuid);
    QCOMPARE(entries.size(), 4); // create, two attachments, one save
    QCOMPARE(entries.at(1).action, AuditLog::Action::Update);
    QCOMPARE(entries.at(1).changes.keys(), QStringList({QStringLiteral("attachments")}));
    const QJsonObject change = entries.at(1).changes.value(QStringLiteral("attachments")).toObject();
    QCOMPARE(change.value(QStringLiteral("old")).toArray().size(), 0);
    QCOMPARE(change.value(QStringLiteral("new")).toArray().at(0).toObject().value(QStringLiteral("sha256")).toString(),
             added.sha256);
    QCOMPARE(entries.at(3).changes.keys(), QStringList({QStringLiteral("auditEvidence")}));

    QVERIFY_OK(m_agreements->removeAttachment(added.uuid));
    QCOMPARE(m_agreements->attachmentContent(added.uuid, &read).code(), Status::Code::NotFound);
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded.attachments.size(), 1);
    entries = m_register->entries(QStringLiteral("agreement"), a.uuid);
    QCOMPARE(entries.constLast()
                 .changes.value(QStringLiteral("attachments"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toArray()
                 .size(),
             1);
}

void TestAgreementService::attachmentsAreNotReadableInTheRawFile()
{
    if (!m_register->file())
        QSKIP("about the encrypted register file; a team register's server has its own storage");
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    QVERIFY_OK(m_agreements->save(&a));
    const QByteArray marker = QByteArrayLiteral("CUSTODIAN-SIGNED-CONTRACT-MARKER-7f3a9c21");
    QByteArray content;
    for (int i = 0; i < 200; ++i)
        content += marker;
    QVERIFY_OK(m_agreements->addAttachment(a.uuid, QStringLiteral("contract.txt"), QStringLiteral("text/plain"),
                                           content, QString(), nullptr));
    const QString path = m_register->path();
    m_agreements.reset();
    m_register->file()->close();
    // The register and anything SQLite keeps beside it (journal, WAL).
    const QFileInfoList files = QFileInfo(path).dir().entryInfoList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY2(!raw.contains(marker.left(24)), qPrintable(info.fileName()));
        QVERIFY2(!raw.contains("contract.txt"), qPrintable(info.fileName()));
    }
}

void TestAgreementService::attachmentErrors()
{
    Agreement a;
    a.title = QStringLiteral("DPA hosting");
    a.processorUuid = m_hosting.uuid;
    QVERIFY_OK(m_agreements->save(&a));
    const qint64 audit = m_register->auditCount();
    QCOMPARE(m_agreements->addAttachment(a.uuid, QStringLiteral("  "), QString(), QByteArray("x"), QString(), nullptr)
                 .code(),
             Status::Code::InvalidInput);
    QCOMPARE(m_agreements
                 ->addAttachment(QStringLiteral("ghost"), QStringLiteral("a.pdf"), QString(), QByteArray("x"),
                                 QString(), nullptr)
                 .code(),
             Status::Code::NotFound);
    QCOMPARE(m_agreements->removeAttachment(QStringLiteral("ghost")).code(), Status::Code::NotFound);
    QVERIFY(m_register->injectFailure(QStringLiteral("attachment")));
    QCOMPARE(
        m_agreements->addAttachment(a.uuid, QStringLiteral("a.pdf"), QString(), QByteArray("x"), QString(), nullptr)
            .code(),
        Status::Code::DatabaseError);
    QCOMPARE(m_register->auditCount(), audit);
    Agreement loaded;
    QVERIFY_OK(m_agreements->load(a.uuid, &loaded));
    QCOMPARE(loaded.updatedAt, a.updatedAt);
}

QTEST_GUILESS_MAIN(TestAgreementService)
#include "tst_agreementservice.moc"
