// The completeness rules of the breach register (DOMAIN-REVIEW I.2), one row each: a complete,
// notified breach raises nothing, and each change of it raises exactly the findings listed.
#include <QtTest>

#include <functional>

#include "FindingKeys.h"
#include "register/Completeness.h"

using namespace Custodian;
using Domain::Breach;
using Register::CompletenessCheck;
using Register::RegisterSnapshot;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QString ControllerUuid = QStringLiteral("7a5e8a4c-1111-4c3e-9d5e-0b6f3a1c8e01");

struct Scenario
{
    Breach breach;
    RegisterSnapshot snapshot;
    QDate today = QDate(2026, 4, 20);

    void recount(int controllerHours = 24)
    {
        breach.setClocks([controllerHours](const QString &) { return controllerHours; });
    }
};

// A stolen laptop with health data of 80 to 120 employees, a risk, notified in time.
Scenario complete()
{
    Scenario s;
    Domain::Party controller;
    controller.uuid = ControllerUuid;
    controller.name = QStringLiteral("Gemeente Voorbeeld");
    s.snapshot.parties = {controller};
    Breach &b = s.breach;
    b.number = QStringLiteral("B-2026-0001");
    b.summary = QStringLiteral("Laptop stolen");
    b.detectedAt = at("2026-03-27T14:30:00+01:00");
    b.awareAt = at("2026-03-27T14:30:00+01:00");
    b.cia = {QStringLiteral("confidentiality")};
    b.dataTypes = {QStringLiteral("naw"), QStringLiteral("special")};
    b.subjectsMin = 80;
    b.subjectsMax = 120;
    b.consequences = QStringLiteral("Health data of employees may be read by the thief.");
    b.measures = QStringLiteral("Remote wipe; passwords reset.");
    b.riskLevel = QStringLiteral("risk");
    b.riskReasoning = QStringLiteral("Disk not encrypted; health data.");
    b.notifyAp = QStringLiteral("yes");
    b.apNotifiedAt = at("2026-03-28T10:00:00+01:00");
    b.apReference = QStringLiteral("M123456789");
    b.reporterName = QStringLiteral("Sanne Bakker");
    b.reporterFunction = QStringLiteral("Privacy officer");
    b.reporterPhone = QStringLiteral("+31 33 000 1299");
    s.recount();
    return s;
}

using Change = std::function<void(Scenario &)>;

} // namespace

class TestBreachChecks : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
};

