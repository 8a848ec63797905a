// What every custodian-cli command shares (app/cli/CommandLine.h, the table in CliCommands.h): usage
// errors, --help, the REGISTER argument (a file, or a PostgreSQL URI that this version refuses), the
// one-line failures and --version. Run in-process through the commands library and as the built binary.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include "CliCommands.h"
#include "CliTestSupport.h"
#include "CommandLine.h"
#include "RegisterArgument.h"
#include "Status.h"

using namespace Custodian;

namespace {

using CliTest::isOneLineError;
using CliTest::Result;
using CliTest::split;

Result runInProcess(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

Result runBinary(const QStringList &arguments, const QString &passphrase = QString(),
                 const QString &workingDirectory = QString())
{
    QHash<QString, QString> extra;
    if (!passphrase.isEmpty()) {
        extra.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase);
        extra.insert(QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"), passphrase);
    }
    return CliTest::runBinary(arguments, extra, workingDirectory);
}

// The commands that take a REGISTER argument.
const QStringList registerCommands = {
    QStringLiteral("init"),      QStringLiteral("verify"),    QStringLiteral("change-passphrase"),
    QStringLiteral("check"),     QStringLiteral("demo"),      QStringLiteral("requests"),
    QStringLiteral("breaches"),  QStringLiteral("due"),       QStringLiteral("backup"),
    QStringLiteral("export"),    QStringLiteral("report"),    QStringLiteral("controls"),
    QStringLiteral("statement"), QStringLiteral("statements")};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void version();
    void overview();
    void noCommand();
    void unknownCommand();
    void theTableHasEveryCommand();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void failWritesOneLine();

    void classifyRegister_data();
    void classifyRegister();
    void uriIsNotAvailableYet_data();
    void uriIsNotAvailableYet();
    void uriWithAPasswordIsRefused_data();
    void uriWithAPasswordIsRefused();
    void uriIsRefusedBeforeAnythingIsRead();
    void passphraseFileMustBeOneLineOfText();

    void strictParsing_data();
    void strictParsing();
};

void TestCli::init()
{
    qunsetenv("CUSTODIAN_PASSPHRASE");
    qunsetenv("CUSTODIAN_NEW_PASSPHRASE");
}

void TestCli::cleanup()
{
    init();
}

void TestCli::version()
{
    const Result result = runBinary({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("custodian-cli " CUSTODIAN_VERSION "\n"));
    QCOMPARE(result.err, QString());
}

void TestCli::overview()
{
    for (const char *help : {"--help", "-h", "help"}) {
        const Result result = runBinary({QLatin1String(help)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("Usage: custodian-cli COMMAND")), qPrintable(result.out));
        for (const Cli::CommandEntry &entry : Cli::commands())
            QVERIFY2(result.out.contains(QString(QLatin1String("  ") + entry.name + QLatin1Char(' '))),
                     entry.name.data());
        QCOMPARE(result.err, QString());
    }
}

void TestCli::noCommand()
{
    const Result result = runBinary({});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY(result.err.startsWith(QLatin1String("Usage: custodian-cli COMMAND")));
}

void TestCli::unknownCommand()
{
    const Result result = runBinary({QStringLiteral("frobnicate"), QStringLiteral("register.cstd")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("custodian-cli: unknown command 'frobnicate' (try --help)\n"));
    // A command's word is exact.
    QCOMPARE(runInProcess({QStringLiteral("INIT"), QStringLiteral("a")}).exitCode, 2);
}

void TestCli::theTableHasEveryCommand()
{
    QStringList names;
    for (const Cli::CommandEntry &entry : Cli::commands()) {
        QVERIFY(entry.run);
        names.append(entry.name);
    }
    const QStringList others = {QStringLiteral("request"), QStringLiteral("breach"), QStringLiteral("activity"),
                                QStringLiteral("restore"), QStringLiteral("import"), QStringLiteral("deadline")};
    QCOMPARE(names, registerCommands + others);
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    for (const QString &command : registerCommands) {
        QTest::addRow("%s --help", qPrintable(command)) << QStringList{command, QStringLiteral("--help")} << command;
        QTest::addRow("%s -h", qPrintable(command)) << QStringList{command, QStringLiteral("-h")} << command;
        // Asked for help, a command gives it whatever else the line holds.
        QTest::addRow("%s FILE --help", qPrintable(command))
            << QStringList{command, QStringLiteral("a.cstd"), QStringLiteral("b.cstd"), QStringLiteral("--help")}
            << command;
    }
    QTest::newRow("deadline --help") << split("deadline --help") << QStringLiteral("deadline request");
    QTest::newRow("request add --help") << split("request add --help") << QStringLiteral("request add REGISTER");
    QTest::newRow("request --help") << split("request --help") << QStringLiteral("request add REGISTER");
    QTest::newRow("breach --help") << split("breach --help") << QStringLiteral("breach add REGISTER");
    QTest::newRow("deadline request --help")
        << split("deadline request --help") << QStringLiteral("deadline request --received");
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result result = runInProcess(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.contains(QString(QLatin1String("custodian-cli ") + mentions)), qPrintable(result.out));
    if (registerCommands.contains(arguments.constFirst())) {
        QVERIFY2(result.out.contains(QLatin1String("--passphrase-file FILE")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("REGISTER")), qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("not available in this version yet")));
    }
    // The same through the binary.
    const Result binary = runBinary(arguments);
    QCOMPARE(binary.exitCode, 0);
    QCOMPARE(binary.out, result.out);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the whole line after "custodian-cli: "
    const auto row = [](const char *arguments, const char *expected) {
        QTest::newRow(arguments) << split(arguments) << QString::fromUtf8(expected);
    };
    row("init", "init needs exactly one register file");
    row("init a.cstd b.cstd", "init needs exactly one register file");
    row("verify", "verify needs exactly one register file");
    row("change-passphrase a.cstd b.cstd", "change-passphrase needs exactly one register file");
    row("check", "check needs exactly one register file");
    row("demo a.cstd b.cstd", "demo needs exactly one register file");
    row("verify a.cstd --fast", "Unknown option 'fast'.");
    row("check a.cstd -fast", "Unknown option 'fast'.");
    row("demo a.cstd --json", "Unknown option 'json'.");
    row("init a.cstd --organisation", "Missing value after '--organisation'.");
    row("change-passphrase a.cstd --new-passphrase-file", "Missing value after '--new-passphrase-file'.");
    row("verify a.cstd --json=yes", "Unexpected value after '--json'.");
    row("deadline", "missing deadline kind (expected request, breach, days, holidays or calendars; see "
                    "'custodian-cli deadline --help')");
    row("deadline request --received 2026-01-31 --bogus", "unknown option '--bogus' for 'deadline request'");
    row("deadline request --received 2026-01-31 later", "unexpected argument 'later'");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = runInProcess(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString(QLatin1String("custodian-cli: ") + expected + QLatin1Char('\n')));

    const Result binary = runBinary(arguments);
    QCOMPARE(binary.exitCode, 2);
    QCOMPARE(binary.out, QString());
    QCOMPARE(binary.err, result.err);
}

void TestCli::failWritesOneLine()
{
    QString text;
    QTextStream err(&text);
    QCOMPARE(Cli::fail(err, QStringLiteral("first line\nsecond line")), 1);
    QCOMPARE(text, QStringLiteral("custodian-cli: first line second line\n"));

    text.clear();
    QCOMPARE(Cli::failStatus(err, Status::error(Status::Code::IoError, QStringLiteral("Cannot write the file."),
                                                QStringLiteral("disk full"))),
             1);
    QCOMPARE(text, QStringLiteral("custodian-cli: Cannot write the file. (disk full)\n"));

    text.clear();
    QCOMPARE(Cli::failStatus(err, Status::error(Status::Code::NotFound, QStringLiteral("Not found."))), 1);
    QCOMPARE(text, QStringLiteral("custodian-cli: Not found.\n"));

    text.clear();
    QCOMPARE(Cli::usageError(err, QStringLiteral("wrong")), 2);
    QCOMPARE(text, QStringLiteral("custodian-cli: wrong\n"));
}

void TestCli::classifyRegister_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("uri");
    QTest::addColumn<bool>("password");
    const auto row = [](const char *argument, bool uri, bool password) {
        QTest::newRow(argument) << QString::fromUtf8(argument) << uri << password;
    };
    row("register.cstd", false, false);
    row("/home/anna/Documents/acme.custodian", false, false);
    row("C:\\Registers\\acme.custodian", false, false);
    row("postgresql-export.cstd", false, false);
    row("./postgresql://odd-but-a-file", false, false);
    row("postgresql://db.example.org/custodian", true, false);
    row("postgres://db.example.org/custodian", true, false);
    row("PostgreSQL://db.example.org/custodian", true, false);
    row("postgresql://", true, false);
    row("postgresql://anna@db.example.org:5432/custodian", true, false);
    row("postgresql://db.example.org:5432/custodian?sslmode=verify-full", true, false);
    row("postgresql://[2001:db8::1]:5432/custodian", true, false);
    row("postgresql://db1:5432,db2:5432/custodian?target_session_attrs=read-write", true, false);
    row("postgresql:///custodian?host=/var/run/postgresql&passfile=/home/anna/.pgpass", true, false);
    row("postgresql://anna:s3cret@db.example.org/custodian", true, true);
    row("postgres://anna:s3cret@db.example.org", true, true);
    row("postgresql://anna:@db.example.org/custodian", true, true);
    row("postgresql://anna:p@ss@db.example.org/custodian", true, true);
    row("postgresql://db.example.org/custodian?password=s3cret", true, true);
    row("postgresql://db.example.org/custodian?sslmode=require&Password=s3cret", true, true);
    row("postgresql://db.example.org/custodian?pass%77ord=s3cret", true, true);
}

void TestCli::classifyRegister()
{
    QFETCH(QString, argument);
    QFETCH(bool, uri);
    QFETCH(bool, password);
    const Cli::RegisterArgument result = Cli::classifyRegisterArgument(argument);
    QCOMPARE(result.kind == Cli::RegisterArgument::Kind::PostgresUri, uri);
    QCOMPARE(result.hasPassword, password);
    QCOMPARE(result.text, argument);
}

void TestCli::uriIsNotAvailableYet_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : registerCommands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestCli::uriIsNotAvailableYet()
{
    QFETCH(QString, command);
    const QString uri = QStringLiteral("postgresql://anna@db.example.org/custodian");
    const QString expected =
        QStringLiteral("custodian-cli: team registers on PostgreSQL are not available in this version yet (%1)\n")
            .arg(uri);
    const Result result = runInProcess({command, uri});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, expected);

