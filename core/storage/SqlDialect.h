#pragma once

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
    // Where the migrations of this dialect live.
    virtual QString migrationsFolder() const = 0;
    virtual QStringList splitScript(const QString &script) const = 0;
};

// SQLite 3.15 inside SQLCipher: ids from the rowid, no FOR UPDATE (a write transaction is BEGIN
// IMMEDIATE, which takes the file's write lock).
class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    bool insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const override;
    QString lockRows() const override { return QString(); }
    QString migrationsFolder() const override { return QStringLiteral(":/schema/sqlite"); }
    QStringList splitScript(const QString &script) const override;
};

} // namespace Custodian::Storage
