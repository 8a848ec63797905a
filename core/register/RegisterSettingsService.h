#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

#include "Status.h"
#include "clocks/HolidayCalendar.h"
#include "domain/Finding.h"
#include "domain/RegisterSettings.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// The settings live in the domain; the names here keep older code working.
using ExtraHoliday = Domain::ExtraHoliday;
using RegisterSettings = Domain::RegisterSettings;

class RegisterSettingsService : public QObject
{
    Q_OBJECT
public:
    explicit RegisterSettingsService(Storage::Store &database, QObject *parent = nullptr);

    Status load(RegisterSettings *settings) const;
    // The decree days entered for a calendar (each calendar keeps its own).
    Status extraHolidays(const QString &calendar, QList<ExtraHoliday> *days) const;
    // Writes the settings; settings.extraHolidays replace the days of settings.holidayCalendar only.
    Status save(const RegisterSettings &settings, Domain::Findings *findings = nullptr);
    // For an import, inside the caller's transaction (no signal): adds the days a calendar does not
    // have yet (a day it has keeps its name), in one history entry; when the calendar is the
    // register's, the deadlines of open requests follow (*recounted of them changed).
    Status importExtraHolidays(const QString &calendar, const QList<ExtraHoliday> &days, int *added, int *recounted);
    // The register's calendar with its extra days, ready for the clocks.
    std::optional<Clocks::HolidayCalendar> calendar(Status *status = nullptr) const;
    // The calendar of settings already loaded, with their extra days.
    static std::optional<Clocks::HolidayCalendar> calendar(const RegisterSettings &settings, Status *status = nullptr);

signals:
    void changed();

private:
    Storage::Store &m_database;
};

} // namespace Custodian::Register
