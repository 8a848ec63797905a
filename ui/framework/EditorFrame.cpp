#include "framework/EditorFrame.h"

#include "framework/WheelGuard.h"

#include "framework/EditBar.h"
#include "framework/EditorPages.h"
#include "framework/FindingsSummary.h"
#include "framework/RegisterContext.h"
#include "framework/Severity.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Custodian::Ui {

EditorFrame::EditorFrame(RegisterContext *context, QWidget *parent) : EntityEditor(context, parent)
{
    WheelGuard::ensureInstalled(); // the wheel scrolls the form, not a field under the pointer
    m_placeholderLabel = new QLabel(this);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);

    auto *formPage = new QWidget(this);
    // A long name wraps; it never sets the editor's width.
    m_headingLabel = createHeading(formPage, QStringLiteral("editorTitleLabel"));
    m_stateLabel = createStateLine(formPage, QStringLiteral("editorStateLabel"));
    m_summary = new FindingsSummary(formPage);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_pages = new EditorPages(formPage);
    m_pages->setObjectName(QStringLiteral("editorPages"));

    m_bar = new EditBar(formPage);

    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_headingLabel);
    formLayout->addWidget(m_stateLabel);
    formLayout->addWidget(m_summary);
    formLayout->addWidget(m_pages, 1);
    formLayout->addWidget(m_bar);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(formPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_summary, &FindingsSummary::fieldRequested, this, &EditorFrame::focusField);
    connect(m_bar, &EditBar::saveRequested, this, [this] { save(); });
    connect(m_bar, &EditBar::revertRequested, this, [this] { revert(); });
    if (context)
        connect(context, &RegisterContext::registerChanged, this, &EditorFrame::onRegisterChanged);
}

bool EditorFrame::isShowingItem() const
{
    return m_stack->currentIndex() == 1;
}

void EditorFrame::focusField(const QString &field)
{
    if (isShowingItem())
        m_fields.focus(field);
}

Domain::Findings EditorFrame::liveFindings()
{
    const QString uuid = currentUuid();
    return uuid.isEmpty() ? Domain::Findings() : context()->findingsFor(Domain::EntityKinds::code(kind()), uuid);
}

void EditorFrame::setPlaceholderText(const QString &text)
{
    m_placeholderText = text;
    if (!isShowingItem())
        m_placeholderLabel->setText(text);
}

void EditorFrame::showPlaceholder(const QString &text)
{
    m_placeholderLabel->setText(text.isEmpty() ? m_placeholderText : text);
    m_stack->setCurrentIndex(0);
    setModified(false);
}

void EditorFrame::showLoaded(bool stored)
{
    // A new item shows no errors before the first edit.
    m_showErrors = stored;
    m_storedChanged = false;
    m_stack->setCurrentIndex(1);
    setModified(false);
    updateState();
    if (!stored) {
        // A new item starts at the beginning, with its name.
        m_pages->setCurrentIndex(0);
        if (QWidget *page = m_pages->page(0)) {
            if (auto *first = page->findChild<QLineEdit *>())
                first->setFocus(Qt::OtherFocusReason);
        }
    }
}

void EditorFrame::onEdited()
{
    if (m_loading || !isShowingItem())
        return;
    m_showErrors = true;
    setModified(isFormModified());
    updateState();
}

void EditorFrame::updateState()
{
    if (!isShowingItem())
        return;
    const Domain::Findings validation = m_showErrors ? formFindings() : Domain::Findings();
    const Domain::Findings live = presentFindings(liveFindings());
    Domain::Findings all = validation;
    for (const Domain::Finding &finding : live) {
        if (!all.contains(finding))
            all.append(finding);
    }
    const Domain::Findings unplaced = m_fields.showFindings(all);

    // Each page says whether something on it needs attention.
    QList<Domain::Findings> perPage(m_pages->count());
    for (const Domain::Finding &finding : std::as_const(all)) {
        const int page = m_pages->pageOf(m_fields.focusTarget(finding.field));
        if (page >= 0)
            perPage[page].append(finding);
    }
    for (int page = 0; page < m_pages->count(); ++page)
        m_pages->setMark(page, perPage.at(page));

    m_bar->showState(validation, unplaced, isModified());
    m_summary->setFindings(live);

    m_headingLabel->setText(headingText());
    const QString state = stateText();
    m_stateLabel->setText(state);
    m_stateLabel->setVisible(!state.isEmpty());
    updateDependentFields();
}

bool EditorFrame::readyToSave()
{
    m_showErrors = true;
    const Domain::Findings validation = formFindings();
    if (!Domain::hasErrors(validation))
        return true;
    updateState();
    focusField(FieldRows::firstErrorField(validation));
    return false;
}

void EditorFrame::saveRefused(const QString &reason, const Domain::Findings &findings)
{
    updateState();
    if (!findings.isEmpty())
        m_fields.showFindings(findings);
    m_bar->setStatusText(reason);
}

void EditorFrame::saveDone(const QString &uuid)
{
    m_storedChanged = false;
    setModified(false);
    updateState();
    emit saved(uuid);
}

QSize EditorFrame::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 40};
}

void EditorFrame::goTo(const QString &entity, const QString &uuid)
{
    if (!uuid.isEmpty())
        context()->requestShow(entity, uuid);
}

void EditorFrame::showCreateFailure(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Not created"), status.message());
}

void EditorFrame::onRegisterChanged(const QString &entity, const QString &uuid)
{
    if (entity == Domain::EntityKinds::code(kind()) && !uuid.isEmpty() && uuid == currentUuid())
        m_storedChanged = true;
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (!isShowingItem())
            return;
        // Changed elsewhere (retired from the list): show the stored state unless edits would be lost.
        if (m_storedChanged && !isModified() && !currentUuid().isEmpty()) {
            load(currentUuid());
            return;
        }
        m_storedChanged = false;
        const bool wasLoading = m_loading;
        m_loading = true;
        refreshChoices();
        m_loading = wasLoading;
        // A link to an item that disappeared changes what would be saved.
        setModified(isFormModified());
        updateState();
    });
}

void EditorFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!isShowingItem())
            m_placeholderLabel->setText(m_placeholderText);
        else
            updateState();
    }
    EntityEditor::changeEvent(event);
}

} // namespace Custodian::Ui
