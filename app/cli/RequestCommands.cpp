// custodian-cli request add REGISTER --received YYYY-MM-DD --rights R[,R...] --requester NAME [--channel C] [--json]
// custodian-cli requests REGISTER [--status S] [--json]
#include "RegisterCommands.h"

#include "CommandLine.h"
#include "PassphraseInput.h"

#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "domain/RequestCase.h"
#include "register/RequestService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::RequestCommands)
};

using Domain::Codes;

// The command line spells codes with hyphens ("in-progress"); the register with underscores.
QString cliCode(const QString &code)
{
    return QString(code).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString storedCode(const QString &word)
{
    return word.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString cliCodes(Codes::Kind kind)
{
    QStringList words;
    for (const QString &code : Codes::codes(kind))
        words << cliCode(code);
    return words.join(QLatin1String(", "));
}

QJsonValue dayJson(QDate date)
{
    return Domain::IsoTime::dayJson(date);
}

QJsonObject caseJson(const Domain::RequestCase &request)
{
    QJsonArray rights;
    for (const QString &right : request.rightCodes())
        rights.append(cliCode(right));
    return QJsonObject{{QStringLiteral("uuid"), request.uuid},
                       {QStringLiteral("number"), request.number},
                       {QStringLiteral("received"), dayJson(request.receivedOn)},
                       {QStringLiteral("rights"), rights},
                       {QStringLiteral("status"), cliCode(request.status)},
                       {QStringLiteral("due"), dayJson(request.dueOn)},
                       {QStringLiteral("act_by"), dayJson(request.actBy)},
                       {QStringLiteral("target"), dayJson(request.targetOn)},
                       {QStringLiteral("extended"), request.extended}};
}

int runRequestAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("request add"), out, err);
    const QCommandLineOption receivedOption(QStringLiteral("received"),
                                            Tr::tr("The day the organisation received the request."),
                                            QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption rightsOption(
        QStringLiteral("rights"),
        Tr::tr("The rights invoked, separated by commas: %1.").arg(cliCodes(Codes::Kind::RequestRight)),
        QStringLiteral("RIGHTS"));
    const QCommandLineOption requesterOption(
        QStringLiteral("requester"),
        Tr::tr("Who made the request; - reads the name from standard input, which keeps it out of the shell's "
               "history."),
        QStringLiteral("NAME"));
    const QCommandLineOption channelOption(
        QStringLiteral("channel"),
        Tr::tr("How it arrived: %1 (default email).").arg(cliCodes(Codes::Kind::RequestChannel)),
        QStringLiteral("CHANNEL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print {\"uuid\", \"number\", \"due\", \"act_by\", \"target\"}."));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {receivedOption, rightsOption, requesterOption, channelOption, jsonOption})
        cli.addOption(option);
    cli.setHelp(
        Tr::tr("request add REGISTER --received YYYY-MM-DD --rights RIGHTS --requester NAME [--channel CHANNEL] "
               "[--json] [--passphrase-file FILE]"),
        Tr::tr("Log a data-subject request and print its case number and deadline (Art. 12(3) GDPR)."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    for (const QCommandLineOption &required : {receivedOption, rightsOption, requesterOption}) {
        if (!parser.isSet(required))
            return cli.usageError(Tr::tr("--%1 is required").arg(required.names().constFirst()));
    }

    Domain::RequestCase request;
    request.receivedOn = Domain::IsoTime::parseDay(parser.value(receivedOption));
    if (!request.receivedOn.isValid())
        return cli.usageError(Tr::tr("'%1' is not a valid date: write YYYY-MM-DD").arg(parser.value(receivedOption)));
    for (const QString &word : parser.value(rightsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = storedCode(word);
        if (!Codes::isValid(Codes::Kind::RequestRight, code))
            return cli.usageError(
                Tr::tr("unknown right '%1'; rights: %2").arg(word.trimmed(), cliCodes(Codes::Kind::RequestRight)));
        if (!request.hasRight(code))
            request.rights.append({code, QStringLiteral("pending"), QString(), QString()});
    }
    if (request.rights.isEmpty())
        return cli.usageError(Tr::tr("--rights names no right"));
    request.requesterName = parser.value(requesterOption).trimmed();
    if (request.requesterName == QLatin1String("-")) {
        // One line: a person's name never goes into the command line, where the shell keeps it.
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return cli.usageError(Tr::tr("standard input cannot be read"));
        if (stdinIsTerminal()) {
            err << Tr::tr("Name of the requester: ");
            err.flush();
        }
        request.requesterName = QString::fromUtf8(input.readLine()).trimmed();
    }
    if (request.requesterName.isEmpty())
        return cli.usageError(Tr::tr("--requester is empty"));
    if (parser.isSet(channelOption)) {
        request.channel = storedCode(parser.value(channelOption));
        if (!Codes::isValid(Codes::Kind::RequestChannel, request.channel))
            return cli.usageError(Tr::tr("unknown channel '%1'; channels: %2")
                                      .arg(parser.value(channelOption), cliCodes(Codes::Kind::RequestChannel)));
    }

    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadWrite))
        return *stop;
    Register::RequestService service(database);
    Domain::Findings findings;
    Status status = service.prepareNew(&request);
    if (status)
        status = service.save(&request, &findings);
    if (!status)
        return cli.failSave(status, findings);
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{{QStringLiteral("uuid"), request.uuid},
                               {QStringLiteral("number"), request.number},
                               {QStringLiteral("due"), dayJson(request.dueOn)},
                               {QStringLiteral("act_by"), dayJson(request.actBy)},
                               {QStringLiteral("target"), dayJson(request.targetOn)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("Logged %1, received %2.").arg(request.number, Domain::IsoTime::day(request.receivedOn)) << '\n'
            << Tr::tr("Statutory deadline: %1").arg(Domain::IsoTime::day(request.dueOn)) << '\n'
            << Tr::tr("Act by:             %1").arg(Domain::IsoTime::day(request.actBy)) << '\n'
            << Tr::tr("Internal target:    %1").arg(Domain::IsoTime::day(request.targetOn)) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runRequestCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("add"))
        return runRequestAdd(arguments.mid(1), out, err);
    if (!arguments.isEmpty() &&
        (arguments.constFirst() == QLatin1String("--help") || arguments.constFirst() == QLatin1String("-h"))) {
        return runRequestAdd({QStringLiteral("--help")}, out, err);
    }
    return usageError(
        err, arguments.isEmpty()
                 ? Tr::tr("request needs a subcommand: add (try request --help)")
                 : Tr::tr("unknown subcommand '%1' of request (try request --help)").arg(arguments.constFirst()));
}

int runRequestsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("requests"), out, err);
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        Tr::tr("Only the cases with this status: %1.").arg(cliCodes(Codes::Kind::RequestStatus)),
        QStringLiteral("STATUS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the cases as a JSON array."));
    cli.addPassphraseOption();
    cli.addOption(statusOption);
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("requests REGISTER [--status STATUS] [--json] [--passphrase-file FILE]"),
                Tr::tr("List the data-subject request cases, the most urgent first."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    QStringList statuses;
    if (cli.parser().isSet(statusOption)) {
        const QString status = storedCode(cli.parser().value(statusOption));
        if (!Codes::isValid(Codes::Kind::RequestStatus, status))
            return cli.usageError(Tr::tr("unknown status '%1'; statuses: %2")
                                      .arg(cli.parser().value(statusOption), cliCodes(Codes::Kind::RequestStatus)));
        statuses << status;
    }
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    QList<Domain::RequestCase> cases;
    const Status status = Register::RequestService(database).listByStatus(statuses, &cases);
    if (!status)
        return cli.failStatus(status);
    if (cli.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const Domain::RequestCase &request : std::as_const(cases))
            array.append(caseJson(request));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (cases.isEmpty()) {
        out << Tr::tr("No request cases.") << '\n';
    } else {
        for (const Domain::RequestCase &request : std::as_const(cases)) {
            QStringList rights;
            for (const QString &right : request.rightCodes())
                rights << cliCode(right);
            out << request.number << "  " << Domain::IsoTime::day(request.receivedOn) << "  "
                << Tr::tr("act by %1").arg(Domain::IsoTime::day(request.actBy)) << "  "
                << Codes::label(Codes::Kind::RequestStatus, request.status) << "  " << rights.join(QLatin1Char(','))
                << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
