// The 72-hour breach clock (GDPR art. 33(1)): elapsed time from the moment of awareness, through nights, weekends,
// holidays and daylight-saving changes. Times are in Europe/Amsterdam, given explicitly so the test does not
// depend on the machine's zone. EU summer time starts on the last Sunday of March at 01:00 UTC (02:00 -> 03:00
// in Amsterdam) and ends on the last Sunday of October at 01:00 UTC (03:00 -> 02:00): 29 March and 25 October in
// 2026, 30 March and 26 October in 2025. Expected values worked out by hand via UTC.

#include "clocks/Deadlines.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Custodian::Clocks;

namespace {

const QTimeZone &amsterdam()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

constexpr int CET = 3600;
constexpr int CEST = 7200;

} // namespace

class TestBreachClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void breachDeadline_data();
    void breachDeadline();
    void keepsTheWayTheStartWasExpressed();
    void localTime();
    void otherHourPeriods();
    void explanation();
    void invalidInput();
};

void TestBreachClock::initTestCase()
{
    QVERIFY2(amsterdam().isValid(), "tzdata for Europe/Amsterdam is missing");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestBreachClock::breachDeadline_data()
{
    QTest::addColumn<QDateTime>("aware");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<int>("dueOffset");
    const auto at = [](int y, int mo, int d, int h, int mi, int s = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), amsterdam());
    };

    // Spring 2026: Fri 27 Mar 10:00 CET = 09:00 UTC; + 72 h = Mon 30 Mar 09:00 UTC = 11:00 CEST.
    QTest::newRow("2026 spring, across the change") << at(2026, 3, 27, 10, 0) << at(2026, 3, 30, 11, 0) << CEST;
    // Sat 28 Mar 01:30 CET = 00:30 UTC -> Tue 31 Mar 00:30 UTC = 02:30 CEST.
    QTest::newRow("2026 spring, night before") << at(2026, 3, 28, 1, 30) << at(2026, 3, 31, 2, 30) << CEST;
    // Sun 29 Mar 01:59 CET, a minute before the change = 00:59 UTC -> Wed 1 Apr 00:59 UTC = 02:59 CEST.
    QTest::newRow("2026 spring, just before the change") << at(2026, 3, 29, 1, 59) << at(2026, 4, 1, 2, 59) << CEST;
    // Sun 29 Mar 03:30 CEST, just after: no change inside the period, same clock time.
    QTest::newRow("2026 spring, just after the change") << at(2026, 3, 29, 3, 30) << at(2026, 4, 1, 3, 30) << CEST;
    // Autumn 2026: Fri 23 Oct 10:00 CEST = 08:00 UTC -> Mon 26 Oct 08:00 UTC = 09:00 CET.
    QTest::newRow("2026 autumn, across the change") << at(2026, 10, 23, 10, 0) << at(2026, 10, 26, 9, 0) << CET;
    // Sat 24 Oct 23:00 CEST = 21:00 UTC -> Tue 27 Oct 21:00 UTC = 22:00 CET.
    QTest::newRow("2026 autumn, evening before") << at(2026, 10, 24, 23, 0) << at(2026, 10, 27, 22, 0) << CET;
    // Spring 2025: Fri 28 Mar 15:45 CET = 14:45 UTC -> Mon 31 Mar 14:45 UTC = 16:45 CEST.
    QTest::newRow("2025 spring, across the change") << at(2025, 3, 28, 15, 45) << at(2025, 3, 31, 16, 45) << CEST;
    // Autumn 2025: Fri 24 Oct 09:15 CEST = 07:15 UTC -> Mon 27 Oct 07:15 UTC = 08:15 CET.
    QTest::newRow("2025 autumn, across the change") << at(2025, 10, 24, 9, 15) << at(2025, 10, 27, 8, 15) << CET;
    // New Year: no change of offset, three calendar days later.
    QTest::newRow("across New Year") << at(2026, 12, 30, 15, 30) << at(2027, 1, 2, 15, 30) << CET;
    QTest::newRow("New Year's Eve, last second") << at(2026, 12, 31, 23, 59, 59) << at(2027, 1, 3, 23, 59, 59) << CET;
    // Holidays and weekends do not stop or move the clock: Good Friday to Easter Monday 2026.
    QTest::newRow("Good Friday to Easter Monday") << at(2026, 4, 3, 9, 0) << at(2026, 4, 6, 9, 0) << CEST;
    QTest::newRow("Christmas Eve to Sunday") << at(2026, 12, 24, 17, 0) << at(2026, 12, 27, 17, 0) << CET;
    // 29 February counts as a day like any other.
    QTest::newRow("leap year") << at(2028, 2, 27, 12, 0) << at(2028, 3, 1, 12, 0) << CET;
    QTest::newRow("non-leap year") << at(2027, 2, 26, 12, 0) << at(2027, 3, 1, 12, 0) << CET;
    QTest::newRow("summer, no change") << at(2026, 7, 1, 8, 0) << at(2026, 7, 4, 8, 0) << CEST;
}

