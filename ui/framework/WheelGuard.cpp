#include "framework/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QScrollArea>

namespace Custodian::Ui {

void WheelGuard::ensureInstalled()
{
    static QPointer<WheelGuard> guard;
    if (!guard && qApp) {
        guard = new WheelGuard(qApp);
        qApp->installEventFilter(guard);
    }
}

bool WheelGuard::passesOn(const QWidget *widget)
{
    if (!widget || widget->hasFocus() ||
        !(qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)))
        return false;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QScrollArea *>(parent))
            return true;
    }
    return false;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && watched->isWidgetType() && passesOn(static_cast<QWidget *>(watched))) {
        // Not delivered to the field; ignored, so the application passes it on to the parents.
        event->ignore();
        return true;
    }
    return false;
}

} // namespace Custodian::Ui
