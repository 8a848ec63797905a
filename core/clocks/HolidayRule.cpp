#include "HolidayRule.h"

#include "Easter.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace Custodian::Clocks {

namespace {

const QStringList &weekdayNames()
{
    // Index + 1 is the Qt::DayOfWeek. Calendar files use English lower-case names so they stay language-neutral.
    static const QStringList names = {
        QStringLiteral("monday"), QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday"),
    };
    return names;
}

int weekdayFromName(const QString &name)
{
    return int(weekdayNames().indexOf(name.toLower())) + 1; // 0 when unknown
}

// Reads a whole number in [min, max]; JSON has only doubles, so 4.5 or "4" are refused rather than rounded.
bool readInt(const QJsonObject &object, const QString &key, int min, int max, int *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < min || number > max)
        return false;
    *out = int(number);
    return true;
}

} // namespace

std::optional<HolidayRule> HolidayRule::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    HolidayRule rule;
    rule.m_id = object.value(QStringLiteral("id")).toString();
    if (rule.m_id.isEmpty())
        return fail(tr("A holiday entry has no \"id\"."));
    const QString id = rule.m_id;

    const auto missingOrBad = [&](const QString &key, int min, int max) {
        return tr("Holiday \"%1\": the field \"%2\" must be a whole number from %3 to %4.")
            .arg(id, key, QString::number(min), QString::number(max));
    };

    // The month and day of a rule: a sentence for a person when they are missing or make no date.
    // 2000 is a leap year, so 29 February passes here and simply does not occur in other years.
    const auto readMonthDay = [&]() -> QString {
        if (!readInt(object, QStringLiteral("month"), 1, 12, &rule.m_month))
            return missingOrBad(QStringLiteral("month"), 1, 12);
        if (!readInt(object, QStringLiteral("day"), 1, 31, &rule.m_day))
            return missingOrBad(QStringLiteral("day"), 1, 31);
        if (!QDate(2000, rule.m_month, rule.m_day).isValid())
            return tr("Holiday \"%1\": month %2 has no day %3.").arg(id).arg(rule.m_month).arg(rule.m_day);
        return QString();
    };

    static const QStringList commonKeys = {
        QStringLiteral("id"),       QStringLiteral("rule"), QStringLiteral("name"),    QStringLiteral("firstYear"),
        QStringLiteral("lastYear"), QStringLiteral("note"), QStringLiteral("disputed")};
    QStringList allowedKeys = commonKeys;

    const QString kind = object.value(QStringLiteral("rule")).toString();
    if (kind == QLatin1String("fixed")) {
        rule.m_kind = Kind::Fixed;
        allowedKeys << QStringLiteral("month") << QStringLiteral("day") << QStringLiteral("moveIf");
        if (const QString problem = readMonthDay(); !problem.isEmpty())
            return fail(problem);
        const QJsonValue moveIf = object.value(QStringLiteral("moveIf"));
        if (!moveIf.isUndefined()) {
            if (!moveIf.isObject())
                return fail(tr("Holiday \"%1\": \"moveIf\" must map weekday names to a number of days.").arg(id));
            const QJsonObject moves = moveIf.toObject();
            for (auto it = moves.constBegin(); it != moves.constEnd(); ++it) {
                const int weekday = weekdayFromName(it.key());
                if (weekday == 0)
                    return fail(tr("Holiday \"%1\": unknown weekday \"%2\".").arg(id, it.key()));
                // A move of at most six days keeps the holiday within a week of its date, which lets the
                // calendar look only at neighbouring years when a move crosses New Year.
                int days = 0;
                if (!readInt(moves, it.key(), -6, 6, &days))
                    return fail(missingOrBad(QStringLiteral("moveIf.") + it.key(), -6, 6));
                rule.m_moveIf[std::size_t(weekday)] = days;
            }
        }
    } else if (kind == QLatin1String("easter")) {
        rule.m_kind = Kind::Easter;
        allowedKeys << QStringLiteral("offset") << QStringLiteral("computus");
        if (!readInt(object, QStringLiteral("offset"), -200, 200, &rule.m_offset))
            return fail(missingOrBad(QStringLiteral("offset"), -200, 200));
        const QString computus = object.value(QStringLiteral("computus")).toString(QStringLiteral("gregorian"));
        if (computus == QLatin1String("gregorian"))
            rule.m_computus = Computus::Gregorian;
        else if (computus == QLatin1String("orthodox"))
            rule.m_computus = Computus::Orthodox;
        else
            return fail(
                tr("Holiday \"%1\": unknown computus \"%2\" (expected gregorian or orthodox).").arg(id, computus));
    } else if (kind == QLatin1String("weekdayOnOrAfter")) {
        rule.m_kind = Kind::WeekdayOnOrAfter;
        allowedKeys << QStringLiteral("weekday") << QStringLiteral("month") << QStringLiteral("day");
        const QString weekday = object.value(QStringLiteral("weekday")).toString();
        rule.m_weekday = weekdayFromName(weekday);
        if (rule.m_weekday == 0)
            return fail(tr("Holiday \"%1\": unknown weekday \"%2\".").arg(id, weekday));
        if (const QString problem = readMonthDay(); !problem.isEmpty())
            return fail(problem);
    } else if (kind == QLatin1String("date")) {
        rule.m_kind = Kind::Date;
        allowedKeys << QStringLiteral("date");
        const QString text = object.value(QStringLiteral("date")).toString();
        rule.m_date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!rule.m_date.isValid())
            return fail(tr("Holiday \"%1\": \"%2\" is not a valid date (expected YYYY-MM-DD).").arg(id, text));
    } else {
        return fail(tr("Holiday \"%1\": unknown rule \"%2\" (expected fixed, easter, weekdayOnOrAfter or date).")
                        .arg(id, kind));
    }

    // Unknown keys are refused so that a misspelt "moveif" or "lastyear" cannot silently change a deadline.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowedKeys.contains(it.key()))
            return fail(tr("Holiday \"%1\": unknown field \"%2\".").arg(id, it.key()));
    }

    for (const QString &key : {QStringLiteral("firstYear"), QStringLiteral("lastYear")}) {
        if (!object.contains(key))
            continue;
        int year = 0;
        if (!readInt(object, key, 1583, 9999, &year))
            return fail(missingOrBad(key, 1583, 9999));
        (key == QLatin1String("firstYear") ? rule.m_firstYear : rule.m_lastYear) = year;
    }
    if (rule.m_firstYear && rule.m_lastYear && *rule.m_firstYear > *rule.m_lastYear) {
        return fail(tr("Holiday \"%1\": firstYear %2 is after lastYear %3.")
                        .arg(id)
                        .arg(*rule.m_firstYear)
                        .arg(*rule.m_lastYear));
    }

    const QJsonObject names = object.value(QStringLiteral("name")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return fail(tr("Holiday \"%1\": the name in \"%2\" must be a non-empty text.").arg(id, it.key()));
        rule.m_names.insert(it.key(), it.value().toString());
    }
    if (!rule.m_names.contains(QStringLiteral("en")))
        return fail(tr("Holiday \"%1\": \"name\" must give at least an English name (\"en\").").arg(id));
    const QJsonValue disputed = object.value(QStringLiteral("disputed"));
    if (!disputed.isUndefined() && !disputed.isBool())
        return fail(tr("Holiday \"%1\": \"disputed\" must be true or false.").arg(id));
    rule.m_disputed = disputed.toBool();

    return rule;
}

