// custodian-cli statement REGISTER [--audience A] [--version N] [--lang nl|en] --format pdf|odt|html -o OUT
// custodian-cli statement publish REGISTER --audience A --effective YYYY-MM-DD [--changes TEXT]
// custodian-cli statements REGISTER [--json]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "DocumentLanguage.h"
#include "Translations.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "register/Completeness.h"
#include "register/PrivacyStatementService.h"
#include "reports/Report.h"
#include "statement/Publication.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::StatementCommand)
};

QCommandLineOption audienceOption(const QString &text)
{
    return {QStringLiteral("audience"), text, QStringLiteral("AUDIENCE")};
}

int runStatementPublish(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("statement publish"), out, err);
    const QCommandLineOption audience = audienceOption(
        Tr::tr("The statement to publish: the one in use for this audience (customers, prospects, website-visitors, "
               "applicants, employees, suppliers); without it, the only statement in use."));
    const QCommandLineOption effectiveOption(
        QStringLiteral("effective"), Tr::tr("The day the new version takes effect."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
                                           Tr::tr("What changed, for the public (printed in the statement)."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption translatedOption(
        QStringLiteral("changes-translated"),
        Tr::tr("What changed, in the statement's other language (needed when it is published in two)."),
        QStringLiteral("TEXT"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {audience, effectiveOption, changesOption, translatedOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("statement publish REGISTER [--audience AUDIENCE] --effective YYYY-MM-DD [--changes TEXT] "
                       "[--changes-translated TEXT] [--passphrase-file FILE]"),
                Tr::tr("Publish the next version of a privacy statement: written from the register as it is now, in "
                       "each of the statement's languages, and kept as published with the register's state. Refused, "
                       "with the reasons, while the register does not say everything the statement needs."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    if (!parser.isSet(effectiveOption))
        return cli.usageError(Tr::tr("--effective is required: the day the new version takes effect."));
    const QDate effectiveOn = Domain::IsoTime::parseDay(parser.value(effectiveOption));
    if (!effectiveOn.isValid())
        return cli.usageError(Tr::tr("'%1' is not a valid date: write YYYY-MM-DD").arg(parser.value(effectiveOption)));
    QStringList audiences;
    QString problem;
    if (parser.isSet(audience) && !parseAudiences(parser.value(audience), &audiences, &problem))
        return cli.usageError(problem);
    if (audiences.size() > 1)
        return cli.usageError(Tr::tr("--audience names one audience: its statement is published."));

    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadWrite))
        return *stop;
    Domain::PrivacyStatement statement;
    Status status;
    if (!audiences.isEmpty()) {
        status = Register::PrivacyStatementService(database).forAudience(audiences.constFirst(), &statement);
    } else {
        QList<Domain::PrivacyStatement> all;
        status = Register::PrivacyStatementService(database).listSummaries(&all);
        QList<Domain::PrivacyStatement> inUse;
        for (const Domain::PrivacyStatement &s : std::as_const(all)) {
            if (!s.retired)
                inUse << s;
        }
        if (status && inUse.size() != 1)
            return cli.usageError(inUse.isEmpty() ? Tr::tr("The register holds no privacy statement in use.")
                                                  : Tr::tr("The register holds %1 privacy statements in use: say "
                                                           "which with --audience.")
                                                        .arg(inUse.size()));
        if (status)
            statement = inUse.constFirst();
    }
    if (!status)
        return cli.failStatus(status);
    Domain::StatementVersion version;
    QStringList problems;
    status = Statement::Publisher(database).publish(statement.uuid, effectiveOn, parser.value(changesOption),
                                                    parser.value(translatedOption), &version, &problems);
    if (!status) {
        err << status.message() << '\n';
        for (const QString &reason : std::as_const(problems))
            err << "  - " << reason << '\n';
        err.flush();
        return ExitFailure;
    }
    out << Tr::tr("Published version %1 of \"%2\", effective from %3 (register state %4).")
               .arg(QString::number(version.number), statement.title, Domain::IsoTime::day(version.effectiveOn),
                    Storage::HistoryHead{version.registerStateCount, version.registerStateHash}.shortText())
        << '\n';
    out.flush();
    return ExitOk;
}

int runStatementWrite(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("statement"), out, err);
    const QCommandLineOption audience = audienceOption(
        Tr::tr("Whom it is for (customers, prospects, website-visitors, applicants, employees, suppliers; several "
               "separated by commas): the statement in use that covers them, or a draft for them when none does. "
               "Without it: the only statement in use, or a draft for every audience."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           Tr::tr("A published version, as archived, instead of the text written "
                                                  "from the register now."),
                                           QStringLiteral("N"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            Tr::tr("The statement's language, nl or en (default: the system's)."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("html (one web page, the default), pdf (PDF/A-1b) or odt (OpenDocument text, to edit)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The file to write (a new file)."), QStringLiteral("FILE"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {audience, versionOption, languageOption, formatOption, outputOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("statement REGISTER [--audience AUDIENCES] [--version N] [--lang nl|en] "
                       "[--format html|pdf|odt] -o OUT [--passphrase-file FILE]"),
                Tr::tr("Write the public privacy statement from the register: as its latest published version when "
                       "the register still says what that version says, else as a draft that lists what changed "
                       "and what the register does not say yet (also on stderr). The register is opened read-only."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    QString problem;
    if (parser.isSet(audience) && !parseAudiences(parser.value(audience), &request.audiences, &problem))
        return cli.usageError(problem);
    if (parser.isSet(versionOption)) {
        bool ok = false;
        request.statementVersion = parser.value(versionOption).toInt(&ok);
        if (!ok || request.statementVersion <= 0)
            return cli.usageError(
                Tr::tr("--version is the number of a published version, not \"%1\".").arg(parser.value(versionOption)));
    }
    request.language = parser.isSet(languageOption) ? parser.value(languageOption) : Translations::resolve(QString());
    if (request.language != QLatin1String("nl") && request.language != QLatin1String("en"))
        return cli.usageError(Tr::tr("--lang is nl or en, not \"%1\".").arg(request.language));
    const QString formatText = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("html");
    const std::optional<Reports::Format> format = Reports::formatFromName(formatText);
    if (!format || !Reports::formats(Reports::Kind::Statement).contains(*format))
        return cli.usageError(Tr::tr("unknown format \"%1\": html, pdf or odt.").arg(formatText));
    return writeReport(cli, request, *format, parser.value(outputOption), out, err);
}

} // namespace

int runStatementCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("publish"))
        return runStatementPublish(arguments.mid(1), out, err);
    if (!arguments.isEmpty() &&
        (arguments.constFirst() == QLatin1String("--help") || arguments.constFirst() == QLatin1String("-h"))) {
        const int code = runStatementWrite({QStringLiteral("--help")}, out, err);
        if (code != ExitOk)
            return code;
        out << '\n';
        return runStatementPublish({QStringLiteral("--help")}, out, err);
    }
    return runStatementWrite(arguments, out, err);
}

int runStatementsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("statements"), out, err);
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the statements as a JSON array."));
    cli.addPassphraseOption();
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("statements REGISTER [--json] [--passphrase-file FILE]"),
                Tr::tr("List the privacy statements: their audiences and languages, their published versions, and "
                       "whether the register has changed since the latest (then publish a new version)."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Register::RegisterSnapshot snapshot;
    Storage::HistoryHead state;
    const Status status = Statement::readRegister(database, &snapshot, &state);
    QJsonArray array;
    const QDate today = QDate::currentDate();
    for (const Domain::PrivacyStatement &statement : std::as_const(snapshot.statements)) {
        const QList<Domain::StatementVersion> versions = snapshot.versionsOf(statement.uuid);
        QJsonArray published;
        for (const Domain::StatementVersion &version : std::as_const(versions))
            published.append(
                QJsonObject{{QStringLiteral("number"), version.number},
                            {QStringLiteral("effective_on"), Domain::IsoTime::day(version.effectiveOn)},
                            {QStringLiteral("register_state"),
                             Storage::HistoryHead{version.registerStateCount, version.registerStateHash}.text()}});
        // What changed since the latest version: the sections by title, in the system's language.
        QStringList changed;
        if (!versions.isEmpty()) {
            Statement::Manifest stored;
            const Statement::Manifest now = Statement::manifestOf(snapshot, statement, today);
            const DocumentLanguage language(Translations::resolve(QString()));
            if (!Statement::Manifest::fromJson(versions.constFirst().manifest.toUtf8(), &stored)) {
                changed << Tr::tr("what the version says cannot be read");
            } else {
                for (const QString &id : stored.changedSections(now))
                    changed << Statement::Manifest::sectionName(id, language);
            }
        }
        array.append(QJsonObject{{QStringLiteral("uuid"), statement.uuid},
                                 {QStringLiteral("title"), statement.title},
                                 {QStringLiteral("retired"), statement.retired},
                                 {QStringLiteral("audiences"), QJsonArray::fromStringList(statement.audiences)},
                                 {QStringLiteral("languages"), QJsonArray::fromStringList(statement.languages)},
                                 {QStringLiteral("versions"), published},
                                 {QStringLiteral("changed_sections"), QJsonArray::fromStringList(changed)}});
    }
    database.close();
    if (!status)
        return cli.failStatus(status);
    if (cli.parser().isSet(jsonOption)) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out.flush();
        return ExitOk;
    }
    if (array.isEmpty())
        out << Tr::tr("The register holds no privacy statement.") << '\n';
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject s = value.toObject();
        QStringList audiences;
        for (const QJsonValue &audience : s.value(QStringLiteral("audiences")).toArray())
            audiences << Domain::Codes::label(Domain::Codes::Kind::Audience, audience.toString());
        out << s.value(QStringLiteral("title")).toString()
            << (s.value(QStringLiteral("retired")).toBool() ? Tr::tr(" (retired)") : QString()) << '\n'
            << "  " << Tr::tr("For: %1").arg(audiences.join(QStringLiteral(", "))) << '\n';
        const QJsonArray versions = s.value(QStringLiteral("versions")).toArray();
        if (versions.isEmpty()) {
            out << "  " << Tr::tr("Not published yet.") << '\n';
            continue;
        }
        const QJsonObject latest = versions.first().toObject();
        out << "  "
            << Tr::tr("Version %1, effective from %2.")
                   .arg(QString::number(latest.value(QStringLiteral("number")).toInt()),
                        latest.value(QStringLiteral("effective_on")).toString())
            << '\n';
        QStringList changed;
        for (const QJsonValue &id : s.value(QStringLiteral("changed_sections")).toArray())
            changed << id.toString();
        out << "  "
            << (changed.isEmpty() ? Tr::tr("The register still says what this version says.")
                                  : Tr::tr("The register has changed since (%1): publish a new version.")
                                        .arg(changed.join(QStringLiteral(", "))))
            << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