void TestBreachChecks::rules_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("expected"); // "field:severity", sorted

    auto row = [](const char *name, Change change, std::initializer_list<const char *> findings) {
        QTest::newRow(name) << change << FindingKeys::expected(findings);
    };
    row("complete", [](Scenario &) {}, {});
    row("nothing said of C, I or A", [](Scenario &s) { s.breach.cia.clear(); }, {"cia:warning"});
    row("no data types", [](Scenario &s) { s.breach.dataTypes.clear(); }, {"dataTypes:warning"});
    row("no estimate", [](Scenario &s) { s.breach.subjectsMax = 0; }, {"subjectsMax:warning"});
    row("no consequences", [](Scenario &s) { s.breach.consequences.clear(); }, {"consequences:warning"});
    row("no measures", [](Scenario &s) { s.breach.measures.clear(); }, {"measures:warning"});
    row("aware later without reasoning",
        [](Scenario &s) {
            s.breach.awareAt = at("2026-03-29T10:00:00+02:00");
            s.recount();
        },
        {"awarenessReasoning:warning"});
    row("no risk assessment",
        [](Scenario &s) {
            s.breach.riskLevel.clear();
            s.breach.riskReasoning.clear();
        },
        {"riskLevel:warning"});
    row("risk without reasoning", [](Scenario &s) { s.breach.riskReasoning.clear(); }, {"riskReasoning:warning"});
    row("a risk not notified",
        [](Scenario &s) {
            s.breach.notifyAp = QStringLiteral("no");
            s.breach.notifyApReasoning = QStringLiteral("Only internal.");
            s.breach.apNotifiedAt = QDateTime();
        },
        {"notifyAp:error"});
    row("not notified without reasoning",
        [](Scenario &s) {
            s.breach.riskLevel = QStringLiteral("unlikely");
            s.breach.notifyAp = QStringLiteral("no");
            s.breach.apNotifiedAt = QDateTime();
        },
        {"notifyApReasoning:error"});
    row("unlikely and not notified, with reasoning",
        [](Scenario &s) {
            s.breach.riskLevel = QStringLiteral("unlikely");
            s.breach.notifyAp = QStringLiteral("no");
            s.breach.notifyApReasoning = QStringLiteral("The laptop was encrypted and the key is safe.");
            s.breach.apNotifiedAt = QDateTime();
        },
        {});
    row("undecided while 72 hours run",
        [](Scenario &s) {
            s.breach.notifyAp.clear();
            s.breach.apNotifiedAt = QDateTime();
            s.today = QDate(2026, 3, 28);
        },
        {"notifyAp:error"});
    row("undecided, unlikely risk",
        [](Scenario &s) {
            s.breach.notifyAp.clear();
            s.breach.apNotifiedAt = QDateTime();
            s.breach.riskLevel = QStringLiteral("unlikely");
            s.today = QDate(2026, 3, 29);
        },
        {"notifyAp:warning"});
    row("undecided after the 72 hours",
        [](Scenario &s) {
            s.breach.notifyAp.clear();
            s.breach.apNotifiedAt = QDateTime();
            s.breach.riskLevel = QStringLiteral("unlikely");
        },
        {"notifyAp:error"});
    row("closed without a decision",
        [](Scenario &s) {
            s.breach.notifyAp.clear();
            s.breach.apNotifiedAt = QDateTime();
            s.breach.riskLevel = QStringLiteral("unlikely");
            s.breach.status = QStringLiteral("closed");
        },
        {"notifyAp:error"});
    row("undecided, unlikely risk, on the last day of the 72 hours",
        [](Scenario &s) {
            s.breach.notifyAp.clear();
            s.breach.apNotifiedAt = QDateTime();
            s.breach.riskLevel = QStringLiteral("unlikely");
            s.today = QDate(2026, 3, 30);
        },
        {"notifyAp:error"});
    row("to be notified, the day before the 72 hours end",
        [](Scenario &s) {
            s.breach.apNotifiedAt = QDateTime();
            s.today = QDate(2026, 3, 29);
        },
        {});
    row("to be notified, on the day the 72 hours end",
        [](Scenario &s) {
            s.breach.apNotifiedAt = QDateTime();
            s.today = QDate(2026, 3, 30);
        },
        {"apNotifiedAt:error"});
    row("72 hours passed", [](Scenario &s) { s.breach.apNotifiedAt = QDateTime(); }, {"apNotifiedAt:error"});
    row("notified late without reasons", [](Scenario &s) { s.breach.apNotifiedAt = at("2026-04-02T10:00:00+02:00"); },
        {"delayReasons:error"});
    row("notified late with reasons",
        [](Scenario &s) {
            s.breach.apNotifiedAt = at("2026-04-02T10:00:00+02:00");
            s.breach.delayReasons = QStringLiteral("The theft was only confirmed by the police on 1 April.");
        },
        {});
    row("no AP reference", [](Scenario &s) { s.breach.apReference.clear(); }, {"apReference:warning"});
    // The AP's form asks the reporter's name, function and telephone number.
    row("notified without a reporter",
        [](Scenario &s) {
            s.breach.reporterName.clear();
            s.breach.reporterFunction.clear();
            s.breach.reporterPhone.clear();
        },
        {"reporterName:warning"});
    row("reporter without a function", [](Scenario &s) { s.breach.reporterFunction.clear(); },
        {"reporterFunction:warning"});
    row("reporter without a telephone number", [](Scenario &s) { s.breach.reporterPhone = QStringLiteral(" "); },
        {"reporterPhone:warning"});
    row("not notified, no reporter needed",
        [](Scenario &s) {
            s.breach.riskLevel = QStringLiteral("unlikely");
            s.breach.notifyAp = QStringLiteral("no");
            s.breach.notifyApReasoning = QStringLiteral("The laptop was encrypted and the key is safe.");
            s.breach.apNotifiedAt = QDateTime();
            s.breach.reporterName.clear();
        },
        {});
    row("high risk, people not told", [](Scenario &s) { s.breach.riskLevel = QStringLiteral("high"); },
        {"informSubjects:error"});
    row("high risk, people told",
        [](Scenario &s) {
            s.breach.riskLevel = QStringLiteral("high");
            s.breach.informSubjects = QStringLiteral("yes");
            s.breach.subjectsInformedAt = at("2026-03-30T09:00:00+02:00");
        },
        {});
    row("people told, no moment", [](Scenario &s) { s.breach.informSubjects = QStringLiteral("yes"); },
        {"subjectsInformedAt:warning"});
    row("exception without reasoning",
        [](Scenario &s) {
            s.breach.riskLevel = QStringLiteral("high");
            s.breach.art34Exception = QStringLiteral("unintelligible");
        },
        {"informReasoning:warning"});
    row("disproportionate without public communication",
        [](Scenario &s) {
            s.breach.riskLevel = QStringLiteral("high");
            s.breach.art34Exception = QStringLiteral("disproportionate");
            s.breach.informReasoning = QStringLiteral("No addresses of the people.");
        },
        {"informChannel:warning"});
    row("controller not told in time",
        [](Scenario &s) {
            s.breach.controllers = {{ControllerUuid, QStringLiteral("agreement"), QDateTime(), QDateTime()}};
            s.recount();
        },
        {"controllers:error"});
    row("controller told",
        [](Scenario &s) {
            s.breach.controllers = {
                {ControllerUuid, QStringLiteral("agreement"), QDateTime(), at("2026-03-28T09:00:00+01:00")}};
            s.recount();
        },
        {});
    row("controller still within the term",
        [](Scenario &s) {
            s.breach.controllers = {{ControllerUuid, QStringLiteral("agreement"), QDateTime(), QDateTime()}};
            s.recount();
            s.today = QDate(2026, 3, 28);
        },
        {});
    row("action late",
        [](Scenario &s) {
            s.breach.actions = {{QStringLiteral("Encrypt every laptop"), QStringLiteral("IT"), QDate(2026, 4, 15), {}}};
        },
        {"actions:warning"});
    row("closed with an action open",
        [](Scenario &s) {
            s.breach.status = QStringLiteral("closed");
            s.breach.actions = {{QStringLiteral("Encrypt every laptop"), QStringLiteral("IT"), QDate(2026, 6, 1), {}}};
        },
        {"actions:warning"});
}

void TestBreachChecks::rules()
{
    QFETCH(Change, change);
    QFETCH(QStringList, expected);
    Scenario scenario = complete();
    change(scenario);
    scenario.snapshot.buildIndex();
    const Domain::Findings findings = CompletenessCheck::forBreach(scenario.breach, scenario.snapshot, scenario.today);
    for (const Domain::Finding &finding : findings)
        QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.field));
    QCOMPARE(FindingKeys::of(findings), expected);
}

QTEST_GUILESS_MAIN(TestBreachChecks)
#include "tst_breachchecks.moc"
