#pragma once

#include <QSortFilterProxyModel>

namespace Custodian::Ui {

// Keeps the parties that have one role (TagsRole: the party's role codes); an empty role keeps all.
// Sits between the list model and the section's ListFilterProxy.
class PartyRoleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PartyRoleFilterProxy(QObject *parent = nullptr);

    void setRole(const QString &role);
    const QString &role() const { return m_role; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_role;
};

} // namespace Custodian::Ui
