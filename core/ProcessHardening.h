#pragma once

namespace Custodian {

// Keeps a process that may hold a register's key and its decrypted content out of core dumps
// (review D15), as KeePassXC does. Called first thing in main() by the GUI and the CLI.
//
// Release builds only (NDEBUG, as in RelWithDebInfo and Release): a debug build stays dumpable so
// that developers can debug it and read its crash dumps. Nothing at run time, no environment
// variable and no option, turns it off.
//
// Linux: RLIMIT_CORE is set to 0 (soft and hard, so a child cannot raise it again) and the process
// is made non-dumpable (PR_SET_DUMPABLE 0), which also covers a core_pattern pipe such as
// systemd-coredump, which ignores the limit, and keeps other processes of the same user from
// attaching with ptrace or reading /proc/PID/mem.
// macOS: RLIMIT_CORE 0, and PT_DENY_ATTACH keeps debuggers from attaching.
// Windows: nothing to do here; a process does not write its own dumps, and Windows Error Reporting
// keeps local dumps only where an administrator has configured LocalDumps.
//
// Returns false when a step the platform offers failed (the program goes on: refusing to start
// would not make a dump any less likely than before).
bool hardenProcess();

} // namespace Custodian
