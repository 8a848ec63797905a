#pragma once

#include <QObject>

class QWidget;

namespace Custodian::Ui {

// The mouse wheel scrolls a form, not the value of the combo box or spin box that passes under the
// pointer: over such a field without focus the wheel goes on to the scroll area that holds it. A
// field with focus (clicked or tabbed into) still takes the wheel. One filter for the application,
// installed by the first form that asks.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    static void ensureInstalled();
    // Whether the wheel over this widget goes on to its scroll area: a combo box or spin box
    // without focus inside a scroll area.
    static bool passesOn(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Custodian::Ui
