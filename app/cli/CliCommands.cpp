#include "CliCommands.h"

#include "DeadlineCommand.h"
#include "PassphraseInput.h"
#include "RegisterCommands.h"

#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/Database.h"
#include "storage/Secret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

QString usage()
{
    return Tr::tr("Usage: custodian-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  init FILE [--organisation NAME]     create a new encrypted register\n"
                  "  verify FILE [--json]                open a register, check its integrity, print its versions\n"
                  "  change-passphrase FILE              change the passphrase of a register\n"
                  "  check FILE [--json]                 list what an auditor would raise (completeness check)\n"
                  "  demo FILE                           write the demo register of a fictional company\n"
                  "  deadline request|breach|days ...    compute a statutory deadline (no register needed)\n"
                  "  deadline holidays|calendars ...     list a year's public holidays, or the holiday calendars\n"
                  "\n"
                  "The passphrase comes from --passphrase-file FILE, the environment variable CUSTODIAN_PASSPHRASE,\n"
                  "or the terminal. A new passphrase comes from --new-passphrase-file FILE or\n"
                  "CUSTODIAN_NEW_PASSPHRASE.\n"
                  "\n"
                  "Options:\n"
                  "  --help       show this text\n"
                  "  --version    show the version\n");
}

int fail(QTextStream &err, const QString &reason, int code = ExitFailure)
{
    // One line: scripts read the first line of stderr.
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "custodian-cli: " << line << Qt::endl;
    return code;
}

int failStatus(QTextStream &err, const Status &status)
{
    if (status.detail().isEmpty())
        return fail(err, status.message());
    return fail(err, QStringLiteral("%1 (%2)").arg(status.message(), status.detail()));
}

// Parses a command's options; arguments[0] is the command word.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err, int positionalCount,
           int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *exitCode = fail(err, parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        *exitCode = fail(err, Tr::tr("%1 needs exactly one register file").arg(arguments.value(0)), ExitUsage);
        return false;
    }
    return true;
}

const QCommandLineOption passphraseFileOption(QStringLiteral("passphrase-file"),
                                              QStringLiteral("Read the passphrase from FILE."), QStringLiteral("FILE"));
const QCommandLineOption newPassphraseFileOption(QStringLiteral("new-passphrase-file"),
                                                 QStringLiteral("Read the new passphrase from FILE."),
                                                 QStringLiteral("FILE"));

int initCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption organisationOption(QStringLiteral("organisation"),
                                                QStringLiteral("The organisation's name."), QStringLiteral("NAME"));
    parser.addOptions({passphraseFileOption, organisationOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, err, 1, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();

    QString passphrase;
    QString error;
    if (!readPassphrase({parser.value(passphraseFileOption), QStringLiteral("CUSTODIAN_PASSPHRASE"),
                         Tr::tr("New passphrase for %1: ").arg(path), true},
                        &passphrase, &error))
        return fail(err, error);

    Storage::Database database;
    Status status = database.create(path, passphrase);
    Storage::wipe(passphrase);
    if (!status)
        return failStatus(err, status);
    status = Register::RetentionRuleService(database).seedCatalogue();
    if (!status)
        return failStatus(err, status);
    if (parser.isSet(organisationOption)) {
        Register::OrganisationService organisations(database);
        Domain::Organisation organisation;
        organisation.name = parser.value(organisationOption);
        status = organisations.save(organisation);
        if (!status)
            return failStatus(err, status);
    }
    out << Tr::tr("Created the register %1 (register id %2).")
               .arg(QDir::toNativeSeparators(path), database.registerId())
        << Qt::endl;
    return ExitOk;
}

int verifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({passphraseFileOption, jsonOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, err, 1, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();

    QString passphrase;
    QString error;
    if (!readPassphrase({parser.value(passphraseFileOption), QStringLiteral("CUSTODIAN_PASSPHRASE"),
                         Tr::tr("Passphrase for %1: ").arg(path), false},
                        &passphrase, &error))
        return fail(err, error);

    Storage::Database database;
    // Read-only: verifying must never change the file, not even by upgrading its schema.
    const Status status = database.open(path, passphrase, Storage::Database::Mode::ReadOnly);
    Storage::wipe(passphrase);
    if (!status)
        return failStatus(err, status);
    const Storage::Database::IntegrityReport report = database.checkIntegrity();
    const Storage::CipherProfile &profile = database.profile();

    if (parser.isSet(jsonOption)) {
        QJsonObject json{
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
            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
        };
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
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
            << '\n';
        if (report.ok) {
            out << Tr::tr("Integrity:        ok") << Qt::endl;
        } else {
            out << Tr::tr("Integrity:        %n problem(s)", nullptr, int(report.problems.size())) << '\n';
            for (const QString &problem : report.problems)
                out << "  " << problem << '\n';
            out.flush();
        }
    }
    if (!report.ok)
        return fail(err, Tr::tr("the register failed its integrity check"));
    return ExitOk;
}

int changePassphraseCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({passphraseFileOption, newPassphraseFileOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, err, 1, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();

    QString current;
    QString next;
    QString error;
    if (!readPassphrase({parser.value(passphraseFileOption), QStringLiteral("CUSTODIAN_PASSPHRASE"),
                         Tr::tr("Current passphrase for %1: ").arg(path), false},
                        &current, &error))
        return fail(err, error);
    if (!readPassphrase({parser.value(newPassphraseFileOption), QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"),
                         Tr::tr("New passphrase for %1: ").arg(path), true},
                        &next, &error)) {
        Storage::wipe(current);
        return fail(err, error);
    }

    Storage::Database database;
    Status status = database.open(path, current);
    Storage::wipe(current);
    if (status)
        status = database.changePassphrase(next);
    Storage::wipe(next);
    if (!status)
        return failStatus(err, status);
    out << Tr::tr("The passphrase of %1 has been changed.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitOk;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return ExitUsage;
    }
    const QString command = arguments.constFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out << "custodian-cli " CUSTODIAN_VERSION << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("init"))
        return initCommand(arguments, out, err);
    if (command == QLatin1String("verify"))
        return verifyCommand(arguments, out, err);
    if (command == QLatin1String("change-passphrase"))
        return changePassphraseCommand(arguments, out, err);
    if (command == QLatin1String("check"))
        return runCheckCommand(arguments.mid(1), out, err);
    if (command == QLatin1String("demo"))
        return runDemoCommand(arguments.mid(1), out, err);
    if (command == QLatin1String("deadline"))
        return runDeadlineCommand(arguments.mid(1), out, err);
    return fail(err, Tr::tr("unknown command '%1' (try --help)").arg(command), ExitUsage);
}

} // namespace Custodian::Cli
