#pragma once

#include "CliCommands.h"

#include "Status.h"
#include "domain/Finding.h"
#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Custodian::Cli {

// The exit code a command must end with now; empty while it goes on:
//   if (const Stop stop = cli.parseWithRegister(arguments))
//       return *stop;
using Stop = std::optional<int>;

// Writes "custodian-cli: REASON" as one line on err (scripts read the first line of stderr) and
// returns code.
int fail(QTextStream &err, const QString &reason, int code = ExitFailure);
// fail() for a Status: its translated message, then its detail in parentheses when there is one.
int failStatus(QTextStream &err, const Status &status);
// fail() with ExitUsage: the command line was wrong.
int usageError(QTextStream &err, const QString &reason);

// The first thing wrong with a command line of options, reading it from left to right.
struct ParseProblem
{
    enum class Kind
    {
        None,
        UnexpectedArgument, // a word that is not an option, or an option written with one dash
        UnknownOption,
        Repeated,        // an option given a second time
        UnexpectedValue, // --option=VALUE for an option that takes none
        MissingValue,    // an option that takes a value, last on the line
    };
    Kind kind = Kind::None;
    QString argument; // as given
    QString name;     // the option's name without dashes (UnknownOption, Repeated, UnexpectedValue, MissingValue)
};

// What every custodian-cli command shares: one QCommandLineParser holding the command's options and
// --help, the one-line errors, the passphrase and opening a register.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::Commands)

public:
    // command: the word that names the command in messages and in --help ("init", "deadline").
    CommandLine(const QString &command, QTextStream &out, QTextStream &err);

    const QString &command() const { return m_command; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QCommandLineParser &parser() { return m_parser; }

    void addOption(const QCommandLineOption &option);
    // --passphrase-file FILE: where readPassphrase() looks first.
    void addPassphraseOption();
    // --new-passphrase-file FILE: where readNewPassphrase() looks first.
    void addNewPassphraseOption();
    // What --help prints: the command line after "custodian-cli " and what the command does.
    void setHelp(const QString &synopsis, const QString &description);

    // Parses arguments (those after the command's word); -word is read as --word. Stops with ExitOk
    // after printing the command's help for -h/--help, with ExitUsage after the parser's error.
    Stop parse(const QStringList &arguments);
    // parse() for a command on one register: exactly one REGISTER argument, which must be a register
    // file. A PostgreSQL URI stops it: ExitUsage when the URI holds a password, ExitFailure otherwise
    // (team registers are not available in this version yet).
    Stop parseWithRegister(const QStringList &arguments);
    // parseWithRegister() for a command that takes one more word after REGISTER, which what names in
    // the message of a wrong count ("a breach number"); it is the parser's second positional argument.
    Stop parseWithRegister(const QStringList &arguments, const QString &what);
    // The register file, after parseWithRegister().
    const QString &registerPath() const { return m_registerPath; }

    // For a command that words its own usage errors: options only, no other word, every option with
    // two dashes, and --help. Returns the first thing wrong; without one, the parser holds the line.
    ParseProblem parseStrictly(const QStringList &arguments);
    bool helpRequested() const;

    int fail(const QString &reason) { return Cli::fail(m_err, reason); }
    int failStatus(const Status &status) { return Cli::failStatus(m_err, status); }
    // A save that failed: its first error finding (the sentence a person needs), else the status.
    int failSave(const Status &status, const Domain::Findings &findings);
    int usageError(const QString &reason) { return Cli::usageError(m_err, reason); }

    // The register's passphrase, from --passphrase-file, else CUSTODIAN_PASSPHRASE, else the terminal
    // without echo (prompt; asked twice when confirm). Never from the command line itself. Stops with
    // ExitFailure and the reason when there is none.
    Stop readPassphrase(const QString &prompt, bool confirm, QString *passphrase);
    // A new passphrase: --new-passphrase-file, else CUSTODIAN_NEW_PASSPHRASE, else the terminal (twice).
    Stop readNewPassphrase(const QString &prompt, QString *passphrase);
    // True when --passphrase-file or CUSTODIAN_PASSPHRASE gives the passphrase without asking.
    bool passphraseGiven() const;

    // Reads the passphrase ("Passphrase for REGISTER: ") and opens the register.
    Stop openRegister(Storage::Database &database, Storage::Database::Mode mode);
    // Opens the register with a passphrase already read, and wipes the passphrase.
    Stop openRegister(Storage::Database &database, Storage::Database::Mode mode, QString &passphrase);
    // Creates the register file, and wipes the passphrase.
    Stop createRegister(Storage::Database &database, QString &passphrase);

private:
    QString helpText() const;
    bool hasOption(const QString &name) const;
    QString optionValue(const QString &name) const;

    QString m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QString m_synopsis;
    QString m_description;
    bool m_takesRegister = false;
    QString m_registerPath;
};

} // namespace Custodian::Cli
