// custodian-cli report REGISTER --kind KIND [--uuid U] [--number N] [--from D --to D] [--audience A,B]
//     [--lang nl|en] --format pdf|odt|html|xlsx -o OUT
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "Translations.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::ReportCommand)
};

} // namespace

int runReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("report"), out, err);
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        Tr::tr("register (the default): the records of processing activities (Art. 30) with their agreements, "
               "parties, transfers, retention schedule, measures and completeness findings; activity: the sheet of "
               "one processing activity (--uuid); processor (Art. 30(2)); agreements (Art. 28, with the "
               "sub-processors); transfers; retention; measures; findings; and for a period (--from, --to): "
               "history (the changes), requests (the request log), breaches (the breach register); for the Autoriteit "
               "Persoonsgegevens: ap-register (what Art. 30 asks of the activities in use, also as xlsx) and "
               "ap-breach-form (one breach as the answers for the AP's notification form, --number); audit-dossier "
               "(for a period: each control with the parts that evidence it, the register's completeness, the "
               "register, the logs and the changes; also as xlsx); statement: the "
               "public privacy statement (--audience), a draft written from the register."),
        QStringLiteral("KIND"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("history, requests, breaches, audit-dossier: the first day of the "
                                               "period (default: twelve months before --to)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        Tr::tr("history, requests, breaches, audit-dossier: the last day of the period (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption audienceOption(
        QStringLiteral("audience"),
        Tr::tr("statement: whom it is for, separated by commas: customers, prospects, website-visitors, applicants, "
               "employees, suppliers (default: every audience of a published activity)."),
        QStringLiteral("AUDIENCES"));
    const QCommandLineOption uuidOption(QStringLiteral("uuid"), Tr::tr("activity: the processing activity's ID."),
                                        QStringLiteral("UUID"));
    const QCommandLineOption numberOption(
        QStringLiteral("number"), Tr::tr("ap-breach-form: the breach's number (or its ID)."), QStringLiteral("NUMBER"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            Tr::tr("The report's language, nl or en (default: the system's)."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("pdf (PDF/A-1b, the default), odt (OpenDocument text, to edit), html (one web page) or, for "
               "ap-register and audit-dossier, xlsx (a workbook, a sheet per part)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         Tr::tr("The classification printed on every page (default: Confidential)."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The file to write (a new file)."), QStringLiteral("FILE"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {kindOption, uuidOption, numberOption, fromOption, toOption, audienceOption,
                                             languageOption, formatOption, labelOption, outputOption})
        cli.addOption(option);
    cli.setHelp(
        Tr::tr("report REGISTER [--kind register|activity|processor|agreements|transfers|retention|measures|"
               "findings|history|requests|breaches|ap-register|ap-breach-form|audit-dossier|statement] [--uuid UUID] "
               "[--number NUMBER] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--audience AUDIENCES] [--lang nl|en] "
               "[--format pdf|odt|html|xlsx] [--label TEXT] -o OUT [--passphrase-file FILE]"),
        Tr::tr("Write a report of the register for auditors: every page names the organisation, the report, "
               "the register's state (the head of its history), when it was made and its classification. "
               "The same state gives the same text. The register is opened read-only."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString kindName =
        cli.parser().isSet(kindOption) ? cli.parser().value(kindOption) : QStringLiteral("register");
    const std::optional<Reports::Kind> kind = Reports::kindFromName(kindName);
    if (!kind)
        return cli.usageError(Tr::tr("--kind is register, activity, processor, agreements, transfers, retention, "
                                     "measures, findings, history, requests, breaches, ap-register, ap-breach-form, "
                                     "audit-dossier or statement, not \"%1\".")
                                  .arg(kindName));
    Reports::Request request;
    request.kind = *kind;
    request.uuid = cli.parser().value(uuidOption).trimmed();
    if (*kind == Reports::Kind::Activity && request.uuid.isEmpty())
        return cli.usageError(Tr::tr("--kind activity needs --uuid: the processing activity's ID."));
    if (*kind != Reports::Kind::Activity && cli.parser().isSet(uuidOption))
        return cli.usageError(Tr::tr("--uuid goes with --kind activity."));
    request.breach = cli.parser().value(numberOption).trimmed();
    if (*kind == Reports::Kind::ApBreachForm && request.breach.isEmpty())
        return cli.usageError(Tr::tr("--kind ap-breach-form needs --number: the breach's number."));
    if (*kind != Reports::Kind::ApBreachForm && cli.parser().isSet(numberOption))
        return cli.usageError(Tr::tr("--number goes with --kind ap-breach-form."));
    for (const auto &[option, day] : {std::pair{&fromOption, &request.from}, std::pair{&toOption, &request.to}}) {
        if (!cli.parser().isSet(*option))
            continue;
        if (!Reports::hasPeriod(*kind))
            return cli.usageError(
                Tr::tr("--from and --to go with --kind history, requests, breaches or audit-dossier."));
        *day = Domain::IsoTime::parseDay(cli.parser().value(*option));
        if (!day->isValid())
            return cli.usageError(
                Tr::tr("'%1' is not a valid date: write YYYY-MM-DD").arg(cli.parser().value(*option)));
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return cli.usageError(Tr::tr("--from is after --to."));
    if (cli.parser().isSet(audienceOption)) {
        if (*kind != Reports::Kind::Statement)
            return cli.usageError(Tr::tr("--audience goes with --kind statement."));
        QString problem;
        if (!parseAudiences(cli.parser().value(audienceOption), &request.audiences, &problem))
            return cli.usageError(problem);
    }
    request.language =
        cli.parser().isSet(languageOption) ? cli.parser().value(languageOption) : Translations::resolve(QString());
    if (request.language != QLatin1String("nl") && request.language != QLatin1String("en"))
        return cli.usageError(Tr::tr("--lang is nl or en, not \"%1\".").arg(request.language));
    const QString formatText =
        cli.parser().isSet(formatOption) ? cli.parser().value(formatOption) : QStringLiteral("pdf");
    const std::optional<Reports::Format> format = Reports::formatFromName(formatText);
    if (!format)
        return cli.usageError(Tr::tr("unknown format \"%1\": pdf, odt, html or xlsx.").arg(formatText));
    if (!Reports::formats(*kind).contains(*format))
        return cli.usageError(Tr::tr("--kind %1 is not written as %2: pdf, odt or html.").arg(kindName, formatText));
    request.confidentiality = cli.parser().value(labelOption);
    return writeReport(cli, request, *format, cli.parser().value(outputOption), out, err);
}

bool parseAudiences(const QString &text, QStringList *audiences, QString *problem)
{
    for (const QString &given : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString audience = given.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!Domain::Codes::isValid(Domain::Codes::Kind::Audience, audience)) {
            *problem = Tr::tr("\"%1\" is not an audience: customers, prospects, website-visitors, applicants, "
                              "employees or suppliers.")
                           .arg(given.trimmed());
            return false;
        }
        if (!audiences->contains(audience))
            audiences->append(audience);
    }
    return true;
}

int writeReport(CommandLine &cli, const Reports::Request &request, Reports::Format format, const QString &path,
                QTextStream &out, QTextStream &err)
{
    if (path.isEmpty())
        return cli.usageError(Tr::tr("-o FILE is required: the new file to write."));
    if (QFileInfo::exists(path))
        return cli.fail(Tr::tr("The file %1 already exists; custodian-cli does not overwrite files.")
                            .arg(QDir::toNativeSeparators(path)));

    Storage::Database database;
    // Read-only: a report never changes the register.
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Reports::Report report;
    Status status = Reports::Report::build(database, request, &report);
    database.close();
    if (status)
        status = report.write(path, format);
    if (!status)
        return cli.failStatus(status);
    // A draft statement says what the register does not say yet; the document shows it too.
    for (const QString &note : report.notes())
        err << Tr::tr("Draft: %1").arg(note) << '\n';
    err.flush();
    if (format == Reports::Format::Pdf)
        out << Tr::tr("Wrote %1 (%n page(s), register state %2).", nullptr, report.pageCount())
                   .arg(QDir::toNativeSeparators(path), report.state().shortText())
            << '\n';
    else
        out << Tr::tr("Wrote %1 (register state %2).").arg(QDir::toNativeSeparators(path), report.state().shortText())
            << '\n';
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
