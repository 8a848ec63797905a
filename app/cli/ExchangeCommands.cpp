// custodian-cli export REGISTER --format json|csv|xlsx -o OUT and custodian-cli import REGISTER IN
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "Translations.h"
#include "exchange/Csv.h"
#include "exchange/ExportFile.h"
#include "exchange/LdvExport.h"
#include "exchange/RegisterJson.h"
#include "exchange/Tabular.h"
#include "storage/Database.h"
#include "storage/Secret.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::ExchangeCommands)
};

// Larger files are refused before they are read: no register comes near it.
constexpr qint64 MaximumImportSize = qint64(1) << 30;

// --layout (default custodian); nullopt after a usage error.
std::optional<Exchange::Layout> layoutOf(CommandLine &cli, const QCommandLineOption &option)
{
    const QString name = cli.parser().isSet(option) ? cli.parser().value(option) : QStringLiteral("custodian");
    const std::optional<Exchange::Layout> layout = Exchange::layoutFromName(name);
    if (!layout)
        cli.usageError(Tr::tr("--layout is custodian, ico or nl-workbook, not \"%1\".").arg(name));
    return layout;
}

// --separator: ; , or tab; fallback when not given; false after a usage error.
bool separatorOf(CommandLine &cli, const QCommandLineOption &option, QChar fallback, QChar *separator)
{
    *separator = fallback;
    if (!cli.parser().isSet(option))
        return true;
    const QString given = cli.parser().value(option);
    if (given != QLatin1String(";") && given != QLatin1String(",") && given != QLatin1String("tab")) {
        cli.usageError(Tr::tr("--separator is ; or , (or tab), not \"%1\".").arg(given));
        return false;
    }
    *separator = given == QLatin1String("tab") ? QChar(u'\t') : given.front();
    return true;
}

