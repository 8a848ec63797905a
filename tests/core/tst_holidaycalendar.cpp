// HolidayCalendar and the Easter computus. Every expected date below was worked out from the rules by hand (fixed
// dates; Easter-relative days counted from the Easter dates listed, weekdays checked with `date`), not taken from the
// code under test.

#include "clocks/Easter.h"
#include "clocks/HolidayCalendar.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Custodian::Clocks;

namespace {

struct DutchHoliday
{
    const char *date;
    const char *english;
    const char *dutch;
};

// Algemene termijnenwet art. 3 for 2020-2035. King's Day is 26 April in 2025 and 2031 (27 April is a Sunday).
// Good Friday = Easter - 2, Easter Monday = Easter + 1, Ascension Day = Easter + 39, Whit Monday = Easter + 50.
const DutchHoliday dutchHolidays[] = {
    // 2020: Easter 2020-04-12
    {"2020-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2020-04-10", "Good Friday", "Goede Vrijdag"},
    {"2020-04-13", "Easter Monday", "Tweede Paasdag"},
    {"2020-04-27", "King's Day", "Koningsdag"},
    {"2020-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2020-05-21", "Ascension Day", "Hemelvaartsdag"},
    {"2020-06-01", "Whit Monday", "Tweede Pinksterdag"},
    {"2020-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2020-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2021: Easter 2021-04-04
    {"2021-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2021-04-02", "Good Friday", "Goede Vrijdag"},
    {"2021-04-05", "Easter Monday", "Tweede Paasdag"},
    {"2021-04-27", "King's Day", "Koningsdag"},
    {"2021-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2021-05-13", "Ascension Day", "Hemelvaartsdag"},
    {"2021-05-24", "Whit Monday", "Tweede Pinksterdag"},
    {"2021-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2021-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2022: Easter 2022-04-17
    {"2022-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2022-04-15", "Good Friday", "Goede Vrijdag"},
    {"2022-04-18", "Easter Monday", "Tweede Paasdag"},
    {"2022-04-27", "King's Day", "Koningsdag"},
    {"2022-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2022-05-26", "Ascension Day", "Hemelvaartsdag"},
    {"2022-06-06", "Whit Monday", "Tweede Pinksterdag"},
    {"2022-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2022-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2023: Easter 2023-04-09
    {"2023-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2023-04-07", "Good Friday", "Goede Vrijdag"},
    {"2023-04-10", "Easter Monday", "Tweede Paasdag"},
    {"2023-04-27", "King's Day", "Koningsdag"},
    {"2023-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2023-05-18", "Ascension Day", "Hemelvaartsdag"},
    {"2023-05-29", "Whit Monday", "Tweede Pinksterdag"},
    {"2023-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2023-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2024: Easter 2024-03-31
    {"2024-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2024-03-29", "Good Friday", "Goede Vrijdag"},
    {"2024-04-01", "Easter Monday", "Tweede Paasdag"},
    {"2024-04-27", "King's Day", "Koningsdag"},
    {"2024-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2024-05-09", "Ascension Day", "Hemelvaartsdag"},
    {"2024-05-20", "Whit Monday", "Tweede Pinksterdag"},
    {"2024-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2024-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2025: Easter 2025-04-20
    {"2025-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2025-04-18", "Good Friday", "Goede Vrijdag"},
    {"2025-04-21", "Easter Monday", "Tweede Paasdag"},
    {"2025-04-26", "King's Day", "Koningsdag"},
    {"2025-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2025-05-29", "Ascension Day", "Hemelvaartsdag"},
    {"2025-06-09", "Whit Monday", "Tweede Pinksterdag"},
    {"2025-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2025-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2026: Easter 2026-04-05
    {"2026-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2026-04-03", "Good Friday", "Goede Vrijdag"},
    {"2026-04-06", "Easter Monday", "Tweede Paasdag"},
    {"2026-04-27", "King's Day", "Koningsdag"},
    {"2026-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2026-05-14", "Ascension Day", "Hemelvaartsdag"},
    {"2026-05-25", "Whit Monday", "Tweede Pinksterdag"},
    {"2026-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2026-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2027: Easter 2027-03-28
    {"2027-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2027-03-26", "Good Friday", "Goede Vrijdag"},
    {"2027-03-29", "Easter Monday", "Tweede Paasdag"},
    {"2027-04-27", "King's Day", "Koningsdag"},
    {"2027-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2027-05-06", "Ascension Day", "Hemelvaartsdag"},
    {"2027-05-17", "Whit Monday", "Tweede Pinksterdag"},
    {"2027-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2027-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2028: Easter 2028-04-16
    {"2028-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2028-04-14", "Good Friday", "Goede Vrijdag"},
    {"2028-04-17", "Easter Monday", "Tweede Paasdag"},
    {"2028-04-27", "King's Day", "Koningsdag"},
    {"2028-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2028-05-25", "Ascension Day", "Hemelvaartsdag"},
    {"2028-06-05", "Whit Monday", "Tweede Pinksterdag"},
    {"2028-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2028-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2029: Easter 2029-04-01
    {"2029-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2029-03-30", "Good Friday", "Goede Vrijdag"},
    {"2029-04-02", "Easter Monday", "Tweede Paasdag"},
    {"2029-04-27", "King's Day", "Koningsdag"},
    {"2029-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2029-05-10", "Ascension Day", "Hemelvaartsdag"},
    {"2029-05-21", "Whit Monday", "Tweede Pinksterdag"},
    {"2029-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2029-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2030: Easter 2030-04-21
    {"2030-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2030-04-19", "Good Friday", "Goede Vrijdag"},
    {"2030-04-22", "Easter Monday", "Tweede Paasdag"},
    {"2030-04-27", "King's Day", "Koningsdag"},
    {"2030-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2030-05-30", "Ascension Day", "Hemelvaartsdag"},
    {"2030-06-10", "Whit Monday", "Tweede Pinksterdag"},
    {"2030-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2030-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2031: Easter 2031-04-13
    {"2031-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2031-04-11", "Good Friday", "Goede Vrijdag"},
    {"2031-04-14", "Easter Monday", "Tweede Paasdag"},
    {"2031-04-26", "King's Day", "Koningsdag"},
    {"2031-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2031-05-22", "Ascension Day", "Hemelvaartsdag"},
    {"2031-06-02", "Whit Monday", "Tweede Pinksterdag"},
    {"2031-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2031-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2032: Easter 2032-03-28
    {"2032-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2032-03-26", "Good Friday", "Goede Vrijdag"},
    {"2032-03-29", "Easter Monday", "Tweede Paasdag"},
    {"2032-04-27", "King's Day", "Koningsdag"},
    {"2032-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2032-05-06", "Ascension Day", "Hemelvaartsdag"},
    {"2032-05-17", "Whit Monday", "Tweede Pinksterdag"},
    {"2032-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2032-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2033: Easter 2033-04-17
    {"2033-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2033-04-15", "Good Friday", "Goede Vrijdag"},
    {"2033-04-18", "Easter Monday", "Tweede Paasdag"},
    {"2033-04-27", "King's Day", "Koningsdag"},
    {"2033-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2033-05-26", "Ascension Day", "Hemelvaartsdag"},
    {"2033-06-06", "Whit Monday", "Tweede Pinksterdag"},
    {"2033-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2033-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2034: Easter 2034-04-09
    {"2034-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2034-04-07", "Good Friday", "Goede Vrijdag"},
    {"2034-04-10", "Easter Monday", "Tweede Paasdag"},
    {"2034-04-27", "King's Day", "Koningsdag"},
    {"2034-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2034-05-18", "Ascension Day", "Hemelvaartsdag"},
    {"2034-05-29", "Whit Monday", "Tweede Pinksterdag"},
    {"2034-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2034-12-26", "Boxing Day", "Tweede Kerstdag"},
    // 2035: Easter 2035-03-25
    {"2035-01-01", "New Year's Day", "Nieuwjaarsdag"},
    {"2035-03-23", "Good Friday", "Goede Vrijdag"},
    {"2035-03-26", "Easter Monday", "Tweede Paasdag"},
    {"2035-04-27", "King's Day", "Koningsdag"},
    {"2035-05-05", "Liberation Day", "Bevrijdingsdag"},
    {"2035-05-03", "Ascension Day", "Hemelvaartsdag"},
    {"2035-05-14", "Whit Monday", "Tweede Pinksterdag"},
    {"2035-12-25", "Christmas Day", "Eerste Kerstdag"},
    {"2035-12-26", "Boxing Day", "Tweede Kerstdag"},
};

QDate isoDate(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

HolidayCalendar loadCalendar(const QString &code)
{
    QString error;
    const auto calendar = HolidayCalendar::load(code, &error);
    if (!calendar)
        qFatal("cannot load calendar %s: %s", qPrintable(code), qPrintable(error));
    return *calendar;
}

QByteArray calendarWithHolidays(const QByteArray &holidays)
{
    return R"({"format": 1, "code": "TEST", "name": {"en": "Test"}, "holidays": [)" + holidays + "]}";
}

} // namespace

class TestHolidayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void westernEaster_data();
    void westernEaster();
    void orthodoxEaster_data();
    void orthodoxEaster();

    void dutchHoliday_data();
    void dutchHoliday();
    void dutchHolidaysInYear_data();
    void dutchHolidaysInYear();
    void kingsDayOnSunday_data();
    void kingsDayOnSunday();
    void queensDayBefore2014_data();
    void queensDayBefore2014();
    void notDutchHolidays_data();
    void notDutchHolidays();
    void twoHolidaysOnOneDay();
    void extraDays();
    void nameFallsBackToEnglish();

    void availableCalendars();
    void loadRefusesUnknownCodes_data();
    void loadRefusesUnknownCodes();
    void belgianHolidays2026();
    void emptyCalendarHasOnlyWeekends();

    void fromJsonRules_data();
    void fromJsonRules();
    void fromJsonMoveAcrossNewYear();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void fromFile();
};

void TestHolidayCalendar::initTestCase()
{
    // Names without an explicit language follow the default locale; pin it so the test does not depend on the host.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHolidayCalendar::westernEaster_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    const QDate table[] = {
        QDate(2020, 4, 12),
        QDate(2021, 4, 4),
        QDate(2022, 4, 17),
        QDate(2023, 4, 9),
        QDate(2024, 3, 31),
        QDate(2025, 4, 20),
        QDate(2026, 4, 5),
        QDate(2027, 3, 28),
        QDate(2028, 4, 16),
        QDate(2029, 4, 1),
        QDate(2030, 4, 21),
        QDate(2031, 4, 13),
        QDate(2032, 3, 28),
        QDate(2033, 4, 17),
        QDate(2034, 4, 9),
        QDate(2035, 3, 25),
        // The extremes of the computus: 22 March (1818, 2285) and 25 April (1943, 2038); and some checks.
        QDate(1818, 3, 22),
        QDate(2285, 3, 22),
        QDate(1943, 4, 25),
        QDate(2038, 4, 25),
        QDate(2000, 4, 23),
        QDate(2008, 3, 23),
        QDate(2011, 4, 24),
        QDate(2016, 3, 27),
        QDate(2019, 4, 21),
    };
    for (const QDate &easter : table)
        QTest::addRow("%d", easter.year()) << easter.year() << easter;
    QTest::addRow("1582 is before the Gregorian calendar") << 1582 << QDate();
}

void TestHolidayCalendar::westernEaster()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(Custodian::Clocks::westernEaster(year), easter);
    if (easter.isValid())
        QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
}

void TestHolidayCalendar::orthodoxEaster_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 19);
    QTest::newRow("2021") << 2021 << QDate(2021, 5, 2);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 24);
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 16);
    QTest::newRow("2024") << 2024 << QDate(2024, 5, 5);
    QTest::newRow("2025 (same day as western Easter)") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 12);
}

void TestHolidayCalendar::orthodoxEaster()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(Custodian::Clocks::orthodoxEaster(year), easter);
}

void TestHolidayCalendar::dutchHoliday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("dutch");
    for (const DutchHoliday &holiday : dutchHolidays) {
        QTest::addRow("%s %s", holiday.date, holiday.english)
            << isoDate(holiday.date) << QString::fromUtf8(holiday.english) << QString::fromUtf8(holiday.dutch);
    }
}

void TestHolidayCalendar::dutchHoliday()
{
    QFETCH(QDate, date);
    QFETCH(QString, english);
    QFETCH(QString, dutch);
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    QVERIFY(date.isValid());
    QVERIFY(calendar.isHoliday(date));
    QVERIFY(!calendar.isWorkingDay(date));
    QCOMPARE(calendar.holidaysOn(date).size(), 1);
    QCOMPARE(calendar.holidayName(date, QStringLiteral("en")), english);
    QCOMPARE(calendar.holidayName(date, QStringLiteral("nl")), dutch);
    QCOMPARE(calendar.holidayName(date), english); // the default locale is English
}

void TestHolidayCalendar::dutchHolidaysInYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("dates");
    QMap<int, QList<QDate>> byYear;
    for (const DutchHoliday &holiday : dutchHolidays)
        byYear[isoDate(holiday.date).year()].append(isoDate(holiday.date));
    // The table lists the holidays in the order of the law; holidaysInYear promises date order (in 2035 Ascension
    // Day, 3 May, comes before Liberation Day).
    for (auto it = byYear.begin(); it != byYear.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        QTest::addRow("%d", it.key()) << it.key() << it.value();
    }
}

void TestHolidayCalendar::dutchHolidaysInYear()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, dates);
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    QList<QDate> found;
    const QList<Holiday> holidays = calendar.holidaysInYear(year);
    for (const Holiday &holiday : holidays)
        found.append(holiday.date());
    QCOMPARE(found, dates);
}

void TestHolidayCalendar::kingsDayOnSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2014, the first King's Day") << 2014;
    QTest::newRow("2025") << 2025;
    QTest::newRow("2031") << 2031;
    QTest::newRow("2036") << 2036;
}

void TestHolidayCalendar::kingsDayOnSunday()
{
    QFETCH(int, year);
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    const QDate sunday(year, 4, 27);
    QCOMPARE(sunday.dayOfWeek(), int(Qt::Sunday));
    // Algemene termijnenwet art. 3(1): the day the King's birthday is celebrated is then Saturday 26 April.
    QCOMPARE(calendar.holidayName(QDate(year, 4, 26), QStringLiteral("nl")), QStringLiteral("Koningsdag"));
    QVERIFY(!calendar.isHoliday(sunday));
    QVERIFY(!calendar.isWorkingDay(sunday)); // still a Sunday
}

void TestHolidayCalendar::queensDayBefore2014_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    QTest::newRow("2013-04-30, the last Queen's Day") << QDate(2013, 4, 30) << true;
    QTest::newRow("2006-04-29, 30 April was a Sunday") << QDate(2006, 4, 29) << true;
    QTest::newRow("1989-04-29, 30 April was a Sunday") << QDate(1989, 4, 29) << true;
    QTest::newRow("2013-04-27, not yet King's Day") << QDate(2013, 4, 27) << false;
    QTest::newRow("2014-04-30, no longer Queen's Day") << QDate(2014, 4, 30) << false;
}

