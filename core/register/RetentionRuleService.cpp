#include "RetentionRuleService.h"

#include "domain/RetentionCatalogue.h"

#include <QSet>
#include <QSqlQuery>

namespace Custodian::Register {

RetentionRuleService::RetentionRuleService(Storage::Store &store, QObject *parent) : EntityService(store, parent) {}

Status RetentionRuleService::check(QSqlDatabase &db, const Domain::RetentionRule &next, qint64,
                                   Domain::Findings *findings)
{
    if (next.seedKey.isEmpty())
        return Status::ok();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT uuid FROM retention_rule WHERE seed_key = ?"), {next.seedKey}))
        return EntityTable::readError(query);
    if (query.next() && query.value(0).toString() != next.uuid)
        findings->append({QStringLiteral("seedKey"), Domain::Finding::Severity::Error,
                          tr("Another retention rule already comes from this catalogue entry: edit that rule "
                             "instead.")});
    return Status::ok();
}

Status RetentionRuleService::seedCatalogue()
{
    QList<Domain::RetentionRule> entries;
    Status status = Domain::RetentionCatalogue::load(Domain::RetentionCatalogue::uiLanguage(), &entries);
    if (!status)
        return status;
    QSqlDatabase &db = m_store.connection();
    const QString failure = tr("The retention catalogue could not be added. Nothing was changed.");
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    QSet<QString> present;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT seed_key FROM retention_rule WHERE seed_key IS NOT NULL"))) {
            db.rollback();
            return EntityTable::readError(query);
        }
        while (query.next())
            present.insert(query.value(0).toString());
    }
    QStringList added;
    for (Domain::RetentionRule &rule : entries) {
        if (present.contains(rule.seedKey))
            continue; // renamed, edited or retired by the organisation: theirs now
        Domain::Findings findings;
        bool written = false;
        status = store(rule, std::nullopt, &findings, &written);
        if (!status) {
            db.rollback();
            return failed(failure, status.message() + QLatin1Char(' ') + status.detail());
        }
        added.append(rule.uuid);
    }
    return commitWritten(added, failure);
}

} // namespace Custodian::Register
