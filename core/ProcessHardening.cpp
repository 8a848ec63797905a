#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(NDEBUG) && defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(NDEBUG) && defined(Q_OS_MACOS)
// clang-format off: sys/types.h must come before sys/ptrace.h
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/types.h>
// clang-format on
#endif

namespace Custodian {

bool hardenProcess()
{
#if defined(NDEBUG) && (defined(Q_OS_LINUX) || defined(Q_OS_MACOS))
    const rlimit none{0, 0};
    bool ok = setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(Q_OS_LINUX)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#else
    ok = ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && ok;
#endif
    return ok;
#else
    return true;
#endif
}

} // namespace Custodian