void TestHolidayCalendar::queensDayBefore2014()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    QCOMPARE(calendar.isHoliday(date), holiday);
    if (holiday)
        QCOMPARE(calendar.holidayName(date, QStringLiteral("nl")), QStringLiteral("Koninginnedag"));
}

void TestHolidayCalendar::notDutchHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("workingDay");
    QTest::newRow("Easter Sunday 2026 (a Sunday, not on the list)") << QDate(2026, 4, 5) << false;
    QTest::newRow("Whit Sunday 2026") << QDate(2026, 5, 24) << false;
    QTest::newRow("Friday 1 May 2026 (Labour Day is not Dutch)") << QDate(2026, 5, 1) << true;
    QTest::newRow("Monday 4 May 2026 (Remembrance Day)") << QDate(2026, 5, 4) << true;
    QTest::newRow("Friday 15 May 2026 (after Ascension, only by decree)") << QDate(2026, 5, 15) << true;
    QTest::newRow("Thursday 31 December 2026") << QDate(2026, 12, 31) << true;
    QTest::newRow("Sunday 27 April 2025") << QDate(2025, 4, 27) << false;
    QTest::newRow("Thursday 24 December 2026") << QDate(2026, 12, 24) << true;
}

void TestHolidayCalendar::notDutchHolidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, workingDay);
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    QVERIFY(!calendar.isHoliday(date));
    QVERIFY(calendar.holidayName(date).isEmpty());
    QCOMPARE(calendar.isWorkingDay(date), workingDay);
}

