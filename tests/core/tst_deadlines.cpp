// Periods in months and days (Regulation 1182/71) and the internal target date. Every expected value was worked out
// by hand from the rules, with weekdays checked with `date`, not taken from the code under test.
//
// Skipped days are written as one letter per day from the raw end onwards: S Saturday, U Sunday, H public holiday
// (also when the holiday is on a weekend), M a working day passed over for Reg. 1182/71 art. 3(5). NL holidays used
// below: Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2030-04-21, 2032-03-28; King's Day is Saturday
// 26 April in 2025 and 2031 because 27 April is a Sunday.

#include "clocks/Deadlines.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Custodian::Clocks;

namespace {

HolidayCalendar dutchCalendar()
{
    QString error;
    const auto calendar = HolidayCalendar::load(QStringLiteral("NL"), &error);
    if (!calendar)
        qFatal("cannot load NL: %s", qPrintable(error));
    return *calendar;
}

HolidayCalendar calendarFor(const QString &code)
{
    const auto calendar = HolidayCalendar::load(code);
    if (!calendar)
        qFatal("cannot load %s", qPrintable(code));
    return *calendar;
}

// Checks the raw end, the skipped days (one letter each, see above) and the due date of a date period.
void checkPeriod(const Deadline &deadline, QDate rawEnd, const QString &skipped, QDate due)
{
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline.rawEnd(), rawEnd);
    QCOMPARE(deadline.due(), due);
    const QList<Deadline::SkippedDay> days = deadline.skippedDays();
    QCOMPARE(days.size(), skipped.size());
    for (qsizetype i = 0; i < days.size(); ++i) {
        QCOMPARE(days.at(i).date, rawEnd.addDays(i));
        Deadline::SkipReason expected = Deadline::SkipReason::Saturday;
        switch (skipped.at(i).unicode()) {
        case 'S':
            expected = Deadline::SkipReason::Saturday;
            break;
        case 'U':
            expected = Deadline::SkipReason::Sunday;
            break;
        case 'H':
            expected = Deadline::SkipReason::PublicHoliday;
            QVERIFY(!days.at(i).holidays.isEmpty());
            QVERIFY(!days.at(i).holidayName().isEmpty());
            break;
        case 'M':
            expected = Deadline::SkipReason::TooFewWorkingDays;
            break;
        default:
            QFAIL("bad letter in the test table");
        }
        QCOMPARE(days.at(i).reason, expected);
    }
    QCOMPARE(rawEnd.addDays(skipped.size()), due); // the skipped days run from the raw end to the day before due
}

void addPeriodColumns()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<QDate>("rawEnd");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QDate>("due");
}

void addRow(const char *name, QDate event, QDate rawEnd, const char *skipped, QDate due)
{
    QTest::newRow(name) << event << rawEnd << QString::fromLatin1(skipped) << due;
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void requestDeadline_data();
    void requestDeadline();
    void extendedRequestDeadline_data();
    void extendedRequestDeadline();
    void extensionNoticeIsTheFirstDeadline_data();
    void extensionNoticeIsTheFirstDeadline();
    void monthsInvariantsOverSixteenYears();
    void actByCountsDisputedHolidaysAsWorkingDays();
    void longerMonthPeriods_data();
    void longerMonthPeriods();

    void dayPeriods_data();
    void dayPeriods();
    void otherCalendars_data();
    void otherCalendars();
    void decreeDayExtendsAChain();

    void internalTarget_data();
    void internalTarget();
    void internalTargetOfADeadline();
    void internalTargetNotBeforeTheEvent();

    void holidayNamesInSkippedDays();
    void explanation();
    void explanationOfAShortMonth();
    void ruleTexts();
    void invalidInput();
};

