// custodian-cli activity establish REGISTER NUMBER|UUID [--note TEXT] [--json]
// custodian-cli activity versions REGISTER NUMBER|UUID [--json]
// custodian-cli activity diff REGISTER NUMBER|UUID [--version N] [--lang nl|en] [--json]
#include "RegisterCommands.h"

#include "CommandLine.h"
#include "MomentArgument.h"

#include "DocumentLanguage.h"
#include "register/ActivityService.h"
#include "register/ActivityVersionService.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::ActivityCommands)
};

QJsonObject versionJson(const Domain::ActivityVersion &version, Domain::ActivityVersion::State state)
{
    return QJsonObject{
        {QStringLiteral("uuid"), version.uuid},
        {QStringLiteral("activity_uuid"), version.activityUuid},
        {QStringLiteral("activity_number"), version.activityNumber},
        {QStringLiteral("name"), version.name},
        {QStringLiteral("version"), version.number},
        {QStringLiteral("uri"), version.uri},
        {QStringLiteral("state"), state == Domain::ActivityVersion::State::Established ? QStringLiteral("established")
                                                                                       : QStringLiteral("lapsed")},
        {QStringLiteral("established_at"), isoMoment(version.establishedAt.toLocalTime())},
        {QStringLiteral("established_by"), version.establishedBy},
        {QStringLiteral("change_note"), version.changeNote},
        {QStringLiteral("digest"), version.digest},
        {QStringLiteral("register_state"),
         Storage::HistoryHead{version.registerStateCount, version.registerStateHash}.text()},
    };
}

// The activity the second positional argument names, in a register opened by the caller.
std::optional<int> findActivity(CommandLine &cli, Storage::Database &database, Domain::ProcessingActivity *activity)
{
    const QString wanted = cli.parser().positionalArguments().at(1);
    const Status status = Register::ActivityService(database).find(wanted, activity);
    if (status.code() == Status::Code::NotFound)
        return cli.fail(Tr::tr("there is no processing activity '%1' in %2").arg(wanted, cli.registerPath()));
    if (!status)
        return cli.failStatus(status);
    return std::nullopt;
}

int runEstablish(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("activity establish"), out, err);
    const QCommandLineOption noteOption(QStringLiteral("note"),
                                        Tr::tr("What changed since the previous version, in a sentence."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the activity version as JSON."));
    cli.addPassphraseOption();
    cli.addOption(noteOption);
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("activity establish REGISTER NUMBER|UUID [--note TEXT] [--json] [--passphrase-file FILE]"),
                Tr::tr("Establish an approved processing activity as its next activity version: a snapshot of what "
                       "it says, kept as it is, with who established it, when, and the URI that log lines of the "
                       "processing point to. Refused for an activity that is not approved, or that says exactly "
                       "what its latest version says."));
    if (const Stop stop = cli.parseWithRegister(arguments, Tr::tr("an activity number (VA-0042) or uuid")))
        return *stop;
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadWrite))
        return *stop;
    Domain::ProcessingActivity activity;
    if (const std::optional<int> stop = findActivity(cli, database, &activity))
        return *stop;
    Domain::ActivityVersion version;
    const Status status =
        Register::ActivityVersionService(database).establish(activity.uuid, cli.parser().value(noteOption), &version);
    if (!status)
        return cli.failStatus(status);
    if (cli.parser().isSet(jsonOption)) {
        out << QJsonDocument(versionJson(version, Domain::ActivityVersion::State::Established))
                   .toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("Established %1 \"%2\" as activity version %3.")
                   .arg(version.activityNumber, version.name)
                   .arg(version.number)
            << '\n'
            << Tr::tr("URI: %1").arg(version.uri) << '\n';
    }
    out.flush();
    return ExitOk;
}

int runVersions(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("activity versions"), out, err);
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the versions as a JSON array."));
    cli.addPassphraseOption();
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("activity versions REGISTER NUMBER|UUID [--json] [--passphrase-file FILE]"),
                Tr::tr("List the established versions of a processing activity, the latest first: the latest is "
                       "established while the activity is in use, the others have lapsed."));
    if (const Stop stop = cli.parseWithRegister(arguments, Tr::tr("an activity number (VA-0042) or uuid")))
        return *stop;
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Domain::ProcessingActivity activity;
    if (const std::optional<int> stop = findActivity(cli, database, &activity))
        return *stop;
    QList<Domain::ActivityVersion> versions;
    const Status status = Register::ActivityVersionService(database).versionsOf(activity.uuid, &versions);
    if (!status)
        return cli.failStatus(status);
    const int latest = versions.isEmpty() ? 0 : versions.constFirst().number;
    const bool retired = activity.status == QLatin1String("retired");
    if (cli.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const Domain::ActivityVersion &version : std::as_const(versions))
            array.append(versionJson(version, Register::ActivityVersionService::stateOf(version, latest, retired)));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out.flush();
        return ExitOk;
    }
    if (versions.isEmpty())
        out << Tr::tr("%1 \"%2\" has not been established yet.").arg(activity.number, activity.name) << '\n';
    for (const Domain::ActivityVersion &version : std::as_const(versions)) {
        const auto state = Register::ActivityVersionService::stateOf(version, latest, retired);
        out << Tr::tr("Activity version %1 · %2 · %3 by %4")
                   .arg(QString::number(version.number), Domain::ActivityVersion::stateLabel(state),
                        isoMoment(version.establishedAt.toLocalTime()),
                        version.establishedBy.isEmpty() ? QStringLiteral("—") : version.establishedBy)
            << '\n'
            << "  " << version.uri << '\n';
        if (!version.changeNote.isEmpty())
            out << "  " << version.changeNote << '\n';
    }
    out.flush();
    return ExitOk;
}

