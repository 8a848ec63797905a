#include "framework/ListColumns.h"

#include "framework/EntityTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace Custodian::Ui {

ListColumns::ListColumns(QTableView *view, EntityTableModel *model, const QString &settingsKey, QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_settingsKey(settingsKey)
{
    QHeaderView *header = m_view->horizontalHeader();
    // The long column stretches; the others keep the width their content needs.
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(100);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    m_restored = !state.isEmpty() && header->restoreState(state);
    m_fitted = m_restored;
    if (const int stretch = m_model->longColumn(); stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ListColumns::showMenu);
    connect(header, &QHeaderView::sectionResized, this, &ListColumns::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListColumns::save);
}

void ListColumns::save()
{
    QSettings().setValue(m_settingsKey, m_view->horizontalHeader()->saveState());
}

void ListColumns::fit()
{
    // When the pane is too narrow for all columns, optional columns are hidden from the right until
    // the long one has room (UI review M8: no sideways scrolling); the header's menu shows them again.
    if (m_fitted || m_model->rowCount() == 0 || !m_view->isVisible())
        return;
    m_fitted = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int stretch = m_model->longColumn();
    const int character = header->fontMetrics().averageCharWidth();
    const int available = m_view->viewport()->width();
    const int widest = qMax(character * 12, available / 3);
    int used = 0;
    // The first column names the item: it keeps up to sixteen characters of its text, whatever else
    // gives way (a measure's title before its description).
    int nameFloor = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == stretch || header->isSectionHidden(column))
            continue;
        m_view->resizeColumnToContents(column);
        if (column == 0)
            nameFloor = qMin(header->sectionSize(0), character * 16);
        header->resizeSection(column,
                              qMin(header->sectionSize(column), column == 0 ? qMax(widest, nameFloor) : widest));
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
            const int floor =
                column == 0 ? qMax(nameFloor, header->sectionSizeHint(0)) : header->sectionSizeHint(column);
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

void ListColumns::widenHeaders()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != m_model->longColumn() && !header->isSectionHidden(column) &&
            header->sectionSize(column) < header->sectionSizeHint(column))
            header->resizeSection(column, header->sectionSizeHint(column));
    }
}

void ListColumns::showMenu(const QPoint &position)
{
    // The choice is kept with the widths.
    QMenu menu(m_view);
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
            save();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace Custodian::Ui
