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
    if (next.uuid.isEmpty()) {
        Organisation stored;
        const Status status = load(&stored);
        if (!status)
            return status;
        if (!stored.uuid.isEmpty())
            return conflict(m_store.connection(), m_kind, stored.uuid, message(Message::Item, stored.name));
    }
    return EntityService::save(&next, findings);
}

void OrganisationService::normalise(Organisation &organisation) const
{
    for (JointController &joint : organisation.jointControllers) {
        if (joint.uuid.isEmpty())
            joint.uuid = newUuid();
    }
}

} // namespace Custodian::Register
