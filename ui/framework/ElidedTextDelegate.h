#pragma once

#include <QStyledItemDelegate>

namespace Custodian::Ui {

// The delegate of the register's lists: a cell whose text is cut short ("Uiterlijk 12 jan…") shows
// its whole text as its tooltip, above the cell's own tooltip if it has one.
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What the cell's tooltip says: its own tooltip, with its whole text first when the text does
    // not fit in `option.rect` as `view` paints it.
    QString toolTip(const QStyleOptionViewItem &option, const QModelIndex &index, const QWidget *view) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace Custodian::Ui
