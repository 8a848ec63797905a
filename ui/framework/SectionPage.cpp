#include "framework/SectionPage.h"

#include "framework/PageParts.h"

#include "domain/NameOrder.h"
#include "framework/EntityEditor.h"
#include "framework/EntityTableModel.h"
#include "framework/FlowLayout.h"
#include "framework/HistoryDialog.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "widgets/Icons.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {} // namespace

SectionPage::SectionPage(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context) {}

void SectionPage::setupSection(EntityTableModel *model, EntityEditor *editor, const Options &options,
                               QSortFilterProxyModel *filter)
{
    m_model = model;
    m_model->setParent(this);
    m_editor = editor;
    m_options = options;

    m_proxy = new ListFilterProxy(this);
    if (filter) {
        filter->setSourceModel(model);
        m_proxy->setSourceModel(filter);
    } else {
        m_proxy->setSourceModel(model);
    }
    m_proxy->setHiddenStatus(options.hiddenStatus);
    // The open item stays open when its row goes (a filter hides it, it was retired or deleted): the
    // selection model would otherwise move to a neighbouring row and open that one (UI review M10).
    // Connected before the view's selection model connects, so that this runs first.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const int current = m_view->selectionModel()->currentIndex().row();
        if (current >= first && current <= last)
            m_keepEditor = true;
    });

    m_newButton = new QPushButton(this);
    m_newButton->setIcon(Icons::action(Icons::Action::NewItem));
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_retireButton = new QPushButton(this);
    m_retireButton->setIcon(Icons::action(Icons::Action::Retire));
    m_retireButton->setObjectName(QStringLiteral("retireButton"));
    m_historyButton = new QPushButton(this);
    m_historyButton->setIcon(Icons::action(Icons::Action::History));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_searchEdit = PageParts::searchField(this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setVisible(options.statusKind.has_value());
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
    // The long column stretches (sizeColumns()); the others keep the width their content needs.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
        // The saved item shows in the list at once: the update its change queued happens now.
        if (m_applyQueued)
            applyChanges();
        selectWithoutLoading(uuid);
        emit currentItemChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_keepEditor)
            return;
        m_reverting = true;
        m_view->selectionModel()->clear();
        m_reverting = false;
        m_keepEditor = false;
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        // The open item shown again: select it.
        if (!m_view->selectionModel()->currentIndex().isValid())
            selectWithoutLoading(m_editor->currentUuid());
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SectionPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SectionPage::updateCount);

    const QByteArray header =
        QSettings().value(QStringLiteral("ui/sections/%1/columns").arg(entityCode())).toByteArray();
    m_columnsSized = !header.isEmpty() && m_view->horizontalHeader()->restoreState(header);
    if (!m_columnsSized)
        m_view->sortByColumn(options.sortColumn, options.sortOrder);
    if (const int stretch = m_model->longColumn(); stretch >= 0)
        m_view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    connect(m_context, &RegisterContext::registerChanged, this, &SectionPage::onRegisterChanged);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &SectionPage::showHeaderMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QSettings().setValue(QStringLiteral("ui/sections/%1/columns").arg(entityCode()),
                             m_view->horizontalHeader()->saveState());
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        QSettings().setValue(QStringLiteral("ui/sections/%1/columns").arg(entityCode()),
                             m_view->horizontalHeader()->saveState());
    });
    retranslateBase();
    updateButtons();
}

void SectionPage::setTexts(const QString &emptyText, const QString &newText, const QString &retireText)
{
    m_emptyText = emptyText;
    m_emptyLabel->setText(m_loadStatus ? emptyText : m_loadStatus.message());
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
    if (m_reverting || m_keepEditor)
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
        openInEditor(uuid);
    updateButtons();
    emit currentItemChanged();
}

void SectionPage::openInEditor(const QString &uuid)
{
    m_editor->load(uuid);
    // Text fields show the start of a long value, not its end (UI review H1).
    const QList<QLineEdit *> edits = m_editor->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
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
    if (clearFilters()) {
        showItem(uuid);
        return;
    }
    if (confirmLeave()) {
        openInEditor(uuid);
        emit currentItemChanged();
    }
}

bool SectionPage::clearFilters()
{
    if (m_searchEdit->text().isEmpty() && m_statusCombo->currentIndex() <= 0 && !m_attentionCheck->isChecked() &&
        m_ownerCombo->currentIndex() <= 0 && !m_dueCheck->isChecked())
        return false;
    m_searchEdit->clear();
    m_statusCombo->setCurrentIndex(0);
    m_attentionCheck->setChecked(false);
    m_ownerCombo->setCurrentIndex(0);
    m_dueCheck->setChecked(false);
    return true;
}

