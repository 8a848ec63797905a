#pragma once

#include <QCollator>
#include <QList>
#include <QString>

#include <algorithm>
#include <numeric>

namespace Custodian::Domain {

// The one order of names: every list, picker, "used by" list and report sorts by it, so that the
// same items come in the same order everywhere. The collation of the current locale (ICU), case
// left aside, numbers by value ("Site 2" before "Site 10").
class NameOrder
{
public:
    NameOrder()
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
    }

    bool operator()(const QString &a, const QString &b) const { return m_collator.compare(a, b) < 0; }
    int compare(const QString &a, const QString &b) const { return m_collator.compare(a, b); }

    // Sorts items by name(item), stably; each name's sort key is made once.
    template<class T, class Name> void sort(QList<T> *items, Name name) const
    {
        if (items->size() < 2)
            return;
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(items->size()));
        for (const T &item : std::as_const(*items))
            keys.push_back(m_collator.sortKey(name(item)));
        std::vector<qsizetype> order(size_t(items->size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&keys](qsizetype a, qsizetype b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
        QList<T> sorted;
        sorted.reserve(items->size());
        for (const qsizetype i : order)
            sorted.append(std::move((*items)[i]));
        *items = std::move(sorted);
    }

private:
    QCollator m_collator;
};

} // namespace Custodian::Domain
