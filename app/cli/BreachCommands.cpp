// custodian-cli breach add REGISTER --aware ISO-8601 --summary TEXT [--json]
// custodian-cli breach form REGISTER NUMBER|UUID [--lang nl|en] [-o FILE]
// custodian-cli breaches REGISTER [--json]
#include "RegisterCommands.h"

#include "CommandLine.h"
#include "MomentArgument.h"

#include "DocumentLanguage.h"
#include "domain/Breach.h"
#include "domain/Codes.h"
#include "register/ActivityService.h"
#include "register/BreachApForm.h"
#include "register/BreachService.h"
#include "register/OrganisationService.h"
#include "register/PartyService.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::BreachCommands)
};

// Local time with its offset, or null.
QJsonValue momentJson(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(isoMoment(moment.toLocalTime())) : QJsonValue();
}

int runBreachAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("breach add"), out, err);
    const QCommandLineOption awareOption(
        QStringLiteral("aware"),
        Tr::tr("When the organisation became aware of the breach: ISO 8601, such as 2026-03-27T14:30 (local time) or "
               "2026-03-27T14:30+01:00."),
        QStringLiteral("DATETIME"));
    const QCommandLineOption summaryOption(QStringLiteral("summary"), Tr::tr("What happened, in a sentence."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print {\"uuid\", \"number\", \"aware\", \"notify_by\"}."));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {awareOption, summaryOption, jsonOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("breach add REGISTER --aware DATETIME --summary TEXT [--json] [--passphrase-file FILE]"),
                Tr::tr("Log a personal data breach and print its number and the moment to notify the supervisory "
                       "authority by: without undue delay and, where feasible, within 72 hours of becoming aware "
                       "(Art. 33(1) GDPR)."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    for (const QCommandLineOption &required : {awareOption, summaryOption}) {
        if (!parser.isSet(required))
            return cli.usageError(Tr::tr("--%1 is required").arg(required.names().constFirst()));
    }
    QString problem;
    const std::optional<QDateTime> aware = parseMomentArgument(parser.value(awareOption), &problem);
    if (!aware)
        return cli.usageError(problem);
    Domain::Breach breach;
    breach.awareAt = aware->toUTC();
    breach.summary = parser.value(summaryOption).trimmed();
    if (breach.summary.isEmpty())
        return cli.usageError(Tr::tr("--summary is empty"));

    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadWrite))
        return *stop;
    Domain::Findings findings;
    const Status status = Register::BreachService(database).save(&breach, &findings);
    if (!status)
        return cli.failSave(status, findings);
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{{QStringLiteral("uuid"), breach.uuid},
                               {QStringLiteral("number"), breach.number},
                               {QStringLiteral("aware"), momentJson(breach.awareAt)},
                               {QStringLiteral("notify_by"), momentJson(breach.notifyBy)}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("Logged %1, aware since %2.").arg(breach.number, isoMoment(breach.awareAt.toLocalTime())) << '\n'
            << Tr::tr("Notify the supervisory authority by %1, unless the breach is unlikely to result in a risk.")
                   .arg(isoMoment(breach.notifyBy.toLocalTime()))
            << '\n';
    }
    out.flush();
    return ExitOk;
}

// The names of the items a breach links to, by uuid; a link to an item no longer there has none.
template<class Service, class Item>
Status namesOf(Storage::Database &database, const QStringList &uuids, QHash<QString, QString> *names)
{
    Service service(database);
    for (const QString &uuid : uuids) {
        if (uuid.isEmpty() || names->contains(uuid))
            continue;
        Item item;
        const Status status = service.load(uuid, &item);
        if (!status && status.code() != Status::Code::NotFound)
            return status;
        names->insert(uuid, status ? item.name : QString());
    }
    return Status::ok();
}

