#include "app/LockScreen.h"

#include "framework/EditorPages.h"
#include "framework/FormLabels.h"
#include "framework/LanguageChange.h"
#include "storage/Secret.h"
#include "widgets/PassphraseEdit.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Custodian::Ui {

LockScreen::LockScreen(QWidget *parent) : QWidget(parent)
{
    m_iconLabel = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_iconLabel->setPixmap(QIcon::fromTheme(QStringLiteral("system-lock-screen"),
                                            QIcon(QStringLiteral(":/icons/org.custodian.Custodian-64.png")))
                               .pixmap(iconSize, iconSize));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("lockTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("lockReasonLabel"));
    m_reasonLabel->setWordWrap(true);
    makeMuted(m_reasonLabel);
    auto *passphraseEdit = new PassphraseEdit(this); // show/hide, and a Caps Lock warning
    m_passphraseEdit = passphraseEdit;
    m_passphraseEdit->setObjectName(QStringLiteral("lockPassphraseEdit"));
    auto *capsLock = new CapsLockWarning(this);
    capsLock->watch(passphraseEdit);
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(QStringLiteral("lockDemoLabel"));
    m_demoLabel->setWordWrap(true);
    m_demoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unsavedLabel = new QLabel(this);
    m_unsavedLabel->setObjectName(QStringLiteral("lockUnsavedLabel"));
    m_unsavedLabel->setWordWrap(true);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("lockMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_unlockButton = new QPushButton(this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("lockCloseButton"));

    auto *form = new QFormLayout;
    form->addRow(FormLabels::labelFor(m_passphraseEdit, this), m_passphraseEdit);
    form->addRow(QString(), capsLock);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_unlockButton);

    // A column of readable width in the middle of the window.
    auto *panel = new QWidget(this);
    panel->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    auto *panelLayout = new QVBoxLayout(panel);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_iconLabel, 0, Qt::AlignTop);
    heading->addWidget(m_titleLabel, 1);
    panelLayout->addLayout(heading);
    panelLayout->addWidget(m_reasonLabel);
    panelLayout->addSpacing(fontMetrics().height());
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_demoLabel);
    panelLayout->addWidget(m_unsavedLabel);
    panelLayout->addWidget(m_messageLabel);
    panelLayout->addLayout(buttons);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(panel);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &LockScreen::closeRequested);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

void LockScreen::setRegister(const QString &fileName, const QString &reason, const QString &demoPassphrase)
{
    m_fileName = fileName;
    m_reason = reason;
    m_demoPassphrase = demoPassphrase;
    m_passphraseEdit->clear();
    m_messageLabel->clear();
    retranslateUi();
}

void LockScreen::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_passphraseEdit->selectAll();
}

QString LockScreen::message() const
{
    return m_messageLabel->text();
}

void LockScreen::setUnsavedChanges(bool unsaved)
{
    m_unsaved = unsaved;
    retranslateUi();
}

void LockScreen::focusPassphrase()
{
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit()
{
    QString passphrase = m_passphraseEdit->text();
    if (passphrase.isEmpty()) {
        setMessage(tr("Enter the passphrase of this register."));
        return;
    }
    m_messageLabel->setText(tr("Unlocking…"));
    emit unlockRequested(passphrase);
    Storage::wipe(passphrase);
}

void LockScreen::retranslateUi()
{
    m_titleLabel->setText(tr("%1 is locked").arg(m_fileName));
    m_reasonLabel->setText(
        m_reason.isEmpty()
            ? tr("The register file is closed. Enter the passphrase to go on where you were.")
            : tr("%1 The register file is closed. Enter the passphrase to go on where you were.").arg(m_reason));
    FormLabels::setText(this, m_passphraseEdit, tr("&Passphrase:"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    // The passphrase on a line of its own: it is not broken at a hyphen, so it can be read and typed.
    m_demoLabel->setText(tr("This is the demo register; its passphrase is:") + u'\n' + m_demoPassphrase);
    m_demoLabel->setVisible(!m_demoPassphrase.isEmpty());
    m_unsavedLabel->setText(tr("Your unsaved changes are kept: unlock to save them."));
    m_unsavedLabel->setVisible(m_unsaved);
    m_unlockButton->setText(tr("&Unlock"));
    m_closeButton->setText(tr("&Close register"));
}

} // namespace Custodian::Ui
