#pragma once

#include <QLatin1String>
#include <QList>
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

// Runs one command; arguments are those after the command's word.
using CommandFunction = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

struct CommandEntry
{
    QLatin1String name; // the word on the command line: "init", "deadline"
    CommandFunction run;
};

// Every command custodian-cli knows, in the order the overview lists them; run() dispatches from it.
const QList<CommandEntry> &commands();

// Runs `custodian-cli ARGUMENTS...`; arguments exclude the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Custodian::Cli
