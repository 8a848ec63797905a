// Data-subject request cases through their service, on either store: case numbers per year that
// are never reused, the three deadline dates against hand-computed tables (month ends, holidays,
// extensions, a disputed holiday), the dates following the register's settings, closing, the
// search by requester, and the purge that erases the requester's details while the statistics and
// a verifiable history stay.
#include <QSqlError>
#include <QThread>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "domain/IsoTime.h"
#include "register/CaseNumbers.h"
#include "register/RegisterSettingsService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using namespace Custodian::Register;
using Domain::RequestCase;
using RegisterTest::TestRegister;

namespace {

QDate day(const char *text)
{
    return Domain::IsoTime::parseDay(QString::fromLatin1(text));
}

RequestCase newCase(const char *received, const QStringList &rights = {QStringLiteral("access")},
                    const QString &requester = QStringLiteral("Femke de Vries"))
{
    RequestCase request;
    request.receivedOn = day(received);
    for (const QString &right : rights)
        request.rights.append({right, QStringLiteral("pending"), QString(), QString()});
    request.requesterName = requester;
    request.requesterContact = QStringLiteral("femke@example.nl");
    return request;
}

} // namespace

class TestRequestService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numbersPerYearNeverReused();
    void theFirstNumberOfAYearTwiceAtOnce();
    void deadlines_data();
    void deadlines();
    void extendingMovesTheDeadline();
    void settingsMoveTheDatesOfOpenCases();
    void closingSetsTheDay();
    void refusesWhatCannotBeTrue_data();
    void refusesWhatCannotBeTrue();
    void listsAndSearch();
    void purgeErasesTheRequesterAndKeepsTheCounts();
    void purgeDueFollowsThePeriod();
    void anActivitySearchedCannotBeDeleted();

private:
    RequestCase saved(RequestCase request)
    {
        RequestService service(m_register->database());
        Domain::Findings findings;
        const Status status = service.save(&request, &findings);
        if (!status)
            qWarning() << RegisterTest::describe(status) << findings.size()
                       << (findings.isEmpty() ? QString() : findings.constFirst().message);
        return request;
    }

    std::unique_ptr<TestRegister> m_register;
};

void TestRequestService::init()
{
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
}

void TestRequestService::cleanup()
{
    m_register.reset();
}

void TestRequestService::numbersPerYearNeverReused()
{
    const RequestCase first = saved(newCase("2026-02-01"));
    const RequestCase second = saved(newCase("2026-11-30"));
    const RequestCase older = saved(newCase("2025-12-31"));
    QCOMPARE(first.number, QStringLiteral("R-2026-0001"));
    QCOMPARE(second.number, QStringLiteral("R-2026-0002"));
    QCOMPARE(older.number, QStringLiteral("R-2025-0001"));

    // A number cannot be edited, and a deleted case's number is not given again.
    RequestService service(m_register->database());
    RequestCase edited = second;
    edited.number = QStringLiteral("R-2026-0001");
    edited.notes = QStringLiteral("Phoned back.");
    QVERIFY_OK(service.save(&edited));
    QCOMPARE(edited.number, QStringLiteral("R-2026-0002"));
    QVERIFY_OK(service.remove(second.uuid));
    QCOMPARE(saved(newCase("2026-12-01")).number, QStringLiteral("R-2026-0003"));

    // The numbers an import brought are not given again either.
    QVERIFY(m_register->exec(
        QStringLiteral("UPDATE request_case SET number = 'R-2024-0041' WHERE uuid = '%1'").arg(older.uuid)));
    QCOMPARE(saved(newCase("2024-05-01")).number, QStringLiteral("R-2024-0042"));
}

