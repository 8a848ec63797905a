#include "MomentArgument.h"

#include "clocks/Deadlines.h"
#include "domain/IsoTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTime>

#include <cstdlib>

namespace Custodian::Cli {

namespace {

// The messages are the deadline command's (their translations live in its context); the CLI's
// one-line error adds the program name itself.
QString withoutPrefix(const QString &message)
{
    static const QString prefix = QStringLiteral("custodian-cli: ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

// TZ when it names no time zone the C library knows; nothing when TZ is unset (the system's zone), empty (UTC, as
// POSIX defines it), a zone file or a POSIX rule. Local time is the C library's, and for a name it does not know
// (Europe/Amsterdm, Mars/Olympus, XYZ) glibc counts in UTC without a word.
std::optional<QString> unknownTimeZone()
{
#ifdef Q_OS_WIN
    return std::nullopt; // the C runtime reads TZ differently, and Qt asks Windows for the zone
#else
    if (!qEnvironmentVariableIsSet("TZ"))
        return std::nullopt;
    const QString value = qEnvironmentVariable("TZ");
    if (value.isEmpty())
        return std::nullopt;
    // Like glibc: a leading colon is dropped, then a zone file is looked for (a relative name under TZDIR), then the
    // value is read as a POSIX rule.
    const QString name = value.startsWith(QLatin1Char(':')) ? value.mid(1) : value;
    const QString folder =
        qEnvironmentVariableIsEmpty("TZDIR") ? QStringLiteral("/usr/share/zoneinfo") : qEnvironmentVariable("TZDIR");
    QFile file(QDir::isAbsolutePath(name) ? name : QDir(folder).filePath(name));
    if (!name.isEmpty() && file.open(QIODevice::ReadOnly) && file.read(4) == "TZif")
        return std::nullopt;
    // A POSIX rule: a name of three letters or more (or <+02>), an offset, and optionally a daylight-saving name,
    // offset and rules, as in CET-1CEST,M3.5.0,M10.5.0/3. Without the offset glibc takes UTC.
    static const QRegularExpression posixRule(QStringLiteral(
        "^(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)[+-]?[0-9]{1,2}(?::[0-9]{1,2}){0,2}"
        "(?:(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)(?:[+-]?[0-9]{1,2}(?::[0-9]{1,2}){0,2})?"
        "(?:,(?:J[0-9]{1,3}|[0-9]{1,3}|M[0-9]{1,2}\\.[0-9]\\.[0-9])(?:/[+-]?[0-9]{1,3}(?::[0-9]{1,2}){0,2})?){2})?$"));
    if (posixRule.match(name).hasMatch())
        return std::nullopt;
    return value;
#endif
}

} // namespace

// The one spelling: Domain::IsoTime::withOffset.
QString isoMoment(const QDateTime &moment)
{
    return Domain::IsoTime::withOffset(moment);
}

std::optional<QDateTime> parseMomentArgument(const QString &text, QString *problem)
{
    const auto fail = [problem](const QString &message) {
        *problem = withoutPrefix(message);
        return std::nullopt;
    };
    const auto invalid = [&] {
        return fail(QCoreApplication::translate("DeadlineCommand",
                                                "custodian-cli: invalid date and time '%1' (expected ISO 8601, such as "
                                                "2026-03-27T14:30 or 2026-03-27T14:30+01:00)")
                        .arg(text));
    };
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
                       "(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid();
    if (match.captured(1).left(4).toInt() < Clocks::FirstYear) {
        return fail(QCoreApplication::translate(
                        "DeadlineCommand",
                        "custodian-cli: the year %1 is outside the years the calculator counts in, %2 to %3 (the "
                        "Gregorian calendar, four-digit years)")
                        .arg(match.captured(1).left(4).toInt())
                        .arg(Clocks::FirstYear)
                        .arg(Clocks::LastYear));
    }
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    // Fractions beyond milliseconds are cut off, which can only make the deadline earlier.
    const int msec =
        match.captured(5).isEmpty() ? 0 : match.captured(5).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return invalid();

    const QString zone = match.captured(6);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    if (!zone.isEmpty()) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 18 || minutes > 59)
            return invalid();
        const int offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }

    // Local time needs a zone the C library knows. With an unknown TZ it would count in UTC without a word, and in
    // Europe a deadline read in UTC falls one or two hours after the real one: refused rather than guessed, since a
    // time with its offset always works (review D14).
    if (const std::optional<QString> zone = unknownTimeZone()) {
        return fail(QCoreApplication::translate(
                        "DeadlineCommand",
                        "custodian-cli: the time zone TZ=%1 is not known on this system, so the local time "
                        "'%2' cannot be placed; give the time with its offset from UTC (such as %3) or set TZ "
                        "to a known time zone (such as Europe/Amsterdam)")
                        .arg(*zone, text, text + QStringLiteral("+01:00")));
    }

    // No offset: local time. When the clocks go back, the wall-clock time occurs twice; take the first occurrence
    // so the deadline is the earlier of the two, never the later. When they go forward, it does not occur at all.
    std::optional<QDateTime> earliest;
    const QDateTime noon(date, QTime(12, 0));
    for (const QDateTime &probe : {noon.addDays(-1), noon, noon.addDays(1)}) {
        const QDateTime candidate = QDateTime(date, time, Qt::OffsetFromUTC, probe.offsetFromUtc()).toLocalTime();
        if (candidate.isValid() && candidate.date() == date && candidate.time() == time &&
            (!earliest || candidate < *earliest)) {
            earliest = candidate;
        }
    }
    const QDateTime direct(date, time);
    if (direct.isValid() && (!earliest || direct < *earliest))
        earliest = direct;
    if (!earliest) {
        return fail(QCoreApplication::translate(
                        "DeadlineCommand",
                        "custodian-cli: '%1' does not exist in the local time zone (the clocks skip it for "
                        "daylight-saving time)")
                        .arg(text));
    }
    return earliest;
}

} // namespace Custodian::Cli