void TestDeadlines::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDeadlines::requestDeadline_data()
{
    addPeriodColumns();
    // The last day of every month of 2026, received.
    addRow("2026-01-31: no 31 February, Sat 28 Feb -> Mon 2 Mar", QDate(2026, 1, 31), QDate(2026, 2, 28), "SU",
           QDate(2026, 3, 2));
    addRow("2026-02-28: Sat 28 Mar -> Mon 30 Mar", QDate(2026, 2, 28), QDate(2026, 3, 28), "SU", QDate(2026, 3, 30));
    addRow("2026-03-31: no 31 April, Thu 30 Apr", QDate(2026, 3, 31), QDate(2026, 4, 30), "", QDate(2026, 4, 30));
    addRow("2026-04-30: Sat 30 May -> Mon 1 Jun", QDate(2026, 4, 30), QDate(2026, 5, 30), "SU", QDate(2026, 6, 1));
    addRow("2026-05-31: no 31 June, Tue 30 Jun", QDate(2026, 5, 31), QDate(2026, 6, 30), "", QDate(2026, 6, 30));
    addRow("2026-06-30: Thu 30 Jul", QDate(2026, 6, 30), QDate(2026, 7, 30), "", QDate(2026, 7, 30));
    addRow("2026-07-31: Mon 31 Aug", QDate(2026, 7, 31), QDate(2026, 8, 31), "", QDate(2026, 8, 31));
    addRow("2026-08-31: no 31 September, Wed 30 Sep", QDate(2026, 8, 31), QDate(2026, 9, 30), "", QDate(2026, 9, 30));
    addRow("2026-09-30: Fri 30 Oct", QDate(2026, 9, 30), QDate(2026, 10, 30), "", QDate(2026, 10, 30));
    addRow("2026-10-31: no 31 November, Mon 30 Nov", QDate(2026, 10, 31), QDate(2026, 11, 30), "", QDate(2026, 11, 30));
    addRow("2026-11-30: Wed 30 Dec", QDate(2026, 11, 30), QDate(2026, 12, 30), "", QDate(2026, 12, 30));
    addRow("2026-12-31: Sun 31 Jan 2027 -> Mon 1 Feb", QDate(2026, 12, 31), QDate(2027, 1, 31), "U", QDate(2027, 2, 1));
    // The reference's own examples.
    addRow("2026-03-15: Wed 15 Apr", QDate(2026, 3, 15), QDate(2026, 4, 15), "", QDate(2026, 4, 15));
    addRow("2026-02-15: Sun 15 Mar -> Mon 16 Mar", QDate(2026, 2, 15), QDate(2026, 3, 15), "U", QDate(2026, 3, 16));

    // 29 February in leap and non-leap years.
    addRow("2024-01-29: Thu 29 Feb (leap)", QDate(2024, 1, 29), QDate(2024, 2, 29), "", QDate(2024, 2, 29));
    addRow("2024-01-30: no 30 Feb, Thu 29 Feb", QDate(2024, 1, 30), QDate(2024, 2, 29), "", QDate(2024, 2, 29));
    addRow("2024-01-31: no 31 Feb, Thu 29 Feb", QDate(2024, 1, 31), QDate(2024, 2, 29), "", QDate(2024, 2, 29));
    addRow("2023-01-29: no 29 Feb, Tue 28 Feb", QDate(2023, 1, 29), QDate(2023, 2, 28), "", QDate(2023, 2, 28));
    addRow("2025-01-29: no 29 Feb, Fri 28 Feb", QDate(2025, 1, 29), QDate(2025, 2, 28), "", QDate(2025, 2, 28));
    addRow("2028-01-31: no 31 Feb, Tue 29 Feb (leap)", QDate(2028, 1, 31), QDate(2028, 2, 29), "", QDate(2028, 2, 29));
    addRow("2000-01-31: Tue 29 Feb (leap, divisible by 400)", QDate(2000, 1, 31), QDate(2000, 2, 29), "",
           QDate(2000, 2, 29));
    addRow("2100-01-31: Sun 28 Feb (2100 is no leap year) -> Mon 1 Mar", QDate(2100, 1, 31), QDate(2100, 2, 28), "U",
           QDate(2100, 3, 1));
    addRow("2024-02-29: Good Friday 29 Mar, Easter weekend, Easter Monday -> Tue 2 Apr", QDate(2024, 2, 29),
           QDate(2024, 3, 29), "HSUH", QDate(2024, 4, 2));

    // Every Dutch holiday as the last day, in several years, and chains of weekends and holidays.
    addRow("2026-03-03: Good Friday 3 Apr .. Easter Monday 6 Apr -> Tue 7 Apr", QDate(2026, 3, 3), QDate(2026, 4, 3),
           "HSUH", QDate(2026, 4, 7));
    addRow("2026-03-06: Easter Monday 6 Apr -> Tue 7 Apr", QDate(2026, 3, 6), QDate(2026, 4, 6), "H",
           QDate(2026, 4, 7));
    addRow("2026-03-27: King's Day Mon 27 Apr -> Tue 28 Apr", QDate(2026, 3, 27), QDate(2026, 4, 27), "H",
           QDate(2026, 4, 28));
    addRow("2026-04-05: Liberation Day Tue 5 May -> Wed 6 May", QDate(2026, 4, 5), QDate(2026, 5, 5), "H",
           QDate(2026, 5, 6));
    addRow("2026-04-14: Ascension Day Thu 14 May -> Fri 15 May", QDate(2026, 4, 14), QDate(2026, 5, 14), "H",
           QDate(2026, 5, 15));
    addRow("2026-04-25: Whit Monday 25 May -> Tue 26 May", QDate(2026, 4, 25), QDate(2026, 5, 25), "H",
           QDate(2026, 5, 26));
    addRow("2026-04-26: received on a Sunday, Tue 26 May", QDate(2026, 4, 26), QDate(2026, 5, 26), "",
           QDate(2026, 5, 26));
    addRow("2026-11-25: Christmas Fri 25 Dec, Boxing Day Sat 26, Sun 27 -> Mon 28 Dec", QDate(2026, 11, 25),
           QDate(2026, 12, 25), "HHU", QDate(2026, 12, 28));
    addRow("2026-12-01: New Year's Day Fri 1 Jan 2027, weekend -> Mon 4 Jan", QDate(2026, 12, 1), QDate(2027, 1, 1),
           "HSU", QDate(2027, 1, 4));
    addRow("2026-12-25: received on Christmas Day, Mon 25 Jan", QDate(2026, 12, 25), QDate(2027, 1, 25), "",
           QDate(2027, 1, 25));
    addRow("2025-03-26: King's Day Sat 26 Apr, Sun 27 Apr -> Mon 28 Apr", QDate(2025, 3, 26), QDate(2025, 4, 26), "HU",
           QDate(2025, 4, 28));
    addRow("2031-03-26: King's Day Sat 26 Apr, Sun 27 Apr -> Mon 28 Apr", QDate(2031, 3, 26), QDate(2031, 4, 26), "HU",
           QDate(2031, 4, 28));
    addRow("2024-03-27: King's Day Sat 27 Apr, Sun 28 Apr -> Mon 29 Apr", QDate(2024, 3, 27), QDate(2024, 4, 27), "HU",
           QDate(2024, 4, 29));
    addRow("2023-03-27: King's Day Thu 27 Apr -> Fri 28 Apr", QDate(2023, 3, 27), QDate(2023, 4, 27), "H",
           QDate(2023, 4, 28));
    addRow("2027-11-25: Christmas Sat 25 Dec, Boxing Day Sun 26 -> Mon 27 Dec", QDate(2027, 11, 25),
           QDate(2027, 12, 25), "HH", QDate(2027, 12, 27));
    addRow("2021-11-25: Christmas Sat 25 Dec, Boxing Day Sun 26 -> Mon 27 Dec", QDate(2021, 11, 25),
           QDate(2021, 12, 25), "HH", QDate(2021, 12, 27));
    addRow("2022-11-26: Boxing Day Mon 26 Dec -> Tue 27 Dec", QDate(2022, 11, 26), QDate(2022, 12, 26), "H",
           QDate(2022, 12, 27));
    addRow("2027-02-26: Good Friday 26 Mar .. Easter Monday 29 Mar -> Tue 30 Mar", QDate(2027, 2, 26),
           QDate(2027, 3, 26), "HSUH", QDate(2027, 3, 30));
    addRow("2030-03-19: Good Friday 19 Apr .. Easter Monday 22 Apr -> Tue 23 Apr", QDate(2030, 3, 19),
           QDate(2030, 4, 19), "HSUH", QDate(2030, 4, 23));
    addRow("2032-02-26: Good Friday 26 Mar .. Easter Monday 29 Mar -> Tue 30 Mar", QDate(2032, 2, 26),
           QDate(2032, 3, 26), "HSUH", QDate(2032, 3, 30));
    addRow("2034-03-10: Easter Monday 10 Apr -> Tue 11 Apr", QDate(2034, 3, 10), QDate(2034, 4, 10), "H",
           QDate(2034, 4, 11));
    addRow("2020-04-21: Ascension Day Thu 21 May -> Fri 22 May", QDate(2020, 4, 21), QDate(2020, 5, 21), "H",
           QDate(2020, 5, 22));
    addRow("2028-04-25: Ascension Day Thu 25 May -> Fri 26 May", QDate(2028, 4, 25), QDate(2028, 5, 25), "H",
           QDate(2028, 5, 26));
    addRow("2035-04-03: Ascension Day Thu 3 May -> Fri 4 May", QDate(2035, 4, 3), QDate(2035, 5, 3), "H",
           QDate(2035, 5, 4));
    addRow("2029-04-21: Whit Monday 21 May -> Tue 22 May", QDate(2029, 4, 21), QDate(2029, 5, 21), "H",
           QDate(2029, 5, 22));
    addRow("2033-05-06: Whit Monday 6 Jun -> Tue 7 Jun", QDate(2033, 5, 6), QDate(2033, 6, 6), "H", QDate(2033, 6, 7));
}