void TestHolidayCalendar::twoHolidaysOnOneDay()
{
    // Easter 2016 was 27 March, so Ascension Day (+39) was Thursday 5 May, Liberation Day.
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    const QDate date(2016, 5, 5);
    const QList<Holiday> holidays = calendar.holidaysOn(date);
    QCOMPARE(holidays.size(), 2);
    QStringList ids;
    for (const Holiday &holiday : holidays)
        ids << holiday.id();
    ids.sort();
    QCOMPARE(ids, QStringList({QStringLiteral("ascension-day"), QStringLiteral("liberation-day")}));
    const QString name = calendar.holidayName(date, QStringLiteral("nl"));
    QVERIFY2(name.contains(QStringLiteral("Hemelvaartsdag")) && name.contains(QStringLiteral("Bevrijdingsdag")),
             qPrintable(name));
    QCOMPARE(calendar.holidaysInYear(2016).size(), 9); // nine entries, eight distinct dates
}

void TestHolidayCalendar::extraDays()
{
    HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    const QDate bridge(2026, 5, 15);
    QVERIFY(calendar.isWorkingDay(bridge));
    calendar.addExtraDay(bridge, QStringLiteral("Vrijdag na Hemelvaartsdag (besluit)"));
    QVERIFY(calendar.isHoliday(bridge));
    QVERIFY(!calendar.isWorkingDay(bridge));
    QCOMPARE(calendar.holidayName(bridge), QStringLiteral("Vrijdag na Hemelvaartsdag (besluit)"));
    QCOMPARE(calendar.holidayName(bridge, QStringLiteral("en")), QStringLiteral("Vrijdag na Hemelvaartsdag (besluit)"));
    QCOMPARE(calendar.extraDays().size(), 1);
    QVERIFY(calendar.extraDays().constFirst().isExtra());

    const QList<Holiday> year = calendar.holidaysInYear(2026);
    QCOMPARE(year.size(), 10);
    // In date order: ..., Ascension Day 14 May, the extra day 15 May, Whit Monday 25 May, ...
    QCOMPARE(year.at(5).date(), QDate(2026, 5, 14));
    QCOMPARE(year.at(6).date(), bridge);
    QCOMPARE(year.at(7).date(), QDate(2026, 5, 25));
    QCOMPARE(calendar.holidaysInYear(2027).size(), 9);

    QVERIFY(calendar.removeExtraDay(bridge));
    QVERIFY(!calendar.removeExtraDay(bridge));
    QVERIFY(calendar.isWorkingDay(bridge));
}

