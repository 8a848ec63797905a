// custodian-cli demo REGISTER [--passphrase-file FILE]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "register/DemoRegister.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::RegisterCommands)
};

} // namespace

int runDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("demo"), out, err);
    cli.addPassphraseOption();
    cli.setHelp(Tr::tr("demo REGISTER [--passphrase-file FILE]"),
                Tr::tr("Write the demo register of a fictional company. Without --passphrase-file or "
                       "CUSTODIAN_PASSPHRASE it uses the demo passphrase, and says so."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString &path = cli.registerPath();

    QString passphrase;
    bool usedDefault = false;
    if (cli.passphraseGiven()) {
        if (const Stop stop = cli.readPassphrase(Tr::tr("New passphrase for %1: ").arg(path), true, &passphrase))
            return *stop;
    } else {
        // The demo holds nothing secret: a known passphrase lets anyone open it to look around.
        passphrase = Register::DemoRegister::passphrase();
        usedDefault = true;
    }

    Storage::Database database;
    if (const Stop stop = cli.createRegister(database, passphrase))
        return *stop;
    const Status status = Register::DemoRegister::write(database);
    if (!status) {
        // Half a demo is no use to anyone: remove the file this command created (only that file).
        database.discardNewRegister();
        return cli.failStatus(status);
    }
    out << Tr::tr("Created the demo register %1 (register id %2).")
               .arg(QDir::toNativeSeparators(path), database.registerId())
        << '\n';
    if (usedDefault)
        out << Tr::tr("No passphrase was given, so it uses the demo passphrase: %1")
                   .arg(Register::DemoRegister::passphrase())
            << '\n';
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
