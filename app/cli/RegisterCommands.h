#pragma once

#include <QStringList>
#include <QTextStream>

namespace Custodian::Cli {

// `custodian-cli check FILE [--json] [--passphrase-file FILE]`: runs the completeness check on a
// register opened read-only and prints the findings grouped per item (or, with --json, the array of
// CompletenessCheck::toJson). Exits 0 whenever the check ran, whatever it found.
// arguments are those after the word "check".
int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `custodian-cli demo FILE [--passphrase-file FILE]`: creates a register at FILE holding the demo
// register. Without --passphrase-file or CUSTODIAN_PASSPHRASE it uses the demo's fixed passphrase
// and says so. arguments are those after the word "demo".
int runDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Custodian::Cli
