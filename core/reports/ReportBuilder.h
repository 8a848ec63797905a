#pragma once

// Inside core/reports: what makes a report's document from the register.

#include <QList>
#include <QString>

#include "Status.h"
#include "reports/Report.h"

class QTextDocument;

namespace Custodian::Reports {

// A line of the contents: a part's title (level 1) or an item's (level 2), and its page.
struct ContentsEntry
{
    int level = 1;
    QString text;
    int page = 0;
    bool operator==(const ContentsEntry &other) const = default;
};

class ReportBuilder
{
public:
    static Status build(Storage::Store &store, const Request &request, Report *report);
    // The privacy statement (StatementReport.cpp).
    static Status buildStatement(Storage::Store &store, const Request &request, Report *report);
    static void writeContents(QTextDocument *part, const QString &title, const QList<ContentsEntry> &entries);
};

} // namespace Custodian::Reports
