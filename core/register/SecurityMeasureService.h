#pragma once

#include "domain/SecurityMeasure.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 32 measures: the shared skeleton as it is; retired by a flag.
using SecurityMeasureService = EntityService<Domain::SecurityMeasure>;

} // namespace Custodian::Register
