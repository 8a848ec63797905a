#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "exchange/ImportReport.h"
#include "exchange/Table.h"

namespace Custodian::Exchange {

// Office Open XML spreadsheets: written with libxlsxwriter, read with minizip and QXmlStreamReader.
class Xlsx
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::Xlsx)
public:
    // A workbook with a sheet per table: a bold, shaded header row that stays in view and filters,
    // columns as wide as their content (long text wrapped), days and moments as real dates (moments
    // in local time). Written beside path and renamed into place: never over an existing file, never
    // half a file. Text longer than a cell holds (32,767 characters) is cut, said in *warnings.
    [[nodiscard]] static Status write(const QList<Table> &tables, const QString &path, const QString &title,
                                      QStringList *warnings);

    // Every sheet that has a header row: the cells as text, numbers (double), bool, or, where the
    // cell's format is a date, QDate (a whole day) or QDateTime (local time). A damaged, hostile
    // or huge workbook is answered with error findings, never a crash. False when the file is not
    // a workbook that can be read.
    static bool read(const QByteArray &data, const QString &fileName, QList<RawTable> *tables,
                     QList<ImportFinding> *findings);

    // Limits of what read() accepts.
    static constexpr qint64 MaximumPartSize = qint64(256) << 20; // one XML part, unpacked
    static constexpr int MaximumColumns = 1000;
    static constexpr int MaximumSheets = 100;
};

} // namespace Custodian::Exchange
