#pragma once

#include <QMenu>

class QAction;
class QActionGroup;

namespace Custodian::Ui {

class AutoLock;

// Settings › Lock automatically: after how long without use the window locks by itself, and whether
// it locks with the screen. Settings of this computer, not of the register; a choice applies at once.
class AutoLockMenu : public QMenu
{
    Q_OBJECT
public:
    explicit AutoLockMenu(AutoLock *autoLock, QWidget *parent = nullptr);

private:
    void retranslateUi();
    // Checks the choices the settings hold; they may have changed elsewhere since the menu was made.
    void showSettings();

    AutoLock *m_autoLock = nullptr;
    QActionGroup *m_idleGroup = nullptr;
    QAction *m_withScreenAction = nullptr;
};

} // namespace Custodian::Ui
