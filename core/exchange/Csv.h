#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include "exchange/ImportReport.h"
#include "exchange/Table.h"

namespace Custodian::Exchange {

// CSV as RFC 4180 writes it, and as Excel and LibreOffice write it in practice.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::Csv)
public:
    // ';' where the locale writes decimals with a comma (Excel there expects it), ',' elsewhere.
    static QChar defaultSeparator(const QLocale &locale);

    // UTF-8 with a byte order mark (so that Excel reads it as UTF-8), CRLF line ends, a field quoted
    // when it holds the separator, a quote or a line break. Days as YYYY-MM-DD, moments as ISO 8601
    // UTC. A text starting with = + - @ or a tab is written with a leading apostrophe, so that a
    // spreadsheet does not run it as a formula; read() takes the apostrophe off again.
    static QByteArray write(const Table &table, QChar separator);

    // The header row and the rows of one CSV file: UTF-8 (with or without its mark), else Windows
    // code page 1252 (what Excel writes as "CSV" on Windows, said in an info finding). The separator
    // is the one of ; , and tab the header row uses most, unless one is given. Empty rows are left
    // out. Whatever the bytes, the answer is a table or error findings, never a crash. False when
    // the file cannot be read as a table at all.
    static bool read(const QByteArray &data, const QString &fileName, QChar separator, RawTable *table,
                     QList<ImportFinding> *findings);

    // Limits a CSV file meets: larger ones are answered with a finding.
    static constexpr int MaximumColumns = 1000;
    static constexpr int MaximumCellLength = 1000000;
};

} // namespace Custodian::Exchange
