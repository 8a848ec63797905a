#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

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
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    int currentRow() const;
    void selectRow(int row);
    // Adds an empty row, selects it and puts the focus in its first field.
    void addRow();
    void removeCurrentRow();

signals:
    // The rows changed through the form, Add or Remove.
    void changed();

protected:
    virtual int rowCount() const = 0;
    // The texts of the table's columns for a row.
    virtual QStringList rowTexts(int row) const = 0;
    // Fills the form from a row (called with signals of the form guarded, see isShowing()).
    virtual void showRow(int row) = 0;
    virtual void appendEmptyRow() = 0;
    virtual void removeRowAt(int row) = 0;
    // The field that gets the focus after Add.
    virtual QWidget *firstField() const = 0;

    QFormLayout *formLayout() const { return m_formLayout; }
    QLabel *addFormRow(QWidget *field, QWidget *buddy = nullptr);
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
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_formWidget = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLabel *m_noRowLabel = nullptr;
    bool m_showing = false;
    bool m_refreshing = false;
};

} // namespace Custodian::Ui
