#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Custodian::Ui {

class PassphraseFields;
class RememberPassphrase;

// Asks only what a new register needs: where, whose, the passphrase twice, remember or not.
class CreateRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateRegisterDialog(QWidget *parent = nullptr);

    QString filePath() const;
    QString organisationName() const;
    QString passphrase() const;
    bool rememberPassphrase() const;

    void setFilePath(const QString &path);
    void setOrganisationName(const QString &name);
    void setError(const QString &message);
    // Without a keychain "remember" is unticked and disabled, and a note says why (UI review L9).
    void setKeychainAvailable(bool available);

    // Where a new register goes when nothing else is chosen: a "Custodian" folder in Documents
    // (made when the register is created), under a name that is not taken yet.
    static QString proposedPath();

    // Empty when the form can be accepted.
    QString problem() const;

private:
    void retranslateUi();
    void browse();
    void validate();

    QLabel *m_introLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QLabel *m_folderNoteLabel = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    PassphraseFields *m_passphraseFields = nullptr;
    RememberPassphrase *m_remember = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Custodian::Ui