    const Result binary = runBinary({command, QStringLiteral("postgres://db.example.org/custodian"),
                                     QStringLiteral("--passphrase-file"), QStringLiteral("/nonexistent")});
    QCOMPARE(binary.exitCode, 1);
    QVERIFY2(isOneLineError(binary.err), qPrintable(binary.err));
    QVERIFY2(binary.err.contains(QLatin1String("not available in this version yet")), qPrintable(binary.err));
}

void TestCli::uriWithAPasswordIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("verify user:password@")
        << QStringList{QStringLiteral("verify"), QStringLiteral("postgresql://anna:s3cret@db.example.org/custodian")};
    QTest::newRow("check ?password=") << QStringList{
        QStringLiteral("check"), QStringLiteral("postgres://db.example.org/custodian?password=s3cret"),
        QStringLiteral("--json")};
    QTest::newRow("init user:password@") << QStringList{QStringLiteral("init"),
                                                        QStringLiteral("postgresql://anna:s3cret@db.example.org/c")};
    QTest::newRow("demo user:password@") << QStringList{QStringLiteral("demo"),
                                                        QStringLiteral("postgresql://anna:s3cret@db.example.org/c")};
    QTest::newRow("change-passphrase ?password=")
        << QStringList{QStringLiteral("change-passphrase"), QStringLiteral("postgresql://db/c?password=s3cret")};
}

