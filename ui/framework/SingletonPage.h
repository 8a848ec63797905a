#pragma once

#include <QWidget>

#include "Status.h"
#include "domain/Finding.h"
#include "framework/EditorPages.h"
#include "framework/FieldRows.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Custodian::Ui {

class EditBar;

// A page of details the register has once (the organisation, the register settings): a heading and
// a line saying what the details are for, one form with one label column that scrolls vertically
// (never sideways), and a bar with History…, the state of the edit, Revert and Save.
//
// The same policy as the item editors (EditorFrame): field messages sit in reserved space under
// their field, in their severity's colour, and tint the field; Save is enabled while there are
// unsaved edits without errors; saving (Ctrl+S) with errors saves nothing and brings the first
// error into view; Revert reads the stored details again.
class SingletonPage : public QWidget
{
    Q_OBJECT
public:
    // scrollName: the object name of the page's scroll area.
    explicit SingletonPage(const QString &scrollName, QWidget *parent = nullptr);

    // Reads the stored details again, dropping unsaved edits.
    void reload();
    // Saves; false (the reason on the page, the first error in view) when refused or failed.
    bool save();
    bool isModified() const { return m_modified; }
    // Brings a field into view and focuses it; false when the page has no such field.
    bool focusField(const QString &field) const;

signals:
    void modifiedChanged(bool modified);
    void saved();
    // "History…": the window shows the audit trail of the page's details.
    void historyRequested();

protected:
    // --- What each page says about its details (called by the page).
    // Reads the stored details into the form (the defaults without a register).
    virtual Status loadForm() = 0;
    // Stores the form; findings: what the register refused.
    virtual Status storeForm(Domain::Findings *findings) = 0;
    // Input errors and remarks of the form as it is.
    virtual Domain::Findings formFindings() const = 0;
    // Messages of the page's own helpers that are not saved (an "add" row); shown, never blocking.
    virtual Domain::Findings inputFindings() const { return {}; }
    virtual bool isFormModified() const = 0;
    // What the bar says when there are no errors ("2 remarks"); empty: nothing.
    virtual QString remarkText(int warnings) const;
    // Whether the details have a history yet.
    virtual bool hasHistory() const { return true; }
    // Parts that follow the form as it is (a preview).
    virtual void updateDependentFields() {}
    // Texts in the current language.
    virtual void retranslateUi() {}

    // --- The page, for the pages.
    QFormLayout *form() const { return m_form; }
    FieldRows &fields() { return m_fields; }
    // The register the page works on changed (none: disabled): read it, from the top of the page.
    // The pages call attach(false) at the end of their constructor.
    void attach(bool available);
    bool isAttached() const { return m_attached; }
    void setTexts(const QString &heading, const QString &description);
    void setHistoryTexts(const QString &text, const QString &toolTip);
    // After the form changed: recomputes "modified", updates messages, tints and the bar.
    void onEdited();
    void updateState();
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }

    void changeEvent(QEvent *event) override;

    // The captions of the form, added as it is built.
    FormCaptions m_captions;

private:
    void setModified(bool modified);

    // The heading and what the details are for.
    QLabel *m_headingLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    // The form, its fields, and the state of the edit.
    QScrollArea *m_scroll = nullptr;
    QFormLayout *m_form = nullptr;
    FieldRows m_fields;
    bool m_attached = false;
    bool m_modified = false;
    bool m_loading = false;
    // The bar under the form.
    QPushButton *m_historyButton = nullptr;
    EditBar *m_bar = nullptr;
};

} // namespace Custodian::Ui
