#include "CliCommands.h"

#include "CommandLine.h"
#include "DeadlineCommand.h"
#include "RegisterCommands.h"

#include <QCoreApplication>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::Commands)
};

QString usage()
{
    return Tr::tr(
        "Usage: custodian-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init FILE [--organisation NAME]     create a new encrypted register\n"
        "  verify FILE [--json]                open a register, check its integrity, print its versions\n"
        "  change-passphrase FILE              change the passphrase of a register\n"
        "  check FILE [--json]                 list what an auditor would raise (completeness check)\n"
        "  demo FILE                           write the demo register of a fictional company\n"
        "  request add FILE --received DAY --rights R --requester NAME   log a data-subject request\n"
        "  requests FILE [--status S] [--json] list the request cases, the most urgent first\n"
        "  breach add FILE --aware TIME --summary TEXT   log a personal data breach\n"
        "  breach form FILE NUMBER [--lang nl|en] [-o OUT]   the answers for the AP's breach form\n"
        "  breaches FILE [--json]              list the breach register\n"
        "  activity establish FILE NUMBER [--note TEXT]   establish an approved activity as its next version\n"
        "  activity versions|diff FILE NUMBER  its established versions; what changed since the latest\n"
        "  due FILE [--within DAYS] [--json | --format ics -o OUT]   what is overdue or due soon\n"
        "  backup FILE -o COPY [--json]        an encrypted copy of a register, proved by opening it\n"
        "  restore BACKUP -o NEWFILE [--json]  restore a backup as a new register file\n"
        "  export FILE --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] -o OUT\n"
        "                                      the register as JSON (history included) or as lists\n"
        "  import FILE IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] [--json]\n"
        "                                      import a JSON export, CSV files or a workbook\n"
        "  report FILE --kind KIND [--lang nl|en] [--format pdf|odt|html] -o OUT\n"
        "                                      a report for auditors (the register, an activity, agreements,\n"
        "                                      transfers, retention, measures, findings, history, requests,\n"
        "                                      breaches)\n"
        "  controls FILE [--json]              the controls auditors test that the reports are evidence for\n"
        "  statement FILE [--audience A] [--version N] [--lang nl|en] [--format html|pdf|odt] -o OUT\n"
        "                                      the public privacy statement, written from the register\n"
        "  statement publish FILE [--audience A] --effective DAY [--changes TEXT]\n"
        "                                      publish its next version, kept as published\n"
        "  statements FILE [--json]            the privacy statements and their versions\n"
        "  deadline request|breach|days ...    compute a statutory deadline (no register needed)\n"
        "  deadline holidays|calendars ...     list a year's public holidays, or the holiday calendars\n"
        "\n"
        "The passphrase comes from --passphrase-file FILE, the environment variable CUSTODIAN_PASSPHRASE,\n"
        "or the terminal. A new passphrase comes from --new-passphrase-file FILE or\n"
        "CUSTODIAN_NEW_PASSPHRASE.\n"
        "\n"
        "Options:\n"
        "  --help       show this text; COMMAND --help shows the help of one command\n"
        "  --version    show the version\n");
}

} // namespace

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> table = {
        {QLatin1String("init"), runInitCommand},
        {QLatin1String("verify"), runVerifyCommand},
        {QLatin1String("change-passphrase"), runChangePassphraseCommand},
        {QLatin1String("check"), runCheckCommand},
        {QLatin1String("demo"), runDemoCommand},
        {QLatin1String("requests"), runRequestsCommand},
        {QLatin1String("breaches"), runBreachesCommand},
        {QLatin1String("due"), runDueCommand},
        {QLatin1String("backup"), runBackupCommand},
        {QLatin1String("export"), runExportCommand},
        {QLatin1String("report"), runReportCommand},
        {QLatin1String("controls"), runControlsCommand},
        {QLatin1String("statement"), runStatementCommand},
        {QLatin1String("statements"), runStatementsCommand},
        {QLatin1String("request"), runRequestCommand},
        {QLatin1String("breach"), runBreachCommand},
        {QLatin1String("activity"), runActivityCommand},
        {QLatin1String("restore"), runRestoreCommand},
        {QLatin1String("import"), runImportCommand},
        {QLatin1String("deadline"), runDeadlineCommand},
    };
    return table;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return ExitUsage;
    }
    const QString command = arguments.constFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        if (arguments.size() == 1) {
            out << usage();
            return ExitOk;
        }
        // `help verify` is `verify --help`.
        for (const CommandEntry &entry : commands()) {
            if (arguments.size() == 2 && arguments.at(1) == entry.name)
                return entry.run({QStringLiteral("--help")}, out, err);
        }
        return usageError(err, Tr::tr("unexpected argument '%1' after %2 (try --help)").arg(arguments.at(1), command));
    }
    if (command == QLatin1String("--version")) {
        // Nothing may follow: `--version verify x.cst` must not look as if it had verified anything.
        if (arguments.size() > 1)
            return usageError(err, Tr::tr("unexpected argument '%1' after --version").arg(arguments.at(1)));
        out << "custodian-cli " CUSTODIAN_VERSION << Qt::endl;
        return ExitOk;
    }
    for (const CommandEntry &entry : commands()) {
        if (command == entry.name)
            return entry.run(arguments.mid(1), out, err);
    }
    return usageError(err, Tr::tr("unknown command '%1' (try --help)").arg(command));
}

} // namespace Custodian::Cli