void SectionPage::showDueOnly()
{
    clearFilters();
    m_dueCheck->setVisible(true);
    m_dueCheck->setChecked(true);
}

void SectionPage::startNew()
{
    if (!confirmLeave())
        return;
    m_reverting = true;
    m_view->selectionModel()->clear();
    m_reverting = false;
    openInEditor(QString());
    updateButtons();
    emit currentItemChanged();
}

QString SectionPage::currentItemName() const
{
    return m_editor ? m_editor->displayName() : QString();
}

QModelIndex SectionPage::shownIndexOf(const QString &uuid) const
{
    // Through the model's index and the proxies: no scan of the list.
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return {};
    QModelIndex index = m_model->index(row, 0);
    if (auto *filter = qobject_cast<QAbstractProxyModel *>(m_proxy->sourceModel()))
        index = filter->mapFromSource(index);
    return m_proxy->mapFromSource(index);
}

void SectionPage::selectWithoutLoading(const QString &uuid)
{
    if (uuid.isEmpty())
        return;
    m_reverting = true;
    const QModelIndex index = shownIndexOf(uuid);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_reverting = false;
    updateButtons();
}

void SectionPage::reload()
{
    m_pendingUuids.clear();
    m_attentionPending = false;
    const Status status = m_model->reload();
    // A failed read is tried again at the next change or showing.
    m_stale = !status;
    m_fullPending = !status;
    afterListChange(status);
}

void SectionPage::onRegisterChanged(const QString &entity, const QString &uuid)
{
    const auto kind = Domain::EntityKinds::fromCode(entity);
    if (kind && *kind == m_model->source().kind())
        m_pendingUuids.insert(uuid);
    else if (kind && m_model->source().shownKinds().contains(*kind))
        m_fullPending = true;
    else
        m_attentionPending = true; // the findings may have changed with it
    // A hidden section catches up when it is shown: another section is showing, or the page was
    // hidden on purpose. A page in a window not shown yet (or never shown) keeps up at once.
    const bool hidden =
        isWindow() ? (testAttribute(Qt::WA_WState_ExplicitShowHide) && isHidden()) : !isVisibleTo(window());
    if (hidden) {
        m_stale = true;
        return;
    }
    if (m_applyQueued)
        return;
    m_applyQueued = true;
    // After the write that caused it has finished (an editor's save names the item first); the
    // changes of one save are applied together.
    QTimer::singleShot(0, this, [this] {
        if (m_applyQueued)
            applyChanges();
    });
}

void SectionPage::applyChanges()
{
    m_applyQueued = false;
    if (m_stale || m_fullPending) {
        reload();
        return;
    }
    // Many items at once (a catalogue added, an import): one read of the list is cheaper.
    if (m_pendingUuids.size() > 50) {
        reload();
        return;
    }
    Status status;
    const QSet<QString> uuids = std::exchange(m_pendingUuids, {});
    for (const QString &uuid : uuids) {
        status = m_model->refresh(uuid);
        if (!status) {
            m_fullPending = true; // read everything at the next change or showing
            m_stale = true;
            break;
        }
    }
    if (status && (m_attentionPending || !uuids.isEmpty()) && !m_model->attentionPending())
        m_model->updateAttention();
    m_attentionPending = false;
    afterListChange(status);
}

void SectionPage::afterListChange(const Status &status)
{
    const bool failedBefore = !m_loadStatus;
    m_loadStatus = status;
    if (!status || failedBefore)
        m_emptyLabel->setText(status ? m_emptyText : status.message());
    if (!status)
        m_context->reportIfFailed(status);
    afterReload();
    sizeColumns();
    if (m_model->attentionPending())
        waitForPaintThenFillAttention();
    listChanged();
}

void SectionPage::waitForPaintThenFillAttention()
{
    // The completeness check reads the whole register: the list paints first, then the attention
    // column fills (eventFilter()). A hidden list waits until it is shown.
    m_view->viewport()->removeEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    if (m_view->isVisible())
        m_view->viewport()->update();
}

bool SectionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_view->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, m_model, [this] {
            if (m_model->attentionPending()) {
                m_model->updateAttention();
                afterReload();
            }
        });
    }
    return QWidget::eventFilter(watched, event);
}

