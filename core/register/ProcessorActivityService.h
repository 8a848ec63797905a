#pragma once

#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 30(2) processing for controllers, retired by their status; numbered from the same series as
// the controller's activities (ActivityService).
class ProcessorActivityService : public EntityService<Domain::ProcessorActivity>
{
public:
    explicit ProcessorActivityService(Storage::Store &store, QObject *parent = nullptr);

protected:
    void prepare(Domain::ProcessorActivity &next, const Domain::ProcessorActivity &previous) override;
    Status allocate(QSqlDatabase &db, Domain::ProcessorActivity &next,
                    const Domain::ProcessorActivity &previous) override;
};

} // namespace Custodian::Register
