#include "sections/activities/ProcessorActivitiesPage.h"

#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/activities/ProcessorActivityEditor.h"
#include "sections/activities/ProcessorActivityListModel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace Custodian::Ui {

ProcessorActivitiesPage::ProcessorActivitiesPage(RegisterContext *context, QWidget *parent)
    : SectionPage(context, parent)
{
    m_model = new ProcessorActivityListModel(context, this);
    m_editor = new ProcessorActivityEditor(context, this);
    m_editor->setObjectName(QStringLiteral("processorActivityEditor"));
    const bool hasSavedHeader = QSettings().contains(QStringLiteral("ui/sections/%1/header").arg(entityCode()));
    setupSection(m_model, m_editor, true, Domain::Codes::Kind::ActivityStatus, QStringLiteral("retired"));
    QHeaderView *header = view()->horizontalHeader();
    if (!hasSavedHeader) {
        // Overdue first: the next review ascending (items without a date last).
        view()->sortByColumn(ProcessorActivityListModel::NextReviewColumn, Qt::AscendingOrder);
        const int character = header->fontMetrics().averageCharWidth();
        header->resizeSection(ProcessorActivityListModel::NameColumn, character * 30);
        header->resizeSection(ProcessorActivityListModel::ControllerColumn, character * 20);
        header->resizeSection(ProcessorActivityListModel::StatusColumn, character * 12);
        header->resizeSection(ProcessorActivityListModel::NextReviewColumn, character * 27);
    }
    reloadOnChangesOf({});
    retranslateSection();
    reload();
}

void ProcessorActivitiesPage::showEvent(QShowEvent *event)
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

QString ProcessorActivitiesPage::title() const
{
    return tr("Processor activities");
}

void ProcessorActivitiesPage::reload()
{
    const bool failedBefore = !m_loadStatus;
    m_loadStatus = m_model->reload();
    if (!m_loadStatus || failedBefore)
        retranslateSection();
    afterReload();
}

Status ProcessorActivitiesPage::retire(const QString &uuid)
{
    return context()->processorActivities().retire(uuid);
}

Status ProcessorActivitiesPage::remove(const QString &uuid)
{
    return context()->processorActivities().remove(uuid);
}

void ProcessorActivitiesPage::retireItem(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    const Domain::ProcessorActivity &activity = m_model->activityAt(row);
    const QString name = activity.name;
    Status status;
    if (activity.status == QLatin1String("retired")) {
        const auto answer = QMessageBox::question(
            this, tr("Delete processing"),
            tr("“%1” is retired already. Delete it from the register for good? The audit log keeps its history; "
               "a report of the register will no longer show it.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        status = remove(uuid);
    } else {
        const auto answer = QMessageBox::question(
            this, tr("Retire processing"),
            tr("Retire “%1”? It stays in the register with its history, marked as retired, and is hidden from "
               "this list unless you filter for retired items.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        status = retire(uuid);
    }
    if (!status)
        QMessageBox::warning(this, tr("Not changed"), status.message());
}

void ProcessorActivitiesPage::retranslateSection()
{
    if (!m_loadStatus) {
        setTexts(tr("The processor activities could not be read: %1").arg(m_loadStatus.message()), tr("New processing"),
                 tr("Retire…"));
    } else {
        setTexts(tr("No processing as a processor yet. When your organisation processes personal data on behalf "
                    "of a customer — hosting their data in your application, support, backups — add it here with "
                    "“New processing”, one for each controller (Art. 30(2))."),
                 tr("New processing"), tr("Retire…"));
    }
    m_model->retranslate();
}

} // namespace Custodian::Ui
