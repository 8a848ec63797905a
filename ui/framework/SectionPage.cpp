#include "framework/SectionPage.h"

#include "domain/NameOrder.h"
#include "framework/EntityEditor.h"
#include "framework/FlowLayout.h"
#include "framework/HistoryDialog.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {

// Clears a line edit on Escape while it holds text; an empty one lets Escape through (to a dialog).
class EscapeClears : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (edit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
            !edit->text().isEmpty()) {
            edit->clear();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

SectionPage::SectionPage(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context) {}

void SectionPage::setupSection(QAbstractItemModel *model, EntityEditor *editor, bool hasStatus,
                               Domain::Codes::Kind statusKind, const QString &hiddenStatus)
{
    m_model = model;
    m_editor = editor;
    m_hasStatus = hasStatus;
    m_statusKind = statusKind;

    m_proxy = new ListFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_proxy->setHiddenStatus(hiddenStatus);

    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_retireButton = new QPushButton(this);
    m_retireButton->setObjectName(QStringLiteral("retireButton"));
    m_historyButton = new QPushButton(this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(findAction);
    // Escape in the search field clears it: the whole list is back in one key.
    m_searchEdit->installEventFilter(new EscapeClears(m_searchEdit));
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setVisible(hasStatus);
    m_attentionCheck = new QCheckBox(this);
    m_attentionCheck->setObjectName(QStringLiteral("attentionCheck"));
    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(QStringLiteral("ownerCombo"));
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerCombo->setMinimumContentsLength(12);
    m_ownerCombo->setVisible(false);
    m_dueCheck = new QCheckBox(this);
    m_dueCheck->setObjectName(QStringLiteral("dueCheck"));
    m_dueCheck->setVisible(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(m_emptyLabel->fontMetrics().height() * 2);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_emptyLabel);

    // Actions on one row, finding on the next: the search field keeps a usable width.
    auto *toolbar = new QVBoxLayout;
    auto *actions = new FlowLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_retireButton);
    actions->addWidget(m_historyButton);
    // The filters wrap onto more rows when the list pane is narrow: they never set its width.
    auto *filters = new FlowLayout;
    filters->addWidget(m_searchEdit);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_ownerCombo);
    filters->addWidget(m_attentionCheck);
    filters->addWidget(m_dueCheck);
    toolbar->addLayout(actions);
    toolbar->addLayout(filters);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addWidget(m_countLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(editor);
    // The editor is where the work is: it gets three quarters of what the window gains.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // Editors have large size hints; without explicit sizes the list is squeezed to nothing.
    m_splitter->setSizes({320, 680});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusCombo->currentData().toString());
        updateCount();
    });
    connect(m_attentionCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setAttentionOnly(on);
        updateCount();
    });
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerFilter(m_ownerCombo->currentData().toString());
        updateCount();
    });
    connect(m_dueCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setDueOnly(on);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SectionPage::onCurrentChanged);
    connect(m_newButton, &QPushButton::clicked, this, &SectionPage::startNew);
    connect(m_retireButton, &QPushButton::clicked, this, [this] {
        const QString uuid = selectedUuid();
        if (!uuid.isEmpty())
            retireItem(uuid);
    });
    connect(m_editor, &EntityEditor::modifiedChanged, this, &SectionPage::modifiedChanged);
    connect(m_historyButton, &QPushButton::clicked, this, &SectionPage::showHistory);
    connect(m_editor, &EntityEditor::saved, this, [this](const QString &uuid) {
        // The saved item shows in the list at once: the reload its change queued happens now.
        if (m_reloadPending)
            reload();
        selectWithoutLoading(uuid);
        emit currentItemChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SectionPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SectionPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SectionPage::updateCount);

    const QByteArray header =
        QSettings().value(QStringLiteral("ui/sections/%1/header").arg(entityCode())).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QSettings().setValue(QStringLiteral("ui/sections/%1/header").arg(entityCode()),
                             m_view->horizontalHeader()->saveState());
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        QSettings().setValue(QStringLiteral("ui/sections/%1/header").arg(entityCode()),
                             m_view->horizontalHeader()->saveState());
    });
    retranslateBase();
    updateButtons();
}

void SectionPage::setTexts(const QString &emptyText, const QString &newText, const QString &retireText)
{
    m_emptyLabel->setText(emptyText);
    m_newButton->setText(newText);
    m_retireButton->setText(retireText);
}

void SectionPage::retireItem(const QString &uuid)
{
    Q_UNUSED(uuid);
}

QString SectionPage::selectedUuid() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(UuidRole).toString() : QString();
}

bool SectionPage::hasUnsavedChanges() const
{
    return m_editor && m_editor->isModified();
}

bool SectionPage::saveChanges()
{
    return !hasUnsavedChanges() || m_editor->save();
}

bool SectionPage::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_editor->displayName();
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"),
                             name.isEmpty() ? tr("The new item has not been saved. Save it now?")
                                            : tr("The changes to “%1” have not been saved. Save them now?").arg(name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_editor->save();
    m_editor->revert();
    return true;
}

void SectionPage::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_reverting)
        return;
    const QString uuid = current.isValid() ? current.siblingAtColumn(0).data(UuidRole).toString() : QString();
    if (uuid == m_editor->currentUuid() && !uuid.isEmpty())
        return;
    if (!confirmLeave()) {
        // Stay on the item being edited.
        m_reverting = true;
        m_view->selectionModel()->setCurrentIndex(previous,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_reverting = false;
        return;
    }
    if (!uuid.isEmpty())
        m_editor->load(uuid);
    updateButtons();
    emit currentItemChanged();
}

