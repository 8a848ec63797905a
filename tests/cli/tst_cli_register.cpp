// `custodian-cli demo` and `custodian-cli check`: run in-process through runDemoCommand and
// runCheckCommand, and as the built binary (demo, then verify and check, the way a script runs them).
// The binary's check/demo cases are skipped until the dispatcher knows the two commands.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include "CliTestSupport.h"
#include "RegisterCommands.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "storage/Database.h"

using namespace Custodian;

namespace {

using CliTest::isOneLineError;
using CliTest::Result;

using CliTest::runInProcess;

Result runBinary(const QStringList &arguments, const QString &passphrase = QString())
{
    QHash<QString, QString> extra;
    if (!passphrase.isEmpty())
        extra.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase);
    return CliTest::runBinary(arguments, extra);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void demoWithTheDefaultPassphrase();
    void demoWithAPassphraseFile();
    void demoRefusesAnExistingFile();
    void usageErrors_data();
    void usageErrors();
    void checkJson();
    void checkHumanOutput();
    void checkShowsTheLegalModelRules();
    void checkDoesNotChangeTheFile();
    void checkFailures();
    void binaryDemoThenVerify();
    void binaryCheckJson();
    void activityEstablishVersionsDiff();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString demo();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv("CUSTODIAN_PASSPHRASE");
}

void TestCliRegister::cleanup()
{
    qunsetenv("CUSTODIAN_PASSPHRASE");
    m_dir.reset();
}

QString TestCliRegister::demo()
{
    const QString file = path(QStringLiteral("demo.cstd"));
    const Result result = runInProcess(Cli::runDemoCommand, {file});
    if (result.exitCode != 0)
        qWarning() << "demo failed:" << result.err;
    return file;
}

void TestCliRegister::demoWithTheDefaultPassphrase()
{
    const QString file = path(QStringLiteral("demo.cstd"));
    const Result result = runInProcess(Cli::runDemoCommand, {file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(QDir::toNativeSeparators(file)));
    QVERIFY2(result.out.contains(Register::DemoRegister::passphrase()), qPrintable(result.out));
    Storage::Database database;
    QVERIFY(database.open(file, Register::DemoRegister::passphrase(), Storage::Database::Mode::ReadOnly).isOk());
    QVERIFY(result.out.contains(database.registerId()));
}

void TestCliRegister::demoWithAPassphraseFile()
{
    const QString secret = path(QStringLiteral("secret.txt"));
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my own demo passphrase\n");
    file.close();
    const QString target = path(QStringLiteral("demo.cstd"));
    const Result result = runInProcess(Cli::runDemoCommand, {target, QStringLiteral("--passphrase-file"), secret});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(Register::DemoRegister::passphrase()));
    Storage::Database database;
    QVERIFY(database.open(target, QStringLiteral("my own demo passphrase")).isOk());

    // The environment variable is one of the usual sources too.
    qputenv("CUSTODIAN_PASSPHRASE", "from the environment");
    const QString second = path(QStringLiteral("second.cstd"));
    QCOMPARE(runInProcess(Cli::runDemoCommand, {second}).exitCode, 0);
    Storage::Database other;
    QVERIFY(other.open(second, QStringLiteral("from the environment")).isOk());
}

