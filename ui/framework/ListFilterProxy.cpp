#include "framework/ListFilterProxy.h"

#include "framework/EntityTableModel.h"
#include "framework/Roles.h"

#include <QDate>

#include <algorithm>
#include <limits>

namespace Custodian::Ui {

ListFilterProxy::ListFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ListFilterProxy::refilter(bool narrowing)
{
    // Rows that come back are put in place one by one, which takes quadratic time in a sorted list
    // of 100,000 rows (seconds for one backspace); rows that go are taken out range by range, and
    // the view's header answers each range at the cost of every row. A small list that only loses
    // rows keeps its mapping; otherwise the list is filtered and sorted again (n log n).
    if (narrowing && sourceModel() && sourceModel()->rowCount() <= m_smallList)
        invalidateRowsFilter();
    else
        invalidate();
}

void ListFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Narrower when every word before is part of a word now: a row shown now was shown before.
    const bool narrowing = std::all_of(m_words.cbegin(), m_words.cend(), [&words](const QString &before) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&before](const QString &now) { return now.contains(before); });
    });
    m_words = words;
    refilter(narrowing);
}

void ListFilterProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    const bool narrowing = m_status.isEmpty() && m_hiddenStatus.isEmpty();
    m_status = status;
    refilter(narrowing);
}

void ListFilterProxy::setAttentionOnly(bool attentionOnly)
{
    if (attentionOnly == m_attentionOnly)
        return;
    m_attentionOnly = attentionOnly;
    refilter(attentionOnly);
}

void ListFilterProxy::setOwnerFilter(const QString &owner)
{
    if (owner == m_owner)
        return;
    const bool narrowing = m_owner.isEmpty();
    m_owner = owner;
    refilter(narrowing);
}

void ListFilterProxy::setDueOnly(bool dueOnly)
{
    if (dueOnly == m_dueOnly)
        return;
    m_dueOnly = dueOnly;
    refilter(dueOnly);
}

void ListFilterProxy::setHiddenStatus(const QString &status)
{
    const bool narrowing = m_hiddenStatus.isEmpty();
    m_hiddenStatus = status;
    refilter(narrowing);
}

void ListFilterProxy::setValueFilter(int role, const QString &value)
{
    if (role == m_valueRole && value == m_value)
        return;
    const bool narrowing = m_value.isEmpty();
    m_valueRole = role;
    m_value = value;
    refilter(narrowing);
}

void ListFilterProxy::setDateLimit(int column, QDate last)
{
    if (column == m_dateColumn && last == m_lastDate)
        return;
    const bool narrowing = column == m_dateColumn && (!m_lastDate.isValid() || (last.isValid() && last <= m_lastDate));
    m_dateColumn = column;
    m_lastDate = last;
    refilter(narrowing);
}

void ListFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_entitiesGone);
    m_entities = qobject_cast<const EntityTableModel *>(model);
    m_sortKeysColumn = -1;
    if (m_entities)
        m_entitiesGone = connect(m_entities, &QObject::destroyed, this, [this] {
            m_entities = nullptr;
            m_sortKeysColumn = -1;
        });
    QSortFilterProxyModel::setSourceModel(model);
}

const QList<qint64> &ListFilterProxy::sortKeys(int column) const
{
    if (column == m_sortKeysColumn && m_entities->generation() == m_sortKeysGeneration)
        return m_sortKeys;
    const int rows = m_entities->rowCount();
    m_sortKeys.resize(rows);
    const bool attention = column == m_entities->attentionColumn();
    for (int row = 0; row < rows; ++row)
        m_sortKeys[row] = attention ? m_entities->attentionAt(row) : m_entities->dateKeyAt(row, column);
    m_sortKeysColumn = column;
    m_sortKeysGeneration = m_entities->generation();
    return m_sortKeys;
}

bool ListFilterProxy::acceptsEntity(int sourceRow) const
{
    const ListRow &row = m_entities->rowAt(sourceRow);
    if (!m_value.isEmpty()) {
        if (m_valueRole == TagsRole ? !row.tags.contains(m_value)
                                    : m_entities->index(sourceRow, 0).data(m_valueRole).toString() != m_value)
            return false;
    }
    if (m_lastDate.isValid() && m_dateColumn >= 0) {
        const qint64 day = m_entities->dateKeyAt(sourceRow, m_dateColumn);
        if (day == EntityTableModel::NotADate || day == std::numeric_limits<qint64>::max() ||
            day > m_lastDate.toJulianDay())
            return false;
    }
    if (!m_status.isEmpty() && row.status != m_status)
        return false;
    if (m_status.isEmpty() && !m_hiddenStatus.isEmpty() && row.status == m_hiddenStatus)
        return false;
    if (m_attentionOnly && m_entities->attentionAt(sourceRow) == 0)
        return false;
    if (!m_owner.isEmpty() && row.owner != m_owner)
        return false;
    if (m_dueOnly && !row.due.value_or(false))
        return false;
    const QString &haystack = m_entities->searchTextAt(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_entities && !sourceParent.isValid() && m_dateColumn < m_entities->attentionColumn())
        return acceptsEntity(sourceRow);
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
    // Dates and counts of the register's lists compared in place: a sort of 100,000 rows asks
    // two million times.
    if (m_entities && left.column() == right.column() && left.model() == m_entities) {
        const QList<qint64> &keys = sortKeys(left.column());
        const qint64 a = keys.at(left.row());
        const qint64 b = keys.at(right.row());
        if (a != EntityTableModel::NotADate && b != EntityTableModel::NotADate)
            return a < b;
    }
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
