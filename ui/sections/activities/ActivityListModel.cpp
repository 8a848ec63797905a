#include "sections/activities/ActivityListModel.h"

#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "widgets/DueDate.h"

#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;

QString ownerText(const QString &department, const QString &person)
{
    const QString first = department.trimmed();
    const QString second = person.trimmed();
    if (first.isEmpty() || second.isEmpty())
        return first.isEmpty() ? second : first;
    return first + QStringLiteral(" / ") + second;
}

QString attentionText(int count)
{
    return count > 0 ? QStringLiteral("⚠ %1").arg(count) : QString();
}

ActivityListModel::ActivityListModel(RegisterContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{}

Status ActivityListModel::reload()
{
    QList<Domain::ProcessingActivity> activities;
    // The list shows the activities' own fields: no need to read every child row.
    const Status status = m_context->activities().listSummaries(&activities);
    beginResetModel();
    m_activities = status ? activities : QList<Domain::ProcessingActivity>();
    m_attention.fill(0, m_activities.size());
    buildSearchTexts();
    endResetModel();
    // The completeness check reads the whole register: when it has to run, the page lets the list
    // paint first and asks for the attention markers right after (attentionPending()).
    m_attentionPending = !m_context->findingsReady();
    if (!m_attentionPending)
        updateAttention();
    return status;
}

void ActivityListModel::updateAttention()
{
    m_attentionPending = false;
    if (m_activities.isEmpty())
        return;
    for (int row = 0; row < m_activities.size(); ++row)
        m_attention[row] = m_context->attentionCount(QStringLiteral("activity"), m_activities.at(row).uuid);
    buildSearchTexts();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, FindingsRole, SortRole});
}

void ActivityListModel::buildSearchTexts()
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

void ActivityListModel::retranslate()
{
    buildSearchTexts();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_activities.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ActivityListModel::rowOf(const QString &uuid) const
{
    for (int row = 0; row < m_activities.size(); ++row) {
        if (m_activities.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

QString ActivityListModel::displayText(int row, int column) const
{
    const Domain::ProcessingActivity &activity = m_activities.at(row);
    switch (column) {
    case NameColumn:
        return activity.name;
    case StatusColumn:
        return Codes::label(Codes::Kind::ActivityStatus, activity.status);
    case OwnerColumn:
        return ownerText(activity.ownerDepartment, activity.ownerPerson);
    case NextReviewColumn:
        // A retired activity is not reviewed any more: no urgency.
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

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Domain::ProcessingActivity &activity = m_activities.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (column == AttentionColumn && m_attention.at(row) > 0)
            return tr("%n completeness finding(s): open the activity to see them.", nullptr, m_attention.at(row));
        if (column == NameColumn && !activity.purpose.isEmpty())
            return activity.purpose;
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

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
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
