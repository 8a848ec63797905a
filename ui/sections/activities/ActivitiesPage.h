#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

namespace Custodian::Ui {

class ActivityEditor;
class ActivityListModel;

// Activities: the controller's record of processing activities (Art. 30(1)). The list shows name,
// status, owner, next review (overdue first) and what needs attention; retired activities are
// hidden unless the status filter asks for them.
class ActivitiesPage : public SectionPage
{
    Q_OBJECT
public:
    explicit ActivitiesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override { return QStringLiteral("activity"); }
    QString title() const override;
    void reload() override;

    ActivityListModel *model() const { return m_model; }
    ActivityEditor *activityEditor() const { return m_editor; }

    // Retires an activity (status "retired", audited), or deletes one that is retired already.
    // No dialog: retireItem() asks first.
    Status retire(const QString &uuid);
    Status remove(const QString &uuid);

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ActivityListModel *m_model = nullptr;
    ActivityEditor *m_editor = nullptr;
    Status m_loadStatus;
    bool m_sized = false;
};

} // namespace Custodian::Ui
