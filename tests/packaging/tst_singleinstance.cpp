// SingleInstance: a second start hands its file to the first; stale sockets and other users'
// instances are handled. The "second start" runs in a thread, as the real one runs in a process:
// its blocking calls must not stall the first instance's event loop.
#include "app/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

using Custodian::Ui::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void defaultNameIsPerUser();
    void noRunningInstance();
    void handsFileToRunningInstance_data();
    void handsFileToRunningInstance();
    void activatesWithoutFile();
    void relativePathIsMadeAbsolute();
    void liveInstanceIsNotDisplaced();
    void staleSocketIsReplaced();
    void garbageIsRefused();

private:
    static QString uniqueName()
    {
        return QStringLiteral("custodian-test-") + QUuid::createUuid().toString(QUuid::Id128);
    }
    // Runs sendToRunningInstance in another thread while this one keeps its event loop going.
    static bool sendFromOtherThread(const QString &serverName, const QString &file);
};

bool TestSingleInstance::sendFromOtherThread(const QString &serverName, const QString &file)
{
    std::atomic<bool> sent = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(serverName);
        sent = second.sendToRunningInstance(file, 5000);
    }));
    thread->start();
    if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 10000))
        return false;
    thread->wait();
    return sent;
}

void TestSingleInstance::defaultNameIsPerUser()
{
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldUser = qgetenv("USER");
    qputenv("HOME", "/home/alice");
    qputenv("USER", "alice");
    const QString alice = SingleInstance::defaultServerName();
    QCOMPARE(SingleInstance::defaultServerName(), alice);
    qputenv("HOME", "/home/bob");
    qputenv("USER", "bob");
    const QString bob = SingleInstance::defaultServerName();
    qputenv("HOME", oldHome);
    qputenv("USER", oldUser);

    QVERIFY(alice != bob);
    QVERIFY(alice.startsWith(QLatin1String("org.custodian.Custodian-")));
    // Short enough for a Unix socket path (about 104 bytes on macOS) even under a long temp folder.
    QVERIFY(alice.size() <= 48);
    QVERIFY(!alice.contains(QLatin1Char('/')));
}

void TestSingleInstance::noRunningInstance()
{
    SingleInstance instance(uniqueName());
    QVERIFY(!instance.sendToRunningInstance(QStringLiteral("/tmp/x.custodian"), 500));
}

void TestSingleInstance::handsFileToRunningInstance_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << QStringLiteral("acme.custodian");
    QTest::newRow("spaces and accents") << QStringLiteral("Gemeente Één register.custodian");
    QTest::newRow("percent and line break") << QStringLiteral("100% \nraar.custodian");
}

void TestSingleInstance::handsFileToRunningInstance()
{
    QFETCH(QString, fileName);
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QSignalSpy requested(&first, &SingleInstance::fileRequested);

    const QString path = QDir::tempPath() + QLatin1Char('/') + fileName;
    QVERIFY(sendFromOtherThread(name, path));
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), path);
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::activatesWithoutFile()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QSignalSpy requested(&first, &SingleInstance::fileRequested);
    QVERIFY(sendFromOtherThread(name, QString()));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(requested.size(), 0);
}

void TestSingleInstance::relativePathIsMadeAbsolute()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy requested(&first, &SingleInstance::fileRequested);
    QVERIFY(sendFromOtherThread(name, QStringLiteral("relative.custodian")));
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QDir::current().absoluteFilePath(QStringLiteral("relative.custodian")));
}

void TestSingleInstance::liveInstanceIsNotDisplaced()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    SingleInstance second(name);
    QVERIFY(!second.listen());
    QVERIFY(!second.errorString().isEmpty());
    // The first still gets the requests.
    QSignalSpy requested(&first, &SingleInstance::fileRequested);
    QVERIFY(sendFromOtherThread(name, QStringLiteral("/tmp/a.custodian")));
    QTRY_COMPARE(requested.size(), 1);
}

void TestSingleInstance::staleSocketIsReplaced()
{
#ifdef Q_OS_WIN
    QSKIP("Named pipes vanish with their process; there is no stale socket on Windows.");
#else
    const QString name = uniqueName();
    // What a crashed instance leaves: a socket file nobody listens on.
    const QString socketPath = QDir::tempPath() + QLatin1Char('/') + name;
    {
        QLocalServer crashed;
        QVERIFY(crashed.listen(name));
        QVERIFY(QFile::exists(socketPath));
        QVERIFY(QFile::rename(socketPath, socketPath + QStringLiteral(".stale")));
    } // the server closes; its socket file, moved aside, survives
    QVERIFY(QFile::rename(socketPath + QStringLiteral(".stale"), socketPath));
    QVERIFY(QFile::exists(socketPath));

    SingleInstance restarted(name);
    QVERIFY(!restarted.sendToRunningInstance(QString(), 500));
    QVERIFY2(restarted.listen(), qPrintable(restarted.errorString()));
    QSignalSpy requested(&restarted, &SingleInstance::fileRequested);
    QVERIFY(sendFromOtherThread(name, QStringLiteral("/tmp/b.custodian")));
    QTRY_COMPARE(requested.size(), 1);
#endif
}

void TestSingleInstance::garbageIsRefused()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    std::atomic<bool> done = false;
    QByteArray reply;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (socket.waitForConnected(2000)) {
            socket.write("hello there\n");
            socket.waitForBytesWritten(2000);
            while (!reply.contains('\n') && socket.waitForReadyRead(2000))
                reply += socket.readAll();
        }
        done = true;
    }));
    thread->start();
    QVERIFY(QTest::qWaitFor([&] { return done.load(); }, 10000));
    thread->wait();
    QCOMPARE(reply, QByteArray("refused\n"));
    QTest::qWait(50);
    QCOMPARE(activated.size(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
