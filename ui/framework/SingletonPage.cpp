#include "framework/SingletonPage.h"

#include "framework/WheelGuard.h"

#include "framework/EditBar.h"
#include "framework/EditorPages.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace Custodian::Ui {

SingletonPage::SingletonPage(const QString &scrollName, QWidget *parent) : QWidget(parent)
{
    WheelGuard::ensureInstalled(); // the wheel scrolls the form, not a field under the pointer
    m_headingLabel = createHeading(this, QStringLiteral("pageTitleLabel"));
    m_descriptionLabel = createStateLine(this, QStringLiteral("pageDescriptionLabel"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    // A little room on the right keeps the scroll bar off the fields.
    contentLayout->setContentsMargins(0, 0, contentLayout->contentsMargins().right() / 2, 0);
    m_form = new QFormLayout;
    // Where a label and its field do not fit side by side (Dutch labels are long), the field goes
    // under its label: the form never scrolls sideways.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    contentLayout->addLayout(m_form);
    contentLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(scrollName);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_historyButton = new QPushButton(this);
    m_historyButton->setIcon(Icons::action(Icons::Action::History));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_bar = new EditBar(this);
    m_bar->addLeading(m_historyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_bar);

    connect(m_historyButton, &QPushButton::clicked, this, &SingletonPage::historyRequested);
    connect(m_bar, &EditBar::saveRequested, this, [this] { save(); });
    connect(m_bar, &EditBar::revertRequested, this, &SingletonPage::reload);
    // Disabled only once the pages' widgets are made (attach(false)): a muted text made on a disabled
    // page would start from the disabled text colour and be too faint to read.
}

void SingletonPage::attach(bool available)
{
    m_attached = available;
    setEnabled(available);
    reload();
    // Another register starts at its top, not where the last one was left (UI review L8).
    m_scroll->verticalScrollBar()->setValue(0);
}

void SingletonPage::reload()
{
    m_loading = true;
    const Status status = loadForm();
    m_loading = false;
    setModified(false);
    updateState();
    if (!status)
        m_bar->setStatusText(status.message());
}

bool SingletonPage::save()
{
    if (!m_attached)
        return false;
    const Domain::Findings validation = formFindings();
    if (Domain::hasErrors(validation)) {
        updateState();
        focusField(FieldRows::firstErrorField(validation));
        return false;
    }
    Domain::Findings refused;
    const Status status = storeForm(&refused);
    if (!status) {
        updateState();
        m_fields.showFindings(refused);
        m_bar->setStatusText(status.message());
        return false;
    }
    reload();
    emit saved();
    return true;
}

bool SingletonPage::focusField(const QString &field) const
{
    return m_fields.focus(field);
}

QString SingletonPage::remarkText(int) const
{
    return QString();
}

void SingletonPage::setTexts(const QString &heading, const QString &description)
{
    m_headingLabel->setText(heading);
    m_descriptionLabel->setText(description);
    m_descriptionLabel->setVisible(!description.isEmpty());
}

void SingletonPage::setHistoryTexts(const QString &text, const QString &toolTip)
{
    m_historyButton->setText(text);
    m_historyButton->setToolTip(toolTip);
}

void SingletonPage::onEdited()
{
    if (m_loading)
        return;
    setModified(isFormModified());
    updateState();
}

void SingletonPage::updateState()
{
    const Domain::Findings validation = formFindings();
    const Domain::Findings unplaced = m_fields.showFindings(validation + inputFindings());
    const int warnings = int(std::count_if(validation.cbegin(), validation.cend(), [](const Domain::Finding &finding) {
        return finding.severity == Domain::Finding::Severity::Warning;
    }));
    m_bar->showState(validation, unplaced, m_modified, warnings > 0 ? remarkText(warnings) : QString());
    m_historyButton->setEnabled(hasHistory());
    updateDependentFields();
}

void SingletonPage::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void SingletonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace Custodian::Ui
