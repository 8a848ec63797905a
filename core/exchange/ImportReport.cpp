#include "ImportReport.h"

#include <QJsonArray>

namespace Custodian::Exchange {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::ImportReport)
};

} // namespace

QString severityCode(Domain::Finding::Severity severity)
{
    switch (severity) {
    case Domain::Finding::Severity::Error:
        return QStringLiteral("error");
    case Domain::Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Domain::Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

bool hasErrors(const QList<ImportFinding> &findings)
{
    for (const ImportFinding &finding : findings) {
        if (finding.severity == Domain::Finding::Severity::Error)
            return true;
    }
    return false;
}

QJsonObject ImportFinding::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("sheet"), sheet},
                       {QStringLiteral("row"), row},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("severity"), severityCode(severity)},
                       {QStringLiteral("message"), message}};
}

QString ImportFinding::text() const
{
    QStringList place;
    if (!file.isEmpty())
        place << file;
    if (!sheet.isEmpty())
        place << sheet;
    if (row > 0)
        place << Tr::tr("row %1").arg(row);
    if (!column.isEmpty())
        place << column;
    QString severityText;
    switch (severity) {
    case Domain::Finding::Severity::Error:
        severityText = Tr::tr("error");
        break;
    case Domain::Finding::Severity::Warning:
        severityText = Tr::tr("warning");
        break;
    case Domain::Finding::Severity::Info:
        severityText = Tr::tr("note");
        break;
    }
    return QStringLiteral("%1 [%2] %3").arg(severityText, place.join(QLatin1String(", ")), message);
}

int ImportSummary::created() const
{
    int total = 0;
    for (const Counts &counts : perKind)
        total += counts.created;
    return total;
}

int ImportSummary::updated() const
{
    int total = 0;
    for (const Counts &counts : perKind)
        total += counts.updated;
    return total;
}

QJsonObject ImportSummary::toJson() const
{
    QJsonObject kinds;
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("created"), it->created},
                                           {QStringLiteral("updated"), it->updated},
                                           {QStringLiteral("unchanged"), it->unchanged}});
    return QJsonObject{{QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("created"), created()},
                       {QStringLiteral("updated"), updated()},
                       {QStringLiteral("historyEntries"), historyEntries},
                       {QStringLiteral("kinds"), kinds}};
}

} // namespace Custodian::Exchange
