#include "widgets/RowListEditor.h"

#include "framework/FormLabels.h"
#include "framework/LanguageChange.h"
#include "widgets/EntityPicker.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

RowListEditor::RowListEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rowTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Bold headers of the selected row's columns would not fit the widths measured for them.
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("rowAddButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("rowRemoveButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    m_formWidget = new QWidget(this);
    m_formLayout = new QFormLayout(m_formWidget);
    m_formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_noRowLabel = new QLabel(this);
    m_noRowLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_noRowLabel);
    layout->addWidget(m_formWidget);

    connect(m_table, &QTableWidget::currentCellChanged, this, &RowListEditor::onCurrentRowChanged);
    connect(m_addButton, &QPushButton::clicked, this, &RowListEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &RowListEditor::removeCurrentRow);
    m_formWidget->setVisible(false);
    m_removeButton->setEnabled(false);
    // The subclass's retranslateUi() names the rows' fields.
    LanguageChange::follow(this, [this] { retranslateUi(); });
    fitTable();
}

void RowListEditor::addFormRow(QWidget *field, QWidget *buddy)
{
    QLabel *label = FormLabels::labelFor(buddy ? buddy : field, m_formWidget);
    m_formLayout->addRow(label, field);
    if (!m_firstField)
        m_firstField = label->buddy();
}

void RowListEditor::setFieldLabel(QWidget *buddy, const QString &text)
{
    FormLabels::setText(m_formWidget, buddy, text);
}

void RowListEditor::setLinkPicker(EntityPicker *picker)
{
    m_linkPicker = picker;
    connect(picker, &EntityPicker::newRequested, this, &RowListEditor::newRequested);
    connect(picker, &EntityPicker::goToRequested, this, &RowListEditor::goToRequested);
}

void RowListEditor::setLinkChoices(const Choices &choices)
{
    m_linkChoices = choices;
    if (m_linkPicker) {
        const QSignalBlocker blocker(m_linkPicker);
        m_linkPicker->setChoices(choices);
    }
    refreshTable();
}

QString RowListEditor::linkLabel(const QString &uuid, const QString &unknown) const
{
    for (const Choice &choice : m_linkChoices) {
        if (choice.uuid == uuid)
            return choice.label;
    }
    return unknown;
}

void RowListEditor::setCurrentLink(const QString &uuid)
{
    if (m_linkPicker && currentRow() >= 0)
        m_linkPicker->setCurrentUuid(uuid);
}

int RowListEditor::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < rowCount() ? row : -1;
}

void RowListEditor::selectRow(int row)
{
    if (row < 0 || row >= m_table->rowCount()) {
        m_table->setCurrentCell(-1, -1);
        onCurrentRowChanged();
        return;
    }
    m_table->setCurrentCell(row, 0);
    m_table->selectRow(row);
    onCurrentRowChanged();
}

void RowListEditor::addRow()
{
    appendEmptyRow();
    refreshTable();
    selectRow(rowCount() - 1);
    if (QWidget *field = m_firstField)
        field->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void RowListEditor::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    removeRowAt(row);
    refreshTable();
    selectRow(qMin(row, rowCount() - 1));
    emit changed();
}

void RowListEditor::setHeaders(const QStringList &headers)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    fitTable();
}

void RowListEditor::setButtonTexts(const QString &addText, const QString &removeText)
{
    m_addButton->setText(addText);
    m_removeButton->setText(removeText);
}

void RowListEditor::setNoRowText(const QString &text)
{
    m_noRowLabel->setText(text);
}

void RowListEditor::refreshTable()
{
    const int current = m_table->currentRow();
    m_refreshing = true;
    m_table->setRowCount(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        const QStringList texts = rowTexts(row);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QString text = texts.value(column);
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(text);
            item->setToolTip(text);
        }
    }
    m_refreshing = false;
    if (current >= 0 && current < rowCount())
        m_table->setCurrentCell(current, 0);
    fitTable();
    onCurrentRowChanged();
}

void RowListEditor::fitTable()
{
    // As tall as its rows, between three and eight; then it scrolls.
    const int rows = qBound(3, m_table->rowCount(), 8);
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
    // Columns as wide as their text, none but the last wider than two fifths of the table.
    m_table->resizeColumnsToContents();
    // Measured on this widget: the table's own size may still be pending while its tab is hidden.
    const int cap = qMax(m_table->fontMetrics().averageCharWidth() * 12, width() * 2 / 5);
    const int padding = m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(cap, m_table->columnWidth(column) + padding));
}

void RowListEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void RowListEditor::rowEdited()
{
    if (m_showing)
        return;
    const int row = currentRow();
    if (row >= 0) {
        const QStringList texts = rowTexts(row);
        m_refreshing = true;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setText(texts.value(column));
                item->setToolTip(texts.value(column));
            }
        }
        m_refreshing = false;
    }
    emit changed();
}

void RowListEditor::onCurrentRowChanged()
{
    if (m_refreshing)
        return;
    const int row = currentRow();
    m_showing = true;
    showRow(row);
    m_showing = false;
    m_formWidget->setVisible(row >= 0);
    m_noRowLabel->setVisible(row < 0 && !m_noRowLabel->text().isEmpty());
    m_removeButton->setEnabled(row >= 0);
}

} // namespace Custodian::Ui