void TestCli::uriWithAPasswordIsRefused()
{
    QFETCH(QStringList, arguments);
    const Result result = runBinary(arguments);
    // The command line is the wrong place for a password: a usage error, before anything else is said.
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    // It says where a password comes from instead...
    for (const char *source : {"keychain", "PGPASSFILE", "CUSTODIAN_PASSWORD", "terminal"})
        QVERIFY2(result.err.contains(QLatin1String(source)), qPrintable(result.err));
    // ...and never repeats the password.
    QVERIFY2(!result.err.contains(QLatin1String("s3cret")), qPrintable(result.err));
    QCOMPARE(runInProcess(arguments).err, result.err);
}

// Review D4 and D13: bytes that are not UTF-8 would collapse into the same replacement characters,
// so that another file of invalid bytes opened the register; they are refused, and so is a file
// that never ends. Nothing is created.
void TestCli::passphraseFileMustBeOneLineOfText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString binaryKey = dir.filePath(QStringLiteral("ff.key"));
    {
        QFile file(binaryKey);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(12, '\xff'));
    }
    const QString path = dir.filePath(QStringLiteral("r.cstd"));
    const Result invalid = runBinary({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"), binaryKey});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(isOneLineError(invalid.err), qPrintable(invalid.err));
    QVERIFY2(invalid.err.contains(QLatin1String("not UTF-8 text")), qPrintable(invalid.err));
    QVERIFY(!QFileInfo::exists(path));

#ifdef Q_OS_UNIX
    const Result endless = CliTest::runBinary(
        {QStringLiteral("verify"), path, QStringLiteral("--passphrase-file"), QStringLiteral("/dev/zero")}, {},
        QString(), 20000);
    QCOMPARE(endless.exitCode, 1);
    QVERIFY2(endless.err.contains(QLatin1String("larger than 64 KiB")), qPrintable(endless.err));
#endif
}

void TestCli::uriIsRefusedBeforeAnythingIsRead()
{
    // No passphrase is read (stdin is no terminal here, so asking would fail differently), and nothing
    // is created in the working directory, not even a file named like the URI.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &command : registerCommands) {
        const Result result = runBinary({command, QStringLiteral("postgresql://db.example.org/custodian")},
                                        QStringLiteral("a long enough passphrase"), dir.path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("not available in this version yet")), qPrintable(result.err));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    // A usage error still comes first: a URI does not excuse a wrong command line.
    const Result usage =
        runBinary({QStringLiteral("verify"), QStringLiteral("postgresql://db/c"), QStringLiteral("--fast")});
    QCOMPARE(usage.exitCode, 2);
    QCOMPARE(usage.err, QStringLiteral("custodian-cli: Unknown option 'fast'.\n"));
}

