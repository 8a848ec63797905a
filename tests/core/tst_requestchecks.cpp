// The completeness rules of request cases (DOMAIN-REVIEW I.1), one row each: a complete answered
// access case raises nothing, and each change of it raises exactly the findings listed.
#include <QtTest>

#include <functional>

#include "FindingKeys.h"
#include "clocks/HolidayCalendar.h"
#include "domain/IsoTime.h"
#include "register/Completeness.h"

using namespace Custodian;
using Domain::RequestCase;
using Register::CompletenessCheck;
using Register::RegisterSnapshot;

namespace {

QDate day(const char *text)
{
    return Domain::IsoTime::parseDay(QString::fromLatin1(text));
}

const QString ActivityUuid = QStringLiteral("0f5e8a4c-1111-4c3e-9d5e-0b6f3a1c8e01");
const QString PartyUuid = QStringLiteral("0f5e8a4c-2222-4c3e-9d5e-0b6f3a1c8e01");

struct Scenario
{
    RequestCase request;
    RegisterSnapshot snapshot;
    QDate today = day("2026-05-01");

    void recount()
    {
        const std::optional<Clocks::HolidayCalendar> calendar = Clocks::HolidayCalendar::load(QStringLiteral("NL"));
        request.setDeadlines(*calendar, 5);
    }
    void addRight(const char *right, const char *outcome)
    {
        request.rights.append({QLatin1String(right), QLatin1String(outcome), QString(), QString()});
    }
};

// An access request of 15 March 2026 (due 15 April), answered in full on 1 April.
Scenario complete()
{
    Scenario s;
    Domain::ProcessingActivity activity;
    activity.uuid = ActivityUuid;
    activity.name = QStringLiteral("Customer service");
    s.snapshot.activities = {activity};
    RequestCase &r = s.request;
    r.uuid = QStringLiteral("0f5e8a4c-3333-4c3e-9d5e-0b6f3a1c8e01");
    r.number = QStringLiteral("R-2026-0001");
    r.receivedOn = day("2026-03-15");
    r.requesterName = QStringLiteral("Femke de Vries");
    r.status = QStringLiteral("answered");
    r.responseOn = day("2026-04-01");
    r.responseMethod = QStringLiteral("email_secure");
    s.addRight("access", "granted");
    r.accessElements = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                        QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                        QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("copy")};
    r.activities = {ActivityUuid};
    s.recount();
    return s;
}

void refuseAccess(Scenario &s, bool withGround, bool withReasoning, bool remedies)
{
    s.request.rights[0].outcome = QStringLiteral("refused");
    if (withGround)
        s.request.rights[0].restriction = QStringLiteral("art15_4");
    if (withReasoning)
        s.request.rights[0].reasoning = QStringLiteral("The file holds the medical data of a colleague.");
    s.request.remediesNotice = remedies;
}

void processorActivity(Scenario &s)
{
    Domain::Recipient processor;
    processor.kind = QStringLiteral("processor");
    processor.partyUuid = PartyUuid;
    s.snapshot.activities[0].recipients.append(processor);
}

using Change = std::function<void(Scenario &)>;

} // namespace

class TestRequestChecks : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
};

