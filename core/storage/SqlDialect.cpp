#include "SqlDialect.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqlScript.h"

#include <QSqlError>

namespace Custodian::Storage {

bool SqliteDialect::insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return false;
    *id = query.lastInsertId().toLongLong();
    return *id > 0;
}

QStringList SqliteDialect::splitScript(const QString &script) const
{
    return SqlCipherDriver::splitStatements(script);
}

bool SqliteDialect::schemaVersion(QSqlDatabase &db, int *version, QString *detail) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *detail = query.lastError().text();
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version, QString *detail) const
{
    // user_version lives in the database header and is part of the transaction.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        *detail = query.lastError().text();
        return false;
    }
    return true;
}

QString sqlPlaceholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

QString SqliteDialect::upsert(const QString &table, const QStringList &columns, const QString &) const
{
    // No UPSERT in SQLite 3.15: replace the row (the audit log's triggers refuse this for it).
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), sqlPlaceholders(columns.size()));
}

QString PostgresDialect::upsert(const QString &table, const QStringList &columns, const QString &key) const
{
    QStringList updates;
    for (const QString &column : columns) {
        if (column != key)
            updates << QStringLiteral("%1 = EXCLUDED.%1").arg(column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QLatin1String(", ")), sqlPlaceholders(columns.size()), key,
             updates.join(QLatin1String(", ")));
}

bool SqliteDialect::setForeignKeys(QSqlDatabase &db, bool on, QString *detail) const
{
    QSqlQuery query(db);
    if (!query.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *detail = query.lastError().text();
        return false;
    }
    return true;
}

bool SqliteDialect::foreignKeyViolations(QSqlDatabase &db, QStringList *violations, QString *detail) const
{
    violations->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *detail = query.lastError().text();
        return false;
    }
    // table, rowid, referenced table, foreign key index
    while (query.next())
        *violations << QStringLiteral("%1 row %2 refers to a missing %3")
                           .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return true;
}

QDateTime SqliteDialect::now(QSqlDatabase &) const
{
    return QDateTime::currentDateTimeUtc();
}

bool PostgresDialect::insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const
{
    if (!query.prepare(sql + QStringLiteral(" RETURNING id")))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return false;
    *id = query.value(0).toLongLong();
    return *id > 0;
}

QStringList PostgresDialect::splitScript(const QString &script) const
{
    return splitPostgresScript(script);
}

bool PostgresDialect::schemaVersion(QSqlDatabase &db, int *version, QString *detail) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next()) {
        *detail = query.lastError().text();
        return false;
    }
    if (!query.value(0).toBool()) {
        *version = 0;
        return true;
    }
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next()) {
        *detail = query.lastError().text();
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool PostgresDialect::setSchemaVersion(QSqlDatabase &db, int version, QString *detail) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM schema_version")) ||
        !query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version))) {
        *detail = query.lastError().text();
        return false;
    }
    return true;
}

QDateTime PostgresDialect::now(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")) &&
        query.next()) {
        const QDateTime moment = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        if (moment.isValid())
            return moment;
    }
    return QDateTime::currentDateTimeUtc();
}

const SqlDialect &sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &postgresDialect()
{
    static const PostgresDialect dialect;
    return dialect;
}

} // namespace Custodian::Storage
