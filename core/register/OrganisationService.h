#pragma once

#include "Status.h"
#include "domain/Organisation.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// The organisation (controller) details of Art. 30(1)(a): the register's one row of its kind, on
// the common skeleton (one transaction with its audit entry, row version, change signal).
class OrganisationService : public EntityService<Domain::Organisation>
{
public:
    explicit OrganisationService(Storage::Store &store, QObject *parent = nullptr);

    // An empty Organisation (no uuid) when none has been saved yet.
    [[nodiscard]] Status load(Domain::Organisation *organisation) const;
    // Creates the details when organisation has no uuid, updates them otherwise. Refuses input with
    // error findings (returned through *findings), a save based on details changed meanwhile
    // (Status::Conflict), and a second creation; changes nothing then.
    [[nodiscard]] Status save(const Domain::Organisation &organisation, Domain::Findings *findings = nullptr);

protected:
    // A joint controller added in the editor gets its uuid here; the others keep theirs.
    void normalise(Domain::Organisation &organisation) const override;
    // Refuses a second creation (Status::Conflict).
    Status check(QSqlDatabase &db, const Domain::Organisation &next, qint64 id, Domain::Findings *findings) override;
};

} // namespace Custodian::Register
