#include "CaseNumbers.h"

#include "storage/BoundQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Custodian::Register {

namespace {

QString counterName(const QString &prefix, int year)
{
    return year > 0 ? QStringLiteral("%1:%2").arg(prefix).arg(year) : prefix;
}

// What every number of the series starts with.
QString stem(const QString &prefix, int year)
{
    return year > 0 ? QStringLiteral("%1-%2-").arg(prefix).arg(year) : prefix + QLatin1Char('-');
}

} // namespace

QString CaseNumbers::format(const QString &prefix, int year, qint64 value)
{
    // Four digits at least, more once a year (or the series) has more.
    return stem(prefix, year) + QStringLiteral("%1").arg(value, 4, 10, QLatin1Char('0'));
}

Status CaseNumbers::taken(QSqlDatabase &db, const QString &prefix, int year, const QString &number)
{
    const QString start = stem(prefix, year);
    bool ok = false;
    const qint64 value = number.startsWith(start) ? number.mid(start.size()).toLongLong(&ok) : 0;
    if (!ok || value <= 0)
        return Status::ok(); // not of the series: it takes no place in it
    // Without a counter yet, the first number counts on from the highest number in the table.
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("UPDATE register_counter SET value = ? WHERE name = ? AND value < ?")) ||
        !Storage::execBound(query, {value, counterName(prefix, year), value}))
        return Status::error(Status::Code::DatabaseError, tr("No case number could be given."),
                             query.lastError().text());
    return Status::ok();
}

Status CaseNumbers::next(QSqlDatabase &db, const QString &prefix, int year, const QString &table, QString *number)
{
    const QString counter = counterName(prefix, year);
    auto failed = [](const QSqlError &error) {
        return Status::error(Status::Code::DatabaseError, tr("No case number could be given."), error.text());
    };
    auto failure = [&failed](const QSqlQuery &query) { return failed(query.lastError()); };
    QSqlQuery query(db);
    const auto countOn = [&query, &counter] {
        return query.prepare(QStringLiteral("UPDATE register_counter SET value = value + 1 WHERE name = ?")) &&
               Storage::execBound(query, {counter});
    };
    if (!countOn())
        return failure(query);
    if (query.numRowsAffected() == 0) {
        const QString start = stem(prefix, year);
        qint64 highest = 0;
        query.prepare(QStringLiteral("SELECT number FROM %1 WHERE number LIKE ?").arg(table));
        query.addBindValue(start + QLatin1Char('%'));
        if (!query.exec())
            return failure(query);
        while (query.next()) {
            bool ok = false;
            const qint64 value = query.value(0).toString().mid(start.size()).toLongLong(&ok);
            if (ok)
                highest = std::max(highest, value);
        }
        // The year's first number. On a team register a colleague may be giving it at the same
        // moment: their counter arrives first and ours fails on its key. The savepoint keeps our
        // transaction usable (PostgreSQL aborts a transaction at its first error), and the number
        // is counted on from theirs.
        QSqlQuery savepoint(db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT case_number")))
            return failure(savepoint);
        query.prepare(QStringLiteral("INSERT INTO register_counter (name, value) VALUES (?, ?)"));
        query.addBindValue(counter);
        query.addBindValue(highest + 1);
        if (!query.exec()) {
            const QSqlError inserting = query.lastError();
            if (!savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT case_number")) || !countOn() ||
                query.numRowsAffected() != 1)
                return failed(inserting);
        }
        if (!savepoint.exec(QStringLiteral("RELEASE SAVEPOINT case_number")))
            return failure(savepoint);
    }
    query.prepare(QStringLiteral("SELECT value FROM register_counter WHERE name = ?"));
    if (!Storage::execBound(query, {counter}) || !query.next())
        return failure(query);
    *number = format(prefix, year, query.value(0).toLongLong());
    return Status::ok();
}

} // namespace Custodian::Register