void TestHolidayCalendar::nameFallsBackToEnglish()
{
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("NL"));
    QCOMPARE(calendar.holidayName(QDate(2026, 12, 25), QStringLiteral("de")), QStringLiteral("Christmas Day"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(calendar.holidayName(QDate(2026, 12, 25)), QStringLiteral("Eerste Kerstdag"));
    QCOMPARE(calendar.name(), QStringLiteral("Nederland"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(calendar.name(), QStringLiteral("Netherlands"));
}

void TestHolidayCalendar::availableCalendars()
{
    const QStringList codes = HolidayCalendar::availableCalendars();
    QVERIFY2(codes.contains(QStringLiteral("NL")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QStringLiteral("BE")), qPrintable(codes.join(u',')));
    QCOMPARE(HolidayCalendar::defaultCode(), QStringLiteral("NL"));
    // Every calendar shipped must load.
    for (const QString &code : codes) {
        QString error;
        const auto calendar = HolidayCalendar::load(code, &error);
        QVERIFY2(calendar.has_value(), qPrintable(error));
        QCOMPARE(calendar->code(), code);
    }
    const auto lowerCase = HolidayCalendar::load(QStringLiteral("nl"));
    QVERIFY(lowerCase.has_value());
    QCOMPARE(lowerCase->code(), QStringLiteral("NL"));
}

void TestHolidayCalendar::loadRefusesUnknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown") << QStringLiteral("XX");
    QTest::newRow("empty") << QString();
    QTest::newRow("path") << QStringLiteral("../calendars/NL");
    QTest::newRow("with extension") << QStringLiteral("NL.json");
}

void TestHolidayCalendar::loadRefusesUnknownCodes()
{
    QFETCH(QString, code);
    QString error;
    QVERIFY(!HolidayCalendar::load(code, &error).has_value());
    QVERIFY(error.contains(QStringLiteral("NL"))); // the message lists the calendars that exist
}

void TestHolidayCalendar::belgianHolidays2026()
{
    // The ten Belgian legal public holidays; Easter 2026 is 5 April, so Easter Monday 6 April, Ascension Day
    // 14 May, Whit Monday 25 May. Belgian holidays stay on their date when they fall on a weekend.
    const HolidayCalendar calendar = loadCalendar(QStringLiteral("BE"));
    const QList<QDate> expected = {QDate(2026, 1, 1),   QDate(2026, 4, 6),  QDate(2026, 5, 1),  QDate(2026, 5, 14),
                                   QDate(2026, 5, 25),  QDate(2026, 7, 21), QDate(2026, 8, 15), QDate(2026, 11, 1),
                                   QDate(2026, 11, 11), QDate(2026, 12, 25)};
    QList<QDate> found;
    const QList<Holiday> holidays = calendar.holidaysInYear(2026);
    for (const Holiday &holiday : holidays)
        found.append(holiday.date());
    QCOMPARE(found, expected);
    QCOMPARE(calendar.holidayName(QDate(2026, 7, 21), QStringLiteral("fr")), QStringLiteral("Fête nationale"));
    QVERIFY(!calendar.isHoliday(QDate(2026, 4, 3)));  // no Good Friday in Belgium
    QVERIFY(!calendar.isHoliday(QDate(2026, 4, 27))); // nor King's Day
    QVERIFY(!calendar.isHoliday(QDate(2026, 12, 26)));
}

void TestHolidayCalendar::emptyCalendarHasOnlyWeekends()
{
    const HolidayCalendar calendar;
    QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 1)));  // Thursday; no holidays in an empty calendar
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 3))); // Saturday
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 4))); // Sunday
    QVERIFY(calendar.holidaysInYear(2026).isEmpty());
    QVERIFY(!calendar.isWorkingDay(QDate()));
}