void TestBreachClock::breachDeadline()
{
    QFETCH(QDateTime, aware);
    QFETCH(QDateTime, due);
    QFETCH(int, dueOffset);
    const Deadline deadline = breachNotificationDeadline(aware);
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline.rule(), Deadline::Rule::Hours);
    QCOMPARE(deadline.purpose(), Deadline::Purpose::BreachNotification);
    QCOMPARE(deadline.length(), 72);
    QCOMPARE(deadline.isoPeriod(), QStringLiteral("PT72H"));
    QCOMPARE(deadline.eventMoment(), aware);
    QCOMPARE(deadline.dueMoment(), due);
    QCOMPARE(deadline.dueMoment().date(), due.date());
    QCOMPARE(deadline.dueMoment().time(), due.time());
    QCOMPARE(deadline.dueMoment().offsetFromUtc(), dueOffset);
    QCOMPARE(deadline.dueMoment().timeZone(), amsterdam());
    QCOMPARE(deadline.due(), due.date());
    QCOMPARE(aware.secsTo(deadline.dueMoment()), qint64(72 * 3600));
    QVERIFY(deadline.skippedDays().isEmpty());
    QVERIFY(!deadline.internalTarget().isValid()); // no working-day margin on an hour clock
}

void TestBreachClock::keepsTheWayTheStartWasExpressed()
{
    // UTC in, UTC out.
    const QDateTime utc(QDate(2026, 3, 27), QTime(9, 0), Qt::UTC);
    const QDateTime utcDue = breachNotificationDeadline(utc).dueMoment();
    QCOMPARE(utcDue.timeSpec(), Qt::UTC);
    QCOMPARE(utcDue, QDateTime(QDate(2026, 3, 30), QTime(9, 0), Qt::UTC));
    // A fixed offset stays fixed: 10:00+01:00 on 27 March -> 10:00+01:00 on 30 March (which is 11:00 CEST).
    const QDateTime fixed(QDate(2026, 3, 27), QTime(10, 0), Qt::OffsetFromUTC, CET);
    const QDateTime fixedDue = breachNotificationDeadline(fixed).dueMoment();
    QCOMPARE(fixedDue.offsetFromUtc(), CET);
    QCOMPARE(fixedDue.date(), QDate(2026, 3, 30));
    QCOMPARE(fixedDue.time(), QTime(10, 0));
    QCOMPARE(fixedDue, QDateTime(QDate(2026, 3, 30), QTime(11, 0), amsterdam()));
}

void TestBreachClock::localTime()
{
    // The machine's zone, whatever it is: the deadline is 72 real hours later, expressed in local time.
    const QDateTime aware(QDate(2026, 3, 27), QTime(10, 0), Qt::LocalTime);
    const QDateTime due = breachNotificationDeadline(aware).dueMoment();
    QCOMPARE(due.timeSpec(), Qt::LocalTime);
    QCOMPARE(aware.secsTo(due), qint64(72 * 3600));
    QCOMPARE(due.toUTC(), aware.toUTC().addSecs(72 * 3600));
}

void TestBreachClock::otherHourPeriods()
{
    // 24 hours from Sat 28 Mar 2026 12:00 CET: the night loses an hour, so Sun 29 Mar 13:00 CEST.
    const QDateTime start(QDate(2026, 3, 28), QTime(12, 0), amsterdam());
    const Deadline day = addHours(start, 24);
    QCOMPARE(day.purpose(), Deadline::Purpose::Period);
    QCOMPARE(day.dueMoment(), QDateTime(QDate(2026, 3, 29), QTime(13, 0), amsterdam()));
    QCOMPARE(day.dueMoment().time(), QTime(13, 0));
    // 24 hours from Sat 24 Oct 2026 12:00 CEST: the night gains an hour, so Sun 25 Oct 11:00 CET.
    const Deadline autumn = addHours(QDateTime(QDate(2026, 10, 24), QTime(12, 0), amsterdam()), 24);
    QCOMPARE(autumn.dueMoment().time(), QTime(11, 0));
    QCOMPARE(autumn.dueMoment().offsetFromUtc(), CET);
}

void TestBreachClock::explanation()
{
    const Deadline deadline = breachNotificationDeadline(QDateTime(QDate(2026, 3, 27), QTime(10, 0), amsterdam()));
    const QString text = deadline.explanation();
    QVERIFY2(text.contains(QStringLiteral("33(1)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("72")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("+01:00")) && text.contains(QStringLiteral("+02:00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("daylight-saving")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QDate(2026, 3, 30), QLocale::LongFormat)), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Internal target")), qPrintable(text));

    // Without a change of offset the explanation does not mention one.
    const QString summer =
        breachNotificationDeadline(QDateTime(QDate(2026, 7, 1), QTime(8, 0), amsterdam())).explanation();
    QVERIFY2(!summer.contains(QStringLiteral("changes from")), qPrintable(summer));
}

void TestBreachClock::invalidInput()
{
    QVERIFY(!breachNotificationDeadline(QDateTime()).isValid());
    QVERIFY(!addHours(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 0).isValid());
}

QTEST_GUILESS_MAIN(TestBreachClock)
#include "tst_breachclock.moc"
