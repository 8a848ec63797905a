#include "CommandLine.h"

#include "PassphraseInput.h"
#include "RegisterArgument.h"

#include "register/RegisterUpkeep.h"
#include "storage/Secret.h"

#include <algorithm>

namespace Custodian::Cli {

namespace {

const QString passphraseFileName = QStringLiteral("passphrase-file");
const QString newPassphraseFileName = QStringLiteral("new-passphrase-file");
const QString passphraseEnvironment = QStringLiteral("CUSTODIAN_PASSPHRASE");
const QString newPassphraseEnvironment = QStringLiteral("CUSTODIAN_NEW_PASSPHRASE");
const QString helpName = QStringLiteral("help");

// "--name VALUE" or "-n, --name", as --help lists an option.
QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    const QStringList optionNames = option.names();
    for (const QString &name : optionNames)
        names.append((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name);
    QString syntax = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        syntax += QLatin1Char(' ') + option.valueName();
    return syntax;
}

} // namespace

int fail(QTextStream &err, const QString &reason, int code)
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

int usageError(QTextStream &err, const QString &reason)
{
    return fail(err, reason, ExitUsage);
}

CommandLine::CommandLine(const QString &command, QTextStream &out, QTextStream &err)
    : m_command(command), m_out(out), m_err(err)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options.append(option);
}

void CommandLine::addPassphraseOption()
{
    addOption(QCommandLineOption(passphraseFileName, tr("Read the passphrase from FILE."), QStringLiteral("FILE")));
}

void CommandLine::addNewPassphraseOption()
{
    addOption(
        QCommandLineOption(newPassphraseFileName, tr("Read the new passphrase from FILE."), QStringLiteral("FILE")));
}

void CommandLine::setHelp(const QString &synopsis, const QString &description)
{
    m_synopsis = synopsis;
    m_description = description;
}

Stop CommandLine::parse(const QStringList &arguments)
{
    addOption(QCommandLineOption({QStringLiteral("h"), helpName}, tr("Show this help.")));
    // The parser reads arguments[0] as the program; the command's word stands in for it.
    if (!m_parser.parse(QStringList{m_command} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(helpName)) {
        m_out << helpText();
        m_out.flush();
        return ExitOk;
    }
    // `--passphrase-file=` (a variable that expanded to nothing) names no file; read as "no option" it
    // would fall back to the environment variable without a word (review D16).
    for (const QString &name : {passphraseFileName, newPassphraseFileName}) {
        if (hasOption(name) && m_parser.isSet(name) && m_parser.value(name).isEmpty())
            return usageError(tr("option '--%1' needs a file name, not an empty value").arg(name));
    }
    return std::nullopt;
}

Stop CommandLine::parseWithRegister(const QStringList &arguments)
{
    return parseWithRegister(arguments, QString());
}

Stop CommandLine::parseWithRegister(const QStringList &arguments, const QString &what)
{
    m_takesRegister = true;
    if (const Stop stop = parse(arguments))
        return stop;
    const QStringList positional = m_parser.positionalArguments();
    if (what.isEmpty() && positional.size() != 1)
        return usageError(tr("%1 needs exactly one register file").arg(m_command));
    if (!what.isEmpty() && positional.size() != 2)
        return usageError(tr("%1 needs a register file and %2").arg(m_command, what));

    const RegisterArgument argument = classifyRegisterArgument(positional.constFirst());
    if (argument.hasPassword) {
        // Said before anything else: the command line is the wrong place, whatever the command.
        return usageError(tr("a password is never part of the register's address: it comes from the keychain, "
                             "%1, %2 or the terminal")
                              .arg(QStringLiteral("PGPASSFILE"), QStringLiteral("CUSTODIAN_PASSWORD")));
    }
    if (argument.kind == RegisterArgument::Kind::PostgresUri)
        return fail(tr("team registers on PostgreSQL are not available in this version yet (%1)").arg(argument.text));
    m_registerPath = argument.text;
    return std::nullopt;
}

ParseProblem CommandLine::parseStrictly(const QStringList &arguments)
{
    addOption(QCommandLineOption(helpName, tr("Show this help.")));
    const auto takesValue = [this](const QString &name) {
        return std::any_of(m_options.cbegin(), m_options.cend(), [&name](const QCommandLineOption &option) {
            return option.names().contains(name) && !option.valueName().isEmpty();
        });
    };

    // The parser tells what is wrong with a line, not where: it is asked again with one more argument
    // each time, so the first argument that makes it complain is the one reported.
    bool valueExpected = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueExpected) {
            valueExpected = false; // the previous option's value, whatever it looks like
            continue;
        }
        if (argument == QLatin1String("--")) // the parser would read every later word as a plain argument
            return {ParseProblem::Kind::UnknownOption, argument, QString()};
        if (!argument.startsWith(QLatin1String("--")))
            return {ParseProblem::Kind::UnexpectedArgument, argument, QString()};

        const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
        const bool parsed = m_parser.parse(QStringList{m_command} + arguments.mid(0, i + 1));
        if (!m_parser.unknownOptionNames().isEmpty())
            return {ParseProblem::Kind::UnknownOption, argument, name};
        const QStringList found = m_parser.optionNames();
        if (found.count(name) > 1)
            return {ParseProblem::Kind::Repeated, argument, name};
        if (!parsed && argument.contains(QLatin1Char('=')))
            return {ParseProblem::Kind::UnexpectedValue, argument, name};
        if (!argument.contains(QLatin1Char('=')) && takesValue(name)) {
            if (i + 1 == arguments.size())
                return {ParseProblem::Kind::MissingValue, argument, name};
            valueExpected = true;
        }
    }
    m_parser.parse(QStringList{m_command} + arguments);
    return {};
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(helpName);
}