// Two colleagues log a request at the same moment, the first of a year: both get a number, one after
// the other (on a team register both insert the year's counter; the second counts on from the first).
// A register file has one writer at a time: its lock refuses the colleague.
void TestRequestService::theFirstNumberOfAYearTwiceAtOnce()
{
    if (!RegisterTest::onPostgres()) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is in use by")));
        QVERIFY(!m_register->openAgain());
        return;
    }
    QSqlDatabase &mine = m_register->database().connection();
    QVERIFY(mine.transaction());
    QString myNumber;
    QVERIFY_OK(CaseNumbers::next(mine, QStringLiteral("R"), 2031, QStringLiteral("request_case"), &myNumber));
    QCOMPARE(myNumber, QStringLiteral("R-2031-0001"));

    // The colleague's connection lives in their own thread, as a connection belongs to its thread.
    QString theirNumber;
    Status theirStatus = Status::error(Status::Code::DatabaseError, QStringLiteral("not run"));
    std::unique_ptr<QThread> colleague(QThread::create([&] {
        std::unique_ptr<Storage::Store> store = m_register->openAgain();
        if (!store)
            return;
        QSqlDatabase &theirs = store->connection();
        if (!theirs.transaction())
            return;
        theirStatus =
            CaseNumbers::next(theirs, QStringLiteral("R"), 2031, QStringLiteral("request_case"), &theirNumber);
        if (!(theirStatus ? theirs.commit() : theirs.rollback()))
            theirStatus = Status::error(Status::Code::DatabaseError, theirs.lastError().text());
    }));
    colleague->start();
    // The colleague waits for this transaction (the counter it inserted, or the file's write lock).
    QTest::qWait(700);
    QVERIFY2(!colleague->isFinished(), qPrintable(RegisterTest::describe(theirStatus)));
    QVERIFY(mine.commit());
    QVERIFY(colleague->wait(20000));
    QVERIFY_OK(theirStatus);
    QCOMPARE(theirNumber, QStringLiteral("R-2031-0002"));
    QCOMPARE(saved(newCase("2031-03-01")).number, QStringLiteral("R-2031-0003"));
}

void TestRequestService::deadlines_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("actBy");
    QTest::addColumn<QDate>("target");
    QTest::addColumn<QDate>("noticeDue");
    // Counted by hand under Reg. 1182/71 with the Dutch calendar and the default 5 working days.
    // A plain month: 15 March to 15 April; the target skips Good Friday and Easter Monday.
    QTest::newRow("mid-month") << day("2026-03-15") << false << day("2026-04-15") << day("2026-04-15")
                               << day("2026-04-08") << day("2026-04-15");
    // 31 January: February has no 31st, so its last day, a Saturday: Monday 2 March.
    QTest::newRow("month end") << day("2026-01-31") << false << day("2026-03-02") << day("2026-03-02")
                               << day("2026-02-23") << day("2026-03-02");
    // 3 April 2026 is Good Friday, which may not count (A17): act by it, due after Easter Monday.
    QTest::newRow("good friday") << day("2026-03-03") << false << day("2026-04-07") << day("2026-04-03")
                                 << day("2026-03-27") << day("2026-04-03");
    // 27 April 2026 is King's Day, a Monday: the period ends on Tuesday.
    QTest::newRow("kings day") << day("2026-03-27") << false << day("2026-04-28") << day("2026-04-28")
                               << day("2026-04-20") << day("2026-04-28");
    // Across the year: 31 January 2027 is a Sunday.
    QTest::newRow("new year") << day("2026-12-31") << false << day("2027-02-01") << day("2027-02-01")
                              << day("2027-01-25") << day("2027-02-01");
    // Extended: three months from receipt; the notice is still due at the end of the first.
    QTest::newRow("extended month end") << day("2026-01-31") << true << day("2026-04-30") << day("2026-04-30")
                                        << day("2026-04-22") << day("2026-03-02");
    QTest::newRow("extended onto a sunday") << day("2026-04-05") << true << day("2026-07-06") << day("2026-07-06")
                                            << day("2026-06-29") << day("2026-05-05");
}

void TestRequestService::deadlines()
{
    QFETCH(QDate, received);
    QFETCH(bool, extended);
    RequestCase request = newCase("2026-01-01");
    request.receivedOn = received;
    request.extended = extended;
    request = saved(request);
    QVERIFY(!request.uuid.isEmpty());
    QTEST(request.dueOn, "due");
    QTEST(request.actBy, "actBy");
    QTEST(request.targetOn, "target");
    QTEST(request.noticeDueOn, "noticeDue");
    // Stored as computed: what the lists and the dashboard read.
    RequestCase loaded;
    QVERIFY_OK(RequestService(m_register->database()).load(request.uuid, &loaded));
    QCOMPARE(loaded, request);
}

