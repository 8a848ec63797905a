#include "app/PassphraseFields.h"

#include "framework/LanguageChange.h"
#include "storage/PassphrasePolicy.h"
#include "widgets/PassphraseEdit.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Security::PassphraseStrength;
using Storage::PassphrasePolicy;

StrengthMeter::StrengthMeter(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("strengthMeter"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StrengthMeter::setLevel(int segments, const QColor &color)
{
    m_segments = std::clamp(segments, 0, segmentCount);
    m_color = color;
    update();
}

QSize StrengthMeter::sizeHint() const
{
    return QSize(200, std::max(6, fontMetrics().height() / 3));
}

QSize StrengthMeter::minimumSizeHint() const
{
    return QSize(5 * segmentCount, sizeHint().height());
}

void StrengthMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int gap = 3;
    const qreal width = (qreal(this->width()) - gap * (segmentCount - 1)) / segmentCount;
    // Empty segments: the palette's mid tone, visible on light and dark windows.
    const QColor empty = palette().color(QPalette::Mid);
    for (int i = 0; i < segmentCount; ++i) {
        const QRectF segment(i * (width + gap), 0, width, height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(i < m_segments ? m_color : empty);
        painter.drawRoundedRect(segment, 2, 2);
    }
}

PassphraseFields::PassphraseFields(Labels labels, QWidget *parent) : QWidget(parent), m_labels(labels)
{
    auto *layout = new QFormLayout(this);
    m_form = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    m_passphraseEdit = new PassphraseEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_repeatEdit = new PassphraseEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    PassphraseEdit::revealTogether(m_passphraseEdit, m_repeatEdit);
    m_meter = new StrengthMeter(this);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("strengthHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeatEdit);
    m_capsLockWarning = new CapsLockWarning(this);
    m_capsLockWarning->watch(m_passphraseEdit);
    m_capsLockWarning->watch(m_repeatEdit);
    m_weakConfirmCheckBox = new QCheckBox(this);
    m_weakConfirmCheckBox->setObjectName(QStringLiteral("weakConfirmCheckBox"));
    m_weakConfirmCheckBox->setVisible(false);

    layout->addRow(m_passphraseLabel, m_passphraseEdit);
    layout->addRow(QString(), m_meter);
    layout->addRow(QString(), m_hintLabel);
    layout->addRow(m_repeatLabel, m_repeatEdit);
    layout->addRow(QString(), m_capsLockWarning);
    layout->addRow(QString(), m_weakConfirmCheckBox);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, [this] {
        assess();
        emit changed();
    });
    connect(m_repeatEdit, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit changed();
    });
    connect(m_weakConfirmCheckBox, &QCheckBox::toggled, this, &PassphraseFields::changed);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

QString PassphraseFields::passphrase() const
{
    return m_passphraseEdit->text();
}

QString PassphraseFields::problem() const
{
    if (!PassphrasePolicy::isAcceptable(m_passphraseEdit->text()))
        return PassphrasePolicy::tooShortMessage();
    if (m_assessment.level == PassphraseStrength::Level::VeryWeak && !m_weakConfirmCheckBox->isChecked())
        return tr("This passphrase is very easy to guess. Choose a longer one, or tick “Use this weak passphrase "
                  "anyway”.");
    if (m_repeatEdit->text().isEmpty())
        return tr("Type the passphrase a second time.");
    if (m_passphraseEdit->text() != m_repeatEdit->text())
        return tr("The two passphrases are not the same.");
    return QString();
}

bool PassphraseFields::showsProblem() const
{
    const QString text = m_passphraseEdit->text();
    return !PassphrasePolicy::isAcceptable(text) || (!m_repeatEdit->text().isEmpty() && m_repeatEdit->text() != text);
}

void PassphraseFields::clear()
{
    m_passphraseEdit->clear();
    m_repeatEdit->clear();
}

void PassphraseFields::setContextWords(const QStringList &texts)
{
    const QStringList before = m_strength.contextWords();
    m_strength.setContextWords(texts);
    if (m_strength.contextWords() == before)
        return;
    assess();
    emit changed();
}

QColor PassphraseFields::levelColor(PassphraseStrength::Level level)
{
    // Mid-tones: legible against white and against a dark window.
    switch (level) {
    case PassphraseStrength::Level::VeryWeak:
    case PassphraseStrength::Level::Weak:
        return QColor(0xd6, 0x45, 0x45); // red
    case PassphraseStrength::Level::Fair:
        return QColor(0xe0, 0x9a, 0x1f); // amber
    case PassphraseStrength::Level::Strong:
    case PassphraseStrength::Level::VeryStrong:
        return QColor(0x3d, 0xa3, 0x4f); // green
    }
    return QColor();
}

void PassphraseFields::assess()
{
    m_assessment = m_strength.assess(m_passphraseEdit->text());
    const bool typed = !m_passphraseEdit->text().isEmpty();
    m_meter->setLevel(typed ? int(m_assessment.level) + 1 : 0, levelColor(m_assessment.level));
    // "Use it anyway" is offered only for a very weak choice, and asked again whenever it changes.
    const bool veryWeak = PassphrasePolicy::isAcceptable(m_passphraseEdit->text()) &&
                          m_assessment.level == PassphraseStrength::Level::VeryWeak;
    m_weakConfirmCheckBox->setChecked(false);
    m_weakConfirmCheckBox->setVisible(veryWeak);
    updateHint();
}

void PassphraseFields::updateHint()
{
    const QString text = m_passphraseEdit->text();
    QString hint;
    if (!PassphrasePolicy::isAcceptable(text)) {
        hint = PassphrasePolicy::tooShortMessage();
        m_meter->setAccessibleDescription(QString());
    } else {
        const QString level = PassphraseStrength::levelName(m_assessment.level);
        m_meter->setAccessibleDescription(level);
        hint = tr("Strength: %1.").arg(level);
        if (m_assessment.level <= PassphraseStrength::Level::Fair) {
            const QString why = PassphraseStrength::weaknessText(m_assessment.weakness);
            hint += QLatin1Char(' ') + (why.isEmpty() ? tr("Add a few more unrelated words.") : why);
        }
    }
    if (!m_repeatEdit->text().isEmpty() && m_repeatEdit->text() != text)
        hint += QLatin1Char(' ') + tr("The two passphrases are not the same.");
    m_hintLabel->setText(hint);
}

void PassphraseFields::retranslateUi()
{
    if (m_labels == Labels::NewPassphrase) {
        m_passphraseLabel->setText(tr("&New passphrase:"));
        m_repeatLabel->setText(tr("&Repeat new passphrase:"));
        m_passphraseEdit->setAccessibleName(tr("New passphrase"));
        m_repeatEdit->setAccessibleName(tr("Repeat new passphrase"));
    } else {
        m_passphraseLabel->setText(tr("&Passphrase:"));
        m_repeatLabel->setText(tr("&Repeat passphrase:"));
        m_passphraseEdit->setAccessibleName(tr("Passphrase"));
        m_repeatEdit->setAccessibleName(tr("Repeat passphrase"));
    }
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_weakConfirmCheckBox->setText(tr("&Use this weak passphrase anyway"));
    updateHint();
}

RememberPassphrase::RememberPassphrase(QWidget *parent) : QWidget(parent)
{
    m_checkBox = new QCheckBox(this);
    m_checkBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("keychainNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkBox);
    layout->addWidget(m_noteLabel);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

bool RememberPassphrase::isChecked() const
{
    return m_checkBox->isChecked();
}

void RememberPassphrase::setChecked(bool checked)
{
    m_checkBox->setChecked(checked && m_checkBox->isEnabled());
}

void RememberPassphrase::setKeychainAvailable(bool available)
{
    if (!available)
        m_checkBox->setChecked(false);
    m_checkBox->setEnabled(available);
    m_noteLabel->setVisible(!available);
}

void RememberPassphrase::retranslateUi()
{
    m_checkBox->setText(tr("Re&member the passphrase on this computer"));
    m_checkBox->setToolTip(tr("Keeps the passphrase in this computer's keychain, never in a plain file."));
    m_noteLabel->setText(tr("This computer has no keychain to keep the passphrase in, so it cannot be remembered."));
}

} // namespace Custodian::Ui
