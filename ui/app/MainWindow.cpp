#include "app/MainWindow.h"

#include "sections/letters/LetterDialog.h"
#include "sections/letters/LetterTemplatesDialog.h"

#include "app/HelpDialog.h"
#include "framework/LanguageChange.h"

#include "app/AutoLock.h"
#include "app/AutoLockMenu.h"
#include "app/BackupMenu.h"
#include "app/ChangePassphraseDialog.h"
#include "app/CreateRegisterDialog.h"
#include "app/ExportDialog.h"
#include "app/ImportWizard.h"
#include "app/LanguageManager.h"
#include "app/LockScreen.h"
#include "app/RecentFiles.h"
#include "app/RegisterSession.h"
#include "app/RestoreDialog.h"
#include "app/StartPage.h"
#include "app/UnlockDialog.h"
#include "framework/Confirm.h"
#include "framework/RegisterContext.h"
#include "framework/SectionPage.h"
#include "sections/organisation/OrganisationPage.h"
#include "widgets/Icons.h"

#include "register/DemoRegister.h"
#include "register/queries/DueList.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>

namespace Custodian::Ui {

namespace {

// How long a status-bar notice stays: long enough to read it after the dialog that led to it has closed.
constexpr int noticeMilliseconds = 15000;

} // namespace

MainWindow::MainWindow(Storage::KeyStore *keyStore, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_language(language)
{
    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_stack->addWidget(m_startPage);

    m_registerView = new RegisterView(m_stack);
    m_stack->addWidget(m_registerView);
    m_lockScreen = new LockScreen(m_stack);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    m_session = new RegisterSession(keyStore, sessionPrompts(), this);
    m_registerView->setAutoLock(m_session->autoLock());
    connect(m_session, &RegisterSession::aboutToClose, m_registerView, &RegisterView::teardownSections);
    connect(m_session, &RegisterSession::opened, this, &MainWindow::showRegister);
    connect(m_session, &RegisterSession::notices, m_registerView, &RegisterView::showNotices);
    connect(m_session, &RegisterSession::closed, this, &MainWindow::showStartPage);
    connect(m_session, &RegisterSession::locked, this, &MainWindow::showLockScreen);
    connect(m_session, &RegisterSession::unlocked, this, &MainWindow::showUnlocked);
    connect(m_session, &RegisterSession::openRefused, this,
            [this](const Status &status) { QMessageBox::warning(this, tr("Open a register"), status.message()); });
    // Remembering failed: the register stays open; the person is told why it will ask again.
    connect(m_session, &RegisterSession::passphraseNotRemembered, this, [this](const Status &status) {
        QMessageBox::information(this, tr("Passphrase not remembered"), status.message());
    });
    connect(m_session, &RegisterSession::backupTaken, this, [this](const QString &path) {
        statusBar()->showMessage(tr("A backup was kept as %1.").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_session, &RegisterSession::backupFailed, this, [this](const Status &status) {
        QMessageBox::warning(this, tr("Automatic backup"),
                             tr("No backup could be kept of the register just closed: %1 The register itself is "
                                "as you left it.")
                                 .arg(status.message()));
    });
    connect(m_session, &RegisterSession::recentRegistersChanged, this, [this] {
        m_startPage->refreshRecentFiles();
        fillRecentMenu();
    });
    connect(m_session->autoLock(), &AutoLock::lockRequested, this, [this](AutoLock::Reason reason) {
        lockRegisterFor(reason == AutoLock::Reason::Idle
                            ? tr("Locked after %n minute(s) without use.", nullptr, AutoLock::idleMinutes())
                            : tr("Locked because the screen was locked."));
    });
    connect(m_lockScreen, &LockScreen::unlockRequested, this,
            [this](const QString &passphrase) { (void)unlockRegister(passphrase); });
    connect(m_lockScreen, &LockScreen::closeRequested, this, [this] { closeRegister(); });

    // Without stretch: a stretched permanent widget takes the whole bar and leaves no room for showMessage()
    // (review D8); the notices are shown to its left.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();

    connect(m_startPage, &StartPage::createRequested, this, &MainWindow::newRegister);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openRegisterDialog);
    connect(m_startPage, &StartPage::recentFileRequested, this, &MainWindow::openRegisterInteractive);
    connect(m_startPage, &StartPage::recentRemovalRequested, this, &MainWindow::forgetRecent);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::exploreDemo);
    auto onChanged = [this] {
        updateTitle();
        updateActions();
    };
    connect(m_registerView, &RegisterView::currentSectionChanged, this, onChanged);
    connect(m_registerView, &RegisterView::modifiedChanged, this, onChanged);
    connect(m_registerView, &RegisterView::currentItemChanged, this, &MainWindow::updateTitle);
    connect(m_registerView, &RegisterView::saved, this, [this] {
        m_lastSaved = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        updateStatus();
    });
    connect(m_registerView, &RegisterView::readFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, noticeMilliseconds); });
    if (m_language)
        connect(m_language, &LanguageManager::languageChanged, this, [this] { updateStatus(); });

