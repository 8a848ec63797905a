#include "RegisterCounts.h"

#include "domain/IsoTime.h"
#include "register/EntityTable.h"
#include "register/RequestService.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace Custodian::Register {

Status RegisterCounts::read(Storage::Store &store, QDate today, RegisterCounts *counts)
{
    *counts = RegisterCounts();
    // Dates are stored as YYYY-MM-DD, so text order is date order.
    const QString day = Domain::IsoTime::day(today);
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT (SELECT count(*) FROM activity), "
                           "(SELECT count(*) FROM activity WHERE status <> 'retired'), "
                           "(SELECT count(*) FROM activity WHERE status = 'approved'), "
                           "(SELECT count(*) FROM activity WHERE status <> 'retired' AND next_review IS NOT NULL "
                           "AND next_review < ?), "
                           "(SELECT count(*) FROM activity a WHERE a.status = 'approved' AND a.row_version > "
                           "(SELECT max(v.activity_row_version) FROM activity_version v WHERE v.activity_id = a.id)), "
                           "(SELECT count(*) FROM processor_activity), "
                           "(SELECT count(*) FROM agreement), "
                           "(SELECT count(*) FROM agreement WHERE status = 'active' AND expires_on IS NOT NULL "
                           "AND expires_on < ?), "
                           "(SELECT count(*) FROM party), "
                           "(SELECT count(*) FROM retention_rule), "
                           "(SELECT count(*) FROM security_measure), "
                           "(SELECT count(*) FROM request_case WHERE %1), "
                           "(SELECT count(*) FROM request_case WHERE %1 AND act_by IS NOT NULL AND act_by < ?), "
                           "(SELECT count(*) FROM breach WHERE status <> 'closed'), "
                           "(SELECT count(*) FROM breach WHERE status <> 'closed' AND ap_notified_at IS NULL AND "
                           "notify_ap <> 'no')")
                .arg(RequestService::openCondition()),
            {day, day, day}) ||
        !query.next())
        return EntityTable::readError(query);
    int i = 0;
    for (int *field :
         {&counts->activities, &counts->activeActivities, &counts->approvedActivities, &counts->overdueReviews,
          &counts->changedSinceEstablished, &counts->processorActivities, &counts->agreements,
          &counts->expiredAgreements, &counts->parties, &counts->retentionRules, &counts->measures,
          &counts->openRequests, &counts->overdueRequests, &counts->openBreaches, &counts->undecidedBreaches})
        *field = query.value(i++).toInt();
    return Status::ok();
}

} // namespace Custodian::Register
