#pragma once

#include <QDialog>

#include <functional>

#include "Status.h"

class QDialogButtonBox;
class QLabel;

namespace Custodian::Ui {

class PassphraseEdit;
class PassphraseFields;

// Asks for the current passphrase, then a new one (twice). An unlocked register is not proof that
// the person at the keyboard knows its passphrase (UI review M12): the current one is checked
// against the file before the dialog accepts; a wrong one is answered in place and changes nothing.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    // Whether the current passphrase opens the register (Storage::Database::checkPassphrase).
    using Check = std::function<Status(const QString &currentPassphrase)>;

    explicit ChangePassphraseDialog(Check checkCurrent, QWidget *parent = nullptr);

    QString newPassphrase() const;
    // The organisation's name, the file name: they make a new passphrase easy to guess.
    void setContextWords(const QStringList &texts);
    QString message() const;

    // Checks the current passphrase; accepts the dialog when it is right.
    void tryAccept();

private:
    void retranslateUi();
    void validate();
    QString problem() const;

    Check m_checkCurrent;
    QLabel *m_introLabel = nullptr;
    PassphraseEdit *m_currentEdit = nullptr;
    PassphraseFields *m_fields = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Custodian::Ui
