#include "widgets/EntityPicker.h"

#include "widgets/ElidedComboBox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QPushButton>
#include <QResizeEvent>

namespace Custodian::Ui {

EntityPicker::EntityPicker(QWidget *parent) : QWidget(parent)
{
    m_comboBox = new ElidedComboBox(this);
    m_comboBox->setObjectName(QStringLiteral("pickerCombo"));
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comboBox->setMinimumContentsLength(10);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("pickerNewButton"));
    m_newButton->setVisible(false);
    m_goToButton = new QPushButton(this);
    m_goToButton->setObjectName(QStringLiteral("pickerGoToButton"));
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_wide = false;
    arrange(true);
    setFocusProxy(m_comboBox);

    connect(m_comboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        if (!m_updating)
            emit currentUuidChanged(currentUuid());
    });
    connect(m_newButton, &QPushButton::clicked, this, &EntityPicker::newRequested);
    connect(m_goToButton, &QPushButton::clicked, this, [this] {
        const QString uuid = currentUuid();
        if (!uuid.isEmpty() || m_goToNone)
            emit goToRequested(uuid);
    });
    rebuild(QString());
}

int EntityPicker::wideWidth() const
{
    const int spacing = m_layout->horizontalSpacing() > 0 ? m_layout->horizontalSpacing() : 6;
    int width = m_comboBox->minimumSizeHint().width();
    for (const QPushButton *button : {m_newButton, m_goToButton}) {
        if (!button->isHidden())
            width += spacing + button->sizeHint().width();
    }
    return width;
}

QSize EntityPicker::minimumSizeHint() const
{
    const int spacing = m_layout->horizontalSpacing() > 0 ? m_layout->horizontalSpacing() : 6;
    int buttons = 0;
    for (const QPushButton *button : {m_newButton, m_goToButton}) {
        if (!button->isHidden())
            buttons += (buttons > 0 ? spacing : 0) + button->sizeHint().width();
    }
    return {qMax(m_comboBox->minimumSizeHint().width(), buttons), QWidget::minimumSizeHint().height()};
}

void EntityPicker::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width() >= wideWidth());
}

void EntityPicker::arrange(bool wide)
{
    if (wide == m_wide)
        return;
    m_wide = wide;
    for (QWidget *widget : {static_cast<QWidget *>(m_comboBox), static_cast<QWidget *>(m_newButton),
                            static_cast<QWidget *>(m_goToButton)})
        m_layout->removeWidget(widget);
    if (wide) {
        m_layout->addWidget(m_comboBox, 0, 0);
        m_layout->addWidget(m_newButton, 0, 1);
        m_layout->addWidget(m_goToButton, 0, 2);
        m_layout->setColumnStretch(0, 1);
        m_layout->setColumnStretch(2, 0);
    } else {
        m_layout->addWidget(m_comboBox, 0, 0, 1, 3);
        m_layout->addWidget(m_newButton, 1, 0);
        m_layout->addWidget(m_goToButton, 1, 1);
        m_layout->setColumnStretch(0, 0);
        m_layout->setColumnStretch(2, 1);
    }
    updateGeometry();
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
    m_goToButton->setEnabled(m_goToNone || !currentUuid().isEmpty());
    m_comboBox->setToolTip(m_comboBox->currentData(Qt::ToolTipRole).toString());
}

void EntityPicker::setNoneText(const QString &text)
{
    m_noneText = text;
    m_comboBox->setItemText(0, text);
}

void EntityPicker::setGoToNone(bool enabled)
{
    m_goToNone = enabled;
    updateButtons();
}

void EntityPicker::setNewText(const QString &text)
{
    m_newButton->setText(text);
    m_newButton->setVisible(!text.isEmpty());
    updateGeometry();
}

void EntityPicker::setGoToText(const QString &text)
{
    m_goToButton->setText(text);
    updateGeometry();
}

void EntityPicker::setFieldName(const QString &name)
{
    m_comboBox->setAccessibleName(name);
}

} // namespace Custodian::Ui
