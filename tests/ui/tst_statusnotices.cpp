// What the main window tells after an operation (review D8): status-bar notices are shown next to the
// "file — unlocked" label instead of under it, and what the person must know about a register
// just opened (an upgrade, the copy it kept) is in a bar that stays until the privacy officer dismisses it.
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include "app/ChangePassphraseDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "framework/RegisterContext.h"
#include "storage/Database.h"
#include "storage/MemoryKeyStore.h"
#include "storage/WriterLock.h"
#include "support/OldRegister.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;

namespace {

// The permanent "file — unlocked" label of the status bar.
QLabel *statusLabel(MainWindow &window)
{
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("unlocked")))
            return label;
    }
    return nullptr;
}

// True when the status bar's temporary message can be read: the room left of the permanent label holds the whole
// text, and the message really changes what the bar shows there.
bool messageIsVisible(MainWindow &window)
{
    QStatusBar *bar = window.statusBar();
    QLabel *label = statusLabel(window);
    const QString message = bar->currentMessage();
    if (!label || message.isEmpty() || !label->isVisible())
        return false;
    // QStatusBar draws the message from 6 pixels in up to 2 pixels before the first permanent widget.
    const int room = label->x() - 2 - 6;
    if (room < bar->fontMetrics().horizontalAdvance(message))
        return false;
    const QImage withMessage = bar->grab().toImage();
    bar->clearMessage();
    const QImage without = bar->grab().toImage();
    bar->showMessage(message);
    const QRect left(0, 0, label->x(), bar->height());
    return withMessage.copy(left) != without.copy(left);
}

} // namespace

