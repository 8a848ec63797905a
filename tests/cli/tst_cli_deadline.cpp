// `custodian-cli deadline`, run as a separate process the way a person or a script runs it. Expected dates were
// worked out by hand (see tests/core/tst_deadlines.cpp and tst_breachclock.cpp for the reasoning).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliTestSupport.h"

namespace {

using CliTest::Result;
using CliTest::split;

Result runCli(const QStringList &arguments)
{
    // Local times are read in Amsterdam whatever the machine's zone.
    return CliTest::runBinary(QStringList{QStringLiteral("deadline")} + arguments,
                              {{QStringLiteral("TZ"), QStringLiteral("Europe/Amsterdam")}}, QString(), 30000);
}

QJsonObject runJson(const QStringList &arguments)
{
    const Result result = runCli(arguments);
    if (result.exitCode != 0)
        qWarning("exit %d: %s", result.exitCode, qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(result.out));
    return document.object();
}

} // namespace

class TestCliDeadline : public QObject
{
    Q_OBJECT

private slots:
    void printsTheDate_data();
    void printsTheDate();
    void json();
    void jsonExtended();
    void jsonBreach();
    void errors_data();
    void errors();
    void help();
    void holidaysAndCalendars();
};

void TestCliDeadline::printsTheDate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *arguments, const char *expected) {
        QTest::newRow(arguments) << split(arguments) << QString::fromUtf8(expected);
    };
    row("request --received 2026-01-31", "2026-03-02");
    row("request --received=2026-03-31", "2026-04-30");
    row("request --received 2026-01-31 --extended", "2026-04-30");
    row("request --extended --received=2025-01-18", "2025-04-22");
    row("request --received 2024-02-29", "2024-04-02");
    row("request --received 2026-03-27", "2026-04-28");
    row("request --received 2025-03-26 --calendar NL", "2025-04-28");
    row("days --from 2026-12-31 --days 2", "2027-01-05");
    row("days --from 2026-03-24 --days=10", "2026-04-07");
    row("days --from 2026-07-16 --days 5", "2026-07-21");
    row("days --from 2026-07-16 --days 5 --calendar BE", "2026-07-22");
    row("days --from 2026-07-16 --days 5 --calendar=be", "2026-07-22");
    // Local time (Amsterdam, see runCli) across the spring change: 10:00 CET + 72 h = 11:00 CEST.
    row("breach --aware 2026-03-27T10:00", "2026-03-30T11:00:00+02:00");
    row("breach --aware 2026-10-23T10:00", "2026-10-26T09:00:00+01:00");
    // 02:30 on 25 October 2026 happens twice; the first (CEST) is taken, giving the earlier deadline.
    row("breach --aware 2026-10-25T02:30", "2026-10-28T01:30:00+01:00");
    // A given offset is kept: 08:00 UTC + 72 h = 08:00 UTC on 26 October, written at +02:00.
    row("breach --aware 2026-10-23T10:00:00+02:00", "2026-10-26T10:00:00+02:00");
    row("breach --aware 2026-10-23T10:00+0200", "2026-10-26T10:00:00+02:00");
    row("breach --aware=2026-12-30T15:30Z", "2027-01-02T15:30:00+00:00");
    row("breach --aware 2026-12-31T23:59:59.250+01:00", "2027-01-03T23:59:59.250+01:00");
    row("breach --aware 2026-04-03T09:00-05:00", "2026-04-06T09:00:00-05:00");
    row("breach --aware 2026-03-27T10:00 --calendar NL", "2026-03-30T11:00:00+02:00"); // accepted, hours ignore it
}

void TestCliDeadline::printsTheDate()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, expected + QLatin1Char('\n')); // the date and nothing else
    QCOMPARE(result.err, QString());
}

