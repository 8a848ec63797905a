#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <optional>

#include "Status.h"
#include "domain/EntityKind.h"
#include "domain/FieldSpec.h"
#include "exchange/ImportReport.h"
#include "exchange/Table.h"
#include "exchange/Tabular.h"

namespace Custodian {
class DocumentLanguage;
}
namespace Custodian::Storage {
class Store;
}

// Inside the tabular layouts (Tabular.cpp, TabularSupport.cpp, IcoLayout.cpp): the lists our layout
// has, the conversion of values to cells and back, and what an import collects before the merge.
namespace Custodian::Exchange::TabularSupport {

using Severity = Domain::Finding::Severity;

enum class Role
{
    Uuid,      // the item's uuid
    Field,     // a field of the item or of the record
    Values,    // a list of values or codes, one per line
    Links,     // a set of links, the names one per line
    Owner,     // a record's list: the name of the item it belongs to
    OwnerUuid, // and its uuid
};

struct ColumnDef
{
    QString key;
    Role role = Role::Field;
    const Domain::FieldInfo *field = nullptr;
    const Domain::ChildInfo *child = nullptr;
};

struct ListDef
{
    QString key; // "activity", "activity.transfers"
    Domain::EntityKind kind = Domain::EntityKind::None;
    const Domain::ChildInfo *child = nullptr; // a list of records
    QList<ColumnDef> columns;
};

// Our layout: a list per kind, in the order an import writes them, each followed by the lists of
// its records.
const QList<ListDef> &custodianLists();
const ListDef *findList(const QString &key);
// Headers and titles in a document's language, or the UI's (nullptr).
QStringList listHeaders(const ListDef &list, const DocumentLanguage *language);
QString listTitle(const ListDef &list, const DocumentLanguage *language);
// Every name a header of the list may have (Dutch, English, its key), normalised → column key.
const QHash<QString, QString> &headerIndex(const ListDef &list);
// Case-folded letters and digits only, accents dropped: "Purpose of processing:" →
// "purposeofprocessing", "Categorieën" → "categorieen" (Domain::ExtraFields::lettersAndDigits).
QString normalised(const QString &text);
// Whether the items a list is read into keep the columns no field takes as extra fields (a list of
// our layout of a kind that has them, or the ICO list).
bool keepsExtraFields(const QString &listKey);
// A row's cells in the columns the plan leaves out, as extra fields of the item it becomes (an
// empty cell too: it clears a field the item has from an earlier import of the same file).
QJsonArray unmappedCells(const RawTable &table, const Tabular::Plan &plan, const QVariantList &row,
                         const QString &source);
const DocumentLanguage &dutch();
const DocumentLanguage &english();
QString translated(const DocumentLanguage *language, const char *context, const char *source);

// What an export reads, and the cells it makes.
struct ExportContext
{
    const DocumentLanguage &language;
    QHash<Domain::EntityKind, QJsonArray> items;              // the ICO layout's: as the JSON export has them
    QHash<Domain::EntityKind, QHash<QString, QString>> names; // uuid → display name

    QString name(Domain::EntityKind kind, const QString &uuid) const;
    // A value as the JSON export writes it, or a member as it is (ItemCells::value).
    QVariant cell(const Domain::FieldInfo &field, const QJsonValue &value) const;
    QVariant cell(const Domain::FieldInfo &field, const QVariant &value) const;
    QString yesNo(bool value) const;
};

// Where an item of the import came from.
struct Origin
{
    QString file;
    QString sheet;
    int row = 0;
    QHash<QString, QString> headers; // column key → the header in the file
};

// What an import collects: the items of each kind as a register export's JSON, where each came
// from, and the links still to be found by name.
class ImportContext
{
public:
    ImportContext(Storage::Store &store, QList<ImportFinding> *findings);

    Storage::Store &store;
    QList<ImportFinding> *findings;
    QHash<Domain::EntityKind, QJsonArray> items;
    QHash<Domain::EntityKind, QList<Origin>> origins;

    void add(const Origin &origin, const QString &key, Severity severity, const QString &message);
    void error(const Origin &origin, const QString &key, const QString &message)
    {
        add(origin, key, Severity::Error, message);
    }

    // A list of our layout.
    void readList(const RawTable &table, const Tabular::Plan &plan);
    // Adds an item (its uuid given or made) and returns its position in its kind's list.
    qsizetype addItem(Domain::EntityKind kind, QJsonObject object, const Origin &origin);

