// `custodian-cli request add`, `requests`, `breach add` and `breaches`: in-process through the commands
// library and once as the built binary, the way a script logs a request and reads the cases back.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include "CliTestSupport.h"
#include "RegisterCommands.h"
#include "register/RequestService.h"
#include "register/queries/DueList.h"
#include "storage/Database.h"

using namespace Custodian;
using CliTest::isOneLineError;
using CliTest::Result;

namespace {

const QByteArray Passphrase = "requests test passphrase";

using CliTest::runInProcess;

QStringList words(const char *text)
{
    return CliTest::split(text);
}

QJsonDocument parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << text;
    return document;
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addPrintsTheNumberAndTheDates();
    void addHumanOutput();
    void listsTheCasesMostUrgentFirst();
    void usageErrors_data();
    void usageErrors();
    void wrongPassphraseChangesNothing();
    void binaryAddThenList();
    void breachAddAndList();
    void breachUsageErrors_data();
    void breachUsageErrors();
    void dueListsWhatIsOverdueOrSoon();
    void dueWritesACalendar();
    void dueUsageErrors_data();
    void dueUsageErrors();

private:
    void fillForDue();
    QStringList add(const char *options) const { return QStringList{QStringLiteral("add"), m_file} + words(options); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestCliRequests::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("register.cstd"));
    qputenv("CUSTODIAN_PASSPHRASE", Passphrase);
    const Result created = runInProcess(Cli::runInitCommand, {m_file});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
}

void TestCliRequests::cleanup()
{
    qunsetenv("CUSTODIAN_PASSPHRASE");
    m_dir.reset();
}

void TestCliRequests::addPrintsTheNumberAndTheDates()
{
    const Result result = runInProcess(Cli::runRequestCommand,
                                       add("--received 2026-03-03 --rights access,erasure --requester Femke --json"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonObject json = parse(result.out).object();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("act_by"), QStringLiteral("due"), QStringLiteral("number"),
                                       QStringLiteral("target"), QStringLiteral("uuid")}));
    QCOMPARE(json.value(QStringLiteral("number")).toString(), QStringLiteral("R-2026-0001"));
    // One month from 3 March 2026 ends on Good Friday: due after Easter Monday, act by the Friday.
    QCOMPARE(json.value(QStringLiteral("due")).toString(), QStringLiteral("2026-04-07"));
    QCOMPARE(json.value(QStringLiteral("act_by")).toString(), QStringLiteral("2026-04-03"));
    QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("2026-03-27"));
    QCOMPARE(json.value(QStringLiteral("uuid")).toString().size(), 36);

    const Result second =
        runInProcess(Cli::runRequestCommand, add("--received 2026-05-01 --rights access --requester Jan --json"));
    QCOMPARE(parse(second.out).object().value(QStringLiteral("number")).toString(), QStringLiteral("R-2026-0002"));
}

void TestCliRequests::addHumanOutput()
{
    const Result result = runInProcess(
        Cli::runRequestCommand, add("--received 2026-01-31 --rights rectification --requester Jan --channel letter"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("R-2026-0001")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("2026-03-02")));
    QVERIFY(result.out.contains(QLatin1String("2026-02-23")));
}