void TestCliDeadline::json()
{
    const QJsonObject json = runJson(split("request --received 2026-03-03 --json"));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("request"));
    QCOMPARE(json.value(QStringLiteral("received")).toString(), QStringLiteral("2026-03-03"));
    QCOMPARE(json.value(QStringLiteral("due")).toString(), QStringLiteral("2026-04-07"));
    QCOMPARE(json.value(QStringLiteral("rawEnd")).toString(), QStringLiteral("2026-04-03"));
    QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("P1M"));
    QCOMPARE(json.value(QStringLiteral("calendar")).toString(), QStringLiteral("NL"));
    QCOMPARE(json.value(QStringLiteral("extended")).toBool(true), false);
    // Good Friday is a holiday under the Algemene termijnenwet but disputed for an EU time limit (A17): the
    // statutory date stays Tue 7 Apr, the day to act by is Fri 3 Apr, counting Good Friday as a working day.
    QCOMPARE(json.value(QStringLiteral("act_by")).toString(), QStringLiteral("2026-04-03"));
    const QJsonArray disputed = json.value(QStringLiteral("disputed")).toArray();
    QCOMPARE(disputed.size(), 1);
    QCOMPARE(disputed.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-03"));
    QCOMPARE(disputed.at(0).toObject().value(QStringLiteral("holiday")).toString(), QStringLiteral("Good Friday"));
    QVERIFY(json.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("Act by")));
    // Five working days before Fri 3 Apr, counted on the full calendar: Thu 2, Wed 1, Tue 31, Mon 30, Fri 27 March.
    QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("2026-03-27"));
    QCOMPARE(json.value(QStringLiteral("targetWorkingDays")).toInt(), 5);
    QVERIFY(json.value(QStringLiteral("rule")).toString().contains(QStringLiteral("12(3)")));
    QVERIFY(json.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("1182/71")));

    const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 4);
    const QStringList dates = {QStringLiteral("2026-04-03"), QStringLiteral("2026-04-04"), QStringLiteral("2026-04-05"),
                               QStringLiteral("2026-04-06")};
    const QStringList reasons = {QStringLiteral("holiday"), QStringLiteral("Saturday"), QStringLiteral("Sunday"),
                                 QStringLiteral("holiday")};
    for (qsizetype i = 0; i < skipped.size(); ++i) {
        const QJsonObject day = skipped.at(i).toObject();
        QCOMPARE(day.value(QStringLiteral("date")).toString(), dates.at(i));
        QCOMPARE(day.value(QStringLiteral("reason")).toString(), reasons.at(i));
    }
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("holiday")).toString(), QStringLiteral("Good Friday"));
    QCOMPARE(skipped.at(3).toObject().value(QStringLiteral("holiday")).toString(), QStringLiteral("Easter Monday"));

    // --target-days sets the margin; art. 3(5) shows as its own reason.
    const QJsonObject days = runJson(split("days --from 2026-12-31 --days 2 --json --target-days 0"));
    QCOMPARE(days.value(QStringLiteral("kind")).toString(), QStringLiteral("days"));
    QCOMPARE(days.value(QStringLiteral("days")).toInt(), 2);
    QCOMPARE(days.value(QStringLiteral("due")).toString(), QStringLiteral("2027-01-05"));
    QCOMPARE(days.value(QStringLiteral("target")).toString(), QStringLiteral("2027-01-05"));
    QCOMPARE(days.value(QStringLiteral("act_by")).toString(), QStringLiteral("2027-01-05")); // no disputed day
    QVERIFY(days.value(QStringLiteral("disputed")).toArray().isEmpty());
    QCOMPARE(days.value(QStringLiteral("period")).toString(), QStringLiteral("P2D"));
    const QJsonArray daysSkipped = days.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(daysSkipped.size(), 3);
    QCOMPARE(daysSkipped.at(2).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("two-working-days-minimum"));
}

void TestCliDeadline::jsonExtended()
{
    const QJsonObject json = runJson(split("request --received 2026-01-31 --extended --json"));
    QCOMPARE(json.value(QStringLiteral("extended")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("due")).toString(), QStringLiteral("2026-04-30"));
    QCOMPARE(json.value(QStringLiteral("rawEnd")).toString(), QStringLiteral("2026-04-30"));
    QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("P3M"));
    QCOMPARE(json.value(QStringLiteral("extensionNoticeDue")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(json.value(QStringLiteral("skipped")).toArray().size(), 0);
}

void TestCliDeadline::jsonBreach()
{
    const QJsonObject json = runJson(split("breach --aware 2026-03-27T10:00 --json"));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("breach"));
    QCOMPARE(json.value(QStringLiteral("aware")).toString(), QStringLiteral("2026-03-27T10:00:00+01:00"));
    QCOMPARE(json.value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-30T11:00:00+02:00"));
    QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("PT72H"));
    QVERIFY(json.value(QStringLiteral("rule")).toString().contains(QStringLiteral("33(1)")));
    QCOMPARE(json.value(QStringLiteral("skipped")).toArray().size(), 0);
}

