#include "sections/activities/ProcessorActivityListModel.h"

#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "sections/activities/ActivityListModel.h"
#include "storage/Database.h"
#include "widgets/DueDate.h"

#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;

ProcessorActivityListModel::ProcessorActivityListModel(RegisterContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{}

Status ProcessorActivityListModel::reload()
{
    QList<Domain::ProcessorActivity> activities;
    Status status = m_context->processorActivities().list(&activities);
    // The controllers' names: only the parties the activities name, in one query.
    QHash<QString, QString> partyNames;
    if (status)
        status = Register::ListRows::linkedNames(m_context->database(), Domain::EntityKind::ProcessorActivity,
                                                 Domain::EntityKind::Party, &partyNames);
    beginResetModel();
    m_activities = status ? activities : QList<Domain::ProcessorActivity>();
    m_partyNames = status ? partyNames : QHash<QString, QString>();
    m_attention.clear();
    m_attention.reserve(m_activities.size());
    for (const Domain::ProcessorActivity &activity : std::as_const(m_activities))
        m_attention.append(m_context->attentionCount(QStringLiteral("processor_activity"), activity.uuid));
    buildSearchTexts();
    endResetModel();
    return status;
}

void ProcessorActivityListModel::buildSearchTexts()
{
    m_searchTexts.clear();
    m_searchTexts.reserve(m_activities.size());
    for (int row = 0; row < m_activities.size(); ++row) {
        QStringList texts;
        for (int column = 0; column < ColumnCount; ++column)
            texts.append(displayText(row, column));
        m_searchTexts.append(texts.join(QLatin1Char(' ')).toLower());
    }
}

void ProcessorActivityListModel::retranslate()
{
    buildSearchTexts();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_activities.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProcessorActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ProcessorActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProcessorActivityListModel::rowOf(const QString &uuid) const
{
    for (int row = 0; row < m_activities.size(); ++row) {
        if (m_activities.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

QString ProcessorActivityListModel::displayText(int row, int column) const
{
    const Domain::ProcessorActivity &activity = m_activities.at(row);
    switch (column) {
    case NameColumn:
        return activity.name;
    case ControllerColumn:
        if (activity.controllerUuid.isEmpty())
            return tr("Not chosen");
        return m_partyNames.value(activity.controllerUuid, tr("Unknown party"));
    case StatusColumn:
        return Codes::label(Codes::Kind::ActivityStatus, activity.status);
    case NextReviewColumn:
        if (activity.status == QLatin1String("retired"))
            return activity.nextReview.isValid() ? QLocale().toString(activity.nextReview, QLocale::ShortFormat)
                                                 : QString();
        return DueDate::text(activity.nextReview, m_context->today());
    case AttentionColumn:
        return attentionText(m_attention.at(row));
    default:
        break;
    }
    return {};
}

QVariant ProcessorActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Domain::ProcessorActivity &activity = m_activities.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (column == AttentionColumn && m_attention.at(row) > 0)
            return tr("%n completeness finding(s): open the activity to see them.", nullptr, m_attention.at(row));
        if (column == NameColumn && !activity.processingCategories.isEmpty())
            return activity.processingCategories;
        return {};
    case Qt::ForegroundRole:
        if (column == NextReviewColumn && activity.status != QLatin1String("retired"))
            return DueDate::foreground(DueDate::urgency(activity.nextReview, m_context->today()));
        return {};
    case SortRole:
        switch (column) {
        case StatusColumn:
            return int(Codes::codes(Codes::Kind::ActivityStatus).indexOf(activity.status));
        case NextReviewColumn:
            return activity.nextReview;
        case AttentionColumn:
            return m_attention.at(row);
        default:
            return displayText(row, column).toLower();
        }
    default:
        break;
    }
    if (column != 0)
        return {};
    switch (role) {
    case UuidRole:
        return activity.uuid;
    case StatusRole:
        return activity.status;
    case FindingsRole:
        return m_attention.at(row);
    case SearchTextRole:
        return m_searchTexts.value(row);
    case OwnerRole:
        return ownerText(activity.ownerDepartment, activity.ownerPerson);
    case DueRole: {
        // Retired items are not reviewed any more.
        if (activity.status == QLatin1String("retired"))
            return false;
        const DueDate::Urgency urgency = DueDate::urgency(activity.nextReview, m_context->today());
        return urgency == DueDate::Urgency::Overdue || urgency == DueDate::Urgency::ThisWeek;
    }
    default:
        break;
    }
    return {};
}

QVariant ProcessorActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ControllerColumn:
        return tr("Controller");
    case StatusColumn:
        return tr("Status");
    case NextReviewColumn:
        return tr("Next review");
    case AttentionColumn:
        return tr("Attention");
    default:
        break;
    }
    return {};
}

} // namespace Custodian::Ui