int runDiff(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("activity diff"), out, err);
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           Tr::tr("The activity version to compare with; the latest by default."),
                                           QStringLiteral("N"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), Tr::tr("The language of the lines: nl or en."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print {\"version\", \"differences\"}."));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {versionOption, languageOption, jsonOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("activity diff REGISTER NUMBER|UUID [--version N] [--lang nl|en] [--json] "
                       "[--passphrase-file FILE]"),
                Tr::tr("Show how the working record of a processing activity differs from an established version: "
                       "one line for each field that changed since, and for each change to the retention rules of "
                       "its data."));
    if (const Stop stop = cli.parseWithRegister(arguments, Tr::tr("an activity number (VA-0042) or uuid")))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    int wanted = 0;
    if (parser.isSet(versionOption)) {
        bool ok = false;
        wanted = parser.value(versionOption).toInt(&ok);
        if (!ok || wanted <= 0)
            return cli.usageError(Tr::tr("--version takes a version number of 1 or more"));
    }
    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && language != QLatin1String("nl") && language != QLatin1String("en"))
        return cli.usageError(Tr::tr("unknown language '%1'; the languages are nl and en").arg(language));
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Domain::ProcessingActivity activity;
    if (const std::optional<int> stop = findActivity(cli, database, &activity))
        return *stop;
    Register::ActivityVersionService service(database);
    QList<Domain::ActivityVersion> versions;
    Status status = service.versionsOf(activity.uuid, &versions);
    if (!status)
        return cli.failStatus(status);
    if (versions.isEmpty())
        return cli.fail(Tr::tr("%1 has not been established yet: there is no activity version to compare with")
                            .arg(activity.number));
    const Domain::ActivityVersion *version = &versions.constFirst();
    for (const Domain::ActivityVersion &candidate : std::as_const(versions)) {
        if (candidate.number == wanted)
            version = &candidate;
    }
    if (wanted > 0 && version->number != wanted)
        return cli.fail(Tr::tr("%1 has no activity version %2").arg(activity.number).arg(wanted));
    QStringList lines;
    {
        // The lines in the language asked for, else in the language of the moment.
        std::optional<DocumentLanguage> document;
        std::optional<DocumentLanguage::Scope> scope;
        if (!language.isEmpty()) {
            document.emplace(language);
            scope.emplace(*document);
        }
        status = service.differences(*version, activity, &lines);
    }
    if (!status)
        return cli.failStatus(status);
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{{QStringLiteral("version"), version->number},
                               {QStringLiteral("uri"), version->uri},
                               {QStringLiteral("differences"), QJsonArray::fromStringList(lines)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (lines.isEmpty()) {
        out << Tr::tr("%1 says what its activity version %2 says.").arg(activity.number).arg(version->number) << '\n';
    } else {
        out << Tr::tr("%1 differs from its activity version %2:").arg(activity.number).arg(version->number) << '\n';
        for (const QString &line : std::as_const(lines))
            out << "  " << line << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runActivityCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using Verb = int (*)(const QStringList &, QTextStream &, QTextStream &);
    const QList<std::pair<QLatin1String, Verb>> verbs = {{QLatin1String("establish"), runEstablish},
                                                         {QLatin1String("versions"), runVersions},
                                                         {QLatin1String("diff"), runDiff}};
    const QString first = arguments.isEmpty() ? QString() : arguments.constFirst();
    for (const auto &[name, verb] : verbs) {
        if (first == name)
            return verb(arguments.mid(1), out, err);
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        for (qsizetype i = 0; i < verbs.size(); ++i) {
            if (i > 0)
                out << '\n';
            const int code = verbs.at(i).second({QStringLiteral("--help")}, out, err);
            if (code != ExitOk)
                return code;
        }
        return ExitOk;
    }
    return usageError(
        err, first.isEmpty() ? Tr::tr("activity needs a subcommand: establish, versions or diff (try activity --help)")
                             : Tr::tr("unknown subcommand '%1' of activity (try activity --help)").arg(first));
}

} // namespace Custodian::Cli
