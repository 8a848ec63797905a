#include "Status.h"

namespace Custodian {

Status Status::error(Code code, const QString &message, const QString &detail)
{
    Status status;
    status.m_code = code;
    status.m_message = message;
    status.m_detail = detail;
    return status;
}

} // namespace Custodian
