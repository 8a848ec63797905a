#include "framework/Confirm.h"

#include <QCoreApplication>
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

QMessageBox::StandardButton askToSave(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Save)->setText(QCoreApplication::translate("Custodian::Ui::Confirm", "&Save"));
    box.button(QMessageBox::Discard)->setText(QCoreApplication::translate("Custodian::Ui::Confirm", "Do&n't save"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("Custodian::Ui::Confirm", "Cancel"));
    return QMessageBox::StandardButton(box.exec());
}

} // namespace Custodian::Ui
