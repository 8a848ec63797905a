#pragma once

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "domain/EntityKind.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register::ListRows {

// What list screens show of other items next to their own rows, one SQL query each: only the
// items the rows name are read, never every item of the other kind (ARCHITECTURE.md: nothing loads
// the whole register to show a screen). The queries that serve any kind take their table and column
// names from the entity tables (Domain::allLinks(), EntityKinds). A failure is a DatabaseError
// ("The register could not be read.") with the driver's detail.

// The names of the items of kind `target` that items of kind `owner` name in their own link
// fields, and in the child lists named by childKeys: target uuid -> display name. For the processor
// activities list (owner ProcessorActivity, target Party, child "controllerUuids": the controllers)
// and the agreements list (owner Agreement, target Party: controllers and processors). Empty when
// owner has no such field.
[[nodiscard]] Status linkedNames(Storage::Store &store, Domain::EntityKind owner, Domain::EntityKind target,
                                 QHash<QString, QString> *names, const QStringList &childKeys = {});

// The uuids of the retired items of a kind (status "retired", or the retired flag, as EntityKinds
// says). Empty, without a query, for kinds that cannot be retired. For the "Used by" lists, which
// mark retired referrers.
[[nodiscard]] Status retiredUuids(Storage::Store &store, Domain::EntityKind kind, QSet<QString> *uuids);

// The data categories that follow each retention rule: rule uuid -> activity uuid -> category
// names in the activity's order. For the Retention rules section's "Used by" list.
[[nodiscard]] Status ruleCategories(Storage::Store &store, QHash<QString, QHash<QString, QStringList>> *categories);

// The names of items of a kind by uuid (display column of EntityKinds): uuid -> name; an item that
// no longer exists is missing. For the history, which names linked items instead of their uuids.
[[nodiscard]] Status displayNames(Storage::Store &store, Domain::EntityKind kind, const QStringList &uuids,
                                  QHash<QString, QString> *names);

// Every item of a kind with its display name and whether it is retired, in no fixed order: for
// pickers that offer items of a large list (the processing activities) without reading them whole.
struct NamedItem
{
    QString uuid;
    QString name;
    bool retired = false;
};
[[nodiscard]] Status names(Storage::Store &store, Domain::EntityKind kind, QList<NamedItem> *items);

// The categories of data subjects of the processing activities in use (not retired): category
// name as written -> the uuids of the activities that name it. A request case's "activities
// searched" are pre-filled from the categories the requester belongs to.
[[nodiscard]] Status activitiesBySubjectCategory(Storage::Store &store, QMap<QString, QStringList> *activities);

} // namespace Custodian::Register::ListRows
