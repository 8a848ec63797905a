#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Custodian::Ui {

class RegisterSession;

// File › Restore a backup: the automatic backups of the open register, newest first, or a backup
// file of one's choice; what the chosen one holds (its date, its state and counts, whether its
// history verifies); and "Restore as new file…", never over an existing file or the open register.
// restoredPath() names the new register after a restore.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(RegisterSession *session, QWidget *parent = nullptr);

    QString restoredPath() const { return m_restoredPath; }

private:
    void fillGenerations();
    void chooseFile();
    void showChosen();
    void restore();
    QString chosenPath() const;

    RegisterSession *m_session = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_otherButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QString m_otherFile;
    QString m_otherPassphrase; // a backup of another register: its own passphrase
    QString m_restoredPath;
};

} // namespace Custodian::Ui
