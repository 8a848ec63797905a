#pragma once

#include <QString>

#include <optional>

// A period as a count and a unit (Codes::Kind::PeriodUnit: days, weeks, months, years) written as
// ISO 8601 ("P7Y", "P6M", "P2W", "P30D"), as the government's logging standard and the Dutch
// register layouts exchange it. A composite period ("P1Y6M") has no count and unit of ours.
namespace Custodian::Domain::IsoPeriod {

struct Period
{
    int count = 0;
    QString unit; // days weeks months years
};

// Empty for no period (count 0 or no unit).
inline QString format(int count, const QString &unit)
{
    if (count <= 0)
        return QString();
    const char letter = unit == QLatin1String("years")    ? 'Y'
                        : unit == QLatin1String("months") ? 'M'
                        : unit == QLatin1String("weeks")  ? 'W'
                        : unit == QLatin1String("days")   ? 'D'
                                                          : '\0';
    return letter ? QStringLiteral("P%1%2").arg(count).arg(QLatin1Char(letter)) : QString();
}

// "P7Y" -> {7, "years"}; nullopt for anything else (composite, time parts, no number).
inline std::optional<Period> parse(const QString &text)
{
    const QString period = text.trimmed().toUpper();
    if (period.size() < 3 || !period.startsWith(QLatin1Char('P')))
        return std::nullopt;
    bool ok = false;
    const int count = period.mid(1, period.size() - 2).toInt(&ok);
    if (!ok || count <= 0)
        return std::nullopt;
    switch (period.back().unicode()) {
    case 'Y':
        return Period{count, QStringLiteral("years")};
    case 'M':
        return Period{count, QStringLiteral("months")};
    case 'W':
        return Period{count, QStringLiteral("weeks")};
    case 'D':
        return Period{count, QStringLiteral("days")};
    default:
        return std::nullopt;
    }
}

// An approximate length in days, to compare periods of different units.
inline int approximateDays(int count, const QString &unit)
{
    if (unit == QLatin1String("years"))
        return count * 365;
    if (unit == QLatin1String("months"))
        return count * 30;
    if (unit == QLatin1String("weeks"))
        return count * 7;
    return count;
}

} // namespace Custodian::Domain::IsoPeriod
