#include "framework/ListFilterProxy.h"

#include "framework/Roles.h"

#include <QDate>

namespace Custodian::Ui {

ListFilterProxy::ListFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ListFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void ListFilterProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ListFilterProxy::setAttentionOnly(bool attentionOnly)
{
    if (attentionOnly == m_attentionOnly)
        return;
    m_attentionOnly = attentionOnly;
    invalidateRowsFilter();
}

void ListFilterProxy::setOwnerFilter(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateRowsFilter();
}

void ListFilterProxy::setDueOnly(bool dueOnly)
{
    if (dueOnly == m_dueOnly)
        return;
    m_dueOnly = dueOnly;
    invalidateRowsFilter();
}

void ListFilterProxy::setHiddenStatus(const QString &status)
{
    m_hiddenStatus = status;
    invalidateRowsFilter();
}

void ListFilterProxy::setValueFilter(int role, const QString &value)
{
    if (role == m_valueRole && value == m_value)
        return;
    m_valueRole = role;
    m_value = value;
    invalidateRowsFilter();
}

void ListFilterProxy::setDateLimit(int column, QDate last)
{
    if (column == m_dateColumn && last == m_lastDate)
        return;
    m_dateColumn = column;
    m_lastDate = last;
    invalidateRowsFilter();
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_value.isEmpty()) {
        const QVariant held = index.data(m_valueRole);
        if (held.typeId() == QMetaType::QStringList ? !held.toStringList().contains(m_value)
                                                    : held.toString() != m_value)
            return false;
    }
    if (m_lastDate.isValid() && m_dateColumn >= 0) {
        const QDate date = sourceModel()->index(sourceRow, m_dateColumn, sourceParent).data(SortRole).toDate();
        if (!date.isValid() || date > m_lastDate)
            return false;
    }
    const QString status = index.data(StatusRole).toString();
    if (!m_status.isEmpty() && status != m_status)
        return false;
    if (m_status.isEmpty() && !m_hiddenStatus.isEmpty() && status == m_hiddenStatus)
        return false;
    if (m_attentionOnly && index.data(FindingsRole).toInt() == 0)
        return false;
    if (!m_owner.isEmpty() && index.data(OwnerRole).toString() != m_owner)
        return false;
    if (m_dueOnly && !index.data(DueRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool ListFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    // Missing dates sort last in ascending order: "no review date" is not "overdue".
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Custodian::Ui
