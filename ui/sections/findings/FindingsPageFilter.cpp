#include "sections/findings/FindingsPageFilter.h"

#include "sections/findings/FindingsTableModel.h"

namespace Custodian::Ui {

FindingsPageFilter::FindingsPageFilter(QObject *parent) : ListFilterProxy(parent) {}

void FindingsPageFilter::setKindFilter(const QString &entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    invalidateRowsFilter();
}

bool FindingsPageFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_entity.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(FindingsTableModel::EntityRole).toString() != m_entity)
            return false;
    }
    return ListFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Custodian::Ui