void TestCliDeadline::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *arguments, const char *mentions) {
        QTest::newRow(arguments) << split(arguments) << QString::fromUtf8(mentions);
    };
    row("", "missing");
    row("month --received 2026-01-31", "month");
    row("request --received 2026-02-30", "2026-02-30");
    row("request --received 2026-2-3", "2026-2-3");
    row("request --received 20260131", "20260131");
    row("request --received 2026-13-01", "2026-13-01");
    row("request --received 2026-01-31T10:00", "2026-01-31T10:00");
    row("request --received=", "''");
    row("request", "--received");
    row("request --received", "--received");
    row("request --received 2026-01-31 --calendar XX", "XX");
    row("request --received 2026-01-31 --calendar ../NL", "../NL");
    row("request --received 2026-01-31 --bogus", "--bogus");
    row("request --received 2026-01-31 --extended=yes", "--extended");
    row("request --received 2026-01-31 later", "later");
    row("request --received 2026-01-31 --received 2026-02-01", "--received");
    row("request --received 2026-01-31 --target-days -1", "-1");
    row("days --from 2026-01-01", "--days");
    row("days --from 2026-01-01 --days 0", "0");
    row("days --from 2026-01-01 --days abc", "abc");
    row("days --days 5", "--from");
    row("breach --aware 2026-03-29T02:30", "2026-03-29T02:30"); // skipped by the change to summer time
    row("breach --aware 2026-03-27T25:00", "2026-03-27T25:00");
    row("breach --aware 2026-03-27", "2026-03-27");
    row("breach --aware 2026-02-30T10:00", "2026-02-30T10:00");
    row("breach --aware 2026-03-27T10:00+25:00", "2026-03-27T10:00+25:00");
    row("breach --received 2026-03-27", "--received");
    row("breach --aware 2026-03-27T10:00 --calendar XX", "XX");
    row("holidays --year 12", "12");
    // The first thing wrong, reading from the left; options take two dashes.
    row("request --received 2026-01-31 -json", "'-json'");
    row("request --received 2026-01-31 -h", "'-h'");
    row("request --received 2026-01-31 --", "'--'");
    row("request --extended --extended", "'--extended' is given more than once");
    row("request --bogus later", "'--bogus'");
    row("request later --bogus", "'later'");
    row("request --extended=yes --bogus", "'--extended' takes no value");
}

void TestCliDeadline::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("custodian-cli: ")), qPrintable(result.err));
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(result.err)); // one line
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
}

void TestCliDeadline::help()
{
    const Result result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("--received")));
    QVERIFY(result.out.contains(QStringLiteral("--aware")));
    const Result requestHelp = runCli(split("request --help"));
    QCOMPARE(requestHelp.exitCode, 0);
    QVERIFY(requestHelp.out.contains(QStringLiteral("--extended")));
}

void TestCliDeadline::holidaysAndCalendars()
{
    const Result holidays = runCli(split("holidays --year 2026"));
    QCOMPARE(holidays.exitCode, 0);
    const QStringList lines = holidays.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(0), QStringLiteral("2026-01-01 New Year's Day"));
    QCOMPARE(lines.at(3), QStringLiteral("2026-04-27 King's Day"));

    const QJsonObject json = runJson(split("holidays --year 2025 --json"));
    QCOMPARE(json.value(QStringLiteral("calendar")).toString(), QStringLiteral("NL"));
    const QJsonArray list = json.value(QStringLiteral("holidays")).toArray();
    QCOMPARE(list.size(), 9);
    QCOMPARE(list.at(3).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-04-26"));

    const Result calendars = runCli(split("calendars"));
    QCOMPARE(calendars.exitCode, 0);
    QVERIFY(calendars.out.contains(QStringLiteral("NL Netherlands")));
    QVERIFY(calendars.out.contains(QStringLiteral("BE Belgium")));
}

QTEST_GUILESS_MAIN(TestCliDeadline)
#include "tst_cli_deadline.moc"
