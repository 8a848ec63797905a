#include "BreachService.h"

#include "register/CaseNumbers.h"
#include "storage/Store.h"

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
    QSqlQuery query(m_store.connection());
    next.setClocks([&query](const QString &agreementUuid) {
        query.prepare(QStringLiteral("SELECT breach_notice_hours FROM agreement WHERE uuid = ?"));
        query.addBindValue(agreementUuid);
        return query.exec() && query.next() ? query.value(0).toInt() : 0;
    });
}

Status BreachService::allocate(QSqlDatabase &db, Breach &next, const Breach &previous)
{
    if (!previous.uuid.isEmpty())
        return Status::ok();
    return CaseNumbers::next(db, QStringLiteral("B"), next.awareAt.toLocalTime().date().year(),
                             QStringLiteral("breach"), &next.number);
}

} // namespace Custodian::Register
