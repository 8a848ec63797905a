#include "DeadlineCommand.h"

#include "clocks/Deadline.h"
#include "clocks/Deadlines.h"
#include "clocks/HolidayCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace Custodian::Cli {

namespace {

using Clocks::Deadline;
using Clocks::HolidayCalendar;

constexpr int UsageError = 2;
constexpr int InternalError = 1;
constexpr int MaximumDays = 36525;
constexpr int MaximumTargetDays = 60;

QString isoDate(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

// ISO 8601 with the offset always written out (+02:00, also +00:00 for UTC), so the output says which clock the
// time is on; QDateTime::toString(Qt::ISODate) leaves the offset out for local time.
QString isoMoment(const QDateTime &moment)
{
    QString text = moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (moment.time().msec() != 0)
        text += moment.toString(QStringLiteral(".zzz"));
    const int offset = moment.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return text + QStringLiteral("%1%2:%3")
                      .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
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
    DeadlineCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);

private:
    struct Option
    {
        QString name;
        bool takesValue;
    };

    int usageError(const QString &message);
    bool parseOptions(const QStringList &arguments, const QList<Option> &allowed);
    std::optional<QDate> dateOption(const QString &name);
    std::optional<QDateTime> momentOption(const QString &name);
    std::optional<int> numberOption(const QString &name, int min, int max, int fallback);
    std::optional<HolidayCalendar> calendarOption();
    QString usage() const;

    int runRequest();
    int runBreach();
    int runDays();
    int runHolidays();
    int runCalendars();

    void printDateDeadline(const Deadline &deadline, QJsonObject json);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_kind;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    int m_status = 0;
};

int DeadlineCommand::usageError(const QString &message)
{
    m_err << message << QLatin1Char('\n');
    m_err.flush();
    return UsageError;
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

bool DeadlineCommand::parseOptions(const QStringList &arguments, const QList<Option> &allowed)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            m_status = usageError(tr("custodian-cli: unexpected argument '%1'").arg(argument));
            return false;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const auto option =
            std::find_if(allowed.cbegin(), allowed.cend(), [&name](const Option &o) { return o.name == name; });
        if (option == allowed.cend()) {
            m_status = usageError(tr("custodian-cli: unknown option '--%1' for 'deadline %2'").arg(name, m_kind));
            return false;
        }
        if (m_values.contains(name) || m_flags.contains(name)) {
            m_status = usageError(tr("custodian-cli: option '--%1' is given more than once").arg(name));
            return false;
        }
        if (!option->takesValue) {
            if (equals >= 0) {
                m_status = usageError(tr("custodian-cli: option '--%1' takes no value").arg(name));
                return false;
            }
            m_flags.insert(name);
            continue;
        }
        if (equals >= 0) {
            m_values.insert(name, argument.mid(equals + 1));
        } else if (i + 1 < arguments.size()) {
            m_values.insert(name, arguments.at(++i));
        } else {
            m_status = usageError(tr("custodian-cli: option '--%1' needs a value").arg(name));
            return false;
        }
    }
    return true;
}

std::optional<QDate> DeadlineCommand::dateOption(const QString &name)
{
    if (!m_values.contains(name)) {
        m_status = usageError(tr("custodian-cli: 'deadline %1' needs --%2 YYYY-MM-DD").arg(m_kind, name));
        return std::nullopt;
    }
    const QString text = m_values.value(name);
    // Exactly YYYY-MM-DD: the pattern refuses 2026-2-3 and the like, the conversion refuses 2026-02-30.
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!pattern.match(text).hasMatch() || !date.isValid()) {
        m_status = usageError(tr("custodian-cli: invalid date '%1' (expected YYYY-MM-DD)").arg(text));
        return std::nullopt;
    }
    return date;
}

std::optional<QDateTime> DeadlineCommand::momentOption(const QString &name)
{
    if (!m_values.contains(name)) {
        m_status = usageError(tr("custodian-cli: 'deadline %1' needs --%2 DATETIME").arg(m_kind, name));
        return std::nullopt;
    }
    const QString text = m_values.value(name);
    const auto invalid = [&] {
        m_status = usageError(tr("custodian-cli: invalid date and time '%1' (expected ISO 8601, such as "
                                 "2026-03-27T14:30 or 2026-03-27T14:30+01:00)")
                                  .arg(text));
        return std::nullopt;
    };
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
                       "(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid();
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    // Fractions beyond milliseconds are cut off, which can only make the deadline earlier.
    const int msec =
        match.captured(5).isEmpty() ? 0 : match.captured(5).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return invalid();

    const QString zone = match.captured(6);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    if (!zone.isEmpty()) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 18 || minutes > 59)
            return invalid();
        const int offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }

    // No offset: local time. When the clocks go back, the wall-clock time occurs twice; take the first occurrence
    // so the deadline is the earlier of the two, never the later. When they go forward, it does not occur at all.
    std::optional<QDateTime> earliest;
    const QDateTime noon(date, QTime(12, 0));
    for (const QDateTime &probe : {noon.addDays(-1), noon, noon.addDays(1)}) {
        const QDateTime candidate = QDateTime(date, time, Qt::OffsetFromUTC, probe.offsetFromUtc()).toLocalTime();
        if (candidate.isValid() && candidate.date() == date && candidate.time() == time &&
            (!earliest || candidate < *earliest)) {
            earliest = candidate;
        }
    }
    const QDateTime direct(date, time);
    if (direct.isValid() && (!earliest || direct < *earliest))
        earliest = direct;
    if (!earliest) {
        m_status = usageError(tr("custodian-cli: '%1' does not exist in the local time zone (the clocks skip it for "
                                 "daylight-saving time)")
                                  .arg(text));
        return std::nullopt;
    }
    return earliest;
}

