#include "Migrator.h"

#include "SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Custodian::Storage {

Migrator::Migrator(const SqlDialect &dialect) : Migrator(QStringLiteral(":/schema"), dialect) {}

Migrator::Migrator(const QString &folder, const SqlDialect &dialect) : m_dialect(&dialect)
{
    load(folder);
}

void Migrator::load(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_-]+)\\.sql$"));
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            m_loadStatus =
                Status::error(Status::Code::InvalidInput,
                              tr("The schema migration %1 is not named NNNN_description.sql.").arg(fileName));
            return;
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            m_loadStatus = Status::error(Status::Code::IoError,
                                         tr("Cannot read the schema migration %1.").arg(fileName), file.errorString());
            return;
        }
        const QString description = QString::fromUtf8(file.readAll());
        m_migrations.append({match.captured(1).toInt(), match.captured(2), m_dialect->migrationScript(description),
                             description.startsWith(QLatin1String("-- custodian: rebuilds tables"))});
    }
    if (m_migrations.isEmpty()) {
        m_loadStatus =
            Status::error(Status::Code::InvalidInput, tr("No schema migrations were found in %1.").arg(folder));
        return;
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations.at(i).version != i + 1) {
            m_loadStatus = Status::error(Status::Code::InvalidInput,
                                         tr("The schema migrations are not numbered 1, 2, 3, ... without gaps."));
            m_migrations.clear();
            return;
        }
    }
}

int Migrator::currentVersion(QSqlDatabase &db, Status *status)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (status)
            *status = Status::error(Status::Code::DatabaseError, tr("Cannot read the register's schema version."),
                                    query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

Status Migrator::migrate(QSqlDatabase &db) const
{
    if (!m_loadStatus)
        return m_loadStatus;
    int current = 0;
    QString detail;
    if (!m_dialect->schemaVersion(db, &current, &detail))
        return Status::error(Status::Code::DatabaseError, tr("Cannot read the register's schema version."), detail);
    Status status;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        status = apply(db, migration);
        if (!status)
            return status;
    }
    return Status::ok();
}

Status Migrator::apply(QSqlDatabase &db, const Migration &migration) const
{
    QString detail;
    if (migration.rebuildsTables && !m_dialect->setForeignKeys(db, false, &detail))
        return Status::error(Status::Code::DatabaseError,
                             tr("The register could not be upgraded to schema version %1 (%2).")
                                 .arg(migration.version)
                                 .arg(migration.name),
                             detail);
    const Status status = applyInTransaction(db, migration);
    if (migration.rebuildsTables && !m_dialect->setForeignKeys(db, true, &detail) && status)
        return Status::error(Status::Code::DatabaseError,
                             tr("The register could not be upgraded to schema version %1 (%2).")
                                 .arg(migration.version)
                                 .arg(migration.name),
                             detail);
    return status;
}

Status Migrator::applyInTransaction(QSqlDatabase &db, const Migration &migration) const
{
    auto fail = [&](const QString &detail) {
        db.rollback();
        return Status::error(Status::Code::DatabaseError,
                             tr("The register could not be upgraded to schema version %1 (%2).")
                                 .arg(migration.version)
                                 .arg(migration.name),
                             detail);
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    const QStringList statements = m_dialect->splitScript(migration.script);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return fail(query.lastError().text() + QStringLiteral(" in: ") + statement.left(200));
    }
    QString detail;
    if (migration.rebuildsTables) {
        QStringList violations;
        if (!m_dialect->foreignKeyViolations(db, &violations, &detail))
            return fail(detail);
        if (!violations.isEmpty())
            return fail(violations.join(QLatin1String("; ")));
    }
    if (!m_dialect->setSchemaVersion(db, migration.version, &detail))
        return fail(detail);
    if (!db.commit())
        return fail(db.lastError().text());
    return Status::ok();
}

} // namespace Custodian::Storage
