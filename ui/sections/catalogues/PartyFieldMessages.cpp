#include "sections/catalogues/PartyFieldMessages.h"

#include "framework/FindingsBanner.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace Custodian::Ui {

using Domain::Finding;

PartyFieldMessages::PartyFieldMessages(QObject *parent) : QObject(parent) {}

QLabel *PartyFieldMessages::messageLabel(const QString &field, QWidget *widget, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->setVisible(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_widgets.insert(field, widget);
    m_labels.insert(field, label);
    m_order.append(field);
    return label;
}

QWidget *PartyFieldMessages::cell(const QString &field, QWidget *widget, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    widget->setParent(cell);
    layout->addWidget(widget);
    layout->addWidget(messageLabel(field, widget, cell));
    return cell;
}

int PartyFieldMessages::show(const Domain::Findings &findings)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QStringList lines;
        for (const Finding &finding : Domain::findingsFor(findings, it.key()))
            lines << severityText(finding);
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
        // Screen readers hear the message with the field.
        if (QWidget *widget = m_widgets.value(it.key()))
            widget->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    }
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const Finding &finding) { return finding.severity == Finding::Severity::Error; }));
}

Domain::Findings PartyFieldMessages::unplaced(const Domain::Findings &findings) const
{
    Domain::Findings result;
    for (const Finding &finding : findings) {
        if (!m_labels.contains(finding.field))
            result.append(finding);
    }
    return result;
}

QString PartyFieldMessages::firstErrorField(const Domain::Findings &findings) const
{
    for (const QString &field : m_order) {
        for (const Finding &finding : Domain::findingsFor(findings, field)) {
            if (finding.severity == Finding::Severity::Error)
                return field;
        }
    }
    return QString();
}

void PartyFieldMessages::showWithSummary(const Domain::Findings &findings, QLabel *summary)
{
    const int errors = show(findings);
    QStringList lines;
    for (const Domain::Finding &finding : unplaced(findings))
        lines << severityText(finding);
    if (errors > 0)
        lines.prepend(tr("%n field(s) must be corrected before saving.", nullptr, errors));
    summary->setText(lines.join(QLatin1Char('\n')));
    summary->setVisible(!lines.isEmpty());
}

void PartyFieldMessages::showSaveFailure(const QString &message, const Domain::Findings &findings, QLabel *summary)
{
    showWithSummary(findings, summary);
    QStringList lines{message};
    if (!summary->text().isEmpty())
        lines << summary->text();
    summary->setText(lines.join(QLatin1Char('\n')));
    summary->setVisible(true);
}

} // namespace Custodian::Ui
