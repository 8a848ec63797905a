#include "sections/agreements/AgreementTableModel.h"

#include "domain/Codes.h"
#include "framework/Roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Custodian::Ui {

using Domain::Agreement;
using Domain::Codes;

AgreementTableModel::AgreementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString AgreementTableModel::partiesText(const Agreement &agreement, const QHash<QString, QString> &partyNames)
{
    auto name = [&partyNames](const QString &uuid) {
        if (uuid.isEmpty())
            return tr("our organisation");
        const QString found = partyNames.value(uuid);
        return found.isEmpty() ? tr("unknown party") : found;
    };
    return tr("%1 → %2").arg(name(agreement.controllerUuid), name(agreement.processorUuid));
}

void AgreementTableModel::setAgreements(const QList<Agreement> &agreements, const QHash<QString, QString> &partyNames,
                                        const QHash<QString, int> &attention, QDate today)
{
    const QLocale locale;
    QList<Row> rows;
    rows.reserve(agreements.size());
    for (const Agreement &agreement : agreements) {
        Row row;
        row.uuid = agreement.uuid;
        row.status = agreement.status;
        row.attention = attention.value(agreement.uuid);
        const bool terminated = agreement.status == QLatin1String("terminated");

        row.texts[TitleColumn] = agreement.title;
        row.sortKeys[TitleColumn] = agreement.title;
        row.texts[PartiesColumn] = partiesText(agreement, partyNames);
        row.sortKeys[PartiesColumn] = row.texts[PartiesColumn];
        row.texts[KindColumn] =
            agreement.kind == QLatin1String("sub_processing") ? tr("sub-processing") : tr("processing");
        row.sortKeys[KindColumn] = row.texts[KindColumn];
        row.texts[StatusColumn] = Codes::label(Codes::Kind::AgreementStatus, agreement.status);
        row.sortKeys[StatusColumn] = row.texts[StatusColumn];

        if (agreement.expiresOn.isValid()) {
            const QString date = locale.toString(agreement.expiresOn, QLocale::ShortFormat);
            if (agreement.expiresOn < today) {
                row.expiryUrgency = terminated ? Urgency::None : Urgency::Overdue;
                row.texts[ExpiryColumn] = tr("%1 — expired").arg(date);
            } else if (agreement.expiresOn <= today.addDays(expiryWarningDays) && !terminated) {
                row.expiryUrgency = Urgency::Soon;
                row.texts[ExpiryColumn] = tr("%1 — expires within 30 days").arg(date);
            } else {
                row.texts[ExpiryColumn] = date;
            }
        }
        row.sortKeys[ExpiryColumn] = agreement.expiresOn;

        if (agreement.reviewOn.isValid()) {
            const QString date = locale.toString(agreement.reviewOn, QLocale::ShortFormat);
            if (agreement.reviewOn < today && !terminated) {
                row.reviewUrgency = Urgency::Overdue;
                row.texts[ReviewColumn] = tr("%1 — review overdue").arg(date);
            } else {
                row.texts[ReviewColumn] = date;
            }
        }
        row.sortKeys[ReviewColumn] = agreement.reviewOn;

        row.texts[AttentionColumn] = row.attention > 0 ? tr("⚠ %1").arg(row.attention) : QString();
        row.sortKeys[AttentionColumn] = row.attention;

        QStringList words;
        for (const QString &text : row.texts)
            words << text;
        row.searchText = words.join(QLatin1Char(' ')).toLower();
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.texts[column];
    case Qt::ToolTipRole:
        if (column == AttentionColumn && row.attention > 0)
            return tr("%n completeness finding(s) to look at", nullptr, row.attention);
        return row.texts[column].isEmpty() ? QVariant() : QVariant(row.texts[column]);
    case Qt::ForegroundRole: {
        // Colour only repeats what the text already says ("expired", "review overdue").
        const Urgency urgency = column == ExpiryColumn   ? row.expiryUrgency
                                : column == ReviewColumn ? row.reviewUrgency
                                                         : Urgency::None;
        if (urgency == Urgency::Overdue)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (urgency == Urgency::Soon)
            return QBrush(QColor(0xb9, 0x77, 0x0e));
        return QVariant();
    }
    case SortRole:
        return row.sortKeys[column];
    case UuidRole:
        return row.uuid;
    case StatusRole:
        return row.status;
    case FindingsRole:
        return row.attention;
    case SearchTextRole:
        return row.searchText;
    case DueRole:
        return row.expiryUrgency != Urgency::None || row.reviewUrgency != Urgency::None;
    default:
        return QVariant();
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case TitleColumn:
            return tr("Title");
        case PartiesColumn:
            return tr("Controller → processor");
        case KindColumn:
            return tr("Kind");
        case StatusColumn:
            return tr("Status");
        case ExpiryColumn:
            return tr("Expires");
        case ReviewColumn:
            return tr("Review");
        case AttentionColumn:
            return tr("Attention");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == AttentionColumn)
        return tr("Completeness findings (errors and warnings) an auditor would ask about");
    return QVariant();
}

void AgreementTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Custodian::Ui
