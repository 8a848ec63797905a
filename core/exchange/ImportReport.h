#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "domain/Finding.h"

namespace Custodian::Exchange {

// One thing an import has to say, located in its source: the file, the sheet (a spreadsheet's
// sheet, a JSON document's list: "activity"), the row (1-based; 0 for the file as a whole) and
// the column (a header or field key; empty for the whole row).
struct ImportFinding
{
    QString file;
    QString sheet;
    int row = 0;
    QString column;
    Domain::Finding::Severity severity = Domain::Finding::Severity::Error;
    QString message;

    // {file, sheet, row, column, severity, message}, the severity as "error", "warning" or "info".
    QJsonObject toJson() const;
    // "activities.json, activity, row 3, name: message", for a terminal.
    QString text() const;
};

// What an import did, or in a dry run would do: per kind of item (its entity code), how many
// items are created, changed and left as they were.
struct ImportSummary
{
    struct Counts
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
    };
    QMap<QString, Counts> perKind;
    qint64 historyEntries = 0; // a restore: the entries copied
    bool dryRun = false;
    bool applied = false; // committed

    int created() const;
    int updated() const;
    QJsonObject toJson() const;
};

// Severity words for JSON and text.
QString severityCode(Domain::Finding::Severity severity);
bool hasErrors(const QList<ImportFinding> &findings);

} // namespace Custodian::Exchange
