#include "app/UnlockDialog.h"

#include "framework/FormLabels.h"
#include "framework/LanguageChange.h"
#include "storage/Secret.h"
#include "widgets/PassphraseEdit.h"

#include "app/PassphraseFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

UnlockDialog::UnlockDialog(const QString &path, Attempt attempt, QWidget *parent)
    : QDialog(parent), m_path(path), m_attempt(std::move(attempt))
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_passphraseEdit = new PassphraseEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_capsLockWarning = new CapsLockWarning(this);
    m_capsLockWarning->watch(m_passphraseEdit);
    m_remember = new RememberPassphrase(this);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(FormLabels::labelFor(m_passphraseEdit, this), m_passphraseEdit);
    form->addRow(QString(), m_capsLockWarning);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryUnlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    LanguageChange::follow(this, [this] { retranslateUi(); });
    setMinimumWidth(440);
}

void UnlockDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void UnlockDialog::setKeychainAvailable(bool available)
{
    m_remember->setKeychainAvailable(available);
}

void UnlockDialog::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

QString UnlockDialog::message() const
{
    return m_messageLabel->text();
}

void UnlockDialog::tryUnlock()
{
    QString passphrase = m_passphraseEdit->text();
    if (passphrase.isEmpty()) {
        setMessage(tr("Enter the passphrase of this register."));
        return;
    }
    setMessage(tr("Unlocking…"));
    m_buttons->setEnabled(false);
    const Status status = m_attempt(passphrase, m_remember->isChecked());
    Storage::wipe(passphrase);
    m_buttons->setEnabled(true);
    if (status) {
        m_passphraseEdit->clear();
        accept();
        return;
    }
    setMessage(status.message());
    m_passphraseEdit->selectAll();
    m_passphraseEdit->setFocus();
}

void UnlockDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock register"));
    m_fileLabel->setText(tr("Enter the passphrase for %1").arg(QDir::toNativeSeparators(m_path)));
    FormLabels::setText(this, m_passphraseEdit, tr("&Passphrase:"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
}

} // namespace Custodian::Ui