void TestCli::strictParsing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("name");
    using Kind = Cli::ParseProblem::Kind;
    const auto row = [](const char *arguments, Kind kind, const char *argument, const char *name) {
        QTest::newRow(*arguments ? arguments : "(empty)")
            << split(arguments) << int(kind) << QString::fromUtf8(argument) << QString::fromUtf8(name);
    };
    row("", Kind::None, "", "");
    row("--value 1 --flag", Kind::None, "", "");
    row("--value=1", Kind::None, "", "");
    row("--value -1", Kind::None, "", "");     // a value may start with a dash
    row("--value --flag", Kind::None, "", ""); // or look like an option
    row("--value --", Kind::None, "", "");     // or be the end-of-options mark
    row("--help", Kind::None, "", "");         // --help is always known
    row("word", Kind::UnexpectedArgument, "word", "");
    row("-", Kind::UnexpectedArgument, "-", "");
    row("-flag", Kind::UnexpectedArgument, "-flag", ""); // options take two dashes here
    row("-h", Kind::UnexpectedArgument, "-h", "");
    row("--h", Kind::UnknownOption, "--h", "h");
    row("--bogus", Kind::UnknownOption, "--bogus", "bogus");
    row("--bogus=1", Kind::UnknownOption, "--bogus=1", "bogus");
    row("--", Kind::UnknownOption, "--", "");
    row("--flag --flag", Kind::Repeated, "--flag", "flag");
    row("--value=1 --value", Kind::Repeated, "--value", "value");
    row("--flag=yes", Kind::UnexpectedValue, "--flag=yes", "flag");
    row("--flag=", Kind::UnexpectedValue, "--flag=", "flag");
    row("--flag --value", Kind::MissingValue, "--value", "value");
    // The first thing wrong, from the left, whatever follows it.
    row("word --bogus", Kind::UnexpectedArgument, "word", "");
    row("--bogus word", Kind::UnknownOption, "--bogus", "bogus");
    row("--flag=yes --bogus", Kind::UnexpectedValue, "--flag=yes", "flag");
    row("--flag --flag=yes", Kind::Repeated, "--flag=yes", "flag");
    row("--value 1 -- word", Kind::UnknownOption, "--", "");
}

void TestCli::strictParsing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, kind);
    QFETCH(QString, argument);
    QFETCH(QString, name);
    QString text;
    QTextStream stream(&text);
    Cli::CommandLine cli(QStringLiteral("test"), stream, stream);
    cli.addOption(QCommandLineOption(QStringLiteral("flag")));
    cli.addOption(QCommandLineOption(QStringLiteral("value"), QString(), QStringLiteral("N")));
    const Cli::ParseProblem problem = cli.parseStrictly(arguments);
    QCOMPARE(int(problem.kind), kind);
    QCOMPARE(problem.argument, argument);
    QCOMPARE(problem.name, name);
    if (problem.kind == Cli::ParseProblem::Kind::None) {
        // The parser holds the whole line; "--value --flag" gives --value the value "--flag".
        const qsizetype flag = arguments.indexOf(QLatin1String("--flag"));
        QCOMPARE(cli.parser().isSet(QStringLiteral("flag")),
                 flag >= 0 && arguments.value(flag - 1) != QLatin1String("--value"));
        if (arguments.size() == 2 && arguments.constFirst() == QLatin1String("--value"))
            QCOMPARE(cli.parser().value(QStringLiteral("value")), arguments.constLast());
        QCOMPARE(cli.helpRequested(), arguments == QStringList{QStringLiteral("--help")});
    }
    QCOMPARE(text, QString()); // it reports, the caller words and writes
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
