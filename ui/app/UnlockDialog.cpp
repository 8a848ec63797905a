#include "app/UnlockDialog.h"

#include "storage/Secret.h"
#include "widgets/PassphraseEdit.h"

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
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    m_rememberCheckBox = new QCheckBox(this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_keychainNoteLabel = new QLabel(this);
    m_keychainNoteLabel->setObjectName(QStringLiteral("keychainNoteLabel"));
    m_keychainNoteLabel->setWordWrap(true);
    m_keychainNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_keychainNoteLabel->setVisible(false);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphraseEdit);
    form->addRow(QString(), m_capsLockWarning);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(form);
    layout->addWidget(m_rememberCheckBox);
    layout->addWidget(m_keychainNoteLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryUnlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(440);
}

void UnlockDialog::setRemember(bool remember)
{
    m_rememberCheckBox->setChecked(remember && m_rememberCheckBox->isEnabled());
}

void UnlockDialog::setKeychainAvailable(bool available)
{
    if (!available)
        m_rememberCheckBox->setChecked(false);
    m_rememberCheckBox->setEnabled(available);
    m_keychainNoteLabel->setVisible(!available);
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
    const Status status = m_attempt(passphrase, m_rememberCheckBox->isChecked());
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
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_rememberCheckBox->setText(tr("Re&member the passphrase on this computer"));
    m_keychainNoteLabel->setText(
        tr("This computer has no keychain to keep the passphrase in, so it cannot be remembered."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Custodian::Ui
