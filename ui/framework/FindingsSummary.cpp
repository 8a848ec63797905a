#include "framework/FindingsSummary.h"

#include "framework/Severity.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {
const QString expandedKey = QStringLiteral("ui/editor/findingsExpanded");
}

FindingsSummary::FindingsSummary(QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findingsCountLabel"));
    m_count->setWordWrap(true);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("findingsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_list = new QLabel;
    m_list->setObjectName(QStringLiteral("findingsLabel"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_list->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long lists scroll rather than push the form off the screen.
    m_scroll->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_icon);
    header->addWidget(m_count, 1);
    header->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_scroll);

    m_toggle->setChecked(QSettings().value(expandedKey, false).toBool());
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(expandedKey, on);
        render();
    });
    connect(m_list, &QLabel::linkActivated, this, [this](const QString &link) { emit fieldRequested(link); });
    setVisible(false);
}

bool FindingsSummary::isExpanded() const
{
    return m_toggle->isChecked();
}

void FindingsSummary::setFindings(const Domain::Findings &findings)
{
    if (findings == m_findings && !isHidden() == !findings.isEmpty())
        return;
    m_findings = findings;
    render();
}

void FindingsSummary::render()
{
    if (m_findings.isEmpty()) {
        m_list->clear();
        setVisible(false);
        return;
    }
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const Domain::Finding &finding : std::as_const(m_findings)) {
        if (finding.severity == Severity::Level::Error)
            ++errors;
        else if (finding.severity == Severity::Level::Warning)
            ++warnings;
        else
            ++notes;
    }
    QStringList parts;
    if (errors > 0)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    if (notes > 0)
        parts.append(tr("%n note(s)", nullptr, notes));
    const Severity::Level worst = Severity::worst(m_findings);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Severity::icon(worst).pixmap(iconSize, iconSize));
    m_count->setText(tr("What an auditor would ask: %1").arg(QLocale().createSeparatedList(parts)));
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, Severity::textColour(worst, QWidget::palette()));
    m_count->setPalette(palette);
    m_toggle->setText(isExpanded() ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(isExpanded() ? tr("Hide the findings") : tr("Show the findings"));

    QString html = QStringLiteral("<ul style=\"margin-left:0; -qt-list-indent:1\">");
    for (const Domain::Finding &finding : std::as_const(m_findings))
        html +=
            QStringLiteral("<li><a href=\"%1\" style=\"color:%2\">%3</a></li>")
                .arg(finding.field.toHtmlEscaped(), Severity::textColour(finding.severity, QWidget::palette()).name(),
                     Severity::prefixed(finding).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_list->setText(html);
    m_scroll->setVisible(isExpanded());
    setVisible(true);
}

void FindingsSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
