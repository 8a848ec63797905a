#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace Custodian::Ui {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(qBound(0, index, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row, when there is room for it.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++visible;
    }
    const QMargins margins = contentsMargins();
    width += qMax(0, visible - 1) * spacing(Qt::Horizontal) + margins.left() + margins.right();
    return QSize(width, height + margins.top() + margins.bottom()).expandedTo(minimumSize());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::spacing(Qt::Orientation orientation) const
{
    if (QLayout::spacing() >= 0)
        return QLayout::spacing();
    const QWidget *owner = parentWidget();
    if (!owner)
        return 6;
    return owner->style()->pixelMetric(orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing
                                                                     : QStyle::PM_LayoutVerticalSpacing,
                                       nullptr, owner);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int across = spacing(Qt::Horizontal);
    const int down = spacing(Qt::Vertical);
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible.append(item);
    }
    int y = area.top();
    qsizetype first = 0;
    while (first < visible.size()) {
        // The items of this row at their preferred widths (at least their minimum, at most the row).
        qsizetype last = first;
        int used = 0;
        while (last < visible.size()) {
            QLayoutItem *item = visible.at(last);
            const int width = qMin(area.width(), qMax(item->sizeHint().width(), item->minimumSize().width()));
            const int needed = used + (last > first ? across : 0) + width;
            if (last > first && needed > area.width())
                break;
            used = needed;
            ++last;
        }
        // What is left goes to the expanding items of the row.
        int expanding = 0;
        int height = 0;
        for (qsizetype i = first; i < last; ++i) {
            if (visible.at(i)->expandingDirections() & Qt::Horizontal)
                ++expanding;
            height = qMax(height, visible.at(i)->sizeHint().height());
        }
        int spare = qMax(0, area.width() - used);
        int x = area.left();
        for (qsizetype i = first; i < last; ++i) {
            QLayoutItem *item = visible.at(i);
            int width = qMin(area.width(), qMax(item->sizeHint().width(), item->minimumSize().width()));
            if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                const int share = spare / expanding;
                width += share;
                spare -= share;
                --expanding;
            }
            if (apply)
                item->setGeometry(
                    QRect(x, y + (height - item->sizeHint().height()) / 2, width, item->sizeHint().height()));
            x += width + across;
        }
        y += height + down;
        first = last;
    }
    const int used = visible.isEmpty() ? 0 : y - down - area.top();
    return used + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace Custodian::Ui
