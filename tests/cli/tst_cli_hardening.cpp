// No core dump of custodian-cli while it may hold a key (review D15), seen from outside through /proc while the
// program waits for its passphrase: RLIMIT_CORE in /proc/PID/limits, and the dumpable flag through the owner of
// /proc/PID, which the kernel gives to root for a process that is not dumpable. Release builds only.
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliTestSupport.h"
#include "ProcessTestSupport.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

const QString passphrase = QStringLiteral("a long enough passphrase");

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private slots:
    void noCoreDumpWhileHoldingAKey();
};

void TestCliHardening::noCoreDumpWhileHoldingAKey()
{
#ifndef Q_OS_LINUX
    QSKIP("/proc is Linux's");
#elif !defined(NDEBUG)
    QSKIP("a debug build stays dumpable so that developers can debug it");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The program may run as nobody (ProcessTest::allowCoreDumps): it must reach the register and the FIFO.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                  QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    const QString path = dir.filePath(QStringLiteral("r.cst"));
    const CliTest::Result created =
        CliTest::runBinary({QStringLiteral("init"), path}, {{QStringLiteral("CUSTODIAN_PASSPHRASE"), passphrase}});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                            QFileDevice::ReadGroup));
    // The passphrase comes through a FIFO: opening it blocks the program until this test writes, long after
    // main() began.
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("passphrase.fifo")));
    QCOMPARE(mkfifo(fifo.constData(), 0600), 0);
    QCOMPARE(chmod(fifo.constData(), 0666), 0);

    // Control: an ordinary program started the same way, so that what /proc shows below is the program's own doing.
    const ProcessTest::Control control = ProcessTest::probeControl();
    const bool limitsTell = control.limitsTell;
    if (!limitsTell)
        qWarning("The core limit cannot be raised here: RLIMIT_CORE of the program is not checked.");
    if (!control.dumpableShown)
        QSKIP("This environment does not show in /proc whether a process is dumpable");

    QProcess cli;
    ProcessTest::allowCoreDumps(cli);
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QStringLiteral(CUSTODIAN_CLI_PATH),
              {QStringLiteral("verify"), path, QStringLiteral("--passphrase-file"), QFile::decodeName(fifo)});
    QVERIFY(cli.waitForStarted());
    // A writer can open the FIFO without blocking once the program is waiting in its open() for the passphrase.
    int writer = -1;
    QDeadlineTimer deadline(20000);
    while (writer < 0 && cli.state() == QProcess::Running && !deadline.hasExpired()) {
        writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
        if (writer < 0)
            QTest::qWait(20);
    }
    QVERIFY2(writer >= 0, "custodian-cli did not wait for its passphrase");

    const QStringList limits = ProcessTest::coreLimits(cli.processId());
    const std::optional<bool> dumpable = ProcessTest::isDumpable(cli.processId());

    // Let it finish: the passphrase, then the end of the file.
    const QByteArray line = passphrase.toUtf8() + '\n';
    QCOMPARE(::write(writer, line.constData(), size_t(line.size())), ssize_t(line.size()));
    ::close(writer);
    if (!cli.waitForFinished(60000)) {
        cli.kill();
        cli.waitForFinished();
    }

    QCOMPARE(dumpable, std::optional<bool>(false));
    if (limitsTell)
        QCOMPARE(limits, (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
#endif
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