void TestDeadlines::requestDeadline()
{
    QFETCH(QDate, event);
    QFETCH(QDate, rawEnd);
    QFETCH(QString, skipped);
    QFETCH(QDate, due);
    const Deadline deadline = Custodian::Clocks::requestDeadline(event, false, dutchCalendar());
    checkPeriod(deadline, rawEnd, skipped, due);
    QCOMPARE(deadline.rule(), Deadline::Rule::Months);
    QCOMPARE(deadline.purpose(), Deadline::Purpose::Request);
    QCOMPARE(deadline.length(), 1);
    QCOMPARE(deadline.isoPeriod(), QStringLiteral("P1M"));
    QCOMPARE(deadline.eventDate(), event);
    QCOMPARE(deadline.calendarCode(), QStringLiteral("NL"));
    // addMonths gives the same dates; requestDeadline only names the purpose.
    checkPeriod(addMonths(event, 1, dutchCalendar()), rawEnd, skipped, due);
}

void TestDeadlines::extendedRequestDeadline_data()
{
    addPeriodColumns();
    addRow("2026-01-31: no 31 April, Thu 30 Apr", QDate(2026, 1, 31), QDate(2026, 4, 30), "", QDate(2026, 4, 30));
    addRow("2026-01-27: King's Day Mon 27 Apr -> Tue 28 Apr", QDate(2026, 1, 27), QDate(2026, 4, 27), "H",
           QDate(2026, 4, 28));
    addRow("2025-11-30: no 30 Feb, Sat 28 Feb 2026 -> Mon 2 Mar", QDate(2025, 11, 30), QDate(2026, 2, 28), "SU",
           QDate(2026, 3, 2));
    addRow("2025-12-31: Tue 31 Mar", QDate(2025, 12, 31), QDate(2026, 3, 31), "", QDate(2026, 3, 31));
    addRow("2026-02-14: Ascension Day Thu 14 May -> Fri 15 May", QDate(2026, 2, 14), QDate(2026, 5, 14), "H",
           QDate(2026, 5, 15));
    addRow("2026-05-31: Mon 31 Aug", QDate(2026, 5, 31), QDate(2026, 8, 31), "", QDate(2026, 8, 31));
    addRow("2026-09-25: Christmas Fri 25 Dec .. Sun 27 -> Mon 28 Dec", QDate(2026, 9, 25), QDate(2026, 12, 25), "HHU",
           QDate(2026, 12, 28));
    addRow("2026-10-01: New Year's Day Fri 1 Jan 2027 -> Mon 4 Jan", QDate(2026, 10, 1), QDate(2027, 1, 1), "HSU",
           QDate(2027, 1, 4));
    addRow("2026-11-30: no 30 Feb, Sun 28 Feb 2027 -> Mon 1 Mar", QDate(2026, 11, 30), QDate(2027, 2, 28), "U",
           QDate(2027, 3, 1));
    addRow("2026-12-31: Wed 31 Mar 2027", QDate(2026, 12, 31), QDate(2027, 3, 31), "", QDate(2027, 3, 31));
    addRow("2023-11-29: Thu 29 Feb 2024 (leap)", QDate(2023, 11, 29), QDate(2024, 2, 29), "", QDate(2024, 2, 29));
    addRow("2023-11-30: no 30 Feb, Thu 29 Feb 2024", QDate(2023, 11, 30), QDate(2024, 2, 29), "", QDate(2024, 2, 29));
    addRow("2024-11-30: no 29 or 30 Feb, Fri 28 Feb 2025", QDate(2024, 11, 30), QDate(2025, 2, 28), "",
           QDate(2025, 2, 28));
    addRow("2024-12-29: Sat 29 Mar 2025 -> Mon 31 Mar", QDate(2024, 12, 29), QDate(2025, 3, 29), "SU",
           QDate(2025, 3, 31));
    addRow("2025-01-18: Good Friday 18 Apr .. Easter Monday 21 Apr -> Tue 22 Apr", QDate(2025, 1, 18),
           QDate(2025, 4, 18), "HSUH", QDate(2025, 4, 22));
}

