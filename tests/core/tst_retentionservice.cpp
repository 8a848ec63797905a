// RetentionRuleService: round trips, audit entries, the Dutch seed catalogue of GDPR-REFERENCE §6
// (contents, idempotence, one transaction), retiring, and removal refused while a data category
// uses the rule.
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

class TestRetentionService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void auditAndUnchangedSave();
    void seedCatalogueContents_data();
    void seedCatalogueContents();
    void seedCatalogueIsIdempotent();
    void seedCatalogueIsOneTransaction();
    void seedKeyIsUnique();
    void retire();
    void removeRefusedWhileUsed();

private:
    QHash<QString, RetentionRule> bySeedKey();

    std::unique_ptr<TestRegister> m_register;
    std::unique_ptr<RetentionRuleService> m_rules;
};

void TestRetentionService::init()
{
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    m_rules = std::make_unique<RetentionRuleService>(m_register->database());
}

void TestRetentionService::cleanup()
{
    m_rules.reset();
    m_register.reset();
}

QHash<QString, RetentionRule> TestRetentionService::bySeedKey()
{
    QList<RetentionRule> rules;
    const Status status = m_rules->list(&rules);
    if (!status)
        qWarning() << RegisterTest::describe(status);
    QHash<QString, RetentionRule> result;
    for (const RetentionRule &rule : std::as_const(rules)) {
        if (!rule.seedKey.isEmpty())
            result.insert(rule.seedKey, rule);
    }
    return result;
}

void TestRetentionService::roundTrip()
{
    RetentionRule rule;
    rule.name = QStringLiteral("CRM contact data");
    rule.periodCount = 2;
    rule.periodUnit = QStringLiteral("years");
    rule.trigger = QStringLiteral("after the end of the customer relationship");
    rule.basisType = QStringLiteral("policy");
    rule.legalSource = QStringLiteral("Information security policy §4.2");
    rule.notes = QStringLiteral("Reviewed yearly");
    rule.legalHold = true;
    rule.legalHoldReason = QStringLiteral("Claim of customer X");
    QVERIFY_OK(m_rules->save(&rule));
    RetentionRule loaded;
    QVERIFY_OK(m_rules->load(rule.uuid, &loaded));
    QCOMPARE(loaded, rule);

    RetentionRule open;
    open.name = QStringLiteral("As long as the contract runs");
    QVERIFY_OK(m_rules->save(&open));
    QVERIFY_OK(m_rules->load(open.uuid, &loaded));
    QCOMPARE(loaded, open);
    QCOMPARE(loaded.periodCount, 0);
    QVERIFY(loaded.periodUnit.isEmpty());
    QVERIFY(loaded.seedKey.isEmpty());
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM retention_rule WHERE period_count IS NULL "
                                               "AND seed_key IS NULL")),
             1);

    QList<RetentionRule> all;
    QVERIFY_OK(m_rules->list(&all));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("As long as the contract runs"));
    QCOMPARE(all.at(1), rule);

    RetentionRule invalid;
    invalid.name = QStringLiteral("Broken");
    invalid.periodCount = 3;
    Findings findings;
    QCOMPARE(m_rules->save(&invalid, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constFirst().field, QStringLiteral("periodUnit"));
}

void TestRetentionService::auditAndUnchangedSave()
{
    RetentionRule rule;
    rule.name = QStringLiteral("Logs");
    rule.periodCount = 30;
    rule.periodUnit = QStringLiteral("days");
    QVERIFY_OK(m_rules->save(&rule));
    QSignalSpy changed(m_rules.get(), &RetentionRuleService::changed);
    QVERIFY_OK(m_rules->save(&rule));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_register->auditCount(), 1);
    rule.periodCount = 60;
    QVERIFY_OK(m_rules->save(&rule));
    QCOMPARE(changed.size(), 1);
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("retention_rule"), rule.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, AuditLog::Action::Create);
    QCOMPARE(entries.at(1).changes.keys(), QStringList({QStringLiteral("periodCount")}));
    QCOMPARE(entries.at(1).changes.value(QStringLiteral("periodCount")).toObject().value(QStringLiteral("old")).toInt(),
             30);
}

