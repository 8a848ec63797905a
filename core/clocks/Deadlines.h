#pragma once

#include "Deadline.h"
#include "HolidayCalendar.h"

#include <QDate>
#include <QDateTime>

// The statutory clocks: pure functions of dates and a holiday calendar. Periods in months and days follow
// Regulation (EEC, Euratom) No 1182/71, which governs time limits in EU law and so the GDPR's; periods in hours
// are elapsed time. Invalid input (an invalid date, a length below one, a day outside FirstYear to LastYear) gives
// an invalid Deadline, and so does a deadline that would end after LastYear.
namespace Custodian::Clocks {

// The years the clocks count in. From 1583, the first whole year of the Gregorian calendar, whose rules the dates and
// the holidays (Easter) follow; to 9999, the last year a YYYY-MM-DD date can write (review D14).
inline constexpr int FirstYear = 1583;
inline constexpr int LastYear = 9999;

// True for a valid date in FirstYear to LastYear.
bool isSupportedDate(QDate date);

// GDPR art. 33(1): notify the supervisory authority within 72 hours of becoming aware of a breach.
inline constexpr int BreachNotificationHours = 72;

// A period of `months` months from the day of `event` (Reg. 1182/71 art. 3(1), 3(2)(c)), moved past weekends and
// holidays (art. 3(4)), with at least two working days (art. 3(5)).
Deadline addMonths(QDate event, int months, const HolidayCalendar &calendar,
                   int targetWorkingDays = Deadline::DefaultTargetWorkingDays);

// A period of `days` days from the day of `event`: it starts the next day and ends at the end of its last day
// (Reg. 1182/71 art. 3(1), 3(2)(b)), moved past weekends and holidays (art. 3(4)), with at least two working days
// (art. 3(5)). For example a sub-processor objection window of N days after a change notice.
Deadline addDays(QDate event, int days, const HolidayCalendar &calendar,
                 int targetWorkingDays = Deadline::DefaultTargetWorkingDays);

// `hours` hours of elapsed time from the moment `start`, through weekends, holidays and daylight-saving changes.
// The result is expressed like `start`: in its time zone, at its offset from UTC, in UTC, or in local time.
Deadline addHours(const QDateTime &start, int hours);

// GDPR art. 12(3): one month from receipt, or three months when extended by two further months.
Deadline requestDeadline(QDate received, bool extended, const HolidayCalendar &calendar,
                         int targetWorkingDays = Deadline::DefaultTargetWorkingDays);

// GDPR art. 12(3): the data subject must be told of an extension within the first month, so this is the
// unextended request deadline.
Deadline extensionNoticeDue(QDate received, const HolidayCalendar &calendar,
                            int targetWorkingDays = Deadline::DefaultTargetWorkingDays);

// GDPR art. 33(1): BreachNotificationHours of elapsed time from the moment of awareness.
Deadline breachNotificationDeadline(const QDateTime &aware);

// The day `workingDaysEarlier` working days before `statutory`; `statutory` itself for zero or less.
QDate internalTarget(QDate statutory, int workingDaysEarlier, const HolidayCalendar &calendar);

} // namespace Custodian::Clocks
