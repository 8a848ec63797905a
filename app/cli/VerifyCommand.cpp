// custodian-cli verify REGISTER [--json] [--passphrase-file FILE]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::Commands)
};

QJsonObject toJson(const QString &path, Storage::Database &database, const Storage::Store::IntegrityReport &report)
{
    const Storage::CipherProfile &profile = database.profile();
    return QJsonObject{
        {QStringLiteral("file"), QDir::toNativeSeparators(path)},
        {QStringLiteral("ok"), report.ok},
        {QStringLiteral("registerId"), database.registerId()},
        {QStringLiteral("schemaVersion"), database.schemaVersion()},
        {QStringLiteral("supportedSchemaVersion"), Storage::Database::supportedSchemaVersion()},
        {QStringLiteral("sqlcipherVersion"), database.cipherVersion()},
        {QStringLiteral("cipherProfile"), QJsonObject{{QStringLiteral("name"), profile.name},
                                                      {QStringLiteral("pageSize"), profile.pageSize},
                                                      {QStringLiteral("kdfIterations"), profile.kdfIterations},
                                                      {QStringLiteral("hmacAlgorithm"), profile.hmacAlgorithm},
                                                      {QStringLiteral("kdfAlgorithm"), profile.kdfAlgorithm}}},
        {QStringLiteral("registerState"),
         [&database] {
             const Storage::HistoryHead head = database.historyHead(); // one read of the head
             return QJsonObject{{QStringLiteral("entries"), head.count}, {QStringLiteral("hash"), head.hash}};
         }()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
    };
}

void printHuman(const QString &path, Storage::Database &database, const Storage::Store::IntegrityReport &report,
                QTextStream &out)
{
    const Storage::CipherProfile &profile = database.profile();
    out << Tr::tr("Register:         %1").arg(QDir::toNativeSeparators(path)) << '\n'
        << Tr::tr("Register id:      %1").arg(database.registerId()) << '\n'
        << Tr::tr("Schema version:   %1 (this program reads up to %2)")
               .arg(database.schemaVersion())
               .arg(Storage::Database::supportedSchemaVersion())
        << '\n'
        << Tr::tr("SQLCipher:        %1").arg(database.cipherVersion()) << '\n'
        << Tr::tr("Cipher profile:   %1 (page size %2, PBKDF2 %3 iterations, %4, %5)")
               .arg(profile.name)
               .arg(profile.pageSize)
               .arg(profile.kdfIterations)
               .arg(profile.kdfAlgorithm, profile.hmacAlgorithm)
        << '\n'
        << Tr::tr("Register state:   %1 (history entries · hash of the last)").arg(database.historyHead().shortText())
        << '\n';
    if (report.ok) {
        out << Tr::tr("Integrity:        ok") << Qt::endl;
        return;
    }
    out << Tr::tr("Integrity:        %n problem(s)", nullptr, int(report.problems.size())) << '\n';
    for (const QString &problem : report.problems)
        out << "  " << problem << '\n';
    out.flush();
}

} // namespace

int runVerifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("verify"), out, err);
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    cli.addPassphraseOption();
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("verify REGISTER [--json] [--passphrase-file FILE]"),
                Tr::tr("Open a register read-only, check its integrity and print its versions and cipher profile."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;

    Storage::Database database;
    // Read-only: verifying must never change the file, not even by upgrading its schema.
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    const Storage::Store::IntegrityReport report = database.checkIntegrity();
    if (cli.parser().isSet(jsonOption))
        out << QJsonDocument(toJson(cli.registerPath(), database, report)).toJson(QJsonDocument::Indented);
    else
        printHuman(cli.registerPath(), database, report, out);
    if (!report.ok)
        return cli.fail(Tr::tr("the register failed its integrity check"));
    return ExitOk;
}

} // namespace Custodian::Cli
