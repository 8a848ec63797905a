#pragma once

#include "widgets/Choice.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

class AddRemoveButtons;
class EntityPicker;

// A list of small records edited in place: a read-only table of the rows above a form for the
// current row, with Add and Remove. The form has labels tied to its fields, so every value is
// reachable by keyboard and read out properly. Subclasses own the data (a QList of a domain
// struct), fill the form from a row and write the form back into it.
class RowListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RowListEditor(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const;
    QPushButton *removeButton() const;
    int currentRow() const;
    void selectRow(int row);
    // Adds an empty row, selects it and puts the focus in its first field.
    void addRow();
    void removeCurrentRow();
    // The items a row can link to (retired ones only where linked); their names also fill the table.
    void setLinkChoices(const Choices &choices);
    // Makes an item the current row's link (after "New …" created it).
    void setCurrentLink(const QString &uuid);

signals:
    // The rows changed through the form, Add or Remove.
    void changed();
    // "New …" and "Go to" of the picker that links a row to an item of the register (a party, a
    // retention rule), for the editor to act on.
    void newRequested();
    void goToRequested(const QString &uuid);

protected:
    virtual int rowCount() const = 0;
    // The texts of the table's columns for a row.
    virtual QStringList rowTexts(int row) const = 0;
    // Fills the form from a row (called with signals of the form guarded, see isShowing()).
    virtual void showRow(int row) = 0;
    virtual void appendEmptyRow() = 0;
    virtual void removeRowAt(int row) = 0;

    // The names of the form's fields and the table's headers, in the current language; called
    // again when the language changes.
    virtual void retranslateUi() {}

    QFormLayout *formLayout() const;
    // A row of the form: a label tied to buddy (by default the field itself) and the field. The
    // first row's buddy gets the focus after Add.
    void addFormRow(QWidget *field, QWidget *buddy = nullptr);
    // The text of the label tied to buddy.
    void setFieldLabel(QWidget *buddy, const QString &text);
    // The picker of the form that links a row to an item: its "New …" and "Go to" become this
    // list's.
    void setLinkPicker(EntityPicker *picker);
    // The name of the linked item for the table; `unknown` when it is not among the choices.
    QString linkLabel(const QString &uuid, const QString &unknown) const;
    void setHeaders(const QStringList &headers);
    void setButtonTexts(const QString &addText, const QString &removeText);
    // Shown in place of the form while nothing is selected.
    void setNoRowText(const QString &text);
    // Rebuilds the table from the data, keeping the current row where possible.
    void refreshTable();
    // Call after writing a form edit into the data: updates the row and emits changed().
    void rowEdited();
    bool isShowing() const { return m_showing; }
    void resizeEvent(QResizeEvent *event) override;

private:
    void onCurrentRowChanged();
    void fitTable();

    QTableWidget *m_table = nullptr;
    AddRemoveButtons *m_buttons = nullptr;
    QWidget *m_formWidget = nullptr;
    QLabel *m_noRowLabel = nullptr;
    // The row's link to a party or a rule, when the rows have one.
    Choices m_linkChoices;
    EntityPicker *m_linkPicker = nullptr;
    bool m_showing = false;
    bool m_refreshing = false;
};

// A RowListEditor over a QList of Row: the data, its count, Add and Remove.
template<class Row> class RowList : public RowListEditor
{
public:
    using RowListEditor::RowListEditor;

    QList<Row> rows() const { return m_rows; }
    // Shows new data with its first row selected.
    void setRows(const QList<Row> &rows)
    {
        m_rows = rows;
        refreshTable();
        selectRow(m_rows.isEmpty() ? -1 : 0);
    }

protected:
    int rowCount() const override { return int(m_rows.size()); }
    void appendEmptyRow() override { m_rows.append(Row()); }
    void removeRowAt(int row) override { m_rows.removeAt(row); }

    QList<Row> m_rows;
};

} // namespace Custodian::Ui
