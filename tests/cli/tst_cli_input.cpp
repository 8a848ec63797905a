// Bad input at custodian-cli's edges: arguments that are not UTF-8 (review D12), and the small cases of review D16
// (an empty --passphrase-file=, COMMAND --help, --version with more after it, a second line in a passphrase file).
// The built binary, run the way a person or a script runs it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "ArgumentEncoding.h"
#include "CliTestSupport.h"
#include "ProcessTestSupport.h"

namespace {

using CliTest::isOneLineError;
using CliTest::Result;

const QString passphrase = QStringLiteral("a long enough passphrase");

Result runBinary(const QStringList &arguments, const QHash<QString, QString> &extra = {})
{
    return CliTest::runBinary(arguments, extra);
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT

private slots:
    void findsArgumentsThatAreNotUtf8_data();
    void findsArgumentsThatAreNotUtf8();
    void nonUtf8ArgumentIsRefused_data();
    void nonUtf8ArgumentIsRefused();
    void utf8FileNamesWork();

    void emptyPassphraseFileIsAUsageError_data();
    void emptyPassphraseFileIsAUsageError();
    void commandHelp_data();
    void commandHelp();
    void versionTakesNothingMore_data();
    void versionTakesNothingMore();
    void passphraseFileHoldsOneLine();
};

void TestCliInput::findsArgumentsThatAreNotUtf8_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<QString>("escaped"); // empty: UTF-8
    const auto row = [](const char *name, const QByteArray &argument, const char *escaped) {
        QTest::newRow(name) << argument << QString::fromUtf8(escaped);
    };
    row("ASCII", "register.cst", "");
    row("UTF-8 café", "caf\xc3\xa9.cst", "");
    row("UTF-8 four bytes", "\xf0\x9f\x93\x81.cst", "");
    row("empty", "", "");
    row("Latin-1 café", "caf\xe9.cst", "caf\\xE9.cst");
    row("two bytes", "bad\xff\xfename.cst", "bad\\xFF\\xFEname.cst");
    row("valid, then not", "caf\xc3\xa9-caf\xe9", "caf\xc3\xa9-caf\\xE9");
    row("overlong slash", "\xc0\xaf", "\\xC0\\xAF");
    row("surrogate", "\xed\xa0\x80", "\\xED\\xA0\\x80");
    row("above U+10FFFF", "\xf4\x90\x80\x80", "\\xF4\\x90\\x80\\x80");
    row("cut short", "euro\xe2\x82", "euro\\xE2\\x82");
    row("stray continuation", "a\x80z", "a\\x80z");
}

void TestCliInput::findsArgumentsThatAreNotUtf8()
{
    QFETCH(QByteArray, argument);
    QFETCH(QString, escaped);
    QByteArray program("custodian-cli");
    QByteArray first("verify");
    const char *argv[] = {program.constData(), first.constData(), argument.constData(), nullptr};
    const std::optional<QString> found = Custodian::firstNonUtf8Argument(3, argv);
#ifdef Q_OS_WIN
    QVERIFY(!found); // Windows hands over UTF-16
#else
    QCOMPARE(found.has_value(), !escaped.isEmpty());
    if (found)
        QCOMPARE(*found, escaped);
#endif
    // The program's own name is not an argument.
    const char *onlyProgram[] = {argument.constData(), nullptr};
    QVERIFY(!Custodian::firstNonUtf8Argument(1, onlyProgram));
}

