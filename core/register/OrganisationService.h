#pragma once

#include <QObject>

#include "Status.h"
#include "domain/Organisation.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// Reads and writes the organisation (controller) details of Art. 30(1)(a). Every save is one
// transaction holding the change and its audit entry.
class OrganisationService : public QObject
{
    Q_OBJECT
public:
    explicit OrganisationService(Storage::Store &database, QObject *parent = nullptr);

    // An empty Organisation (no uuid) when none has been saved yet.
    Status load(Domain::Organisation *organisation) const;
    // Refuses input with error findings (returned through *findings) and changes nothing then.
    Status save(const Domain::Organisation &organisation, Domain::Findings *findings = nullptr);

signals:
    void changed();

private:
    Storage::Store &m_database;
};

} // namespace Custodian::Register
