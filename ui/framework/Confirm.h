#pragma once

#include <QString>

class QWidget;

namespace Custodian::Ui {

// Asks before an action that changes the register, with a button named for the action ("Retire",
// "Delete"; UI review L10) beside Cancel. A destructive action has Cancel as its default button.
// True when the action was chosen.
bool confirmAction(QWidget *parent, const QString &title, const QString &text, const QString &action,
                   bool destructive = false, const QString &detail = QString());

} // namespace Custodian::Ui