void TestDeadlines::extendedRequestDeadline()
{
    QFETCH(QDate, event);
    QFETCH(QDate, rawEnd);
    QFETCH(QString, skipped);
    QFETCH(QDate, due);
    const Deadline deadline = Custodian::Clocks::requestDeadline(event, true, dutchCalendar());
    checkPeriod(deadline, rawEnd, skipped, due);
    QCOMPARE(deadline.purpose(), Deadline::Purpose::ExtendedRequest);
    QCOMPARE(deadline.length(), 3);
    QCOMPARE(deadline.isoPeriod(), QStringLiteral("P3M"));
}

void TestDeadlines::extensionNoticeIsTheFirstDeadline_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("noticeDue");
    QTest::addColumn<QDate>("extendedDue");
    QTest::newRow("2026-01-31") << QDate(2026, 1, 31) << QDate(2026, 3, 2) << QDate(2026, 4, 30);
    QTest::newRow("2025-12-31: Sat 31 Jan -> Mon 2 Feb; 31 Mar")
        << QDate(2025, 12, 31) << QDate(2026, 2, 2) << QDate(2026, 3, 31);
    QTest::newRow("2026-03-03: Easter; 3 Jun") << QDate(2026, 3, 3) << QDate(2026, 4, 7) << QDate(2026, 6, 3);
}

void TestDeadlines::extensionNoticeIsTheFirstDeadline()
{
    QFETCH(QDate, received);
    QFETCH(QDate, noticeDue);
    QFETCH(QDate, extendedDue);
    const HolidayCalendar calendar = dutchCalendar();
    const Deadline notice = extensionNoticeDue(received, calendar);
    QCOMPARE(notice.due(), noticeDue);
    QCOMPARE(notice.purpose(), Deadline::Purpose::ExtensionNotice);
    QCOMPARE(notice.due(), Custodian::Clocks::requestDeadline(received, false, calendar).due());
    QCOMPARE(Custodian::Clocks::requestDeadline(received, true, calendar).due(), extendedDue);
}

void TestDeadlines::monthsInvariantsOverSixteenYears()
{
    // Properties that must hold for every receipt day from 2020 to 2035, under both the one- and three-month rules.
    const HolidayCalendar calendar = dutchCalendar();
    const HolidayCalendar narrow = calendar.withoutDisputed();
    int earlier = 0;
    for (QDate received(2020, 1, 1); received <= QDate(2035, 12, 31); received = received.addDays(1)) {
        for (const int months : {1, 3}) {
            const Deadline deadline = addMonths(received, months, calendar);
            const QDate raw = deadline.rawEnd();
            // Art. 3(2)(c): same day number in the month `months` later, or that month's last day.
            const QDate firstOfMonth = QDate(received.year(), received.month(), 1).addMonths(months);
            QCOMPARE(raw.year(), firstOfMonth.year());
            QCOMPARE(raw.month(), firstOfMonth.month());
            QCOMPARE(raw.day(), qMin(received.day(), firstOfMonth.daysInMonth()));
            // Art. 3(4): the due day is the first working day on or after the raw end.
            QVERIFY(calendar.isWorkingDay(deadline.due()));
            for (QDate day = raw; day < deadline.due(); day = day.addDays(1))
                QVERIFY(!calendar.isWorkingDay(day));
            // A run of non-working days is at most four long in the Dutch calendar (Good Friday .. Easter Monday).
            QVERIFY(raw.daysTo(deadline.due()) <= 4);
            // The day to act by (A17, DECISIONS.md): never later than the statutory date; the same count on the
            // calendar without its disputed days; earlier only because of a disputed holiday.
            QVERIFY(deadline.actBy() <= deadline.due());
            QCOMPARE(deadline.actBy(), addMonths(received, months, narrow).due());
            QCOMPARE(deadline.actBy() < deadline.due(), !deadline.disputedDays().isEmpty());
            if (deadline.actBy() < deadline.due())
                ++earlier;
            // The target is five working days before the day to act by: exactly five working days in
            // [target, act by).
            int workingDays = 0;
            for (QDate day = deadline.internalTarget(); day < deadline.actBy(); day = day.addDays(1))
                workingDays += calendar.isWorkingDay(day) ? 1 : 0;
            QCOMPARE(workingDays, 5);
            QVERIFY(calendar.isWorkingDay(deadline.internalTarget()));
        }
    }
    // Good Friday and Liberation Day move an end only when they fall on it or right after a weekend: a few receipt
    // days a year (63 over these sixteen years and two periods).
    QVERIFY2(earlier > 30 && earlier < 300, qPrintable(QString::number(earlier)));
}

