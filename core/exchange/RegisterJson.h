#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

#include "Status.h"
#include "exchange/ImportReport.h"
#include "exchange/Progress.h"

class QIODevice;

namespace Custodian::Storage {
class Store;
struct HistoryHead;
} // namespace Custodian::Storage

namespace Custodian::Exchange {

// The whole register as one JSON document, and back (issue #10). The format is described by
// resources/exchange/custodian-register.schema.json:
//   {"format": "custodian-register", "formatVersion", "schemaVersion", "generator", "exportedAt",
//    "register": {"id", "state": {"count", "hash"}},
//    "items": {"<entity code>": [every field and child list of toJson(), "rowVersion"], ...},
//    "tables": {"attachments": [... "content" in base64], "letters", "letterTemplates", "settings",
//               "extraHolidays", "counters"},
//    "history": {"entries": [the audit trail as stored: seq, at, actor, entity, uuid, action,
//                "changes", hash], "keys": [the keys of personal data in the history, base64]}}
// Links name their target by uuid. Exporting reads one consistent state and changes nothing.
class RegisterJson
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::RegisterJson)
public:
    static constexpr int formatVersion = 1;
    static QString formatName() { return QStringLiteral("custodian-register"); }

    // Writes the register to device as UTF-8 JSON text, as it reads it: the levels above the
    // items indented, each item, row and history entry on a line of its own; items in uuid order,
    // their keys in the order of the field tables (the same register gives the same bytes but for
    // exportedAt). *state (when given) gets the history head it was read at. progress counts the
    // items and rows written; answering false stops it (Status::Code::Cancelled). A device that
    // refuses a write gives Status::Code::IoError.
    [[nodiscard]] static Status exportRegister(Storage::Store &store, QIODevice *device, Storage::HistoryHead *state,
                                               const Progress &progress = {});
    // The same, as a document (for tests and small registers).
    [[nodiscard]] static Status exportRegister(Storage::Store &store, QJsonObject *document,
                                               const Progress &progress = {});
    static QString cancelledExport();
    // The name of a list an import counts (ImportSummary::perKind): a kind's plural, or one of
    // the tables ("attachments", "letters", "letterTemplates", "extraHolidays").
    static QString listName(const QString &key);
    // The JSON Schema (draft 2020-12) of the format, made from the field tables: what
    // resources/exchange/custodian-register.schema.json holds (a test keeps the two equal).
    static QJsonObject schema();
    // The document as UTF-8 text (indented, keys sorted: the same register gives the same bytes
    // but for exportedAt).
    static QByteArray toText(const QJsonObject &document);

    enum class Mode
    {
        // Adds the file's items and updates those the register already has (matched by uuid, else
        // by name), through the services: validated, with one history entry per item written.
        Merge,
        // Into an empty register (no history, no items): the same register, with the same uuids,
        // content, row versions and history (copied as it is and verified).
        Restore,
    };
    struct Options
    {
        Mode mode = Mode::Merge;
        bool dryRun = false; // everything is done and checked, then rolled back
        QString fileName;    // for the findings
        // Rewrites a finding's place (sheet = entity code, row = 1-based position in its list,
        // column = field key) to the place in the file the items came from: a spreadsheet's sheet,
        // row and header (the tabular import).
        std::function<void(ImportFinding *)> locate;
        // Told of every item written; stops and undoes the import when it answers false.
        Progress progress;
    };
    // Reads a document, checks it and imports it in one transaction, all or nothing: any error
    // finding leaves the register as it was. A malformed or hostile document is answered with
    // findings, never a crash. The returned status fails only when the register could not be
    // read or written; errors in the file are findings (and Status::Code::InvalidInput).
    [[nodiscard]] static Status import(Storage::Store &store, const QByteArray &data, const Options &options,
                                       QList<ImportFinding> *findings, ImportSummary *summary);
    // The same for a document already parsed (the tabular import builds one).
    [[nodiscard]] static Status importDocument(Storage::Store &store, const QJsonObject &document,
                                               const Options &options, QList<ImportFinding> *findings,
                                               ImportSummary *summary);
};

} // namespace Custodian::Exchange
