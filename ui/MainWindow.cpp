#include "MainWindow.h"

#include "ChangePassphraseDialog.h"
#include "CreateRegisterDialog.h"
#include "LanguageManager.h"
#include "OrganisationPage.h"
#include "RecentFiles.h"
#include "RegisterSettingsPage.h"
#include "StartPage.h"
#include "UnlockDialog.h"

#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>

namespace Custodian::Ui {

namespace {
enum Section { OrganisationSection, SettingsSection };
}

MainWindow::MainWindow(Storage::KeyStore *keyStore, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_keyStore(keyStore), m_language(language)
{
    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_stack->addWidget(m_startPage);

    m_registerView = new QWidget(m_stack);
    m_navigation = new QListWidget(m_registerView);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sections = new QStackedWidget(m_registerView);
    m_organisationPage = new OrganisationPage(m_sections);
    m_sections->addWidget(m_organisationPage);
    m_settingsPage = new RegisterSettingsPage(m_sections);
    m_sections->addWidget(m_settingsPage);
    // Only what exists: further sections join the navigation as they are built.
    new QListWidgetItem(m_navigation);
    new QListWidgetItem(m_navigation);
    auto *registerLayout = new QHBoxLayout(m_registerView);
    registerLayout->addWidget(m_navigation);
    registerLayout->addWidget(m_sections, 1);
    m_stack->addWidget(m_registerView);
    setCentralWidget(m_stack);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    createActions();

    connect(m_startPage, &StartPage::createRequested, this, &MainWindow::newRegister);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openRegisterDialog);
    connect(m_startPage, &StartPage::recentFileRequested, this, &MainWindow::openRegisterInteractive);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_sections->setCurrentIndex(row);
        updateTitle();
    });
    auto onModified = [this] {
        updateTitle();
        updateActions();
    };
    auto onSaved = [this] {
        m_lastSaved = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        updateStatus();
    };
    connect(m_organisationPage, &OrganisationPage::modifiedChanged, this, onModified);
    connect(m_organisationPage, &OrganisationPage::saved, this, onSaved);
    connect(m_settingsPage, &RegisterSettingsPage::modifiedChanged, this, onModified);
    connect(m_settingsPage, &RegisterSettingsPage::saved, this, onSaved);
    if (m_language)
        connect(m_language, &LanguageManager::languageChanged, this, [this] { updateStatus(); });

    resize(1100, 760);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    retranslateUi();
    showStartPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newRegister);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openRegisterDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAll);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_changePassphraseAction = m_fileMenu->addAction(QString(), this, &MainWindow::changePassphrase);
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRegister);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New register…"));
    m_openAction->setText(tr("&Open register…"));
    m_saveAction->setText(tr("&Save"));
    m_changePassphraseAction->setText(tr("Change &passphrase…"));
    m_lockAction->setText(tr("&Lock"));
    m_closeAction->setText(tr("&Close register"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Custodian"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_navigation->item(OrganisationSection)->setText(tr("Organisation"));
    m_navigation->item(SettingsSection)->setText(tr("Register settings"));
    m_navigation->setAccessibleName(tr("Sections"));
    // As wide as the longest section name in the current language, plus breathing room.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                                4 * m_navigation->fontMetrics().averageCharWidth());
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::isRegisterOpen() const
{
    return m_database && m_database->isOpen();
}

QString MainWindow::registerPath() const
{
    return m_database ? m_database->path() : QString();
}

void MainWindow::updateTitle()
{
    // The file name only: nothing of the register's content goes into a window title.
    QString title;
    if (isRegisterOpen()) {
        const QString section = m_navigation->currentItem() ? m_navigation->currentItem()->text() : QString();
        title = tr("%1 — %2[*] — Custodian").arg(section, QFileInfo(registerPath()).fileName());
    } else {
        title = tr("Custodian");
    }
    setWindowTitle(title);
    setWindowModified(hasUnsavedChanges());
}

void MainWindow::updateStatus()
{
    if (!isRegisterOpen()) {
        m_statusLabel->setText(tr("No register open"));
        return;
    }
    QString text = tr("%1 — unlocked").arg(QFileInfo(registerPath()).fileName());
    if (!m_lastSaved.isEmpty())
        text += QStringLiteral(" — ") + tr("last saved at %1").arg(m_lastSaved);
    m_statusLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool open = isRegisterOpen();
    m_saveAction->setEnabled(hasUnsavedChanges());
    m_changePassphraseAction->setEnabled(open);
    m_lockAction->setEnabled(open);
    m_closeAction->setEnabled(open);
}

void MainWindow::showStartPage()
{
    m_startPage->refreshRecentFiles();
    m_stack->setCurrentWidget(m_startPage);
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::showRegister()
{
    m_organisations = std::make_unique<Register::OrganisationService>(*m_database);
    m_organisationPage->setService(m_organisations.get());
    m_settings = std::make_unique<Register::RegisterSettingsService>(*m_database);
    m_settingsPage->setService(m_settings.get());
    m_navigation->setCurrentRow(OrganisationSection);
    m_stack->setCurrentWidget(m_registerView);
    m_lastSaved.clear();
    updateTitle();
    updateStatus();
    updateActions();
}

Status MainWindow::createRegister(const QString &path, const QString &organisationName, const QString &passphrase,
                                  bool remember)
{
    if (!closeRegister())
        return Status::error(Status::Code::InvalidInput, tr("The open register has unsaved changes."));
    auto database = std::make_unique<Storage::Database>();
    Status status = database->create(path, passphrase);
    if (!status)
        return status;
    Register::OrganisationService organisations(*database);
    Domain::Organisation organisation;
    organisation.name = organisationName;
    status = organisations.save(organisation);
    if (!status)
        return status;
    m_database = std::move(database);
    rememberPassphrase(m_database->registerId(), passphrase, remember);
    RecentFiles::add({m_database->path(), m_database->registerId(), remember});
    showRegister();
    return Status::ok();
}

Status MainWindow::openRegister(const QString &path, const QString &passphrase, bool remember)
{
    if (!closeRegister())
        return Status::error(Status::Code::InvalidInput, tr("The open register has unsaved changes."));
    auto database = std::make_unique<Storage::Database>();
    const Status status = database->open(path, passphrase);
    if (!status)
        return status;
    m_database = std::move(database);
    rememberPassphrase(m_database->registerId(), passphrase, remember);
    RecentFiles::add({m_database->path(), m_database->registerId(), remember});
    showRegister();
    if (!m_database->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("The register was upgraded; the previous version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_database->migrationBackupPath())));
    return Status::ok();
}

void MainWindow::rememberPassphrase(const QString &registerId, const QString &passphrase, bool remember)
{
    if (!m_keyStore || registerId.isEmpty())
        return;
    QPointer<MainWindow> self(this);
    if (!remember) {
        m_keyStore->removePassphrase(registerId, [](const Status &) {});
        return;
    }
    m_keyStore->writePassphrase(registerId, passphrase, [self, registerId](const Status &status) {
        if (status || !self)
            return;
        // Remembering failed: the register stays open; the person is told why it will ask again.
        const QString path = self->registerPath();
        RecentFiles::add({path, registerId, false});
        QMessageBox::information(self, tr("Passphrase not remembered"), status.message());
    });
}

bool MainWindow::hasUnsavedChanges() const
{
    return isRegisterOpen() && (m_organisationPage->isModified() || m_settingsPage->isModified());
}

bool MainWindow::saveAll()
{
    if (m_organisationPage->isModified() && !m_organisationPage->save()) {
        m_navigation->setCurrentRow(OrganisationSection);
        return false;
    }
    if (m_settingsPage->isModified() && !m_settingsPage->save()) {
        m_navigation->setCurrentRow(SettingsSection);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The register has unsaved changes. Save them before closing?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAll();
    return true;
}

bool MainWindow::closeRegister()
{
    if (!isRegisterOpen())
        return true;
    if (!maybeSave())
        return false;
    m_organisationPage->setService(nullptr);
    m_settingsPage->setService(nullptr);
    m_organisations.reset();
    m_settings.reset();
    m_database.reset();
    showStartPage();
    return true;
}

void MainWindow::lockRegister()
{
    if (!isRegisterOpen())
        return;
    const QString path = registerPath();
    if (!closeRegister())
        return;
    // Locked: the content is gone from the window; unlocking asks for the passphrase again.
    showUnlockDialog(path, QString());
}

void MainWindow::newRegister()
{
    CreateRegisterDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status status =
            createRegister(dialog.filePath(), dialog.organisationName(), dialog.passphrase(), dialog.rememberPassphrase());
        if (status)
            return;
        dialog.setError(status.message());
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
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Open a register"),
                             tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const RecentFiles::Entry recent = RecentFiles::find(path);
    if (!m_keyStore || !recent.remembered || recent.registerId.isEmpty()) {
        showUnlockDialog(path, QString());
        return;
    }
    QPointer<MainWindow> self(this);
    m_keyStore->readPassphrase(recent.registerId, [self, path](const Status &status, const QString &secret) {
        if (!self)
            return;
        if (status) {
            const Status opened = self->openRegister(path, secret, true);
            if (opened)
                return;
            self->showUnlockDialog(path, opened.code() == Status::Code::WrongPassphrase
                                             ? tr("The remembered passphrase no longer opens this register.")
                                             : opened.message());
            return;
        }
        self->showUnlockDialog(path, status.message());
    });
}

void MainWindow::showUnlockDialog(const QString &path, const QString &message)
{
    UnlockDialog dialog(
        path, [this, path](const QString &passphrase, bool remember) { return openRegister(path, passphrase, remember); },
        this);
    dialog.setRemember(RecentFiles::find(path).remembered);
    dialog.setMessage(message);
    dialog.exec();
}

void MainWindow::changePassphrase()
{
    if (!isRegisterOpen())
        return;
    ChangePassphraseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString passphrase = dialog.newPassphrase();
    const Status status = m_database->changePassphrase(passphrase);
    if (!status) {
        QMessageBox::warning(this, tr("Change passphrase"), status.message());
        return;
    }
    const RecentFiles::Entry recent = RecentFiles::find(registerPath());
    if (recent.remembered)
        rememberPassphrase(m_database->registerId(), passphrase, true);
    statusBar()->showMessage(tr("The passphrase has been changed."), 5000);
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
