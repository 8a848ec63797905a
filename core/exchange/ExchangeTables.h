#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>

#include "Status.h"
#include "domain/EntityKind.h"
#include "domain/FieldSpec.h"

// Inside the exchange formats (RegisterJson and its schema): what the register holds beyond the
// entities' field tables, and the kinds in the order an import writes them.
namespace Custodian::Storage {
class Store;
}

namespace Custodian::Exchange {

// ---------------------------------------------------------------------------------------------
// Tables that belong to no entity's field table: copied column by column, a reference to an
// item by its uuid.

struct SideColumn
{
    enum class Type
    {
        Text,
        Int,
        Blob, // base64 in JSON
        Json, // JSON text stored, a JSON value in the document
        Ref,  // a row id of target, its uuid in the document
    };
    const char *column;
    const char *key;
    Type type = Type::Text;
    Domain::EntityKind target = Domain::EntityKind::None;
};

struct SideTable
{
    const char *key;   // under "tables" (or "history")
    const char *table; //
    QList<SideColumn> columns;
    const char *orderBy;
    const char *upsertKey = nullptr; // rows the new register already has (settings): replaced
};

// Documents, letters, templates, settings, extra holidays, counters: under "tables".
const QList<SideTable> &sideTables();
// The history as stored and its keys: under "history".
const SideTable &historyEntriesTable();
const SideTable &historyKeysTable();
// Every kind with a field table, in an order that writes an item after the items it refers to.
const QList<Domain::EntityKind> &exchangedKinds();

// A kind's field table without its type: what the tabular layouts need to make a column of each
// field and list.
struct KindColumns
{
    struct ChildColumns
    {
        const Domain::ChildInfo *child = nullptr;
        QList<const Domain::FieldInfo *> rowFields; // a list of records: the record's fields
    };
    Domain::EntityKind kind = Domain::EntityKind::None;
    QList<const Domain::FieldInfo *> fields;
    QList<ChildColumns> children; // not the lists save() never writes (documents)
};
const KindColumns &kindColumns(Domain::EntityKind kind);

// A uuid as the register writes it: lower case, without braces.
bool isUuid(const QString &text);

// Begins the read transaction of an export: one state, a snapshot on PostgreSQL.
[[nodiscard]] bool beginSnapshot(Storage::Store &store);

// Every item of a kind as the JSON export writes it (its fields, lists and row version).
[[nodiscard]] Status exportItems(QSqlDatabase &db, Domain::EntityKind kind, QJsonArray *items);

// An item of any kind as the tabular export reads it, without a JSON object in between: its fields
// and lists named by their descriptions in its kind's field table (KindColumns).
class ItemCells
{
public:
    virtual ~ItemCells() = default;
    virtual const QString &uuid() const = 0;
    virtual QString display() const = 0; // its name, as lists show it
    // The field's member as it is: QString, bool, int, qint64, QDate or QDateTime.
    virtual QVariant value(const Domain::FieldInfo &field) const = 0;
    virtual const QStringList &list(const Domain::ChildInfo &child) const = 0; // values or links
    virtual QJsonArray records(const Domain::ChildInfo &child) const = 0;      // a list of records
};
// Every item of a kind in name order (as its list in the app shows them), each given to `visit`.
[[nodiscard]] Status visitItems(QSqlDatabase &db, Domain::EntityKind kind,
                                const std::function<void(const ItemCells &)> &visit);
// uuid → name of every item of a kind.
[[nodiscard]] Status readNames(QSqlDatabase &db, Domain::EntityKind kind, QHash<QString, QString> *names);

} // namespace Custodian::Exchange