bool CommandLine::hasOption(const QString &name) const
{
    return std::any_of(m_options.cbegin(), m_options.cend(),
                       [&name](const QCommandLineOption &option) { return option.names().contains(name); });
}

QString CommandLine::optionValue(const QString &name) const
{
    return hasOption(name) ? m_parser.value(name) : QString();
}

Stop CommandLine::readPassphrase(const QString &prompt, bool confirm, QString *passphrase)
{
    QString error;
    if (!Cli::readPassphrase({optionValue(passphraseFileName), passphraseEnvironment, prompt, confirm}, passphrase,
                             &error))
        return fail(error);
    return std::nullopt;
}

Stop CommandLine::readNewPassphrase(const QString &prompt, QString *passphrase)
{
    QString error;
    if (!Cli::readPassphrase({optionValue(newPassphraseFileName), newPassphraseEnvironment, prompt, true}, passphrase,
                             &error))
        return fail(error);
    return std::nullopt;
}

bool CommandLine::passphraseGiven() const
{
    return (hasOption(passphraseFileName) && m_parser.isSet(passphraseFileName)) ||
           qEnvironmentVariableIsSet(passphraseEnvironment.toLocal8Bit().constData());
}

Stop CommandLine::openRegister(Storage::Database &database, Storage::Database::Mode mode)
{
    QString passphrase;
    if (const Stop stop = readPassphrase(tr("Passphrase for %1: ").arg(m_registerPath), false, &passphrase))
        return stop;
    return openRegister(database, mode, passphrase);
}

Stop CommandLine::openRegister(Storage::Database &database, Storage::Database::Mode mode, QString &passphrase)
{
    const Status status = database.open(m_registerPath, passphrase, mode);
    Storage::wipe(passphrase);
    if (!status)
        return failStatus(status);
    // What the person should know about the register (a recovered save, a shared folder, an
    // older history than seen here before): on stderr, so that --json output stays clean.
    QStringList notices = database.notices();
    if (mode == Storage::Database::Mode::ReadWrite) {
        if (const Status kept = Register::RegisterUpkeep::run(database, &notices); !kept)
            return failStatus(kept);
    }
    for (const QString &notice : std::as_const(notices))
        m_err << tr("Note: %1").arg(notice) << Qt::endl;
    return std::nullopt;
}

Stop CommandLine::createRegister(Storage::Database &database, QString &passphrase)
{
    const Status status = database.create(m_registerPath, passphrase);
    Storage::wipe(passphrase);
    if (!status)
        return failStatus(status);
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: custodian-cli %1").arg(m_synopsis) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        text += m_description + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const QCommandLineOption &option : m_options)
        width = std::max(width, optionSyntax(option).size());
    for (const QCommandLineOption &option : m_options) {
        text += QLatin1String("  ") + optionSyntax(option).leftJustified(width + 2) + option.description() +
                QLatin1Char('\n');
    }
    if (m_takesRegister) {
        text += QLatin1Char('\n') +
                tr("REGISTER is a register file. Team registers on PostgreSQL (%1) are not available in this "
                   "version yet.")
                    .arg(QStringLiteral("postgresql://...")) +
                QLatin1Char('\n');
    }
    return text;
}

int CommandLine::failSave(const Status &status, const Domain::Findings &findings)
{
    for (const Domain::Finding &finding : findings) {
        if (finding.severity == Domain::Finding::Severity::Error)
            return fail(finding.message);
    }
    return failStatus(status);
}

} // namespace Custodian::Cli
