#include "widgets/ElidedComboBox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace Custodian::Ui {

ElidedComboBox::ElidedComboBox(QWidget *parent) : QComboBox(parent) {}

void ElidedComboBox::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (!isEditable()) {
        QRect room = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        if (!option.currentIcon.isNull())
            room.setLeft(room.left() + option.iconSize.width() + 4);
        const QString elided = fontMetrics().elidedText(option.currentText, Qt::ElideRight, room.width());
        m_elided = elided != option.currentText;
        option.currentText = elided;
    }
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidedComboBox::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_elided && toolTip().isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), currentText(), this);
        return true;
    }
    return QComboBox::event(event);
}

} // namespace Custodian::Ui
