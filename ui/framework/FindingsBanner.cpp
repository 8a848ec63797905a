#include "framework/FindingsBanner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Custodian::Ui {

QString severityText(const Domain::Finding &finding)
{
    switch (finding.severity) {
    case Domain::Finding::Severity::Error:
        return QCoreApplication::translate("Custodian::Ui::FindingsBanner", "Error: %1").arg(finding.message);
    case Domain::Finding::Severity::Warning:
        return QCoreApplication::translate("Custodian::Ui::FindingsBanner", "Warning: %1").arg(finding.message);
    case Domain::Finding::Severity::Info:
        break;
    }
    return QCoreApplication::translate("Custodian::Ui::FindingsBanner", "Note: %1").arg(finding.message);
}

FindingsBanner::FindingsBanner(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("findingsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) { emit fieldRequested(link); });
    setVisible(false);
}

void FindingsBanner::setFindings(const Domain::Findings &findings)
{
    m_findings = findings;
    render();
}

void FindingsBanner::render()
{
    if (m_findings.isEmpty()) {
        m_label->clear();
        setVisible(false);
        return;
    }
    QString html =
        QStringLiteral("<b>%1</b><ul style=\"margin-left:0; -qt-list-indent:1\">")
            .arg(tr("What an auditor would ask about (%n):", nullptr, int(m_findings.size())).toHtmlEscaped());
    for (const Domain::Finding &finding : std::as_const(m_findings))
        html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                    .arg(finding.field.toHtmlEscaped(), severityText(finding).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_label->setText(html);
    setVisible(true);
}

void FindingsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
