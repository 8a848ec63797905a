#include "BreachService.h"

#include "clocks/Deadlines.h"
#include "register/CaseNumbers.h"
#include "storage/Store.h"

#include <QHash>
#include <QSqlQuery>

namespace Custodian::Register {

using Domain::Breach;

BreachService::BreachService(Storage::Store &store, QObject *parent) : EntityService<Breach>(store, parent) {}

Status BreachService::listByStatus(const QStringList &statuses, QList<Breach> *breaches) const
{
    EntityTable::Filter filter;
    filter.ids = QStringLiteral("SELECT id FROM breach");
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : statuses) {
            marks << QStringLiteral("?");
            filter.binds << status;
        }
        filter.ids += QStringLiteral(" WHERE status IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, breaches);
    if (!status)
        return status;
    std::stable_sort(breaches->begin(), breaches->end(), [](const Breach &a, const Breach &b) {
        return a.awareAt != b.awareAt ? a.awareAt > b.awareAt : a.number > b.number;
    });
    return Status::ok();
}

Status BreachService::find(const QString &numberOrUuid, Breach *breach) const
{
    const QString key = numberOrUuid.trimmed();
    EntityTable::Filter filter;
    filter.ids = QStringLiteral("SELECT id FROM breach WHERE number = ? OR uuid = ?");
    filter.binds = {key.toUpper(), key.toLower()};
    QList<Breach> found;
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound, message(Message::NotFound));
    *breach = found.constFirst();
    return Status::ok();
}

void BreachService::normalise(Breach &next) const
{
    if (!next.isClosed()) {
        next.closedOn = QDate();
        next.closedBy.clear();
    }
    if (next.notifyAp != QLatin1String("yes")) {
        next.apReference.clear();
        next.apPhase.clear();
    }
}

void BreachService::prepare(Breach &next, const Breach &previous)
{
    next.number = previous.uuid.isEmpty() ? QString() : previous.number;
    if (next.isClosed() && !next.closedOn.isValid())
        next.closedOn = m_store.now().toLocalTime().date();
}

Status BreachService::allocate(QSqlDatabase &db, Breach &next, const Breach &previous)
{
    // Each controller's moment from its agreement's term; a failed read fails the save.
    QHash<QString, int> terms;
    QSqlQuery query(db);
    for (const Domain::ControllerNotice &controller : std::as_const(next.controllers)) {
        if (controller.agreementUuid.isEmpty() || terms.contains(controller.agreementUuid))
            continue;
        if (!EntityTable::run(query, QStringLiteral("SELECT breach_notice_hours FROM agreement WHERE uuid = ?"),
                              {controller.agreementUuid}))
            return EntityTable::readError(query);
        terms.insert(controller.agreementUuid, query.next() ? query.value(0).toInt() : 0);
    }
    next.setClocks([&terms](const QString &agreementUuid) { return terms.value(agreementUuid); });
    if (!previous.uuid.isEmpty())
        return Status::ok();
    return CaseNumbers::next(db, QStringLiteral("B"), next.awareAt.toLocalTime().date().year(),
                             QStringLiteral("breach"), &next.number);
}

Status BreachService::recountControllerDeadlines(Storage::Store &store, const QString &agreementUuid, int hours,
                                                 int *moved)
{
    *moved = 0;
    QSqlDatabase &db = store.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT c.id, b.aware_at FROM breach_controller c JOIN breach b ON b.id = "
                                         "c.breach_id JOIN agreement a ON a.id = c.agreement_id WHERE a.uuid = ? AND "
                                         "b.status = 'open'"),
                          {agreementUuid}))
        return EntityTable::readError(query);
    QList<QVariantList> updates;
    while (query.next()) {
        const QDateTime aware = Domain::IsoTime::parseMoment(query.value(1).toString());
        const QDateTime due =
            hours > 0 && aware.isValid() ? Clocks::addHours(aware, hours).dueMoment().toUTC() : QDateTime();
        updates.append({due.isValid() ? QVariant(Domain::IsoTime::moment(due)) : QVariant(), query.value(0)});
    }
    query.finish();
    QString detail;
    if (!EntityTable::runRows(db, QStringLiteral("UPDATE breach_controller SET due_at = ? WHERE id = ?"), updates,
                              &detail))
        return Status::error(Status::Code::DatabaseError, tr("The breach deadlines could not be counted again."),
                             detail);
    *moved = int(updates.size());
    return Status::ok();
}

} // namespace Custodian::Register