void TestDeadlines::actByCountsDisputedHolidaysAsWorkingDays()
{
    const HolidayCalendar calendar = dutchCalendar();
    QVERIFY(calendar.hasDisputedDays());
    QVERIFY(!calendar.withoutDisputed().hasDisputedDays());
    QVERIFY(calendar.isHoliday(QDate(2026, 4, 3)));                            // Good Friday
    QVERIFY(!calendar.withoutDisputed().isHoliday(QDate(2026, 4, 3)));         // ... on the narrow reading
    QVERIFY(calendar.withoutDisputed().isHoliday(QDate(2026, 4, 6)));          // Easter Monday is not disputed
    QVERIFY(calendar.holidaysOn(QDate(2026, 5, 5)).constFirst().isDisputed()); // Liberation Day

    // The review's example: received Tue 3 Mar 2026, one month ends Fri 3 Apr, Good Friday. The statutory date on
    // the Algemene termijnenwet list is Tue 7 Apr; the day to act by is Fri 3 Apr.
    const Deadline request = Custodian::Clocks::requestDeadline(QDate(2026, 3, 3), false, calendar);
    QCOMPARE(request.due(), QDate(2026, 4, 7));
    QCOMPARE(request.actBy(), QDate(2026, 4, 3));
    QCOMPARE(request.disputedDays().size(), 1);
    QCOMPARE(request.disputedDays().constFirst().id(), QStringLiteral("good-friday"));
    QCOMPARE(request.internalTarget(), QDate(2026, 3, 27));
    QVERIFY(request.explanation().contains(QStringLiteral("Act by")));

    // A period whose end is moved by an undisputed holiday only: the two dates are the same day.
    const Deadline christmas = addDays(QDate(2026, 12, 10), 15, calendar);
    QCOMPARE(christmas.due(), QDate(2026, 12, 28));
    QCOMPARE(christmas.actBy(), christmas.due());
    QVERIFY(christmas.disputedDays().isEmpty());
    QVERIFY(!christmas.explanation().contains(QStringLiteral("Act by")));

    // A calendar without disputed days, and hours, have no separate act-by date.
    const Deadline belgian =
        Custodian::Clocks::requestDeadline(QDate(2026, 3, 3), false, calendarFor(QStringLiteral("BE")));
    QCOMPARE(belgian.actBy(), belgian.due());
    const Deadline breach = breachNotificationDeadline(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(breach.actBy(), breach.dueMoment().date());

    // A calendar file says "disputed" as a boolean, or not at all.
    QString error;
    const QByteArray bad = R"({"format": 1, "code": "XX", "name": {"en": "X"}, "source": {"en": "X"},
        "holidays": [{"id": "d", "rule": "fixed", "month": 1, "day": 2, "name": {"en": "D"}, "disputed": "yes"}]})";
    QVERIFY(!HolidayCalendar::fromJson(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("disputed")), qPrintable(error));
}

void TestDeadlines::longerMonthPeriods_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("rawEnd");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QDate>("due");
    // 12 months from 29 February 2024: February 2025 has no 29th -> Fri 28 Feb 2025.
    QTest::newRow("12 months from 2024-02-29")
        << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28) << QString() << QDate(2025, 2, 28);
    // 6 months from 31 August 2026: no 31 February -> Sun 28 Feb 2027 -> Mon 1 Mar.
    QTest::newRow("6 months from 2026-08-31")
        << QDate(2026, 8, 31) << 6 << QDate(2027, 2, 28) << QStringLiteral("U") << QDate(2027, 3, 1);
    // 14 months from 5 March 2025: Tue 5 May 2026, Liberation Day -> Wed 6 May.
    QTest::newRow("14 months from 2025-03-05")
        << QDate(2025, 3, 5) << 14 << QDate(2026, 5, 5) << QStringLiteral("H") << QDate(2026, 5, 6);
}

void TestDeadlines::longerMonthPeriods()
{
    QFETCH(QDate, event);
    QFETCH(int, months);
    QFETCH(QDate, rawEnd);
    QFETCH(QString, skipped);
    QFETCH(QDate, due);
    const Deadline deadline = addMonths(event, months, dutchCalendar());
    QCOMPARE(deadline.purpose(), Deadline::Purpose::Period);
    QCOMPARE(deadline.length(), months);
    checkPeriod(deadline, rawEnd, skipped, due);
}

