#include "OrganisationService.h"

namespace Custodian::Register {

using Domain::JointController;
using Domain::Organisation;

OrganisationService::OrganisationService(Storage::Store &store, QObject *parent) : EntityService(store, parent) {}

Status OrganisationService::load(Organisation *organisation) const
{
    QList<Organisation> found;
    const Status status = list(&found);
    *organisation = found.isEmpty() ? Organisation() : found.constFirst();
    return status;
}

Status OrganisationService::save(const Organisation &organisation, Domain::Findings *findings)
{
    Organisation next = organisation;
    return EntityService::save(&next, findings);
}

Status OrganisationService::check(QSqlDatabase &db, const Organisation &next, qint64, Domain::Findings *)
{
    if (!next.uuid.isEmpty())
        return Status::ok();
    // A creation, inside the save's transaction: someone may have created the details since these
    // were read. The register holds one organisation.
    QList<Organisation> stored;
    const Status status = EntityTable::fetch(db, spec(), EntityTable::Filter::all(), &stored, false);
    if (!status || stored.isEmpty())
        return status;
    return conflict(db, m_kind, stored.constFirst().uuid, message(Message::Item, stored.constFirst().name));
}

void OrganisationService::normalise(Organisation &organisation) const
{
    for (JointController &joint : organisation.jointControllers) {
        if (joint.uuid.isEmpty())
            joint.uuid = newUuid();
    }
}

} // namespace Custodian::Register