void TestHolidayCalendar::fromJsonRules_data()
{
    QTest::addColumn<QByteArray>("holiday");
    QTest::addColumn<QList<QDate>>("holidays");
    QTest::addColumn<QList<QDate>>("notHolidays");

    // 4 July 2026 is a Saturday (-> Friday 3 July), 4 July 2027 a Sunday (-> Monday 5 July).
    QTest::newRow("fixed with moves")
        << QByteArray(R"({"id": "d", "rule": "fixed", "month": 7, "day": 4, "moveIf": {"saturday": -1, "Sunday": 1},
                          "name": {"en": "D"}})")
        << QList<QDate>{QDate(2026, 7, 3), QDate(2027, 7, 5), QDate(2025, 7, 4)}
        << QList<QDate>{QDate(2026, 7, 4), QDate(2027, 7, 4)};
    // 1 May 2026 is a Friday: the first Monday of May is 4 May. 25 October 2026 is a Sunday: the last Monday of
    // October is the 26th. 19 June 2026 is itself a Friday.
    QTest::newRow("first Monday of May")
        << QByteArray(R"({"id": "m", "rule": "weekdayOnOrAfter", "weekday": "monday", "month": 5, "day": 1,
                          "name": {"en": "M"}})")
        << QList<QDate>{QDate(2026, 5, 4)} << QList<QDate>{QDate(2026, 5, 1), QDate(2026, 5, 11)};
    QTest::newRow("last Monday of October")
        << QByteArray(R"({"id": "o", "rule": "weekdayOnOrAfter", "weekday": "monday", "month": 10, "day": 25,
                          "name": {"en": "O"}})")
        << QList<QDate>{QDate(2026, 10, 26)} << QList<QDate>{QDate(2026, 10, 25), QDate(2026, 10, 19)};
    QTest::newRow("Friday on or after 19 June")
        << QByteArray(R"({"id": "s", "rule": "weekdayOnOrAfter", "weekday": "friday", "month": 6, "day": 19,
                          "name": {"en": "S"}})")
        << QList<QDate>{QDate(2026, 6, 19)} << QList<QDate>{QDate(2026, 6, 26)};
    // Orthodox Easter 2026 is 12 April, so its Monday is 13 April; western Easter Monday 6 April is not a holiday.
    QTest::newRow("orthodox Easter Monday")
        << QByteArray(R"({"id": "e", "rule": "easter", "offset": 1, "computus": "orthodox", "name": {"en": "E"}})")
        << QList<QDate>{QDate(2026, 4, 13)} << QList<QDate>{QDate(2026, 4, 6)};
    QTest::newRow("one date") << QByteArray(R"({"id": "x", "rule": "date", "date": "2026-05-15", "name": {"en": "X"}})")
                              << QList<QDate>{QDate(2026, 5, 15)}
                              << QList<QDate>{QDate(2027, 5, 15), QDate(2025, 5, 15)};
    QTest::newRow("first and last year")
        << QByteArray(R"({"id": "y", "rule": "fixed", "month": 3, "day": 3, "firstYear": 2020, "lastYear": 2022,
                          "name": {"en": "Y"}, "note": "ignored"})")
        << QList<QDate>{QDate(2020, 3, 3), QDate(2022, 3, 3)} << QList<QDate>{QDate(2019, 3, 3), QDate(2023, 3, 3)};
}

