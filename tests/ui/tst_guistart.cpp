// The desktop program as it starts, run as a separate process on the offscreen platform: a file name that is not
// UTF-8 is refused with a message instead of being opened under another name (review D12), and the running program
// cannot dump core (review D15, release builds).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/ProcessTestSupport.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// A private home, so the program neither reads nor writes the settings of whoever runs the tests.
QHash<QString, QString> privateHome(const QString &home)
{
    return {{QStringLiteral("HOME"), home},
            {QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config")},
            {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
            {QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache")}};
}

} // namespace

class TestGuiStart : public QObject
{
    Q_OBJECT

private slots:
    void nonUtf8FileNameIsRefused();
    void noCoreDump();
};

void TestGuiStart::nonUtf8FileNameIsRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("Windows hands programs their arguments as UTF-16");
#else
    QTemporaryDir home;
    QTemporaryDir dir;
    QVERIFY(home.isValid() && dir.isValid());
    // café.custodian with its name in Latin-1. Qt reads the name as caf\uFFFD.custodian, a file that does not exist.
    const QByteArray path = QFile::encodeName(dir.path()) + "/caf\xe9.custodian";
    const ProcessTest::RawNamedFile file(path, QByteArray(4096, 'x'));
    QVERIFY(file.isValid());
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const ProcessTest::Result result = ProcessTest::runRaw(
        QStringLiteral(CUSTODIAN_GUI_PATH), {"--quit-after-start", "1500", path}, privateHome(home.path()), 60000);
    // The window came up (the smoke test's exit status), with the message on it and on stderr.
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QLatin1String("custodian: The file name ") + dir.path() +
                                 QLatin1String("/caf\\xE9.custodian is not valid UTF-8 text")),
             qPrintable(result.err));
    QVERIFY2(!result.err.contains(QChar(0xFFFD)), qPrintable(result.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
#endif
}

void TestGuiStart::noCoreDump()
{
#ifndef Q_OS_LINUX
    QSKIP("/proc is Linux's");
#elif !defined(NDEBUG)
    QSKIP("a debug build stays dumpable so that developers can debug it");
#else
    // The program may run as nobody (ProcessTest::allowCoreDumps), so its home must be nobody's to write.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (geteuid() == 0)
        QCOMPARE(::chown(QFile::encodeName(home.path()).constData(), ProcessTest::nobody, ProcessTest::nobody), 0);

    const ProcessTest::Control control = ProcessTest::probeControl();
    const bool limitsTell = control.limitsTell;
    if (!control.dumpableShown)
        QSKIP("This environment does not show in /proc whether a process is dumpable");

    QProcess gui;
    ProcessTest::allowCoreDumps(gui);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QHash<QString, QString> variables = privateHome(home.path());
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.remove(QStringLiteral("CUSTODIAN_SMOKE_TEST"));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::ForwardedChannels);
    gui.start(QStringLiteral(CUSTODIAN_GUI_PATH), {QStringLiteral("--quit-after-start"), QStringLiteral("20000")});
    QVERIFY(gui.waitForStarted());
    // Hardening is the first thing main() does; by the time the window is up it has long happened. Wait for it as
    // seen from outside (the program's own exit ends the wait too).
    QTRY_VERIFY_WITH_TIMEOUT(ProcessTest::isDumpable(gui.processId()) == std::optional<bool>(false) ||
                                 gui.state() == QProcess::NotRunning,
                             15000);
    const std::optional<bool> dumpable = ProcessTest::isDumpable(gui.processId());
    const QStringList limits = ProcessTest::coreLimits(gui.processId());
    gui.kill();
    gui.waitForFinished();

    QCOMPARE(dumpable, std::optional<bool>(false));
    if (limitsTell)
        QCOMPARE(limits, (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
#endif
}

QTEST_GUILESS_MAIN(TestGuiStart)
#include "tst_guistart.moc"
