#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

#include "Status.h"
#include "clocks/HolidayCalendar.h"
#include "domain/Finding.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

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
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::RegisterSettings)
public:
    static constexpr int defaultMargin = 5;
    static constexpr int maximumMargin = 20;

    QString holidayCalendar = Clocks::HolidayCalendar::defaultCode();
    int internalMarginWorkingDays = defaultMargin;
    QList<ExtraHoliday> extraHolidays; // of holidayCalendar, in date order

    bool operator==(const RegisterSettings &other) const = default;
    Domain::Findings validate() const;
};

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
    // The register's calendar with its extra days, ready for the clocks.
    std::optional<Clocks::HolidayCalendar> calendar(Status *status = nullptr) const;

signals:
    void changed();

private:
    Storage::Store &m_database;
};

} // namespace Custodian::Register
