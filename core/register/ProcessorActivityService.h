#pragma once

#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 30(2) processing for controllers: the shared skeleton as it is; retired by their status.
using ProcessorActivityService = EntityService<Domain::ProcessorActivity>;

} // namespace Custodian::Register
