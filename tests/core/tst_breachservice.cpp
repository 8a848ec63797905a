// The breach register through its service, on either store: numbers per year of awareness, the
// 72 hours as elapsed time through a daylight-saving change, the controllers' moments from the
// agreement's term where the organisation is the processor, closing, and what cannot be saved.
#include <QtTest>

#include "RegisterTestSupport.h"
#include "domain/IsoTime.h"
#include "register/Services.h"
#include "storage/ChangeHub.h"

using namespace Custodian;
using namespace Custodian::Register;
using Domain::Breach;
using RegisterTest::TestRegister;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Breach newBreach(const char *aware, const char *summary = "Laptop with the HR files stolen from a car")
{
    Breach breach;
    breach.awareAt = at(aware);
    breach.summary = QString::fromUtf8(summary);
    return breach;
}

} // namespace

class TestBreachService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numbersPerYearOfAwareness();
    void seventyTwoHoursThroughDaylightSaving();
    void controllersFromTheAgreementsTerm();
    void closingSetsTheDay();
    void refusesWhatCannotBeTrue_data();
    void refusesWhatCannotBeTrue();
    void childListsRoundTrip();

private:
    Breach saved(Breach breach)
    {
        Domain::Findings findings;
        const Status status = BreachService(m_register->database()).save(&breach, &findings);
        if (!status)
            qWarning() << RegisterTest::describe(status)
                       << (findings.isEmpty() ? QString() : findings.constFirst().message);
        return breach;
    }

    std::unique_ptr<TestRegister> m_register;
};

void TestBreachService::init()
{
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
}

void TestBreachService::cleanup()
{
    m_register.reset();
}

void TestBreachService::numbersPerYearOfAwareness()
{
    QCOMPARE(saved(newBreach("2026-03-27T14:30:00+01:00")).number, QStringLiteral("B-2026-0001"));
    QCOMPARE(saved(newBreach("2026-06-01T09:00:00+02:00")).number, QStringLiteral("B-2026-0002"));
    QCOMPARE(saved(newBreach("2025-11-03T08:00:00Z")).number, QStringLiteral("B-2025-0001"));
    // Requests count on their own.
    Domain::RequestCase request;
    request.receivedOn = QDate(2026, 3, 1);
    request.rights = {{QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()}};
    QVERIFY_OK(RequestService(m_register->database()).save(&request));
    QCOMPARE(request.number, QStringLiteral("R-2026-0001"));
}

void TestBreachService::seventyTwoHoursThroughDaylightSaving()
{
    // Aware on Friday 27 March 2026 at 14:30 CET; the clocks go forward on Sunday 29 March. 72 hours
    // of elapsed time end on Monday 30 March at 13:30 UTC, 15:30 CEST.
    const Breach breach = saved(newBreach("2026-03-27T14:30:00+01:00"));
    QCOMPARE(breach.notifyBy, at("2026-03-30T13:30:00Z"));
    Breach loaded;
    QVERIFY_OK(BreachService(m_register->database()).load(breach.uuid, &loaded));
    QCOMPARE(loaded.notifyBy, at("2026-03-30T13:30:00Z"));
    QCOMPARE(loaded.awareAt, at("2026-03-27T13:30:00Z"));
    QVERIFY(loaded.isNotificationOverdue(at("2026-03-30T13:30:01Z")));
    QVERIFY(!loaded.isNotificationOverdue(at("2026-03-30T13:29:59Z")));
    loaded.notifyAp = QStringLiteral("no");
    QVERIFY(!loaded.isNotificationOverdue(at("2026-04-30T00:00:00Z")));
}

void TestBreachService::controllersFromTheAgreementsTerm()
{
    Domain::Party controller;
    controller.name = QStringLiteral("Gemeente Voorbeeld");
    controller.roles = {QStringLiteral("controller")};
    QVERIFY_OK(PartyService(m_register->database()).save(&controller));
    Domain::Agreement agreement;
    agreement.title = QStringLiteral("Processing agreement with the municipality");
    agreement.controllerUuid = controller.uuid;
    agreement.breachNoticeHours = 24;
    AgreementService agreements(m_register->database());
    QVERIFY_OK(agreements.save(&agreement));
    Domain::Agreement reloaded;
    QVERIFY_OK(agreements.load(agreement.uuid, &reloaded));
    QCOMPARE(reloaded.breachNoticeHours, 24);

    Breach breach = newBreach("2026-10-24T22:00:00+02:00");
    breach.controllers = {{controller.uuid, agreement.uuid, QDateTime(), QDateTime()},
                          {controller.uuid, QString(), QDateTime(), QDateTime()}};
    breach = saved(breach);
    QCOMPARE(breach.controllers.size(), 2);
    // 24 hours through the night the clocks go back: 20:00 UTC to 20:00 UTC.
    QCOMPARE(breach.controllers.at(0).dueAt, at("2026-10-25T20:00:00Z"));
    QVERIFY(!breach.controllers.at(1).dueAt.isValid()); // no agreement, no term
    Breach loaded;
    QVERIFY_OK(BreachService(m_register->database()).load(breach.uuid, &loaded));
    QCOMPARE(loaded.controllers, breach.controllers);

    // The agreement's term changes: the open breach's moment moves with it, and the breaches are
    // announced as changed after the agreement (lists and the check read them again).
    QSignalSpy announced(&m_register->database().changes(), &Storage::ChangeHub::changed);
    agreement.breachNoticeHours = 48;
    QVERIFY_OK(agreements.save(&agreement));
    QVERIFY_OK(BreachService(m_register->database()).load(breach.uuid, &loaded));
    QCOMPARE(loaded.controllers.at(0).dueAt, at("2026-10-26T20:00:00Z"));
    QVERIFY(!loaded.controllers.at(1).dueAt.isValid());
    QCOMPARE(announced.size(), 2);
    QCOMPARE(announced.at(0).at(0).value<Domain::EntityKind>(), Domain::EntityKind::Agreement);
    QCOMPARE(announced.at(1).at(0).value<Domain::EntityKind>(), Domain::EntityKind::Breach);
    QCOMPARE(announced.at(1).at(1).toString(), QString());
    // Another change of the agreement moves nothing and announces the agreement alone.
    announced.clear();
    agreement.title = QStringLiteral("Processing agreement with the municipality (2026)");
    QVERIFY_OK(agreements.save(&agreement));
    QCOMPARE(announced.size(), 1);
}