void TestCliRegister::demoRefusesAnExistingFile()
{
    const QString file = demo();
    const QByteArray before = fileBytes(file);
    const Result result = runInProcess(Cli::runDemoCommand, {file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    QCOMPARE(fileBytes(file), before);

    qputenv("CUSTODIAN_PASSPHRASE", "short");
    const QString weak = path(QStringLiteral("weak.cstd"));
    const Result tooShort = runInProcess(Cli::runDemoCommand, {weak});
    QCOMPARE(tooShort.exitCode, 1);
    QVERIFY(isOneLineError(tooShort.err));
    QVERIFY(!QFile::exists(weak));
}

void TestCliRegister::usageErrors_data()
{
    QTest::addColumn<bool>("check");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("check without file") << true << QStringList();
    QTest::newRow("check with two files") << true << QStringList({QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("check unknown option") << true << QStringList({QStringLiteral("a"), QStringLiteral("--fast")});
    QTest::newRow("demo without file") << false << QStringList();
    QTest::newRow("demo with --json") << false << QStringList({QStringLiteral("a"), QStringLiteral("--json")});
}

void TestCliRegister::usageErrors()
{
    QFETCH(bool, check);
    QFETCH(QStringList, arguments);
    const Result result = runInProcess(check ? Cli::runCheckCommand : Cli::runDemoCommand, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCliRegister::checkJson()
{
    const QString file = demo();
    qputenv("CUSTODIAN_PASSPHRASE", Register::DemoRegister::passphrase().toUtf8());
    const Result result = runInProcess(Cli::runCheckCommand, {file, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0); // findings are not a failure
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray findings = document.array();
    QCOMPARE(findings.size(), 2);
    const QStringList keys = {QStringLiteral("entity"), QStringLiteral("field"),    QStringLiteral("message"),
                              QStringLiteral("name"),   QStringLiteral("severity"), QStringLiteral("uuid")};
    for (const QJsonValue &value : findings)
        QCOMPARE(value.toObject().keys(), keys);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("agreement"));
}

void TestCliRegister::checkShowsTheLegalModelRules()
{
    // The demo with three things an AP audit would raise (DOMAIN-REVIEW.md A1, A10, A13), made through the
    // services as the app would; `check --json` then names each with its article.
    const QString file = demo();
    {
        Storage::Database database;
        const Status opened = database.open(file, Register::DemoRegister::passphrase());
        QVERIFY2(opened, qPrintable(opened.message()));
        Register::ActivityService activities(database);
        QList<Domain::ProcessingActivity> list;
        QVERIFY(activities.list(&list));
        for (Domain::ProcessingActivity activity : std::as_const(list)) {
            if (activity.name != QLatin1String("Customer relationship in third-party applications"))
                continue;
            activity.agreementUuids.clear();                   // A1: processors without a linked agreement
            activity.dpiaRequired = QStringLiteral("unknown"); // A10: not assessed, on an approved record
            activity.transfers.first().mechanism = QStringLiteral("adequacy"); // A13: the US only through the DPF
            const Status saved = activities.save(&activity);
            QVERIFY2(saved, qPrintable(saved.message()));
        }
    }
    qputenv("CUSTODIAN_PASSPHRASE", Register::DemoRegister::passphrase().toUtf8());
    const Result result = runInProcess(Cli::runCheckCommand, {file, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray findings = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QStringList seen;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("name")).toString() == QLatin1String("Customer relationship in third-party "
                                                                              "applications"))
            seen << finding.value(QStringLiteral("field")).toString() + QLatin1Char(' ') +
                        finding.value(QStringLiteral("severity")).toString() + QLatin1Char(' ') +
                        finding.value(QStringLiteral("message")).toString();
    }
    const QString all = seen.join(QLatin1Char('\n'));
    // Three processors without their agreement (Klantwolk, its sub-processor Cloudstack, whose chain hangs
    // below the unlinked Klantwolk agreement, and Factuurgemak), the DPIA not assessed, the US adequacy.
    QCOMPARE(seen.filter(QStringLiteral("agreementUuids error")).size(), 3);
    QVERIFY2(all.contains(QLatin1String("Klantwolk Ltd.")) && all.contains(QLatin1String("Art. 28(3)")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("dpiaRequired error")) && all.contains(QLatin1String("Art. 35(1)")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("transfers error")) && all.contains(QLatin1String("Data Privacy Framework")),
             qPrintable(all));
}

void TestCliRegister::checkHumanOutput()
{
    const QString file = demo();
    qputenv("CUSTODIAN_PASSPHRASE", Register::DemoRegister::passphrase().toUtf8());
    const Result result = runInProcess(Cli::runCheckCommand, {file});
    QCOMPARE(result.exitCode, 0);
    // Grouped per item: a heading, then the item's findings indented.
    QVERIFY2(
        result.out.contains(QLatin1String("Processing activity \"Website and e-mail\"\n  warning [storageLocation] ")),
        qPrintable(result.out));
    QVERIFY2(
        result.out.contains(QLatin1String("Agreement \"Processing agreement Klantwolk CRM\"\n  error [clauses.h] ")),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("Art. 28(3)(h)")));
    QVERIFY(result.out.trimmed().endsWith(QLatin1String("note(s)")) ||
            result.out.trimmed().endsWith(QLatin1String("notes")));
}

void TestCliRegister::checkDoesNotChangeTheFile()
{
    const QString file = demo();
    const QByteArray before = fileBytes(file);
    qputenv("CUSTODIAN_PASSPHRASE", Register::DemoRegister::passphrase().toUtf8());
    QCOMPARE(runInProcess(Cli::runCheckCommand, {file}).exitCode, 0);
    QCOMPARE(fileBytes(file), before);
}

void TestCliRegister::checkFailures()
{
    const QString file = demo();
    qputenv("CUSTODIAN_PASSPHRASE", "the wrong passphrase");
    Result result = runInProcess(Cli::runCheckCommand, {file, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    qunsetenv("CUSTODIAN_PASSPHRASE");
    result =
        runInProcess(Cli::runCheckCommand, {path(QStringLiteral("missing.cstd")), QStringLiteral("--passphrase-file"),
                                            path(QStringLiteral("no-such-file"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(isOneLineError(result.err));
    qputenv("CUSTODIAN_PASSPHRASE", "whatever passphrase");
    result = runInProcess(Cli::runCheckCommand, {path(QStringLiteral("missing.cstd"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(isOneLineError(result.err));
}

void TestCliRegister::binaryDemoThenVerify()
{
    const QString file = path(QStringLiteral("demo.cstd"));
    const Result probe = runBinary({QStringLiteral("demo"), file});
    if (probe.exitCode == 2 && probe.err.contains(QLatin1String("unknown command"))) {
        // Not dispatched yet: write the demo in-process, and still check the binary can verify it.
        QCOMPARE(runInProcess(Cli::runDemoCommand, {file}).exitCode, 0);
    } else {
        QCOMPARE(probe.exitCode, 0);
        QVERIFY(probe.out.contains(Register::DemoRegister::passphrase()));
    }
    const Result verify =
        runBinary({QStringLiteral("verify"), file, QStringLiteral("--json")}, Register::DemoRegister::passphrase());
    QCOMPARE(verify.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(verify.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), Storage::Database::supportedSchemaVersion());
}

void TestCliRegister::binaryCheckJson()
{
    const QString file = demo();
    const Result result =
        runBinary({QStringLiteral("check"), file, QStringLiteral("--json")}, Register::DemoRegister::passphrase());
    if (result.exitCode == 2 && result.err.contains(QLatin1String("unknown command")))
        QSKIP("custodian-cli does not dispatch `check` yet (app/cli/CliCommands.cpp)");
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), 2);
    for (const QJsonValue &value : document.array()) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"entity", "uuid", "name", "field", "severity", "message"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);
    }
}

// `activity establish`, `versions` and `diff` on the demo: an approved activity is established as its
// next version with its URI, listed as established, and compared with its working record after an edit,
// in Dutch on request; a draft and an unknown number are refused with one line.
void TestCliRegister::activityEstablishVersionsDiff()
{
    const QString file = demo();
    qputenv("CUSTODIAN_PASSPHRASE", Register::DemoRegister::passphrase().toUtf8());
    Domain::ProcessingActivity approved;
    Domain::ProcessingActivity draft;
    {
        Storage::Database database;
        const Status opened = database.open(file, Register::DemoRegister::passphrase());
        QVERIFY2(opened, qPrintable(opened.message()));
        Register::ActivityService activities(database);
        QList<Domain::ProcessingActivity> list;
        QVERIFY(activities.list(&list));
        QVERIFY(list.size() >= 2);
        approved = list.at(0);
        draft = list.at(1);
        QCOMPARE(approved.status, QStringLiteral("approved"));
        draft.status = QStringLiteral("in_review");
        QVERIFY(activities.save(&draft));
        QVERIFY(approved.number.startsWith(QLatin1String("VA-")));
        // Whatever the demo established, this says something new.
        approved.description = QStringLiteral("Established from the command line");
        QVERIFY(activities.save(&approved));
    }
    Result result = runInProcess(Cli::runActivityCommand,
                                 {QStringLiteral("establish"), file, approved.number, QStringLiteral("--note"),
                                  QStringLiteral("Reviewed"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject established = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const int number = established.value(QStringLiteral("version")).toInt();
    QVERIFY(number >= 1);
    QCOMPARE(established.value(QStringLiteral("state")).toString(), QStringLiteral("established"));
    QCOMPARE(established.value(QStringLiteral("change_note")).toString(), QStringLiteral("Reviewed"));
    QVERIFY(established.value(QStringLiteral("uri"))
                .toString()
                .endsWith(QStringLiteral("/activity/%1/%2").arg(approved.uuid).arg(number)));

    result = runInProcess(Cli::runActivityCommand, {QStringLiteral("versions"), file, approved.number});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Activity version %1 · Established").arg(number)),
             qPrintable(result.out));

    result = runInProcess(Cli::runActivityCommand, {QStringLiteral("diff"), file, approved.number});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("%1 says what its activity version %2 says.").arg(approved.number).arg(number));
    {
        Storage::Database database;
        QVERIFY(database.open(file, Register::DemoRegister::passphrase()));
        Register::ActivityService activities(database);
        QVERIFY(activities.find(approved.uuid, &approved));
        approved.purpose = QStringLiteral("A purpose rewritten after establishing");
        QVERIFY(activities.save(&approved));
    }
    result =
        runInProcess(Cli::runActivityCommand, {QStringLiteral("diff"), file, approved.number, QStringLiteral("--lang"),
                                               QStringLiteral("nl"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray lines =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("differences")).toArray();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).toString().startsWith(QStringLiteral("Doel")) &&
                 lines.at(0).toString().contains(QStringLiteral("A purpose rewritten after establishing")),
             qPrintable(lines.at(0).toString()));

    result = runInProcess(Cli::runActivityCommand, {QStringLiteral("establish"), file, draft.number});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result.err) && result.err.contains(QStringLiteral("approved")), qPrintable(result.err));
    result = runInProcess(Cli::runActivityCommand, {QStringLiteral("versions"), file, QStringLiteral("VA-9999")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    result = runInProcess(Cli::runActivityCommand, {QStringLiteral("rename"), file});
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cli_register.moc"