void SectionPage::showItem(const QString &uuid)
{
    if (uuid.isEmpty())
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(UuidRole).toString() == uuid) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
    // Filtered out (or retired and hidden): clear the filters and try once more.
    if (!m_searchEdit->text().isEmpty() || m_statusCombo->currentIndex() > 0 || m_attentionCheck->isChecked() ||
        m_ownerCombo->currentIndex() > 0 || m_dueCheck->isChecked()) {
        m_searchEdit->clear();
        m_statusCombo->setCurrentIndex(0);
        m_attentionCheck->setChecked(false);
        m_ownerCombo->setCurrentIndex(0);
        m_dueCheck->setChecked(false);
        showItem(uuid);
        return;
    }
    if (confirmLeave()) {
        m_editor->load(uuid);
        emit currentItemChanged();
    }
}

void SectionPage::startNew()
{
    if (!confirmLeave())
        return;
    m_reverting = true;
    m_view->selectionModel()->clear();
    m_reverting = false;
    m_editor->load(QString());
    updateButtons();
    emit currentItemChanged();
}

QString SectionPage::currentItemName() const
{
    return m_editor ? m_editor->displayName() : QString();
}

void SectionPage::selectWithoutLoading(const QString &uuid)
{
    if (uuid.isEmpty())
        return;
    m_reverting = true;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(UuidRole).toString() == uuid) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    m_reverting = false;
    updateButtons();
}

void SectionPage::reloadOnChangesOf(const QStringList &entities)
{
    m_watchedEntities = entities;
    connect(m_context, &RegisterContext::registerChanged, this, [this](const QString &entity) {
        if (m_watchedEntities.isEmpty() || m_watchedEntities.contains(entity))
            scheduleReload();
    });
}

void SectionPage::scheduleReload()
{
    // Deferred only while the section is hidden: another section is showing, or the page was hidden
    // on purpose. A page in a window not shown yet (or on its own, never shown) reloads at once.
    const bool hidden =
        isWindow() ? (testAttribute(Qt::WA_WState_ExplicitShowHide) && isHidden()) : !isVisibleTo(window());
    if (hidden) {
        m_stale = true;
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    // After the write that caused it has finished (an editor's save names the item first).
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void SectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void SectionPage::updateFilterChoices()
{
    // The owners present in the list, and whether any date can fall due: filters only for what the
    // section has.
    QStringList owners;
    bool hasDueDates = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString owner = index.data(OwnerRole).toString();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
        hasDueDates = hasDueDates || index.data(DueRole).isValid();
    }
    std::sort(owners.begin(), owners.end(), Domain::NameOrder());
    const QString current = m_ownerCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ownerCombo);
        m_ownerCombo->clear();
        m_ownerCombo->addItem(tr("Every owner"), QString());
        for (const QString &owner : std::as_const(owners))
            m_ownerCombo->addItem(owner, owner);
        const int index = m_ownerCombo->findData(current);
        m_ownerCombo->setCurrentIndex(qMax(0, index));
        if (index < 0 && !current.isEmpty())
            m_proxy->setOwnerFilter(QString());
    }
    m_ownerCombo->setVisible(!owners.isEmpty());
    m_dueCheck->setVisible(hasDueDates || m_dueCheck->isChecked());
}

void SectionPage::afterReload()
{
    m_stale = false;
    m_reloadPending = false;
    updateFilterChoices();
    // The editor keeps showing its item (unsaved edits included); the list follows it.
    selectWithoutLoading(m_editor->currentUuid());
    updateCount();
    updateButtons();
}

void SectionPage::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy ? m_proxy->rowCount() : 0;
    m_countLabel->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                         : tr("%1 of %n item(s) shown", nullptr, total).arg(shown));
    m_listStack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_emptyLabel) : m_view);
}

void SectionPage::updateButtons()
{
    m_retireButton->setEnabled(!selectedUuid().isEmpty());
    m_historyButton->setEnabled(m_editor && !m_editor->currentUuid().isEmpty());
}

void SectionPage::showHistory()
{
    const QString uuid = m_editor->currentUuid();
    if (uuid.isEmpty())
        return;
    QList<Register::AuditLog::Entry> entries;
    const Status status = m_context->history(entityCode(), uuid, &entries);
    if (!status) {
        QMessageBox::warning(this, tr("History"), status.message());
        return;
    }
    HistoryDialog dialog(m_editor->displayName(), entries, this);
    dialog.exec();
}

void SectionPage::retranslateBase()
{
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_attentionCheck->setText(tr("Needs attention"));
    m_historyButton->setText(tr("History…")); // no accelerator: Alt+H belongs to the Help menu
    m_historyButton->setToolTip(tr("Who changed this item, when, and what changed."));
    m_ownerCombo->setAccessibleName(tr("Owner filter"));
    if (m_ownerCombo->count() > 0)
        m_ownerCombo->setItemText(0, tr("Every owner"));
    m_dueCheck->setText(tr("Due"));
    m_dueCheck->setToolTip(tr("Show only items whose review or expiry date has passed or is near."));
    m_attentionCheck->setToolTip(tr("Show only items with completeness findings (errors or warnings)."));
    if (m_hasStatus) {
        const QString current = m_statusCombo->currentData().toString();
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->clear();
        m_statusCombo->addItem(tr("Every status"), QString());
        const QStringList codes = Domain::Codes::codes(m_statusKind);
        for (const QString &code : codes)
            m_statusCombo->addItem(Domain::Codes::label(m_statusKind, code), code);
        m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(current)));
        m_statusCombo->setAccessibleName(tr("Status filter"));
    }
    updateCount();
}

void SectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_view) {
        retranslateBase();
        retranslateSection();
    }
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
