#pragma once

#include <QStringList>
#include <QTextStream>

namespace Custodian::Reports {
struct Request;
enum class Format;
} // namespace Custodian::Reports

// The commands on one register. Each takes the arguments after its word, writes its result on out and
// one line on err when it fails, and returns the exit code (CliCommands.h). REGISTER is a register file;
// a PostgreSQL URI is refused for now (CommandLine::parseWithRegister). The passphrase comes from
// --passphrase-file FILE, CUSTODIAN_PASSPHRASE or the terminal.
namespace Custodian::Cli {

class CommandLine;

// `init REGISTER [--organisation NAME]`: creates a new register with the retention catalogue.
int runInitCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `verify REGISTER [--json]`: opens read-only, checks integrity, prints versions and the cipher profile.
// Exits 1 when the integrity check finds a problem.
int runVerifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `change-passphrase REGISTER [--new-passphrase-file FILE]`: re-keys the register; the new passphrase
// comes from --new-passphrase-file, CUSTODIAN_NEW_PASSPHRASE or the terminal.
int runChangePassphraseCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `check REGISTER [--json]`: runs the completeness check on a register opened read-only and prints the
// findings grouped per item (or, with --json, the array of CompletenessCheck::toJson). Exits 0 whenever
// the check ran, whatever it found.
int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `demo REGISTER`: creates a register holding the demo register. Without --passphrase-file or
// CUSTODIAN_PASSPHRASE it uses the demo's fixed passphrase and says so.
int runDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `request add REGISTER --received YYYY-MM-DD --rights R[,R] --requester NAME [--channel C] [--json]`:
// logs a request case and prints its number and deadline dates.
int runRequestCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// `requests REGISTER [--status S] [--json]`: the cases, the most urgent first.
int runRequestsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `breach add REGISTER --aware ISO-8601 --summary TEXT [--json]`: logs a breach and prints the
// moment to notify the authority by. `breach form REGISTER NUMBER|UUID [--lang nl|en] [-o FILE]`:
// the breach as the answers for the AP's notification form (BreachApForm), printed or written to FILE.
int runBreachCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// `breaches REGISTER [--json]`: the breach register, the most recent first.
int runBreachesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `activity establish REGISTER NUMBER|UUID [--note TEXT] [--json]`: establishes an approved activity as
// its next activity version and prints its URI; `activity versions REGISTER NUMBER|UUID [--json]`: its
// versions and their states; `activity diff REGISTER NUMBER|UUID [--version N] [--lang nl|en] [--json]`:
// how the working record differs from a version (the latest by default).
int runActivityCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `due REGISTER [--as-of YYYY-MM-DD] [--within DAYS] [--json | --format ics -o FILE]`: what is
// overdue or falls due within the window (DueList).
int runDueCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `backup REGISTER -o FILE [--json]`: a consistent copy under the register's passphrase, proved by
// opening it (Storage::Database::saveCopy); the register is opened read-only.
int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// `restore BACKUP -o FILE [--json]`: the backup as a new register file that records the restore
// (Exchange::Backups::restore); never over an existing file.
int runRestoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `export REGISTER --format json -o FILE`: the whole register as JSON (Exchange::RegisterJson).
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// `import REGISTER FILE [--mode merge|restore] [--dry-run] [--json]`: all or nothing; exits 1 when
// the file has errors.
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `report REGISTER --kind register|activity [--uuid U] [--lang nl|en] -o OUT`: a report for auditors
// as PDF/A-1b (Reports::Report), from a register opened read-only.
int runReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// `statement REGISTER [--audience A] [--version N] ... -o OUT`: the privacy statement, stamped with its
// latest version when the register still says what it says, a draft otherwise, or an archived
// version; `statement publish REGISTER --audience A --effective DAY [--changes TEXT]`; `statements
// REGISTER [--json]`: the statements, their versions and whether the register has changed since.
int runStatementCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runStatementsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `controls REGISTER [--json]`: the controls the reports are evidence for, shipped and the
// organisation's own, each with the report kinds that name it (Reports::Controls).
int runControlsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Shared by report and statement: "customers,website-visitors" as audience codes (false with
// *problem for one that is not); writes the report to a new file and says what it wrote.
bool parseAudiences(const QString &text, QStringList *audiences, QString *problem);
int writeReport(CommandLine &cli, const Reports::Request &request, Reports::Format format, const QString &path,
                QTextStream &out, QTextStream &err);

} // namespace Custodian::Cli
