#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Custodian::Storage {
class Database;
} // namespace Custodian::Storage

namespace Custodian::Ui {

class AutoLock;
class DashboardPage;
class OrganisationPage;
class ReportsPage;
class RegisterContext;
class RegisterSettingsPage;
class SectionPage;
class SingletonPage;

// What the window shows while a register is open: the navigation, which marks every section with
// unsaved edits, the section on screen, and above them a bar with what the person must know about the
// register. The view makes the register's sections when it opens and lets go of them before it closes;
// the dashboard, the organisation and the register settings live as long as the view, so that the
// window's menus and the tests can hold on to them. It knows nothing of the session: the window tells
// it when a register opens and closes, and follows it through its signals.
class RegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterView(QWidget *parent = nullptr);
    ~RegisterView() override;

    // The register just opened: its sections made anew, the first on screen, no notices; a demo is
    // said so on the dashboard.
    void open(Storage::Database &database, bool demo);
    // Reads the register again, on the section that was on screen (it changed elsewhere while locked).
    void reload();

    // The open register's services; null while none is open.
    RegisterContext *registerContext() const { return m_context.get(); }
    OrganisationPage *organisationPage() const { return m_organisationPage; }
    RegisterSettingsPage *settingsPage() const { return m_settingsPage; }
    // The Reports section of the open register; null while none is open.
    ReportsPage *reportsPage() const { return m_reportsPage; }
    // What waits while a long report is made (the window's auto-lock).
    void setAutoLock(AutoLock *autoLock) { m_autoLock = autoLock; }

    // The list section on screen; null for the other pages.
    SectionPage *currentSectionPage() const;
    // The code of the section on screen ("dashboard", "activity", ...); empty when there is none.
    QString currentSectionCode() const;
    // The title of a section in the current language, as the navigation lists it.
    QString sectionTitle(const QString &code) const;
    // The section at index in the navigation's order, when there is one (Ctrl+1 … Ctrl+0).
    void goToSectionAt(int index);

    // True when any section has unsaved edits.
    bool hasUnsavedChanges() const;
    bool isCurrentSectionModified() const;
    // Saves every section with unsaved edits; the first that cannot be saved comes on screen, and
    // the answer is false.
    bool saveAll();
    // Saves the edits of the section on screen (Ctrl+S); true when there was nothing to save.
    bool saveCurrent();

public slots:
    // Lets go of the register before it closes: the list sections are deleted, the lasting pages
    // keep no service of it.
    void teardownSections();
    // Switches to a section by code ("activity", "findings", ...).
    void goToSection(const QString &code);
    // Shows one item in its section (a jump link).
    void showEntity(const QString &entity, const QString &uuid);
    // The bar above the sections, one sentence a line; hidden when there is nothing.
    void showNotices(const QStringList &notices);

signals:
    void currentSectionChanged();
    // The item on screen in the current section changed (its name is part of the window title).
    void currentItemChanged();
    // A section's unsaved edits came or went.
    void modifiedChanged();
    // The organisation or the register settings were saved.
    void saved();
    // A read failed and left part of a screen empty (RegisterContext::readFailed).
    void readFailed(const QString &message);

private:
    struct SectionEntry
    {
        QString code; // entity code of the section, or "dashboard", "organisation", "findings", "reports", "settings"
        QWidget *widget = nullptr;
        SectionPage *section = nullptr;   // set for list sections
        SingletonPage *details = nullptr; // set for the organisation and the register settings
    };

    void buildSections(Storage::Database &database);
    void addSection(const QString &code, QWidget *widget, SectionPage *section, SingletonPage *details);
    void retranslateUi();
    // Bold and described in the navigation: the sections with unsaved edits.
    void updateMarks();
    static bool isModified(const SectionEntry &entry);
    static bool save(const SectionEntry &entry);

    std::unique_ptr<RegisterContext> m_context;
    QList<SectionEntry> m_entries; // in navigation order

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_sections = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    OrganisationPage *m_organisationPage = nullptr;
    RegisterSettingsPage *m_settingsPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    AutoLock *m_autoLock = nullptr;
    QFrame *m_noticeBar = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QPushButton *m_noticeDismissButton = nullptr;
};

} // namespace Custodian::Ui
