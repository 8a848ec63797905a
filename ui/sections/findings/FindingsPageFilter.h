#pragma once

#include "framework/ListFilterProxy.h"

namespace Custodian::Ui {

// The findings overview's filter: search and severity (the status filter) as in every list, plus
// the kind of item (FindingsTableModel::EntityRole).
class FindingsPageFilter : public ListFilterProxy
{
    Q_OBJECT
public:
    explicit FindingsPageFilter(QObject *parent = nullptr);
    // Empty shows every kind.
    void setKindFilter(const QString &entity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_entity;
};

} // namespace Custodian::Ui
