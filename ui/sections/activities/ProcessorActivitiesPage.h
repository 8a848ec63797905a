#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

namespace Custodian::Ui {

class ProcessorActivityEditor;
class ProcessorActivityListModel;

// Processor activities: what the organisation processes on behalf of controllers (Art. 30(2)). The
// list shows name, controller, status, next review (overdue first) and what needs attention;
// retired ones are hidden unless the status filter asks for them.
class ProcessorActivitiesPage : public SectionPage
{
    Q_OBJECT
public:
    explicit ProcessorActivitiesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override { return QStringLiteral("processor_activity"); }
    QString title() const override;
    void reload() override;

    ProcessorActivityListModel *model() const { return m_model; }
    ProcessorActivityEditor *processorActivityEditor() const { return m_editor; }

    // Retires a processing (status "retired", audited), or deletes one that is retired already.
    // No dialog: retireItem() asks first.
    Status retire(const QString &uuid);
    Status remove(const QString &uuid);

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;
    void showEvent(QShowEvent *event) override;

private:
    ProcessorActivityListModel *m_model = nullptr;
    ProcessorActivityEditor *m_editor = nullptr;
    Status m_loadStatus;
    bool m_sized = false;
};

} // namespace Custodian::Ui
