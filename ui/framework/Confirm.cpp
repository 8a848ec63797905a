#include "framework/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace Custodian::Ui {

bool confirmAction(QWidget *parent, const QString &title, const QString &text, const QString &action, bool destructive,
                   const QString &detail)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(detail);
    QPushButton *button = box.addButton(action, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    button->setObjectName(QStringLiteral("confirmActionButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(destructive ? cancel : button);
    box.exec();
    return box.clickedButton() == button;
}

} // namespace Custodian::Ui
