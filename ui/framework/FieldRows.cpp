#include "framework/FieldRows.h"

#include "framework/EditorPages.h"
#include "framework/Severity.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Custodian::Ui {

void FieldRows::add(QFormLayout *form, const QString &field, QWidget *widget, QWidget *focusTarget)
{
    QWidget *parent = form->parentWidget();
    auto *label = new QLabel(parent);
    label->setBuddy(focusTarget ? focusTarget : widget);
    // One label column per page, no wider than a short phrase: longer labels wrap (setLabel), the
    // fields keep the room.
    auto *hint = new QLabel(parent);
    hint->setObjectName(field + QStringLiteral("Hint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    hint->setVisible(false);
    makeMuted(hint);
    auto *message = new QLabel(parent);
    message->setObjectName(field + QStringLiteral("Message"));
    prepareMessage(message);
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(widget);
    cellLayout->addWidget(hint);
    cellLayout->addWidget(message);
    form->addRow(label, cell);
    m_targets.insert(field, focusTarget ? focusTarget : widget);
    m_labels.insert(field, label);
    m_hints.insert(field, hint);
    m_messages.insert(field, message);
}

void FieldRows::addSpanning(QFormLayout *form, const QString &field, QWidget *widget, QWidget *focusTarget)
{
    auto *message = new QLabel(form->parentWidget());
    form->addRow(widget);
    form->addRow(message);
    addMessageOnly(field, focusTarget ? focusTarget : widget, message);
}

void FieldRows::addMessageOnly(const QString &field, QWidget *focusTarget, QLabel *message)
{
    message->setObjectName(field + QStringLiteral("Message"));
    prepareMessage(message);
    m_targets.insert(field, focusTarget);
    m_messages.insert(field, message);
}

void FieldRows::prepareMessage(QLabel *message)
{
    message->setWordWrap(true);
    message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    message->setTextFormat(Qt::PlainText);
    // The line is kept while empty, so that the fields below do not move as messages come and go.
    QSizePolicy policy = message->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    message->setSizePolicy(policy);
    message->setMinimumHeight(message->fontMetrics().lineSpacing());
    message->setVisible(false);
}

void FieldRows::addAlias(const QString &alias, const QString &field)
{
    m_aliases.insert(alias, field);
}

void FieldRows::setLabel(const QString &field, const QString &text)
{
    if (QLabel *label = m_labels.value(field)) {
        label->setText(text);
        // At most a short phrase wide, but never narrower than its longest word ("Verwerkingsverantwoordelijke:").
        const QFontMetrics metrics = label->fontMetrics();
        int width = metrics.averageCharWidth() * 24;
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            width = qMax(width, metrics.horizontalAdvance(QString(word).remove(QLatin1Char('&'))) + 2);
        label->setMaximumWidth(width);
        // A label that wraps takes the whole short phrase, so that it wraps onto as few lines as it can.
        const bool wraps = metrics.horizontalAdvance(text) > width;
        label->setWordWrap(wraps);
        label->setMinimumWidth(wraps ? width : 0);
        // Once all labels of this round are set.
        if (!m_alignQueued) {
            m_alignQueued = true;
            QTimer::singleShot(0, label, [this] { alignLabels(); });
        }
    }
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    if (QWidget *target = m_targets.value(field))
        target->setAccessibleName(plain);
}

void FieldRows::alignLabels()
{
    m_alignQueued = false;
    int column = 0;
    for (const QLabel *label : std::as_const(m_labels))
        column = qMax(column, label->wordWrap() ? label->minimumWidth() : label->sizeHint().width());
    for (QLabel *label : std::as_const(m_labels)) {
        label->setMaximumWidth(qMax(label->maximumWidth(), column));
        label->setMinimumWidth(column);
    }
}

void FieldRows::setHint(const QString &field, const QString &text)
{
    if (QLabel *hint = m_hints.value(field)) {
        hint->setText(text);
        hint->setVisible(!text.isEmpty());
    }
}

QWidget *FieldRows::focusTarget(const QString &field) const
{
    return m_targets.value(resolve(field));
}

Domain::Findings FieldRows::showFindings(const Domain::Findings &findings)
{
    QHash<QString, Domain::Findings> byField;
    Domain::Findings unplaced;
    for (const Domain::Finding &finding : findings) {
        const QString field = resolve(finding.field);
        if (m_messages.contains(field))
            byField[field].append(finding);
        else
            unplaced.append(finding);
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const Domain::Findings own = byField.value(it.key());
        QStringList lines;
        for (const Domain::Finding &finding : own)
            lines.append(Severity::prefixed(finding));
        QLabel *message = it.value();
        const QString text = lines.join(QLatin1Char('\n'));
        if (message->text() != text) {
            message->setText(text);
            QPalette palette = message->palette();
            palette.setColor(QPalette::WindowText, Severity::textColour(Severity::worst(own), palette));
            message->setPalette(palette);
        }
        message->setVisible(!text.isEmpty());
        Severity::markField(m_targets.value(it.key()), own);
    }
    return unplaced;
}

QString FieldRows::resolve(const QString &field) const
{
    static const QRegularExpression separator(QStringLiteral("[.\\[/:]"));
    QString base = field;
    const qsizetype cut = base.indexOf(separator);
    if (cut > 0)
        base.truncate(cut);
    if (m_targets.contains(field))
        return field;
    if (m_aliases.contains(field))
        return m_aliases.value(field);
    if (m_aliases.contains(base))
        return m_aliases.value(base);
    return base;
}

bool FieldRows::focus(const QString &field) const
{
    QWidget *target = m_targets.value(resolve(field));
    if (!target)
        return false;
    // Outermost first: the page or tab holding the field, then every scroll area on the way.
    QList<QWidget *> chain;
    for (QWidget *widget = target; widget; widget = widget->parentWidget())
        chain.prepend(widget);
    for (int i = 0; i + 1 < chain.size(); ++i) {
        if (auto *stack = qobject_cast<QStackedWidget *>(chain.at(i)))
            stack->setCurrentWidget(chain.at(i + 1));
    }
    for (QWidget *widget = target->parentWidget(); widget; widget = widget->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(widget))
            scroll->ensureWidgetVisible(target);
    }
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

QString FieldRows::firstErrorField(const Domain::Findings &findings)
{
    for (const Domain::Finding &finding : findings) {
        if (finding.severity == Domain::Finding::Severity::Error)
            return finding.field;
    }
    return QString();
}

} // namespace Custodian::Ui
