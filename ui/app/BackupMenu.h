#pragma once

#include <QMenu>

class QAction;
class QActionGroup;

namespace Custodian::Ui {

// Settings › Automatic backups: whether a backup is kept each time a register is closed after a
// change, how many, and where (BackupSettings). Settings of this computer; a choice applies at once.
class BackupMenu : public QMenu
{
    Q_OBJECT
public:
    explicit BackupMenu(QWidget *parent = nullptr);

    static QList<int> keepChoices() { return {5, 10, 20, 50}; }

private:
    void retranslateUi();
    void showSettings();
    void chooseFolder();

    QAction *m_enabledAction = nullptr;
    QActionGroup *m_keepGroup = nullptr;
    QAction *m_besideAction = nullptr;
    QAction *m_folderAction = nullptr;
};

} // namespace Custodian::Ui
