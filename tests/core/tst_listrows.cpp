// ListRows: what list screens show of other items, one query each. Only the parties the agreements
// and processor activities name come back (not every party, nor those named in child lists), the
// retired items of a kind, the data categories under each retention rule in the activity's order,
// and a failed read is a DatabaseError.
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

class TestListRows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void agreementPartyNames();
    void processorActivityControllerNames();
    void noLinksNoNames();
    void retiredUuids();
    void ruleCategories();
    void failedReadIsReported();

private:
    Party party(const QString &name);
    RetentionRule rule(const QString &name);

    std::unique_ptr<TestRegister> m_register;
};

void TestListRows::init()
{
    AuditLog::setActor(QStringLiteral("a.de.vries"));
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
}

void TestListRows::cleanup()
{
    m_register.reset();
}

Party TestListRows::party(const QString &name)
{
    PartyService parties(m_register->database());
    Party party;
    party.name = name;
    party.roles = {QStringLiteral("processor")};
    const Status saved = parties.save(&party);
    if (!saved)
        qWarning() << "party not saved:" << RegisterTest::describe(saved);
    return party;
}

RetentionRule TestListRows::rule(const QString &name)
{
    RetentionRuleService rules(m_register->database());
    RetentionRule rule;
    rule.name = name;
    const Status saved = rules.save(&rule);
    if (!saved)
        qWarning() << "rule not saved:" << RegisterTest::describe(saved);
    return rule;
}

void TestListRows::agreementPartyNames()
{
    const Party customer = party(QStringLiteral("Customer Gemeente"));
    const Party hosting = party(QStringLiteral("Hosting B.V."));
    const Party payroll = party(QStringLiteral("Payroll NL"));
    const Party unused = party(QStringLiteral("Never named"));
    AgreementService agreements(m_register->database());
    Agreement hostingDpa;
    hostingDpa.title = QStringLiteral("DPA hosting");
    hostingDpa.controllerUuid = customer.uuid;
    hostingDpa.processorUuid = hosting.uuid;
    hostingDpa.clauses = Agreement::emptyClauses();
    QVERIFY_OK(agreements.save(&hostingDpa));
    Agreement payrollDpa;
    payrollDpa.title = QStringLiteral("DPA payroll"); // we are the controller: no controller party
    payrollDpa.processorUuid = payroll.uuid;
    payrollDpa.clauses = Agreement::emptyClauses();
    QVERIFY_OK(agreements.save(&payrollDpa));

    QHash<QString, QString> names = {{QStringLiteral("stale"), QStringLiteral("entry")}};
    QVERIFY_OK(ListRows::linkedNames(m_register->database(), EntityKind::Agreement, EntityKind::Party, &names));
    const QHash<QString, QString> expected = {
        {customer.uuid, customer.name}, {hosting.uuid, hosting.name}, {payroll.uuid, payroll.name}};
    QCOMPARE(names, expected);
    QVERIFY(!names.contains(unused.uuid));
}

void TestListRows::processorActivityControllerNames()
{
    const Party controller = party(QStringLiteral("Customer Gemeente"));
    const Party recipient = party(QStringLiteral("Cloud US Inc."));
    party(QStringLiteral("Never named"));
    ProcessorActivityService activities(m_register->database());
    ProcessorActivity hosting;
    hosting.name = QStringLiteral("Hosting of the application");
    hosting.controllerUuids = {controller.uuid};
    Transfer transfer;
    transfer.country = QStringLiteral("US");
    transfer.partyUuid = recipient.uuid;
    hosting.transfers = {transfer};
    QVERIFY_OK(activities.save(&hosting));
    ProcessorActivity noController;
    noController.name = QStringLiteral("Support desk");
    QVERIFY_OK(activities.save(&noController));

    QHash<QString, QString> names;
    QVERIFY_OK(ListRows::linkedNames(m_register->database(), EntityKind::ProcessorActivity, EntityKind::Party, &names,
                                     {QStringLiteral("controllerUuids")}));
    // The controllers are a child list the list asks for; the transfer's recipient is in another,
    // which the list does not show.
    const QHash<QString, QString> expected = {{controller.uuid, controller.name}};
    QCOMPARE(names, expected);
    // Without naming the controllers' list, no party is named in the record's own fields.
    QVERIFY_OK(ListRows::linkedNames(m_register->database(), EntityKind::ProcessorActivity, EntityKind::Party, &names));
    QVERIFY(names.isEmpty());
}

void TestListRows::noLinksNoNames()
{
    party(QStringLiteral("Hosting B.V."));
    QHash<QString, QString> names = {{QStringLiteral("stale"), QStringLiteral("entry")}};
    // No agreement yet.
    QVERIFY_OK(ListRows::linkedNames(m_register->database(), EntityKind::Agreement, EntityKind::Party, &names));
    QVERIFY(names.isEmpty());
    // A party names no party.
    names.insert(QStringLiteral("stale"), QStringLiteral("entry"));
    QVERIFY_OK(ListRows::linkedNames(m_register->database(), EntityKind::Party, EntityKind::Party, &names));
    QVERIFY(names.isEmpty());
}