    // Cell readers: false (and an error finding) when the cell is not a value of the field.
    bool value(const Domain::FieldInfo &field, const QVariant &cell, const Origin &origin, QJsonValue *out);
    QString code(Domain::Codes::Kind kind, const QString &text) const; // empty when not recognised
    QString codeChoices(Domain::Codes::Kind kind) const;
    static QString text(const QVariant &cell);
    static QStringList split(const QString &text, bool semicolons);
    static std::optional<bool> boolean(const QString &text);

    // A link to be found by name once every list is read: the item's field key, or the list key
    // and the position in it (and the record's field key).
    struct Pending
    {
        Domain::EntityKind kind;
        qsizetype index;
        QString key;
        qsizetype element = -1;
        QString recordKey;
        Domain::EntityKind target;
        QString text;
        Origin origin;
        QString column; // the column key for findings
    };
    QList<Pending> pending;
    [[nodiscard]] Status resolveLinks();

    // Finds an item already read or in the register by uuid or name: its uuid, or empty.
    QString findItem(Domain::EntityKind kind, const QString &text, const Origin &origin, const QString &column);
    // Finds the item or, for parties and retention rules, creates it; empty when neither.
    QString findOrCreate(Domain::EntityKind kind, const QString &text, const Origin &origin, const QString &column);

    // The finding of the merge, at its place in the file.
    void locate(ImportFinding *finding) const;

private:
    Status loadRegisterNames(Domain::EntityKind kind);
    QHash<Domain::EntityKind, QHash<QString, QString>> m_fileNames;     // normalised name → uuid
    QHash<Domain::EntityKind, QHash<QString, QString>> m_registerNames; // "" where several share it
    QHash<Domain::EntityKind, QSet<QString>> m_registerUuids;
    QHash<Domain::EntityKind, QSet<QString>> m_fileUuids;
    QHash<Domain::EntityKind, QHash<QString, qsizetype>> m_positions; // uuid → position in items
    QSet<Domain::EntityKind> m_loaded;
    mutable QHash<int, QHash<QString, QString>> m_codeNames;
    bool m_failed = false;
    QString m_failure;
};

// The ICO layout (IcoLayout.cpp).
struct IcoColumn
{
    const char *key;
    const char *header; // QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", ...): the ICO's English header
};
const QList<IcoColumn> &icoColumns();
QString icoHeader(const IcoColumn &column, const DocumentLanguage *language);
QString icoTitle(const DocumentLanguage *language);
Table icoTable(const ExportContext &context);
Tabular::Plan icoPlan(const RawTable &table);
void readIcoList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan);
// A transfer mechanism's code read from free text ("Standard contractual clauses", "SCC's"), and a
// recipient's kind guessed from its words ("verwerker", "afdeling", "Belastingdienst").
QString mechanismOf(const QString &text);
QString recipientKindOf(const QString &text);

// Our Dutch workbook, nl-workbook (NlWorkbookLayout.cpp; docs/design/dutch-ecosystem.md §12): the
// sheets Organisatie, Bewaartermijnen and Verwerkingen, keys in a hidden first row, Dutch headers.
QList<Table> nlWorkbookTables(const ExportContext &context);
QList<Tabular::ListKind> nlWorkbookLists();
QList<Tabular::Target> nlWorkbookTargets(const QString &listKey);
Tabular::Plan nlWorkbookPlan(const RawTable &table);
// The order its lists are read in: the organisation, the rules the activities name, the activities.
int nlWorkbookRank(const QString &listKey);
bool isNlWorkbookList(const QString &listKey);
// What the register holds today as the workbook writes it: an imported row's cell that equals it is
// not read, so that a column the workbook writes poorer than the register holds (a list of records
// summed up in one cell) changes nothing when it comes back as it went out.
struct NlRegister
{
    bool loaded = false;
    QHash<QString, QHash<QString, QString>> cells; // list key + '/' + uuid → column key → the cell as text
    QHash<QString, QHash<QString, QString>> names; // list key → normalised name → uuid ("" when several)
    QHash<QString, QJsonObject> activities;        // uuid → the activity as the JSON export has it
    QHash<QString, QJsonObject> processorActivities;
    QHash<QString, QJsonObject> requests;
    QHash<QString, QString> activityNumbers; // VA-0042 → the uuid of the activity (of either register)
    QHash<QString, QStringList> uuids;       // list key → the uuids of its rows
    QJsonObject organisation;
};
[[nodiscard]] Status loadNlRegister(Storage::Store &store, NlRegister *current);
// A sheet written with its hidden row of keys: the Dutch headers below them become its headers.
void skipNlWorkbookKeyRow(RawTable *sheet, const Tabular::Plan &plan);
void readNlWorkbookList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                        const NlRegister &current);

} // namespace Custodian::Exchange::TabularSupport