int runBreachForm(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("breach form"), out, err);
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), Tr::tr("The language of the answers: nl (the AP's form is Dutch; the default) or en."),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write the answers to FILE, whole or not at all, instead of printing "
                                                 "them."),
                                          QStringLiteral("FILE"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {languageOption, outputOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("breach form REGISTER NUMBER|UUID [--lang nl|en] [-o FILE] [--passphrase-file FILE]"),
                Tr::tr("Print a breach as the answers for the notification form of the Autoriteit Persoonsgegevens "
                       "(Meldformulier datalekken), section by section in the form's order, to copy into the form. "
                       "A question the register holds no answer to says that it is not recorded."));
    if (const Stop stop = cli.parseWithRegister(arguments, Tr::tr("a breach number or uuid")))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : QStringLiteral("nl");
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return cli.usageError(Tr::tr("unknown language '%1'; the languages are nl and en").arg(language));
    const QString path = parser.value(outputOption);
    if (parser.isSet(outputOption) && path.isEmpty())
        return cli.usageError(Tr::tr("option '-o' needs a file name, not an empty value"));
    const QString wanted = parser.positionalArguments().at(1);

    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Domain::Breach breach;
    Status status = Register::BreachService(database).find(wanted, &breach);
    if (status.code() == Status::Code::NotFound)
        return cli.fail(Tr::tr("there is no breach '%1' in %2 (custodian-cli breaches lists them)")
                            .arg(wanted, cli.registerPath()));
    if (!status)
        return cli.failStatus(status);
    Domain::Organisation organisation;
    status = Register::OrganisationService(database).load(&organisation);
    QHash<QString, QString> activities;
    if (status)
        status =
            namesOf<Register::ActivityService, Domain::ProcessingActivity>(database, breach.activities, &activities);
    QStringList controllers;
    for (const Domain::ControllerNotice &controller : std::as_const(breach.controllers))
        controllers.append(controller.partyUuid);
    QHash<QString, QString> parties;
    if (status)
        status = namesOf<Register::PartyService, Domain::Party>(database, controllers, &parties);
    if (!status)
        return cli.failStatus(status);

    const DocumentLanguage document(language);
    const QString text = Register::BreachApForm::text(Register::BreachApForm::answers(
        breach, organisation, [&activities](const QString &uuid) { return activities.value(uuid); },
        [&parties](const QString &uuid) { return parties.value(uuid); }, document));
    if (parser.isSet(outputOption)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return cli.fail(Tr::tr("%1 could not be written: %2").arg(path, file.errorString()));
        out << Tr::tr("The answers for %1 were written to %2.").arg(breach.number, path) << '\n';
    } else {
        out << text;
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runBreachCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("add"))
        return runBreachAdd(arguments.mid(1), out, err);
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("form"))
        return runBreachForm(arguments.mid(1), out, err);
    if (!arguments.isEmpty() &&
        (arguments.constFirst() == QLatin1String("--help") || arguments.constFirst() == QLatin1String("-h"))) {
        // The help of each subcommand, one after the other.
        const int code = runBreachAdd({QStringLiteral("--help")}, out, err);
        if (code != ExitOk)
            return code;
        out << '\n';
        return runBreachForm({QStringLiteral("--help")}, out, err);
    }
    return usageError(
        err, arguments.isEmpty()
                 ? Tr::tr("breach needs a subcommand: add or form (try breach --help)")
                 : Tr::tr("unknown subcommand '%1' of breach (try breach --help)").arg(arguments.constFirst()));
}

int runBreachesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("breaches"), out, err);
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the breaches as a JSON array."));
    cli.addPassphraseOption();
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("breaches REGISTER [--json] [--passphrase-file FILE]"),
                Tr::tr("List the breach register, notified or not (Art. 33(5) GDPR), the most recent first."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    QList<Domain::Breach> breaches;
    const Status status = Register::BreachService(database).listByStatus({}, &breaches);
    if (!status)
        return cli.failStatus(status);
    if (cli.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const Domain::Breach &breach : std::as_const(breaches))
            array.append(QJsonObject{
                {QStringLiteral("uuid"), breach.uuid},
                {QStringLiteral("number"), breach.number},
                {QStringLiteral("aware"), momentJson(breach.awareAt)},
                {QStringLiteral("notify_by"), momentJson(breach.notifyBy)},
                {QStringLiteral("status"), breach.status},
                {QStringLiteral("notified_at"), momentJson(breach.apNotifiedAt)},
                {QStringLiteral("risk"), breach.riskLevel.isEmpty() ? QJsonValue() : QJsonValue(breach.riskLevel)}});
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (breaches.isEmpty()) {
        out << Tr::tr("No breaches.") << '\n';
    } else {
        for (const Domain::Breach &breach : std::as_const(breaches)) {
            out << breach.number << "  " << isoMoment(breach.awareAt.toLocalTime()) << "  "
                << Domain::Codes::label(Domain::Codes::Kind::BreachStatus, breach.status) << "  "
                << (breach.apNotifiedAt.isValid()
                        ? Tr::tr("notified %1").arg(isoMoment(breach.apNotifiedAt.toLocalTime()))
                    : breach.notifyAp == QLatin1String("no")
                        ? Tr::tr("not notified")
                        : Tr::tr("notify by %1").arg(isoMoment(breach.notifyBy.toLocalTime())))
                << "  " << breach.summary.section(QLatin1Char('\n'), 0, 0) << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
