#include "framework/SectionPage.h"

#include "framework/Confirm.h"
#include "framework/ElidedTextDelegate.h"
#include "framework/EntityEditor.h"
#include "framework/EntityTableModel.h"
#include "framework/FlowLayout.h"
#include "framework/HistoryDialog.h"
#include "framework/ListColumns.h"
#include "framework/ListFilterBar.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "widgets/Icons.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Custodian::Ui {

SectionPage::SectionPage(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context) {}

void SectionPage::setupSection(EntityTableModel *model, EntityEditor *editor, const Options &options,
                               QSortFilterProxyModel *filter)
{
    m_model = model;
    m_model->setParent(this);
    m_editor = editor;

    m_proxy = new ListFilterProxy(this);
    if (filter) {
        filter->setSourceModel(model);
        m_proxy->setSourceModel(filter);
    } else {
        m_proxy->setSourceModel(model);
    }
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
    m_filterBar = new ListFilterBar(m_proxy, options.statusKind, options.hiddenStatus, this);
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
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new ElidedTextDelegate(m_view));
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
    toolbar->addLayout(actions);
    toolbar->addWidget(m_filterBar);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addWidget(m_countLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(editor);
    // The editor is where the work is: it gets three quarters of what the window gains.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // Editors have large size hints; without explicit sizes the list is squeezed to nothing.
    splitter->setSizes(options.splitterSizes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filterBar, &ListFilterBar::filtersChanged, this, &SectionPage::updateCount);
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
        if (m_pending.queued)
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
    // A filter that sorts the list again (ListFilterProxy::refilter) hides and shows rows in one
    // layout change: the open item stays open while hidden, and is selected again when shown.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_view->selectionModel()->currentIndex().isValid()) {
            m_reverting = true;
            m_view->selectionModel()->clearSelection();
            m_reverting = false;
            selectWithoutLoading(m_editor->currentUuid());
        }
        updateCount();
        updateButtons();
    });

    m_columns = new ListColumns(m_view, m_model, QStringLiteral("ui/sections/%1/columns").arg(entityCode()), this);
    if (!m_columns->restored())
        m_view->sortByColumn(options.sortColumn, options.sortOrder);
    connect(m_context, &RegisterContext::registerChanged, this, &SectionPage::onRegisterChanged);
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
        askToSave(this, tr("Unsaved changes"),
                  name.isEmpty() ? tr("The new item has not been saved. Save it now?")
                                 : tr("The changes to “%1” have not been saved. Save them now?").arg(name));
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
    if (m_filterBar->clear()) {
        showItem(uuid);
        return;
    }
    if (confirmLeave()) {
        openInEditor(uuid);
        emit currentItemChanged();
    }
}

void SectionPage::showDueOnly()
{
    m_filterBar->showDueOnly();
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
    m_pending.uuids.clear();
    m_pending.attention = false;
    const Status status = m_model->reload();
    // A failed read is tried again at the next change or showing.
    m_stale = !status;
    m_pending.full = !status;
    afterListChange(status);
}

void SectionPage::onRegisterChanged(const QString &entity, const QString &uuid)
{
    const auto kind = Domain::EntityKinds::fromCode(entity);
    if (kind && *kind == m_model->source().kind() && uuid.isEmpty())
        m_pending.full = true; // many items of this list at once (deadlines counted again)
    else if (kind && *kind == m_model->source().kind())
        m_pending.uuids.insert(uuid);
    else if (kind && m_model->source().shownKinds().contains(*kind))
        m_pending.full = true;
    else
        m_pending.attention = true; // the findings may have changed with it
    // A hidden section catches up when it is shown: another section is showing, or the page was
    // hidden on purpose. A page in a window not shown yet (or never shown) keeps up at once.
    const bool hidden =
        isWindow() ? (testAttribute(Qt::WA_WState_ExplicitShowHide) && isHidden()) : !isVisibleTo(window());
    if (hidden) {
        m_stale = true;
        return;
    }
    if (m_pending.queued)
        return;
    m_pending.queued = true;
    // After the write that caused it has finished (an editor's save names the item first); the
    // changes of one save are applied together.
    QTimer::singleShot(0, this, [this] {
        if (m_pending.queued)
            applyChanges();
    });
}

void SectionPage::applyChanges()
{
    m_pending.queued = false;
    if (m_stale || m_pending.full) {
        reload();
        return;
    }
    // Many items at once (a catalogue added, an import): one read of the list is cheaper.
    if (m_pending.uuids.size() > 50) {
        reload();
        return;
    }
    Status status;
    const QSet<QString> uuids = std::exchange(m_pending.uuids, {});
    for (const QString &uuid : uuids) {
        status = m_model->refresh(uuid);
        if (!status) {
            m_pending.full = true; // read everything at the next change or showing
            m_stale = true;
            break;
        }
    }
    if (status && (m_pending.attention || !uuids.isEmpty()) && !m_model->attentionPending())
        m_model->updateAttention();
    m_pending.attention = false;
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
    m_columns->fit();
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

void SectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    // After the layout has given the list its width.
    QTimer::singleShot(0, m_columns, &ListColumns::fit);
}

void SectionPage::afterReload()
{
    m_filterBar->updateChoices(m_model);
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
    m_historyButton->setText(tr("History…")); // no accelerator: Alt+H belongs to the Help menu
    m_historyButton->setToolTip(tr("Who changed this item, when, and what changed."));
    updateCount();
}

void SectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_view) {
        retranslateBase();
        retranslateSection();
        afterListChange(m_model->retranslate());
        m_columns->widenHeaders();
    }
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
