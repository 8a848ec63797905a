#pragma once

#include <QMainWindow>
#include <QStringList>

#include "Status.h"
#include "app/RegisterSession.h"
#include "app/RegisterView.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Custodian::Storage {
class KeyStore;
} // namespace Custodian::Storage

namespace Custodian::Ui {

class AutoLock;
class LockScreen;
class HelpDialog;
class LanguageManager;
class StartPage;

// The one window: the start page while no register is open, the register's sections (RegisterView)
// once one is, the lock screen while it is locked. The register's life cycle is the RegisterSession's;
// the window asks it, answers its prompts with dialogs and shows what it reports.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Storage::KeyStore *keyStore, LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The operations behind the dialogs, callable without them (tests, command-line file arguments).
    Status createRegister(const QString &path, const QString &organisationName, const QString &passphrase,
                          bool remember);
    Status openRegister(const QString &path, const QString &passphrase, bool remember);
    // Creates a fresh copy of the demo register and opens it, marked as a demo.
    Status openDemo();
    bool isDemo() const;
    // Asks whether to save unsaved changes; false when the person cancels.
    bool closeRegister();
    // The deadlines of requests, breaches, agreements and reviews, overdue or within a year, as an
    // iCalendar file (Register::DueList::toIcs); *count says how many.
    Status exportDeadlines(const QString &path, int *count = nullptr);
    static constexpr int deadlineExportDays = 365;
    bool isRegisterOpen() const;
    // Locked: the register file is closed and the window shows the lock screen; the sections keep
    // their state behind it.
    bool isLocked() const;
    // Unlocks the locked register with its passphrase; on failure the lock screen says why.
    Status unlockRegister(const QString &passphrase);
    LockScreen *lockScreen() const { return m_lockScreen; }
    AutoLock *autoLock() const;
    RegisterSession *session() const { return m_session; }
    QString registerPath() const;

    OrganisationPage *organisationPage() const { return m_registerView->organisationPage(); }
    RegisterContext *registerContext() const { return m_registerView->registerContext(); }
    RegisterSettingsPage *settingsPage() const { return m_registerView->settingsPage(); }
    // True when any section has unsaved edits.
    bool hasUnsavedChanges() const;

    // The user guide, at the part about the section on screen (F1).
    void showGuide();
    HelpDialog *helpDialog() const { return m_helpDialog; }

public slots:
    void newRegister();
    void openRegisterDialog();
    void exploreDemo();
    // Unlocks path: with the remembered passphrase when there is one, else through the unlock dialog.
    void openRegisterInteractive(const QString &path);
    void lockRegister();
    // Locks after the idle time or when the screen locks; reason says which, on the lock screen.
    void lockRegisterFor(const QString &reason);
    void changePassphrase();
    // File › Export deadlines…: asks where, then writes exportDeadlines().
    void exportDeadlinesDialog();
    // File › Save a copy and File › Restore a backup (Exchange::Backups).
    void saveCopyDialog();
    void restoreDialog();
    void exportDialog();
    void importWizard();
    void showAbout();
    // Switches to a section by code ("activity", "findings", ...).
    void goToSection(const QString &code) { m_registerView->goToSection(code); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateTitle();
    void updateStatus();
    void updateActions();
    RegisterSession::Prompts sessionPrompts();
    bool maybeSave();
    void showUnlockDialog(const QString &path, const QString &message);
    void showStartPage();
    void showRegister();
    void showLockScreen(const QString &reason);
    void showUnlocked(const QStringList &notices, bool changedElsewhere);
    // File › Recent registers, made anew each time it opens.
    void fillRecentMenu();
    // Forgets a recent register: the entry and the passphrase remembered for it.
    void forgetRecent(const QString &path);

    QString m_lastSaved;
    LanguageManager *m_language = nullptr;
    RegisterSession *m_session = nullptr;

    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    RegisterView *m_registerView = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newItemAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
    QAction *m_exportDeadlinesAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_guideAction = nullptr;
    HelpDialog *m_helpDialog = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
};

} // namespace Custodian::Ui
