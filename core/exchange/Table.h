#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// The register as lists of rows, the shape CSV files and spreadsheets have (issue #10): what the
// tabular export writes and what the CSV and XLSX readers give the import.
namespace Custodian::Exchange {

// The column layouts of a tabular export and import (DECISIONS.md: the same names both ways).
enum class Layout
{
    Custodian,  // a list per kind of item, one column per field, the rows of a list in a list of their own
    Ico,        // the processing activities in the columns of the ICO's controller template
    NlWorkbook, // our Dutch workbook: Organisatie, Verwerkingen, Bewaartermijnen (dutch-ecosystem.md §12)
};
// The layout's name on the command line and in files ("nl-workbook").
QString layoutName(Layout layout);
std::optional<Layout> layoutFromName(const QString &name);

struct TableColumn
{
    enum class Type
    {
        Text,
        LongText, // shown wrapped
        Number,
        Date,   // a QDate cell
        Moment, // a QDateTime cell (UTC)
    };
    QString key;    // the field key ("purpose"), "uuid", "owner"
    QString header; // in the export's language
    Type type = Type::Text;
};

// One list: a CSV file, a spreadsheet's sheet. Cells are QString, qint64, QDate, QDateTime or
// null (empty).
struct Table
{
    QString key;   // "activity", "activity.transfers", "ico"
    QString title; // "Processing activities": the sheet's or the file's name
    QList<TableColumn> columns;
    QList<QVariantList> rows;
    // A workbook's sheet starts with a hidden row of the columns' keys above the headers (the Dutch
    // workbook: its keys stay when a person renames a header).
    bool keyRow = false;
};

// A list as a reader found it, before it is understood: the header row and the rows below it, each
// cell a QString, or (from a spreadsheet) a number, QDate, QDateTime or bool.
struct RawTable
{
    QString file;  // "register.xlsx", "activities.csv"
    QString sheet; // the spreadsheet's sheet name; the file's base name for a CSV file
    QStringList headers;
    QList<QVariantList> rows;
    QList<int> rowNumbers; // each row's number as the user sees it (the header is row 1)
};

} // namespace Custodian::Exchange