bool HolidayRule::appliesIn(int year) const
{
    return (!m_firstYear || year >= *m_firstYear) && (!m_lastYear || year <= *m_lastYear);
}

QDate HolidayRule::dateForYear(int year) const
{
    if (!appliesIn(year))
        return {};
    switch (m_kind) {
    case Kind::Fixed: {
        const QDate date(year, m_month, m_day);
        if (!date.isValid())
            return {};
        return date.addDays(m_moveIf[std::size_t(date.dayOfWeek())]);
    }
    case Kind::Easter: {
        const QDate easter = m_computus == Computus::Orthodox ? orthodoxEaster(year) : westernEaster(year);
        return easter.isValid() ? easter.addDays(m_offset) : QDate();
    }
    case Kind::WeekdayOnOrAfter: {
        const QDate start(year, m_month, m_day);
        if (!start.isValid())
            return {};
        return start.addDays((m_weekday - start.dayOfWeek() + 7) % 7);
    }
    case Kind::Date:
        return m_date.year() == year ? m_date : QDate();
    }
    return {};
}

Holiday HolidayRule::occurrenceForYear(int year) const
{
    const QDate date = dateForYear(year);
    return date.isValid() ? Holiday(date, m_id, m_names, false, m_disputed) : Holiday();
}

} // namespace Custodian::Clocks
