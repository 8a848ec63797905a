#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Custodian::Ui {

class EntityTableModel;

// Search as you type over SearchTextRole (all words must occur), plus a status filter
// (StatusRole) and "needs attention" (FindingsRole > 0). Sorting by SortRole.
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Empty shows every status.
    void setStatusFilter(const QString &status);
    void setAttentionOnly(bool attentionOnly);
    // Empty shows every owner.
    void setOwnerFilter(const QString &owner);
    void setDueOnly(bool dueOnly);
    // Hides items with this status unless the status filter asks for it (e.g. "retired").
    void setHiddenStatus(const QString &status);
    // A section's own filter: keeps the rows whose `role` holds `value` (equal to it, or in a string
    // list: the parties' roles, the findings' kind of item); an empty value keeps every row.
    void setValueFilter(int role, const QString &value);
    // A section's deadline filter: keeps the rows whose date in `column` (its SortRole, a QDate) is
    // set and falls on or before `last`; an invalid `last` keeps every row.
    void setDateLimit(int column, QDate last);

    void setSourceModel(QAbstractItemModel *model) override;
    // Up to this many rows, a filter that only hides rows takes them out range by range; above it
    // (and whenever rows may come back) the list is filtered and sorted again. For tests.
    void setSmallListLimit(int rows) { m_smallList = rows; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter(bool narrowing);
    bool acceptsEntity(int sourceRow) const;

    // The sort keys of a column of the list model as numbers, row by row (dates, the attention
    // count; NotADate where a cell's key is text), read again when the rows changed: a sort compares
    // two numbers in one array instead of reading two rows.
    const QList<qint64> &sortKeys(int column) const;

    // The source when it is the register's list model: its rows are read directly. Qt's proxy
    // drops a destroyed source without calling setSourceModel(); so does this (on destroyed).
    const EntityTableModel *m_entities = nullptr;
    QMetaObject::Connection m_entitiesGone;
    mutable QList<qint64> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
    mutable quint64 m_sortKeysGeneration = 0;
    int m_smallList = 20000;

    QStringList m_words;
    QString m_status;
    QString m_hiddenStatus;
    bool m_attentionOnly = false;
    QString m_owner;
    bool m_dueOnly = false;
    int m_valueRole = -1;
    QString m_value;
    int m_dateColumn = -1;
    QDate m_lastDate;
};

} // namespace Custodian::Ui
