#include "sections/findings/FindingsTableModel.h"

#include "domain/NameOrder.h"
#include "framework/Severity.h"

#include <algorithm>

namespace Custodian::Ui {

using Domain::Finding;
using Register::EntityFinding;

namespace {

int severityRank(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return 0;
    case Finding::Severity::Warning:
        return 1;
    case Finding::Severity::Info:
        break;
    }
    return 2;
}

} // namespace

FindingsTableModel::FindingsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QStringList FindingsTableModel::kinds()
{
    return {QStringLiteral("organisation"), QStringLiteral("activity"), QStringLiteral("processor_activity"),
            QStringLiteral("agreement")};
}

QString FindingsTableModel::severityLabel(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return tr("Error");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Info:
        break;
    }
    return tr("Note");
}

QString FindingsTableModel::severityCode(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString FindingsTableModel::kindLabel(const QString &entity)
{
    if (entity == QLatin1String("activity"))
        return tr("Activity");
    if (entity == QLatin1String("processor_activity"))
        return tr("Processor activity");
    if (entity == QLatin1String("agreement"))
        return tr("Agreement");
    if (entity == QLatin1String("organisation"))
        return tr("Organisation");
    return tr("Other");
}

void FindingsTableModel::setFindings(const QList<EntityFinding> &findings)
{
    QList<EntityFinding> sorted = findings;
    const QStringList kindOrder = kinds();
    const Domain::NameOrder names;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&kindOrder, &names](const EntityFinding &a, const EntityFinding &b) {
                         const int ra = severityRank(a.finding.severity);
                         const int rb = severityRank(b.finding.severity);
                         if (ra != rb)
                             return ra < rb;
                         const qsizetype ka = kindOrder.indexOf(a.entity);
                         const qsizetype kb = kindOrder.indexOf(b.entity);
                         if (ka != kb)
                             return ka < kb;
                         return names(a.name, b.name);
                     });
    beginResetModel();
    m_findings = sorted;
    endResetModel();
}

QString FindingsTableModel::itemName(const EntityFinding &finding) const
{
    if (!finding.name.isEmpty())
        return finding.name;
    return finding.entity == QLatin1String("organisation") ? tr("Our organisation") : tr("(no name)");
}

QString FindingsTableModel::searchText(const EntityFinding &finding) const
{
    return QStringList{severityLabel(finding.finding.severity), kindLabel(finding.entity), itemName(finding),
                       finding.finding.message}
        .join(QLatin1Char(' '))
        .toLower();
}

int FindingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EntityFinding &finding = m_findings.at(index.row());
    const int column = index.column();
    auto text = [&]() {
        switch (Column(column)) {
        case SeverityColumn:
            return severityLabel(finding.finding.severity);
        case KindColumn:
            return kindLabel(finding.entity);
        case ItemColumn:
            return itemName(finding);
        case MessageColumn:
            return finding.finding.message;
        case ColumnCount:
            break;
        }
        return QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole:
        // A narrow column cuts its text: the whole of it on hovering.
        return text();
    case Qt::DecorationRole:
        // The severity in words and by icon, as on the dashboard and in the editors (UI review L4).
        return column == SeverityColumn ? QVariant(Severity::icon(finding.finding.severity)) : QVariant();
    case SortRole:
        switch (Column(column)) {
        case SeverityColumn:
            // Severity first, then the order setFindings chose (kind, name): the row number.
            return severityRank(finding.finding.severity) * 1000000 + index.row();
        case KindColumn:
            return int(kinds().indexOf(finding.entity)) * 1000000 + index.row();
        default:
            return text();
        }
    case UuidRole:
        return finding.uuid;
    case StatusRole:
        return severityCode(finding.finding.severity);
    case FindingsRole:
        return finding.finding.severity == Finding::Severity::Info ? 0 : 1;
    case SearchTextRole:
        return searchText(finding);
    case EntityRole:
        return finding.entity;
    case FieldRole:
        return finding.finding.field;
    default:
        return QVariant();
    }
}

QVariant FindingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case ItemColumn:
        return tr("Item");
    case MessageColumn:
        return tr("What an auditor would ask");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace Custodian::Ui
