#include "widgets/TextListEdit.h"

#include "framework/LanguageChange.h"
#include "widgets/AddRemoveButtons.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {

QListWidgetItem *addEntry(QListWidget *list, const QString &text)
{
    // Editable before it joins the list: joining says nothing of an edit.
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    list->addItem(item);
    return item;
}

} // namespace

TextListEdit::TextListEdit(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("textList"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 8);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_entryEdit = new QLineEdit(this);
    m_entryEdit->setObjectName(QStringLiteral("entryEdit"));
    m_buttons = new AddRemoveButtons(this);
    m_buttons->addButton()->setEnabled(false);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entryEdit, 1);
    entryRow->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(entryRow);

    connect(m_entryEdit, &QLineEdit::returnPressed, this, &TextListEdit::addTyped);
    connect(m_buttons, &AddRemoveButtons::addClicked, this, &TextListEdit::addTyped);
    connect(m_entryEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buttons->addButton()->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &AddRemoveButtons::removeClicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        delete m_list->takeItem(row);
        emit changed();
    });
    connect(m_list, &QListWidget::currentRowChanged, m_buttons,
            [this](int row) { m_buttons->setRemoveEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemChanged, this, &TextListEdit::changed);
    LanguageChange::follow(this, [this] { m_buttons->setTexts(tr("Add"), tr("Remove")); });
}

QStringList TextListEdit::texts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return texts;
}

void TextListEdit::setTexts(const QStringList &texts)
{
    m_list->clear();
    for (const QString &text : texts)
        addEntry(m_list, text);
    m_entryEdit->clear();
    m_buttons->setRemoveEnabled(false);
}

void TextListEdit::setNames(const QString &list, const QString &newEntry, const QString &add, const QString &remove)
{
    m_list->setAccessibleName(list);
    m_entryEdit->setAccessibleName(newEntry);
    m_buttons->addButton()->setAccessibleName(add);
    m_buttons->removeButton()->setAccessibleName(remove);
}

void TextListEdit::setPlaceholderText(const QString &text)
{
    m_entryEdit->setPlaceholderText(text);
}

void TextListEdit::addTyped()
{
    const QString text = m_entryEdit->text().trimmed();
    if (text.isEmpty())
        return;
    m_list->setCurrentItem(addEntry(m_list, text));
    m_entryEdit->clear();
    emit changed();
}

} // namespace Custodian::Ui
