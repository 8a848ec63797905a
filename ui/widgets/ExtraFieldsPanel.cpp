#include "widgets/ExtraFieldsPanel.h"

#include "framework/EditorPages.h"
#include "framework/LanguageChange.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Custodian::Ui {

namespace {

// Where a field came from, as a person knows the layout.
QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("custodian"))
        return ExtraFieldsPanel::tr("Custodian's own lists");
    if (source == QLatin1String("ico"))
        return ExtraFieldsPanel::tr("ICO template");
    return source;
}

} // namespace

ExtraFieldsPanel::ExtraFieldsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("extraFieldsPanel"));
    m_titleLabel = new QLabel(this);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    makeMuted(m_hintLabel);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("extraFieldsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(0, 200);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeExtraFieldsButton"));
    m_removeButton->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    connect(m_removeButton, &QPushButton::clicked, this, &ExtraFieldsPanel::removeSelected);
    LanguageChange::follow(this, [this] { retranslateUi(); });
    setVisible(false);
}

void ExtraFieldsPanel::setFields(const QList<Domain::ExtraField> &fields)
{
    m_fields = fields;
    fill();
}

void ExtraFieldsPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_fields.removeAt(row);
    fill();
    emit changed();
}

void ExtraFieldsPanel::fill()
{
    m_table->clearContents();
    m_table->setRowCount(int(m_fields.size()));
    for (int row = 0; row < int(m_fields.size()); ++row) {
        const Domain::ExtraField &field = m_fields.at(row);
        auto *name = new QTableWidgetItem(field.name);
        name->setToolTip(field.name);
        auto *value = new QTableWidgetItem(field.value);
        value->setToolTip(field.value.left(2000));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, value);
        m_table->setItem(row, 2, new QTableWidgetItem(sourceLabel(field.source)));
    }
    m_table->resizeRowsToContents();
    // As tall as its rows, up to about ten.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(m_table->rowCount(), 10); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::max(height, m_table->horizontalHeader()->height() + 40));
    m_removeButton->setEnabled(false);
    setVisible(!m_fields.isEmpty());
}

void ExtraFieldsPanel::retranslateUi()
{
    m_titleLabel->setText(QCoreApplication::translate("Custodian::Fields", Domain::ExtraFields::label()));
    m_hintLabel->setText(tr("Columns of imported files that no field of the register takes, kept as they were. An "
                            "export in the same layout writes them back. Copy what matters into the register's own "
                            "fields, then remove it here."));
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("Custodian::Fields", "Name in the file"),
                                        QCoreApplication::translate("Custodian::Fields", "Value"),
                                        QCoreApplication::translate("Custodian::Fields", "Imported from")});
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the chosen extra fields from the item (saved with the item)"));
    fill();
}

} // namespace Custodian::Ui
