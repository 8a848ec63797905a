#include "widgets/AddRemoveButtons.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace Custodian::Ui {

AddRemoveButtons::AddRemoveButtons(QWidget *parent) : QWidget(parent)
{
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_addButton);
    layout->addWidget(m_removeButton);
    layout->addStretch();
    connect(m_addButton, &QPushButton::clicked, this, &AddRemoveButtons::addClicked);
    connect(m_removeButton, &QPushButton::clicked, this, &AddRemoveButtons::removeClicked);
}

void AddRemoveButtons::setTexts(const QString &add, const QString &remove)
{
    m_addButton->setText(add);
    m_removeButton->setText(remove);
}

void AddRemoveButtons::setRemoveEnabled(bool enabled)
{
    m_removeButton->setEnabled(enabled);
}

} // namespace Custodian::Ui