void TestCliInput::nonUtf8ArgumentIsRefused_data()
{
    QTest::addColumn<QList<QByteArray>>("arguments"); // DIR stands for the test's folder
    QTest::addColumn<QString>("named");
    const auto row = [](const char *name, const QList<QByteArray> &arguments, const char *named) {
        QTest::newRow(name) << arguments << QString::fromUtf8(named);
    };
    // The file caf\xE9.cst exists; Qt would read its name as caf\uFFFD.cst, which does not.
    row("verify an existing Latin-1 file", {"verify", "DIR/caf\xe9.cst"}, "caf\\xE9.cst");
    row("check", {"check", "DIR/caf\xe9.cst", "--json"}, "caf\\xE9.cst");
    row("change-passphrase", {"change-passphrase", "DIR/caf\xe9.cst"}, "caf\\xE9.cst");
    // init and demo created bad\uFFFD\uFFFDname.cst, a file of another name.
    row("init", {"init", "DIR/bad\xff\xfename.cst"}, "bad\\xFF\\xFEname.cst");
    row("demo", {"demo", "DIR/bad\xff\xfename.cst"}, "bad\\xFF\\xFEname.cst");
    row("--passphrase-file", {"verify", "DIR/good.cst", "--passphrase-file", "DIR/p\xe4ss.txt"}, "p\\xE4ss.txt");
    row("--passphrase-file=", {"init", "DIR/new.cst", "--passphrase-file=DIR/p\xe4ss.txt"}, "p\\xE4ss.txt");
    row("--new-passphrase-file", {"change-passphrase", "DIR/good.cst", "--new-passphrase-file", "DIR/n\xe9w.txt"},
        "n\\xE9w.txt");
    row("text, not a file", {"init", "DIR/new.cst", "--organisation", "Caf\xe9 B.V."}, "Caf\\xE9 B.V.");
    row("deadline", {"deadline", "holidays", "--year", "2026", "--calendar", "N\xcc"}, "N\\xCC");
}

void TestCliInput::nonUtf8ArgumentIsRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("Windows hands programs their arguments as UTF-16");
#else
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray folder = QFile::encodeName(dir.path());
    const ProcessTest::RawNamedFile latin1Register(folder + "/caf\xe9.cst", QByteArray(4096, 'x'));
    const ProcessTest::RawNamedFile latin1Passphrase(folder + "/p\xe4ss.txt", passphrase.toUtf8());
    QVERIFY(latin1Register.isValid() && latin1Passphrase.isValid());
    const QStringList before = entries(dir.path());
    for (QByteArray &argument : arguments)
        argument.replace("DIR", folder);

    const ProcessTest::Result result = ProcessTest::runRaw(QStringLiteral(CUSTODIAN_CLI_PATH), arguments,
                                                           {{QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase},
                                                            {QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"), passphrase}});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("is not valid UTF-8 text")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("rename the file")), qPrintable(result.err));
    QVERIFY2(result.err.contains(named), qPrintable(result.err)); // named as given, not with U+FFFD
    QVERIFY2(!result.err.contains(QChar(0xFFFD)), qPrintable(result.err));
    // Nothing opened, nothing created: no file of another name.
    QCOMPARE(entries(dir.path()), before);
#endif
}

void TestCliInput::utf8FileNamesWork()
{
    // The refusal is about bytes, not about letters: a UTF-8 name with accents is an ordinary name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("café — Ærø.cst"));
    const QHash<QString, QString> environment{{QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase}};
    const Result created = runBinary(
        {QStringLiteral("init"), path, QStringLiteral("--organisation"), QStringLiteral("Café Ærø B.V.")}, environment);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(QFileInfo::exists(path));
    const Result verified = runBinary({QStringLiteral("verify"), path}, environment);
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY(verified.out.contains(QStringLiteral("café — Ærø.cst")));
}

void TestCliInput::emptyPassphraseFileIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("verify --passphrase-file=")
        << QStringList{QStringLiteral("verify"), QStringLiteral("DIR/r.cst"), QStringLiteral("--passphrase-file=")}
        << QStringLiteral("passphrase-file");
    QTest::newRow("verify --passphrase-file ''") << QStringList{QStringLiteral("verify"), QStringLiteral("DIR/r.cst"),
                                                                QStringLiteral("--passphrase-file"), QString()}
                                                 << QStringLiteral("passphrase-file");
    QTest::newRow("init --passphrase-file=")
        << QStringList{QStringLiteral("init"), QStringLiteral("DIR/new.cst"), QStringLiteral("--passphrase-file=")}
        << QStringLiteral("passphrase-file");
    QTest::newRow("change-passphrase --new-passphrase-file=")
        << QStringList{QStringLiteral("change-passphrase"), QStringLiteral("DIR/r.cst"),
                       QStringLiteral("--new-passphrase-file=")}
        << QStringLiteral("new-passphrase-file");
}

void TestCliInput::emptyPassphraseFileIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QHash<QString, QString> environment{{QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase},
                                              {QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"), passphrase}};
    const Result created = runBinary({QStringLiteral("init"), dir.filePath(QStringLiteral("r.cst"))}, environment);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QStringList before = entries(dir.path());
    for (QString &argument : arguments)
        argument.replace(QLatin1String("DIR"), dir.path());

    // An empty value names no file; it must not fall back to the environment variable without a word.
    const Result result = runBinary(arguments, environment);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err,
             QStringLiteral("custodian-cli: option '--%1' needs a file name, not an empty value\n").arg(option));
    QCOMPARE(entries(dir.path()), before);
}

void TestCliInput::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("startsWith");
    const auto row = [](const char *arguments, const char *startsWith) {
        QTest::newRow(arguments) << CliTest::split(arguments) << QString::fromUtf8(startsWith);
    };
    // The review saw "Unknown option 'help'" for `verify --help`.
    for (const char *command : {"init", "verify", "change-passphrase", "check", "demo"}) {
        const QByteArray help = QByteArray(command) + " --help";
        const QByteArray usage = QByteArray("Usage: custodian-cli ") + command + ' ';
        QTest::newRow(help.constData()) << CliTest::split(help.constData()) << QString::fromUtf8(usage);
        const QByteArray helpFirst = QByteArray("help ") + command;
        QTest::newRow(helpFirst.constData()) << CliTest::split(helpFirst.constData()) << QString::fromUtf8(usage);
    }
    row("deadline --help", "Usage:\n  custodian-cli deadline request");
    row("help deadline", "Usage:\n  custodian-cli deadline request");
    row("--help deadline", "Usage:\n  custodian-cli deadline request");
}

