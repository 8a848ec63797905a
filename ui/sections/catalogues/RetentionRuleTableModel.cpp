#include "sections/catalogues/RetentionRuleTableModel.h"

#include "domain/Codes.h"
#include "framework/Roles.h"

#include <QFont>
#include <QLocale>

#include <limits>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::RetentionRule;

RetentionRuleTableModel::RetentionRuleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

qint64 RetentionRuleTableModel::periodSortKey(const RetentionRule &rule)
{
    if (rule.periodCount <= 0)
        return std::numeric_limits<qint64>::max();
    qint64 days = 1;
    if (rule.periodUnit == QLatin1String("weeks"))
        days = 7;
    else if (rule.periodUnit == QLatin1String("months"))
        days = 30;
    else if (rule.periodUnit == QLatin1String("years"))
        days = 365;
    return qint64(rule.periodCount) * days;
}

void RetentionRuleTableModel::setRules(const QList<RetentionRule> &rules, const QHash<QString, int> &usedBy,
                                       const QHash<QString, int> &attention)
{
    beginResetModel();
    m_rows.clear();
    m_rowByUuid.clear();
    m_rows.reserve(rules.size());
    for (const RetentionRule &rule : rules) {
        Row row;
        row.rule = rule;
        row.usedBy = usedBy.value(rule.uuid);
        row.attention = attention.value(rule.uuid);
        fill(row);
        m_rowByUuid.insert(rule.uuid, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

void RetentionRuleTableModel::fill(Row &row) const
{
    const RetentionRule &rule = row.rule;
    const QLocale locale;
    row.texts[NameColumn] = rule.retired ? tr("%1 (retired)").arg(rule.name) : rule.name;
    row.sortKeys[NameColumn] = rule.name;
    row.toolTips[NameColumn] =
        rule.seedKey.isEmpty() ? QString() : tr("From the catalogue of Dutch statutory retention periods");

    row.texts[PeriodColumn] = rule.periodText();
    row.sortKeys[PeriodColumn] = periodSortKey(rule);
    row.toolTips[PeriodColumn] = row.texts[PeriodColumn];

    row.texts[BasisColumn] = Codes::label(Codes::Kind::RetentionBasis, rule.basisType);
    row.sortKeys[BasisColumn] = row.texts[BasisColumn];

    row.texts[SourceColumn] = rule.legalSource.simplified();
    row.sortKeys[SourceColumn] = row.texts[SourceColumn];
    row.toolTips[SourceColumn] = rule.legalSource.trimmed();

    row.texts[HoldColumn] = rule.legalHold ? tr("On hold") : QString();
    row.sortKeys[HoldColumn] = rule.legalHold ? 1 : 0;
    row.toolTips[HoldColumn] = rule.legalHold ? rule.legalHoldReason.trimmed().left(400) : QString();

    row.texts[UsedByColumn] = locale.toString(row.usedBy);
    row.sortKeys[UsedByColumn] = row.usedBy;
    row.toolTips[UsedByColumn] =
        tr("%n processing activity(ies) keep data categories under this rule.", nullptr, row.usedBy);

    row.texts[AttentionColumn] =
        row.attention > 0 ? QString(QChar(0x26A0)) + QLatin1Char(' ') + locale.toString(row.attention) : QString();
    row.sortKeys[AttentionColumn] = row.attention;
    row.toolTips[AttentionColumn] =
        row.attention > 0 ? tr("%n finding(s) need attention.", nullptr, row.attention) : QString();

    QStringList search;
    for (int column = 0; column < ColumnCount; ++column)
        search << row.texts[column];
    row.searchText = search.join(QLatin1Char(' ')).toLower();
}

const RetentionRule *RetentionRuleTableModel::rule(const QString &uuid) const
{
    const auto it = m_rowByUuid.constFind(uuid);
    return it == m_rowByUuid.cend() ? nullptr : &m_rows.at(it.value()).rule;
}

void RetentionRuleTableModel::retranslate()
{
    for (Row &row : m_rows)
        fill(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RetentionRuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetentionRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.texts[column];
    case Qt::ToolTipRole:
        return row.toolTips[column].isEmpty() ? QVariant() : QVariant(row.toolTips[column]);
    case Qt::FontRole:
        if (row.rule.retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        return row.sortKeys[column];
    default:
        break;
    }
    if (column != 0)
        return {};
    switch (role) {
    case UuidRole:
        return row.rule.uuid;
    case StatusRole:
        return row.rule.retired ? QStringLiteral("retired") : QString();
    case FindingsRole:
        return row.attention;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant RetentionRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == HoldColumn)
            return tr("A legal hold suspends deletion under the rule");
        if (section == UsedByColumn)
            return tr("How many processing activities keep data categories under the rule");
        if (section == AttentionColumn)
            return tr("Findings to look at (errors and warnings)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PeriodColumn:
        return tr("Period");
    case BasisColumn:
        return tr("Basis");
    case SourceColumn:
        return tr("Legal source");
    case HoldColumn:
        return tr("Legal hold");
    case UsedByColumn:
        return tr("Used by");
    case AttentionColumn:
        return tr("Attention");
    default:
        return {};
    }
}

} // namespace Custodian::Ui
