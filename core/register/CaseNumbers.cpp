#include "CaseNumbers.h"

#include "storage/BoundQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Custodian::Register {

QString CaseNumbers::format(const QString &prefix, int year, qint64 value)
{
    // Four digits at least, more once a year has more cases.
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(value, 4, 10, QLatin1Char('0'));
}

Status CaseNumbers::next(QSqlDatabase &db, const QString &prefix, int year, const QString &table, QString *number)
{
    const QString counter = QStringLiteral("%1:%2").arg(prefix).arg(year);
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
        const QString start = QStringLiteral("%1-%2-").arg(prefix).arg(year);
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
