#include "widgets/EntityPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace Custodian::Ui {

EntityPicker::EntityPicker(QWidget *parent) : QWidget(parent)
{
    m_comboBox = new QComboBox(this);
    m_comboBox->setObjectName(QStringLiteral("pickerCombo"));
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comboBox->setMinimumContentsLength(14);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("pickerNewButton"));
    m_newButton->setVisible(false);
    m_goToButton = new QPushButton(this);
    m_goToButton->setObjectName(QStringLiteral("pickerGoToButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_comboBox, 1);
    layout->addWidget(m_newButton);
    layout->addWidget(m_goToButton);
    setFocusProxy(m_comboBox);

    connect(m_comboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        if (!m_updating)
            emit currentUuidChanged(currentUuid());
    });
    connect(m_newButton, &QPushButton::clicked, this, &EntityPicker::newRequested);
    connect(m_goToButton, &QPushButton::clicked, this, [this] {
        const QString uuid = currentUuid();
        if (!uuid.isEmpty())
            emit goToRequested(uuid);
    });
    rebuild(QString());
}

void EntityPicker::setChoices(const Choices &choices)
{
    const QString current = currentUuid();
    m_choices = choices;
    rebuild(current);
}

QString EntityPicker::currentUuid() const
{
    return m_comboBox->currentData().toString();
}

void EntityPicker::setCurrentUuid(const QString &uuid)
{
    if (uuid == currentUuid() && m_comboBox->currentIndex() >= 0)
        return;
    rebuild(uuid);
    emit currentUuidChanged(currentUuid());
}

void EntityPicker::rebuild(const QString &current)
{
    m_updating = true;
    m_comboBox->clear();
    m_comboBox->addItem(m_noneText, QString());
    bool found = current.isEmpty();
    for (const Choice &choice : std::as_const(m_choices)) {
        if (choice.retired && choice.uuid != current)
            continue;
        if (choice.separatorBefore && m_comboBox->count() > 1)
            m_comboBox->insertSeparator(m_comboBox->count());
        m_comboBox->addItem(choice.retired ? tr("%1 (retired)").arg(choice.label) : choice.label, choice.uuid);
        if (!choice.toolTip.isEmpty())
            m_comboBox->setItemData(m_comboBox->count() - 1, choice.toolTip, Qt::ToolTipRole);
        found = found || choice.uuid == current;
    }
    if (!found)
        m_comboBox->addItem(tr("Unknown item (no longer in the register)"), current);
    m_comboBox->setCurrentIndex(qMax(0, m_comboBox->findData(current)));
    m_comboBox->setToolTip(m_comboBox->currentData(Qt::ToolTipRole).toString());
    m_updating = false;
    updateButtons();
}

void EntityPicker::updateButtons()
{
    m_goToButton->setEnabled(!currentUuid().isEmpty());
    m_comboBox->setToolTip(m_comboBox->currentData(Qt::ToolTipRole).toString());
}

void EntityPicker::setNoneText(const QString &text)
{
    m_noneText = text;
    m_comboBox->setItemText(0, text);
}

void EntityPicker::setNewText(const QString &text)
{
    m_newButton->setText(text);
    m_newButton->setVisible(!text.isEmpty());
}

void EntityPicker::setGoToText(const QString &text)
{
    m_goToButton->setText(text);
}

void EntityPicker::setFieldName(const QString &name)
{
    m_comboBox->setAccessibleName(name);
}

} // namespace Custodian::Ui