void TestCliRequests::listsTheCasesMostUrgentFirst()
{
    QCOMPARE(runInProcess(Cli::runRequestCommand,
                          add("--received 2026-05-01 --rights automated-decision --requester Jan --channel in-person"))
                 .exitCode,
             0);
    QCOMPARE(runInProcess(Cli::runRequestCommand,
                          add("--received 2026-03-15 --rights access,withdraw-consent --requester Femke"))
                 .exitCode,
             0);
    const Result result = runInProcess(Cli::runRequestsCommand, {m_file, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray cases = parse(result.out).array();
    QCOMPARE(cases.size(), 2);
    const QJsonObject first = cases.at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("act_by"), QStringLiteral("due"), QStringLiteral("extended"),
                                        QStringLiteral("number"), QStringLiteral("received"), QStringLiteral("rights"),
                                        QStringLiteral("status"), QStringLiteral("target"), QStringLiteral("uuid")}));
    QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("R-2026-0002"));
    QCOMPARE(first.value(QStringLiteral("received")).toString(), QStringLiteral("2026-03-15"));
    QCOMPARE(first.value(QStringLiteral("act_by")).toString(), QStringLiteral("2026-04-15"));
    QCOMPARE(first.value(QStringLiteral("rights")).toArray(),
             (QJsonArray{QStringLiteral("access"), QStringLiteral("withdraw-consent")}));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QCOMPARE(first.value(QStringLiteral("extended")).toBool(), false);
    QCOMPARE(cases.at(1).toObject().value(QStringLiteral("rights")).toArray(),
             QJsonArray{QStringLiteral("automated-decision")});

    const Result none =
        runInProcess(Cli::runRequestsCommand,
                     {m_file, QStringLiteral("--status"), QStringLiteral("in-progress"), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(parse(none.out).array().size(), 0);
    const Result human = runInProcess(Cli::runRequestsCommand, {m_file});
    QCOMPARE(human.out.count(QLatin1Char('\n')), 2);
    QVERIFY(human.out.indexOf(QLatin1String("R-2026-0002")) < human.out.indexOf(QLatin1String("R-2026-0001")));
}

void TestCliRequests::usageErrors_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<QString>("arguments");
    QTest::newRow("no subcommand") << false << QString();
    QTest::newRow("unknown subcommand") << false << QStringLiteral("remove FILE");
    QTest::newRow("no received") << false << QStringLiteral("add FILE --rights access --requester A");
    QTest::newRow("no rights") << false << QStringLiteral("add FILE --received 2026-03-03 --requester A");
    QTest::newRow("no requester") << false << QStringLiteral("add FILE --received 2026-03-03 --rights access");
    QTest::newRow("bad date") << false
                              << QStringLiteral("add FILE --received 2026-02-30 --rights access --requester A");
    QTest::newRow("unknown right") << false
                                   << QStringLiteral("add FILE --received 2026-03-03 --rights complaint --requester A");
    QTest::newRow("unknown channel")
        << false << QStringLiteral("add FILE --received 2026-03-03 --rights access --requester A --channel fax");
    QTest::newRow("unknown status") << true << QStringLiteral("FILE --status open");
    QTest::newRow("two files") << true << QStringLiteral("FILE FILE");
}

