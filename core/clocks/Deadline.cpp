#include "Deadline.h"

#include <QLocale>
#include <QTime>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace Custodian::Clocks {

namespace {

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString offsetText(const QDateTime &moment)
{
    const int offset = moment.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString Deadline::SkippedDay::holidayName(const QString &language) const
{
    QStringList names;
    for (const Holiday &holiday : holidays)
        names << holiday.name(language);
    return QLocale().createSeparatedList(names);
}

QString Deadline::SkippedDay::reasonText() const
{
    switch (reason) {
    case SkipReason::Saturday:
        return tr("%1 is not a working day: it is a Saturday.").arg(longDate(date));
    case SkipReason::Sunday:
        return tr("%1 is not a working day: it is a Sunday.").arg(longDate(date));
    case SkipReason::PublicHoliday:
        return tr("%1 is not a working day: it is a public holiday (%2).").arg(longDate(date), holidayName());
    case SkipReason::TooFewWorkingDays:
        return tr("%1 is passed over as well: a period of two days or more must include at least two working days "
                  "(Reg. 1182/71 art. 3(5)).")
            .arg(longDate(date));
    }
    return QString();
}

Deadline::Deadline(Rule rule, Purpose purpose, int length, QDate event, QDate rawEnd, QDate due,
                   QList<SkippedDay> skipped, QString calendarCode)
    : m_rule(rule), m_purpose(purpose), m_length(length), m_event(event), m_rawEnd(rawEnd), m_due(due),
      m_skipped(std::move(skipped)), m_calendarCode(std::move(calendarCode))
{}

Deadline::Deadline(Purpose purpose, int hours, const QDateTime &event, const QDateTime &due)
    : m_rule(Rule::Hours), m_purpose(purpose), m_length(hours), m_event(event.date()), m_eventMoment(event),
      m_rawEnd(due.date()), m_due(due.date()), m_dueMoment(due)
{}

QString Deadline::isoPeriod() const
{
    switch (m_rule) {
    case Rule::Months:
        return QStringLiteral("P%1M").arg(m_length);
    case Rule::Days:
        return QStringLiteral("P%1D").arg(m_length);
    case Rule::Hours:
        return QStringLiteral("PT%1H").arg(m_length);
    case Rule::None:
        break;
    }
    return QString();
}

void Deadline::setInternalTarget(QDate target, int workingDaysEarlier, bool clamped)
{
    m_target = target;
    m_targetWorkingDays = workingDaysEarlier;
    m_targetClamped = clamped;
}

QString Deadline::ruleText() const
{
    // Whole sentences per case rather than a sentence assembled from pieces, so that translations can reorder.
    switch (m_purpose) {
    case Purpose::Request:
        return tr("One month from receipt of the request (GDPR art. 12(3))");
    case Purpose::ExtendedRequest:
        return tr("Three months from receipt of the request: one month extended by two further months "
                  "(GDPR art. 12(3))");
    case Purpose::ExtensionNotice:
        return tr("The data subject must be told of the extension within one month of receipt of the request "
                  "(GDPR art. 12(3))");
    case Purpose::BreachNotification:
        return tr("Notify the supervisory authority without undue delay and, where feasible, within %1 hours of "
                  "becoming aware of the breach, unless it is unlikely to result in a risk to people (GDPR art. "
                  "33(1)); a later notification gives the reasons for the delay")
            .arg(m_length);
    case Purpose::Period:
        break;
    }
    const QString from = longDate(m_event);
    switch (m_rule) {
    case Rule::Months:
        return m_length == 1 ? tr("A period of one month from %1").arg(from)
                             : tr("A period of %1 months from %2").arg(m_length).arg(from);
    case Rule::Days:
        return m_length == 1 ? tr("A period of one day from %1").arg(from)
                             : tr("A period of %1 days from %2").arg(m_length).arg(from);
    case Rule::Hours:
        return m_length == 1 ? tr("A period of one hour from %1").arg(from)
                             : tr("A period of %1 hours from %2").arg(m_length).arg(from);
    case Rule::None:
        break;
    }
    return QString();
}

QString Deadline::countingText() const
{
    switch (m_rule) {
    case Rule::Months:
        return tr("Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count "
                  "(art. 3(1)); the period ends on the day of the last month that has the same number as the day of "
                  "the event, or on the last day of that month when it has no such day (art. 3(2)(c)).");
    case Rule::Days:
        return tr("Counted under Regulation (EEC, Euratom) No 1182/71: the day of the event does not count "
                  "(art. 3(1)); the period starts the next day and ends at the end of its last day (art. 3(2)(b)).");
    case Rule::Hours:
        return tr("The hours are counted as elapsed time from the moment of awareness, through nights, weekends, "
                  "public holidays and daylight-saving changes, and never moved to a working day. This is simpler "
                  "and up to an hour earlier than Reg. 1182/71 art. 3(1) and 3(2)(a), which leave out the hour the "
                  "event occurs in: a deliberate, conservative choice.");
    case Rule::None:
        break;
    }
    return QString();
}

QStringList Deadline::explanationLines() const
{
    QStringList lines;
    if (!isValid())
        return lines;
    lines << tr("Rule: %1.").arg(ruleText()) << countingText();

    if (m_rule == Rule::Hours) {
        const auto moment = [](const QDateTime &dateTime) {
            return tr("%1 at %2 (UTC%3)")
                .arg(longDate(dateTime.date()), QLocale().toString(dateTime.time(), QLocale::ShortFormat),
                     offsetText(dateTime));
        };
        lines << (m_purpose == Purpose::BreachNotification
                      ? tr("Became aware of the breach on %1.").arg(moment(m_eventMoment))
                      : tr("The period starts on %1.").arg(moment(m_eventMoment)));
        if (m_eventMoment.offsetFromUtc() != m_dueMoment.offsetFromUtc()) {
            lines << tr("The offset from UTC changes from %1 to %2 within the period (daylight-saving time); the hours "
                        "are elapsed time, so the clock time of the deadline differs from that of the start.")
                         .arg(offsetText(m_eventMoment), offsetText(m_dueMoment));
        }
        lines << tr("Deadline: %1.").arg(moment(m_dueMoment));
        return lines;
    }

    if (m_rule == Rule::Months && m_event.day() > m_rawEnd.day()) {
        lines << tr("Without moving, the period would end on %1: that month has no day %2, so the period ends on "
                    "its last day.")
                     .arg(longDate(m_rawEnd))
                     .arg(m_event.day());
    } else {
        lines << tr("Without moving, the period would end on %1.").arg(longDate(m_rawEnd));
    }
    const bool moved = std::any_of(m_skipped.cbegin(), m_skipped.cend(),
                                   [](const SkippedDay &day) { return day.reason != SkipReason::TooFewWorkingDays; });
    if (moved) {
        lines << tr("A period whose last day is a Saturday, Sunday or public holiday ends at the end of the next "
                    "working day (Reg. 1182/71 art. 3(4)).");
    }
    for (const SkippedDay &day : m_skipped)
        lines << day.reasonText();
    if (!m_calendarCode.isEmpty())
        lines << tr("Public holidays are those of the calendar %1.").arg(m_calendarCode);
    lines << tr("The period ends at the end of %1.").arg(longDate(m_due));
    if (actBy() < m_due) {
        QStringList names;
        for (const Holiday &holiday : m_disputedDays)
            names << holiday.name();
        lines << tr("Act by %1: %2 is a public holiday on the national list, but whether it counts for a time limit "
                    "of EU law is not settled (Reg. 1182/71 art. 2(1)). Counted as a working day, the period ends on "
                    "%1; a deadline met late is the dangerous error.")
                     .arg(longDate(actBy()), QLocale().createSeparatedList(names));
    }

    if (m_target.isValid()) {
        if (m_targetClamped) {
            lines << tr("Internal target: %1, the day of the event, because the margin of working days would put it "
                        "before the event.")
                         .arg(longDate(m_target));
        } else if (m_targetWorkingDays == 0) {
            lines << tr("Internal target: %1, the day to act by itself (no margin is configured).")
                         .arg(longDate(m_target));
        } else if (m_targetWorkingDays == 1) {
            lines << tr("Internal target: %1, one working day before the day to act by.").arg(longDate(m_target));
        } else {
            lines << tr("Internal target: %1, %2 working days before the day to act by.")
                         .arg(longDate(m_target))
                         .arg(m_targetWorkingDays);
        }
    }
    return lines;
}

void Deadline::setActBy(QDate actBy, QList<Holiday> disputedDays)
{
    m_actBy = actBy;
    m_disputedDays = std::move(disputedDays);
}

QString Deadline::explanation() const
{
    return explanationLines().join(QLatin1Char('\n'));
}

} // namespace Custodian::Clocks
