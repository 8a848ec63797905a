#include "sections/activities/ActivitiesPage.h"

#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/activities/ActivityEditor.h"
#include "sections/activities/ActivityListModel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace Custodian::Ui {

ActivitiesPage::ActivitiesPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    m_model = new ActivityListModel(context, this);
    m_editor = new ActivityEditor(context, this);
    m_editor->setObjectName(QStringLiteral("activityEditor"));
    const bool hasSavedHeader = QSettings().contains(QStringLiteral("ui/sections/%1/header").arg(entityCode()));
    setupSection(m_model, m_editor, true, Domain::Codes::Kind::ActivityStatus, QStringLiteral("retired"));
    QHeaderView *header = view()->horizontalHeader();
    if (!hasSavedHeader) {
        // Overdue first: the next review ascending (activities without a date last).
        view()->sortByColumn(ActivityListModel::NextReviewColumn, Qt::AscendingOrder);
        const int character = header->fontMetrics().averageCharWidth();
        header->resizeSection(ActivityListModel::NameColumn, character * 34);
        header->resizeSection(ActivityListModel::StatusColumn, character * 12);
        header->resizeSection(ActivityListModel::OwnerColumn, character * 18);
        header->resizeSection(ActivityListModel::NextReviewColumn, character * 27);
    }
    // Findings depend on every kind of item (rules, measures, agreements): any change reloads.
    reloadOnChangesOf({});
    retranslateSection();
    reload();
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
    return tr("Processing activities");
}

void ActivitiesPage::reload()
{
    const bool failedBefore = !m_loadStatus;
    m_loadStatus = m_model->reload();
    if (!m_loadStatus || failedBefore)
        retranslateSection();
    afterReload();
    // After the list's first paint (eventFilter()); a hidden list waits until it is shown.
    if (m_model->attentionPending())
        view()->viewport()->installEventFilter(this);
}

bool ActivitiesPage::eventFilter(QObject *watched, QEvent *event)
{
    // The list is on screen: now the completeness check may run for the attention column.
    if (watched == view()->viewport() && event->type() == QEvent::Paint) {
        view()->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, m_model, [model = m_model] {
            if (model->attentionPending())
                model->updateAttention();
        });
    }
    return SectionPage::eventFilter(watched, event);
}

Status ActivitiesPage::retire(const QString &uuid)
{
    return context()->activities().retire(uuid);
}

Status ActivitiesPage::remove(const QString &uuid)
{
    return context()->activities().remove(uuid);
}

void ActivitiesPage::retireItem(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    // Unsaved edits of this activity first: retiring reloads it.
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    const Domain::ProcessingActivity &activity = m_model->activityAt(row);
    const QString name = activity.name;
    Status status;
    if (activity.status == QLatin1String("retired")) {
        const auto answer = QMessageBox::question(
            this, tr("Delete activity"),
            tr("“%1” is retired already. Delete it from the register for good? The audit log keeps its history; "
               "a report of the register will no longer show it.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        status = remove(uuid);
    } else {
        const auto answer = QMessageBox::question(
            this, tr("Retire activity"),
            tr("Retire “%1”? It stays in the register with its history, marked as retired, and is hidden from "
               "this list unless you filter for retired activities.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        status = retire(uuid);
    }
    if (!status)
        QMessageBox::warning(this, tr("Not changed"), status.message());
}

void ActivitiesPage::retranslateSection()
{
    if (!m_loadStatus) {
        setTexts(tr("The activities could not be read: %1").arg(m_loadStatus.message()), tr("New activity"),
                 tr("Retire…"));
    } else {
        setTexts(tr("No processing activities yet. Add the first one with “New activity”: one purpose per activity, "
                    "for example payroll, customer administration or the newsletter (Art. 30(1))."),
                 tr("New activity"), tr("Retire…"));
    }
    m_model->retranslate();
}

} // namespace Custodian::Ui
