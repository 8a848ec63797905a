#include "framework/ElidedTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace Custodian::Ui {

QString ElidedTextDelegate::toolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const QWidget *view) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (cell.text.isEmpty())
        return own;
    const QStyle *style = view ? view->style() : QApplication::style();
    // The room QCommonStyle gives the text: the text rectangle less its margin on either side.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, view);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &cell, view) + 1;
    const bool cut = cell.fontMetrics.horizontalAdvance(cell.text) > textRect.width() - 2 * margin;
    if (!cut || cell.text == own)
        return own;
    return own.isEmpty() ? cell.text : cell.text + QLatin1String("\n\n") + own;
}

bool ElidedTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTip(option, index, view);
    if (text.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index); // hides a tooltip shown before
    QToolTip::showText(event->globalPos(), text, view, option.rect);
    return true;
}

} // namespace Custodian::Ui
