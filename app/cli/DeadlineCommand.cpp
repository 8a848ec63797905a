#include "DeadlineCommand.h"

#include "CommandLine.h"
#include "MomentArgument.h"

#include "clocks/Deadline.h"
#include "clocks/Deadlines.h"
#include "clocks/HolidayCalendar.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>

#include <cstdlib>
#include <optional>

namespace Custodian::Cli {

namespace {

using Clocks::Deadline;
using Clocks::HolidayCalendar;

constexpr int MaximumDays = 36525;
constexpr int MaximumTargetDays = 60;

QString isoDate(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString skipReasonKey(Deadline::SkipReason reason)
{
    switch (reason) {
    case Deadline::SkipReason::Saturday:
        return QStringLiteral("Saturday");
    case Deadline::SkipReason::Sunday:
        return QStringLiteral("Sunday");
    case Deadline::SkipReason::PublicHoliday:
        return QStringLiteral("holiday");
    case Deadline::SkipReason::TooFewWorkingDays:
        return QStringLiteral("two-working-days-minimum");
    }
    return QString();
}

class DeadlineCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)

public:
    DeadlineCommand(QTextStream &out, QTextStream &err) : m_cli(QStringLiteral("deadline"), out, err), m_out(out) {}

    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int parseProblem(const ParseProblem &problem);
    bool has(const QString &name) { return m_cli.parser().isSet(name); }
    QString value(const QString &name) { return m_cli.parser().value(name); }
    std::optional<QDate> dateOption(const QString &name);
    std::optional<QDateTime> momentOption(const QString &name);
    std::optional<int> numberOption(const QString &name, int min, int max, int fallback);
    std::optional<HolidayCalendar> calendarOption();
    int yearOutOfRange(int year);
    int deadlineTooLate();
    QString usage() const;

    int runRequest();
    int runBreach();
    int runDays();
    int runHolidays();
    int runCalendars();

    void printDateDeadline(const Deadline &deadline, QJsonObject json);

