#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace Custodian::Ui {

class PassphraseFields;

// Asks for a new passphrase (twice). The register is already unlocked, so the person at the
// keyboard has proved they know the current one.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(QWidget *parent = nullptr);
    QString newPassphrase() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    QLabel *m_introLabel = nullptr;
    PassphraseFields *m_fields = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Custodian::Ui