void TestBreachService::closingSetsTheDay()
{
    Breach breach = saved(newBreach("2026-03-27T14:30:00+01:00"));
    breach.status = QStringLiteral("closed");
    breach.closedBy = QStringLiteral("A. de Jong, DPO");
    breach = saved(breach);
    QCOMPARE(breach.closedOn, QDate::currentDate());
    breach.status = QStringLiteral("open");
    breach = saved(breach);
    QVERIFY(!breach.closedOn.isValid());
    QVERIFY(breach.closedBy.isEmpty());
}

void TestBreachService::refusesWhatCannotBeTrue_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("no summary") << "no summary"
                                << "summary";
    QTest::newRow("no awareness") << "no awareness"
                                  << "awareAt";
    QTest::newRow("aware before discovered") << "aware early"
                                             << "awareAt";
    QTest::newRow("ended before it began") << "ended early"
                                           << "occurredTo";
    QTest::newRow("estimate upside down") << "estimate"
                                          << "subjectsMin";
    QTest::newRow("unknown risk") << "unknown risk"
                                  << "riskLevel";
    QTest::newRow("unknown data type") << "unknown data type"
                                       << "dataTypes";
    QTest::newRow("action without description") << "empty action"
                                                << "actions";
}

void TestBreachService::refusesWhatCannotBeTrue()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    Breach breach = newBreach("2026-03-27T14:30:00+01:00");
    if (what == QLatin1String("no summary"))
        breach.summary = QStringLiteral("  ");
    else if (what == QLatin1String("no awareness"))
        breach.awareAt = QDateTime();
    else if (what == QLatin1String("aware early"))
        breach.detectedAt = at("2026-03-28T09:00:00+01:00");
    else if (what == QLatin1String("ended early")) {
        breach.occurredFrom = at("2026-03-20T09:00:00+01:00");
        breach.occurredTo = at("2026-03-19T09:00:00+01:00");
    } else if (what == QLatin1String("estimate")) {
        breach.subjectsMin = 500;
        breach.subjectsMax = 50;
    } else if (what == QLatin1String("unknown risk"))
        breach.riskLevel = QStringLiteral("medium");
    else if (what == QLatin1String("unknown data type"))
        breach.dataTypes = {QStringLiteral("shoe sizes")};
    else if (what == QLatin1String("empty action"))
        breach.actions = {{QString(), QStringLiteral("IT"), QDate(2026, 4, 1), QDate()}};
    const qint64 before = m_register->auditCount();
    Domain::Findings findings;
    const Status status = BreachService(m_register->database()).save(&breach, &findings);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&field](const Domain::Finding &f) {
        return f.field == field && f.severity == Domain::Finding::Severity::Error;
    }));
    QCOMPARE(m_register->auditCount(), before);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM breach")), 0);
}

void TestBreachService::childListsRoundTrip()
{
    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Personnel files");
    QVERIFY_OK(ActivityService(m_register->database()).save(&activity));
    Breach breach = newBreach("2026-03-27T14:30:00+01:00");
    breach.cia = {QStringLiteral("confidentiality"), QStringLiteral("availability")};
    breach.effects = {QStringLiteral("stolen")};
    breach.dataTypes = {QStringLiteral("naw"), QStringLiteral("bsn"), QStringLiteral("id_copy")};
    breach.specialCategories = {QStringLiteral("health")};
    breach.vulnerableGroups = {QStringLiteral("employees")};
    breach.harms = {QStringLiteral("identity_fraud")};
    breach.activities = {activity.uuid};
    breach.subjectsMin = 80;
    breach.subjectsMax = 120;
    breach.actions = {{QStringLiteral("Wipe the laptop remotely"), QStringLiteral("IT"), QDate(2026, 3, 28), QDate()}};
    breach = saved(breach);
    QVERIFY(!breach.uuid.isEmpty());
    Breach loaded;
    QVERIFY_OK(BreachService(m_register->database()).load(breach.uuid, &loaded));
    QCOMPARE(loaded.toJson(), breach.toJson());
    QCOMPARE(loaded, breach);
    QVERIFY(!ActivityService(m_register->database()).remove(activity.uuid)); // still referred to
}

QTEST_GUILESS_MAIN(TestBreachService)
#include "tst_breachservice.moc"
