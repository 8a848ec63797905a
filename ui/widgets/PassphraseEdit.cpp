#include "widgets/PassphraseEdit.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Custodian::Ui {

namespace {

// An eye, crossed out for "hide": drawn in the text colour so that it reads in light and dark
// themes alike, and the same on every platform (no icon theme needed).
QIcon eyeIcon(const QColor &color, bool crossed)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(color, std::max(1.0, s / 14.0));
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        QPainterPath outline;
        outline.moveTo(s * 0.06, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.05, s * 0.94, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.95, s * 0.06, s * 0.5);
        painter.drawPath(outline);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.13, s * 0.13);
        if (crossed)
            painter.drawLine(QPointF(s * 0.15, s * 0.88), QPointF(s * 0.85, s * 0.12));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

PassphraseEdit::PassphraseEdit(QWidget *parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_revealAction = addAction(QIcon(), QLineEdit::TrailingPosition);
    m_revealAction->setObjectName(QStringLiteral("revealAction"));
    m_revealAction->setCheckable(true);
    connect(m_revealAction, &QAction::toggled, this, &PassphraseEdit::setRevealed);
    updateRevealAction();
}

void PassphraseEdit::setRevealed(bool revealed)
{
    if (revealed == isRevealed())
        return;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    updateRevealAction();
    emit revealedChanged(revealed);
}

void PassphraseEdit::revealTogether(PassphraseEdit *first, PassphraseEdit *second)
{
    connect(first, &PassphraseEdit::revealedChanged, second, &PassphraseEdit::setRevealed);
    connect(second, &PassphraseEdit::revealedChanged, first, &PassphraseEdit::setRevealed);
}

void PassphraseEdit::updateRevealAction()
{
    const bool revealed = isRevealed();
    {
        const QSignalBlocker blocker(m_revealAction);
        m_revealAction->setChecked(revealed);
    }
    // The icon shows what a click does.
    m_revealAction->setIcon(eyeIcon(palette().color(QPalette::Text), revealed));
    const QString text = revealed ? tr("Hide passphrase") : tr("Show passphrase");
    m_revealAction->setText(text);
    m_revealAction->setToolTip(text);
}

void PassphraseEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1) {
        const QChar c = text.at(0);
        // Only letters that have two cases say anything about Caps Lock.
        if (c.isLetter() && c.toUpper() != c.toLower()) {
            const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
            m_capsLockOn = c.isUpper() != shift;
            emit capsLockSeen(m_capsLockOn);
        }
    }
    QLineEdit::keyPressEvent(event);
}

void PassphraseEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        updateRevealAction();
    QLineEdit::changeEvent(event);
}

CapsLockWarning::CapsLockWarning(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("capsLockWarning"));
    setWordWrap(true);
    setVisible(false);
    retranslateUi();
}

void CapsLockWarning::watch(PassphraseEdit *edit)
{
    connect(edit, &PassphraseEdit::capsLockSeen, this, &QWidget::setVisible);
    if (edit->capsLockOn())
        show();
}

void CapsLockWarning::retranslateUi()
{
    setText(tr("Caps Lock is on."));
}

void CapsLockWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

} // namespace Custodian::Ui
