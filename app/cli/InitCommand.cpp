// custodian-cli init REGISTER [--organisation NAME] [--passphrase-file FILE]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/Database.h"

#include <QDir>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::Commands)
};

} // namespace

int runInitCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("init"), out, err);
    const QCommandLineOption organisationOption(QStringLiteral("organisation"), Tr::tr("The organisation's name."),
                                                QStringLiteral("NAME"));
    cli.addPassphraseOption();
    cli.addOption(organisationOption);
    cli.setHelp(Tr::tr("init REGISTER [--organisation NAME] [--passphrase-file FILE]"),
                Tr::tr("Create a new encrypted register. A passphrase asked for on the terminal is asked for twice."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString &path = cli.registerPath();
    // Refused before anything is created: a failed init leaves no file behind.
    if (cli.parser().isSet(organisationOption) && cli.parser().value(organisationOption).trimmed().isEmpty())
        return cli.usageError(Tr::tr("--organisation needs the organisation's name."));

    QString passphrase;
    if (const Stop stop = cli.readPassphrase(Tr::tr("New passphrase for %1: ").arg(path), true, &passphrase))
        return *stop;
    Storage::Database database;
    if (const Stop stop = cli.createRegister(database, passphrase))
        return *stop;
    Status status = Register::RetentionRuleService(database).seedCatalogue();
    if (!status) {
        database.discardNewRegister();
        return cli.failStatus(status);
    }
    if (cli.parser().isSet(organisationOption)) {
        Register::OrganisationService organisations(database);
        Domain::Organisation organisation;
        organisation.name = cli.parser().value(organisationOption);
        status = organisations.save(organisation);
        if (!status) {
            database.discardNewRegister();
            return cli.failStatus(status);
        }
    }
    out << Tr::tr("Created the register %1 (register id %2).")
               .arg(QDir::toNativeSeparators(path), database.registerId())
        << Qt::endl;
    return ExitOk;
}

} // namespace Custodian::Cli