void TestDeadlines::dayPeriods_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("rawEnd");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QDate>("due");
    const auto row = [](const char *name, QDate event, int days, QDate rawEnd, const char *skipped, QDate due) {
        QTest::newRow(name) << event << days << rawEnd << QString::fromLatin1(skipped) << due;
    };
    // Day 1 is the day after the event (art. 3(1)); the period ends at the end of day N (art. 3(2)(b)).
    row("14 days from Fri 2026-01-09: Fri 23 Jan", QDate(2026, 1, 9), 14, QDate(2026, 1, 23), "", QDate(2026, 1, 23));
    row("10 days from 2026-03-24: Good Friday .. Easter Monday -> Tue 7 Apr", QDate(2026, 3, 24), 10, QDate(2026, 4, 3),
        "HSUH", QDate(2026, 4, 7));
    row("5 days from 2026-03-24: Sun 29 Mar -> Mon 30 Mar", QDate(2026, 3, 24), 5, QDate(2026, 3, 29), "U",
        QDate(2026, 3, 30));
    row("5 days from 2026-04-20: Sat 25, Sun 26, King's Day Mon 27 -> Tue 28 Apr", QDate(2026, 4, 20), 5,
        QDate(2026, 4, 25), "SUH", QDate(2026, 4, 28));
    row("5 days from 2026-04-30: Liberation Day Tue 5 May -> Wed 6 May", QDate(2026, 4, 30), 5, QDate(2026, 5, 5), "H",
        QDate(2026, 5, 6));
    row("15 days from 2026-04-29: Ascension Day Thu 14 May -> Fri 15 May", QDate(2026, 4, 29), 15, QDate(2026, 5, 14),
        "H", QDate(2026, 5, 15));
    row("14 days from 2026-12-11: Christmas Fri 25 .. Sun 27 -> Mon 28 Dec", QDate(2026, 12, 11), 14,
        QDate(2026, 12, 25), "HHU", QDate(2026, 12, 28));
    row("30 days from 2026-12-02: New Year Fri 1 Jan 2027 -> Mon 4 Jan", QDate(2026, 12, 2), 30, QDate(2027, 1, 1),
        "HSU", QDate(2027, 1, 4));
    row("30 days from 2026-01-30: Sun 1 Mar -> Mon 2 Mar", QDate(2026, 1, 30), 30, QDate(2026, 3, 1), "U",
        QDate(2026, 3, 2));
    row("30 days from 2026-02-27: Sun 29 Mar -> Mon 30 Mar", QDate(2026, 2, 27), 30, QDate(2026, 3, 29), "U",
        QDate(2026, 3, 30));
    row("30 days from 2026-10-15: Sat 14 Nov -> Mon 16 Nov", QDate(2026, 10, 15), 30, QDate(2026, 11, 14), "SU",
        QDate(2026, 11, 16));
    row("1 day from 2024-02-28: Thu 29 Feb", QDate(2024, 2, 28), 1, QDate(2024, 2, 29), "", QDate(2024, 2, 29));
    row("1 day from Fri 2026-01-02: Sat 3 -> Mon 5 Jan", QDate(2026, 1, 2), 1, QDate(2026, 1, 3), "SU",
        QDate(2026, 1, 5));
    // A one-day period needs no two working days (art. 3(5) is for two days or more).
    row("1 day from 2025-12-31: New Year's Day -> Fri 2 Jan", QDate(2025, 12, 31), 1, QDate(2026, 1, 1), "H",
        QDate(2026, 1, 2));
    // Art. 3(5): two days or more include at least two working days.
    row("2 days from Thu 2026-01-08: Fri 9 and Mon 12 are two working days", QDate(2026, 1, 8), 2, QDate(2026, 1, 10),
        "SU", QDate(2026, 1, 12));
    row("2 days from Wed 2026-04-01: Thu 2 and Tue 7 are two working days", QDate(2026, 4, 1), 2, QDate(2026, 4, 3),
        "HSUH", QDate(2026, 4, 7));
    row("2 days from Wed 2026-12-23: Thu 24 and Mon 28 are two working days", QDate(2026, 12, 23), 2,
        QDate(2026, 12, 25), "HHU", QDate(2026, 12, 28));
    // Fri 1 Jan holiday, Sat 2: moved to Mon 4, which is the only working day, so art. 3(5) runs on to Tue 5.
    row("2 days from Thu 2026-12-31: art. 3(5) -> Tue 5 Jan", QDate(2026, 12, 31), 2, QDate(2027, 1, 2), "SUM",
        QDate(2027, 1, 5));
    row("3 days from Thu 2026-12-31: art. 3(5) -> Tue 5 Jan", QDate(2026, 12, 31), 3, QDate(2027, 1, 3), "UM",
        QDate(2027, 1, 5));
    // Fri 25 Christmas, Sat 26 Boxing Day: moved to Mon 28, the only working day -> Tue 29.
    row("2 days from Thu 2026-12-24: art. 3(5) -> Tue 29 Dec", QDate(2026, 12, 24), 2, QDate(2026, 12, 26), "HUM",
        QDate(2026, 12, 29));
    // Sat 25, Sun 26, King's Day Mon 27: moved to Tue 28, the only working day -> Wed 29.
    row("3 days from Fri 2026-04-24: art. 3(5) -> Wed 29 Apr", QDate(2026, 4, 24), 3, QDate(2026, 4, 27), "HM",
        QDate(2026, 4, 29));
}

void TestDeadlines::dayPeriods()
{
    QFETCH(QDate, event);
    QFETCH(int, days);
    QFETCH(QDate, rawEnd);
    QFETCH(QString, skipped);
    QFETCH(QDate, due);
    const Deadline deadline = addDays(event, days, dutchCalendar());
    checkPeriod(deadline, rawEnd, skipped, due);
    QCOMPARE(deadline.rule(), Deadline::Rule::Days);
    QCOMPARE(deadline.length(), days);
    QCOMPARE(deadline.isoPeriod(), QStringLiteral("P%1D").arg(days));
}