void TestRequestService::extendingMovesTheDeadline()
{
    RequestCase request = saved(newCase("2026-01-31"));
    QCOMPARE(request.actBy, day("2026-03-02"));
    // Setting the status to "extended" extends the case.
    request.status = QStringLiteral("extended");
    request.extensionReason = QStringLiteral("complexity");
    request.extensionNoticeOn = day("2026-02-20");
    request = saved(request);
    QVERIFY(request.extended);
    QCOMPARE(request.actBy, day("2026-04-30"));
    QCOMPARE(request.noticeDueOn, day("2026-03-02"));
    // The history says which dates moved.
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("request"), request.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().changes.value(QStringLiteral("actBy")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("2026-04-30"));
}

void TestRequestService::settingsMoveTheDatesOfOpenCases()
{
    const RequestCase open = saved(newCase("2026-03-15"));
    RequestCase closed = newCase("2026-03-15");
    closed.status = QStringLiteral("answered");
    closed.responseOn = day("2026-04-01");
    closed = saved(closed);
    QCOMPARE(open.targetOn, day("2026-04-08"));

    RegisterSettingsService settings(m_register->database());
    RegisterSettings values;
    QVERIFY_OK(settings.load(&values));
    values.internalMarginWorkingDays = 2;
    // A decree day on the last day of the period moves it on.
    values.extraHolidays.append({QString(), day("2026-04-15"), QStringLiteral("Decree day")});
    QVERIFY_OK(settings.save(values));

    RequestService service(m_register->database());
    RequestCase reloaded;
    QVERIFY_OK(service.load(open.uuid, &reloaded));
    QCOMPARE(reloaded.dueOn, day("2026-04-16"));
    QCOMPARE(reloaded.actBy, day("2026-04-16"));
    QCOMPARE(reloaded.targetOn, day("2026-04-13")); // two working days before, past the decree day
    QCOMPARE(reloaded.rowVersion, open.rowVersion); // derived dates, not an edit of the case
    // A closed case keeps the dates it was answered against.
    QVERIFY_OK(service.load(closed.uuid, &reloaded));
    QCOMPARE(reloaded.dueOn, day("2026-04-15"));
    QCOMPARE(reloaded.targetOn, day("2026-04-08"));
}

void TestRequestService::closingSetsTheDay()
{
    RequestCase request = saved(newCase("2026-03-15"));
    QVERIFY(!request.closedOn.isValid());
    request.status = QStringLiteral("answered");
    request.responseOn = day("2026-04-02");
    request = saved(request);
    QCOMPARE(request.closedOn, day("2026-04-02"));
    // Reopened: no longer closed.
    request.status = QStringLiteral("in_progress");
    request = saved(request);
    QVERIFY(!request.closedOn.isValid());
    // Withdrawn without an answer: closed today.
    request.status = QStringLiteral("withdrawn");
    request.responseOn = QDate();
    request = saved(request);
    QCOMPARE(request.closedOn, QDate::currentDate());
}

void TestRequestService::refusesWhatCannotBeTrue_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("no right") << "no right"
                              << "rights";
    QTest::newRow("no receipt") << "no receipt"
                                << "receivedOn";
    QTest::newRow("unknown right") << "unknown right"
                                   << "rights";
    QTest::newRow("right twice") << "right twice"
                                 << "rights";
    QTest::newRow("notice before receipt") << "notice before receipt"
                                           << "extensionNoticeOn";
    QTest::newRow("answer before receipt") << "answer before receipt"
                                           << "responseOn";
    QTest::newRow("copy destroyed before received") << "copy destroyed early"
                                                    << "verifications";
    QTest::newRow("unknown channel") << "unknown channel"
                                     << "channel";
}

