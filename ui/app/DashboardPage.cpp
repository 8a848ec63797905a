#include "app/DashboardPage.h"

#include "register/queries/RegisterCounts.h"
#include "storage/Database.h"

#include "framework/RegisterContext.h"

#include "domain/Organisation.h"
#include "register/OrganisationService.h"
#include "register/Services.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Custodian::Ui {

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setWordWrap(true);
    m_demoLabel->setFrameShape(QFrame::StyledPanel);
    m_demoLabel->setMargin(m_demoLabel->fontMetrics().height() / 2);
    m_demoLabel->setVisible(false);
    m_contentLabel = new QLabel(this);
    m_contentLabel->setObjectName(QStringLiteral("dashboardContent"));
    m_contentLabel->setWordWrap(true);
    m_contentLabel->setTextFormat(Qt::RichText);
    m_contentLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_contentLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_demoLabel);
    layout->addWidget(m_contentLabel, 1);
    connect(m_contentLabel, &QLabel::linkActivated, this, &DashboardPage::sectionRequested);
}

void DashboardPage::setContext(RegisterContext *context)
{
    m_context = context;
    refresh();
}

void DashboardPage::setDemo(bool demo)
{
    m_demo = demo;
    refresh();
}

void DashboardPage::refresh()
{
    m_titleLabel->setText(tr("Dashboard"));
    m_demoLabel->setText(tr("This is the demo register of a fictional software company. Look around and change "
                            "anything: it is a copy made for you, and nothing here is real. To start your own "
                            "register, choose File › New register."));
    m_demoLabel->setVisible(m_demo);
    if (!m_context) {
        m_contentLabel->clear();
        return;
    }
    Domain::Organisation organisation;
    Register::RegisterCounts counts;
    Status status = m_context->organisations().load(&organisation);
    if (status)
        status = Register::RegisterCounts::read(m_context->database(), m_context->today(), &counts);
    if (!status) {
        m_contentLabel->setText(QStringLiteral("<p>%1</p>").arg(status.message().toHtmlEscaped()));
        return;
    }
    int errors = 0;
    int warnings = 0;
    const QList<Register::EntityFinding> &findings = m_context->findings();
    for (const Register::EntityFinding &finding : findings) {
        if (finding.finding.severity == Domain::Finding::Severity::Error)
            ++errors;
        else if (finding.finding.severity == Domain::Finding::Severity::Warning)
            ++warnings;
    }

    auto link = [](const QString &target, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
    };
    QStringList next;
    if (organisation.name.isEmpty() || organisation.dpoName.isEmpty() || organisation.contactEmail.isEmpty())
        next << link(QStringLiteral("organisation"),
                     tr("Complete the organisation's details: contact and data protection officer."));
    if (counts.activities == 0)
        next << link(QStringLiteral("activity"),
                     tr("Record your first processing activity, one purpose at a time (for example: payroll)."));
    if (counts.agreements == 0)
        next << link(QStringLiteral("agreement"),
                     tr("Add the processing agreement with your hosting provider or another processor."));
    if (errors > 0)
        next << link(QStringLiteral("findings"), tr("Resolve %n error(s) an auditor would raise.", nullptr, errors));
    if (counts.overdueReviews > 0)
        next << link(QStringLiteral("activity"),
                     tr("Review %n activity(ies) whose review date has passed.", nullptr, counts.overdueReviews));
    if (counts.expiredAgreements > 0)
        next << link(QStringLiteral("agreement"),
                     tr("Renew or end %n active agreement(s) that have expired.", nullptr, counts.expiredAgreements));

    const QLocale locale;
    QString html;
    html +=
        QStringLiteral("<h3>%1</h3>")
            .arg((organisation.name.isEmpty() ? tr("No organisation name yet") : organisation.name).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\">");
    auto row = [&](const QString &section, const QString &label, int count) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(link(section, label), locale.toString(count));
    };
    row(QStringLiteral("activity"), tr("Processing activities"), counts.activities);
    row(QStringLiteral("processor_activity"), tr("Processor activities"), counts.processorActivities);
    row(QStringLiteral("agreement"), tr("Agreements"), counts.agreements);
    row(QStringLiteral("party"), tr("Parties"), counts.parties);
    row(QStringLiteral("retention_rule"), tr("Retention rules"), counts.retentionRules);
    row(QStringLiteral("security_measure"), tr("Measures"), counts.measures);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 approved. Completeness check: %2 and %3.")
                         .arg(tr("%1 of %n active activity(ies)", nullptr, counts.activeActivities)
                                  .arg(locale.toString(counts.approvedActivities)),
                              tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings))
                         .toHtmlEscaped());
    if (!next.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("What to do next").toHtmlEscaped());
        for (const QString &item : std::as_const(next))
            html += QStringLiteral("<li>%1</li>").arg(item);
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Nothing urgent: the register is complete as far as the check can tell.").toHtmlEscaped());
    }
    m_contentLabel->setText(html);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
