#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

#include "Status.h"
#include "app/RegisterSession.h"

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace Custodian::Storage {
class KeyStore;
} // namespace Custodian::Storage

namespace Custodian::Ui {

class AutoLock;
class DashboardPage;
class LockScreen;
class HelpDialog;
class LanguageManager;
class OrganisationPage;
class RegisterContext;
class SectionPage;
class RegisterSettingsPage;
class StartPage;

// The one window: the start page while no register is open, the register's sections once one is,
// the lock screen while it is locked. The register's life cycle is the RegisterSession's; the window
// asks it, answers its prompts with dialogs and shows what it reports.
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

    OrganisationPage *organisationPage() const { return m_organisationPage; }
    RegisterContext *registerContext() const { return m_context.get(); }
    RegisterSettingsPage *settingsPage() const { return m_settingsPage; }
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
    void showAbout();
    // Switches to a section by code ("activity", "findings", ...).
    void goToSection(const QString &code);
    // Shows one item in its section (a jump link).
    void showEntity(const QString &entity, const QString &uuid);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void showUnlockDialog(const QString &path, const QString &message);
    RegisterSession::Prompts sessionPrompts();
    void showRegister();
    void showLockScreen(const QString &reason);
    void showUnlocked(const QStringList &notices, bool changedElsewhere);
    void updateAutoLockMenu();
    // File › Recent registers, made anew each time it opens.
    void fillRecentMenu();
    // Forgets a recent register: the entry and the passphrase remembered for it.
    void forgetRecent(const QString &path);
    void showStartPage();
    void updateTitle();
    void updateStatus();
    void updateActions();
    // The bar above the sections with what the person must know about the open register, one sentence a line;
    // hidden when there is nothing.
    void showNotices(const QStringList &notices);
    bool maybeSave();
    bool saveAll();
    // Saves the edits of the page on screen (Ctrl+S); true when there was nothing to save.
    bool saveCurrent();
    void buildSections();
    void teardownSections();
    QString sectionTitle(const QString &code) const;
    SectionPage *currentSectionPage() const;

    LanguageManager *m_language = nullptr;
    RegisterSession *m_session = nullptr;
    std::unique_ptr<RegisterContext> m_context;

    struct SectionEntry
    {
        QString code; // entity code of the section, or "dashboard", "organisation", "findings", "settings"
        QWidget *widget = nullptr;
        SectionPage *section = nullptr; // set for list sections
    };
    QList<SectionEntry> m_entries; // in navigation order
    QString m_lastSaved;

    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QWidget *m_registerView = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_sections = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    OrganisationPage *m_organisationPage = nullptr;
    RegisterSettingsPage *m_settingsPage = nullptr;
    QLabel *m_statusLabel = nullptr;
    QFrame *m_noticeBar = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QPushButton *m_noticeDismissButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_autoLockMenu = nullptr;
    QActionGroup *m_autoLockGroup = nullptr;
    QAction *m_lockWithScreenAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newItemAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
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
