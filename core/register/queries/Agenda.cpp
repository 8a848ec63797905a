#include "Agenda.h"

#include "domain/IsoTime.h"
#include "register/EntityTable.h"
#include "storage/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Custodian::Register {

namespace {

// Every dated obligation up to its horizon, as (reason, entity, uuid, name, detail, d). Dates are
// stored as YYYY-MM-DD, so text order is date order. Binds: the review (twice), expiry, review,
// objection, assurance expiry and supplier review horizons.
const QString datedItems =
    QStringLiteral("SELECT 0 AS reason, 'activity' AS entity, uuid, name, '' AS detail, next_review AS d FROM activity "
                   "WHERE status <> 'retired' AND next_review IS NOT NULL AND next_review <= ? "
                   "UNION ALL "
                   "SELECT 0, 'processor_activity', uuid, name, '', next_review FROM processor_activity "
                   "WHERE status <> 'retired' AND next_review IS NOT NULL AND next_review <= ? "
                   "UNION ALL "
                   "SELECT 1, 'agreement', uuid, title, '', expires_on FROM agreement "
                   "WHERE status = 'active' AND expires_on IS NOT NULL AND expires_on <= ? "
                   "UNION ALL "
                   "SELECT 2, 'agreement', uuid, title, '', review_on FROM agreement "
                   "WHERE status <> 'terminated' AND review_on IS NOT NULL AND review_on <= ? "
                   "UNION ALL "
                   "SELECT CASE WHEN a.processor_party_id IS NULL THEN 4 ELSE 3 END, 'agreement', a.uuid, a.title, "
                   "n.change_description, "
                   "COALESCE(n.objection_deadline, n.received_on) FROM subprocessor_notice n "
                   "JOIN agreement a ON a.id = n.agreement_id "
                   "WHERE n.decision = 'pending' AND a.status <> 'terminated' "
                   "AND COALESCE(n.objection_deadline, n.received_on) <= ? "
                   "UNION ALL "
                   // The latest report or certificate of each kind of a supplier of ours that ends: an
                   // older one of the kind has been replaced, also by one without an end.
                   "SELECT 5, 'agreement', a.uuid, a.title, s.kind, MAX(s.valid_until) FROM agreement_assurance s "
                   "JOIN agreement a ON a.id = s.agreement_id "
                   "WHERE a.status = 'active' AND a.controller_party_id IS NULL AND a.processor_party_id IS NOT NULL "
                   "GROUP BY a.id, a.uuid, a.title, s.kind "
                   "HAVING COUNT(*) = COUNT(s.valid_until) AND MAX(s.valid_until) <= ? "
                   "UNION ALL "
                   // A year after the latest review, or after the agreement took effect or was signed
                   // (Agreement::nextReviewDue): the year is added to the text of the day, and the 29th of
                   // February becomes the 28th, as QDate::addYears does.
                   "SELECT 6, 'agreement', uuid, title, '', due FROM ("
                   "SELECT uuid, title, CAST(CAST(SUBSTR(last, 1, 4) AS INTEGER) + 1 AS TEXT) || "
                   "CASE WHEN SUBSTR(last, 5) = '-02-29' THEN '-02-28' ELSE SUBSTR(last, 5) END AS due FROM ("
                   "SELECT a.uuid, a.title, COALESCE((SELECT MAX(r.reviewed_on) FROM agreement_review r "
                   "WHERE r.agreement_id = a.id), a.effective_on, a.signed_on) AS last FROM agreement a "
                   "WHERE a.status = 'active' AND a.controller_party_id IS NULL "
                   "AND a.processor_party_id IS NOT NULL) reviewed WHERE last IS NOT NULL) yearly "
                   "WHERE due <= ?");

Status readItems(QSqlQuery &query, QList<AgendaItem> *items)
{
    while (query.next()) {
        AgendaItem item;
        item.reason = static_cast<AgendaItem::Reason>(query.value(0).toInt());
        item.entity = query.value(1).toString();
        item.uuid = query.value(2).toString();
        item.name = query.value(3).toString();
        item.detail = query.value(4).toString();
        item.date = Domain::IsoTime::parseDay(query.value(5).toString());
        items->append(item);
    }
    if (query.lastError().isValid())
        return EntityTable::readError(query);
    return Status::ok();
}

} // namespace

Status Agenda::read(Storage::Store &store, QDate today, int limit, Agenda *agenda)
{
    *agenda = Agenda();
    const QString day = Domain::IsoTime::day(today);
    const QVariantList horizons = {Domain::IsoTime::day(today.addDays(reviewHorizonDays)),
                                   Domain::IsoTime::day(today.addDays(reviewHorizonDays)),
                                   Domain::IsoTime::day(today.addDays(expiryHorizonDays)),
                                   Domain::IsoTime::day(today.addDays(reviewHorizonDays)),
                                   Domain::IsoTime::day(today.addDays(objectionHorizonDays)),
                                   Domain::IsoTime::day(today.addDays(expiryHorizonDays)),
                                   Domain::IsoTime::day(today.addDays(reviewHorizonDays))};
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    QVariantList binds = {day, day};
    binds += horizons;
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT COALESCE(SUM(CASE WHEN d < ? THEN 1 ELSE 0 END), 0), "
                                         "COALESCE(SUM(CASE WHEN d >= ? THEN 1 ELSE 0 END), 0) FROM (%1) dated")
                              .arg(datedItems),
                          binds) ||
        !query.next())
        return EntityTable::readError(query);
    agenda->overdueTotal = query.value(0).toInt();
    agenda->upcomingTotal = query.value(1).toInt();

    const auto readList = [&](const QString &condition, QList<AgendaItem> *items) {
        QVariantList listBinds = horizons;
        listBinds << day << limit;
        if (!EntityTable::run(query,
                              QStringLiteral("SELECT reason, entity, uuid, name, detail, d FROM (%1) dated "
                                             "WHERE d %2 ? ORDER BY d, name, reason LIMIT ?")
                                  .arg(datedItems, condition),
                              listBinds))
            return EntityTable::readError(query);
        return readItems(query, items);
    };
    if (Status status = readList(QStringLiteral("<"), &agenda->overdue); !status)
        return status;
    return readList(QStringLiteral(">="), &agenda->upcoming);
}

Status Agenda::readUpTo(Storage::Store &store, QDate horizon, QList<AgendaItem> *items)
{
    items->clear();
    const QString day = Domain::IsoTime::day(horizon);
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT reason, entity, uuid, name, detail, d FROM (%1) dated "
                                         "ORDER BY d, name, reason")
                              .arg(datedItems),
                          {day, day, day, day, day, day, day}))
        return EntityTable::readError(query);
    return readItems(query, items);
}

} // namespace Custodian::Register
