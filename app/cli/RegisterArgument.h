#pragma once

#include <QString>

namespace Custodian::Cli {

// What the REGISTER argument of a command names (docs: DECISIONS.md, "The command line"): a register
// file, or a team register on PostgreSQL given by its URI, postgresql://… or postgres://….
struct RegisterArgument
{
    enum class Kind
    {
        File,
        PostgresUri,
    };
    Kind kind = Kind::File;
    QString text; // as given
    // A URI that carries a password (user:password@host, or a password= parameter). Never accepted:
    // a password comes from the keychain, PGPASSFILE, CUSTODIAN_PASSWORD or the terminal.
    bool hasPassword = false;
};

RegisterArgument classifyRegisterArgument(const QString &argument);

} // namespace Custodian::Cli
