#pragma once

#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

namespace Custodian::Register {

class ProcessorActivityService : public EntityService<Domain::ProcessorActivity>
{
    Q_OBJECT
public:
    explicit ProcessorActivityService(Storage::Store &store, QObject *parent = nullptr);
    // Status "retired", audited as action retire; nothing happens for one already retired.
    [[nodiscard]] Status retire(const QString &uuid);

protected:
    QString message(Message which, const QString &name = QString()) const override;
};

} // namespace Custodian::Register
