#include "app/PassphraseFields.h"

#include "storage/PassphrasePolicy.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace Custodian::Ui {

using Storage::PassphrasePolicy;

PassphraseFields::PassphraseFields(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(8);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("strengthHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeatEdit);

    layout->addRow(m_passphraseLabel, m_passphraseEdit);
    layout->addRow(QString(), m_strengthBar);
    layout->addRow(QString(), m_hintLabel);
    layout->addRow(m_repeatLabel, m_repeatEdit);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit changed();
    });
    connect(m_repeatEdit, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit changed();
    });
    retranslateUi();
}

QString PassphraseFields::passphrase() const
{
    return m_passphraseEdit->text();
}

QString PassphraseFields::problem() const
{
    if (!PassphrasePolicy::isAcceptable(m_passphraseEdit->text()))
        return PassphrasePolicy::tooShortMessage();
    if (m_repeatEdit->text().isEmpty())
        return tr("Type the passphrase a second time.");
    if (m_passphraseEdit->text() != m_repeatEdit->text())
        return tr("The two passphrases are not the same.");
    return QString();
}

void PassphraseFields::clear()
{
    m_passphraseEdit->clear();
    m_repeatEdit->clear();
}

void PassphraseFields::updateHint()
{
    const QString text = m_passphraseEdit->text();
    if (text.isEmpty()) {
        m_strengthBar->setValue(0);
        m_hintLabel->setText(PassphrasePolicy::tooShortMessage());
        return;
    }
    const PassphrasePolicy::Assessment assessment = PassphrasePolicy::assess(text);
    m_strengthBar->setValue(int(assessment.strength));
    QString hint = assessment.hint;
    if (!m_repeatEdit->text().isEmpty() && m_repeatEdit->text() != text)
        hint += QLatin1Char(' ') + tr("The two passphrases are not the same.");
    m_hintLabel->setText(hint);
}

void PassphraseFields::retranslateUi()
{
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_repeatEdit->setAccessibleName(tr("Repeat passphrase"));
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    updateHint();
}

void PassphraseFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
