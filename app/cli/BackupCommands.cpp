// custodian-cli backup REGISTER -o OUT and custodian-cli restore BACKUP -o FILE
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "exchange/Backups.h"
#include "storage/Database.h"
#include "storage/Secret.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::BackupCommands)
};

QCommandLineOption outputOption(const QString &description)
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, description,
                              QStringLiteral("FILE"));
}

QJsonObject summaryJson(const QString &path, const Exchange::Backups::Summary &summary)
{
    return QJsonObject{
        {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("registerId"), summary.registerId},
        {QStringLiteral("schemaVersion"), summary.schemaVersion},
        {QStringLiteral("state"), summary.head.text()},
        {QStringLiteral("stateAt"), summary.stateAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("historyVerified"), summary.historyVerified},
        {QStringLiteral("activities"), summary.counts.activities},
        {QStringLiteral("agreements"), summary.counts.agreements},
        {QStringLiteral("parties"), summary.counts.parties},
    };
}

// The --output value, refused when missing or when the file exists.
Stop outputPath(CommandLine &cli, const QCommandLineOption &option, QString *path)
{
    *path = cli.parser().value(option);
    if (path->isEmpty())
        return cli.usageError(Tr::tr("-o FILE is required: the new file to write."));
    if (QFileInfo::exists(*path))
        return cli.fail(Tr::tr("The file %1 already exists; custodian-cli does not overwrite files.")
                            .arg(QDir::toNativeSeparators(*path)));
    return std::nullopt;
}

// The command line both commands share: the options, the register, the new file and the
// passphrase, in that order; each refusal stops before anything is asked or written.
Stop start(CommandLine &cli, const QStringList &arguments, const QCommandLineOption &output,
           const QCommandLineOption &json, const QString &synopsis, const QString &description, QString *path,
           QString *passphrase)
{
    cli.addPassphraseOption();
    cli.addOption(output);
    cli.addOption(json);
    cli.setHelp(synopsis, description);
    if (const Stop stop = cli.parseWithRegister(arguments))
        return stop;
    if (const Stop stop = outputPath(cli, output, path))
        return stop;
    return cli.readPassphrase(Tr::tr("Passphrase for %1: ").arg(cli.registerPath()), false, passphrase);
}

} // namespace

int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("backup"), out, err);
    const QCommandLineOption output = outputOption(Tr::tr("The backup file to write (a new file)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print what was copied as JSON."));
    QString path;
    QString passphrase;
    if (const Stop stop = start(cli, arguments, output, jsonOption,
                                Tr::tr("backup REGISTER -o FILE [--json] [--passphrase-file FILE]"),
                                Tr::tr("Write a consistent copy of the register, encrypted with its own passphrase, "
                                       "while it may be open elsewhere; the copy is proved by opening it."),
                                &path, &passphrase))
        return *stop;
    QString forCopy = passphrase;
    Storage::Database database;
    // Read-only: a register open in the app can be copied, and the copy never writes to it.
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly, passphrase)) {
        Storage::wipe(forCopy);
        return *stop;
    }
    Storage::HistoryHead head;
    const Status status = database.saveCopy(path, forCopy, &head);
    database.close();
    if (!status) {
        Storage::wipe(forCopy);
        return cli.failStatus(status);
    }
    Exchange::Backups::Summary summary;
    const Status read = Exchange::Backups::inspect(path, forCopy, &summary);
    Storage::wipe(forCopy);
    if (!read)
        return cli.failStatus(read);
    if (cli.parser().isSet(jsonOption)) {
        out << QJsonDocument(summaryJson(path, summary)).toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("Saved a copy of %1 as %2 (state %3), and opened it to prove it.")
                   .arg(QDir::toNativeSeparators(cli.registerPath()), QDir::toNativeSeparators(path), head.shortText())
            << '\n';
    }
    out.flush();
    return ExitOk;
}

int runRestoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("restore"), out, err);
    const QCommandLineOption output = outputOption(Tr::tr("The register file to create (never an existing file)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the restored register as JSON."));
    QString path;
    QString passphrase;
    if (const Stop stop = start(
            cli, arguments, output, jsonOption, Tr::tr("restore BACKUP -o FILE [--json] [--passphrase-file FILE]"),
            Tr::tr("Restore a backup as a new register file; its history verifies and records the restore. An "
                   "existing file is never overwritten."),
            &path, &passphrase))
        return *stop;
    Exchange::Backups::Summary summary;
    const Status status = Exchange::Backups::restore(cli.registerPath(), passphrase, path, &summary);
    Storage::wipe(passphrase);
    if (!status)
        return cli.failStatus(status);
    if (cli.parser().isSet(jsonOption)) {
        out << QJsonDocument(summaryJson(path, summary)).toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("Restored %1 as %2. The history verifies (state %3) and records the restore.")
                   .arg(QDir::toNativeSeparators(cli.registerPath()), QDir::toNativeSeparators(path),
                        summary.head.shortText())
            << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