void TestRetentionService::seedCatalogueContents_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QString>("source"); // a part of the legal source
    QTest::addColumn<bool>("verify");
    // GDPR-REFERENCE §6, row by row.
    QTest::newRow("fiscal") << "nl.fiscal_records" << 7 << "years"
                            << "statute"
                            << "AWR art. 52(4); BW 2:10(3)" << false;
    QTest::newRow("real estate") << "nl.real_estate_vat" << 10 << "years"
                                 << "statute"
                                 << "Wet OB" << true;
    QTest::newRow("payroll") << "nl.payroll_tax_and_id_copy" << 5 << "years"
                             << "statute"
                             << "Wet LB 1964" << true;
    QTest::newRow("foreign id") << "nl.foreign_employee_id" << 5 << "years"
                                << "statute"
                                << "Wav art. 15" << true;
    QTest::newRow("personnel") << "nl.personnel_file" << 2 << "years"
                               << "guidance"
                               << "Vrijstellingsbesluit" << false;
    QTest::newRow("applications") << "nl.job_applications" << 4 << "weeks"
                                  << "guidance"
                                  << "Sollicitatiecode" << false;
    QTest::newRow("applications consent") << "nl.job_applications_consent" << 1 << "years"
                                          << "guidance"
                                          << "Sollicitatiecode" << false;
    QTest::newRow("camera") << "nl.camera_images" << 4 << "weeks"
                            << "guidance"
                            << "AP guidance" << false;
    QTest::newRow("working hours") << "nl.working_hours" << 52 << "weeks"
                                   << "statute"
                                   << "Arbeidstijdenbesluit art. 3.2:1" << false;
    QTest::newRow("wwft") << "nl.wwft_due_diligence" << 5 << "years"
                          << "statute"
                          << "Wwft arts. 33" << false;
    QTest::newRow("medical") << "nl.medical_file" << 20 << "years"
                             << "statute"
                             << "BW 7:454(3)" << false;
    QTest::newRow("logs policy") << "nl.logs_backups_policy" << 0 << ""
                                 << "policy"
                                 << "policy" << false;
}

void TestRetentionService::seedCatalogueContents()
{
    QFETCH(QString, key);
    QFETCH(int, count);
    QFETCH(QString, unit);
    QFETCH(QString, basis);
    QFETCH(QString, source);
    QFETCH(bool, verify);
    QVERIFY_OK(m_rules->seedCatalogue());
    const QHash<QString, RetentionRule> rules = bySeedKey();
    QCOMPARE(rules.size(), 12);
    QVERIFY(rules.contains(key));
    const RetentionRule rule = rules.value(key);
    QVERIFY(!rule.name.isEmpty());
    QCOMPARE(rule.periodCount, count);
    QCOMPARE(rule.periodUnit, unit);
    QCOMPARE(rule.basisType, basis);
    QVERIFY2(rule.legalSource.contains(source), qPrintable(rule.legalSource));
    QCOMPARE(rule.notes.contains(QLatin1String("(verify)")), verify);
    QVERIFY(!rule.trigger.isEmpty());
    QVERIFY2(!hasErrors(rule.validate()), qPrintable(key));
    QCOMPARE(m_register->entries(QStringLiteral("retention_rule"), rule.uuid).size(), 1);
}