void SectionPage::sizeColumns()
{
    // Once, at the list's real width and with its first rows, unless the user's own widths were
    // restored: short columns take what their header and content need, the long one the rest. When
    // the pane is too narrow for all of them, optional columns are hidden from the right until the
    // long one has room (UI review M8: no sideways scrolling); the header's menu shows them again.
    if (m_columnsSized || m_model->rowCount() == 0 || !m_view->isVisible())
        return;
    m_columnsSized = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int stretch = m_model->longColumn();
    const int character = header->fontMetrics().averageCharWidth();
    const int available = m_view->viewport()->width();
    const int widest = qMax(character * 12, available / 3);
    int used = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == stretch || header->isSectionHidden(column))
            continue;
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column), widest));
        used += header->sectionSize(column);
    }
    // The long column (the item's name, a description) keeps at least two fifths of the width.
    const int longNeeds = stretch >= 0 ? qMax(character * 18, available * 2 / 5) : 0;
    for (int column = m_model->columnCount() - 1; column >= 0 && used + longNeeds > available; --column) {
        if (!m_model->isOptional(column) || header->isSectionHidden(column))
            continue;
        used -= header->sectionSize(column);
        header->hideSection(column);
    }
    // Still too wide: the widest short columns give way, down to what their header needs.
    int excess = used + longNeeds - available;
    while (excess > 0) {
        int widestColumn = -1;
        int room = 0;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (column == stretch || header->isSectionHidden(column))
                continue;
            const int floor = header->sectionSizeHint(column);
            const int spare = header->sectionSize(column) - floor;
            if (spare > room) {
                room = spare;
                widestColumn = column;
            }
        }
        if (widestColumn < 0)
            break;
        const int cut = qMin(room, excess);
        header->resizeSection(widestColumn, header->sectionSize(widestColumn) - cut);
        excess -= cut;
    }
    // A very narrow pane: the name comes first, then what needs attention; other columns wait in
    // the header's menu.
    for (int column = m_model->attentionColumn() - 1; column > 0 && excess > 0; --column) {
        if (column == stretch || header->isSectionHidden(column))
            continue;
        excess -= header->sectionSize(column);
        header->hideSection(column);
    }
}

void SectionPage::showHeaderMenu(const QPoint &position)
{
    // Every column but the first can be shown or hidden; the choice is kept with the widths.
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 1; column < m_model->columnCount(); ++column) {
        QAction *action =
            menu.addAction(m_model->headerData(column, Qt::Horizontal, Qt::AccessibleTextRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < header->minimumSectionSize() * 2)
                m_view->resizeColumnToContents(column);
            QSettings().setValue(QStringLiteral("ui/sections/%1/columns").arg(entityCode()), header->saveState());
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void SectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    // After the layout has given the list its width.
    if (!m_columnsSized)
        QTimer::singleShot(0, this, &SectionPage::sizeColumns);
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
    updateFilterChoices();
    // The editor keeps showing its item (unsaved edits included); the list follows it.
    selectWithoutLoading(m_editor->currentUuid());
    updateCount();
    updateButtons();
}

void SectionPage::updateCount()
{
    // The section's own filter (the parties' role) narrows what "all" means; the shared ones count.
    const int total = m_proxy && m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    const int shown = m_proxy ? m_proxy->rowCount() : 0;
    QString text =
        shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %n item(s) shown", nullptr, total).arg(shown);
    // The editor keeps an item the filters hide: say so, or the list and the editor seem out of step.
    const QString open = m_editor ? m_editor->currentUuid() : QString();
    if (!open.isEmpty() && m_model && m_model->rowOf(open) >= 0 && !m_view->selectionModel()->currentIndex().isValid())
        text = tr("%1 — the open item is hidden by the filters").arg(text);
    m_countLabel->setText(text);
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
    if (!uuid.isEmpty())
        HistoryDialog::showFor(this, m_context, m_model->source().kind(), uuid, m_editor->displayName());
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
    if (m_options.statusKind) {
        const QString current = m_statusCombo->currentData().toString();
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->clear();
        m_statusCombo->addItem(tr("Every status"), QString());
        const QStringList codes = Domain::Codes::codes(*m_options.statusKind);
        for (const QString &code : codes)
            m_statusCombo->addItem(Domain::Codes::label(*m_options.statusKind, code), code);
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
        afterListChange(m_model->retranslate());
        // Headers in the other language may be longer: no header is cut.
        QHeaderView *header = m_view->horizontalHeader();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (column != m_model->longColumn() && !header->isSectionHidden(column) &&
                header->sectionSize(column) < header->sectionSizeHint(column))
                header->resizeSection(column, header->sectionSizeHint(column));
        }
    }
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
