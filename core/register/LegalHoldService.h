#pragma once

#include "domain/LegalHold.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Legal holds: the shared skeleton as it is; a hold is released by its date, and deleted only when
// it was entered by mistake (the history keeps it).
using LegalHoldService = EntityService<Domain::LegalHold>;

} // namespace Custodian::Register