void TestListRows::retiredUuids()
{
    const Party kept = party(QStringLiteral("Kept"));
    const Party gone = party(QStringLiteral("Gone"));
    PartyService parties(m_register->database());
    QVERIFY_OK(parties.setRetired(gone.uuid, true));
    ActivityService activities(m_register->database());
    ProcessingActivity current;
    current.name = QStringLiteral("Payroll");
    QVERIFY_OK(activities.save(&current));
    ProcessingActivity old;
    old.name = QStringLiteral("Old newsletter");
    QVERIFY_OK(activities.save(&old));
    QVERIFY_OK(activities.retire(old.uuid));

    QSet<QString> uuids = {QStringLiteral("stale")};
    QVERIFY_OK(ListRows::retiredUuids(m_register->database(), EntityKind::Party, &uuids));
    QCOMPARE(uuids, QSet<QString>({gone.uuid}));
    QVERIFY_OK(ListRows::retiredUuids(m_register->database(), EntityKind::ProcessingActivity, &uuids));
    QCOMPARE(uuids, QSet<QString>({old.uuid}));
    QVERIFY_OK(ListRows::retiredUuids(m_register->database(), EntityKind::ProcessorActivity, &uuids));
    QVERIFY(uuids.isEmpty());
    // Agreements are terminated, not retired.
    uuids.insert(QStringLiteral("stale"));
    QVERIFY_OK(ListRows::retiredUuids(m_register->database(), EntityKind::Agreement, &uuids));
    QVERIFY(uuids.isEmpty());

    QVERIFY_OK(parties.setRetired(gone.uuid, false));
    QVERIFY_OK(ListRows::retiredUuids(m_register->database(), EntityKind::Party, &uuids));
    QVERIFY(uuids.isEmpty());
    QVERIFY(!uuids.contains(kept.uuid));
}

void TestListRows::ruleCategories()
{
    const RetentionRule contracts = rule(QStringLiteral("Customer contracts"));
    const RetentionRule fiscal = rule(QStringLiteral("Fiscal records"));
    const RetentionRule unused = rule(QStringLiteral("Camera images"));
    auto category = [](const QString &name, const QString &ruleUuid) {
        DataCategory c;
        c.name = name;
        c.retentionRuleUuid = ruleUuid;
        return c;
    };
    ActivityService activities(m_register->database());
    ProcessingActivity administration;
    administration.name = QStringLiteral("Customer administration");
    administration.dataCategories = {
        category(QStringLiteral("Signed contracts"), contracts.uuid), category(QStringLiteral("Invoices"), fiscal.uuid),
        category(QStringLiteral("Contact details"), QString()), category(QStringLiteral("Amendments"), contracts.uuid)};
    QVERIFY_OK(activities.save(&administration));
    ProcessingActivity sales;
    sales.name = QStringLiteral("Sales");
    sales.dataCategories = {category(QStringLiteral("Quotes"), contracts.uuid)};
    QVERIFY_OK(activities.save(&sales));

    QHash<QString, QHash<QString, QStringList>> categories;
    QVERIFY_OK(ListRows::ruleCategories(m_register->database(), &categories));
    QCOMPARE(categories.size(), 2);
    QVERIFY(!categories.contains(unused.uuid));
    const QHash<QString, QStringList> underContracts = categories.value(contracts.uuid);
    QCOMPARE(underContracts.size(), 2);
    // In the activity's order, not in name order.
    QCOMPARE(underContracts.value(administration.uuid),
             QStringList({QStringLiteral("Signed contracts"), QStringLiteral("Amendments")}));
    QCOMPARE(underContracts.value(sales.uuid), QStringList({QStringLiteral("Quotes")}));
    const QHash<QString, QStringList> underFiscal = categories.value(fiscal.uuid);
    QCOMPARE(underFiscal.size(), 1);
    QCOMPARE(underFiscal.value(administration.uuid), QStringList({QStringLiteral("Invoices")}));

    // Reordered by the user: the order follows.
    std::swap(administration.dataCategories[0], administration.dataCategories[3]);
    QVERIFY_OK(activities.save(&administration));
    QVERIFY_OK(ListRows::ruleCategories(m_register->database(), &categories));
    QCOMPARE(categories.value(contracts.uuid).value(administration.uuid),
             QStringList({QStringLiteral("Amendments"), QStringLiteral("Signed contracts")}));
}

void TestListRows::failedReadIsReported()
{
    // A register whose tables are not what the queries expect, on either store.
    QVERIFY(m_register->exec(QStringLiteral("ALTER TABLE party RENAME TO party_elsewhere")));
    QVERIFY(m_register->exec(QStringLiteral("ALTER TABLE activity_data_category RENAME TO category_elsewhere")));
    QHash<QString, QString> names;
    Status status = ListRows::linkedNames(m_register->database(), EntityKind::Agreement, EntityKind::Party, &names);
    QCOMPARE(status.code(), Status::Code::DatabaseError);
    QVERIFY(!status.message().isEmpty());
    QSet<QString> uuids;
    status = ListRows::retiredUuids(m_register->database(), EntityKind::Party, &uuids);
    QCOMPARE(status.code(), Status::Code::DatabaseError);
    QHash<QString, QHash<QString, QStringList>> categories;
    status = ListRows::ruleCategories(m_register->database(), &categories);
    QCOMPARE(status.code(), Status::Code::DatabaseError);
}

QTEST_GUILESS_MAIN(TestListRows)
#include "tst_listrows.moc"