    CommandLine m_cli;
    QTextStream &m_out;
    QString m_kind;
    int m_status = 0;
};

// The messages here carry the "custodian-cli: " prefix in their source text, and so in their
// translations; the shared one-line error writes that prefix itself.
QString withoutPrefix(const QString &message)
{
    const QLatin1String prefix("custodian-cli: ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

int DeadlineCommand::usageError(const QString &message)
{
    return m_cli.usageError(withoutPrefix(message));
}

// One message for every kind, whichever option holds the year (review D14).
int DeadlineCommand::yearOutOfRange(int year)
{
    return usageError(tr("custodian-cli: the year %1 is outside the years the calculator counts in, %2 to %3 (the "
                         "Gregorian calendar, four-digit years)")
                          .arg(year)
                          .arg(Clocks::FirstYear)
                          .arg(Clocks::LastYear));
}

// The input was in range (checked before), so an invalid deadline is one that would end after LastYear: a date of
// five digits, which the calculator does not write and would not read back (review D14).
int DeadlineCommand::deadlineTooLate()
{
    return usageError(tr("custodian-cli: the deadline would fall after %1-12-31, the last day the calculator counts in")
                          .arg(Clocks::LastYear));
}

QString DeadlineCommand::usage() const
{
    return tr("Usage:\n"
              "  custodian-cli deadline request --received YYYY-MM-DD [--extended] [options]\n"
              "  custodian-cli deadline breach --aware DATETIME [--json]\n"
              "  custodian-cli deadline days --from YYYY-MM-DD --days N [options]\n"
              "  custodian-cli deadline holidays --year YYYY [--calendar CODE] [--json]\n"
              "  custodian-cli deadline calendars [--json]\n"
              "\n"
              "request   the answer to a data subject's request: one month from receipt, three months when\n"
              "          --extended (GDPR art. 12(3))\n"
              "breach    the notification of a breach: 72 hours from the moment of awareness (GDPR art. 33(1));\n"
              "          DATETIME is ISO 8601, such as 2026-03-27T14:30 (local time) or 2026-03-27T14:30+01:00\n"
              "days      the end of a period of N days after a day, such as an objection window\n"
              "\n"
              "Options:\n"
              "  --calendar CODE     holiday calendar (default NL)\n"
              "  --target-days N     working days between the internal target and the deadline (default 5)\n"
              "  --json              print the deadline with the rule applied and the days skipped, as JSON\n"
              "\n"
              "Dates are counted under Regulation (EEC, Euratom) No 1182/71; see \"How Custodian counts deadlines\"\n"
              "in the README.\n");
}

int DeadlineCommand::parseProblem(const ParseProblem &problem)
{
    switch (problem.kind) {
    case ParseProblem::Kind::None:
        break;
    case ParseProblem::Kind::UnexpectedArgument:
        return usageError(tr("custodian-cli: unexpected argument '%1'").arg(problem.argument));
    case ParseProblem::Kind::UnknownOption:
        return usageError(tr("custodian-cli: unknown option '--%1' for 'deadline %2'").arg(problem.name, m_kind));
    case ParseProblem::Kind::Repeated:
        return usageError(tr("custodian-cli: option '--%1' is given more than once").arg(problem.name));
    case ParseProblem::Kind::UnexpectedValue:
        return usageError(tr("custodian-cli: option '--%1' takes no value").arg(problem.name));
    case ParseProblem::Kind::MissingValue:
        return usageError(tr("custodian-cli: option '--%1' needs a value").arg(problem.name));
    }
    return ExitOk;
}

std::optional<QDate> DeadlineCommand::dateOption(const QString &name)
{
    if (!has(name)) {
        m_status = usageError(tr("custodian-cli: 'deadline %1' needs --%2 YYYY-MM-DD").arg(m_kind, name));
        return std::nullopt;
    }
    const QString text = value(name);
    // Exactly YYYY-MM-DD: the pattern refuses 2026-2-3 and the like, the conversion refuses 2026-02-30.
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    const bool wellFormed = pattern.match(text).hasMatch();
    if (wellFormed && text.left(4).toInt() < Clocks::FirstYear) {
        m_status = yearOutOfRange(text.left(4).toInt());
        return std::nullopt;
    }
    if (!wellFormed || !date.isValid()) {
        m_status = usageError(tr("custodian-cli: invalid date '%1' (expected YYYY-MM-DD)").arg(text));
        return std::nullopt;
    }
    return date;
}

std::optional<QDateTime> DeadlineCommand::momentOption(const QString &name)
{
    if (!has(name)) {
        m_status = usageError(tr("custodian-cli: 'deadline %1' needs --%2 DATETIME").arg(m_kind, name));
        return std::nullopt;
    }
    QString problem;
    const std::optional<QDateTime> moment = parseMomentArgument(value(name), &problem);
    if (!moment)
        m_status = usageError(problem);
    return moment;
}

std::optional<int> DeadlineCommand::numberOption(const QString &name, int min, int max, int fallback)
{
    if (!has(name))
        return fallback;
    const QString text = value(name);
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,9}$"));
    const int number = text.toInt();
    if (!pattern.match(text).hasMatch() || number < min || number > max) {
        m_status = usageError(tr("custodian-cli: invalid value '%1' for --%2 (expected a whole number from %3 to %4)")
                                  .arg(text, name, QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return number;
}

std::optional<HolidayCalendar> DeadlineCommand::calendarOption()
{
    const QString code =
        has(QStringLiteral("calendar")) ? value(QStringLiteral("calendar")) : HolidayCalendar::defaultCode();
    if (!HolidayCalendar::availableCalendars().contains(code.toUpper())) {
        m_status = usageError(tr("custodian-cli: unknown holiday calendar '%1' (available: %2)")
                                  .arg(code, HolidayCalendar::availableCalendars().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QString error;
    auto calendar = HolidayCalendar::load(code, &error);
    if (!calendar) {
        // The file is embedded in the program, so this is a defect of the build, not of the input.
        m_status = m_cli.fail(withoutPrefix(tr("custodian-cli: %1").arg(error)));
    }
    return calendar;
}

void DeadlineCommand::printDateDeadline(const Deadline &deadline, QJsonObject json)
{
    if (!has(QStringLiteral("json"))) {
        m_out << isoDate(deadline.due()) << QLatin1Char('\n');
        return;
    }
    QJsonArray skipped;
    const QList<Deadline::SkippedDay> days = deadline.skippedDays();
    for (const Deadline::SkippedDay &day : days) {
        QJsonObject entry{{QStringLiteral("date"), isoDate(day.date)},
                          {QStringLiteral("reason"), skipReasonKey(day.reason)}};
        // English names, like the reason keys: the JSON is for programs; "explanation" is the translated text.
        if (day.reason == Deadline::SkipReason::PublicHoliday)
            entry.insert(QStringLiteral("holiday"), day.holidayName(QStringLiteral("en")));
        skipped.append(entry);
    }
    json.insert(QStringLiteral("due"), isoDate(deadline.due()));
    json.insert(QStringLiteral("rawEnd"), isoDate(deadline.rawEnd()));
    json.insert(QStringLiteral("period"), deadline.isoPeriod());
    json.insert(QStringLiteral("rule"), deadline.ruleText());
    json.insert(QStringLiteral("skipped"), skipped);
    json.insert(QStringLiteral("calendar"), deadline.calendarCode());
    // The three dates of DECISIONS.md: the statutory date (due), the day to act by (never later: disputed holidays
    // count as working days) and the internal target before it.
    json.insert(QStringLiteral("act_by"), isoDate(deadline.actBy()));
    QJsonArray disputed;
    const QList<Clocks::Holiday> disputedDays = deadline.disputedDays();
    for (const Clocks::Holiday &holiday : disputedDays)
        disputed.append(QJsonObject{{QStringLiteral("date"), isoDate(holiday.date())},
                                    {QStringLiteral("holiday"), holiday.name(QStringLiteral("en"))}});
    json.insert(QStringLiteral("disputed"), disputed);
    json.insert(QStringLiteral("target"), isoDate(deadline.internalTarget()));
    json.insert(QStringLiteral("targetWorkingDays"), deadline.targetWorkingDays());
    json.insert(QStringLiteral("explanation"), deadline.explanation());
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
}

int DeadlineCommand::runRequest()
{
    const auto received = dateOption(QStringLiteral("received"));
    if (!received)
        return m_status;
    const auto target =
        numberOption(QStringLiteral("target-days"), 0, MaximumTargetDays, Deadline::DefaultTargetWorkingDays);
    if (!target)
        return m_status;
    const auto calendar = calendarOption();
    if (!calendar)
        return m_status;

    const bool extended = has(QStringLiteral("extended"));
    const Deadline deadline = Clocks::requestDeadline(*received, extended, *calendar, *target);
    if (!deadline.isValid())
        return deadlineTooLate();
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("request")},
                     {QStringLiteral("received"), isoDate(*received)},
                     {QStringLiteral("extended"), extended}};
    if (extended) {
        const Deadline notice = Clocks::extensionNoticeDue(*received, *calendar, *target);
        json.insert(QStringLiteral("extensionNoticeDue"), isoDate(notice.due()));
    }
    printDateDeadline(deadline, json);
    return 0;
}

int DeadlineCommand::runDays()
{
    const auto from = dateOption(QStringLiteral("from"));
    if (!from)
        return m_status;
    if (!has(QStringLiteral("days")))
        return usageError(tr("custodian-cli: 'deadline days' needs --days N"));
    const auto days = numberOption(QStringLiteral("days"), 1, MaximumDays, 0);
    if (!days)
        return m_status;
    const auto target =
        numberOption(QStringLiteral("target-days"), 0, MaximumTargetDays, Deadline::DefaultTargetWorkingDays);
    if (!target)
        return m_status;
    const auto calendar = calendarOption();
    if (!calendar)
        return m_status;

    const Deadline deadline = Clocks::addDays(*from, *days, *calendar, *target);
    if (!deadline.isValid())
        return deadlineTooLate();
    printDateDeadline(deadline, QJsonObject{{QStringLiteral("kind"), QStringLiteral("days")},
                                            {QStringLiteral("from"), isoDate(*from)},
                                            {QStringLiteral("days"), *days}});
    return 0;
}

int DeadlineCommand::runBreach()
{
    const auto aware = momentOption(QStringLiteral("aware"));
    if (!aware)
        return m_status;
    // Accepted so scripts can pass the same options to every kind, and still checked so a typo is reported.
    if (has(QStringLiteral("calendar")) && !calendarOption())
        return m_status;
    const Deadline deadline = Clocks::breachNotificationDeadline(*aware);
    if (!deadline.isValid())
        return deadlineTooLate();
    if (!has(QStringLiteral("json"))) {
        m_out << isoMoment(deadline.dueMoment()) << QLatin1Char('\n');
        return 0;
    }
    const QJsonObject json{{QStringLiteral("kind"), QStringLiteral("breach")},
                           {QStringLiteral("aware"), isoMoment(deadline.eventMoment())},
                           {QStringLiteral("due"), isoMoment(deadline.dueMoment())},
                           {QStringLiteral("period"), deadline.isoPeriod()},
                           {QStringLiteral("rule"), deadline.ruleText()},
                           {QStringLiteral("skipped"), QJsonArray()},
                           {QStringLiteral("explanation"), deadline.explanation()}};
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    return 0;
}

int DeadlineCommand::runHolidays()
{
    if (!has(QStringLiteral("year")))
        return usageError(tr("custodian-cli: 'deadline holidays' needs --year YYYY"));
    // A whole number outside the years gets the message request and days give for such a year; anything else
    // is not a year at all.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const QString yearText = value(QStringLiteral("year"));
    if (digits.match(yearText).hasMatch() &&
        (yearText.toInt() < Clocks::FirstYear || yearText.toInt() > Clocks::LastYear)) {
        return yearOutOfRange(yearText.toInt());
    }
    const auto year = numberOption(QStringLiteral("year"), Clocks::FirstYear, Clocks::LastYear, 0);
    if (!year)
        return m_status;
    const auto calendar = calendarOption();
    if (!calendar)
        return m_status;

    const QList<Clocks::Holiday> holidays = calendar->holidaysInYear(*year);
    if (!has(QStringLiteral("json"))) {
        for (const Clocks::Holiday &holiday : holidays)
            m_out << isoDate(holiday.date()) << QLatin1Char(' ') << holiday.name() << QLatin1Char('\n');
        return 0;
    }
    QJsonArray list;
    for (const Clocks::Holiday &holiday : holidays) {
        list.append(QJsonObject{{QStringLiteral("date"), isoDate(holiday.date())},
                                {QStringLiteral("id"), holiday.id()},
                                {QStringLiteral("name"), holiday.name(QStringLiteral("en"))}});
    }
    const QJsonObject json{{QStringLiteral("calendar"), calendar->code()},
                           {QStringLiteral("year"), *year},
                           {QStringLiteral("holidays"), list}};
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    return 0;
}

int DeadlineCommand::runCalendars()
{
    const QStringList codes = HolidayCalendar::availableCalendars();
    QJsonArray list;
    for (const QString &code : codes) {
        const auto calendar = HolidayCalendar::load(code);
        const QString name = calendar ? calendar->name() : QString();
        if (has(QStringLiteral("json"))) {
            list.append(
                QJsonObject{{QStringLiteral("code"), code},
                            {QStringLiteral("name"), calendar ? calendar->name(QStringLiteral("en")) : QString()},
                            {QStringLiteral("default"), code == HolidayCalendar::defaultCode()}});
        } else {
            m_out << code << QLatin1Char(' ') << name << QLatin1Char('\n');
        }
    }
    if (has(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    return 0;
}

int DeadlineCommand::run(const QStringList &arguments)
{
    m_kind = arguments.value(0);
    if (m_kind.isEmpty()) {
        return usageError(tr("custodian-cli: missing deadline kind (expected request, breach, days, holidays or "
                             "calendars; see 'custodian-cli deadline --help')"));
    }
    if (m_kind == QLatin1String("--help") || m_kind == QLatin1String("-h") || m_kind == QLatin1String("help")) {
        m_out << usage();
        return 0;
    }

    // The options of each kind. --help prints usage(), so the options need no descriptions of their own.
    const auto option = [](const char *name, const char *valueName = nullptr) {
        return QCommandLineOption(QLatin1String(name), QString(), valueName ? QLatin1String(valueName) : QString());
    };
    const QCommandLineOption json = option("json");
    const QCommandLineOption calendar = option("calendar", "CODE");
    const QCommandLineOption targetDays = option("target-days", "N");
    QList<QCommandLineOption> options;
    if (m_kind == QLatin1String("request"))
        options = {option("received", "YYYY-MM-DD"), option("extended"), calendar, targetDays, json};
    else if (m_kind == QLatin1String("breach"))
        options = {option("aware", "DATETIME"), calendar, json};
    else if (m_kind == QLatin1String("days"))
        options = {option("from", "YYYY-MM-DD"), option("days", "N"), calendar, targetDays, json};
    else if (m_kind == QLatin1String("holidays"))
        options = {option("year", "YYYY"), calendar, json};
    else if (m_kind == QLatin1String("calendars"))
        options = {json};
    else {
        return usageError(tr("custodian-cli: unknown deadline kind '%1' (expected request, breach, days, holidays or "
                             "calendars)")
                              .arg(m_kind));
    }
    for (const QCommandLineOption &each : std::as_const(options))
        m_cli.addOption(each);
    const ParseProblem problem = m_cli.parseStrictly(arguments.mid(1));
    if (problem.kind != ParseProblem::Kind::None)
        return parseProblem(problem);
    if (m_cli.helpRequested()) {
        m_out << usage();
        return 0;
    }

    if (m_kind == QLatin1String("request"))
        return runRequest();
    if (m_kind == QLatin1String("breach"))
        return runBreach();
    if (m_kind == QLatin1String("days"))
        return runDays();
    if (m_kind == QLatin1String("holidays"))
        return runHolidays();
    return runCalendars();
}

} // namespace

int runDeadlineCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    DeadlineCommand command(out, err);
    const int status = command.run(arguments);
    out.flush();
    err.flush();
    return status;
}

} // namespace Custodian::Cli
