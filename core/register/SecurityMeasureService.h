#pragma once

#include "domain/SecurityMeasure.h"
#include "register/EntityService.h"

namespace Custodian::Register {

class SecurityMeasureService : public EntityService<Domain::SecurityMeasure>
{
    Q_OBJECT
public:
    explicit SecurityMeasureService(Storage::Store &store, QObject *parent = nullptr);
    // Sets or clears the retired flag, audited as a retirement (or an update when restored).
    [[nodiscard]] Status setRetired(const QString &uuid, bool retired);

protected:
    QString message(Message which, const QString &name = QString()) const override;
};

} // namespace Custodian::Register
