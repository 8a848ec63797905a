#pragma once

#include "domain/Party.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Parties (controllers, processors, sub-processors, recipients, the organisation's own
// administrative bodies): the shared skeleton, retired by a flag.
class PartyService : public EntityService<Domain::Party>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::PartyService)
public:
    using EntityService<Domain::Party>::EntityService;

    // The administrative bodies a Dutch municipality usually has (the college, the council, the
    // mayor, ...) by their Dutch names, which are facts, not translated.
    static QStringList municipalBodies();
    // Adds each of `names` that no party has yet (case aside) as an administrative body of this
    // organisation in the Netherlands, and marks an existing party of that name as one (not a
    // retired one: the organisation does not have that body); one transaction, each change
    // audited. *changed counts the parties added or marked.
    [[nodiscard]] Status addOwnBodies(const QStringList &names, int *changed);
};

} // namespace Custodian::Register
