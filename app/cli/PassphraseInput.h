#pragma once

#include <QString>

namespace Custodian::Cli {

// Where custodian-cli takes a passphrase from, in this order: a file named by an option, an
// environment variable, the terminal without echo. Never from the command line itself, where
// other users could read it in the process list.
struct PassphraseSource
{
    QString file;         // --passphrase-file / --new-passphrase-file
    QString environment;  // CUSTODIAN_PASSPHRASE / CUSTODIAN_NEW_PASSPHRASE
    QString prompt;       // what the terminal prompt says
    bool confirm = false; // ask twice on the terminal (a new passphrase)
};

// Whether standard input is a terminal where a person types, not a pipe or a file.
bool stdinIsTerminal();

// Returns false with a one-line reason in *error.
bool readPassphrase(const PassphraseSource &source, QString *passphrase, QString *error);

} // namespace Custodian::Cli