// --layout ldv: the established activity versions for a logging back-end (Exchange::LdvExport).
int exportLdv(CommandLine &cli, const QString &path, QTextStream &out)
{
    if (path.isEmpty())
        return cli.usageError(Tr::tr("-o is required: a new folder, or a file ending in .zip."));
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Storage::HistoryHead state;
    int versions = 0;
    const Status status = Exchange::LdvExport::write(database, path, &state, &versions);
    database.close();
    if (!status)
        return cli.failStatus(status);
    out << Tr::tr("Wrote %n established activity version(s) and their index to %1 (state %2).", nullptr, versions)
               .arg(QDir::toNativeSeparators(path), state.shortText())
        << '\n';
    out.flush();
    return ExitOk;
}

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("export"), out, err);
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("json: the whole register, with its history; csv: a file per list; xlsx: a workbook with a sheet per "
               "list."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"),
        Tr::tr("csv and xlsx: custodian (default, every list), ico (the processing activities in the ICO "
               "template's columns) or nl-workbook (the Dutch workbook: Organisatie, Verwerkingen, Bewaartermijnen, "
               "headers in Dutch); json: custodian (default) or ldv (the established activity versions, a file "
               "each, for a logging back-end to resolve their URIs)."),
        QStringLiteral("LAYOUT"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            Tr::tr("csv and xlsx: the language of headers and labels, nl or en."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"), Tr::tr("csv: the separator, ; or , (default: as the locale writes lists)."),
        QStringLiteral("S"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("The file to write (a new file); for several CSV files a folder, or a file ending in .zip."),
        QStringLiteral("FILE"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {formatOption, layoutOption, languageOption, separatorOption, outputOption})
        cli.addOption(option);
    cli.setHelp(
        Tr::tr("export REGISTER --format json|csv|xlsx [--layout custodian|ico|nl-workbook|ldv] [--lang nl|en] "
               "[--separator S] "
               "-o OUT [--passphrase-file FILE]"),
        Tr::tr("Write the register out. JSON (resources/exchange/custodian-register.schema.json) holds every item, "
               "document and letter, and the history; CSV and XLSX hold the lists, for spreadsheets and auditors. "
               "The files are not encrypted."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString format = cli.parser().value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return cli.usageError(format.isEmpty() ? Tr::tr("--format json, csv or xlsx is required.")
                                               : Tr::tr("unknown format \"%1\": json, csv or xlsx.").arg(format));
    if (cli.parser().value(layoutOption) == QLatin1String("ldv")) {
        if (format != QLatin1String("json"))
            return cli.usageError(Tr::tr("--layout ldv is a layout of json."));
        return exportLdv(cli, cli.parser().value(outputOption), out);
    }
    const std::optional<Exchange::Layout> layout = layoutOf(cli, layoutOption);
    if (!layout)
        return ExitUsage;
    if (format == QLatin1String("json") && *layout != Exchange::Layout::Custodian)
        return cli.usageError(Tr::tr("--layout %1 is a layout of csv and xlsx.").arg(Exchange::layoutName(*layout)));
    // The Dutch layouts are Dutch file formats: their headers and labels do not follow --lang.
    if (*layout == Exchange::Layout::NlWorkbook && cli.parser().isSet(languageOption))
        return cli.usageError(
            Tr::tr("--layout %1 has Dutch headers and labels: it takes no --lang.").arg(Exchange::layoutName(*layout)));
    const QString language = *layout == Exchange::Layout::NlWorkbook ? QStringLiteral("nl")
                             : cli.parser().isSet(languageOption)    ? cli.parser().value(languageOption)
                                                                     : Translations::resolve(QString());
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return cli.usageError(Tr::tr("--lang is nl or en, not \"%1\".").arg(language));
    QChar separator;
    // The Dutch workbook is read by Dutch Excel: ';' unless told otherwise.
    const QChar defaultSeparator =
        *layout == Exchange::Layout::NlWorkbook ? QChar(u';') : Exchange::Csv::defaultSeparator(QLocale());
    if (!separatorOf(cli, separatorOption, defaultSeparator, &separator))
        return ExitUsage;
    const QString path = cli.parser().value(outputOption);
    if (path.isEmpty())
        return cli.usageError(Tr::tr("-o FILE is required: the new file to write."));
    Exchange::ExportRequest request;
    request.format = format == QLatin1String("json")  ? Exchange::ExportRequest::Format::Json
                     : format == QLatin1String("csv") ? Exchange::ExportRequest::Format::Csv
                                                      : Exchange::ExportRequest::Format::Xlsx;
    request.layout = *layout;
    request.language = language;
    request.separator = separator;
    request.path = path;
    if (!Exchange::ExportFile::isFree(request))
        return cli.fail(Tr::tr("The file %1 already exists; custodian-cli does not overwrite files.")
                            .arg(QDir::toNativeSeparators(path)));

    Storage::Database database;
    // Read-only: an export never changes the register.
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Storage::HistoryHead state;
    QStringList warnings;
    const Status status = Exchange::ExportFile::write(database, request, &state, &warnings);
    database.close();
    if (!status)
        return cli.failStatus(status);
    for (const QString &warning : std::as_const(warnings))
        err << warning << '\n';
    out << Tr::tr("Exported %1 to %2 (state %3). The file is not encrypted: keep it as safe as the register.")
               .arg(QDir::toNativeSeparators(cli.registerPath()), QDir::toNativeSeparators(path), state.shortText())
        << '\n';
    out.flush();
    return ExitOk;
}

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("import"), out, err);
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        Tr::tr("merge (default): add and update items, each with a history entry; restore: the same register, "
               "history included, into an empty or new register file."),
        QStringLiteral("MODE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          Tr::tr("Check everything and say what would change; change nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the findings and the summary as JSON."));
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"),
        Tr::tr("CSV and XLSX: custodian (default: our lists, headers in Dutch or English), ico (the ICO template) or "
               "nl-workbook (the Dutch workbook)."),
        QStringLiteral("LAYOUT"));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"), Tr::tr("CSV: the separator, ; or , (default: the one the header row uses)."),
        QStringLiteral("S"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {modeOption, dryRunOption, jsonOption, layoutOption, separatorOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("import REGISTER IN [--layout custodian|ico|nl-workbook] [--mode merge|restore] [--dry-run] "
                       "[--json] "
                       "[--separator S] [--passphrase-file FILE]"),
                Tr::tr("Import into a register, all or nothing: a JSON export, a CSV file, a workbook (.xlsx), or a "
                       "folder or ZIP of CSV files and workbooks. With --mode restore (JSON only) a register file "
                       "that does not exist yet is created. Exits 1 when the file has errors (and changes nothing)."));
    if (const Stop stop = cli.parseWithRegister(arguments, Tr::tr("a file to import")))
        return *stop;
    const QString mode = cli.parser().isSet(modeOption) ? cli.parser().value(modeOption) : QStringLiteral("merge");
    if (mode != QLatin1String("merge") && mode != QLatin1String("restore"))
        return cli.usageError(Tr::tr("--mode is merge or restore, not \"%1\".").arg(mode));
    const std::optional<Exchange::Layout> layout = layoutOf(cli, layoutOption);
    if (!layout)
        return ExitUsage;
    QChar separator; // none: the one the header row uses
    if (!separatorOf(cli, separatorOption, QChar(), &separator))
        return ExitUsage;
    Exchange::RegisterJson::Options options;
    options.mode =
        mode == QLatin1String("restore") ? Exchange::RegisterJson::Mode::Restore : Exchange::RegisterJson::Mode::Merge;
    options.dryRun = cli.parser().isSet(dryRunOption);
    const QString inputPath = cli.parser().positionalArguments().at(1);
    options.fileName = QFileInfo(inputPath).fileName();
    const bool json = inputPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!json && options.mode == Exchange::RegisterJson::Mode::Restore)
        return cli.usageError(Tr::tr("--mode restore reads a JSON export; lists are merged."));
    if (json && *layout != Exchange::Layout::Custodian)
        return cli.usageError(
            Tr::tr("--layout %1 is a layout of CSV files and workbooks.").arg(Exchange::layoutName(*layout)));

    QByteArray data;
    QList<Exchange::RawTable> tables;
    QList<Exchange::ImportFinding> findings;
    if (json) {
        QFile input(inputPath);
        if (!input.open(QIODevice::ReadOnly))
            return cli.fail(
                Tr::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(inputPath), input.errorString()));
        if (input.size() > MaximumImportSize)
            return cli.fail(Tr::tr("The file %1 is larger than 1 GB: no register export is.")
                                .arg(QDir::toNativeSeparators(inputPath)));
        data = input.readAll();
    } else if (!QFileInfo::exists(inputPath)) {
        return cli.fail(Tr::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(inputPath)));
    } else {
        Exchange::Tabular::readPath(inputPath, separator, &tables, &findings);
    }

    Storage::Database database;
    const bool create = options.mode == Exchange::RegisterJson::Mode::Restore && !QFileInfo::exists(cli.registerPath());
    QTemporaryDir scratch;
    if (create && options.dryRun) {
        // A dry run of a restore into a new file: into a register made for it and thrown away.
        const Status made = database.create(scratch.filePath(QStringLiteral("dry-run.custodian")),
                                            QUuid::createUuid().toString() + QUuid::createUuid().toString());
        if (!made)
            return cli.failStatus(made);
    } else if (create) {
        QString passphrase;
        if (const Stop stop =
                cli.readPassphrase(Tr::tr("New passphrase for %1: ").arg(cli.registerPath()), true, &passphrase))
            return *stop;
        if (const Stop stop = cli.createRegister(database, passphrase))
            return *stop;
    } else if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadWrite)) {
        // A dry run writes too, inside a transaction it rolls back: it finds what the real run would.
        return *stop;
    }
    Exchange::ImportSummary summary;
    Status status = Status::ok();
    if (json) {
        status = Exchange::RegisterJson::import(database, data, options, &findings, &summary);
    } else if (Exchange::hasErrors(findings)) {
        status = Status::error(Status::Code::InvalidInput, Tr::tr("Nothing was imported: the file has errors."));
    } else {
        Exchange::Tabular::ImportOptions tabular;
        tabular.layout = *layout;
        tabular.dryRun = options.dryRun;
        status = Exchange::Tabular::import(database, tables, tabular, &findings, &summary);
    }
    if (create && !summary.applied)
        database.discardNewRegister(); // a register made for a restore that did not happen
    database.close();
    if (!status && status.code() != Status::Code::InvalidInput)
        return cli.failStatus(status);

    if (cli.parser().isSet(jsonOption)) {
        QJsonArray list;
        for (const Exchange::ImportFinding &finding : std::as_const(findings))
            list.append(finding.toJson());
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("findings"), list}, {QStringLiteral("summary"), summary.toJson()}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const Exchange::ImportFinding &finding : std::as_const(findings))
            out << finding.text() << '\n';
        if (status) {
            const QString counts = Tr::tr("%n item(s) created", nullptr, summary.created()) + QStringLiteral(", ") +
                                   Tr::tr("%n changed", nullptr, summary.updated());
            if (options.dryRun)
                out << Tr::tr("Dry run: the import would succeed (%1). Nothing was changed.").arg(counts) << '\n';
            else if (options.mode == Exchange::RegisterJson::Mode::Restore)
                out << Tr::tr("Restored into %1: %2, and %n history entries, verified.", nullptr,
                              int(summary.historyEntries))
                           .arg(QDir::toNativeSeparators(cli.registerPath()), counts)
                    << '\n';
            else
                out << Tr::tr("Imported into %1: %2.").arg(QDir::toNativeSeparators(cli.registerPath()), counts)
                    << '\n';
        }
    }
    out.flush();
    if (!status)
        return cli.fail(status.message());
    return ExitOk;
}

} // namespace Custodian::Cli
