#include "sections/dashboard/DashboardCard.h"

#include "framework/Severity.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace Custodian::Ui {

namespace {
constexpr int iconEdge = 24;
constexpr qreal radius = 6.0;
// Four cards in a row at 1024 px, unless a caption has a longer word (Dutch compounds).
constexpr int widthInAverageChars = 20;
} // namespace

DashboardCard::DashboardCard(QWidget *parent) : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setIconSize(QSize(iconEdge, iconEdge));
}

void DashboardCard::setCaption(const QString &caption)
{
    m_caption = caption;
    updateAccessibleName();
    updateGeometry();
    update();
}

void DashboardCard::setValue(const QString &value)
{
    m_value = value;
    updateAccessibleName();
    update();
}

void DashboardCard::setNote(const QString &note, Domain::Finding::Severity severity)
{
    m_note = note;
    m_severity = severity;
    updateAccessibleName();
    update();
}

void DashboardCard::updateAccessibleName()
{
    // A screen reader hears the whole card: "Agreements: 12. 2 expired".
    QString name = QStringLiteral("%1: %2").arg(m_caption, m_value);
    if (!m_note.isEmpty())
        name += QStringLiteral(". ") + m_note;
    setAccessibleName(name);
    setToolTip(m_note.isEmpty() ? QString() : m_note);
}

QFont DashboardCard::valueFont() const
{
    QFont result = font();
    result.setPointSizeF(result.pointSizeF() * 1.8);
    result.setBold(true);
    return result;
}

QFont DashboardCard::noteFont() const
{
    QFont result = font();
    result.setPointSizeF(result.pointSizeF() * 0.9);
    return result;
}

int DashboardCard::padding() const
{
    return fontMetrics().height() * 2 / 3;
}

int DashboardCard::naturalWidth() const
{
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics noteMetrics(noteFont());
    int longest = 0;
    for (const QString &word : m_caption.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = qMax(longest, metrics.horizontalAdvance(word));
    for (const QString &word : m_note.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = qMax(longest, noteMetrics.horizontalAdvance(word));
    const int pad = padding();
    return qMax(metrics.averageCharWidth() * widthInAverageChars + 2 * pad, 2 * pad + iconEdge + pad / 2 + longest);
}

void DashboardCard::setCardWidth(int width)
{
    if (m_cardWidth == width)
        return;
    m_cardWidth = width;
    updateGeometry();
}

QSize DashboardCard::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int width = m_cardWidth > 0 ? m_cardWidth : naturalWidth();
    // Caption (up to two lines beside the icon), value, note (up to two lines).
    const int captionHeight = qMax(iconEdge, 2 * metrics.lineSpacing());
    const int height = 2 * padding() + captionHeight + QFontMetrics(valueFont()).height() +
                       2 * QFontMetrics(noteFont()).lineSpacing() + metrics.leading();
    return {width, height};
}

QSize DashboardCard::minimumSizeHint() const
{
    return sizeHint();
}

void DashboardCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(frame, radius, radius);
    painter.fillPath(path, pal.color(QPalette::Base));
    const bool highlighted = m_hovered || hasFocus() || isDown();
    painter.setPen(
        QPen(highlighted ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), highlighted ? 1.5 : 1.0));
    painter.drawPath(path);

    const int pad = padding();
    QRect content = rect().adjusted(pad, pad, -pad, -pad);
    const QFontMetrics metrics = fontMetrics();
    const int captionHeight = qMax(iconEdge, 2 * metrics.lineSpacing());
    if (!icon().isNull())
        icon().paint(&painter, QRect(content.topLeft(), QSize(iconEdge, iconEdge)), Qt::AlignCenter,
                     isEnabled() ? QIcon::Normal : QIcon::Disabled);
    const int textLeft = icon().isNull() ? 0 : iconEdge + pad / 2;
    painter.setPen(pal.color(QPalette::Text));
    painter.setFont(font());
    painter.drawText(QRect(content.left() + textLeft, content.top(), content.width() - textLeft, captionHeight),
                     Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, m_caption);
    content.setTop(content.top() + captionHeight);

    const QFont big = valueFont();
    const int valueHeight = QFontMetrics(big).height();
    painter.setFont(big);
    painter.drawText(QRect(content.left(), content.top(), content.width(), valueHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_value);
    content.setTop(content.top() + valueHeight);

    if (!m_note.isEmpty()) {
        painter.setFont(noteFont());
        QColor colour = Severity::textColour(m_severity, pal);
        if (m_severity == Domain::Finding::Severity::Info) {
            colour = pal.color(QPalette::Text); // muted, but readable on the card
            colour.setAlphaF(0.72);
        }
        painter.setPen(colour);
        painter.drawText(content, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_note);
    }
}

void DashboardCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void DashboardCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void DashboardCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QAbstractButton::changeEvent(event);
}

} // namespace Custodian::Ui
