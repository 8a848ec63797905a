#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace Custodian::Ui {

class AddRemoveButtons;

// A list of short texts the user types (the categories of data subjects): type one and press Enter
// or Add; double-click or F2 edits an entry in place; Remove takes the selected one out. The list
// grows with the room there is, from four to eight lines.
class TextListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit TextListEdit(QWidget *parent = nullptr);

    QStringList texts() const;
    // Replaces the entries and empties the typing field; says nothing of a change.
    void setTexts(const QStringList &texts);
    // The field's screen-reader names (the list; the typing field; Add; Remove) and the typing
    // field's example.
    void setNames(const QString &list, const QString &newEntry, const QString &add, const QString &remove);
    void setPlaceholderText(const QString &text);
    // The list, for a form label's buddy.
    QListWidget *list() const { return m_list; }

signals:
    // An entry was added, edited or removed.
    void changed();

private:
    void addTyped();

    QListWidget *m_list = nullptr;
    QLineEdit *m_entryEdit = nullptr;
    AddRemoveButtons *m_buttons = nullptr;
};

} // namespace Custodian::Ui
