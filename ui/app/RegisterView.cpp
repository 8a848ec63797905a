#include "app/RegisterView.h"

#include "framework/HistoryDialog.h"
#include "framework/LanguageChange.h"
#include "framework/RegisterContext.h"
#include "framework/SectionPage.h"
#include "framework/SingletonPage.h"
#include "sections/activities/ActivitiesPage.h"
#include "sections/agreements/AgreementsPage.h"
#include "sections/breaches/BreachesPage.h"
#include "sections/catalogues/ControlsPage.h"
#include "sections/catalogues/CookiesPage.h"
#include "sections/catalogues/MeasuresPage.h"
#include "sections/catalogues/PartiesPage.h"
#include "sections/catalogues/RetentionRulesPage.h"
#include "sections/dashboard/DashboardPage.h"
#include "sections/findings/FindingsPage.h"
#include "sections/holds/LegalHoldsPage.h"
#include "sections/organisation/OrganisationPage.h"
#include "sections/reports/ReportsPage.h"
#include "sections/requests/RequestsPage.h"
#include "sections/settings/RegisterSettingsPage.h"
#include "sections/statements/StatementsPage.h"
#include "widgets/Icons.h"

#include "storage/Database.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Custodian::Ui {

RegisterView::RegisterView(QWidget *parent) : QWidget(parent)
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setIconSize(Icons::navigationIconSize(m_navigation));
    m_sections = new QStackedWidget(this);
    // Pages that live as long as the view; the register's list sections are made per register.
    m_dashboardPage = new DashboardPage(m_sections);
    m_organisationPage = new OrganisationPage(m_sections);
    m_settingsPage = new RegisterSettingsPage(m_sections);
    // What the person must know about the register just opened: an upgrade and the copy it kept, a recovered save,
    // and the like (Database::notices()). A bar above the sections that stays until dismissed, rather than a status
    // message, which goes by itself, or a message box, which is closed before it is read: a kept copy holds the whole
    // register under the passphrase of the day, and the privacy officer has to know it exists (review D8).
    m_noticeBar = new QFrame(this);
    m_noticeBar->setObjectName(QStringLiteral("registerNotices"));
    m_noticeBar->setFrameShape(QFrame::StyledPanel);
    m_noticeBar->setBackgroundRole(QPalette::AlternateBase);
    m_noticeBar->setAutoFillBackground(true);
    auto *noticeIcon = new QLabel(m_noticeBar);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    m_noticeLabel = new QLabel(m_noticeBar);
    m_noticeLabel->setObjectName(QStringLiteral("registerNoticesText"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // a file name can be copied
    m_noticeDismissButton = new QPushButton(m_noticeBar);
    m_noticeDismissButton->setObjectName(QStringLiteral("registerNoticesDismissButton"));
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->addWidget(noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_noticeLabel, 1);
    noticeLayout->addWidget(m_noticeDismissButton, 0, Qt::AlignTop);
    m_noticeBar->hide();
    connect(m_noticeDismissButton, &QPushButton::clicked, this, [this] { showNotices({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeBar);
    auto *sectionsLayout = new QHBoxLayout;
    sectionsLayout->addWidget(m_navigation);
    sectionsLayout->addWidget(m_sections, 1);
    layout->addLayout(sectionsLayout, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_entries.size())
            return;
        QWidget *page = m_entries.at(row).widget;
        if (auto *findings = qobject_cast<FindingsPage *>(page))
            findings->refresh();
        m_sections->setCurrentWidget(page);
        updateMarks();
        emit currentSectionChanged();
    });
    connect(m_dashboardPage, &DashboardPage::sectionRequested, this, &RegisterView::goToSection);
    connect(m_dashboardPage, &DashboardPage::dueRequested, this, [this](const QString &section) {
        goToSection(section);
        if (SectionPage *page = currentSectionPage(); page && page->entityCode() == section)
            page->showDueOnly();
    });
    // The lasting pages are connected once; the list sections when they are made (addSection).
    const QList<SingletonPage *> lasting = {m_organisationPage, m_settingsPage};
    for (SingletonPage *details : lasting) {
        connect(details, &SingletonPage::modifiedChanged, this, [this] {
            updateMarks();
            emit modifiedChanged();
        });
        connect(details, &SingletonPage::saved, this, &RegisterView::saved);
    }
    // The organisation and the register settings have a history too (UI review H3).
    connect(m_organisationPage, &OrganisationPage::historyRequested, this, [this] {
        if (m_context)
            HistoryDialog::showFor(this, m_context.get(), Domain::EntityKind::Organisation,
                                   m_organisationPage->organisationUuid(), tr("Organisation"));
    });
    connect(m_settingsPage, &RegisterSettingsPage::historyRequested, this, [this] {
        if (m_context)
            HistoryDialog::showFor(this, m_context.get(), Domain::EntityKind::RegisterSettings,
                                   m_context->database().registerId(), tr("Register settings"));
    });
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

RegisterView::~RegisterView() = default;

void RegisterView::open(Storage::Database &database, bool demo)
{
    showNotices({});
    m_dashboardPage->setDemo(demo);
    buildSections(database);
    m_navigation->setCurrentRow(0);
}

void RegisterView::reload()
{
    if (!m_context)
        return;
    Storage::Database &database = m_context->database();
    const int row = m_navigation->currentRow();
    teardownSections();
    buildSections(database);
    m_navigation->setCurrentRow(qMax(0, row));
}

void RegisterView::buildSections(Storage::Database &database)
{
    m_context = std::make_unique<RegisterContext>(database);
    RegisterContext *context = m_context.get();
    // The order of UX.md: Dashboard first, then the Art. 30 register, then the catalogues.
    addSection(QStringLiteral("dashboard"), m_dashboardPage, nullptr, nullptr);
    addSection(QStringLiteral("organisation"), m_organisationPage, nullptr, m_organisationPage);
    auto *activities = new ActivitiesPage(context, Domain::EntityKind::ProcessingActivity, m_sections);
    addSection(QStringLiteral("activity"), activities, activities, nullptr);
    auto *processorActivities = new ActivitiesPage(context, Domain::EntityKind::ProcessorActivity, m_sections);
    addSection(QStringLiteral("processor_activity"), processorActivities, processorActivities, nullptr);
    auto *requests = new RequestsPage(context, m_sections);
    addSection(QStringLiteral("request"), requests, requests, nullptr);
    auto *breaches = new BreachesPage(context, m_sections);
    addSection(QStringLiteral("breach"), breaches, breaches, nullptr);
    auto *parties = new PartiesPage(context, m_sections);
    addSection(QStringLiteral("party"), parties, parties, nullptr);
    auto *agreements = new AgreementsPage(context, m_sections);
    addSection(QStringLiteral("agreement"), agreements, agreements, nullptr);
    auto *rules = new RetentionRulesPage(context, m_sections);
    addSection(QStringLiteral("retention_rule"), rules, rules, nullptr);
    auto *holds = new LegalHoldsPage(context, m_sections);
    addSection(QStringLiteral("legal_hold"), holds, holds, nullptr);
    auto *measures = new MeasuresPage(context, m_sections);
    addSection(QStringLiteral("security_measure"), measures, measures, nullptr);
    auto *cookies = new CookiesPage(context, m_sections);
    addSection(QStringLiteral("cookie"), cookies, cookies, nullptr);
    auto *statements = new StatementsPage(context, m_sections);
    addSection(QStringLiteral("privacy_statement"), statements, statements, nullptr);
    addSection(QStringLiteral("findings"), new FindingsPage(context, m_sections), nullptr, nullptr);
    m_reportsPage = new ReportsPage(context, m_sections);
    m_reportsPage->setAutoLock(m_autoLock);
    addSection(QStringLiteral("reports"), m_reportsPage, nullptr, nullptr);
    auto *controls = new ControlsPage(context, m_sections);
    addSection(QStringLiteral("control_reference"), controls, controls, nullptr);
    addSection(QStringLiteral("settings"), m_settingsPage, nullptr, m_settingsPage);
    connect(context, &RegisterContext::showRequested, this, &RegisterView::showEntity);
    connect(context, &RegisterContext::readFailed, this, &RegisterView::readFailed);
    m_organisationPage->setService(&context->organisations());
    m_settingsPage->setService(&context->settings());
    m_settingsPage->setLetterService(&context->letters());
    m_dashboardPage->setContext(context);
    retranslateUi();
    updateMarks();
}

void RegisterView::addSection(const QString &code, QWidget *widget, SectionPage *section, SingletonPage *details)
{
    m_entries.append({code, widget, section, details});
    m_sections->addWidget(widget);
    new QListWidgetItem(Icons::section(code), QString(), m_navigation);
    if (section) {
        connect(section, &SectionPage::modifiedChanged, this, [this] {
            updateMarks();
            emit modifiedChanged();
        });
        connect(section, &SectionPage::currentItemChanged, this, &RegisterView::currentItemChanged);
    }
}

void RegisterView::teardownSections()
{
    m_organisationPage->setService(nullptr);
    m_settingsPage->setService(nullptr);
    m_settingsPage->setLetterService(nullptr);
    m_dashboardPage->setContext(nullptr);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    for (const SectionEntry &entry : std::as_const(m_entries)) {
        m_sections->removeWidget(entry.widget);
        if (entry.widget != m_dashboardPage && entry.widget != m_organisationPage && entry.widget != m_settingsPage)
            delete entry.widget;
    }
    m_entries.clear();
    m_reportsPage = nullptr;
    m_context.reset();
}

void RegisterView::retranslateUi()
{
    m_noticeDismissButton->setText(tr("Dismiss"));
    for (int row = 0; row < m_entries.size(); ++row) {
        const QString title = sectionTitle(m_entries.at(row).code);
        m_navigation->item(row)->setText(title);
        m_dashboardPage->setSectionTitle(m_entries.at(row).code, title);
    }
    m_navigation->setAccessibleName(tr("Sections"));
    // As wide as the longest section name in the current language with its icon, plus breathing room.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                                2 * m_navigation->fontMetrics().averageCharWidth());
    updateMarks();
}

QString RegisterView::sectionTitle(const QString &code) const
{
    if (code == QLatin1String("dashboard"))
        return tr("Dashboard");
    if (code == QLatin1String("organisation"))
        return tr("Organisation");
    if (code == QLatin1String("findings"))
        return tr("Findings");
    if (code == QLatin1String("reports"))
        return tr("Reports");
    if (code == QLatin1String("settings"))
        return tr("Register settings");
    for (const SectionEntry &entry : m_entries) {
        if (entry.code == code && entry.section)
            return entry.section->title();
    }
    return code;
}

SectionPage *RegisterView::currentSectionPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).section : nullptr;
}

QString RegisterView::currentSectionCode() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).code : QString();
}

