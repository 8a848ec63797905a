#include "app/ChangePassphraseDialog.h"

#include "app/PassphraseFields.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

ChangePassphraseDialog::ChangePassphraseDialog(QWidget *parent) : QDialog(parent)
{
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_fields = new PassphraseFields(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_fields);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &PassphraseFields::changed, this, &ChangePassphraseDialog::validate);
    retranslateUi();
    setMinimumWidth(440);
}

QString ChangePassphraseDialog::newPassphrase() const
{
    return m_fields->passphrase();
}

void ChangePassphraseDialog::validate()
{
    const QString problem = m_fields->problem();
    m_errorLabel->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Change passphrase"));
    m_introLabel->setText(tr("The register will be encrypted again with the new passphrase. Anyone who knows only "
                             "the old passphrase will no longer be able to open it; older copies of the file keep "
                             "the old passphrase."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change passphrase"));
    validate();
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Custodian::Ui
