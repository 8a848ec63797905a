#include "widgets/LinkChecklist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {
constexpr int uuidRole = Qt::UserRole + 1;
}

LinkChecklist::LinkChecklist(QWidget *parent) : QWidget(parent)
{
    m_listWidget = new QListWidget(this);
    m_listWidget->setObjectName(QStringLiteral("linkList"));
    m_listWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listWidget->setMinimumHeight(m_listWidget->fontMetrics().height() * 6);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("linkNewButton"));
    m_newButton->setVisible(false);
    m_goToButton = new QPushButton(this);
    m_goToButton->setObjectName(QStringLiteral("linkGoToButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_goToButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listWidget, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_listWidget);

    connect(m_listWidget, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedUuidsChanged();
    });
    connect(m_listWidget, &QListWidget::currentItemChanged, this, &LinkChecklist::updateButtons);
    connect(m_listWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString uuid = item ? item->data(uuidRole).toString() : QString();
        if (!uuid.isEmpty())
            emit goToRequested(uuid);
    });
    connect(m_newButton, &QPushButton::clicked, this, &LinkChecklist::newRequested);
    connect(m_goToButton, &QPushButton::clicked, this, [this] {
        const QString uuid = currentUuid();
        if (!uuid.isEmpty())
            emit goToRequested(uuid);
    });
    updateButtons();
}

void LinkChecklist::setChoices(const Choices &choices)
{
    const QStringList checked = checkedUuids();
    m_choices = choices;
    rebuild(checked);
}

QStringList LinkChecklist::checkedUuids() const
{
    QStringList uuids;
    for (int row = 0; row < m_listWidget->count(); ++row) {
        const QListWidgetItem *item = m_listWidget->item(row);
        if (item->checkState() == Qt::Checked)
            uuids.append(item->data(uuidRole).toString());
    }
    return uuids;
}

void LinkChecklist::setCheckedUuids(const QStringList &uuids)
{
    rebuild(uuids);
}

void LinkChecklist::setChecked(const QString &uuid, bool checked)
{
    QStringList uuids = checkedUuids();
    uuids.removeAll(uuid);
    if (checked)
        uuids.append(uuid);
    rebuild(uuids);
    emit checkedUuidsChanged();
}

void LinkChecklist::rebuild(const QStringList &checked)
{
    const QString current = currentUuid();
    m_updating = true;
    m_listWidget->clear();
    auto addItem = [this, &checked](const QString &uuid, const QString &label, const QString &toolTip) {
        auto *item = new QListWidgetItem(label, m_listWidget);
        item->setData(uuidRole, uuid);
        item->setToolTip(toolTip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(uuid) ? Qt::Checked : Qt::Unchecked);
    };
    QStringList known;
    for (const Choice &choice : std::as_const(m_choices)) {
        known.append(choice.uuid);
        if (choice.retired && !checked.contains(choice.uuid))
            continue;
        addItem(choice.uuid, choice.retired ? tr("%1 (retired)").arg(choice.label) : choice.label, choice.toolTip);
    }
    for (const QString &uuid : checked) {
        if (!known.contains(uuid))
            addItem(uuid, tr("Unknown item (no longer in the register)"),
                    tr("The linked item was removed from the register. Untick it to drop the link."));
    }
    if (m_listWidget->count() == 0 && !m_emptyText.isEmpty()) {
        auto *item = new QListWidgetItem(m_emptyText, m_listWidget);
        item->setFlags(Qt::NoItemFlags);
    }
    for (int row = 0; row < m_listWidget->count(); ++row) {
        if (!current.isEmpty() && m_listWidget->item(row)->data(uuidRole).toString() == current)
            m_listWidget->setCurrentRow(row);
    }
    m_updating = false;
    updateButtons();
}

QString LinkChecklist::currentUuid() const
{
    const QListWidgetItem *item = m_listWidget->currentItem();
    return item ? item->data(uuidRole).toString() : QString();
}

void LinkChecklist::updateButtons()
{
    m_goToButton->setEnabled(!currentUuid().isEmpty());
}

void LinkChecklist::setNewText(const QString &text)
{
    m_newButton->setText(text);
    m_newButton->setVisible(!text.isEmpty());
}

void LinkChecklist::setGoToText(const QString &text)
{
    m_goToButton->setText(text);
}

void LinkChecklist::setListName(const QString &name)
{
    m_listWidget->setAccessibleName(name);
}

void LinkChecklist::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rebuild(checkedUuids());
}

} // namespace Custodian::Ui
