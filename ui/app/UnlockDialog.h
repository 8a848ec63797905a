#pragma once

#include <QDialog>

#include <functional>

#include "Status.h"

class QDialogButtonBox;
class QLabel;

namespace Custodian::Ui {

class CapsLockWarning;
class PassphraseEdit;
class RememberPassphrase;

// Asks for the passphrase of one named file. The attempt is made while the dialog stays open, so
// a wrong passphrase is answered in place without losing the file choice.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    using Attempt = std::function<Status(const QString &passphrase, bool remember)>;

    UnlockDialog(const QString &path, Attempt attempt, QWidget *parent = nullptr);

    void setRemember(bool remember);
    // Without a keychain "remember" is unticked and disabled, and a note says why (UI review L9).
    void setKeychainAvailable(bool available);
    void setMessage(const QString &message);
    QString message() const;

    // Tries the typed passphrase; closes the dialog on success.
    void tryUnlock();

private:
    void retranslateUi();

    QString m_path;
    Attempt m_attempt;
    QLabel *m_fileLabel = nullptr;
    PassphraseEdit *m_passphraseEdit = nullptr;
    CapsLockWarning *m_capsLockWarning = nullptr;
    RememberPassphrase *m_remember = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Custodian::Ui
