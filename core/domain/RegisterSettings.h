#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "clocks/HolidayCalendar.h"
#include "domain/Finding.h"

namespace Custodian::Domain {

// A day designated by decree for one year, entered by the organisation.
struct ExtraHoliday
{
    QString uuid;
    QDate date;
    QString name;
    bool operator==(const ExtraHoliday &other) const = default;
};

// Register-wide settings of the statutory clocks.
struct RegisterSettings
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::RegisterSettings) // context kept: its translations
public:
    static constexpr int defaultMargin = 5;
    static constexpr int maximumMargin = 20;
    // A closed request case keeps the requester's details this long (months), then is purged.
    static constexpr int defaultPurgeMonths = 12;
    static constexpr int maximumPurgeMonths = 120;

    QString holidayCalendar = Clocks::HolidayCalendar::defaultCode();
    int internalMarginWorkingDays = defaultMargin;
    QList<ExtraHoliday> extraHolidays; // of holidayCalendar, in date order
    int requestPurgeMonths = defaultPurgeMonths;

    bool operator==(const RegisterSettings &other) const = default;
    Domain::Findings validate() const;
};

} // namespace Custodian::Domain
