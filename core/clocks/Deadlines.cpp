#include "Deadlines.h"

#include <QTimeZone>

namespace Custodian::Clocks {

namespace {

// Keeps the loops below bounded whatever the input: no real period is longer than a century.
constexpr int MaximumMonths = 1200;
constexpr int MaximumDays = 36525;
constexpr int MaximumHours = 876600;

Deadline::SkippedDay nonWorkingDay(QDate date, const HolidayCalendar &calendar)
{
    Deadline::SkippedDay day;
    day.date = date;
    day.holidays = calendar.holidaysOn(date);
    if (!day.holidays.isEmpty())
        day.reason = Deadline::SkipReason::PublicHoliday;
    else
        day.reason = date.dayOfWeek() == Qt::Saturday ? Deadline::SkipReason::Saturday : Deadline::SkipReason::Sunday;
    return day;
}

// The last day of a period whose last day by the counting rules is `rawEnd`, moved off non-working days, with the
// days it was moved past.
QDate movedEnd(QDate event, QDate rawEnd, const HolidayCalendar &calendar, QList<Deadline::SkippedDay> &skipped)
{
    QDate end = rawEnd;
    // Reg. 1182/71 art. 3(4): a period ending on a public holiday, Sunday or Saturday ends with the expiry of the
    // last hour of the following working day.
    while (!calendar.isWorkingDay(end)) {
        skipped.append(nonWorkingDay(end, calendar));
        end = end.addDays(1);
    }

    // Reg. 1182/71 art. 3(5): any period of two days or more includes at least two working days. Only a short
    // period can fall short, e.g. two days after Thursday 31 December: Friday is New Year's Day, the weekend
    // follows, and moving to Monday still leaves a single working day, so the period runs to Tuesday.
    const QDate first = event.addDays(1);
    if (first.daysTo(rawEnd) + 1 >= 2) {
        int workingDays = 0;
        for (QDate day = first; day <= end; day = day.addDays(1)) {
            if (calendar.isWorkingDay(day))
                ++workingDays;
        }
        while (workingDays < 2) {
            skipped.append({end, Deadline::SkipReason::TooFewWorkingDays, {}});
            end = end.addDays(1);
            while (!calendar.isWorkingDay(end)) {
                skipped.append(nonWorkingDay(end, calendar));
                end = end.addDays(1);
            }
            ++workingDays;
        }
    }
    return end;
}

// Ends a period in days, weeks or months whose last day by the counting rules is `rawEnd`.
Deadline finishDatePeriod(Deadline::Rule rule, int length, QDate event, QDate rawEnd, const HolidayCalendar &calendar,
                          int targetWorkingDays)
{
    QList<Deadline::SkippedDay> skipped;
    const QDate end = movedEnd(event, rawEnd, calendar, skipped);

    Deadline deadline(rule, Deadline::Purpose::Period, length, event, rawEnd, end, skipped, calendar.code());
    // The act-by date: the same count with the disputed holidays as working days. Fewer non-working days can only
    // end the period on the same day or earlier.
    QDate actBy = end;
    if (calendar.hasDisputedDays()) {
        QList<Deadline::SkippedDay> narrowSkipped;
        actBy = movedEnd(event, rawEnd, calendar.withoutDisputed(), narrowSkipped);
        QList<Holiday> disputed;
        if (actBy < end) {
            for (const Deadline::SkippedDay &day : std::as_const(skipped)) {
                for (const Holiday &holiday : day.holidays) {
                    if (holiday.isDisputed())
                        disputed.append(holiday);
                }
            }
        }
        deadline.setActBy(actBy, disputed);
    }
    // The margin is counted back on the full calendar: more days off make the target earlier, never later.
    const QDate target = internalTarget(actBy, targetWorkingDays, calendar);
    // A target before the event could never be met; the event day is the earliest day anything can be done.
    const bool clamped = target < event;
    deadline.setInternalTarget(clamped ? event : target, qMax(0, targetWorkingDays), clamped);
    return deadline;
}

} // namespace

bool isSupportedDate(QDate date)
{
    return date.isValid() && date.year() >= FirstYear && date.year() <= LastYear;
}

Deadline addMonths(QDate event, int months, const HolidayCalendar &calendar, int targetWorkingDays)
{
    if (!isSupportedDate(event) || months < 1 || months > MaximumMonths)
        return {};
    // Reg. 1182/71 art. 3(2)(c): the period ends on the day of the last month with the same number as the day
    // from which it runs (art. 3(1): the event day itself does not count), or on the last day of that month
    // when it has no such day. Counted out explicitly rather than left to QDate::addMonths, so the rule is visible.
    const int monthIndex = event.month() - 1 + months;
    const int year = event.year() + monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    const QDate rawEnd(year, month, qMin(event.day(), lastDay));
    Deadline deadline = finishDatePeriod(Deadline::Rule::Months, months, event, rawEnd, calendar, targetWorkingDays);
    return isSupportedDate(deadline.due()) ? deadline : Deadline();
}

Deadline addDays(QDate event, int days, const HolidayCalendar &calendar, int targetWorkingDays)
{
    if (!isSupportedDate(event) || days < 1 || days > MaximumDays)
        return {};
    // Reg. 1182/71 art. 3(1) and 3(2)(b): the event day does not count, so day 1 is the next day and the period
    // ends at the end of day `days`. Weekends and holidays inside the period count (art. 3(3)).
    const QDate rawEnd = event.addDays(days);
    Deadline deadline = finishDatePeriod(Deadline::Rule::Days, days, event, rawEnd, calendar, targetWorkingDays);
    return isSupportedDate(deadline.due()) ? deadline : Deadline();
}

Deadline addHours(const QDateTime &start, int hours)
{
    if (!start.isValid() || !isSupportedDate(start.date()) || hours < 1 || hours > MaximumHours)
        return {};
    // Elapsed time: count in UTC, where every hour is an hour, then express the result the way the start was
    // expressed. In a time zone or in local time the clock time may differ from the start's by the
    // daylight-saving change inside the period; that is correct, the 72 hours are real hours.
    const QDateTime utcDue = start.toUTC().addSecs(qint64(hours) * 3600);
    QDateTime due;
    switch (start.timeSpec()) {
    case Qt::TimeZone:
        due = utcDue.toTimeZone(start.timeZone());
        break;
    case Qt::OffsetFromUTC:
        due = utcDue.toOffsetFromUtc(start.offsetFromUtc());
        break;
    case Qt::UTC:
        due = utcDue;
        break;
    case Qt::LocalTime:
        due = utcDue.toLocalTime();
        break;
    }
    if (!isSupportedDate(due.date()))
        return {};
    return Deadline(Deadline::Purpose::Period, hours, start, due);
}

Deadline requestDeadline(QDate received, bool extended, const HolidayCalendar &calendar, int targetWorkingDays)
{
    // GDPR art. 12(3): one month of receipt; extended by two further months, counted from receipt as three
    // months by the same rule, not as two months from the (possibly moved) first deadline.
    Deadline deadline = addMonths(received, extended ? 3 : 1, calendar, targetWorkingDays);
    if (deadline.isValid())
        deadline.setPurpose(extended ? Deadline::Purpose::ExtendedRequest : Deadline::Purpose::Request);
    return deadline;
}

Deadline extensionNoticeDue(QDate received, const HolidayCalendar &calendar, int targetWorkingDays)
{
    Deadline deadline = addMonths(received, 1, calendar, targetWorkingDays);
    if (deadline.isValid())
        deadline.setPurpose(Deadline::Purpose::ExtensionNotice);
    return deadline;
}

Deadline breachNotificationDeadline(const QDateTime &aware)
{
    Deadline deadline = addHours(aware, BreachNotificationHours);
    if (deadline.isValid())
        deadline.setPurpose(Deadline::Purpose::BreachNotification);
    return deadline;
}

QDate internalTarget(QDate statutory, int workingDaysEarlier, const HolidayCalendar &calendar)
{
    QDate target = statutory;
    for (int remaining = workingDaysEarlier; remaining > 0 && target.isValid();) {
        target = target.addDays(-1);
        if (calendar.isWorkingDay(target))
            --remaining;
    }
    return target;
}

} // namespace Custodian::Clocks
