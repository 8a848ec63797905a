// custodian-cli export, import, backup and restore, run as the built binary the way a script runs
// them: exit codes, the files they write (and refuse to overwrite), --json output.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "CliTestSupport.h"

using CliTest::isOneLineError;
using CliTest::Result;

namespace {

const QString passphrase = QStringLiteral("exchange test passphrase");

Result run(const QStringList &arguments)
{
    QHash<QString, QString> extra{{QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase}};
    // The remembered history heads of this computer: the test's own.
    extra.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::temp().filePath(QStringLiteral("tst_cli_exchange-config")));
    return CliTest::runBinary(arguments, extra);
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject jsonOf(const Result &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.custodian"));
        const Result demo = run({QStringLiteral("demo"), m_demo});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_export = path(QStringLiteral("demo.json"));
        const Result exported = run({QStringLiteral("export"), m_demo, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), m_export});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }

    void exportWritesAnOwnerOnlyFileAndNeverOverwrites()
    {
        QCOMPARE(QFile::permissions(m_export) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QJsonObject document = QJsonDocument::fromJson(bytes(m_export)).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("custodian-register"));
        const QByteArray before = bytes(m_export);
        const Result again = run({QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("-o"), m_export});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(isOneLineError(again.err));
        QCOMPARE(bytes(m_export), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export without a format") << QStringList{QStringLiteral("export"), QStringLiteral("r.custodian"),
                                                                QStringLiteral("-o"), QStringLiteral("x.json")};
        QTest::newRow("export as pdf") << QStringList{QStringLiteral("export"),   QStringLiteral("r.custodian"),
                                                      QStringLiteral("--format"), QStringLiteral("pdf"),
                                                      QStringLiteral("-o"),       QStringLiteral("x.pdf")};
        QTest::newRow("export without -o") << QStringList{QStringLiteral("export"), QStringLiteral("r.custodian"),
                                                          QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("import without a file") << QStringList{QStringLiteral("import"), QStringLiteral("r.custodian")};
        QTest::newRow("import in an unknown mode")
            << QStringList{QStringLiteral("import"), QStringLiteral("r.custodian"), QStringLiteral("x.json"),
                           QStringLiteral("--mode"), QStringLiteral("replace")};
        QTest::newRow("export in an unknown layout")
            << QStringList{QStringLiteral("export"),   QStringLiteral("r.custodian"),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--layout"), QStringLiteral("gemma"),
                           QStringLiteral("-o"),       QStringLiteral("x")};
        QTest::newRow("export json in the ico layout")
            << QStringList{QStringLiteral("export"), QStringLiteral("r.custodian"), QStringLiteral("--format"),
                           QStringLiteral("json"),   QStringLiteral("--layout"),    QStringLiteral("ico"),
                           QStringLiteral("-o"),     QStringLiteral("x.json")};
        QTest::newRow("export in german")
            << QStringList{QStringLiteral("export"), QStringLiteral("r.custodian"), QStringLiteral("--format"),
                           QStringLiteral("xlsx"),   QStringLiteral("--lang"),      QStringLiteral("de"),
                           QStringLiteral("-o"),     QStringLiteral("x.xlsx")};
        QTest::newRow("export with a pipe separator")
            << QStringList{QStringLiteral("export"),      QStringLiteral("r.custodian"),
                           QStringLiteral("--format"),    QStringLiteral("csv"),
                           QStringLiteral("--separator"), QStringLiteral("|"),
                           QStringLiteral("-o"),          QStringLiteral("x")};
        QTest::newRow("restore from a workbook")
            << QStringList{QStringLiteral("import"), QStringLiteral("r.custodian"), QStringLiteral("x.xlsx"),
                           QStringLiteral("--mode"), QStringLiteral("restore")};
        QTest::newRow("backup without -o") << QStringList{QStringLiteral("backup"), QStringLiteral("r.custodian")};
        QTest::newRow("restore without -o") << QStringList{QStringLiteral("restore"), QStringLiteral("b.custodian")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(isOneLineError(result.err), qPrintable(result.err));
    }

    // A restore into a new file, the dry run first: the same register, its history verified.
    void restoreIntoANewFile()
    {
        const QString target = path(QStringLiteral("restored.custodian"));
        const Result dry = run({QStringLiteral("import"), target, m_export, QStringLiteral("--mode"),
                                QStringLiteral("restore"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(!QFileInfo::exists(target));
        const QJsonObject summary = jsonOf(dry).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("applied")).toBool(), false);
        QVERIFY(summary.value(QStringLiteral("created")).toInt() > 40);

        const Result restored =
            run({QStringLiteral("import"), target, m_export, QStringLiteral("--mode"), QStringLiteral("restore")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Result verified = run({QStringLiteral("verify"), target, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 0);
        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(run({QStringLiteral("export"), target, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("-o"), again})
                     .exitCode,
                 0);
        QJsonObject first = QJsonDocument::fromJson(bytes(m_export)).object();
        QJsonObject second = QJsonDocument::fromJson(bytes(again)).object();
        first.remove(QStringLiteral("exportedAt"));
        second.remove(QStringLiteral("exportedAt"));
        QCOMPARE(second, first);
    }

    // A file with an error: exit 1, the finding in JSON at its place, nothing changed.
    void anImportWithErrorsChangesNothing()
    {
        QJsonObject document = QJsonDocument::fromJson(bytes(m_export)).object();
        QJsonObject items = document.value(QStringLiteral("items")).toObject();
        QJsonArray activities = items.value(QStringLiteral("activity")).toArray();
        QJsonObject second = activities.at(1).toObject();
        second.insert(QStringLiteral("lastReviewed"), QStringLiteral("yesterday"));
        activities[1] = second;
        items.insert(QStringLiteral("activity"), activities);
        document.insert(QStringLiteral("items"), items);
        const QString broken = path(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();

        const QString target = path(QStringLiteral("target.custodian"));
        QCOMPARE(run({QStringLiteral("init"), target, QStringLiteral("--organisation"), QStringLiteral("Other BV")})
                     .exitCode,
                 0);
        const QByteArray before = bytes(target);
        const QStringList dryRun = {QStringLiteral("--dry-run")};
        for (const QStringList &extra : {dryRun, QStringList()}) {
            const Result result =
                run(QStringList{QStringLiteral("import"), target, broken, QStringLiteral("--json")} + extra);
            QCOMPARE(result.exitCode, 1);
            QVERIFY(isOneLineError(result.err));
            bool found = false;
            for (const QJsonValue &value : jsonOf(result).value(QStringLiteral("findings")).toArray()) {
                const QJsonObject finding = value.toObject();
                // The broken activity's own finding; what links to it may have one of its own.
                if (finding.value(QStringLiteral("severity")).toString() == QLatin1String("error") &&
                    finding.value(QStringLiteral("sheet")).toString() == QLatin1String("activity")) {
                    QCOMPARE(finding.value(QStringLiteral("file")).toString(), QStringLiteral("broken.json"));
                    QCOMPARE(finding.value(QStringLiteral("row")).toInt(), 2);
                    QCOMPARE(finding.value(QStringLiteral("column")).toString(), QStringLiteral("lastReviewed"));
                    found = true;
                }
            }
            QVERIFY(found);
        }
        QCOMPARE(bytes(target), before);

        // The file as exported merges, and a second time changes nothing.
        const Result merged = run({QStringLiteral("import"), target, m_export, QStringLiteral("--json")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY(jsonOf(merged).value(QStringLiteral("summary")).toObject().value(QStringLiteral("created")).toInt() >
                0);
        const Result twice = run({QStringLiteral("import"), target, m_export, QStringLiteral("--json")});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(jsonOf(twice).value(QStringLiteral("summary")).toObject().value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(jsonOf(twice).value(QStringLiteral("summary")).toObject().value(QStringLiteral("updated")).toInt(), 0);
    }

    // The lists as a workbook and as CSV files in a ZIP, in Dutch, and back into a new register:
    // the dry run says what it would create, the import creates it, a second import changes nothing.
    void listsGoOutAndComeBack()
    {
        const QString workbook = path(QStringLiteral("lijsten.xlsx"));
        const Result xlsx = run({QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("xlsx"),
                                 QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("-o"), workbook});
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        QVERIFY(bytes(workbook).startsWith("PK"));
        QCOMPARE(QFile::permissions(workbook) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString zip = path(QStringLiteral("lists.zip"));
        const Result csv = run({QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--separator"),
                                QStringLiteral(";"), QStringLiteral("-o"), zip});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QString ico = path(QStringLiteral("ico.csv"));
        const Result icoExport = run({QStringLiteral("export"), m_demo, QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--layout"), QStringLiteral("ico"),
                                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), ico});
        QVERIFY2(icoExport.exitCode == 0, qPrintable(icoExport.err));
        QVERIFY(bytes(ico).startsWith(QByteArray("\xEF\xBB\xBF") + "Business function"));

        const QString target = path(QStringLiteral("from-lists.custodian"));
        QCOMPARE(
            run({QStringLiteral("init"), target, QStringLiteral("--organisation"), QStringLiteral("Target")}).exitCode,
            0);
        const Result dry =
            run({QStringLiteral("import"), target, workbook, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        const int created =
            jsonOf(dry).value(QStringLiteral("summary")).toObject().value(QStringLiteral("created")).toInt();
        QVERIFY(created > 20);
        const Result imported = run({QStringLiteral("import"), target, zip, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        QCOMPARE(jsonOf(imported).value(QStringLiteral("summary")).toObject().value(QStringLiteral("created")).toInt(),
                 created);
        const Result again = run({QStringLiteral("import"), target, workbook, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        const QJsonObject summary = jsonOf(again).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 0);
    }

    // A CSV file with a bad row: exit 1, the finding at its file, row and column, nothing changed.
    void aBadRowIsAFindingAtItsPlace()
    {
        const QString list = path(QStringLiteral("activities.csv"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name;Purpose;Next review\r\nPayroll;Salaries;2027-01-01\r\nNewsletter;News;next year\r\n");
        file.close();
        const QString target = path(QStringLiteral("bad-row.custodian"));
        QCOMPARE(run({QStringLiteral("init"), target, QStringLiteral("--organisation"), QStringLiteral("T")}).exitCode,
                 0);
        const Result result = run({QStringLiteral("import"), target, list, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        bool found = false;
        for (const QJsonValue &value : jsonOf(result).value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            found = found || (finding.value(QStringLiteral("file")).toString() == QLatin1String("activities.csv") &&
                              finding.value(QStringLiteral("row")).toInt() == 3 &&
                              finding.value(QStringLiteral("column")).toString() == QLatin1String("Next review") &&
                              finding.value(QStringLiteral("severity")).toString() == QLatin1String("error"));
        }
        QVERIFY2(found, qPrintable(result.out));
        const Result check = run({QStringLiteral("requests"), target, QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        const Result activities = run({QStringLiteral("check"), target, QStringLiteral("--json")});
        QVERIFY2(!activities.out.contains(QLatin1String("Payroll")), qPrintable(activities.out));
    }

    void backupAndRestore()
    {
        const QString backup = path(QStringLiteral("backup.custodian"));
        const Result made =
            run({QStringLiteral("backup"), m_demo, QStringLiteral("-o"), backup, QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(jsonOf(made).value(QStringLiteral("historyVerified")).toBool(), true);
        const QByteArray before = bytes(backup);
        QCOMPARE(run({QStringLiteral("backup"), m_demo, QStringLiteral("-o"), backup}).exitCode, 1);
        QCOMPARE(bytes(backup), before);

        const QString restored = path(QStringLiteral("from-backup.custodian"));
        const Result result =
            run({QStringLiteral("restore"), backup, QStringLiteral("-o"), restored, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject summary = jsonOf(result);
        const QJsonObject original = jsonOf(made);
        QCOMPARE(summary.value(QStringLiteral("registerId")), original.value(QStringLiteral("registerId")));
        QCOMPARE(summary.value(QStringLiteral("activities")), original.value(QStringLiteral("activities")));
        QCOMPARE(summary.value(QStringLiteral("state")).toString().section(QLatin1Char(':'), 0, 0).toInt(),
                 original.value(QStringLiteral("state")).toString().section(QLatin1Char(':'), 0, 0).toInt() + 1);
        const Result again = run({QStringLiteral("restore"), backup, QStringLiteral("-o"), restored});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(isOneLineError(again.err));
        QCOMPARE(run({QStringLiteral("verify"), restored}).exitCode, 0);
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_export;
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
