#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "exchange/Progress.h"
#include "exchange/Table.h"

namespace Custodian::Storage {
class Store;
struct HistoryHead;
} // namespace Custodian::Storage

namespace Custodian::Exchange {

// One export to a file, as custodian-cli export and File › Export… make it: the format, layout and
// language chosen, written readable by its owner only and never over an existing file (a CSV
// folder may exist when it is empty).
struct ExportRequest
{
    enum class Format
    {
        Json,
        Csv,
        Xlsx,
    };
    Format format = Format::Json;
    Layout layout = Layout::Custodian;
    QString language = QStringLiteral("en"); // CSV and XLSX: headers and labels
    QChar separator = u';';                  // CSV
    QString path;                            // CSV: a .csv file (one list), a .zip, or a folder
};

class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::ExportFile)
public:
    // Reads one state of the register (*state receives it) and writes it; *warnings receives what
    // the user should know (values cut to fit a cell).
    // progress: see RegisterJson::exportRegister.
    [[nodiscard]] static Status write(Storage::Store &store, const ExportRequest &request, Storage::HistoryHead *state,
                                      QStringList *warnings, const Progress &progress = {});
    // Whether path may be written: it does not exist, or is an empty folder for CSV files.
    static bool isFree(const ExportRequest &request);
};

} // namespace Custodian::Exchange
