#include "widgets/RowListEditor.h"

#include "framework/FormLabels.h"
#include "framework/LanguageChange.h"
#include "widgets/AddRemoveButtons.h"
#include "widgets/EntityPicker.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
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
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // Bold headers of the selected row's columns would not fit the widths measured for them.
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_buttons = new AddRemoveButtons(this);

    m_formWidget = new QWidget(this);
    auto *form = new QFormLayout(m_formWidget);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    form->setContentsMargins(0, 0, 0, 0);
    m_noRowLabel = new QLabel(this);
    m_noRowLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    layout->addWidget(m_noRowLabel);
    layout->addWidget(m_formWidget);

    connect(m_table, &QTableWidget::currentCellChanged, this, &RowListEditor::onCurrentRowChanged);
    connect(m_buttons, &AddRemoveButtons::addClicked, this, &RowListEditor::addRow);
    connect(m_buttons, &AddRemoveButtons::removeClicked, this, &RowListEditor::removeCurrentRow);
    m_formWidget->setVisible(false);
    // The subclass's retranslateUi() names the rows' fields.
    LanguageChange::follow(this, [this] { retranslateUi(); });
    fitTable();
}

QPushButton *RowListEditor::addButton() const
{
    return m_buttons->addButton();
}

QPushButton *RowListEditor::removeButton() const
{
    return m_buttons->removeButton();
}

QFormLayout *RowListEditor::formLayout() const
{
    return static_cast<QFormLayout *>(m_formWidget->layout());
}

void RowListEditor::addFormRow(QWidget *field, QWidget *buddy)
{
    QLabel *label = FormLabels::labelFor(buddy ? buddy : field, m_formWidget);
    formLayout()->addRow(label, field);
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
    // The form's first field, to type the new row's first value.
    QLayoutItem *first = formLayout()->itemAt(0, QFormLayout::LabelRole);
    if (auto *label = first ? qobject_cast<QLabel *>(first->widget()) : nullptr; label && label->buddy())
        label->buddy()->setFocus(Qt::OtherFocusReason);
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
    m_buttons->setTexts(addText, removeText);
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
    const int character = m_table->fontMetrics().averageCharWidth();
    const int cap = qMax(character * 12, width() * 2 / 5);
    int used = 0;
    for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
        m_table->setColumnWidth(column, qMin(cap, m_table->columnWidth(column) + character));
        used += m_table->columnWidth(column);
    }
    // The columns always fit: the widest give way until the last one keeps eight characters. Cut
    // texts end in "…"; the cell's tooltip has all of it.
    const int scrollBar = m_table->rowCount() > 8 ? m_table->verticalScrollBar()->sizeHint().width() : 0;
    const int available = width() - 2 * m_table->frameWidth() - scrollBar - character * 8;
    const int floor = character * 6;
    while (used > available) {
        int widest = -1;
        for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
            if (m_table->columnWidth(column) > floor &&
                (widest < 0 || m_table->columnWidth(column) > m_table->columnWidth(widest)))
                widest = column;
        }
        if (widest < 0)
            break;
        const int cut = std::min({used - available, m_table->columnWidth(widest) - floor, qMax(1, character * 2)});
        m_table->setColumnWidth(widest, m_table->columnWidth(widest) - cut);
        used -= cut;
    }
    // The last column takes the rest; sized to its contents, it would not give way.
    if (const int last = m_table->columnCount() - 1; last > 0)
        m_table->setColumnWidth(last, qMax(character * 8, available + character * 8 - used));
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
    m_buttons->setRemoveEnabled(row >= 0);
}

} // namespace Custodian::Ui
