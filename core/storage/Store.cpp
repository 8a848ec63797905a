#include "Store.h"

#include "register/AuditLog.h"

namespace Custodian::Storage {

QString Store::actor() const
{
    return Register::AuditLog::actor();
}

} // namespace Custodian::Storage
