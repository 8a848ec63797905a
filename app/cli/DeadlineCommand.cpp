#include "DeadlineCommand.h"

namespace Custodian::Cli {

int runDeadlineCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << "deadline: not built yet\n";
    return 2;
}

} // namespace Custodian::Cli
