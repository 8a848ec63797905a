#include "register/PrivacyStatementService.h"

#include "domain/Codes.h"

#include <algorithm>

namespace Custodian::Register {

PrivacyStatementService::PrivacyStatementService(Storage::Store &store, QObject *parent)
    : EntityService<Domain::PrivacyStatement>(store, parent)
{}

Status PrivacyStatementService::forAudience(const QString &audience, Domain::PrivacyStatement *statement) const
{
    QList<Domain::PrivacyStatement> found;
    const EntityTable::Filter filter{
        QStringLiteral("SELECT s.id FROM privacy_statement s JOIN privacy_statement_audience a ON a.statement_id = "
                       "s.id WHERE s.retired = 0 AND a.audience = ?"),
        {audience}};
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound,
                             tr("No privacy statement in use covers the audience \"%1\".")
                                 .arg(Domain::Codes::label(Domain::Codes::Kind::Audience, audience)));
    *statement = found.constFirst();
    return Status::ok();
}

Status PrivacyStatementService::setRetired(const QString &uuid, bool retired)
{
    if (!retired) {
        Domain::PrivacyStatement statement;
        Status status = load(uuid, &statement);
        if (!status)
            return status;
        statement.retired = false;
        Domain::Findings findings;
        status = check(m_store.connection(), statement, 0, &findings);
        if (!status)
            return status;
        if (Domain::hasErrors(findings))
            return refused(findings.constFirst().message);
    }
    return EntityService<Domain::PrivacyStatement>::setRetired(uuid, retired);
}

Status PrivacyStatementService::check(QSqlDatabase &db, const Domain::PrivacyStatement &next, qint64,
                                      Domain::Findings *findings)
{
    if (next.retired || next.audiences.isEmpty())
        return Status::ok();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT s.uuid, s.title, a.audience FROM privacy_statement s JOIN "
                                         "privacy_statement_audience a ON a.statement_id = s.id WHERE s.retired = 0 "
                                         "ORDER BY s.title, a.audience")))
        return EntityTable::readError(query);
    while (query.next()) {
        const QString audience = query.value(2).toString();
        if (query.value(0).toString() == next.uuid || !next.audiences.contains(audience))
            continue;
        findings->append(
            {QStringLiteral("audiences"), Domain::Finding::Severity::Error,
             tr("The statement \"%1\" already covers %2: an audience reads one statement. Take the "
                "audience out of that statement, or retire it, first.")
                 .arg(query.value(1).toString(), Domain::Codes::label(Domain::Codes::Kind::Audience, audience))});
        break;
    }
    return Status::ok();
}

StatementVersionService::StatementVersionService(Storage::Store &store, QObject *parent)
    : EntityService<Domain::StatementVersion>(store, parent)
{}

Status StatementVersionService::versionsOf(const QString &statementUuid,
                                           QList<Domain::StatementVersion> *versions) const
{
    const EntityTable::Filter filter{
        QStringLiteral("SELECT v.id FROM privacy_statement_version v JOIN privacy_statement s ON s.id = "
                       "v.statement_id WHERE s.uuid = ?"),
        {statementUuid}};
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, versions);
    if (!status)
        return status;
    std::sort(versions->begin(), versions->end(),
              [](const Domain::StatementVersion &a, const Domain::StatementVersion &b) { return a.number > b.number; });
    return Status::ok();
}

Status StatementVersionService::remove(const QString &)
{
    return refused(message(Message::DeleteFailed));
}

Status StatementVersionService::check(QSqlDatabase &db, const Domain::StatementVersion &next, qint64 id,
                                      Domain::Findings *findings)
{
    if (id != 0) {
        // An import may bring a version the register already holds; only as it is.
        Domain::StatementVersion stored;
        const Status status = load(next.uuid, &stored);
        if (!status)
            return status;
        QJsonObject before = spec().toJson(stored);
        QJsonObject after = spec().toJson(next);
        for (const char *key : {"uuid", "createdAt", "updatedAt"}) {
            before.remove(QLatin1String(key));
            after.remove(QLatin1String(key));
        }
        if (before != after)
            findings->append({QStringLiteral("number"), Domain::Finding::Severity::Error,
                              tr("A published statement version is kept as it was: it cannot be changed. Publish "
                                 "a new version instead.")});
        return Status::ok();
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT 1 FROM privacy_statement_version v JOIN privacy_statement s ON s.id "
                                         "= v.statement_id WHERE s.uuid = ? AND v.number = ?"),
                          {next.statementUuid, next.number}))
        return EntityTable::readError(query);
    if (query.next())
        findings->append({QStringLiteral("number"), Domain::Finding::Severity::Error,
                          tr("Version %1 of this statement has been published already, in the meantime: publish "
                             "again to make the next version.")
                              .arg(next.number)});
    return Status::ok();
}

} // namespace Custodian::Register
