#include "sections/catalogues/MeasureTableModel.h"

#include "domain/Codes.h"
#include "framework/Roles.h"

#include <QFont>
#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::SecurityMeasure;

MeasureTableModel::MeasureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString MeasureTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("technical"))
        return tr("Technical");
    if (kind == QLatin1String("organisational"))
        return tr("Organisational");
    return Codes::label(Codes::Kind::MeasureKind, kind);
}

void MeasureTableModel::setMeasures(const QList<SecurityMeasure> &measures, const QHash<QString, int> &usedBy,
                                    const QHash<QString, int> &attention)
{
    beginResetModel();
    m_rows.clear();
    m_rowByUuid.clear();
    m_rows.reserve(measures.size());
    for (const SecurityMeasure &measure : measures) {
        Row row;
        row.measure = measure;
        row.usedBy = usedBy.value(measure.uuid);
        row.attention = attention.value(measure.uuid);
        fill(row);
        m_rowByUuid.insert(measure.uuid, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

void MeasureTableModel::fill(Row &row) const
{
    const SecurityMeasure &measure = row.measure;
    const QLocale locale;
    row.texts[TitleColumn] = measure.retired ? tr("%1 (retired)").arg(measure.title) : measure.title;
    row.sortKeys[TitleColumn] = measure.title;

    row.texts[KindColumn] = kindText(measure.kind);
    row.sortKeys[KindColumn] = row.texts[KindColumn];

    const QString description = measure.description.simplified();
    row.texts[DescriptionColumn] = description.size() > 120 ? description.left(119) + QChar(0x2026) : description;
    row.sortKeys[DescriptionColumn] = description;
    row.toolTips[DescriptionColumn] = measure.description.trimmed().left(600);

    row.texts[UsedByColumn] = locale.toString(row.usedBy);
    row.sortKeys[UsedByColumn] = row.usedBy;
    row.toolTips[UsedByColumn] =
        tr("%n item(s) of the register (activities or agreements) apply this measure.", nullptr, row.usedBy);

    row.texts[AttentionColumn] =
        row.attention > 0 ? QString(QChar(0x26A0)) + QLatin1Char(' ') + locale.toString(row.attention) : QString();
    row.sortKeys[AttentionColumn] = row.attention;
    row.toolTips[AttentionColumn] =
        row.attention > 0 ? tr("%n finding(s) need attention.", nullptr, row.attention) : QString();

    QStringList search;
    for (int column = 0; column < ColumnCount; ++column)
        search << row.texts[column];
    search << description;
    row.searchText = search.join(QLatin1Char(' ')).toLower();
}

const SecurityMeasure *MeasureTableModel::measure(const QString &uuid) const
{
    const auto it = m_rowByUuid.constFind(uuid);
    return it == m_rowByUuid.cend() ? nullptr : &m_rows.at(it.value()).measure;
}

void MeasureTableModel::retranslate()
{
    for (Row &row : m_rows)
        fill(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MeasureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureTableModel::data(const QModelIndex &index, int role) const
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
        if (row.measure.retired) {
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
        return row.measure.uuid;
    case StatusRole:
        return row.measure.retired ? QStringLiteral("retired") : QString();
    case FindingsRole:
        return row.attention;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == UsedByColumn)
            return tr("How many processing activities, processor activities and agreements apply the measure");
        if (section == AttentionColumn)
            return tr("Completeness findings (errors and warnings)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("Description");
    case UsedByColumn:
        return tr("Used by");
    case AttentionColumn:
        return tr("Attention");
    default:
        return {};
    }
}

} // namespace Custodian::Ui
