// `custodian-cli breach form`: a breach of a register as the answers for the AP's notification form,
// in Dutch by default or in English, printed or written to a file (whole or not at all); a number the
// register does not hold, and wrong command lines. In-process through the commands library, and once
// as the built binary.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "CliTestSupport.h"
#include "RegisterCommands.h"
#include "register/BreachService.h"
#include "storage/Database.h"

using namespace Custodian;
using CliTest::isOneLineError;
using CliTest::Result;
using CliTest::runInProcess;

namespace {

const QByteArray Passphrase = "breach form test passphrase";

QStringList form(const QString &file, const QStringList &more)
{
    return QStringList{QStringLiteral("form"), file} + more;
}

// The sections' titles: lines underlined with "=".
int sectionCount(const QString &text)
{
    static const QRegularExpression underline(QStringLiteral("^=+$"), QRegularExpression::MultilineOption);
    return int(text.count(underline));
}

} // namespace

class TestCliBreachForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void printsTheAnswersInDutch();
    void printsTheAnswersInEnglish();
    void findsTheBreachByUuidOrNumber();
    void writesAFile();
    void aFileThatCannotBeWrittenIsNotLeftHalf();
    void unknownNumber();
    void usageErrors_data();
    void usageErrors();
    void help();
    void binary();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QString m_uuid;
};

void TestCliBreachForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("register.cstd"));
    qputenv("CUSTODIAN_PASSPHRASE", Passphrase);
    const Result created = runInProcess(Cli::runInitCommand, {m_file});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Result added =
        runInProcess(Cli::runBreachCommand, {QStringLiteral("add"), m_file, QStringLiteral("--aware"),
                                             QStringLiteral("2026-03-27T14:30+01:00"), QStringLiteral("--summary"),
                                             QStringLiteral("Laptop stolen from a car"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    m_uuid = QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("uuid")).toString();
    QCOMPARE(m_uuid.size(), 36);

    // More of the breach than `breach add` records: numbers and the nature of the breach.
    Storage::Database database;
    QVERIFY(database.open(m_file, QString::fromUtf8(Passphrase)).isOk());
    Register::BreachService service(database);
    Domain::Breach breach;
    QVERIFY(service.load(m_uuid, &breach).isOk());
    breach.subjectsMin = 1500;
    breach.subjectsMax = 2500;
    breach.effects = {QStringLiteral("read"), QStringLiteral("stolen")};
    QVERIFY(service.save(&breach).isOk());
}

void TestCliBreachForm::cleanup()
{
    qunsetenv("CUSTODIAN_PASSPHRASE");
    m_dir.reset();
}

void TestCliBreachForm::printsTheAnswersInDutch()
{
    const Result result = runInProcess(Cli::runBreachCommand, form(m_file, {QStringLiteral("B-2026-0001")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(sectionCount(result.out), 10);
    QVERIFY2(result.out.contains(QLatin1String("Laptop stolen from a car")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("27 maart 2026")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("1.500")) && result.out.contains(QLatin1String("2.500")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Lezen (vertrouwelijkheid)")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("B-2026-0001")));
    // The same as --lang nl.
    const Result dutch =
        runInProcess(Cli::runBreachCommand,
                     form(m_file, {QStringLiteral("B-2026-0001"), QStringLiteral("--lang"), QStringLiteral("nl")}));
    QCOMPARE(dutch.out, result.out);
}

void TestCliBreachForm::printsTheAnswersInEnglish()
{
    const Result result =
        runInProcess(Cli::runBreachCommand,
                     form(m_file, {QStringLiteral("B-2026-0001"), QStringLiteral("--lang"), QStringLiteral("en")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(sectionCount(result.out), 10);
    QVERIFY2(result.out.startsWith(QLatin1String("About this notification\n=======================\n")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("27 March 2026")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("at least 1,500, at most 2,500")));
    QVERIFY(result.out.contains(QLatin1String("    Read (confidentiality)\n    Stolen\n")));
    // What the register does not hold yet, so that the person sees what to fill in.
    QVERIFY(result.out.contains(QLatin1String("Which groups of people are affected? (not recorded)\n")));
}

void TestCliBreachForm::findsTheBreachByUuidOrNumber()
{
    const Result byNumber = runInProcess(Cli::runBreachCommand, form(m_file, {QStringLiteral("B-2026-0001")}));
    QCOMPARE(byNumber.exitCode, 0);
    for (const QString &wanted : {m_uuid, m_uuid.toUpper(), QStringLiteral("b-2026-0001")}) {
        const Result result = runInProcess(Cli::runBreachCommand, form(m_file, {wanted}));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, byNumber.out);
    }
}

void TestCliBreachForm::writesAFile()
{
    const Result printed = runInProcess(Cli::runBreachCommand, form(m_file, {QStringLiteral("B-2026-0001")}));
    const QString path = m_dir->filePath(QStringLiteral("melding.txt"));
    for (const char *option : {"-o", "--output"}) {
        QFile::remove(path);
        const Result result = runInProcess(Cli::runBreachCommand,
                                           form(m_file, {QStringLiteral("B-2026-0001"), QLatin1String(option), path}));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(path) && result.out.contains(QLatin1String("B-2026-0001")),
                 qPrintable(result.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), printed.out);
    }
}

void TestCliBreachForm::aFileThatCannotBeWrittenIsNotLeftHalf()
{
    const QString path = m_dir->filePath(QStringLiteral("no such folder/melding.txt"));
    const Result result =
        runInProcess(Cli::runBreachCommand, form(m_file, {QStringLiteral("B-2026-0001"), QStringLiteral("-o"), path}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("no such folder"))).exists());
}

void TestCliBreachForm::unknownNumber()
{
    const QString path = m_dir->filePath(QStringLiteral("melding.txt"));
    for (const QString &wanted : {QStringLiteral("B-2026-0099"), QStringLiteral("7a5e8a4c-1111-4c3e-9d5e-0b6f3a1c8eff"),
                                  QStringLiteral("' OR 1=1 --")}) {
        const Result result = runInProcess(Cli::runBreachCommand, form(m_file, {wanted, QStringLiteral("-o"), path}));
        // As a register that cannot be opened: the operation failed, exit code 1.
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(wanted), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
}

void TestCliBreachForm::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the line after "custodian-cli: ", or empty for any
    QTest::newRow("no number") << QStringList{QStringLiteral("form"), QStringLiteral("FILE")}
                               << QStringLiteral("breach form needs a register file and a breach number or uuid");
    QTest::newRow("nothing") << QStringList{QStringLiteral("form")}
                             << QStringLiteral("breach form needs a register file and a breach number or uuid");
    QTest::newRow("two numbers") << QStringList{QStringLiteral("form"), QStringLiteral("FILE"),
                                                QStringLiteral("B-2026-0001"), QStringLiteral("B-2026-0002")}
                                 << QStringLiteral("breach form needs a register file and a breach number or uuid");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("form"), QStringLiteral("FILE"),
                                                     QStringLiteral("B-2026-0001"), QStringLiteral("--lang"),
                                                     QStringLiteral("fr")}
                                      << QStringLiteral("unknown language 'fr'; the languages are nl and en");
    QTest::newRow("no file name") << QStringList{QStringLiteral("form"), QStringLiteral("FILE"),
                                                 QStringLiteral("B-2026-0001"), QStringLiteral("-o")}
                                  << QString();
    QTest::newRow("empty file name") << QStringList{QStringLiteral("form"), QStringLiteral("FILE"),
                                                    QStringLiteral("B-2026-0001"), QStringLiteral("--output=")}
                                     << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("form"), QStringLiteral("FILE"),
                                                   QStringLiteral("B-2026-0001"), QStringLiteral("--json")}
                                    << QStringLiteral("Unknown option 'json'.");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("print"), QStringLiteral("FILE")}
                                        << QStringLiteral("unknown subcommand 'print' of breach (try breach --help)");
}

void TestCliBreachForm::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_file);
    const Result result = runInProcess(Cli::runBreachCommand, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    if (!expected.isEmpty())
        QCOMPARE(result.err, QString(QLatin1String("custodian-cli: ") + expected + QLatin1Char('\n')));
    QVERIFY(result.out.isEmpty());
}

void TestCliBreachForm::help()
{
    const Result result = runInProcess(Cli::runBreachCommand, {QStringLiteral("form"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("custodian-cli breach form REGISTER NUMBER|UUID")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("--lang LANGUAGE")));
    // breach --help shows each subcommand.
    const Result both = runInProcess(Cli::runBreachCommand, {QStringLiteral("--help")});
    QCOMPARE(both.exitCode, 0);
    QVERIFY(both.out.contains(QLatin1String("custodian-cli breach add REGISTER")));
    QVERIFY(both.out.contains(QLatin1String("custodian-cli breach form REGISTER")));
}

void TestCliBreachForm::binary()
{
    const QHash<QString, QString> env = {{QStringLiteral("CUSTODIAN_PASSPHRASE"), QString::fromUtf8(Passphrase)}};
    const Result result = CliTest::runBinary(
        {QStringLiteral("breach"), QStringLiteral("form"), m_file, QStringLiteral("B-2026-0001")}, env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(result.out, runInProcess(Cli::runBreachCommand, form(m_file, {QStringLiteral("B-2026-0001")})).out);
    const Result unknown = CliTest::runBinary(
        {QStringLiteral("breach"), QStringLiteral("form"), m_file, QStringLiteral("B-2025-0001")}, env);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(isOneLineError(unknown.err), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBreachForm)
#include "tst_cli_breachform.moc"
