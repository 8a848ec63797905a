// The edges of `custodian-cli deadline` (review D14): the years it counts in, a deadline past the last of them, and
// breach times in local time when TZ names no known zone. Run as a separate process, like tst_cli_deadline.
#include <QFileInfo>
#include <QTest>

#include "CliTestSupport.h"

namespace {

using CliTest::isOneLineError;
using CliTest::Result;
using CliTest::split;

Result runCli(const QStringList &arguments, const QString &timeZone = QStringLiteral("Europe/Amsterdam"))
{
    return CliTest::runBinary(QStringList{QStringLiteral("deadline")} + arguments, {{QStringLiteral("TZ"), timeZone}},
                              QString(), 30000);
}

QString yearMessage(const QString &year)
{
    return QStringLiteral("custodian-cli: the year %1 is outside the years the calculator counts in, 1583 to 9999 "
                          "(the Gregorian calendar, four-digit years)\n")
        .arg(year);
}

} // namespace

class TestCliDeadlineEdges : public QObject
{
    Q_OBJECT

private slots:
    void lastDaysStillCount_data();
    void lastDaysStillCount();
    void deadlineAfterTheLastYearIsRefused_data();
    void deadlineAfterTheLastYearIsRefused();
    void yearsBeforeTheFirstAreRefusedAlike_data();
    void yearsBeforeTheFirstAreRefusedAlike();
    void knownTimeZones_data();
    void knownTimeZones();
    void unknownTimeZoneIsNotTakenForUtc_data();
    void unknownTimeZoneIsNotTakenForUtc();
};

void TestCliDeadlineEdges::lastDaysStillCount_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *arguments, const char *expected) {
        QTest::newRow(arguments) << split(arguments) << QString::fromUtf8(expected);
    };
    row("request --received 9999-11-30", "9999-12-30");   // Thursday
    row("days --from 9999-12-30 --days 1", "9999-12-31"); // Friday, the last day
    row("breach --aware 9999-12-28T10:00Z", "9999-12-31T10:00:00+00:00");
    row("request --received 1583-01-03", "1583-02-03"); // the first year
    // Sunday 2 and Monday 3 January hold one working day, so the period runs to Tuesday (Reg. 1182/71 art. 3(5)).
    row("days --from 1583-01-01 --days 2", "1583-01-04");
}

void TestCliDeadlineEdges::lastDaysStillCount()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, expected + QLatin1Char('\n'));
}

void TestCliDeadlineEdges::deadlineAfterTheLastYearIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const auto row = [](const char *arguments) { QTest::newRow(arguments) << split(arguments); };
    // Each of these printed a date with a five-digit year, which the calculator refuses as input.
    row("request --received 9999-12-31");
    row("request --received 9999-12-31 --json");
    row("request --received 9999-11-30 --extended");
    row("request --received 9999-10-15 --extended --json");
    row("days --from 9999-12-30 --days 2");
    row("days --from 9999-01-01 --days 36525 --json");
    row("breach --aware 9999-12-31T10:00Z");
    row("breach --aware 9999-12-29T10:00+01:00");
    row("breach --aware 9999-12-30T23:00 --json"); // local time
}

void TestCliDeadlineEdges::deadlineAfterTheLastYearIsRefused()
{
    QFETCH(QStringList, arguments);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("custodian-cli: the deadline would fall after 9999-12-31, the last day the "
                                        "calculator counts in\n"));
}

void TestCliDeadlineEdges::yearsBeforeTheFirstAreRefusedAlike_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("year");
    const auto row = [](const char *arguments, const char *year) {
        QTest::newRow(arguments) << split(arguments) << QString::fromUtf8(year);
    };
    // request and days accepted these; holidays refused them with a message of its own.
    row("request --received 1500-03-20", "1500");
    row("request --received 0001-01-01 --extended", "1");
    row("request --received 0000-01-01", "0");
    row("request --received 1582-12-31", "1582");
    row("days --from 1582-10-10 --days 5", "1582");
    row("days --from 0999-02-30 --days 5", "999"); // the year is what is wrong first
    row("holidays --year 1500", "1500");
    row("holidays --year 12", "12");
    row("holidays --year 1582 --json", "1582");
    row("holidays --year 10000", "10000");
    row("breach --aware 1500-06-01T10:00Z", "1500");
    row("breach --aware 1582-06-01T10:00", "1582");
}

