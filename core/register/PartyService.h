#pragma once

#include "domain/Party.h"
#include "register/EntityService.h"

namespace Custodian::Register {

class PartyService : public EntityService<Domain::Party>
{
    Q_OBJECT
public:
    explicit PartyService(Storage::Store &store, QObject *parent = nullptr);
    // Sets or clears the retired flag, audited as a retirement (or an update when restored).
    [[nodiscard]] Status setRetired(const QString &uuid, bool retired);

protected:
    QString message(Message which, const QString &name = QString()) const override;
};

} // namespace Custodian::Register
