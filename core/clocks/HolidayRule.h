#pragma once

#include "Holiday.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace Custodian::Clocks {

// One entry of a calendar file: how to find a holiday's date in a given year. Kept as data so that a member
// state's calendar is a resource file, not a code branch. The JSON shapes are documented in
// resources/calendars/README.md.
class HolidayRule
{
    Q_DECLARE_TR_FUNCTIONS(HolidayRule)

public:
    enum class Kind
    {
        Fixed,            // the same month and day every year, optionally moved when it falls on a given weekday
        Easter,           // a number of days from Easter Sunday
        WeekdayOnOrAfter, // the first given weekday on or after a month and day ("first Monday of May")
        Date,             // one single date, e.g. a day designated by decree
    };
    enum class Computus
    {
        Gregorian,
        Orthodox,
    };

    // Parses one entry of the "holidays" array; on failure returns nothing and sets *error to a sentence that
    // names the entry.
    static std::optional<HolidayRule> fromJson(const QJsonObject &object, QString *error);

    Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    QHash<QString, QString> names() const { return m_names; }
    // "disputed": true in the file; see Holiday::isDisputed().
    bool isDisputed() const { return m_disputed; }

    // The holiday's date for the rule's year `year`, after any weekday move (which may cross into the previous or
    // next calendar year); invalid when the rule does not apply in that year.
    QDate dateForYear(int year) const;
    Holiday occurrenceForYear(int year) const;

private:
    HolidayRule() = default;
    bool appliesIn(int year) const;

    Kind m_kind = Kind::Fixed;
    QString m_id;
    QHash<QString, QString> m_names;
    int m_month = 0;
    int m_day = 0;
    int m_offset = 0;
    Computus m_computus = Computus::Gregorian;
    int m_weekday = 0; // Qt::DayOfWeek, for WeekdayOnOrAfter
    QDate m_date;
    bool m_disputed = false;
    std::optional<int> m_firstYear;
    std::optional<int> m_lastYear;
    std::array<int, 8> m_moveIf{}; // days to move a Fixed holiday by, indexed by Qt::DayOfWeek (1 = Monday)
};

} // namespace Custodian::Clocks