void TestRequestChecks::rules_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("expected"); // "field:severity", sorted

    auto row = [](const char *name, Change change, std::initializer_list<const char *> findings) {
        QTest::newRow(name) << change << FindingKeys::expected(findings);
    };
    row("complete", [](Scenario &) {}, {});
    row("overdue",
        [](Scenario &s) {
            s.request.status = QStringLiteral("in_progress");
            s.request.responseOn = QDate();
        },
        {"dueOn:error"});
    row("open and on time",
        [](Scenario &s) {
            s.request.status = QStringLiteral("in_progress");
            s.request.responseOn = QDate();
            s.today = day("2026-04-15");
        },
        {});
    row("extended without a reason",
        [](Scenario &s) {
            s.request.extended = true;
            s.request.extensionNoticeOn = day("2026-03-20");
            s.recount();
        },
        {"extensionReason:error"});
    row("extension notice missing after the first month",
        [](Scenario &s) {
            s.request.status = QStringLiteral("extended");
            s.request.extended = true;
            s.request.extensionReason = QStringLiteral("complexity");
            s.request.responseOn = QDate();
            s.recount();
        },
        {"extensionNoticeOn:error"});
    row("extension notice still to send",
        [](Scenario &s) {
            s.request.status = QStringLiteral("extended");
            s.request.extended = true;
            s.request.extensionReason = QStringLiteral("number");
            s.request.responseOn = QDate();
            s.today = day("2026-04-10");
            s.recount();
        },
        {"extensionNoticeOn:warning"});
    row("extension notice too late",
        [](Scenario &s) {
            s.request.extended = true;
            s.request.extensionReason = QStringLiteral("both");
            s.request.extensionNoticeOn = day("2026-04-20");
            s.recount();
        },
        {"extensionNoticeOn:error"});
    row("refused without a ground or remedies", [](Scenario &s) { refuseAccess(s, false, false, false); },
        {"rights:error", "remediesNotice:error"});
    row("refused without remedies", [](Scenario &s) { refuseAccess(s, true, true, false); }, {"remediesNotice:error"});
    row("ground without reasoning", [](Scenario &s) { refuseAccess(s, true, false, true); }, {"rights:warning"});
    row("refused with ground and remedies", [](Scenario &s) { refuseAccess(s, true, true, true); }, {});
    row("case refused without a refused right",
        [](Scenario &s) {
            s.request.status = QStringLiteral("refused");
            s.request.remediesNotice = true;
        },
        {"rights:error"});
    row("case refused under Art. 12(5)",
        [](Scenario &s) {
            s.request.status = QStringLiteral("refused");
            s.request.art12_5 = QStringLiteral("refusal");
            s.request.art12_5Reasoning = QStringLiteral("The twelfth identical request in a month.");
            s.request.remediesNotice = true;
        },
        {});
    row("direct marketing objection refused",
        [](Scenario &s) {
            s.request.rights = {{QStringLiteral("objection_marketing"), QStringLiteral("refused"),
                                 QStringLiteral("art21_1"), QStringLiteral("Customer relationship")}};
            s.request.remediesNotice = true;
        },
        {"rights:error"});
    row("Art. 12(5) without reasoning",
        [](Scenario &s) {
            s.request.art12_5 = QStringLiteral("fee");
            s.request.fee = QStringLiteral("EUR 10");
        },
        {"art12_5Reasoning:error"});
    row("fee without amount",
        [](Scenario &s) {
            s.request.art12_5 = QStringLiteral("fee");
            s.request.art12_5Reasoning = QStringLiteral("The fourth identical request this month.");
        },
        {"fee:warning"});
    row("answered without the day", [](Scenario &s) { s.request.responseOn = QDate(); }, {"responseOn:error"});
    row("answered late", [](Scenario &s) { s.request.responseOn = day("2026-04-20"); }, {"responseOn:warning"});
    row("access answer incomplete",
        [](Scenario &s) {
            s.request.accessElements.removeAll(QStringLiteral("h"));
            s.request.accessElements.removeAll(QStringLiteral("copy"));
        },
        {"accessElements:warning"});
    row("transfers need Art. 15(2)", [](Scenario &s) { s.snapshot.activities[0].transfers.append(Domain::Transfer()); },
        {"accessElements:warning"});
    row("a right still pending", [](Scenario &s) { s.addRight("rectification", "pending"); }, {"rights:warning"});
    row("erasure without Art. 19", [](Scenario &s) { s.addRight("erasure", "granted"); }, {"recipients:warning"});
    row("Art. 19 impossible without reasoning",
        [](Scenario &s) {
            s.addRight("erasure", "granted");
            s.request.recipientsImpossible = true;
        },
        {"recipientsReasoning:warning"});
    row("processor not instructed",
        [](Scenario &s) {
            processorActivity(s);
            s.addRight("erasure", "granted");
            s.request.recipients = {{PartyUuid, day("2026-03-30"), QString()}};
        },
        {"processors:warning"});
    row("processor instructed",
        [](Scenario &s) {
            processorActivity(s);
            s.addRight("erasure", "granted");
            s.request.recipients = {{PartyUuid, day("2026-03-30"), QString()}};
            s.request.processors = {{PartyUuid, day("2026-03-25"), QString()}};
        },
        {});
    row("representative without mandate",
        [](Scenario &s) {
            s.request.requesterRole = QStringLiteral("representative");
            s.request.representativeName = QStringLiteral("Mr. P. Bakker, lawyer");
        },
        {"mandate:warning"});
    row("representative unnamed",
        [](Scenario &s) {
            s.request.requesterRole = QStringLiteral("representative");
            s.request.mandate = QStringLiteral("power_of_attorney");
        },
        {"representativeName:warning"});
    row("identity document copy kept",
        [](Scenario &s) {
            s.request.verifications = {
                {day("2026-03-16"), QStringLiteral("Copy of passport, photo shielded"), true, {}}};
        },
        {"verifications:warning"});
    row("identity document copy destroyed",
        [](Scenario &s) {
            s.request.verifications = {
                {day("2026-03-16"), QStringLiteral("Copy of passport, photo shielded"), true, day("2026-03-17")}};
        },
        {});
    row("doubt without reasoning", [](Scenario &s) { s.request.identityDoubt = true; }, {"identityReasoning:warning"});
    row("no activity searched", [](Scenario &s) { s.request.activities.clear(); }, {"activities:warning"});
    row("no requester", [](Scenario &s) { s.request.requesterName.clear(); }, {"requesterName:warning"});
    row("purged",
        [](Scenario &s) {
            s.request.requesterName.clear();
            s.request.purgedOn = day("2027-04-01");
        },
        {});
    row("withdrawn",
        [](Scenario &s) {
            s.request.status = QStringLiteral("withdrawn");
            s.request.responseOn = QDate();
            s.request.rights[0].outcome = QStringLiteral("pending");
            s.request.activities.clear();
        },
        {});
}

void TestRequestChecks::rules()
{
    QFETCH(Change, change);
    QFETCH(QStringList, expected);
    Scenario scenario = complete();
    change(scenario);
    scenario.snapshot.buildIndex();
    const Domain::Findings findings =
        CompletenessCheck::forRequest(scenario.request, scenario.snapshot, scenario.today);
    for (const Domain::Finding &finding : findings)
        QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.field));
    QCOMPARE(FindingKeys::of(findings), expected);
}

QTEST_GUILESS_MAIN(TestRequestChecks)
#include "tst_requestchecks.moc"
