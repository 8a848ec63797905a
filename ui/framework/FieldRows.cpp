#include "framework/FieldRows.h"

#include "framework/FindingsBanner.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

void FieldRows::add(QFormLayout *form, const QString &field, QWidget *widget, QWidget *focusTarget)
{
    QWidget *parent = form->parentWidget();
    auto *label = new QLabel(parent);
    label->setBuddy(focusTarget ? focusTarget : widget);
    auto *hint = new QLabel(parent);
    hint->setObjectName(field + QStringLiteral("Hint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    hint->setVisible(false);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    auto *message = new QLabel(parent);
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    message->setVisible(false);
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

void FieldRows::addMessageOnly(const QString &field, QWidget *focusTarget, QLabel *message)
{
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setVisible(false);
    m_targets.insert(field, focusTarget);
    m_messages.insert(field, message);
}

void FieldRows::addAlias(const QString &alias, const QString &field)
{
    m_aliases.insert(alias, field);
}

void FieldRows::setLabel(const QString &field, const QString &text)
{
    if (QLabel *label = m_labels.value(field))
        label->setText(text);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    if (QWidget *target = m_targets.value(field))
        target->setAccessibleName(plain);
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
    QHash<QString, QStringList> lines;
    Domain::Findings unplaced;
    for (const Domain::Finding &finding : findings) {
        const QString field = resolve(finding.field);
        if (m_messages.contains(field))
            lines[field].append(severityText(finding));
        else
            unplaced.append(finding);
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QStringList text = lines.value(it.key());
        it.value()->setText(text.join(QLatin1Char('\n')));
        it.value()->setVisible(!text.isEmpty());
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
    // Outermost first: the tab holding the field, then every scroll area on the way.
    QList<QWidget *> chain;
    for (QWidget *widget = target; widget; widget = widget->parentWidget())
        chain.prepend(widget);
    for (int i = 0; i + 2 < chain.size(); ++i) {
        auto *tabs = qobject_cast<QTabWidget *>(chain.at(i));
        auto *stack = qobject_cast<QStackedWidget *>(chain.at(i + 1));
        if (tabs && stack)
            tabs->setCurrentWidget(chain.at(i + 2));
    }
    for (QWidget *widget = target->parentWidget(); widget; widget = widget->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(widget))
            scroll->ensureWidgetVisible(target);
    }
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace Custodian::Ui
