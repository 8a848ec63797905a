#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Custodian::Storage {

// What differs between the SQL of the stores: the services write standard SQL and ask the dialect
// for the rest.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual QString name() const = 0;
    // Runs an INSERT and gives the new row's id.
    virtual bool insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const = 0;
    // Appended to a SELECT inside a transaction to lock the rows it reads until the commit.
    virtual QString lockRows() const = 0;
    // Whether one failed statement spoils the rest of its transaction (PostgreSQL: every later
    // statement is refused until a rollback to a savepoint), so work that may fail and go on needs
    // a savepoint of its own. SQLite undoes the failed statement alone; there a savepoint copies each
    // page it touches into the (encrypted) statement journal, which made a merge four times slower.
    virtual bool failureSpoilsTransaction() const = 0;
    // A migration (resources/schema/README.md) as this dialect's SQL: the lines of the other
    // dialect's sections dropped and the type placeholders (%ID%, %BIGINT%, %BLOB%) replaced.
    QString migrationScript(const QString &description) const;
    virtual QStringList splitScript(const QString &script) const = 0;
    // The schema version of the register (0 for an empty database); false on a read error.
    virtual bool schemaVersion(QSqlDatabase &db, int *version, QString *detail) const = 0;
    // Records the version inside the migration's transaction.
    virtual bool setSchemaVersion(QSqlDatabase &db, int version, QString *detail) const = 0;
    // For a migration that rebuilds tables (SQLite has no DROP/RENAME COLUMN): foreign keys off
    // around its transaction (SQLite cannot change this inside one) and a check before its commit.
    virtual bool setForeignKeys(QSqlDatabase &db, bool on, QString *detail) const = 0;
    virtual bool foreignKeyViolations(QSqlDatabase &db, QStringList *violations, QString *detail) const = 0;
    // INSERT that replaces the row with the same key: columns' values bound in order.
    virtual QString upsert(const QString &table, const QStringList &columns, const QString &key) const = 0;
    // The server's or the computer's clock, in UTC.
    virtual QDateTime now(QSqlDatabase &db) const = 0;

protected:
    enum class TypeWord
    {
        Id,
        BigInt,
        Blob
    };
    virtual QString typeWord(TypeWord word) const = 0;
};

// SQLite 3.15 inside SQLCipher: ids from the rowid, no FOR UPDATE (a write transaction is BEGIN
// IMMEDIATE, which takes the file's write lock).
class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    bool failureSpoilsTransaction() const override { return false; }
    bool insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const override;
    QString lockRows() const override { return QString(); }
    QStringList splitScript(const QString &script) const override;
    bool schemaVersion(QSqlDatabase &db, int *version, QString *detail) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *detail) const override;
    QString upsert(const QString &table, const QStringList &columns, const QString &key) const override;
    QDateTime now(QSqlDatabase &db) const override;
    bool setForeignKeys(QSqlDatabase &db, bool on, QString *detail) const override;
    bool foreignKeyViolations(QSqlDatabase &db, QStringList *violations, QString *detail) const override;

protected:
    QString typeWord(TypeWord word) const override;
};

// PostgreSQL 15 through Qt's QPSQL: INSERT ... RETURNING id, row locks, the schema version in a
// table, the server's clock (the transaction's start, as now() gives it).
class PostgresDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("postgres"); }
    bool failureSpoilsTransaction() const override { return true; }
    bool insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const override;
    QString lockRows() const override { return QStringLiteral(" FOR UPDATE"); }
    QStringList splitScript(const QString &script) const override;
    bool schemaVersion(QSqlDatabase &db, int *version, QString *detail) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *detail) const override;
    QString upsert(const QString &table, const QStringList &columns, const QString &key) const override;
    QDateTime now(QSqlDatabase &db) const override;
    // ALTER TABLE changes columns in place and keeps every constraint checked: nothing to switch.
    bool setForeignKeys(QSqlDatabase &, bool, QString *) const override { return true; }
    bool foreignKeyViolations(QSqlDatabase &, QStringList *violations, QString *) const override
    {
        violations->clear();
        return true;
    }

protected:
    QString typeWord(TypeWord word) const override;
};

// "?, ?, ?": count positional placeholders.
QString sqlPlaceholders(qsizetype count);

// The dialects, one instance each.
const SqlDialect &sqliteDialect();
const SqlDialect &postgresDialect();

} // namespace Custodian::Storage
