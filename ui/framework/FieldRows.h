#pragma once

#include <QHash>
#include <QString>

#include "domain/Finding.h"

class QFormLayout;
class QLabel;
class QWidget;

namespace Custodian::Ui {

// The labelled fields of an editor form, by domain field name (as in Finding::field): each row has
// its label (tied to the field with setBuddy), an optional hint under the field and a message line
// for inline findings ("Error: …"). Knows how to bring a field into view: switches the tab and
// scrolls the scroll area that hold it, then focuses it.
class FieldRows
{
public:
    // Adds a row to the form. focusTarget is what the label and focus() go to (default: widget).
    // The message label gets the object name "<field>Message".
    void add(QFormLayout *form, const QString &field, QWidget *widget, QWidget *focusTarget = nullptr);
    // A list or table over the whole width of the form, with its message line under it.
    void addSpanning(QFormLayout *form, const QString &field, QWidget *widget, QWidget *focusTarget = nullptr);
    // A field without a row of its own (a table, a check box with its own text).
    void addMessageOnly(const QString &field, QWidget *focusTarget, QLabel *message);
    // A name findings may use for a field ("owner" for "ownerDepartment").
    void addAlias(const QString &alias, const QString &field);

    // Sets the label text ("&Name:") and the accessible name of the field (the text without & and :).
    // The labels of all pages then share one column width, so that the fields start at the same place
    // on every page of the editor (UI review M6).
    void setLabel(const QString &field, const QString &text);
    void setHint(const QString &field, const QString &text);
    QLabel *label(const QString &field) const { return m_labels.value(field); }
    QWidget *focusTarget(const QString &field) const;

    // Shows each finding under its field, in its severity's colour, and tints the field; findings
    // of unknown fields are returned.
    Domain::Findings showFindings(const Domain::Findings &findings);
    // "dataCategories[2].name" -> "dataCategories"; aliases resolved.
    QString resolve(const QString &field) const;
    // Brings the field into view and focuses it; false when the field is unknown.
    bool focus(const QString &field) const;
    // The field of the first error, to bring into view; empty when there is none.
    static QString firstErrorField(const Domain::Findings &findings);

    // A message line: wraps, keeps its space while empty, hidden until there is a message.
    static void prepareMessage(QLabel *message);

private:
    // Gives every label the width of the widest that does not wrap (after the labels are set).
    void alignLabels();

    QHash<QString, QWidget *> m_targets;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_hints;
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QString> m_aliases;
    bool m_alignQueued = false;
};

} // namespace Custodian::Ui
