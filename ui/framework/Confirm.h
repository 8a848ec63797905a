#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace Custodian::Ui {

// Asks before an action that changes the register, with a button named for the action ("Retire",
// "Delete"; UI review L10) beside Cancel. A destructive action has Cancel as its default button.
// True when the action was chosen.
bool confirmAction(QWidget *parent, const QString &title, const QString &text, const QString &action,
                   bool destructive = false, const QString &detail = QString());

// Asks whether to save unsaved changes: Save (the default), Don't save, Cancel. The buttons are
// the standard ones, named in the program's own words ("Niet opslaan" rather than Qt's "Verwerpen";
// UI review L2). Returns the standard button chosen; Escape is Cancel.
QMessageBox::StandardButton askToSave(QWidget *parent, const QString &title, const QString &text);

} // namespace Custodian::Ui
