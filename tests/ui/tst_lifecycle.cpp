// The register's lifecycle in the window: the register open now stays open until another one is
// really open (UI review H2); a file that is not a register is refused before its passphrase is
// asked (M14); the in-window lock screen, by hand, after an idle time and when the desktop's screen
// locks; the register file closed and its writer lock released while locked (DECISIONS.md); no
// auto-lock while a long operation (the rekey of a passphrase change) runs.
// Runs on a private session bus (tests/with-keyring.sh), where it plays the desktop's screen saver;
// the same bus stands in for the system bus, where it plays logind.
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "app/AutoLock.h"
#include "app/ChangePassphraseDialog.h"
#include "app/LanguageManager.h"
#include "app/LockScreen.h"
#include "app/MainWindow.h"
#include "app/RecentFiles.h"
#include "app/ScreenLockWatcher.h"
#include "app/StartPage.h"
#include "app/UnlockDialog.h"
#include "framework/SectionPage.h"
#include "register/DemoRegister.h"
#include "storage/Database.h"
#include "storage/MemoryKeyStore.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;

// logind's manager object, as far as the window asks it: which login session the caller runs in.
// An older logind (knowsAuto false) does not know the name "auto" and answers by process ID only.
class FakeLogind : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    static QString sessionPath() { return QStringLiteral("/org/freedesktop/login1/session/_32"); }

    bool knowsAuto = true;
    QStringList sessionsAsked;
    QList<uint> pidsAsked;

public slots:
    QDBusObjectPath GetSession(const QString &id)
    {
        sessionsAsked << id;
        if (id == QStringLiteral("auto") && !knowsAuto)
            sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchSession"),
                           QStringLiteral("No session 'auto' known"));
        return QDBusObjectPath(sessionPath());
    }
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        pidsAsked << pid;
        return QDBusObjectPath(sessionPath());
    }
    // Not logind's: answered after every question asked before it (TestLifecycle::syncWithLogind).
    void Sync() {}
};