void TestRetentionService::seedCatalogueIsIdempotent()
{
    QSignalSpy changed(m_rules.get(), &RetentionRuleService::changed);
    QVERIFY_OK(m_rules->seedCatalogue());
    QCOMPARE(changed.size(), 12);
    QCOMPARE(m_register->auditCount(), 12);
    QVERIFY_OK(m_rules->seedCatalogue());
    QCOMPARE(m_register->auditCount(), 12);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM retention_rule")), 12);

    // The organisation's edits stick: a renamed or retired entry is not added again.
    QHash<QString, RetentionRule> rules = bySeedKey();
    RetentionRule fiscal = rules.value(QStringLiteral("nl.fiscal_records"));
    fiscal.name = QStringLiteral("Administratie (fiscaal)");
    QVERIFY_OK(m_rules->save(&fiscal));
    QVERIFY_OK(m_rules->setRetired(rules.value(QStringLiteral("nl.camera_images")).uuid, true));
    const qint64 audit = m_register->auditCount();
    QVERIFY_OK(m_rules->seedCatalogue());
    QCOMPARE(m_register->auditCount(), audit);
    rules = bySeedKey();
    QCOMPARE(rules.size(), 12);
    QCOMPARE(rules.value(QStringLiteral("nl.fiscal_records")).name, QStringLiteral("Administratie (fiscaal)"));
    QVERIFY(rules.value(QStringLiteral("nl.camera_images")).retired);

    // A deleted entry is not in the register any more, so seeding offers it again.
    QVERIFY_OK(m_rules->remove(rules.value(QStringLiteral("nl.medical_file")).uuid));
    QVERIFY_OK(m_rules->seedCatalogue());
    QCOMPARE(bySeedKey().size(), 12);
}

void TestRetentionService::seedCatalogueIsOneTransaction()
{
    // The eighth insert fails: none of the catalogue, and none of its audit entries, remains.
    QVERIFY(m_register->injectFailure(QStringLiteral("retention_rule"),
                                      QStringLiteral("NEW.seed_key = 'nl.working_hours'")));
    const Status status = m_rules->seedCatalogue();
    QCOMPARE(status.code(), Status::Code::DatabaseError);
    QVERIFY(status.detail().contains(QLatin1String("injected")));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM retention_rule")), 0);
    QCOMPARE(m_register->auditCount(), 0);
}

void TestRetentionService::seedKeyIsUnique()
{
    QVERIFY_OK(m_rules->seedCatalogue());
    RetentionRule copy;
    copy.name = QStringLiteral("Second fiscal rule");
    copy.seedKey = QStringLiteral("nl.fiscal_records");
    Findings findings;
    QCOMPARE(m_rules->save(&copy, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constFirst().field, QStringLiteral("seedKey"));
}

void TestRetentionService::retire()
{
    RetentionRule rule;
    rule.name = QStringLiteral("Backups");
    QVERIFY_OK(m_rules->save(&rule));
    QVERIFY_OK(m_rules->setRetired(rule.uuid, true));
    RetentionRule loaded;
    QVERIFY_OK(m_rules->load(rule.uuid, &loaded));
    QVERIFY(loaded.retired);
    QCOMPARE(m_register->entries(QStringLiteral("retention_rule"), rule.uuid).constLast().action,
             AuditLog::Action::Retire);
}

void TestRetentionService::removeRefusedWhileUsed()
{
    RetentionRule rule;
    rule.name = QStringLiteral("Payroll records");
    QVERIFY_OK(m_rules->save(&rule));
    ActivityService activities(m_register->database());
    ProcessingActivity payroll;
    payroll.name = QStringLiteral("Payroll");
    payroll.dataCategories = {{QStringLiteral("Salary"), QString(), rule.uuid}};
    QVERIFY_OK(activities.save(&payroll));
    const Status status = m_rules->remove(rule.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY2(status.message().contains(QLatin1String("\"Payroll records\"")), qPrintable(status.message()));
    QVERIFY(status.message().contains(QLatin1String("the processing activity \"Payroll\"")));
    payroll.dataCategories.first().retentionRuleUuid.clear();
    QVERIFY_OK(activities.save(&payroll));
    QVERIFY_OK(m_rules->remove(rule.uuid));
    QCOMPARE(m_register->entries(QStringLiteral("retention_rule"), rule.uuid).constLast().action,
             AuditLog::Action::Delete);
}

QTEST_GUILESS_MAIN(TestRetentionService)
#include "tst_retentionservice.moc"
