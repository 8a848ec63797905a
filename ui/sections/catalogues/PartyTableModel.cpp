#include "sections/catalogues/PartyTableModel.h"

#include "domain/Codes.h"
#include "framework/Roles.h"

#include <QFont>
#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Party;

PartyTableModel::PartyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString PartyTableModel::rolesText(const QStringList &roles)
{
    QStringList labels;
    const QStringList codes = Codes::codes(Codes::Kind::PartyRole);
    for (const QString &code : codes) {
        if (roles.contains(code))
            labels << Codes::label(Codes::Kind::PartyRole, code);
    }
    return labels.join(QStringLiteral(", "));
}

QString PartyTableModel::countryName(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() != 2)
        return trimmed;
    const QLocale::Territory territory = QLocale::codeToTerritory(trimmed.toUpper());
    return territory == QLocale::AnyTerritory ? trimmed.toUpper() : QLocale::territoryToString(territory);
}

void PartyTableModel::setParties(const QList<Party> &parties, const QHash<QString, int> &usedBy,
                                 const QHash<QString, int> &attention)
{
    beginResetModel();
    m_rows.clear();
    m_rowByUuid.clear();
    m_rows.reserve(parties.size());
    for (const Party &party : parties) {
        Row row;
        row.party = party;
        row.usedBy = usedBy.value(party.uuid);
        row.attention = attention.value(party.uuid);
        fill(row);
        m_rowByUuid.insert(party.uuid, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

void PartyTableModel::fill(Row &row) const
{
    const Party &party = row.party;
    const QLocale locale;
    row.texts[NameColumn] = party.retired ? tr("%1 (retired)").arg(party.name) : party.name;
    row.sortKeys[NameColumn] = party.name;
    row.toolTips[NameColumn] = party.notes.trimmed().left(400);

    row.texts[RolesColumn] = party.roles.isEmpty() ? tr("No role given") : rolesText(party.roles);
    row.sortKeys[RolesColumn] = party.roles.isEmpty() ? QString() : row.texts[RolesColumn];

    row.texts[CountryColumn] = countryName(party.country);
    row.sortKeys[CountryColumn] = row.texts[CountryColumn];

    QStringList contact;
    for (const QString &part : {party.contactName, party.contactEmail, party.contactPhone}) {
        if (!part.trimmed().isEmpty())
            contact << part.trimmed();
    }
    row.texts[ContactColumn] = contact.value(0);
    row.sortKeys[ContactColumn] = row.texts[ContactColumn];
    row.toolTips[ContactColumn] = contact.join(QLatin1Char('\n'));

    row.texts[UsedByColumn] = locale.toString(row.usedBy);
    row.sortKeys[UsedByColumn] = row.usedBy;
    row.toolTips[UsedByColumn] =
        tr("%n item(s) of the register (activities or agreements) refer to this party.", nullptr, row.usedBy);

    // The marker is text, not colour alone: "⚠ 2".
    row.texts[AttentionColumn] =
        row.attention > 0 ? QString(QChar(0x26A0)) + QLatin1Char(' ') + locale.toString(row.attention) : QString();
    row.sortKeys[AttentionColumn] = row.attention;
    row.toolTips[AttentionColumn] =
        row.attention > 0 ? tr("%n finding(s) need attention.", nullptr, row.attention) : QString();

    QStringList search;
    for (int column = 0; column < ColumnCount; ++column)
        search << row.texts[column];
    search << party.country << contact;
    row.searchText = search.join(QLatin1Char(' ')).toLower();
}

const Party *PartyTableModel::party(const QString &uuid) const
{
    const auto it = m_rowByUuid.constFind(uuid);
    return it == m_rowByUuid.cend() ? nullptr : &m_rows.at(it.value()).party;
}

void PartyTableModel::retranslate()
{
    for (Row &row : m_rows)
        fill(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PartyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartyTableModel::data(const QModelIndex &index, int role) const
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
        if (row.party.retired) {
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
        return row.party.uuid;
    case StatusRole:
        return row.party.retired ? QStringLiteral("retired") : QString();
    case FindingsRole:
        return row.attention;
    case SearchTextRole:
        return row.searchText;
    case RoleCodesRole:
        return row.party.roles;
    default:
        return {};
    }
}

QVariant PartyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == UsedByColumn)
            return tr("How many processing activities, processor activities and agreements refer to the party");
        if (section == AttentionColumn)
            return tr("Completeness findings (errors and warnings)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case CountryColumn:
        return tr("Country");
    case ContactColumn:
        return tr("Contact");
    case UsedByColumn:
        return tr("Used by");
    case AttentionColumn:
        return tr("Attention");
    default:
        return {};
    }
}

} // namespace Custodian::Ui