void TestCliRequests::usageErrors()
{
    QFETCH(bool, list);
    QFETCH(QString, arguments);
    QStringList argv = arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    argv.replaceInStrings(QStringLiteral("FILE"), m_file);
    const QByteArray before = [this] {
        QFile file(m_file);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Result result = runInProcess(list ? Cli::runRequestsCommand : Cli::runRequestCommand, argv);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCliRequests::wrongPassphraseChangesNothing()
{
    qputenv("CUSTODIAN_PASSPHRASE", "not the passphrase at all");
    const Result result =
        runInProcess(Cli::runRequestCommand, add("--received 2026-03-03 --rights access --requester A"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    qputenv("CUSTODIAN_PASSPHRASE", Passphrase);
    const Result list = runInProcess(Cli::runRequestsCommand, {m_file, QStringLiteral("--json")});
    QCOMPARE(parse(list.out).array().size(), 0);
}

void TestCliRequests::binaryAddThenList()
{
    const QHash<QString, QString> env = {{QStringLiteral("CUSTODIAN_PASSPHRASE"), QString::fromUtf8(Passphrase)}};
    const Result added =
        CliTest::runBinary({QStringLiteral("request"), QStringLiteral("add"), m_file, QStringLiteral("--received"),
                            QStringLiteral("2026-12-31"), QStringLiteral("--rights"), QStringLiteral("portability"),
                            QStringLiteral("--requester"), QStringLiteral("Sanne Öztürk"), QStringLiteral("--json")},
                           env);
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(parse(added.out).object().value(QStringLiteral("due")).toString(), QStringLiteral("2027-02-01"));
    const Result listed = CliTest::runBinary({QStringLiteral("requests"), m_file, QStringLiteral("--json")}, env);
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray cases = parse(listed.out).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("R-2026-0001"));

    // "--requester -": the name comes from standard input, not from the command line the shell keeps.
    const Result piped =
        CliTest::runBinary({QStringLiteral("request"), QStringLiteral("add"), m_file, QStringLiteral("--received"),
                            QStringLiteral("2026-12-31"), QStringLiteral("--rights"), QStringLiteral("access"),
                            QStringLiteral("--requester"), QStringLiteral("-"), QStringLiteral("--json")},
                           env, QString(), 60000, QByteArrayLiteral("Jan de Vries\nsecond line\n"));
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
    const QString uuid = parse(piped.out).object().value(QStringLiteral("uuid")).toString();
    Storage::Database database;
    QVERIFY(database.open(m_file, QString::fromUtf8(Passphrase)));
    Domain::RequestCase stored;
    QVERIFY(Register::RequestService(database).load(uuid, &stored));
    QCOMPARE(stored.requesterName, QStringLiteral("Jan de Vries"));
    database.close();
    // Nothing on standard input: refused, nothing logged.
    const Result empty =
        CliTest::runBinary({QStringLiteral("request"), QStringLiteral("add"), m_file, QStringLiteral("--received"),
                            QStringLiteral("2026-12-31"), QStringLiteral("--rights"), QStringLiteral("access"),
                            QStringLiteral("--requester"), QStringLiteral("-")},
                           env);
    QVERIFY(empty.exitCode != 0);
    QVERIFY2(empty.err.contains(QLatin1String("--requester is empty")), qPrintable(empty.err));
}

void TestCliRequests::breachAddAndList()
{
    const QStringList addArguments = {QStringLiteral("add"),       m_file,
                                      QStringLiteral("--aware"),   QStringLiteral("2026-03-27T14:30+01:00"),
                                      QStringLiteral("--summary"), QStringLiteral("Laptop stolen from a car"),
                                      QStringLiteral("--json")};
    const Result added = runInProcess(Cli::runBreachCommand, addArguments);
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
    const QJsonObject json = parse(added.out).object();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("aware"), QStringLiteral("notify_by"), QStringLiteral("number"),
                                       QStringLiteral("uuid")}));
    QCOMPARE(json.value(QStringLiteral("number")).toString(), QStringLiteral("B-2026-0001"));
    // Instants with their offsets; 72 hours of elapsed time across the change to summer time.
    static const QRegularExpression withOffset(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
    const QString aware = json.value(QStringLiteral("aware")).toString();
    const QString notifyBy = json.value(QStringLiteral("notify_by")).toString();
    QVERIFY2(withOffset.match(aware).hasMatch(), qPrintable(aware));
    QVERIFY2(withOffset.match(notifyBy).hasMatch(), qPrintable(notifyBy));
    QCOMPARE(QDateTime::fromString(aware, Qt::ISODate), QDateTime(QDate(2026, 3, 27), QTime(13, 30), Qt::UTC));
    QCOMPARE(QDateTime::fromString(notifyBy, Qt::ISODate), QDateTime(QDate(2026, 3, 30), QTime(13, 30), Qt::UTC));

    const Result list = runInProcess(Cli::runBreachesCommand, {m_file, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray breaches = parse(list.out).array();
    QCOMPARE(breaches.size(), 1);
    const QJsonObject first = breaches.at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("aware"), QStringLiteral("notified_at"),
                                        QStringLiteral("notify_by"), QStringLiteral("number"), QStringLiteral("risk"),
                                        QStringLiteral("status"), QStringLiteral("uuid")}));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(first.value(QStringLiteral("notified_at")).isNull());
    QVERIFY(first.value(QStringLiteral("risk")).isNull());
    QCOMPARE(first.value(QStringLiteral("notify_by")).toString(), notifyBy);
    const Result human = runInProcess(Cli::runBreachesCommand, {m_file});
    QVERIFY2(human.out.contains(QLatin1String("B-2026-0001")) && human.out.contains(QLatin1String("Laptop")),
             qPrintable(human.out));
}