void TestHolidayCalendar::fromJsonRules()
{
    QFETCH(QByteArray, holiday);
    QFETCH(QList<QDate>, holidays);
    QFETCH(QList<QDate>, notHolidays);
    QString error;
    const auto calendar = HolidayCalendar::fromJson(calendarWithHolidays(holiday), &error);
    QVERIFY2(calendar.has_value(), qPrintable(error));
    QCOMPARE(calendar->code(), QStringLiteral("TEST"));
    for (const QDate &date : holidays)
        QVERIFY2(calendar->isHoliday(date), qPrintable(date.toString(Qt::ISODate)));
    for (const QDate &date : notHolidays)
        QVERIFY2(!calendar->isHoliday(date), qPrintable(date.toString(Qt::ISODate)));
}

void TestHolidayCalendar::fromJsonMoveAcrossNewYear()
{
    // 1 January 2028 is a Saturday; moved a day back, the 2028 holiday falls on Friday 31 December 2027.
    const auto calendar = HolidayCalendar::fromJson(calendarWithHolidays(
        R"({"id": "n", "rule": "fixed", "month": 1, "day": 1, "moveIf": {"saturday": -1}, "name": {"en": "N"}})"));
    QVERIFY(calendar.has_value());
    QVERIFY(calendar->isHoliday(QDate(2027, 12, 31)));
    QVERIFY(!calendar->isHoliday(QDate(2028, 1, 1)));
    const QList<Holiday> in2027 = calendar->holidaysInYear(2027);
    QCOMPARE(in2027.size(), 2);
    QCOMPARE(in2027.at(0).date(), QDate(2027, 1, 1));
    QCOMPARE(in2027.at(1).date(), QDate(2027, 12, 31));
    QCOMPARE(calendar->holidaysInYear(2028).size(), 0);
}