void TestDeadlines::otherCalendars_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    // Tue 21 July 2026 is the Belgian National Day, an ordinary day in the Netherlands.
    QTest::newRow("BE 5 days from 2026-07-16") << QStringLiteral("BE") << QDate(2026, 7, 16) << 5 << QDate(2026, 7, 22);
    QTest::newRow("NL 5 days from 2026-07-16") << QStringLiteral("NL") << QDate(2026, 7, 16) << 5 << QDate(2026, 7, 21);
    // Good Friday 3 April 2026 is no Belgian holiday; Easter Monday 6 April is.
    QTest::newRow("BE 10 days from 2026-03-24")
        << QStringLiteral("BE") << QDate(2026, 3, 24) << 10 << QDate(2026, 4, 3);
    QTest::newRow("BE 11 days from 2026-03-24")
        << QStringLiteral("BE") << QDate(2026, 3, 24) << 11 << QDate(2026, 4, 7);
    // Wed 11 November 2026, Armistice Day in Belgium.
    QTest::newRow("BE 31 days from 2026-10-11")
        << QStringLiteral("BE") << QDate(2026, 10, 11) << 31 << QDate(2026, 11, 12);
    QTest::newRow("NL 31 days from 2026-10-11")
        << QStringLiteral("NL") << QDate(2026, 10, 11) << 31 << QDate(2026, 11, 11);
}

void TestDeadlines::otherCalendars()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, event);
    QFETCH(int, days);
    QFETCH(QDate, due);
    const Deadline deadline = addDays(event, days, calendarFor(calendar));
    QCOMPARE(deadline.due(), due);
    QCOMPARE(deadline.calendarCode(), calendar);
}

void TestDeadlines::decreeDayExtendsAChain()
{
    // Ascension Day Thu 14 May 2026; if a decree makes Fri 15 May a holiday, the weekend follows -> Mon 18 May.
    HolidayCalendar calendar = dutchCalendar();
    QCOMPARE(Custodian::Clocks::requestDeadline(QDate(2026, 4, 14), false, calendar).due(), QDate(2026, 5, 15));
    calendar.addExtraDay(QDate(2026, 5, 15), QStringLiteral("Bridge day"));
    const Deadline deadline = Custodian::Clocks::requestDeadline(QDate(2026, 4, 14), false, calendar);
    checkPeriod(deadline, QDate(2026, 5, 14), QStringLiteral("HHSU"), QDate(2026, 5, 18));
    QCOMPARE(deadline.skippedDays().at(1).holidayName(), QStringLiteral("Bridge day"));
}

void TestDeadlines::internalTarget_data()
{
    QTest::addColumn<QDate>("statutory");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("target");
    QTest::newRow("Mon 2 Mar 2026, 5: Fri 27 .. Mon 23 Feb") << QDate(2026, 3, 2) << 5 << QDate(2026, 2, 23);
    // Back past Easter Monday, the weekend and Good Friday: Thu 2, Wed 1, Tue 31, Mon 30, Fri 27 Mar.
    QTest::newRow("Tue 7 Apr 2026, 5: past Easter") << QDate(2026, 4, 7) << 5 << QDate(2026, 3, 27);
    // Back past the weekend and Christmas: Thu 24, Wed 23, Tue 22, Mon 21, Fri 18 Dec.
    QTest::newRow("Mon 28 Dec 2026, 5: past Christmas") << QDate(2026, 12, 28) << 5 << QDate(2026, 12, 18);
    // Back past New Year, Thu 31, Wed 30, Tue 29, Mon 28, past Christmas and Boxing Day, Thu 24 Dec.
    QTest::newRow("Mon 4 Jan 2027, 5: past New Year and Christmas") << QDate(2027, 1, 4) << 5 << QDate(2026, 12, 24);
    // Past Liberation Day 5 May and King's Day 27 April.
    QTest::newRow("Wed 6 May 2026, 10") << QDate(2026, 5, 6) << 10 << QDate(2026, 4, 20);
    QTest::newRow("Wed 6 May 2026, 1: past Liberation Day") << QDate(2026, 5, 6) << 1 << QDate(2026, 5, 4);
    QTest::newRow("Tue 28 Apr 2026, 1: past King's Day and the weekend")
        << QDate(2026, 4, 28) << 1 << QDate(2026, 4, 24);
    QTest::newRow("no margin") << QDate(2026, 5, 6) << 0 << QDate(2026, 5, 6);
    QTest::newRow("negative margin") << QDate(2026, 5, 6) << -3 << QDate(2026, 5, 6);
}

void TestDeadlines::internalTarget()
{
    QFETCH(QDate, statutory);
    QFETCH(int, workingDays);
    QFETCH(QDate, target);
    QCOMPARE(Custodian::Clocks::internalTarget(statutory, workingDays, dutchCalendar()), target);
}

void TestDeadlines::internalTargetOfADeadline()
{
    const HolidayCalendar calendar = dutchCalendar();
    const Deadline deadline = Custodian::Clocks::requestDeadline(QDate(2026, 1, 31), false, calendar);
    QCOMPARE(Deadline::DefaultTargetWorkingDays, 5);
    QCOMPARE(deadline.internalTarget(), QDate(2026, 2, 23));
    QCOMPARE(deadline.targetWorkingDays(), 5);
    QVERIFY(!deadline.isTargetClamped());
    // Configurable: three working days before Mon 2 Mar is Wed 25 Feb.
    const Deadline three = Custodian::Clocks::requestDeadline(QDate(2026, 1, 31), false, calendar, 3);
    QCOMPARE(three.internalTarget(), QDate(2026, 2, 25));
    QCOMPARE(three.targetWorkingDays(), 3);
    // Extended, due Thu 30 Apr: Wed 29, Tue 28, (King's Day, weekend), Fri 24, Thu 23, Wed 22 Apr.
    QCOMPARE(Custodian::Clocks::requestDeadline(QDate(2026, 1, 31), true, calendar).internalTarget(),
             QDate(2026, 4, 22));
}