void TestRequestService::refusesWhatCannotBeTrue()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    RequestCase request = newCase("2026-03-15");
    if (what == QLatin1String("no right"))
        request.rights.clear();
    else if (what == QLatin1String("no receipt"))
        request.receivedOn = QDate();
    else if (what == QLatin1String("unknown right"))
        request.rights.append({QStringLiteral("complaint"), QStringLiteral("pending"), QString(), QString()});
    else if (what == QLatin1String("right twice"))
        request.rights.append(request.rights.constFirst());
    else if (what == QLatin1String("notice before receipt"))
        request.extensionNoticeOn = day("2026-03-14");
    else if (what == QLatin1String("answer before receipt"))
        request.responseOn = day("2026-03-01");
    else if (what == QLatin1String("copy destroyed early"))
        request.verifications.append({day("2026-03-20"), QStringLiteral("ID shown"), true, day("2026-03-19")});
    else if (what == QLatin1String("unknown channel"))
        request.channel = QStringLiteral("pigeon");
    const qint64 before = m_register->auditCount();
    Domain::Findings findings;
    const Status status = RequestService(m_register->database()).save(&request, &findings);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&field](const Domain::Finding &f) {
        return f.field == field && f.severity == Domain::Finding::Severity::Error;
    }));
    QCOMPARE(m_register->auditCount(), before);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM request_case")), 0);
}

void TestRequestService::listsAndSearch()
{
    const RequestCase late = saved(newCase("2026-01-10", {QStringLiteral("erasure")}, QStringLiteral("Jan Jansen")));
    const RequestCase soon = saved(newCase("2026-03-15", {QStringLiteral("access")}, QStringLiteral("Femke de Vries")));
    RequestCase done = newCase("2026-02-01", {QStringLiteral("access")}, QStringLiteral("FEMKE DE VRIES"));
    done.status = QStringLiteral("answered");
    done.responseOn = day("2026-02-20");
    done = saved(done);

    RequestService service(m_register->database());
    QList<RequestCase> cases;
    QVERIFY_OK(service.listOpen(&cases));
    QCOMPARE(cases.size(), 2);
    QCOMPARE(cases.at(0).uuid, late.uuid); // the most urgent first
    QCOMPARE(cases.at(1).uuid, soon.uuid);
    QCOMPARE(cases.at(0).rightCodes(), QStringList{QStringLiteral("erasure")});
    QVERIFY_OK(service.listByStatus({QStringLiteral("answered")}, &cases));
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).uuid, done.uuid);
    QVERIFY_OK(service.listByStatus({}, &cases));
    QCOMPARE(cases.size(), 3);

    // Every case of one requester, whatever the case of the letters; a % in the text is a %.
    QVERIFY_OK(service.findByRequester(QStringLiteral("femke de"), &cases));
    QCOMPARE(cases.size(), 2);
    QVERIFY_OK(service.findByRequester(QStringLiteral("example.nl"), &cases));
    QCOMPARE(cases.size(), 3);
    QVERIFY_OK(service.findByRequester(QStringLiteral("%"), &cases));
    QCOMPARE(cases.size(), 0);
}