class TestStatusNotices : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long enough passphrase");

    // A register as schema version 1 left it, which opening upgrades.
    bool writeVersionOne(const QString &path)
    {
        return OldRegister::write(path, m_passphrase, 1, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  m_dir.path());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void statusMessageIsVisible()
    {
        LanguageManager language;
        TestSupport::TestWindow window(&language, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("notices.custodian"));
        const Status created = window.createRegister(path, QStringLiteral("Voorbeeld B.V."), m_passphrase, false);
        QVERIFY2(created, qPrintable(created.message()));
        QVERIFY(statusLabel(window));

        // A section that could not be read says so in the status bar, beside "notices.custodian — unlocked".
        const QString message = QStringLiteral("The activities could not be read.");
        QVERIFY(window.registerContext());
        emit window.registerContext()->readFailed(message);
        QCOMPARE(window.statusBar()->currentMessage(), message);
        QVERIFY(messageIsVisible(window));

        // The same in a narrower window.
        window.resize(700, 500);
        QTest::qWait(50);
        window.statusBar()->showMessage(message);
        QVERIFY(messageIsVisible(window));
        QVERIFY(window.closeRegister());
    }

    void upgradeNoticeStaysUntilDismissed()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.custodian"));
        QVERIFY(writeVersionOne(path));
        LanguageManager language;
        TestSupport::TestWindow window(&language, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Status opened = window.openRegister(path, m_passphrase, false);
        QVERIFY2(opened, qPrintable(opened.message()));
        auto *notice = window.findChild<QWidget *>(QStringLiteral("registerNotices"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        auto *text = notice->findChild<QLabel *>(QStringLiteral("registerNoticesText"));
        QVERIFY(text);
        QVERIFY2(text->text().contains(QStringLiteral("upgraded")), qPrintable(text->text()));
        // For a person to look at (CUSTODIAN_SCREENSHOT_DIR, as the screenshot tour).
        if (const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !folder.isEmpty()) {
            window.resize(1024, 700);
            QTest::qWait(50);
            window.grab().save(QDir(folder).filePath(QStringLiteral("notice-upgrade-en.png")));
        }
        // A copy of the register as it was, where one is kept, is named: it holds the register under the passphrase
        // of the day.
        if (QFileInfo::exists(path + QStringLiteral(".schema-1.bak")))
            QVERIFY2(text->text().contains(QStringLiteral("old.custodian.schema-1.bak")), qPrintable(text->text()));

        // It does not go away by itself, nor when the person moves between sections.
        window.goToSection(QStringLiteral("organisation"));
        window.goToSection(QStringLiteral("findings"));
        QTest::qWait(200);
        QVERIFY(notice->isVisible());

        // Dismissed on purpose, it is gone; a register opened without an upgrade has none.
        auto *dismiss = notice->findChild<QPushButton *>(QStringLiteral("registerNoticesDismissButton"));
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QVERIFY(window.closeRegister());
        QVERIFY(window.openRegister(path, m_passphrase, false));
        QVERIFY(!notice->isVisible());
        QVERIFY(window.closeRegister());
    }

    // A register another program has open for writing: the window says who has it, offers to read
    // it, and then says everywhere that it is read-only.
    void registerInUseOpensReadOnly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }
    void registerInUseOpensReadOnly()
    {
        QFETCH(QString, language);
        const QString path = m_dir.filePath(QStringLiteral("inuse-%1.custodian").arg(language));
        LanguageManager languages;
        auto text = [](const char *source) { return QCoreApplication::translate("Custodian::Ui::MainWindow", source); };
        TestSupport::TestWindow window(&languages, language);
        QVERIFY(window.showAt());
        QVERIFY(window.createRegister(path, QStringLiteral("Voorbeeld B.V."), m_passphrase, false));
        QVERIFY(window.closeRegister());

        Storage::WriterLock other;
        Storage::WriterLock::Holder holder;
        QCOMPARE(other.acquire(path, &holder), Storage::WriterLock::Result::Acquired);
        QString shown;
        bool clicked = false;
        QTimer::singleShot(300, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            if (const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !folder.isEmpty())
                box->grab().save(QDir(folder).filePath(QStringLiteral("in-use-%1.png").arg(language)));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == text("Open &read-only")) {
                    clicked = true;
                    button->click();
                }
            }
        });
        const Status opened = window.openRegister(path, m_passphrase, false);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(clicked);
        if (language == QLatin1String("nl"))
            QVERIFY2(shown.contains(QLatin1String("is in gebruik door")), qPrintable(shown));
        else
            QVERIFY2(shown.contains(QLatin1String("is in use by")), qPrintable(shown));
        QVERIFY2(shown.contains(QSysInfo::machineHostName()), qPrintable(shown));
        const QString readOnlyTitle = text("%1 (read-only)").arg(QString()).trimmed();
        QVERIFY2(window.windowTitle().contains(readOnlyTitle), qPrintable(window.windowTitle()));
        const QString status = text("%1 — unlocked, read-only").arg(QFileInfo(path).fileName());
        bool statusShown = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusShown = statusShown || label->text() == status;
        QVERIFY2(statusShown, qPrintable(status));
        if (const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QTest::qWait(50); // the status bar lays out its new text
            window.grab().save(QDir(folder).filePath(QStringLiteral("read-only-window-%1.png").arg(language)));
        }
        QVERIFY(window.closeRegister());
    }

    // Changing the passphrase from the window (review D1): the stages are shown while the copy is
    // written and proved, the window says it worked, the keychain holds the new passphrase only
    // after that, and the file opens with the new passphrase and no longer with the old one.
    void passphraseChangeShowsItsStagesAndIsProved()
    {
        const QString path = m_dir.filePath(QStringLiteral("rekey.custodian"));
        const QString newPassphrase = QStringLiteral("the new passphrase of the register");
        Storage::MemoryKeyStore keyStore;
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&keyStore, &language);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createRegister(path, QStringLiteral("Voorbeeld B.V."), m_passphrase, true));
        QTRY_COMPARE(keyStore.count(), 1);

        QStringList stages;
        bool filled = false;
        QTimer watcher;
        watcher.setInterval(5);
        connect(&watcher, &QTimer::timeout, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *progress = qobject_cast<QProgressDialog *>(widget); progress && progress->isVisible()) {
                    const QString text = progress->labelText();
                    if (stages.isEmpty() || stages.constLast() != text) {
                        stages << text;
                        if (const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !folder.isEmpty())
                            progress->grab().save(QDir(folder).filePath(
                                QStringLiteral("change-passphrase-%1-en.png").arg(stages.size())));
                    }
                }
            }
            auto *dialog = qobject_cast<ChangePassphraseDialog *>(QApplication::activeModalWidget());
            if (!dialog || filled)
                return;
            dialog->findChild<QLineEdit *>(QStringLiteral("currentPassphraseEdit"))->setText(m_passphrase);
            dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(newPassphrase);
            dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphraseEdit"))->setText(newPassphrase);
            filled = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        watcher.start();
        window.changePassphrase();
        watcher.stop();
        QVERIFY(filled);
        // The progress dialog shows at least the first stage; the later ones pass by too quickly for
        // a small register to be caught every time, but never out of order.
        QVERIFY2(!stages.isEmpty(), "no progress was shown");
        const QStringList order = {QStringLiteral("Writing the register under the new passphrase…"),
                                   QStringLiteral("Checking that the new passphrase opens the copy…"),
                                   QStringLiteral("Putting the re-encrypted register in place…")};
        qsizetype last = -1;
        for (const QString &stage : std::as_const(stages)) {
            const qsizetype at = order.indexOf(stage);
            QVERIFY2(at > last, qPrintable(stages.join(QLatin1String(" | "))));
            last = at;
        }
        auto *notice = window.findChild<QLabel *>(QStringLiteral("registerNoticesText"));
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QLatin1String("The passphrase has been changed")), qPrintable(notice->text()));
        QVERIFY(window.closeRegister());

        Storage::Database old;
        QCOMPARE(old.open(path, m_passphrase).code(), Status::Code::WrongPassphrase);
        Storage::Database database;
        QVERIFY(database.open(path, newPassphrase));
        const QString registerId = database.registerId();
        database.close();
        QString remembered;
        bool read = false;
        keyStore.readPassphrase(registerId, [&](const Status &status, const QString &secret) {
            read = status.isOk();
            remembered = secret;
        });
        QTRY_VERIFY(read);
        QCOMPARE(remembered, newPassphrase);
    }
};

QTEST_MAIN(TestStatusNotices)
#include "tst_statusnotices.moc"