    resize(1100, 760);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    LanguageChange::follow(this, [this] { retranslateUi(); });
    showStartPage();
}

MainWindow::~MainWindow() = default;

RegisterSession::Prompts MainWindow::sessionPrompts()
{
    RegisterSession::Prompts prompts;
    prompts.release = [this] {
        return maybeSave() ? Status::ok()
                           : Status::error(Status::Code::InvalidInput, tr("The open register has unsaved changes."));
    };
    prompts.openReadOnly = [this](const Status &why) {
        QMessageBox box(QMessageBox::Information, tr("Open a register"), why.message(), QMessageBox::Cancel, this);
        QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        return box.clickedButton() == readOnly;
    };
    prompts.askPassphrase = [this](const QString &path, const QString &message) { showUnlockDialog(path, message); };
    return prompts;
}

bool MainWindow::isDemo() const
{
    return m_session->isDemo();
}

bool MainWindow::isLocked() const
{
    return m_session->isLocked();
}

AutoLock *MainWindow::autoLock() const
{
    return m_session->autoLock();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Ctrl+N starts a new item in the section on screen; a new register is Ctrl+Shift+N.
    m_newItemAction = m_fileMenu->addAction(QString(), this, [this] {
        if (SectionPage *page = m_registerView->currentSectionPage())
            page->startNew();
    });
    m_newItemAction->setObjectName(QStringLiteral("newItemAction"));
    m_newItemAction->setShortcut(QKeySequence::New);
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newRegister);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openRegisterDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentRegistersMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_demoAction = m_fileMenu->addAction(QString(), this, &MainWindow::exploreDemo);
    m_saveAction = m_fileMenu->addAction(QString(), this, [this] {
        if (isRegisterOpen())
            m_registerView->saveCurrent();
    });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importWizard);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportDialog);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    // Reports are made, previewed and printed in their section.
    m_reportsAction =
        m_fileMenu->addAction(QString(), this, [this] { m_registerView->goToSection(QStringLiteral("reports")); });
    m_reportsAction->setObjectName(QStringLiteral("reportsAction"));
    m_reportsAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_changePassphraseAction = m_fileMenu->addAction(QString(), this, &MainWindow::changePassphrase);
    m_exportDeadlinesAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportDeadlinesDialog);
    m_exportDeadlinesAction->setObjectName(QStringLiteral("exportDeadlinesAction"));
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopyDialog);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreDialog);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRegister);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    Icons::apply({{m_newItemAction, Icons::Action::NewItem},
                  {m_newAction, Icons::Action::NewRegister},
                  {m_openAction, Icons::Action::Open},
                  {m_saveAction, Icons::Action::Save},
                  {m_lockAction, Icons::Action::Lock}});
    m_closeAction = m_fileMenu->addAction(QString(), this, [this] { closeRegister(); });
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    m_languageGroup->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    const QStringList languages = LanguageManager::availableLanguages();
    for (const QString &code : languages) {
        QAction *action = m_languageMenu->addAction(LanguageManager::displayName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
    }
    const QString chosen = m_language ? m_language->chosenLanguage() : QString();
    const QList<QAction *> languageActions = m_languageGroup->actions();
    for (QAction *action : languageActions)
        action->setChecked(action->data().toString() == chosen);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_language)
            m_language->setLanguage(action->data().toString());
    });
    m_settingsMenu->addMenu(new AutoLockMenu(m_session->autoLock(), m_settingsMenu));
    m_settingsMenu->addMenu(new BackupMenu(m_settingsMenu));

    // Ctrl+1 … Ctrl+9 and Ctrl+0 go to the sections in the order the navigation lists them.
    const QList<Qt::Key> digits = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                   Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0};
    for (int row = 0; row < digits.size(); ++row) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | digits.at(row)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, row] {
            if (isRegisterOpen())
                m_registerView->goToSectionAt(row);
        });
        addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_guideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New register…"));
    m_newItemAction->setText(tr("New &item"));
    m_openAction->setText(tr("&Open register…"));
    m_recentMenu->setTitle(tr("&Recent registers"));
    fillRecentMenu();
    m_demoAction->setText(tr("Explore the &demo register"));
    m_saveAction->setText(tr("&Save"));
    m_changePassphraseAction->setText(tr("Change &passphrase…"));
    m_exportDeadlinesAction->setText(tr("&Export deadlines…"));
    m_exportDeadlinesAction->setStatusTip(
        tr("Save the deadlines of requests, breaches, agreements and reviews as a calendar file (.ics), with "
           "reminders, for Outlook, Thunderbird or any calendar."));
    m_saveCopyAction->setText(tr("Save a c&opy…"));
    m_saveCopyAction->setStatusTip(
        tr("Save an encrypted copy of the register, with the same passphrase, while it stays "
           "open; the copy is opened once to prove it."));
    m_importAction->setText(tr("I&mport…"));
    m_importAction->setStatusTip(tr("Add and update items from a workbook, CSV files (our lists or the ICO template) "
                                    "or a JSON export, after a dry run."));
    m_exportAction->setText(tr("E&xport…"));
    m_exportAction->setStatusTip(
        tr("Write the register as an Excel workbook, CSV files or a JSON document, in Dutch or English."));
    m_reportsAction->setText(tr("Repor&ts and printing…"));
    m_reportsAction->setStatusTip(tr("Print the register for an auditor, or save it as PDF/A, in Dutch or English."));
    m_restoreAction->setText(tr("&Restore a backup…"));
    m_restoreAction->setStatusTip(tr("Restore an automatic backup or a copy as a new register file."));
    m_lockAction->setText(tr("&Lock"));
    m_closeAction->setText(tr("&Close register"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("User &guide"));
    m_aboutAction->setText(tr("&About Custodian"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle();
    updateStatus();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QList<RecentFiles::Entry> entries = RecentFiles::entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QFileInfo info(entries.at(i).path);
        // "&1 register.custodian — /home/…": a digit to reach it, the folder to tell copies apart.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        const QString path = entries.at(i).path;
        connect(action, &QAction::triggered, this, [this, path] { openRegisterInteractive(path); });
    }
    if (entries.isEmpty())
        m_recentMenu->addAction(tr("No recent registers"))->setEnabled(false);
    m_recentMenu->setEnabled(!isLocked());
}

void MainWindow::forgetRecent(const QString &path)
{
    m_session->forgetRecent(path);
}

bool MainWindow::isRegisterOpen() const
{
    return m_session->isOpen();
}

QString MainWindow::registerPath() const
{
    return m_session->path();
}

void MainWindow::updateTitle()
{
    // The file name only: nothing of the register's content goes into a window title.
    QString title;
    if (isRegisterOpen()) {
        // The title in the current language, also while the navigation is still to be translated.
        const QString section = m_registerView->sectionTitle(m_registerView->currentSectionCode());
        const SectionPage *page = m_registerView->currentSectionPage();
        const QString item = page ? page->currentItemName() : QString();
        const QString file = QFileInfo(registerPath()).fileName();
        // The platform adds the application's name ("— Custodian") where it shows one (UI review L7).
        title = item.isEmpty() ? tr("%1 — %2[*]").arg(section, file) : tr("%1: %2 — %3[*]").arg(section, item, file);
        if (isDemo())
            title = tr("%1 (demo)").arg(title);
        if (m_session->isReadOnly())
            title = tr("%1 (read-only)").arg(title);
    } else if (isLocked()) {
        title = tr("Locked — %1").arg(QFileInfo(registerPath()).fileName());
    } else {
        title = tr("Custodian");
    }
    setWindowTitle(title);
    setWindowModified(hasUnsavedChanges());
}

void MainWindow::updateStatus()
{
    if (isLocked()) {
        m_statusLabel->setText(tr("%1 — locked").arg(QFileInfo(registerPath()).fileName()));
        return;
    }
    if (!isRegisterOpen()) {
        m_statusLabel->setText(tr("No register open"));
        return;
    }
    QString text = m_session->isReadOnly() ? tr("%1 — unlocked, read-only").arg(QFileInfo(registerPath()).fileName())
                                           : tr("%1 — unlocked").arg(QFileInfo(registerPath()).fileName());
    if (!m_lastSaved.isEmpty())
        text += QStringLiteral(" — ") + tr("last saved at %1").arg(m_lastSaved);
    m_statusLabel->setText(text);
}

Status MainWindow::exportDeadlines(const QString &path, int *count)
{
    RegisterContext *context = m_registerView->registerContext();
    if (!context)
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    QList<Register::DueItem> items;
    Status status = Register::DueList::read(context->database(), context->today(), deadlineExportDays, &items);
    if (status)
        status = Register::DueList::writeIcs(items, path, QDateTime::currentDateTimeUtc());
    if (status && count)
        *count = int(items.size());
    return status;
}

void MainWindow::exportDeadlinesDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export deadlines"),
                                                      QDir::home().filePath(tr("deadlines") + QStringLiteral(".ics")),
                                                      tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    int count = 0;
    const Status status = exportDeadlines(path, &count);
    if (!status) {
        QMessageBox::warning(this, tr("Export deadlines"), status.message());
        return;
    }
    statusBar()->showMessage(tr("%n deadline(s) saved to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::saveCopyDialog()
{
    const QString proposed = m_session->besideRegister(tr("%1 copy %2"), QStringLiteral(".custodian"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), proposed, tr("Custodian registers (*.custodian)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    Storage::HistoryHead head;
    const Status status = m_session->saveCopy(path, &head);
    if (!status) {
        QMessageBox::warning(this, tr("Save a copy"), status.message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1 (state %2); it opens with the register's passphrase.")
                                 .arg(QDir::toNativeSeparators(path), head.shortText()),
                             10000);
}

void MainWindow::restoreDialog()
{
    RestoreDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || dialog.restoredPath().isEmpty())
        return;
    const QString path = dialog.restoredPath();
    if (QMessageBox::question(this, tr("Restore a backup"),
                              tr("The backup was restored as %1, and its history records the restore. Open it now "
                                 "in place of the register open now?")
                                  .arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open) == QMessageBox::Open)
        openRegisterInteractive(path);
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(m_session, m_language->activeLanguage(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.exportedText(), 10000);
}

void MainWindow::importWizard()
{
    ImportWizard wizard(m_session, this);
    if (wizard.exec() == QDialog::Accepted && !wizard.resultText().isEmpty())
        statusBar()->showMessage(wizard.resultText(), 10000);
}

void MainWindow::updateActions()
{
    const bool open = isRegisterOpen();
    // Ctrl+S saves the page on screen.
    m_saveAction->setEnabled(open && m_registerView->isCurrentSectionModified());
    m_newItemAction->setEnabled(open && m_registerView->currentSectionPage() && !m_session->isReadOnly());
    m_changePassphraseAction->setEnabled(open);
    m_exportDeadlinesAction->setEnabled(open);
    m_saveCopyAction->setEnabled(open);
    m_restoreAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_reportsAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_session->isReadOnly());
    m_lockAction->setEnabled(open);
    m_closeAction->setEnabled(open || isLocked());
    // While locked only the lock screen, closing and quitting are offered.
    for (QAction *action : {m_newAction, m_openAction, m_demoAction})
        action->setEnabled(!isLocked());
    m_recentMenu->setEnabled(!isLocked());
}

void MainWindow::showStartPage()
{
    m_registerView->showNotices({});
    m_startPage->refreshRecentFiles();
    m_stack->setCurrentWidget(m_startPage);
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::showGuide()
{
    if (!m_helpDialog)
        m_helpDialog = new HelpDialog(this);
    // The part about the section on screen; the start when no register is open.
    m_helpDialog->showAt(
        HelpDialog::anchorFor(m_session->database() ? m_registerView->currentSectionCode() : QString()));
}

void MainWindow::showRegister()
{
    m_registerView->open(*m_session->database(), isDemo());
    m_stack->setCurrentWidget(m_registerView);
    m_lastSaved.clear();
    updateTitle();
    updateStatus();
    updateActions();
}

Status MainWindow::createRegister(const QString &path, const QString &organisationName, const QString &passphrase,
                                  bool remember)
{
    return m_session->create(path, organisationName, passphrase, remember);
}

Status MainWindow::openRegister(const QString &path, const QString &passphrase, bool remember)
{
    return m_session->open(path, passphrase, remember);
}

Status MainWindow::openDemo()
{
    return m_session->openDemo();
}

void MainWindow::exploreDemo()
{
    const Status status = openDemo();
    if (!status)
        QMessageBox::warning(this, tr("Demo register"), status.message());
}

bool MainWindow::hasUnsavedChanges() const
{
    return (isRegisterOpen() || isLocked()) && m_registerView->hasUnsavedChanges();
}

bool MainWindow::maybeSave()
{
    if (!hasUnsavedChanges())
        return true;
    if (isLocked()) {
        // Nothing can be saved into a closed register: the edits go, or the person unlocks first.
        return confirmAction(this, tr("Unsaved changes"),
                             tr("The register is locked and has unsaved changes. Close it without saving them? "
                                "To keep them, unlock the register and save."),
                             tr("Close without saving"), true);
    }
    const auto answer =
        askToSave(this, tr("Unsaved changes"), tr("The register has unsaved changes. Save them before closing?"));
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_registerView->saveAll();
    return true;
}

bool MainWindow::closeRegister()
{
    return m_session->close();
}

void MainWindow::lockRegister()
{
    lockRegisterFor(QString());
}

void MainWindow::lockRegisterFor(const QString &reason)
{
    if (!isRegisterOpen() || isLocked())
        return;
    // Dialogs over the register (history, messages) close: nothing of it stays on screen.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (!dialog->isVisible() || dialog == m_helpDialog)
            continue;
        // A letter or template being edited is kept, not lost to a prompt no one answers.
        if (auto *letter = qobject_cast<LetterDialog *>(dialog))
            letter->closeForLock();
        else if (auto *templates = qobject_cast<LetterTemplatesDialog *>(dialog))
            templates->closeForLock();
        else
            dialog->reject();
    }
    m_session->lock(reason);
}

void MainWindow::showLockScreen(const QString &reason)
{
    m_lockScreen->setRegister(QFileInfo(registerPath()).fileName(), reason,
                              isDemo() ? Register::DemoRegister::passphrase() : QString());
    m_lockScreen->setUnsavedChanges(hasUnsavedChanges());
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockScreen->focusPassphrase();
    updateTitle();
    updateStatus();
    updateActions();
}

Status MainWindow::unlockRegister(const QString &passphrase)
{
    const Status status = m_session->unlock(passphrase);
    if (!status && isLocked())
        m_lockScreen->setMessage(status.message());
    return status;
}

void MainWindow::showUnlocked(const QStringList &notices, bool changedElsewhere)
{
    m_lockScreen->setRegister(QString(), QString(), QString()); // forgets the typed passphrase
    QStringList shown = notices;
    if (changedElsewhere) {
        // Changed elsewhere while locked: read again, unless that would drop unsaved edits.
        if (!hasUnsavedChanges()) {
            m_registerView->reload();
        } else {
            shown << tr("The register was changed elsewhere while it was locked. Save or revert your unsaved "
                        "changes, then reopen the register to see the other changes.");
        }
    }
    registerContext()->setToday(QDate::currentDate()); // the findings are computed again
    m_stack->setCurrentWidget(m_registerView);
    m_registerView->showNotices(shown);
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::newRegister()
{
    CreateRegisterDialog dialog(this);
    dialog.setKeychainAvailable(m_session->keychainAvailable());
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = createRegister(dialog.filePath(), dialog.organisationName(), dialog.passphrase(),
                                             dialog.rememberPassphrase());
        if (status)
            return;
        // The system's own words too (UI review H4): "No space left on device" says what to do.
        dialog.setError(status.detail().isEmpty() ? status.message()
                                                  : tr("%1 (%2)").arg(status.message(), status.detail()));
    }
}

void MainWindow::openRegisterDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a register"), QString(),
                                                      tr("Custodian registers (*.custodian);;All files (*)"));
    if (!path.isEmpty())
        openRegisterInteractive(path);
}

void MainWindow::openRegisterInteractive(const QString &path)
{
    m_session->openInteractive(path);
}

void MainWindow::showUnlockDialog(const QString &path, const QString &message)
{
    UnlockDialog dialog(
        path,
        [this, path](const QString &passphrase, bool remember) { return openRegister(path, passphrase, remember); },
        this);
    dialog.setKeychainAvailable(m_session->keychainAvailable());
    dialog.setRemember(RegisterSession::remembersPassphrase(path));
    dialog.setMessage(message);
    dialog.exec();
}

void MainWindow::changePassphrase()
{
    if (!isRegisterOpen())
        return;
    if (m_session->isReadOnly()) {
        QMessageBox::information(this, tr("Change passphrase"),
                                 tr("The register is open read-only: its passphrase can only be changed where it is "
                                    "open for writing."));
        return;
    }
    // The current passphrase is checked against the file before anything changes (UI review M12).
    ChangePassphraseDialog dialog(
        [this](const QString &current) { return m_session->database()->checkPassphrase(current); }, this);
    const QLineEdit *organisationName = organisationPage()->fieldEdit(QStringLiteral("name"));
    dialog.setContextWords(
        {organisationName ? organisationName->text() : QString(), QFileInfo(registerPath()).completeBaseName()});
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString passphrase = dialog.newPassphrase();
    Status status;
    {
        // Nothing locks while the passphrase changes: the progress shown repaints the window, and the
        // session holds the auto-lock off through the rekey itself.
        const AutoLock::Suspend operation(*autoLock());
        // The register is copied under the new passphrase, the copy proved, then put in place: a few
        // seconds for a large register. The stages are shown; the window repaints, but takes no input.
        QProgressDialog progress(tr("Changing the passphrase…"), QString(), 0, 3, this);
        progress.setWindowTitle(tr("Change passphrase"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setCancelButton(nullptr);
        progress.setValue(0);
        status = m_session->changePassphrase(passphrase, [&progress](Storage::Database::RekeyStage stage) {
            switch (stage) {
            case Storage::Database::RekeyStage::Copying:
                progress.setLabelText(tr("Writing the register under the new passphrase…"));
                progress.setValue(0);
                break;
            case Storage::Database::RekeyStage::Proving:
                progress.setLabelText(tr("Checking that the new passphrase opens the copy…"));
                progress.setValue(1);
                break;
            case Storage::Database::RekeyStage::Replacing:
                progress.setLabelText(tr("Putting the re-encrypted register in place…"));
                progress.setValue(2);
                break;
            }
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
        progress.setValue(3);
        progress.close();
    }
    if (!status) {
        QMessageBox::warning(this, tr("Change passphrase"), status.message());
        // Changed, but not opened again: the window must not go on showing a closed register.
        if (!isRegisterOpen())
            closeRegister();
        return;
    }
    m_registerView->showNotices(
        {tr("The passphrase has been changed. The register now opens with the new passphrase only; "
            "copies you made earlier still open with the old one.")});
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Custodian"),
        tr("<h3>Custodian %1</h3><p>A GDPR register for privacy officers, kept in one encrypted file.</p>"
           "<p>Copyright © 2026 the Custodian developers. Licensed under the GNU General Public License, version 3 "
           "or later; the source code is at <a href=\"%3\">%3</a>.</p>"
           "<p>Built with Qt %2 (LGPL-3.0), SQLCipher (BSD-3-Clause), SQLite (public domain), QtKeychain "
           "(BSD-3-Clause) and OpenSSL (Apache-2.0); their notices are in THIRD-PARTY-NOTICES.md.</p>")
            .arg(QStringLiteral(CUSTODIAN_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral("https://github.com/custodian-register/custodian")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeRegister()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    event->accept();
}

} // namespace Custodian::Ui