void TestHolidayCalendar::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    const auto holiday = [](const char *entry) { return calendarWithHolidays(QByteArray(entry)); };
    QTest::newRow("malformed JSON") << QByteArray(R"({"code": "TEST", "holidays": [)");
    QTest::newRow("not an object") << QByteArray("[]");
    QTest::newRow("format 2") << QByteArray(R"({"format": 2, "code": "TEST", "holidays": []})");
    QTest::newRow("no code") << QByteArray(R"({"holidays": []})");
    QTest::newRow("lower-case code") << QByteArray(R"({"code": "nl", "holidays": []})");
    QTest::newRow("no holidays list") << QByteArray(R"({"code": "TEST"})");
    QTest::newRow("no id") << holiday(R"({"rule": "fixed", "month": 1, "day": 1, "name": {"en": "A"}})");
    QTest::newRow("unknown rule") << holiday(R"({"id": "a", "rule": "lunar", "name": {"en": "A"}})");
    QTest::newRow("no month") << holiday(R"({"id": "a", "rule": "fixed", "day": 1, "name": {"en": "A"}})");
    QTest::newRow("month 13") << holiday(R"({"id": "a", "rule": "fixed", "month": 13, "day": 1, "name": {"en": "A"}})");
    QTest::newRow("31 April") << holiday(R"({"id": "a", "rule": "fixed", "month": 4, "day": 31, "name": {"en": "A"}})");
    QTest::newRow("day 1.5") << holiday(R"({"id": "a", "rule": "fixed", "month": 4, "day": 1.5, "name": {"en": "A"}})");
    QTest::newRow("day as text") << holiday(
        R"({"id": "a", "rule": "fixed", "month": 4, "day": "1", "name": {"en": "A"}})");
    QTest::newRow("unknown weekday in moveIf") << holiday(
        R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "moveIf": {"zondag": -1}, "name": {"en": "A"}})");
    QTest::newRow("move too far") << holiday(
        R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "moveIf": {"sunday": 7}, "name": {"en": "A"}})");
    QTest::newRow("misspelt field") << holiday(
        R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "moveif": {"sunday": -1}, "name": {"en": "A"}})");
    QTest::newRow("no English name") << holiday(
        R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "name": {"nl": "A"}})");
    QTest::newRow("empty name") << holiday(
        R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "name": {"en": " "}})");
    QTest::newRow("duplicate id") << holiday(R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "name": {"en": "A"}},
                      {"id": "a", "rule": "fixed", "month": 5, "day": 1, "name": {"en": "B"}})");
    QTest::newRow("firstYear after lastYear")
        << holiday(R"({"id": "a", "rule": "fixed", "month": 4, "day": 1, "firstYear": 2030, "lastYear": 2020,
                       "name": {"en": "A"}})");
    QTest::newRow("impossible date") << holiday(
        R"({"id": "a", "rule": "date", "date": "2026-02-30", "name": {"en": "A"}})");
    QTest::newRow("unknown computus") << holiday(
        R"({"id": "a", "rule": "easter", "offset": 1, "computus": "julian", "name": {"en": "A"}})");
    QTest::newRow("easter without offset") << holiday(R"({"id": "a", "rule": "easter", "name": {"en": "A"}})");
    QTest::newRow("unknown weekday") << holiday(
        R"({"id": "a", "rule": "weekdayOnOrAfter", "weekday": "funday", "month": 5, "day": 1,
                       "name": {"en": "A"}})");
}

void TestHolidayCalendar::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!HolidayCalendar::fromJson(json, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one line, fit for a message box or a CLI error
}

void TestHolidayCalendar::fromFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("ORG.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "code": "ORG", "name": {"en": "Our organisation"}, "holidays": [
        {"id": "founders-day", "rule": "fixed", "month": 9, "day": 14, "name": {"en": "Founders' Day"}}]})");
    file.close();

    QString error;
    const auto calendar = HolidayCalendar::fromFile(path, &error);
    QVERIFY2(calendar.has_value(), qPrintable(error));
    QCOMPARE(calendar->code(), QStringLiteral("ORG"));
    QCOMPARE(calendar->name(), QStringLiteral("Our organisation"));
    QCOMPARE(calendar->holidayName(QDate(2026, 9, 14)), QStringLiteral("Founders' Day"));

    QVERIFY(!HolidayCalendar::fromFile(directory.filePath(QStringLiteral("missing.json")), &error).has_value());
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
