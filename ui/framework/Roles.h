#pragma once

#include <Qt>

namespace Custodian::Ui {

// Item-data roles every register list model provides (on column 0 unless said otherwise), so the
// shared filter, the count and the jump links work the same in every section.
enum RegisterRole
{
    UuidRole = Qt::UserRole + 1, // QString: the item's uuid
    StatusRole,                  // QString: status code for the status filter ("" when the item has none)
    FindingsRole,                // int: number of completeness findings with severity error or warning
    SearchTextRole,              // QString: lower-case text the search field matches (all visible columns)
    SortRole,                    // QVariant: value to sort by (dates as QDate, numbers as numbers)
    OwnerRole,                   // QString: the owner shown in the owner filter (sections with owners only)
    DueRole,                     // bool: a date that matters (review, expiry) has passed or falls this week
    TagsRole,                    // QStringList: codes a section's own filter looks at (a party's roles)
};

} // namespace Custodian::Ui