std::optional<int> DeadlineCommand::numberOption(const QString &name, int min, int max, int fallback)
{
    if (!m_values.contains(name))
        return fallback;
    const QString text = m_values.value(name);
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
    const QString code = m_values.value(QStringLiteral("calendar"), HolidayCalendar::defaultCode());
    if (!HolidayCalendar::availableCalendars().contains(code.toUpper())) {
        m_status = usageError(tr("custodian-cli: unknown holiday calendar '%1' (available: %2)")
                                  .arg(code, HolidayCalendar::availableCalendars().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QString error;
    auto calendar = HolidayCalendar::load(code, &error);
    if (!calendar) {
        // The file is embedded in the program, so this is a defect of the build, not of the input.
        m_err << tr("custodian-cli: %1").arg(error) << QLatin1Char('\n');
        m_status = InternalError;
    }
    return calendar;
}

void DeadlineCommand::printDateDeadline(const Deadline &deadline, QJsonObject json)
{
    if (!m_flags.contains(QStringLiteral("json"))) {
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
    json.insert(QStringLiteral("internalTarget"), isoDate(deadline.internalTarget()));
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

    const bool extended = m_flags.contains(QStringLiteral("extended"));
    const Deadline deadline = Clocks::requestDeadline(*received, extended, *calendar, *target);
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
    if (!m_values.contains(QStringLiteral("days")))
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
    if (m_values.contains(QStringLiteral("calendar")) && !calendarOption())
        return m_status;
    const Deadline deadline = Clocks::breachNotificationDeadline(*aware);
    if (!m_flags.contains(QStringLiteral("json"))) {
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
    if (!m_values.contains(QStringLiteral("year")))
        return usageError(tr("custodian-cli: 'deadline holidays' needs --year YYYY"));
    const auto year = numberOption(QStringLiteral("year"), 1583, 9999, 0);
    if (!year)
        return m_status;
    const auto calendar = calendarOption();
    if (!calendar)
        return m_status;

    const QList<Clocks::Holiday> holidays = calendar->holidaysInYear(*year);
    if (!m_flags.contains(QStringLiteral("json"))) {
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
        if (m_flags.contains(QStringLiteral("json"))) {
            list.append(
                QJsonObject{{QStringLiteral("code"), code},
                            {QStringLiteral("name"), calendar ? calendar->name(QStringLiteral("en")) : QString()},
                            {QStringLiteral("default"), code == HolidayCalendar::defaultCode()}});
        } else {
            m_out << code << QLatin1Char(' ') << name << QLatin1Char('\n');
        }
    }
    if (m_flags.contains(QStringLiteral("json")))
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

    const Option json{QStringLiteral("json"), false};
    const Option calendar{QStringLiteral("calendar"), true};
    const Option targetDays{QStringLiteral("target-days"), true};
    QList<Option> allowed;
    if (m_kind == QLatin1String("request"))
        allowed = {{QStringLiteral("received"), true}, {QStringLiteral("extended"), false}, calendar, targetDays, json};
    else if (m_kind == QLatin1String("breach"))
        allowed = {{QStringLiteral("aware"), true}, calendar, json};
    else if (m_kind == QLatin1String("days"))
        allowed = {{QStringLiteral("from"), true}, {QStringLiteral("days"), true}, calendar, targetDays, json};
    else if (m_kind == QLatin1String("holidays"))
        allowed = {{QStringLiteral("year"), true}, calendar, json};
    else if (m_kind == QLatin1String("calendars"))
        allowed = {json};
    else {
        return usageError(tr("custodian-cli: unknown deadline kind '%1' (expected request, breach, days, holidays or "
                             "calendars)")
                              .arg(m_kind));
    }
    allowed.append({QStringLiteral("help"), false});
    if (!parseOptions(arguments.mid(1), allowed))
        return m_status;
    if (m_flags.contains(QStringLiteral("help"))) {
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