void RegisterView::goToSectionAt(int index)
{
    if (index >= 0 && index < m_navigation->count())
        m_navigation->setCurrentRow(index);
}

void RegisterView::goToSection(const QString &code)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).code == code) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

void RegisterView::showEntity(const QString &entity, const QString &uuid)
{
    goToSection(entity);
    if (SectionPage *page = currentSectionPage(); page && page->entityCode() == entity)
        page->showItem(uuid);
}

void RegisterView::showNotices(const QStringList &notices)
{
    m_noticeLabel->setText(notices.join(QLatin1Char('\n')));
    m_noticeBar->setVisible(!notices.isEmpty());
}

bool RegisterView::isModified(const SectionEntry &entry)
{
    if (entry.section)
        return entry.section->hasUnsavedChanges();
    return entry.details && entry.details->isModified();
}

bool RegisterView::save(const SectionEntry &entry)
{
    if (entry.section)
        return entry.section->saveChanges();
    return !entry.details || !entry.details->isModified() || entry.details->save();
}

bool RegisterView::hasUnsavedChanges() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), &RegisterView::isModified);
}

bool RegisterView::isCurrentSectionModified() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_entries.size() && isModified(m_entries.at(row));
}

bool RegisterView::saveAll()
{
    // The organisation and the register settings before the list sections: a refused save stops here,
    // and the section it happened in comes on screen with its messages.
    for (const bool details : {true, false}) {
        for (const SectionEntry &entry : std::as_const(m_entries)) {
            if ((entry.details != nullptr) == details && isModified(entry) && !save(entry)) {
                goToSection(entry.code);
                return false;
            }
        }
    }
    return true;
}

bool RegisterView::saveCurrent()
{
    const int row = m_navigation->currentRow();
    return row < 0 || row >= m_entries.size() || save(m_entries.at(row));
}

void RegisterView::updateMarks()
{
    for (int row = 0; row < m_entries.size() && row < m_navigation->count(); ++row) {
        const bool modified = isModified(m_entries.at(row));
        QListWidgetItem *item = m_navigation->item(row);
        QFont font = item->font();
        font.setBold(modified);
        item->setFont(font);
        item->setData(Qt::AccessibleDescriptionRole, modified ? tr("unsaved changes") : QString());
        item->setToolTip(modified ? tr("This section has unsaved changes.") : QString());
    }
}

} // namespace Custodian::Ui