void TestDeadlines::internalTargetNotBeforeTheEvent()
{
    // Two days from Thu 31 Dec 2026 end on Tue 5 Jan; five working days back is 28 December, before the event.
    const Deadline deadline = addDays(QDate(2026, 12, 31), 2, dutchCalendar());
    QCOMPARE(deadline.due(), QDate(2027, 1, 5));
    QCOMPARE(deadline.internalTarget(), QDate(2026, 12, 31));
    QVERIFY(deadline.isTargetClamped());
    QVERIFY(deadline.explanation().contains(QStringLiteral("the day of the event")));
}

void TestDeadlines::holidayNamesInSkippedDays()
{
    const Deadline deadline = Custodian::Clocks::requestDeadline(QDate(2026, 3, 3), false, dutchCalendar());
    const QList<Deadline::SkippedDay> days = deadline.skippedDays();
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).holidayName(QStringLiteral("en")), QStringLiteral("Good Friday"));
    QCOMPARE(days.at(0).holidayName(QStringLiteral("nl")), QStringLiteral("Goede Vrijdag"));
    QCOMPARE(days.at(3).holidayName(QStringLiteral("nl")), QStringLiteral("Tweede Paasdag"));
    QVERIFY(days.at(1).holidays.isEmpty());

    // Christmas 2027 is a Saturday: recorded as the holiday, with its name.
    const Deadline christmas = Custodian::Clocks::requestDeadline(QDate(2027, 11, 25), false, dutchCalendar());
    QCOMPARE(christmas.skippedDays().at(0).holidayName(QStringLiteral("nl")), QStringLiteral("Eerste Kerstdag"));
    QCOMPARE(christmas.skippedDays().at(1).holidayName(QStringLiteral("nl")), QStringLiteral("Tweede Kerstdag"));
}

void TestDeadlines::explanation()
{
    const Deadline deadline = Custodian::Clocks::requestDeadline(QDate(2026, 3, 3), false, dutchCalendar());
    const QStringList lines = deadline.explanationLines();
    const QString text = deadline.explanation();
    QCOMPARE(text, lines.join(u'\n'));
    QVERIFY2(lines.constFirst().contains(QStringLiteral("12(3)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1182/71")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3(4)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Good Friday")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Easter Monday")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Saturday")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sunday")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QDate(2026, 4, 7), QLocale::LongFormat)), qPrintable(text));
    // The target: Thu 2 Apr, Wed 1, Tue 31 Mar, Mon 30, Fri 27 Mar (Good Friday to Easter Monday skipped).
    QVERIFY2(text.contains(QLocale().toString(QDate(2026, 3, 27), QLocale::LongFormat)), qPrintable(text));
    // One line per skipped day.
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [](const QString &line) { return line.contains(QStringLiteral("is not a working day")); }),
             4);

    // Holiday names follow the interface language.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const QString dutch = Custodian::Clocks::requestDeadline(QDate(2026, 3, 3), false, dutchCalendar()).explanation();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(dutch.contains(QStringLiteral("Goede Vrijdag")), qPrintable(dutch));
    QVERIFY2(dutch.contains(QStringLiteral("7 april 2026")), qPrintable(dutch));

    // Art. 3(5) is named when it applies.
    const QString shortPeriod = addDays(QDate(2026, 12, 31), 2, dutchCalendar()).explanation();
    QVERIFY2(shortPeriod.contains(QStringLiteral("3(5)")), qPrintable(shortPeriod));
}

void TestDeadlines::explanationOfAShortMonth()
{
    const Deadline deadline = Custodian::Clocks::requestDeadline(QDate(2026, 3, 31), false, dutchCalendar());
    const QString text = deadline.explanation();
    QVERIFY2(text.contains(QStringLiteral("no day 31")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("3(4)")), qPrintable(text)); // nothing was moved
    QVERIFY(deadline.skippedDays().isEmpty());
}

void TestDeadlines::ruleTexts()
{
    const HolidayCalendar calendar = dutchCalendar();
    const QDate day(2026, 1, 31);
    QVERIFY(Custodian::Clocks::requestDeadline(day, true, calendar).ruleText().contains(QStringLiteral("two further")));
    QVERIFY(extensionNoticeDue(day, calendar).ruleText().contains(QStringLiteral("extension")));
    QVERIFY(addMonths(day, 1, calendar).ruleText().contains(QStringLiteral("one month")));
    QVERIFY(addMonths(day, 6, calendar).ruleText().contains(QStringLiteral("6 months")));
    QVERIFY(addDays(day, 1, calendar).ruleText().contains(QStringLiteral("one day")));
    QVERIFY(addDays(day, 14, calendar).ruleText().contains(QStringLiteral("14 days")));
}

void TestDeadlines::invalidInput()
{
    const HolidayCalendar calendar = dutchCalendar();
    QVERIFY(!addMonths(QDate(), 1, calendar).isValid());
    QVERIFY(!addMonths(QDate(2026, 1, 1), 0, calendar).isValid());
    QVERIFY(!addDays(QDate(2026, 1, 1), 0, calendar).isValid());
    QVERIFY(!addDays(QDate(2026, 1, 1), -5, calendar).isValid());
    QVERIFY(!Custodian::Clocks::requestDeadline(QDate(2026, 2, 30), false, calendar).isValid());
    QVERIFY(!Deadline().isValid());
    QVERIFY(Deadline().explanation().isEmpty());
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
