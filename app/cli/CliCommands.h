#pragma once

#include <QStringList>
#include <QTextStream>

namespace Custodian::Cli {

// Exit codes: 0 all well, 1 the operation failed (the reason is on stderr), 2 the command line
// was wrong.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// Runs `custodian-cli ARGUMENTS...`; arguments exclude the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Custodian::Cli
