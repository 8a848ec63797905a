// custodian-cli report REGISTER --kind register|activity [--uuid U] [--lang nl|en] --format pdf -o OUT
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "Translations.h"
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
        Tr::tr("register: the records of processing activities (Art. 30) with their agreements, parties, transfers, "
               "retention schedule and measures; activity: the sheet of one processing activity (--uuid)."),
        QStringLiteral("KIND"));
    const QCommandLineOption uuidOption(QStringLiteral("uuid"), Tr::tr("activity: the processing activity's ID."),
                                        QStringLiteral("UUID"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            Tr::tr("The report's language, nl or en (default: the system's)."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("pdf (PDF/A-1b, the default)."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         Tr::tr("The classification printed on every page (default: Confidential)."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The file to write (a new file)."), QStringLiteral("FILE"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option :
         {kindOption, uuidOption, languageOption, formatOption, labelOption, outputOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("report REGISTER --kind register|activity [--uuid UUID] [--lang nl|en] [--format pdf] "
                       "[--label TEXT] -o OUT [--passphrase-file FILE]"),
                Tr::tr("Write a report of the register for auditors: every page names the organisation, the report, "
                       "the register's state (the head of its history), when it was made and its classification. "
                       "The same state gives the same text. The register is opened read-only."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString kindName =
        cli.parser().isSet(kindOption) ? cli.parser().value(kindOption) : QStringLiteral("register");
    const std::optional<Reports::Kind> kind = Reports::kindFromName(kindName);
    if (!kind)
        return cli.usageError(Tr::tr("--kind is register or activity, not \"%1\".").arg(kindName));
    Reports::Request request;
    request.kind = *kind;
    request.uuid = cli.parser().value(uuidOption).trimmed();
    if (*kind == Reports::Kind::Activity && request.uuid.isEmpty())
        return cli.usageError(Tr::tr("--kind activity needs --uuid: the processing activity's ID."));
    if (*kind != Reports::Kind::Activity && cli.parser().isSet(uuidOption))
        return cli.usageError(Tr::tr("--uuid goes with --kind activity."));
    request.language =
        cli.parser().isSet(languageOption) ? cli.parser().value(languageOption) : Translations::resolve(QString());
    if (request.language != QLatin1String("nl") && request.language != QLatin1String("en"))
        return cli.usageError(Tr::tr("--lang is nl or en, not \"%1\".").arg(request.language));
    const QString format = cli.parser().isSet(formatOption) ? cli.parser().value(formatOption) : QStringLiteral("pdf");
    if (format != QLatin1String("pdf"))
        return cli.usageError(Tr::tr("unknown format \"%1\": pdf.").arg(format));
    request.confidentiality = cli.parser().value(labelOption);
    const QString path = cli.parser().value(outputOption);
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
        status = report.writePdf(path);
    if (!status)
        return cli.failStatus(status);
    out << Tr::tr("Wrote %1 (%n page(s), register state %2).", nullptr, report.pageCount())
               .arg(QDir::toNativeSeparators(path), report.state().shortText())
        << '\n';
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
