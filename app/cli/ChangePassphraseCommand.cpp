// custodian-cli change-passphrase REGISTER [--passphrase-file FILE] [--new-passphrase-file FILE]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "storage/Database.h"
#include "storage/Secret.h"

#include <QDir>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::Commands)
};

} // namespace

int runChangePassphraseCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("change-passphrase"), out, err);
    cli.addPassphraseOption();
    cli.addNewPassphraseOption();
    cli.setHelp(Tr::tr("change-passphrase REGISTER [--passphrase-file FILE] [--new-passphrase-file FILE]"),
                Tr::tr("Re-encrypt a register under a new passphrase, which comes from --new-passphrase-file, "
                       "CUSTODIAN_NEW_PASSPHRASE or the terminal."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString &path = cli.registerPath();

    QString current;
    QString next;
    if (const Stop stop = cli.readPassphrase(Tr::tr("Current passphrase for %1: ").arg(path), false, &current))
        return *stop;
    if (const Stop stop = cli.readNewPassphrase(Tr::tr("New passphrase for %1: ").arg(path), &next)) {
        Storage::wipe(current);
        return *stop;
    }

    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadWrite, current)) {
        Storage::wipe(next);
        return *stop;
    }
    const Status status = database.changePassphrase(next);
    Storage::wipe(next);
    if (!status)
        return cli.failStatus(status);
    out << Tr::tr("The passphrase of %1 has been changed.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitOk;
}

} // namespace Custodian::Cli