void TestRequestService::purgeErasesTheRequesterAndKeepsTheCounts()
{
    RequestService service(m_register->database());
    RequestCase open = saved(newCase("2026-03-15"));
    QCOMPARE(service.purge(open.uuid).code(), Status::Code::InvalidInput); // open cases are not purged

    RequestCase request = newCase("2026-01-10", {QStringLiteral("access"), QStringLiteral("erasure")});
    request.scope = QStringLiteral("Camera images of 3 January");
    request.notes = QStringLiteral("Called from 06-12345678");
    // A column of an imported list no field takes may hold the requester's details: sealed in the
    // history as the case's other lists, and erased with them.
    request.extraFields = {
        {QStringLiteral("custodian"), QStringLiteral("Aanvrager"), QStringLiteral("Femke de Vries")}};
    request = saved(request);
    request.status = QStringLiteral("answered");
    request.responseOn = day("2026-02-01");
    request.rights[0].outcome = QStringLiteral("granted");
    request.rights[1].outcome = QStringLiteral("granted");
    request = saved(request);

    QVERIFY_OK(service.purge(request.uuid));
    RequestCase purged;
    QVERIFY_OK(service.load(request.uuid, &purged));
    QVERIFY(purged.isPurged());
    QVERIFY(purged.requesterName.isEmpty());
    QVERIFY(purged.requesterContact.isEmpty());
    QVERIFY(purged.scope.isEmpty());
    QVERIFY(purged.notes.isEmpty());
    QVERIFY(purged.extraFields.isEmpty());
    // The statistics stay: number, dates, rights and outcomes.
    QCOMPARE(purged.number, request.number);
    QCOMPARE(purged.receivedOn, request.receivedOn);
    QCOMPARE(purged.responseOn, request.responseOn);
    QCOMPARE(purged.dueOn, request.dueOn);
    QCOMPARE(purged.rights, request.rights);

    // The history no longer reads the requester's details, and the chain still verifies.
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("request"), request.uuid);
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.constFirst().changes.value(QStringLiteral("requesterName")).toObject(),
             (QJsonObject{{QStringLiteral("erased"), true}}));
    QCOMPARE(entries.constLast().action, AuditLog::Action::Erase);
    QSqlQuery query(m_register->db());
    QVERIFY(query.exec(QStringLiteral("SELECT changes FROM audit_log")));
    while (query.next())
        QVERIFY2(!query.value(0).toString().contains(QLatin1String("Femke")), qPrintable(query.value(0).toString()));
    QVERIFY(Storage::HistoryChain::verify(m_register->db()).ok);

    // A purged case is not found by name, and stays empty when edited again.
    QList<RequestCase> found;
    QVERIFY_OK(service.findByRequester(QStringLiteral("Femke"), &found));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().uuid, open.uuid);
    purged.requesterName = QStringLiteral("Femke again");
    purged.notes = QStringLiteral("Follow-up");
    QVERIFY_OK(service.save(&purged));
    QVERIFY(purged.requesterName.isEmpty());
    QVERIFY(purged.notes.isEmpty());
    // A second purge changes nothing.
    const qint64 count = m_register->auditCount();
    QVERIFY_OK(service.purge(request.uuid));
    QCOMPARE(m_register->auditCount(), count);
}

void TestRequestService::purgeDueFollowsThePeriod()
{
    auto closedCase = [this](const char *received, const char *answered) {
        RequestCase request = newCase(received);
        request.status = QStringLiteral("answered");
        request.responseOn = day(answered);
        return saved(request);
    };
    const RequestCase old = closedCase("2025-01-05", "2025-01-30");
    const RequestCase recent = closedCase("2025-11-01", "2025-11-20");
    const RequestCase open = saved(newCase("2025-01-05"));
    RequestService service(m_register->database());
    int purged = 0;
    QVERIFY_OK(service.purgeDue(day("2026-01-30"), 12, &purged));
    QCOMPARE(purged, 1);
    RequestCase loaded;
    QVERIFY_OK(service.load(old.uuid, &loaded));
    QVERIFY(loaded.isPurged());
    QVERIFY_OK(service.load(recent.uuid, &loaded));
    QVERIFY(!loaded.isPurged());
    QVERIFY_OK(service.load(open.uuid, &loaded));
    QVERIFY(!loaded.isPurged());
    QVERIFY_OK(service.purgeDue(day("2026-01-30"), 12, &purged));
    QCOMPARE(purged, 0);
    QVERIFY_OK(service.purgeDue(day("2026-01-30"), 2, &purged));
    QCOMPARE(purged, 1);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM request_case WHERE purged_on IS NOT NULL")), 2);
}

void TestRequestService::anActivitySearchedCannotBeDeleted()
{
    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Camera surveillance");
    ActivityService activities(m_register->database());
    QVERIFY_OK(activities.save(&activity));
    RequestCase request = newCase("2026-03-15");
    request.activities = {activity.uuid};
    request = saved(request);
    QCOMPARE(request.activities, QStringList{activity.uuid});
    const Status status = activities.remove(activity.uuid);
    QVERIFY(!status);
    QVERIFY2(status.message().contains(request.number), qPrintable(status.message()));
}

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"
