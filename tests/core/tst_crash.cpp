// The crash test: a child process saves and changes the passphrase in a loop and is killed with
// SIGKILL at a random moment, again and again. After every kill the register opens (with the
// passphrase last reported, or the one a finished but unreported change put in force), passes the
// integrity and history checks, and holds every save the child reported as committed.
// CUSTODIAN_CRASH_KILLS sets the number of kills (200 in `make test`; more in `make bench`).
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

#include "RegisterTestSupport.h"
#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "storage/Database.h"

using Custodian::Status;
using Custodian::Domain::Organisation;
using Custodian::Register::OrganisationService;
using Custodian::Storage::Database;

namespace {

const QStringList keys = {QStringLiteral("eerste sleutel van de crashtest"),
                          QStringLiteral("tweede sleutel van de crashtest")};

QString nameFor(qint64 save)
{
    return QStringLiteral("Opslag %1").arg(save);
}

qint64 saveNumber(const QString &name)
{
    return name.startsWith(QLatin1String("Opslag ")) ? name.mid(7).toLongLong() : 0;
}

// The child: opens with keys[keyIndex], then saves (and in every 10th round, from the 3rd, changes the passphrase)
// until it is killed. Each line it prints is a promise about what is on disk.
int runWriter(const QString &path, int keyIndex)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    Custodian::Register::AuditLog::setActor(QStringLiteral("crash-writer"));
    Database database;
    const Status opened = database.open(path, keys.at(keyIndex));
    if (!opened) {
        fprintf(stderr, "open: %s\n", qPrintable(opened.message()));
        return 1;
    }
    OrganisationService service(database);
    Organisation organisation;
    if (!service.load(&organisation))
        return 1;
    qint64 save = saveNumber(organisation.name);
    fputs("ready\n", stdout);
    fflush(stdout);
    for (int round = 1;; ++round) {
        if (round % 10 == 3) {
            const int next = 1 - keyIndex;
            const Status changed = database.changePassphrase(keys.at(next));
            if (!changed) {
                fprintf(stderr, "rekey: %s\n", qPrintable(changed.message()));
                return 1;
            }
            keyIndex = next;
            fprintf(stdout, "key %d\n", keyIndex);
            fflush(stdout);
            continue;
        }
        organisation.name = nameFor(++save);
        const Status saved = service.save(organisation);
        if (!saved || !service.load(&organisation)) {
            fprintf(stderr, "save: %s\n", qPrintable(saved.message()));
            return 1;
        }
        fprintf(stdout, "committed %lld\n", save);
        fflush(stdout);
    }
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    void killedWritesLoseNothingCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.custodian"));
        {
            Database database;
            QVERIFY_OK(database.create(path, keys.at(0)));
            Organisation organisation;
            organisation.name = nameFor(0);
            QVERIFY_OK(OrganisationService(database).save(organisation));
        }
        const int kills = qEnvironmentVariableIsSet("CUSTODIAN_CRASH_KILLS")
                              ? qEnvironmentVariableIntValue("CUSTODIAN_CRASH_KILLS")
                              : 200;
        int keyIndex = 0;
        qint64 committed = 0;
        int killedMidway = 0;
        int rekeys = 0;
        int recoveries = 0;
        QElapsedTimer timer;
        timer.start();
        for (int kill = 1; kill <= kills; ++kill) {
            QProcess writer;
            writer.setProgram(QCoreApplication::applicationFilePath());
            writer.setArguments({QStringLiteral("--writer"), path, QString::number(keyIndex)});
            writer.start();
            QVERIFY(writer.waitForStarted());
            QByteArray output;
            while (!output.contains("ready\n") && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready\n"), writer.readAllStandardError().constData());
            // Mostly early (during saves and the first passphrase change), sometimes late enough for
            // a change to finish and saves to follow; every tenth time after a finished change,
            // however slow the machine (sanitizers), so that kills also meet the new passphrase.
            QRandomGenerator *random = QRandomGenerator::global();
            if (kill % 10 == 0) {
                QElapsedTimer waited;
                waited.start();
                while (!output.contains("key ") && writer.state() == QProcess::Running && waited.elapsed() < 60000) {
                    writer.waitForReadyRead(100);
                    output += writer.readAllStandardOutput();
                }
                QTest::qWait(random->bounded(0, 100));
            } else {
                QTest::qWait(random->bounded(4) == 0 ? random->bounded(300, 1200) : random->bounded(5, 300));
            }
            writer.kill();
            QVERIFY(writer.waitForFinished());
            output += writer.readAllStandardOutput();
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());

            // What the child promised before it died.
            const QList<QByteArray> lines = output.split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
                else if (line.startsWith("key ")) {
                    keyIndex = line.mid(4).toInt();
                    ++rekeys;
                }
            }
            if (!lines.isEmpty() && !lines.constLast().isEmpty())
                ++killedMidway;

            // The register opens with the promised key, or with the other one when a change
            // finished but was killed before saying so.
            Database database;
            Status opened = database.open(path, keys.at(keyIndex), Database::Mode::ReadOnly);
            if (opened.code() == Status::Code::WrongPassphrase) {
                keyIndex = 1 - keyIndex;
                opened = database.open(path, keys.at(keyIndex), Database::Mode::ReadOnly);
            }
            QVERIFY2(opened, qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(RegisterTest::describe(opened))));
            if (database.notices().join(QLatin1Char(' ')).contains(QLatin1String("rolled back")))
                ++recoveries;
            const auto report = database.checkIntegrity();
            QVERIFY2(
                report.ok,
                qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(report.problems.join(QLatin1String("; ")))));
            Organisation organisation;
            QVERIFY_OK(OrganisationService(database).load(&organisation));
            const qint64 stored = saveNumber(organisation.name);
            QVERIFY2(stored >= committed, qPrintable(QStringLiteral("kill %1: save %2 was reported committed, the "
                                                                    "register holds %3")
                                                         .arg(kill)
                                                         .arg(committed)
                                                         .arg(stored)));
            // At most the save that was being committed when the kill came.
            QVERIFY(stored <= committed + 1);
            committed = stored;
            database.close();
        }
        qInfo("%d kills in %lld ms: %lld saves, %d passphrase changes, %d recovered interrupted saves", kills,
              timer.elapsed(), committed, rekeys, recoveries);
        QVERIFY(committed > 0);
        QVERIFY(rekeys > 0);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
