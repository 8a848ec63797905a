#pragma once

#include "domain/Cookie.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Cookies and similar techniques: the shared skeleton as it is; retired when the website no longer
// places one, deleted only when entered by mistake (the history keeps it).
using CookieService = EntityService<Domain::Cookie>;

} // namespace Custodian::Register
