#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "Status.h"
#include "storage/SqlDialect.h"

namespace Custodian::Storage {

// Ordered schema migrations, NNNN_description.sql, tracked by PRAGMA user_version. Each one runs
// in its own transaction together with the user_version bump: a register is always at exactly
// one version, whatever moment the program is killed.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::Migrator)
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString script; // in the dialect's SQL
        // The script rebuilds tables (create new, copy, drop, rename): it starts with the line
        // "-- custodian: rebuilds tables". Foreign keys are off around it and checked before its commit.
        bool rebuildsTables = false;
    };

    // The embedded migrations (":/schema", from resources/schema; see its README.md), written once
    // for both stores, as a dialect's SQL, applied with its script splitting and version record.
    explicit Migrator(const SqlDialect &dialect = sqliteDialect());
    // The migrations of another folder, in the same format.
    Migrator(const QString &folder, const SqlDialect &dialect = sqliteDialect());

    // False (with a message) when the folder is malformed: a gap, a duplicate, an unreadable file.
    const Status &loadStatus() const { return m_loadStatus; }
    const QList<Migration> &migrations() const { return m_migrations; }
    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version; }

    static int currentVersion(QSqlDatabase &db, Status *status = nullptr);
    // Applies every migration above the current version, in order. Stops at the first failure,
    // which leaves the register at the last version that succeeded.
    Status migrate(QSqlDatabase &db) const;

private:
    Status apply(QSqlDatabase &db, const Migration &migration) const;
    Status applyInTransaction(QSqlDatabase &db, const Migration &migration) const;
    void load(const QString &folder);

    const SqlDialect *m_dialect;

    QList<Migration> m_migrations;
    Status m_loadStatus;
};

} // namespace Custodian::Storage
