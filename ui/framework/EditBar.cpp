#include "framework/EditBar.h"

#include "framework/LanguageChange.h"
#include "framework/Severity.h"
#include "widgets/Icons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace Custodian::Ui {

// The bar's texts keep the context they were translated in while the bar was part of EditorFrame
// (written out in full, so that lupdate finds them).

EditBar::EditBar(QWidget *parent) : QWidget(parent)
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_revertButton = new QPushButton(this);
    m_revertButton->setIcon(Icons::action(Icons::Action::Revert));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setEnabled(false);
    m_saveButton = new QPushButton(this);
    m_saveButton->setIcon(Icons::action(Icons::Action::Save));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setEnabled(false);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_statusLabel, 1);
    m_layout->addWidget(m_revertButton);
    m_layout->addWidget(m_saveButton);
    connect(m_revertButton, &QPushButton::clicked, this, &EditBar::revertRequested);
    connect(m_saveButton, &QPushButton::clicked, this, &EditBar::saveRequested);
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

void EditBar::addLeading(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_statusLabel), widget);
}

void EditBar::showState(const Domain::Findings &validation, const Domain::Findings &unplaced, bool modified,
                        const QString &note)
{
    const int errors = int(std::count_if(validation.cbegin(), validation.cend(), [](const Domain::Finding &finding) {
        return finding.severity == Domain::Finding::Severity::Error;
    }));
    QStringList status;
    if (errors > 0)
        status.append(QCoreApplication::translate("Custodian::Ui::EditorFrame",
                                                  "%n field(s) must be corrected before saving.", nullptr, errors));
    for (const Domain::Finding &finding : unplaced) {
        if (validation.contains(finding))
            status.append(Severity::prefixed(finding));
    }
    if (status.isEmpty()) {
        if (!note.isEmpty())
            status.append(note);
        if (modified)
            status.append(QCoreApplication::translate("Custodian::Ui::EditorFrame", "Unsaved changes."));
    }
    m_statusLabel->setText(status.join(QLatin1Char(' ')));
    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText, errors > 0 ? Severity::textColour(Severity::Level::Error, QWidget::palette())
                                                      : QWidget::palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(palette);
    // Save waits until the errors are corrected; Ctrl+S then brings the first one into view.
    m_saveButton->setEnabled(modified && errors == 0);
    m_revertButton->setEnabled(modified);
}

void EditBar::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
}

void EditBar::retranslateUi()
{
    m_revertButton->setText(QCoreApplication::translate("Custodian::Ui::EditorFrame", "&Revert"));
    m_revertButton->setToolTip(QCoreApplication::translate(
        "Custodian::Ui::EditorFrame", "Drop the unsaved changes and show the item as it is stored"));
    m_saveButton->setText(QCoreApplication::translate("Custodian::Ui::EditorFrame",
                                                      "Save")); // Ctrl+S; Alt+S belongs to the Settings menu
    m_saveButton->setToolTip(QCoreApplication::translate("Custodian::Ui::EditorFrame", "Save the changes (Ctrl+S)"));
}

} // namespace Custodian::Ui