void TestCliDeadlineEdges::yearsBeforeTheFirstAreRefusedAlike()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, year);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, yearMessage(year));
}

void TestCliDeadlineEdges::knownTimeZones_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("expected");
    // 10:00 local on Friday 27 March 2026, 72 hours later across the change to summer time where there is one.
    QTest::newRow("Europe/Amsterdam") << QStringLiteral("Europe/Amsterdam")
                                      << QStringLiteral("2026-03-30T11:00:00+02:00");
    QTest::newRow(":Europe/Amsterdam") << QStringLiteral(":Europe/Amsterdam")
                                       << QStringLiteral("2026-03-30T11:00:00+02:00");
    if (QFileInfo::exists(QStringLiteral("/usr/share/zoneinfo/Europe/Amsterdam"))) {
        QTest::newRow("a zone file's path")
            << QStringLiteral("/usr/share/zoneinfo/Europe/Amsterdam") << QStringLiteral("2026-03-30T11:00:00+02:00");
    }
    QTest::newRow("POSIX rule") << QStringLiteral("CET-1CEST,M3.5.0,M10.5.0/3")
                                << QStringLiteral("2026-03-30T11:00:00+02:00");
    QTest::newRow("POSIX offset") << QStringLiteral("<+02>-2") << QStringLiteral("2026-03-30T10:00:00+02:00");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QStringLiteral("2026-03-30T10:00:00+00:00");
    QTest::newRow("empty: UTC by POSIX") << QString() << QStringLiteral("2026-03-30T10:00:00+00:00");
}

void TestCliDeadlineEdges::knownTimeZones()
{
    QFETCH(QString, timeZone);
    QFETCH(QString, expected);
    const Result result = runCli(split("breach --aware 2026-03-27T10:00"), timeZone);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, expected + QLatin1Char('\n'));
}

void TestCliDeadlineEdges::unknownTimeZoneIsNotTakenForUtc_data()
{
    QTest::addColumn<QString>("timeZone");
    for (const char *zone : {"Mars/Olympus", "Europe/Amsterdm", "XYZ", ":Nowhere", "../../etc/passwd"})
        QTest::newRow(zone) << QString::fromUtf8(zone);
}

void TestCliDeadlineEdges::unknownTimeZoneIsNotTakenForUtc()
{
    QFETCH(QString, timeZone);
    // Local time: the C library would count in UTC, two hours after 10:00 in Amsterdam in spring. Refused.
    const Result local = runCli(split("breach --aware 2026-03-27T10:00"), timeZone);
    QCOMPARE(local.exitCode, 2);
    QCOMPARE(local.out, QString());
    QVERIFY2(isOneLineError(local.err), qPrintable(local.err));
    QVERIFY2(local.err.contains(QStringLiteral("TZ=") + timeZone + QStringLiteral(" is not known")),
             qPrintable(local.err));
    QVERIFY2(local.err.contains(QLatin1String("2026-03-27T10:00+01:00")), qPrintable(local.err)); // what works

    // A time with its offset, and the kinds counted in days, do not depend on the zone.
    const Result withOffset = runCli(split("breach --aware 2026-03-27T10:00+01:00"), timeZone);
    QCOMPARE(withOffset.exitCode, 0);
    QCOMPARE(withOffset.out, QStringLiteral("2026-03-30T10:00:00+01:00\n"));
    const Result utc = runCli(split("breach --aware 2026-03-27T10:00Z"), timeZone);
    QCOMPARE(utc.exitCode, 0);
    QCOMPARE(utc.out, QStringLiteral("2026-03-30T10:00:00+00:00\n"));
    const Result request = runCli(split("request --received 2026-01-31"), timeZone);
    QCOMPARE(request.exitCode, 0);
    QCOMPARE(request.out, QStringLiteral("2026-03-02\n"));
}

QTEST_GUILESS_MAIN(TestCliDeadlineEdges)
#include "tst_cli_deadline_edges.moc"