class TestLifecycle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("a long test passphrase");
    Storage::MemoryKeyStore m_keyStore;
    LanguageManager m_language;
    FakeLogind m_logind;
    QDBusConnection m_logindBus = QDBusConnection(QStringLiteral("fake-logind"));

    // The texts of every visible label and line edit of the window.
    static QStringList visibleTexts(QWidget *window)
    {
        QStringList texts;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->isVisibleTo(window))
                texts << label->text();
        }
        for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
            if (edit->isVisibleTo(window))
                texts << edit->text();
        }
        return texts;
    }

    // Answers the next modal dialog: records its class and presses the button with the given text.
    static void answerNextDialog(QString *className, const QString &buttonText)
    {
        QTimer::singleShot(50, [className, buttonText] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            *className = QString::fromLatin1(modal->metaObject()->className());
            for (QPushButton *button : modal->findChildren<QPushButton *>()) {
                if (button->text().remove(QLatin1Char('&')) == buttonText) {
                    button->click();
                    return;
                }
            }
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
    }

    // What the desktop's screen saver sends on the session bus when it becomes active (the screen locks).
    static QDBusMessage screenLockedSignal()
    {
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                       QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
        signal << true;
        return signal;
    }

    // What logind sends on the system bus from the object of a login session.
    bool sendSessionSignal(const QString &path, const QString &name)
    {
        return m_logindBus.send(
            QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.login1.Session"), name));
    }

    bool sendLockedHint(const QString &path, bool locked)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                         QStringLiteral("PropertiesChanged"));
        signal << QStringLiteral("org.freedesktop.login1.Session")
               << QVariantMap{{QStringLiteral("LockedHint"), locked}} << QStringList();
        return m_logindBus.send(signal);
    }

    // Waits until logind has answered what this program asked it so far, and the answers have been
    // read: the messages between two connections keep their order, so this answer comes last. A
    // signal sent after it reaches the program after them too.
    static bool syncWithLogind()
    {
        QDBusPendingCallWatcher answer(QDBusConnection::systemBus().asyncCall(QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Sync"))));
        QSignalSpy finished(&answer, &QDBusPendingCallWatcher::finished);
        return finished.wait(5000) && !answer.isError();
    }

    QString createRegister(MainWindow &window, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status created = window.createRegister(path, QStringLiteral("Voorbeeld B.V."), m_passphrase, false);
        if (!created)
            qWarning("%s", qPrintable(created.message()));
        return created ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_language.setLanguage(QStringLiteral("en"));
        // The private session bus is the system bus too (before anything connects to it), and a
        // connection of its own there plays logind.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run under tests/with-keyring.sh");
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", qgetenv("DBUS_SESSION_BUS_ADDRESS"));
        m_logindBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-logind"));
        QVERIFY(m_logindBus.isConnected());
        QVERIFY(m_logindBus.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_logind,
                                           QDBusConnection::ExportAllSlots));
        QVERIFY(m_logindBus.registerService(QStringLiteral("org.freedesktop.login1")));
    }

    void init()
    {
        QSettings().clear();
        m_logind.knowsAuto = true;
        m_logind.sessionsAsked.clear();
        m_logind.pidsAsked.clear();
    }

    void theCurrentRegisterStaysOpenUntilAnotherOpens()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        const QString first = createRegister(window, QStringLiteral("first.custodian"));
        QVERIFY(!first.isEmpty());
        MainWindow other(&m_keyStore, &m_language);
        const QString second = createRegister(other, QStringLiteral("second.custodian"));
        QVERIFY(other.closeRegister());

        // A wrong passphrase for another register: the first one is still open, as it was.
        QVERIFY(!window.openRegister(second, QStringLiteral("not the passphrase"), false));
        QVERIFY(window.isRegisterOpen());
        QCOMPARE(window.registerPath(), first);
        // A register that cannot be created (the file exists): the same.
        QVERIFY(!window.createRegister(second, QStringLiteral("Other"), m_passphrase, false));
        QCOMPARE(window.registerPath(), first);
        // Opening the register that is open already only shows it.
        QVERIFY(window.openRegister(first, m_passphrase, false));
        QCOMPARE(window.registerPath(), first);
        // The right passphrase: now the second is open, and the first is closed (its lock released).
        QVERIFY(window.openRegister(second, m_passphrase, false));
        QCOMPARE(window.registerPath(), second);
        Storage::Database probe;
        QVERIFY(probe.open(first, m_passphrase));
    }

    void aFileThatIsNotARegisterIsRefusedBeforeThePassphrase()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        const QString current = createRegister(window, QStringLiteral("current.custodian"));
        const QString text = m_dir.filePath(QStringLiteral("notes.custodian"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hello\n");
        }
        QString shown;
        answerNextDialog(&shown, QStringLiteral("OK"));
        window.openRegisterInteractive(text);
        QCOMPARE(shown, QStringLiteral("QMessageBox")); // a message, not the unlock dialog
        QCOMPARE(window.registerPath(), current);
        QVERIFY(!Storage::Database::inspect(text));
        QCOMPARE(Storage::Database::inspect(text).code(), Status::Code::NotARegister);
        QVERIFY(Storage::Database::inspect(current));
    }

    void recentRegistersInTheMenuAndOnTheStartPage()
    {
        Storage::MemoryKeyStore keyStore;
        MainWindow window(&keyStore, &m_language);
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("recent.custodian"));
        QVERIFY(window.createRegister(path, QStringLiteral("Recent B.V."), m_passphrase, true));
        QTRY_COMPARE(keyStore.count(), qsizetype(1));
        QVERIFY(window.closeRegister());

        // File › Recent registers lists it, numbered, and opens it.
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentRegistersMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QVERIFY(!menu->actions().isEmpty());
        QVERIFY(menu->actions().constFirst()->text().startsWith(QStringLiteral("&1 recent.custodian")));
        menu->actions().constFirst()->trigger();
        QTRY_VERIFY(window.isRegisterOpen()); // the remembered passphrase opens it
        QCOMPARE(window.registerPath(), path);
        QVERIFY(window.closeRegister());

        // The start page's context menu removes it from the list, and the passphrase with it.
        auto *start = window.findChild<StartPage *>();
        QMenu *context = start->recentMenu(path);
        QCOMPARE(context->actions().size(), 4); // Open, Show in folder, separator, Remove
        QAction *remove = context->actions().last();
        QVERIFY(remove->text().contains(QStringLiteral("Remove")));
        remove->trigger();
        QVERIFY(RecentFiles::find(path).path.isEmpty());
        QTRY_COMPARE(keyStore.count(), qsizetype(0));
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().constFirst()->isEnabled()); // "No recent registers"
        delete context;
    }

    void lockKeepsTheWindowAndClosesTheFile()
    {
        TestSupport::TestWindow window(&m_language, QString(), &m_keyStore);
        QVERIFY(window.showAt());
        const QString path = createRegister(window, QStringLiteral("locked.custodian"));
        QVERIFY(!path.isEmpty());

        // An unsaved new party, typed in the Parties section.
        window.goToSection(QStringLiteral("party"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const int partiesRow = navigation->currentRow();
        const QList<SectionPage *> sections = window.findChildren<SectionPage *>();
        SectionPage *parties = nullptr;
        for (SectionPage *page : sections) {
            if (page->isVisible())
                parties = page;
        }
        QVERIFY(parties);
        parties->startNew();
        QLineEdit *name = nullptr;
        for (QLineEdit *edit : parties->findChildren<QLineEdit *>(QStringLiteral("nameEdit"))) {
            if (edit->isVisible())
                name = edit;
        }
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Secret Supplier B.V."));
        QVERIFY(window.hasUnsavedChanges());

        window.lockRegister();
        QVERIFY(window.isLocked());
        QVERIFY(!window.isRegisterOpen());
        QVERIFY(window.lockScreen()->isVisible());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Locked")));
        // Nothing of the register is shown; the lock screen names the file and keeps the edits.
        const QStringList texts = visibleTexts(&window);
        QVERIFY2(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("Secret Supplier")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("lockTitleLabel"))
                    ->text()
                    .contains(QStringLiteral("locked.custodian")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("lockUnsavedLabel"))->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lockDemoLabel"))->isVisible());
        // The file is closed and its writer lock released: another program may open it for writing.
        {
            Storage::Database other;
            const Status opened = other.open(path, m_passphrase);
            QVERIFY2(opened, qPrintable(opened.message()));
        }

        // A wrong passphrase says so and stays locked.
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseEdit"));
        QTest::keyClicks(edit, QStringLiteral("wrong passphrase"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QVERIFY(!window.lockScreen()->message().isEmpty());
        QVERIFY(window.lockScreen()->message() != QStringLiteral("Unlocking…"));

        // The right one: the window is as it was, the edit still there and savable.
        edit->clear();
        QTest::keyClicks(edit, m_passphrase);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(window.isRegisterOpen());
        QVERIFY(edit->text().isEmpty()); // the passphrase does not stay in the field
        QCOMPARE(navigation->currentRow(), partiesRow);
        QCOMPARE(name->text(), QStringLiteral("Secret Supplier B.V."));
        QVERIFY(window.hasUnsavedChanges());
        QVERIFY(parties->saveChanges());
        QVERIFY(!window.hasUnsavedChanges());
    }

    void closingALockedRegisterWithEditsAsks()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(!createRegister(window, QStringLiteral("close-locked.custodian")).isEmpty());
        window.goToSection(QStringLiteral("organisation"));
        window.lockRegister();
        QVERIFY(window.isLocked());
        // Without edits, closing needs no question.
        QVERIFY(window.closeRegister());
        QVERIFY(!window.isLocked());
        QVERIFY(!window.isRegisterOpen());
    }

    void autoLockAfterIdleTime()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!createRegister(window, QStringLiteral("idle.custodian")).isEmpty());
        QCOMPARE(AutoLock::idleMinutes(), AutoLock::defaultIdleMinutes);
        QVERIFY(window.autoLock()->isActive());

        // Input keeps it open: the clock starts again with every key and mouse move.
        window.autoLock()->setIdleIntervalForTesting(400);
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(100);
            QTest::mouseMove(&window, QPoint(10 + i, 10));
        }
        QVERIFY(!window.isLocked());
        // Then nothing for a while: locked, and the lock screen says why.
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("lockReasonLabel"))
                    ->text()
                    .contains(QStringLiteral("without use")));
        QVERIFY(!window.autoLock()->isActive());

        // "Never" in the Settings menu: no more locking by itself.
        QVERIFY(window.unlockRegister(m_passphrase));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("autoLockMenu"));
        QVERIFY(menu);
        QAction *never = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isCheckable() && action->data().toInt() == 0 && action->data().isValid())
                never = action;
        }
        QVERIFY(never);
        never->trigger();
        QCOMPARE(AutoLock::idleMinutes(), 0);
        window.autoLock()->setIdleIntervalForTesting(-1); // the setting decides again
        QTest::qWait(600);
        QVERIFY(!window.isLocked());
    }

    void autoLockWhenTheScreenLocks()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(!createRegister(window, QStringLiteral("screen.custodian")).isEmpty());
        // The desktop's screen saver announces that it became active, on the session bus.
        QVERIFY2(window.autoLock()->watchesScreenLock(), "no session bus: run under tests/with-keyring.sh");
        const QDBusMessage signal = screenLockedSignal();
        QVERIFY(QDBusConnection::sessionBus().send(signal));
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("lockReasonLabel"))->text().contains(QStringLiteral("screen")));

        // Switched off in the settings: the screen lock leaves the window as it is.
        QVERIFY(window.unlockRegister(m_passphrase));
        AutoLock::setLocksWithScreen(false);
        QVERIFY(QDBusConnection::sessionBus().send(signal));
        QTest::qWait(500);
        QVERIFY(!window.isLocked());
    }

    // logind locks this login session (loginctl lock-session, as KDE and many desktops do), on the
    // system bus; the locks of other sessions leave the window as it is.
    void autoLockWhenLogindLocksTheSession()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(!createRegister(window, QStringLiteral("logind.custodian")).isEmpty());
        auto *watcher = window.autoLock()->findChild<ScreenLockWatcher *>();
        QVERIFY(watcher);
        QVERIFY(syncWithLogind());
        QVERIFY(m_logind.sessionsAsked.contains(QStringLiteral("auto")));
        QVERIFY(!window.isLocked());

        QVERIFY(sendSessionSignal(FakeLogind::sessionPath(), QStringLiteral("Lock")));
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("lockReasonLabel"))->text().contains(QStringLiteral("screen")));

        // Another session locks, not this one: nothing happens. This session's Unlock, sent after
        // that, arrives after it and shows that it has been read.
        QVERIFY(window.unlockRegister(m_passphrase));
        QSignalSpy locked(watcher, &ScreenLockWatcher::screenLocked);
        QSignalSpy unlocked(watcher, &ScreenLockWatcher::screenUnlocked);
        QVERIFY(sendSessionSignal(QStringLiteral("/org/freedesktop/login1/session/_33"), QStringLiteral("Lock")));
        QVERIFY(sendLockedHint(QStringLiteral("/org/freedesktop/login1/session/_33"), true));
        QVERIFY(sendSessionSignal(FakeLogind::sessionPath(), QStringLiteral("Unlock")));
        QTRY_COMPARE(unlocked.count(), 1);
        QCOMPARE(locked.count(), 0);
        QVERIFY(!window.isLocked());

        // The screen locker tells logind that the session is locked (LockedHint).
        QVERIFY(sendLockedHint(FakeLogind::sessionPath(), true));
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
        QCOMPARE(locked.count(), 1);
    }

    // A logind that does not know the session "auto" (older systemd) is asked by process ID.
    void anOlderLogindIsAskedByProcessId()
    {
        m_logind.knowsAuto = false;
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(!createRegister(window, QStringLiteral("logind-pid.custodian")).isEmpty());
        // Two rounds: the question by process ID follows the refusal.
        QVERIFY(syncWithLogind());
        QVERIFY(syncWithLogind());
        QVERIFY(m_logind.sessionsAsked.contains(QStringLiteral("auto")));
        QVERIFY(m_logind.pidsAsked.contains(uint(QCoreApplication::applicationPid())));
        QVERIFY(sendSessionSignal(FakeLogind::sessionPath(), QStringLiteral("Lock")));
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    }

    // The screen locked and unlocked again during a long operation: nothing to lock afterwards. The
    // platform's watcher says so; where the screen stays locked, the register locks once it ends.
    void aScreenUnlockedDuringALongOperationLeavesItOpen()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(!createRegister(window, QStringLiteral("operation-unlocked.custodian")).isEmpty());
        auto *watcher = window.autoLock()->findChild<ScreenLockWatcher *>();
        QVERIFY(watcher);
        {
            const AutoLock::Suspend operation(*window.autoLock());
            emit watcher->screenLocked();
            emit watcher->screenUnlocked();
        }
        QTest::qWait(300);
        QVERIFY(!window.isLocked());
        {
            const AutoLock::Suspend operation(*window.autoLock());
            emit watcher->screenLocked();
            QVERIFY(!window.isLocked());
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("lockReasonLabel"))->text().contains(QStringLiteral("screen")));
    }

    // A long operation holds the auto-lock off: with the lock after a minute (shortened here) the
    // idle time passes several times over without a lock while it runs; afterwards it locks again.
    void autoLockWaitsForALongOperation()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!createRegister(window, QStringLiteral("operation.custodian")).isEmpty());
        AutoLock::setIdleMinutes(1);
        AutoLock *autoLock = window.autoLock();
        autoLock->reloadSettings();
        QVERIFY(autoLock->isActive());
        {
            const AutoLock::Suspend operation(*autoLock);
            QVERIFY(autoLock->isSuspended());
            autoLock->setIdleIntervalForTesting(100); // the minute, shortened
            QTest::qWait(600);
            QVERIFY(!window.isLocked());
            QVERIFY(window.isRegisterOpen());
        }
        QVERIFY(!autoLock->isSuspended());
        QVERIFY(!window.isLocked()); // the idle time starts again when the operation ends
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("lockReasonLabel"))
                    ->text()
                    .contains(QStringLiteral("without use")));
    }

    // The screen locking during a long operation locks the register once the operation has ended.
    void aScreenLockDuringALongOperationLocksAfterIt()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(!createRegister(window, QStringLiteral("operation-screen.custodian")).isEmpty());
        QVERIFY2(window.autoLock()->watchesScreenLock(), "no session bus: run under tests/with-keyring.sh");
        const QDBusMessage signal = screenLockedSignal();
        {
            const AutoLock::Suspend operation(*window.autoLock());
            QVERIFY(QDBusConnection::sessionBus().send(signal));
            QTest::qWait(500);
            QVERIFY(!window.isLocked());
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("lockReasonLabel"))->text().contains(QStringLiteral("screen")));
    }

    // Changing the passphrase re-keys the whole file: the auto-lock is held off through it, even when
    // the idle time runs out meanwhile, and locks afterwards.
    void changingThePassphraseHoldsTheAutoLockOff()
    {
        TestSupport::TestWindow window(&m_language, QString(), &m_keyStore);
        QVERIFY(window.showAt());
        QVERIFY(!createRegister(window, QStringLiteral("rekey.custodian")).isEmpty());
        const QString newPassphrase = QStringLiteral("paard batterij nietje correct wolk");
        AutoLock *autoLock = window.autoLock();
        bool answered = false;
        bool sawSuspended = false;
        bool lockedWhileSuspended = false;
        QString unexpected;
        QTimer watcher;
        watcher.setInterval(5);
        connect(&watcher, &QTimer::timeout, this, [&] {
            sawSuspended = sawSuspended || autoLock->isSuspended();
            lockedWhileSuspended = lockedWhileSuspended || (autoLock->isSuspended() && window.isLocked());
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ChangePassphraseDialog *>(modal); dialog && !answered) {
                answered = true;
                dialog->findChild<QLineEdit *>(QStringLiteral("currentPassphraseEdit"))->setText(m_passphrase);
                dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(newPassphrase);
                dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphraseEdit"))->setText(newPassphrase);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                // From here on the idle time is over at once: only the hold keeps the register open.
                autoLock->setIdleIntervalForTesting(1);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                unexpected = box->text();
                box->reject();
            }
        });
        watcher.start();
        window.changePassphrase();
        watcher.stop();
        QVERIFY(answered);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        QVERIFY(sawSuspended);
        QVERIFY(!lockedWhileSuspended);
        QVERIFY(!autoLock->isSuspended());
        QVERIFY(window.isRegisterOpen());
        // Afterwards the idle time counts again, and the register opens with the new passphrase only.
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
        QVERIFY(!window.unlockRegister(m_passphrase));
        autoLock->setIdleIntervalForTesting(-1);
        QVERIFY(window.unlockRegister(newPassphrase));
    }

    void theDemoLockScreenShowsItsPassphrase()
    {
        MainWindow window(&m_keyStore, &m_language);
        window.show();
        QVERIFY(window.openDemo());
        window.lockRegister();
        auto *demo = window.findChild<QLabel *>(QStringLiteral("lockDemoLabel"));
        QVERIFY(demo->isVisible());
        QVERIFY(demo->text().contains(Register::DemoRegister::passphrase()));
        QVERIFY(window.unlockRegister(Register::DemoRegister::passphrase()));
        QVERIFY(window.isDemo());
    }
};

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
