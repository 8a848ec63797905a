#pragma once

#include <QStringList>
#include <QTextStream>

namespace Custodian::Cli {

// `custodian-cli deadline ...`; arguments are those after the word "deadline".
int runDeadlineCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Custodian::Cli
