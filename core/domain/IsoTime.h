#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace Custodian::Domain::IsoTime {

// The one spelling of dates and moments in the register, its history and its exports:
// calendar dates as YYYY-MM-DD, moments in UTC as YYYY-MM-DDTHH:MM:SSZ.

inline QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate parseDay(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

inline QString moment(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QString();
}

inline QDateTime parseMoment(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

// ISO 8601 with the offset always written out (+02:00, also +00:00 for UTC), so a reader knows
// which clock the time is on; QDateTime::toString(Qt::ISODate) leaves it out for local time.
inline QString withOffset(const QDateTime &moment)
{
    QString text = moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (moment.time().msec() != 0)
        text += moment.toString(QStringLiteral(".zzz"));
    const int offset = moment.offsetFromUtc();
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    return text + QStringLiteral("%1%2:%3")
                      .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Now, to the second: what a stored moment reads back as.
inline QDateTime nowUtc()
{
    return parseMoment(moment(QDateTime::currentDateTimeUtc()));
}

inline QJsonValue dayJson(QDate date)
{
    return date.isValid() ? QJsonValue(day(date)) : QJsonValue();
}

inline QJsonValue momentJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(moment(value)) : QJsonValue();
}

// Bound values: NULL when not set (a QVariant holding an invalid QDate is not null in Qt 6).
inline QVariant daySql(QDate date)
{
    return date.isValid() ? QVariant(day(date)) : QVariant();
}

inline QDate daySql(const QVariant &value)
{
    return value.isNull() ? QDate() : parseDay(value.toString());
}

} // namespace Custodian::Domain::IsoTime