void TestCliRequests::breachUsageErrors_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << false << QStringList();
    QTest::newRow("no aware") << false
                              << QStringList{QStringLiteral("add"), QStringLiteral("FILE"), QStringLiteral("--summary"),
                                             QStringLiteral("x")};
    QTest::newRow("no summary") << false
                                << QStringList{QStringLiteral("add"), QStringLiteral("FILE"), QStringLiteral("--aware"),
                                               QStringLiteral("2026-03-27T14:30Z")};
    QTest::newRow("bad moment") << false << QStringList{QStringLiteral("add"),       QStringLiteral("FILE"),
                                                        QStringLiteral("--aware"),   QStringLiteral("27-03-2026 14:30"),
                                                        QStringLiteral("--summary"), QStringLiteral("x")};
    QTest::newRow("empty summary") << false
                                   << QStringList{QStringLiteral("add"),       QStringLiteral("FILE"),
                                                  QStringLiteral("--aware"),   QStringLiteral("2026-03-27T14:30Z"),
                                                  QStringLiteral("--summary"), QStringLiteral(" ")};
    QTest::newRow("list with an option") << true << QStringList{QStringLiteral("FILE"), QStringLiteral("--status")};
}

void TestCliRequests::breachUsageErrors()
{
    QFETCH(bool, list);
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_file);
    const Result result = runInProcess(list ? Cli::runBreachesCommand : Cli::runBreachCommand, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    const Result breaches = runInProcess(Cli::runBreachesCommand, {m_file, QStringLiteral("--json")});
    QCOMPARE(parse(breaches.out).array().size(), 0);
}

void TestCliRequests::fillForDue()
{
    for (const char *received : {"2026-03-15", "2026-03-03", "2026-05-01"})
        QCOMPARE(runInProcess(Cli::runRequestCommand,
                              {QStringLiteral("add"), m_file, QStringLiteral("--received"), QLatin1String(received),
                               QStringLiteral("--rights"), QStringLiteral("access"), QStringLiteral("--requester"),
                               QStringLiteral("Femke de Vries")})
                     .exitCode,
                 0);
    QCOMPARE(runInProcess(Cli::runBreachCommand, {QStringLiteral("add"), m_file, QStringLiteral("--aware"),
                                                  QStringLiteral("2026-04-09T10:00+02:00"), QStringLiteral("--summary"),
                                                  QStringLiteral("Mail merge sent to the wrong addresses")})
                 .exitCode,
             0);
    // An extended case whose requester has not been told yet: due by the end of the first month.
    Storage::Database database;
    QVERIFY(database.open(m_file, QString::fromUtf8(Passphrase)).isOk());
    Domain::RequestCase extended;
    extended.receivedOn = QDate(2026, 3, 20);
    extended.status = QStringLiteral("extended");
    extended.extensionReason = QStringLiteral("complexity");
    extended.rights = {{QStringLiteral("erasure"), QStringLiteral("pending"), QString(), QString()}};
    QVERIFY(Register::RequestService(database).save(&extended).isOk());
}

