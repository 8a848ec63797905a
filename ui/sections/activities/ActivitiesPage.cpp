#include "sections/activities/ActivitiesPage.h"

#include "framework/Confirm.h"
#include "framework/EntityListSource.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "sections/activities/ActivityEditor.h"
#include "sections/activities/ProcessorActivityEditor.h"
#include "storage/Database.h"
#include "widgets/DueDate.h"

#include <QLocale>
#include <QMessageBox>
#include <QSplitter>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::EntityKind;

QString ownerText(const QString &department, const QString &person)
{
    const QString first = department.trimmed();
    const QString second = person.trimmed();
    if (first.isEmpty() || second.isEmpty())
        return first.isEmpty() ? second : first;
    return first + QStringLiteral(" / ") + second;
}

ActivitiesPage::ActivitiesPage(RegisterContext *context, EntityKind kind, QWidget *parent)
    : SectionPage(context, parent), m_kind(kind)
{
    QList<ListColumn> columns = {
        {[] { return tr("Name"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Number"); }, {}},
        {isProcessor() ? std::function<QString()>([] { return tr("Controller"); })
                       : std::function<QString()>([] { return tr("Owner"); }),
         {},
         ListColumn::Width::Short,
         true},
        {[] { return tr("Status"); }, {}},
        {[] { return tr("Next review"); }, {}},
    };
    std::unique_ptr<ListSource> source;
    EntityEditor *editor = nullptr;
    if (isProcessor()) {
        auto processor = std::make_unique<EntityListSource<Domain::ProcessorActivity>>(
            context->processorActivities(), columns,
            [this](const Domain::ProcessorActivity &activity) { return row(activity); });
        // The controllers' names: only the parties the activities name, in one query.
        processor->setPrepare([this, context] {
            return Register::ListRows::linkedNames(context->database(), EntityKind::ProcessorActivity,
                                                   EntityKind::Party, &m_partyNames,
                                                   {QStringLiteral("controllerUuids")});
        });
        processor->setShownKinds({EntityKind::Party});
        source = std::move(processor);
        editor = new ProcessorActivityEditor(context, this);
        editor->setObjectName(QStringLiteral("processorActivityEditor"));
    } else {
        // The list shows the activities' own fields: no need to read every child row.
        source = std::make_unique<EntityListSource<Domain::ProcessingActivity>>(
            context->activities(), columns,
            [this](const Domain::ProcessingActivity &activity) { return row(activity); }, true);
        editor = new ActivityEditor(context, this);
        editor->setObjectName(QStringLiteral("activityEditor"));
    }
    Options options;
    options.statusKind = Codes::Kind::ActivityStatus;
    options.hiddenStatus = QStringLiteral("retired");
    // Overdue first: the next review ascending (activities without a date last).
    options.sortColumn = NextReviewColumn;
    setupSection(new EntityTableModel(context, std::move(source), this), editor, options);
    retranslateSection();
    reload();
}

template<class T> ListRow ActivitiesPage::row(const T &activity) const
{
    ListRow row;
    row.uuid = activity.uuid;
    row.name = activity.name;
    row.status = activity.status;
    row.owner = ownerText(activity.ownerDepartment, activity.ownerPerson);
    row.cells.append({activity.name, activity.name.toLower(), {}});
    row.cells.append({activity.number, activity.number, {}});
    if constexpr (std::is_same_v<T, Domain::ProcessorActivity>) {
        row.cells[NameColumn].toolTip = activity.processingCategories;
        QStringList controllers;
        for (const QString &uuid : activity.controllerUuids)
            controllers << m_partyNames.value(uuid, ActivitiesPage::tr("Unknown party"));
        QString shown = ActivitiesPage::tr("Not chosen");
        if (controllers.size() == 1)
            shown = controllers.constFirst();
        else if (!controllers.isEmpty())
            //: a processor activity's controllers in the list: "Gemeente Noorddam and 3 more"
            shown = ActivitiesPage::tr("%1 and %n more", nullptr, int(controllers.size() - 1))
                        .arg(controllers.constFirst());
        row.cells.append(
            {shown, shown.toLower(), controllers.size() > 1 ? controllers.join(QLatin1Char('\n')) : QString()});
    } else {
        row.cells[NameColumn].toolTip = activity.purpose;
        row.cells.append({row.owner, {}, {}});
    }
    row.cells.append({Codes::label(Codes::Kind::ActivityStatus, activity.status),
                      int(Codes::codes(Codes::Kind::ActivityStatus).indexOf(activity.status)),
                      {}});
    ListCell review;
    review.sortKey = activity.nextReview;
    if (activity.status == QLatin1String("retired")) {
        // A retired activity is not reviewed any more: no urgency.
        review.text =
            activity.nextReview.isValid() ? QLocale().toString(activity.nextReview, QLocale::ShortFormat) : QString();
        row.due = false;
    } else {
        const QDate today = context()->today();
        review.text = DueDate::text(activity.nextReview, today);
        review.urgency = DueDate::urgency(activity.nextReview, today);
        row.due = review.urgency == DueDate::Urgency::Overdue || review.urgency == DueDate::Urgency::ThisWeek;
    }
    row.cells.append(review);
    return row;
}

ActivityEditor *ActivitiesPage::activityEditor() const
{
    return qobject_cast<ActivityEditor *>(editor());
}

ProcessorActivityEditor *ActivitiesPage::processorActivityEditor() const
{
    return qobject_cast<ProcessorActivityEditor *>(editor());
}

void ActivitiesPage::showEvent(QShowEvent *event)
{
    SectionPage::showEvent(event);
    if (m_sized)
        return;
    // Once, at the real width: the editor gets what its tabs need, the list the rest for its columns.
    if (auto *splitter = findChild<QSplitter *>()) {
        const int total = splitter->width();
        const int editorWidth = qMax(fontMetrics().averageCharWidth() * 104, total / 2);
        if (total > editorWidth) {
            splitter->setSizes({total - editorWidth, editorWidth});
            m_sized = true;
        }
    }
}

QString ActivitiesPage::title() const
{
    return isProcessor() ? tr("Processor activities") : tr("Processing activities");
}

Status ActivitiesPage::retire(const QString &uuid)
{
    return isProcessor() ? context()->processorActivities().retire(uuid) : context()->activities().retire(uuid);
}

Status ActivitiesPage::remove(const QString &uuid)
{
    return isProcessor() ? context()->processorActivities().remove(uuid) : context()->activities().remove(uuid);
}

void ActivitiesPage::retireItem(const QString &uuid)
{
    if (!model()->row(uuid))
        return;
    // Unsaved edits of this activity first: retiring reloads it. Saving them changes the list, so
    // the row is looked up after.
    if (editor()->currentUuid() == uuid && !confirmLeave())
        return;
    const ListRow *found = model()->row(uuid);
    if (!found)
        return;
    const ListRow row = *found;
    const bool retired = row.status == QLatin1String("retired");
    // The buttons say what they do (UI review L10).
    const bool confirmed =
        retired ? confirmAction(this, isProcessor() ? tr("Delete processor activity") : tr("Delete activity"),
                                tr("Delete “%1” from the register for good?").arg(row.name), tr("Delete"), true,
                                tr("It is retired already. The audit trail keeps its history; a report of the "
                                   "register will no longer show it."))
                : confirmAction(this, isProcessor() ? tr("Retire processor activity") : tr("Retire activity"),
                                tr("Retire “%1”?").arg(row.name), tr("Retire"), false,
                                tr("It stays in the register with its history, marked as retired, and is hidden "
                                   "from this list unless you filter for retired items."));
    if (!confirmed)
        return;
    const Status status = retired ? remove(uuid) : retire(uuid);
    if (!status)
        QMessageBox::warning(this, tr("Not changed"), status.message());
}

void ActivitiesPage::retranslateSection()
{
    if (isProcessor()) {
        setTexts(tr("No processing as a processor yet. When your organisation processes personal data on behalf "
                    "of a customer — hosting their data in your application, support, backups — add it here with "
                    "“New processor activity”, one for each controller (Art. 30(2))."),
                 tr("New processor activity"), tr("Retire…"));
    } else {
        setTexts(tr("No processing activities yet. Add the first one with “New activity”: one purpose per activity, "
                    "for example payroll, customer administration or the newsletter (Art. 30(1))."),
                 tr("New activity"), tr("Retire…"));
    }
}

} // namespace Custodian::Ui
