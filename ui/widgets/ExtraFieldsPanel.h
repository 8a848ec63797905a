#pragma once

#include <QWidget>

#include "domain/ExtraField.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

// What imported files gave an item that no field of the register takes ("Extra fields (from
// imports)"): a table of name, value and the layout it came from, read-only. Remove takes the chosen
// rows away (an unsaved edit of the item, as any other). Hidden while the item has none.
class ExtraFieldsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExtraFieldsPanel(QWidget *parent = nullptr);

    void setFields(const QList<Domain::ExtraField> &fields);
    const QList<Domain::ExtraField> &fields() const { return m_fields; }
    QTableWidget *table() const { return m_table; }
    // Removes the selected rows (what Remove does).
    void removeSelected();

signals:
    void changed();

private:
    void fill();
    void retranslateUi();

    QList<Domain::ExtraField> m_fields;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Custodian::Ui