void TestCliRequests::dueListsWhatIsOverdueOrSoon()
{
    fillForDue();
    const Result result = runInProcess(Cli::runDueCommand, {m_file, QStringLiteral("--as-of"),
                                                            QStringLiteral("2026-04-10"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonArray items = parse(result.out).array();
    QStringList seen;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("act_by"), QStringLiteral("days_left"), QStringLiteral("due"),
                                           QStringLiteral("kind"), QStringLiteral("number"), QStringLiteral("overdue"),
                                           QStringLiteral("target"), QStringLiteral("title"), QStringLiteral("uuid")}));
        QVERIFY(!item.value(QStringLiteral("title")).toString().contains(QLatin1String("Femke"))); // no personal data
        seen << item.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                    item.value(QStringLiteral("number")).toString() + QLatin1Char(' ') +
                    item.value(QStringLiteral("act_by")).toString().left(10) + QLatin1Char(' ') +
                    (item.value(QStringLiteral("overdue")).toBool() ? QStringLiteral("overdue")
                                                                    : QStringLiteral("open")) +
                    QLatin1Char(' ') + QString::number(item.value(QStringLiteral("days_left")).toInt());
    }
    // Most urgent first: the case past its act-by day, the breach's 72 hours, the case whose
    // target falls within the week; the extension notice is due on 20 April (target 13 April).
    QCOMPARE(seen, (QStringList{QStringLiteral("request R-2026-0002 2026-04-03 overdue -7"),
                                QStringLiteral("breach B-2026-0001 2026-04-12 open 2"),
                                QStringLiteral("request R-2026-0001 2026-04-15 open 5"),
                                QStringLiteral("extension-notice R-2026-0004 2026-04-20 open 10")}));
    const QJsonObject breach = items.at(1).toObject();
    QCOMPARE(QDateTime::fromString(breach.value(QStringLiteral("due")).toString(), Qt::ISODate),
             QDateTime(QDate(2026, 4, 12), QTime(8, 0), Qt::UTC));

    // No window: what is overdue, and the case whose internal target (8 April) has passed.
    const Result narrow =
        runInProcess(Cli::runDueCommand, {m_file, QStringLiteral("--as-of"), QStringLiteral("2026-04-10"),
                                          QStringLiteral("--within"), QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(parse(narrow.out).array().size(), 2);
    const Result human =
        runInProcess(Cli::runDueCommand, {m_file, QStringLiteral("--as-of"), QStringLiteral("2026-04-10")});
    QCOMPARE(human.out.count(QLatin1Char('\n')), 4);
    QVERIFY2(human.out.startsWith(QLatin1String("2026-04-03  OVERDUE")), qPrintable(human.out));
}

void TestCliRequests::dueWritesACalendar()
{
    fillForDue();
    const QString ics = m_dir->filePath(QStringLiteral("deadlines.ics"));
    const Result result = runInProcess(Cli::runDueCommand,
                                       {m_file, QStringLiteral("--as-of"), QStringLiteral("2026-04-10"),
                                        QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), ics});
    QCOMPARE(result.exitCode, 0);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(text.count("BEGIN:VEVENT"), 4);
    QCOMPARE(text.count("BEGIN:VALARM"), 4);
    QVERIFY(text.contains("DTSTART;VALUE=DATE:20260415\r\n"));
    QVERIFY(text.contains("DTSTART:20260412T080000Z\r\n"));
    QVERIFY(text.contains("TRIGGER:-PT12H\r\n"));
    for (const QByteArray &line : text.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
    }

    // Exported again after the deadline moved: the same event (UID) with a higher sequence, so the
    // calendar takes the new date.
    Register::DueItem item;
    item.kind = QStringLiteral("request");
    item.entity = QStringLiteral("request");
    item.uuid = QStringLiteral("5b0e4c1e-2f7a-4a51-9d62-0c1e2f3a4b5c");
    item.title = QStringLiteral("Request R-2026-0001");
    item.due = item.actBy = item.target = QDate(2026, 4, 15);
    const QByteArray before = Register::DueList::toIcs({item}, QDateTime(QDate(2026, 4, 10), QTime(9, 0), Qt::UTC));
    item.due = item.actBy = item.target = QDate(2026, 5, 15);
    const QByteArray after = Register::DueList::toIcs({item}, QDateTime(QDate(2026, 4, 11), QTime(9, 0), Qt::UTC));
    const auto field = [](const QByteArray &ics, const QByteArray &name) {
        for (const QByteArray &line : ics.split('\n')) {
            if (line.startsWith(name + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return QByteArray();
    };
    QVERIFY(!field(before, "UID").isEmpty());
    QCOMPARE(field(after, "UID"), field(before, "UID"));
    QVERIFY(after.contains("DTSTART;VALUE=DATE:20260515\r\n"));
    bool ok = false;
    const qint64 first = field(before, "SEQUENCE").toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(field(after, "SEQUENCE").toLongLong() > first);
}

void TestCliRequests::dueUsageErrors_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::newRow("bad day") << QStringLiteral("FILE --as-of 2026-13-01");
    QTest::newRow("negative window") << QStringLiteral("FILE --within -1");
    QTest::newRow("window not a number") << QStringLiteral("FILE --within week");
    QTest::newRow("unknown format") << QStringLiteral("FILE --format pdf -o x.pdf");
    QTest::newRow("ics without file") << QStringLiteral("FILE --format ics");
    QTest::newRow("file without ics") << QStringLiteral("FILE -o x.ics");
    QTest::newRow("json and ics") << QStringLiteral("FILE --json --format ics -o x.ics");
}

void TestCliRequests::dueUsageErrors()
{
    QFETCH(QString, arguments);
    QStringList argv = arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    argv.replaceInStrings(QStringLiteral("FILE"), m_file);
    const Result result = runInProcess(Cli::runDueCommand, argv);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
