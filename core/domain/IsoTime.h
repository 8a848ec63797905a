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
