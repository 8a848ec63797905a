#include "RegisterSettings.h"

#include "domain/IsoTime.h"

#include <QSet>

namespace Custodian::Domain {

Findings RegisterSettings::validate() const
{
    Findings findings;
    if (!Clocks::HolidayCalendar::availableCalendars().contains(holidayCalendar))
        findings.append({QStringLiteral("holidayCalendar"), Finding::Severity::Error,
                         tr("Choose one of the holiday calendars Custodian knows.")});
    if (internalMarginWorkingDays < 0 || internalMarginWorkingDays > maximumMargin)
        findings.append({QStringLiteral("internalMarginWorkingDays"), Finding::Severity::Error,
                         tr("The internal margin must be between 0 and %1 working days.").arg(maximumMargin)});
    if (requestPurgeMonths < 1 || requestPurgeMonths > maximumPurgeMonths)
        findings.append(
            {QStringLiteral("requestPurgeMonths"), Finding::Severity::Error,
             tr("Keep a closed request's personal details between 1 and %1 months.").arg(maximumPurgeMonths)});
    QSet<QDate> seen;
    for (const ExtraHoliday &day : extraHolidays) {
        if (!day.date.isValid()) {
            findings.append(
                {QStringLiteral("extraHolidays"), Finding::Severity::Error, tr("An extra holiday has no valid date.")});
            continue;
        }
        const QString date = IsoTime::day(day.date);
        if (day.name.trimmed().isEmpty())
            findings.append({QStringLiteral("extraHolidays"), Finding::Severity::Error,
                             tr("The extra holiday on %1 has no name.").arg(date)});
        if (seen.contains(day.date))
            findings.append(
                {QStringLiteral("extraHolidays"), Finding::Severity::Error, tr("%1 is entered twice.").arg(date)});
        seen.insert(day.date);
        if (Clocks::HolidayCalendar::isWeekend(day.date))
            findings.append({QStringLiteral("extraHolidays"), Finding::Severity::Warning,
                             tr("%1 falls on a weekend, so it moves no deadline.").arg(date)});
    }
    return findings;
}

} // namespace Custodian::Domain
