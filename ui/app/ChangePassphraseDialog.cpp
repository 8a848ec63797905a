#include "app/ChangePassphraseDialog.h"

#include "app/PassphraseFields.h"
#include "framework/FormLabels.h"
#include "framework/LanguageChange.h"
#include "storage/Secret.h"
#include "widgets/PassphraseEdit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

ChangePassphraseDialog::ChangePassphraseDialog(Check checkCurrent, QWidget *parent)
    : QDialog(parent), m_checkCurrent(std::move(checkCurrent))
{
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_currentEdit = new PassphraseEdit(this);
    m_currentEdit->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_fields = new PassphraseFields(PassphraseFields::Labels::NewPassphrase, this);
    // One Caps Lock warning for the three fields.
    m_fields->capsLockWarning()->watch(m_currentEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_fields->form()->insertRow(0, FormLabels::labelFor(m_currentEdit, this), m_currentEdit);
    setTabOrder(m_currentEdit, m_fields->firstEdit());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_fields);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_currentEdit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::validate);
    connect(m_fields, &PassphraseFields::changed, this, &ChangePassphraseDialog::validate);
    LanguageChange::follow(this, [this] { retranslateUi(); });
    setMinimumWidth(480);
}

QString ChangePassphraseDialog::newPassphrase() const
{
    return m_fields->passphrase();
}

void ChangePassphraseDialog::setContextWords(const QStringList &texts)
{
    m_fields->setContextWords(texts);
}

QString ChangePassphraseDialog::message() const
{
    return m_errorLabel->text();
}

QString ChangePassphraseDialog::problem() const
{
    if (m_currentEdit->text().isEmpty())
        return tr("Enter the current passphrase.");
    const QString problem = m_fields->problem();
    if (!problem.isEmpty())
        return problem;
    if (m_fields->passphrase() == m_currentEdit->text())
        return tr("The new passphrase is the same as the current one.");
    return QString();
}

void ChangePassphraseDialog::validate()
{
    const QString problem = this->problem();
    // Said once: the new passphrase's own problems stand under it (UI review M5).
    m_errorLabel->setText(problem == m_fields->problem() && m_fields->showsProblem() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ChangePassphraseDialog::tryAccept()
{
    if (!problem().isEmpty()) {
        validate();
        return;
    }
    QString current = m_currentEdit->text();
    m_buttons->setEnabled(false);
    const Status status = m_checkCurrent ? m_checkCurrent(current) : Status::ok();
    Storage::wipe(current);
    m_buttons->setEnabled(true);
    if (!status) {
        m_errorLabel->setText(status.message());
        m_currentEdit->selectAll();
        m_currentEdit->setFocus();
        return;
    }
    m_currentEdit->clear();
    accept();
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Change passphrase"));
    m_introLabel->setText(tr("The register will be encrypted again with the new passphrase. Anyone who knows only "
                             "the old passphrase will no longer be able to open it; older copies of the file keep "
                             "the old passphrase."));
    FormLabels::setText(this, m_currentEdit, tr("Curren&t passphrase:"));
    m_currentEdit->setAccessibleName(tr("Current passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change passphrase"));
    validate();
}

} // namespace Custodian::Ui
