#pragma once

#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 30(1) activities: the shared skeleton as it is; retired by their status.
using ActivityService = EntityService<Domain::ProcessingActivity>;

} // namespace Custodian::Register
