// `custodian --tour DIR [--lang] [--size]`: one PNG per screen of the demo register, in the chosen
// language and window size, without touching this computer's settings; bad options are refused.
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "app/LanguageManager.h"
#include "app/ScreenshotTour.h"

using namespace Custodian;
using namespace Custodian::Ui;

class TestTour : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QStringLiteral("1024x700") << QSize(1024, 700);
        QTest::newRow("upper X") << QStringLiteral("1280X800") << QSize(1280, 800);
        QTest::newRow("too small") << QStringLiteral("320x200") << QSize();
        QTest::newRow("not a size") << QStringLiteral("large") << QSize();
        QTest::newRow("one number") << QStringLiteral("1024") << QSize();
    }

    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(QSize, size);
        QCOMPARE(ScreenshotTour::parseSize(text), size);
    }

    void everyScreenInDutch()
    {
        QTemporaryDir dir;
        LanguageManager language;
        language.setLanguage(QStringLiteral("nl"));
        QStringList written;
        const Status status =
            ScreenshotTour::run(dir.filePath(QStringLiteral("shots")), QSize(1024, 700), &language, &written);
        QVERIFY2(status, qPrintable(status.message()));
        // Each section, the pages of the editors, the create dialog, the history and the lock screen.
        QVERIFY2(written.size() >= 20, qPrintable(written.join(QLatin1Char('\n'))));
        for (const char *screen : {"start-page", "create-register", "dashboard", "activity-page2", "agreement-page5",
                                   "party", "findings", "settings", "history", "lock-screen"}) {
            const QString suffix = QStringLiteral("-%1.png").arg(QLatin1String(screen));
            QVERIFY2(std::any_of(written.cbegin(), written.cend(),
                                 [&suffix](const QString &file) { return file.endsWith(suffix); }),
                     screen);
        }
        const QImage window(written.at(2)); // the dashboard, in the window
        QCOMPARE(window.size(), QSize(1024, 700));
        QVERIFY(QFileInfo(written.constFirst()).fileName().startsWith(QStringLiteral("01-")));
        language.setLanguage(QStringLiteral("en"));
    }

    void theCommandRefusesBadOptions()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QTemporaryDir dir;
        process.start(QStringLiteral(CUSTODIAN_GUI_PATH),
                      {QStringLiteral("--tour"), dir.path(), QStringLiteral("--size"), QStringLiteral("10x10")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--size"));
        process.start(QStringLiteral(CUSTODIAN_GUI_PATH),
                      {QStringLiteral("--tour"), dir.path(), QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        // A real tour from the command line, in English at the default size.
        process.start(QStringLiteral(CUSTODIAN_GUI_PATH),
                      {QStringLiteral("--tour"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList files =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(files.size() >= 20);
        QCOMPARE(QImage(files.at(2)).size(), QSize(1280, 800));
    }
};

QTEST_MAIN(TestTour)
#include "tst_tour.moc"
