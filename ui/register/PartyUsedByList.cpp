#include "PartyUsedByList.h"

#include "RegisterContext.h"

namespace Custodian::Ui {

PartyUsedByList::PartyUsedByList(RegisterContext *context, QWidget *parent) : QListWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("usedByList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { open(row(item)); });
}

void PartyUsedByList::setReferences(const QList<PartyUsage::Reference> &references, const QString &emptyText)
{
    m_references = references;
    clear();
    if (references.isEmpty()) {
        auto *item = new QListWidgetItem(emptyText, this);
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (const PartyUsage::Reference &reference : references) {
        auto *item = new QListWidgetItem(reference.text, this);
        item->setToolTip(tr("Press Enter or double-click to open it."));
    }
    // Tall enough for a few entries without scrolling; the form scrolls beyond that.
    const int rows = int(qBound(qsizetype(2), references.size(), qsizetype(6)));
    setFixedHeight(sizeHintForRow(0) * rows + 2 * frameWidth() + 2);
}

void PartyUsedByList::open(int row)
{
    if (row < 0 || row >= m_references.size())
        return;
    const PartyUsage::Reference &reference = m_references.at(row);
    m_context->requestShow(reference.entity, reference.uuid);
}

} // namespace Custodian::Ui
