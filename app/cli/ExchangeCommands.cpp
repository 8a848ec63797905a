// custodian-cli export REGISTER --format json -o OUT and custodian-cli import REGISTER IN
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "exchange/RegisterJson.h"
#include "storage/Database.h"
#include "storage/Secret.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
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

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("export"), out, err);
    const QCommandLineOption formatOption(
        QStringLiteral("format"), Tr::tr("json: the whole register, with its history."), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The file to write (a new file)."), QStringLiteral("FILE"));
    cli.addPassphraseOption();
    cli.addOption(formatOption);
    cli.addOption(outputOption);
    cli.setHelp(
        Tr::tr("export REGISTER --format json -o FILE [--passphrase-file FILE]"),
        Tr::tr("Write the whole register as a JSON document (resources/exchange/custodian-register.schema.json): "
               "every item, document and letter, and the history. The file is not encrypted."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QString format = cli.parser().value(formatOption);
    if (format != QLatin1String("json"))
        return cli.usageError(format.isEmpty()
                                  ? Tr::tr("--format json is required.")
                                  : Tr::tr("unknown format \"%1\": this version exports json.").arg(format));
    const QString path = cli.parser().value(outputOption);
    if (path.isEmpty())
        return cli.usageError(Tr::tr("-o FILE is required: the new file to write."));
    if (QFileInfo::exists(path))
        return cli.fail(Tr::tr("The file %1 already exists; custodian-cli does not overwrite files.")
                            .arg(QDir::toNativeSeparators(path)));

    Storage::Database database;
    // Read-only: an export never changes the register.
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    QJsonObject document;
    const Status status = Exchange::RegisterJson::exportRegister(database, &document);
    database.close();
    if (!status)
        return cli.failStatus(status);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cli.fail(
            Tr::tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // The export holds the register's personal data in plain text: readable by its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(Exchange::RegisterJson::toText(document));
    if (!file.commit())
        return cli.fail(
            Tr::tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QJsonObject state =
        document.value(QStringLiteral("register")).toObject().value(QStringLiteral("state")).toObject();
    out << Tr::tr("Exported %1 to %2 (state %3). The file is not encrypted: keep it as safe as the register.")
               .arg(QDir::toNativeSeparators(cli.registerPath()), QDir::toNativeSeparators(path),
                    Storage::HistoryHead{state.value(QStringLiteral("count")).toInteger(),
                                         state.value(QStringLiteral("hash")).toString()}
                        .shortText())
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
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {modeOption, dryRunOption, jsonOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("import REGISTER FILE [--mode merge|restore] [--dry-run] [--json] [--passphrase-file FILE]"),
                Tr::tr("Import a JSON export into a register, all or nothing. With --mode restore a register file "
                       "that does not exist yet is created. Exits 1 when the file has errors (and changes nothing)."));
    if (const Stop stop = cli.parseWithRegister(arguments, Tr::tr("a file to import")))
        return *stop;
    const QString mode = cli.parser().isSet(modeOption) ? cli.parser().value(modeOption) : QStringLiteral("merge");
    if (mode != QLatin1String("merge") && mode != QLatin1String("restore"))
        return cli.usageError(Tr::tr("--mode is merge or restore, not \"%1\".").arg(mode));
    Exchange::RegisterJson::Options options;
    options.mode =
        mode == QLatin1String("restore") ? Exchange::RegisterJson::Mode::Restore : Exchange::RegisterJson::Mode::Merge;
    options.dryRun = cli.parser().isSet(dryRunOption);
    const QString inputPath = cli.parser().positionalArguments().at(1);
    options.fileName = QFileInfo(inputPath).fileName();

    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return cli.fail(
            Tr::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(inputPath), input.errorString()));
    if (input.size() > MaximumImportSize)
        return cli.fail(
            Tr::tr("The file %1 is larger than 1 GB: no register export is.").arg(QDir::toNativeSeparators(inputPath)));
    const QByteArray data = input.readAll();

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
    QList<Exchange::ImportFinding> findings;
    Exchange::ImportSummary summary;
    const Status status = Exchange::RegisterJson::import(database, data, options, &findings, &summary);
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
