#include "sections/catalogues/PartyRoleFilterProxy.h"

#include "framework/Roles.h"

namespace Custodian::Ui {

PartyRoleFilterProxy::PartyRoleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void PartyRoleFilterProxy::setRole(const QString &role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateRowsFilter();
}

bool PartyRoleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_role.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(TagsRole).toStringList().contains(m_role);
}

} // namespace Custodian::Ui
