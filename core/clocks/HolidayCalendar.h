#pragma once

#include "Holiday.h"
#include "HolidayRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Custodian::Clocks {

// The public holidays of one member state, for moving the end of a period off a non-working day
// (Reg. 1182/71 art. 3(4)). The rules are data: a JSON file per calendar in the resource folder :/calendars
// (resources/calendars/<CODE>.json), or a document an organisation or a test supplies. Days designated by decree
// for a single year are added with addExtraDay(). A default-constructed calendar has no holidays at all, so only
// Saturdays and Sundays are non-working days.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    HolidayCalendar() = default;

    // "NL": the Dutch list of the Algemene termijnenwet art. 3 is the default calendar.
    static QString defaultCode();
    // The codes of the calendars in :/calendars, upper case and sorted ("BE", "NL").
    static QStringList availableCalendars();

    // Loads :/calendars/<CODE>.json (the code is case-insensitive). On failure returns nothing and sets *error to a
    // sentence a person can read.
    static std::optional<HolidayCalendar> load(const QString &code, QString *error = nullptr);
    static std::optional<HolidayCalendar> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::optional<HolidayCalendar> fromFile(const QString &path, QString *error = nullptr);

    QString code() const { return m_code; }
    // The calendar's name in `language` (empty: the default QLocale's language), e.g. "Netherlands".
    QString name(const QString &language = QString()) const;
    // Where the list comes from, e.g. "Algemene termijnenwet, art. 3".
    QString source(const QString &language = QString()) const;

    // A day designated by decree for one year (Algemene termijnenwet art. 3(3): "bridge" days announced in the
    // Staatscourant), entered by the organisation. Replaces the name if the date was entered before.
    void addExtraDay(QDate date, const QString &name);
    bool removeExtraDay(QDate date);
    QList<Holiday> extraDays() const;

    bool isHoliday(QDate date) const;
    // All holidays on `date`: usually one, sometimes two (Ascension Day fell on Liberation Day in 2016).
    QList<Holiday> holidaysOn(QDate date) const;
    // The name of the holiday on `date` in `language` (empty: the default QLocale's language); two holidays on one
    // day are listed together. Empty when `date` is not a holiday.
    QString holidayName(QDate date, const QString &language = QString()) const;
    // Every holiday whose date falls in `year`, in date order, extra days included.
    QList<Holiday> holidaysInYear(int year) const;

    // True when a rule of the calendar is marked disputed (Holiday::isDisputed()).
    bool hasDisputedDays() const;
    // The same calendar with the disputed holidays left out: the narrow reading, for the act-by date.
    HolidayCalendar withoutDisputed() const;

    // Saturday and Sunday, the weekend of Reg. 1182/71 art. 2(2); the same in every member state, so not data.
    static bool isWeekend(QDate date);
    // Reg. 1182/71 art. 2(2): working days are all days other than public holidays, Sundays and Saturdays.
    bool isWorkingDay(QDate date) const;

private:
    static std::optional<HolidayCalendar> parse(const QByteArray &json, const QString &origin, QString *error);
    // Whether one of the rules puts a holiday on `date`; answered from the year's days, computed once.
    bool isRuleHoliday(QDate date) const;

    // The days the rules give, per calendar year (Julian day numbers). A deadline asks about the same few
    // years for every case, and a rule's date takes an Easter computation; copies of a calendar share the
    // days, which depend on the rules only (extra days are looked up apart), so a copy with other rules
    // starts a cache of its own.
    struct RuleDays
    {
        QMutex mutex;
        QHash<int, QSet<qint64>> byYear;
    };
    std::shared_ptr<RuleDays> m_ruleDays = std::make_shared<RuleDays>();

    QString m_code;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_sources;
    QList<HolidayRule> m_rules;
    QMap<QDate, QString> m_extraDays;
};

} // namespace Custodian::Clocks
