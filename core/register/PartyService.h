#pragma once

#include "domain/Party.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Parties (controllers, processors, sub-processors, recipients): the shared skeleton as it is; retired by a flag.
using PartyService = EntityService<Domain::Party>;

} // namespace Custodian::Register
