#pragma once

#include "domain/ControlReference.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// The organisation's own controls: the shared skeleton as it is; retired when auditors no longer
// test it (the reports stop naming it), deleted only when entered by mistake (the history keeps it).
using ControlReferenceService = EntityService<Domain::ControlReference>;

} // namespace Custodian::Register
