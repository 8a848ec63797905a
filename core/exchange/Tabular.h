#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "domain/EntityKind.h"
#include "exchange/ImportReport.h"
#include "exchange/Progress.h"
#include "exchange/Table.h"

namespace Custodian {
class DocumentLanguage;
}
namespace Custodian::Storage {
class Store;
struct HistoryHead;
} // namespace Custodian::Storage

namespace Custodian::Exchange {

// The register as CSV files and spreadsheets, and back (issue #10), driven by the field tables.
//
// Our layout ("custodian"): a list per kind of item, a column per field, headers in the export's
// language; a list of a field's records (an activity's transfers) in a list of its own whose first
// columns name the item they belong to. Codes are written as their labels, links as the name of
// the item they point to, a list of values one per line in its cell. The ICO layout: the
// processing activities in the columns of the ICO's controller template (ICO-TEMPLATE.md).
//
// Import reads either layout from CSV files, workbooks, a ZIP or a folder of them; a header is
// matched by its name in Dutch or English (or its field key), a code by its code or its label in
// either language, a link by uuid or name; parties and retention rules a row names that the
// register lacks are created. The rows become items of a register export and go through its merge
// (RegisterJson): one transaction, all or nothing, matched by uuid, else by name, one history
// entry per item; every finding names the file, sheet, row and column it comes from.
class Tabular
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::Tabular)
public:
    // The lists of the register in a layout, headers and labels in the document's language. Reads
    // one state (*state receives it) and changes nothing.
    // progress counts the kinds read, and one more for writing the lists; answering false stops it
    // (Status::Code::Cancelled).
    [[nodiscard]] static Status exportTables(Storage::Store &store, Layout layout, const DocumentLanguage &language,
                                             QList<Table> *tables, Storage::HistoryHead *state,
                                             const Progress &progress = {});
    // Our layout's lists of these kinds only, in the order of the register's kinds (the links they
    // hold named from every kind): what a report reads.
    [[nodiscard]] static Status exportLists(Storage::Store &store, const QList<Domain::EntityKind> &kinds,
                                            const DocumentLanguage &language, QList<Table> *tables,
                                            Storage::HistoryHead *state);

    // Writes the lists as CSV: one file when path ends in .csv and there is one list; else a file per
    // list in the folder path (made for it, never over existing files) or in a ZIP when path ends
    // in .zip. Owner-only permissions: the lists hold the register's personal data unencrypted.
    [[nodiscard]] static Status writeCsv(const QList<Table> &tables, const QString &path, QChar separator);

    // Reads a CSV file, a workbook (.xlsx), a ZIP of them or a folder of them into lists. False when
    // nothing could be read (the findings say why).
    static bool readPath(const QString &path, QChar separator, QList<RawTable> *tables, QList<ImportFinding> *findings);
    static bool readData(const QByteArray &data, const QString &fileName, QChar separator, QList<RawTable> *tables,
                         QList<ImportFinding> *findings);

    // What a list holds and where each of its columns goes: the import's understanding of it, which
    // the user may correct (the GUI's mapping step).
    struct Target
    {
        QString key;   // the field key a column is read into
        QString label; // in the UI's language
    };
    struct ListKind
    {
        QString key;   // "activity", "activity.transfers", "ico"
        QString title; // in the UI's language
    };
    struct Plan
    {
        QString listKey;     // empty: not recognised (the list is left out)
        QStringList columns; // per header: the target key, empty when the column is left out
    };
    // A plan's target for a column the user left out. A column without a target is kept on the
    // item as an extra field where its list keepsExtraFields(), else left out too.
    static QString leftOut() { return QStringLiteral("-"); }
    static bool keepsExtraFields(const QString &listKey);
    static QList<ListKind> listKinds(Layout layout);
    static QList<Target> targets(const QString &listKey);
    // The list it is, recognised by its headers (and its sheet or file name), and its columns.
    static Plan plan(const RawTable &table, Layout layout);

    struct ImportOptions
    {
        Layout layout = Layout::Custodian;
        bool dryRun = false;
        // The user's plan for a list, by planKey(); the others are planned by plan().
        QHash<QString, Plan> plans;
        // Told of every item written (RegisterJson::Options::progress).
        Progress progress;
    };
    // A cell as the import reads it, as text (a preview of the first rows).
    static QString cellText(const QVariant &cell);

    static QString planKey(const RawTable &table) { return table.file + QLatin1Char('\x1f') + table.sheet; }

    [[nodiscard]] static Status import(Storage::Store &store, const QList<RawTable> &tables,
                                       const ImportOptions &options, QList<ImportFinding> *findings,
                                       ImportSummary *summary);

private:
    // Both exports: the lists of the kinds in `only` (every kind when empty).
    static Status exportKinds(Storage::Store &store, Layout layout, const QList<Domain::EntityKind> &only,
                              const DocumentLanguage &language, QList<Table> *tables, Storage::HistoryHead *state,
                              const Progress &progress);
};

} // namespace Custodian::Exchange