void TestCliInput::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, startsWith);
    const Result result = runBinary(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.startsWith(startsWith), qPrintable(result.out));
    // `help COMMAND` is `COMMAND --help`.
    if (arguments.constFirst() == QLatin1String("help"))
        QCOMPARE(result.out, runBinary({arguments.at(1), QStringLiteral("--help")}).out);
}

void TestCliInput::versionTakesNothingMore_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *arguments, const char *expected) {
        QTest::newRow(arguments) << CliTest::split(arguments) << QString::fromUtf8(expected);
    };
    row("--version extra", "custodian-cli: unexpected argument 'extra' after --version\n");
    row("--version verify a.cst", "custodian-cli: unexpected argument 'verify' after --version\n");
    row("--version --help", "custodian-cli: unexpected argument '--help' after --version\n");
    row("help bogus", "custodian-cli: unexpected argument 'bogus' after help (try --help)\n");
    row("--help verify a.cst", "custodian-cli: unexpected argument 'verify' after --help (try --help)\n");
}

void TestCliInput::versionTakesNothingMore()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = runBinary(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, expected);
    const Result version = runBinary({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("custodian-cli " CUSTODIAN_VERSION "\n"));
}

void TestCliInput::passphraseFileHoldsOneLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("r.cst"));
    const QString twoLines = dir.filePath(QStringLiteral("two-lines.txt"));
    QVERIFY(writeFile(twoLines, "correct horse battery\nstaple\n"));
    const QString crlf = dir.filePath(QStringLiteral("crlf.txt"));
    QVERIFY(writeFile(crlf, "correct horse battery\r\n"));

    // A second line would have become part of the passphrase, which only this file could then type.
    const Result refused = runBinary({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"), twoLines});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err, QStringLiteral("custodian-cli: the passphrase file %1 holds more than one line: it must "
                                         "hold one line, the passphrase\n")
                              .arg(twoLines));
    QVERIFY(!QFileInfo::exists(path));

    // One line with the line end an editor or `echo` writes, also CRLF, is the passphrase without it.
    const Result created = runBinary({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"), crlf});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Result verified =
        runBinary({QStringLiteral("verify"), path},
                  {{QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("correct horse battery")}});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cli_input.moc"
