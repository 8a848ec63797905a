#pragma once

#include <QDialog>

#include <functional>

#include "Status.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Custodian::Ui {

// Asks for the passphrase of one named file. The attempt is made while the dialog stays open, so
// a wrong passphrase is answered in place without losing the file choice.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    using Attempt = std::function<Status(const QString &passphrase, bool remember)>;

    UnlockDialog(const QString &path, Attempt attempt, QWidget *parent = nullptr);

    void setRemember(bool remember);
    void setMessage(const QString &message);
    QString message() const;

    // Tries the typed passphrase; closes the dialog on success.
    void tryUnlock();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_path;
    Attempt m_attempt;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Custodian::Ui
