// What the import tests share: an import's outcome, with its findings as text for a failing
// QVERIFY2 and the look-up of one finding by its place.
#pragma once

#include <QStringList>

#include "Status.h"
#include "exchange/ImportReport.h"

namespace ImportTest {

struct Outcome
{
    Custodian::Status status;
    QList<Custodian::Exchange::ImportFinding> findings;
    Custodian::Exchange::ImportSummary summary;

    QString text() const
    {
        QStringList lines;
        for (const Custodian::Exchange::ImportFinding &finding : findings)
            lines << finding.text();
        return lines.join(QLatin1Char('\n'));
    }
    // The first finding of a severity at a row and column (sheet: any when empty).
    const Custodian::Exchange::ImportFinding *find(Custodian::Domain::Finding::Severity severity, int row,
                                                   const QString &column, const QString &sheet = QString()) const
    {
        for (const Custodian::Exchange::ImportFinding &finding : findings) {
            if (finding.severity == severity && finding.row == row && finding.column == column &&
                (sheet.isEmpty() || finding.sheet == sheet))
                return &finding;
        }
        return nullptr;
    }
    // An error at a sheet, row and column.
    bool has(const QString &sheet, int row, const QString &column) const
    {
        return find(Custodian::Domain::Finding::Severity::Error, row, column, sheet) != nullptr;
    }
};

} // namespace ImportTest
