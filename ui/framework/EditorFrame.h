#pragma once

#include "Status.h"
#include "domain/EntityKind.h"
#include "domain/Finding.h"
#include "framework/EditorPages.h"
#include "framework/EntityEditor.h"
#include "framework/FieldRows.h"

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace Custodian::Ui {

class EditBar;
class EditorPages;
class FindingsSummary;

// The frame every editor of an item shares. The
// frame shows a placeholder until an item is loaded; then the item's heading, the compact findings
// summary, the pages of its form and a bar with the state of the edit and Revert and Save.
//
// One policy for all editors:
// - A new item shows no errors until it is edited or saved; a stored one shows them at once.
// - Field messages (input errors and the completeness findings of the item as it is edited) sit in
//   reserved space under their field, in their severity's colour; the field is tinted and its
//   page marked. The summary updates as you type.
// - Save is enabled while there are unsaved edits without errors. Saving (Ctrl+S) an item with
//   errors saves nothing and brings the first error into view. After a save the form stays as it is (page, selection,
//   scroll position); the item's identity and timestamps are new.
// - A change of the item elsewhere reloads it unless there are unsaved edits; a change of other
//   items refreshes the choices and the findings.
// SectionPage guards unsaved edits on switching and closing.
class EditorFrame : public EntityEditor
{
    Q_OBJECT
public:
    explicit EditorFrame(RegisterContext *context, QWidget *parent = nullptr);

    void focusField(const QString &field) override;
    // Moderate, so the list beside it keeps room for its columns; the pages scroll.
    QSize sizeHint() const override;
    // Whether an item (stored or new) is shown, rather than the placeholder.
    bool isShowingItem() const;
    EditorPages *pages() const { return m_pages; }
    FindingsSummary *findingsSummary() const { return m_summary; }

protected:
    FieldRows &fields() { return m_fields; }
    const FieldRows &fields() const { return m_fields; }

    // --- What each editor says about its item (called by the frame).
    // The kind of item, for the change hub.
    virtual Domain::EntityKind kind() const = 0;
    // Input errors of the form as it is (the item's validate()).
    virtual Domain::Findings formFindings() const = 0;
    // What the completeness check says of the item as the form shows it (default: the stored item's findings).
    virtual Domain::Findings liveFindings();
    // How those findings are shown: a panel that marks its own rows takes its findings here and
    // may return them condensed for the summary and the field messages (default: unchanged).
    virtual Domain::Findings presentFindings(const Domain::Findings &live) { return live; }
    // Whether the form differs from the item as loaded.
    virtual bool isFormModified() const = 0;
    // The heading: the item's name, or what it is while it has none.
    virtual QString headingText() const = 0;
    // A short line under the heading ("Retired"); empty hides it.
    virtual QString stateText() const { return QString(); }
    // Fields that depend on other answers: enabled state, hints.
    virtual void updateDependentFields() {}
    // Other items changed: re-read the choices of the pickers (unsaved edits stay).
    virtual void refreshChoices() {}
    // Texts in the current language.
    virtual void retranslateUi() {}

    // --- The frame, for the editors.
    void setPlaceholderText(const QString &text);
    // The placeholder with a reason (the item could not be read).
    void showPlaceholder(const QString &text);
    // Shows the form of a freshly loaded item: no unsaved edits, errors only for a stored item.
    void showLoaded(bool stored);
    // After the form changed: revalidates, recomputes "modified", updates messages and marks.
    void onEdited();
    // Updates messages, marks, summary, heading and buttons from the form as it is.
    void updateState();
    // The first half of a save: false (and the first error in view) when the form has errors.
    bool readyToSave();
    // A refused save: the reason in the bar, the service's findings under their fields.
    void saveRefused(const QString &reason, const Domain::Findings &findings);
    // A save that went through: no unsaved edits; emits saved().
    void saveDone(const QString &uuid);
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }

    // A list or table over the whole width of a form, with its message line under it.
    void addSpanning(QFormLayout *form, const QString &field, QWidget *widget, QWidget *focusTarget = nullptr)
    {
        m_fields.addSpanning(form, field, widget, focusTarget);
    }
    // Opens another item in its own section ("Go to").
    void goTo(const QString &entity, const QString &uuid);
    // A related item created in place ("New party…") could not be saved: says why.
    void showCreateFailure(const Status &status);

    void changeEvent(QEvent *event) override;

    // The captions of the form, added as it is built.
    FormCaptions m_captions;

private:
    void onRegisterChanged(const QString &entity, const QString &uuid);

    FieldRows m_fields;
    bool m_loading = false;
    bool m_showErrors = false;
    bool m_refreshPending = false;
    bool m_storedChanged = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QString m_placeholderText;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    FindingsSummary *m_summary = nullptr;
    EditorPages *m_pages = nullptr;
    EditBar *m_bar = nullptr;
};

} // namespace Custodian::Ui
