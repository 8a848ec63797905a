#include "HolidayCalendar.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Custodian::Clocks {

namespace {

const QString resourceFolder = QStringLiteral(":/calendars");

// Codes are file names in the resource folder; the pattern also keeps "../x" out of the path.
bool isValidCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,15}$"));
    return pattern.match(code).hasMatch();
}

QString pickLanguage(const QHash<QString, QString> &texts, const QString &language)
{
    const QString wanted = language.isEmpty() ? Holiday::currentLanguage() : language;
    return texts.value(wanted, texts.value(QStringLiteral("en")));
}

} // namespace

QString HolidayCalendar::defaultCode()
{
    return QStringLiteral("NL");
}

QStringList HolidayCalendar::availableCalendars()
{
    QStringList codes;
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.chopped(5).toUpper();
        if (isValidCode(code))
            codes << code;
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

std::optional<HolidayCalendar> HolidayCalendar::load(const QString &code, QString *error)
{
    // The built-in calendars cannot change while the program runs: each is parsed once (a merge
    // counts the deadlines of every request case it writes).
    static QMutex cacheLock;
    static QHash<QString, HolidayCalendar> parsed;
    const QString wanted = code.trimmed().toUpper();
    {
        const QMutexLocker locker(&cacheLock);
        const auto found = parsed.constFind(wanted);
        if (found != parsed.constEnd())
            return *found;
    }
    QFile file(resourceFolder + QLatin1Char('/') + wanted + QStringLiteral(".json"));
    if (!isValidCode(wanted) || !file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Unknown holiday calendar \"%1\" (available: %2).")
                         .arg(code, availableCalendars().join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    auto calendar = parse(file.readAll(), wanted, error);
    if (calendar && calendar->m_code != wanted) {
        if (error) {
            *error = tr("The holiday calendar file for \"%1\" declares the code \"%2\".").arg(wanted, calendar->m_code);
        }
        return std::nullopt;
    }
    if (calendar) {
        const QMutexLocker locker(&cacheLock);
        parsed.insert(wanted, *calendar);
    }
    return calendar;
}

std::optional<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray &json, QString *error)
{
    return parse(json, tr("(document)"), error);
}

std::optional<HolidayCalendar> HolidayCalendar::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open the holiday calendar file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<HolidayCalendar> HolidayCalendar::parse(const QByteArray &json, const QString &origin, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot read the holiday calendar %1: %2").arg(origin, reason);
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("the JSON is malformed at offset %1 (%2).")
                        .arg(QString::number(parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return fail(tr("the document must be a JSON object."));
    const QJsonObject root = document.object();

    const int format = root.value(QStringLiteral("format")).toInt(1);
    if (format != 1)
        return fail(tr("format %1 is not supported (this version reads format 1).").arg(format));

    HolidayCalendar calendar;
    calendar.m_code = root.value(QStringLiteral("code")).toString();
    if (!isValidCode(calendar.m_code))
        return fail(tr("\"code\" must be upper-case letters, digits, \"-\" or \"_\", such as \"NL\"."));

    const QJsonObject names = root.value(QStringLiteral("name")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        calendar.m_names.insert(it.key(), it.value().toString());
    const QJsonObject sources = root.value(QStringLiteral("source")).toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
        calendar.m_sources.insert(it.key(), it.value().toString());

    const QJsonValue holidays = root.value(QStringLiteral("holidays"));
    if (!holidays.isArray())
        return fail(tr("\"holidays\" must be a list."));
    QSet<QString> ids;
    const QJsonArray entries = holidays.toArray();
    for (const QJsonValue &entry : entries) {
        QString reason;
        const auto rule = HolidayRule::fromJson(entry.toObject(), &reason);
        if (!rule)
            return fail(reason);
        if (ids.contains(rule->id()))
            return fail(tr("the holiday \"%1\" is listed twice.").arg(rule->id()));
        ids.insert(rule->id());
        calendar.m_rules.append(*rule);
    }
    return calendar;
}

QString HolidayCalendar::name(const QString &language) const
{
    const QString text = pickLanguage(m_names, language);
    return text.isEmpty() ? m_code : text;
}

QString HolidayCalendar::source(const QString &language) const
{
    return pickLanguage(m_sources, language);
}

void HolidayCalendar::addExtraDay(QDate date, const QString &name)
{
    if (date.isValid())
        m_extraDays.insert(date, name);
}

bool HolidayCalendar::removeExtraDay(QDate date)
{
    return m_extraDays.remove(date) > 0;
}

QList<Holiday> HolidayCalendar::extraDays() const
{
    QList<Holiday> days;
    for (auto it = m_extraDays.constBegin(); it != m_extraDays.constEnd(); ++it)
        days.append(Holiday(it.key(), QStringLiteral("extra"), {{QString(), it.value()}}, true));
    return days;
}

QList<Holiday> HolidayCalendar::holidaysOn(QDate date) const
{
    QList<Holiday> found;
    if (!date.isValid())
        return found;
    // A weekday move or a "weekday on or after" rule can carry a holiday across New Year, so the rules of the
    // neighbouring years are asked as well; HolidayRule keeps moves within six days.
    for (int year = date.year() - 1; year <= date.year() + 1; ++year) {
        for (const HolidayRule &rule : m_rules) {
            if (rule.dateForYear(year) == date)
                found.append(rule.occurrenceForYear(year));
        }
    }
    if (const auto it = m_extraDays.constFind(date); it != m_extraDays.constEnd())
        found.append(Holiday(date, QStringLiteral("extra"), {{QString(), it.value()}}, true));
    return found;
}

bool HolidayCalendar::isRuleHoliday(QDate date) const
{
    const int year = date.year();
    const QMutexLocker locker(&m_ruleDays->mutex);
    auto days = m_ruleDays->byYear.constFind(year);
    if (days == m_ruleDays->byYear.constEnd()) {
        QSet<qint64> found;
        // As holidaysOn(): the rules of the neighbouring years may fall in this one.
        for (int ruleYear = year - 1; ruleYear <= year + 1; ++ruleYear) {
            for (const HolidayRule &rule : m_rules) {
                const QDate day = rule.dateForYear(ruleYear);
                if (day.isValid() && day.year() == year)
                    found.insert(day.toJulianDay());
            }
        }
        days = m_ruleDays->byYear.insert(year, found);
    }
    return days->contains(date.toJulianDay());
}

bool HolidayCalendar::isHoliday(QDate date) const
{
    return date.isValid() && (m_extraDays.contains(date) || isRuleHoliday(date));
}

QString HolidayCalendar::holidayName(QDate date, const QString &language) const
{
    QStringList names;
    const QList<Holiday> holidays = holidaysOn(date);
    for (const Holiday &holiday : holidays)
        names << holiday.name(language);
    return QLocale().createSeparatedList(names);
}

QList<Holiday> HolidayCalendar::holidaysInYear(int year) const
{
    QList<Holiday> found;
    for (int ruleYear = year - 1; ruleYear <= year + 1; ++ruleYear) {
        for (const HolidayRule &rule : m_rules) {
            const Holiday holiday = rule.occurrenceForYear(ruleYear);
            if (holiday.isValid() && holiday.date().year() == year)
                found.append(holiday);
        }
    }
    for (auto it = m_extraDays.constBegin(); it != m_extraDays.constEnd(); ++it) {
        if (it.key().year() == year)
            found.append(Holiday(it.key(), QStringLiteral("extra"), {{QString(), it.value()}}, true));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date() < b.date(); });
    return found;
}

bool HolidayCalendar::isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

bool HolidayCalendar::isWorkingDay(QDate date) const
{
    return date.isValid() && !isWeekend(date) && !isHoliday(date);
}

bool HolidayCalendar::hasDisputedDays() const
{
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [](const HolidayRule &rule) { return rule.isDisputed(); });
}

HolidayCalendar HolidayCalendar::withoutDisputed() const
{
    HolidayCalendar narrow = *this;
    narrow.m_rules.removeIf([](const HolidayRule &rule) { return rule.isDisputed(); });
    narrow.m_ruleDays = std::make_shared<RuleDays>();
    return narrow;
}

} // namespace Custodian::Clocks
