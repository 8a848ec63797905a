#include "RegisterCommands.h"

#include "CliCommands.h"
#include "PassphraseInput.h"

#include "domain/Finding.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "storage/Database.h"
#include "storage/Secret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::RegisterCommands)
};

const QString passphraseEnvironment = QStringLiteral("CUSTODIAN_PASSPHRASE");

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

const QCommandLineOption passphraseFileOption(QStringLiteral("passphrase-file"),
                                              QStringLiteral("Read the passphrase from FILE."), QStringLiteral("FILE"));

// Parses `COMMAND ARGUMENTS...` with exactly one positional argument, the register file.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err,
           int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + arguments)) {
        *exitCode = fail(err, parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        *exitCode = fail(err, Tr::tr("%1 needs exactly one register file").arg(command), ExitUsage);
        return false;
    }
    return true;
}

QString severityLabel(Domain::Finding::Severity severity)
{
    switch (severity) {
    case Domain::Finding::Severity::Error:
        return Tr::tr("error");
    case Domain::Finding::Severity::Warning:
        return Tr::tr("warning");
    case Domain::Finding::Severity::Info:
        return Tr::tr("info");
    }
    return QString();
}

QString entityLabel(const QString &entity)
{
    if (entity == QLatin1String("organisation"))
        return Tr::tr("Organisation");
    if (entity == QLatin1String("activity"))
        return Tr::tr("Processing activity");
    if (entity == QLatin1String("processor_activity"))
        return Tr::tr("Processing for a controller");
    if (entity == QLatin1String("agreement"))
        return Tr::tr("Agreement");
    return entity;
}

void printHuman(const QList<Register::EntityFinding> &findings, QTextStream &out)
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    // The check lists each item's findings together; a new heading starts at each new item.
    QString currentKey;
    for (const Register::EntityFinding &item : findings) {
        const QString key = item.entity + QLatin1Char('/') + item.uuid;
        if (key != currentKey) {
            if (!currentKey.isEmpty())
                out << '\n';
            const QString name = item.name.isEmpty() ? Tr::tr("(no name)") : item.name;
            out << Tr::tr("%1 \"%2\"").arg(entityLabel(item.entity), name) << '\n';
            currentKey = key;
        }
        out << "  " << severityLabel(item.finding.severity) << " [" << item.finding.field << "] "
            << item.finding.message << '\n';
        switch (item.finding.severity) {
        case Domain::Finding::Severity::Error:
            ++errors;
            break;
        case Domain::Finding::Severity::Warning:
            ++warnings;
            break;
        case Domain::Finding::Severity::Info:
            ++infos;
            break;
        }
    }
    if (findings.isEmpty()) {
        out << Tr::tr("The completeness check found nothing to add.") << Qt::endl;
        return;
    }
    out << '\n'
        << Tr::tr("%n finding(s):", nullptr, int(findings.size())) << ' ' << Tr::tr("%n error(s)", nullptr, errors)
        << ", " << Tr::tr("%n warning(s)", nullptr, warnings) << ", " << Tr::tr("%n note(s)", nullptr, infos)
        << Qt::endl;
}

} // namespace

int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({passphraseFileOption, jsonOption});
    int exitCode = ExitOk;
    if (!parse(parser, QStringLiteral("check"), arguments, err, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();

    QString passphrase;
    QString error;
    if (!readPassphrase(
            {parser.value(passphraseFileOption), passphraseEnvironment, Tr::tr("Passphrase for %1: ").arg(path), false},
            &passphrase, &error))
        return fail(err, error);
    Storage::Database database;
    // Read-only: checking must never change the file.
    Status status = database.open(path, passphrase, Storage::Database::Mode::ReadOnly);
    Storage::wipe(passphrase);
    if (!status)
        return failStatus(err, status);
    Register::RegisterSnapshot snapshot;
    status = Register::RegisterSnapshot::load(database, &snapshot);
    if (!status)
        return failStatus(err, status);
    const QList<Register::EntityFinding> findings = Register::CompletenessCheck::run(snapshot, QDate::currentDate());
    if (parser.isSet(jsonOption))
        out << QJsonDocument(Register::CompletenessCheck::toJson(findings)).toJson(QJsonDocument::Indented);
    else
        printHuman(findings, out);
    out.flush();
    return ExitOk;
}

int runDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({passphraseFileOption});
    int exitCode = ExitOk;
    if (!parse(parser, QStringLiteral("demo"), arguments, err, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();

    QString passphrase;
    bool usedDefault = false;
    if (parser.isSet(passphraseFileOption) ||
        qEnvironmentVariableIsSet(passphraseEnvironment.toLocal8Bit().constData())) {
        QString error;
        if (!readPassphrase({parser.value(passphraseFileOption), passphraseEnvironment,
                             Tr::tr("New passphrase for %1: ").arg(path), true},
                            &passphrase, &error))
            return fail(err, error);
    } else {
        // The demo holds nothing secret: a known passphrase lets anyone open it to look around.
        passphrase = Register::DemoRegister::passphrase();
        usedDefault = true;
    }

    Storage::Database database;
    Status status = database.create(path, passphrase);
    Storage::wipe(passphrase);
    if (!status)
        return failStatus(err, status);
    status = Register::DemoRegister::write(database);
    if (!status) {
        // Half a demo is no use to anyone: remove the file this command created.
        database.close();
        QFile::remove(path);
        return failStatus(err, status);
    }
    out << Tr::tr("Created the demo register %1 (register id %2).")
               .arg(QDir::toNativeSeparators(path), database.registerId())
        << '\n';
    if (usedDefault)
        out << Tr::tr("No passphrase was given, so it uses the demo passphrase: %1")
                   .arg(Register::DemoRegister::passphrase())
            << '\n';
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
