#pragma once

#include "Status.h"
#include "domain/EntityKind.h"
#include "framework/SectionPage.h"

#include <QHash>

namespace Custodian::Ui {

struct ListRow;

class ActivityEditor;
class ProcessorActivityEditor;

// The activities of the register, one page for both kinds:
// - ProcessingActivity: the controller's record of processing activities (Art. 30(1));
// - ProcessorActivity: the processing done as a processor, per controller (Art. 30(2)).
// The list shows name, owner (or the controller served), status, next review (overdue first) and
// what needs attention; retired activities are hidden unless the status filter asks for them.
class ActivitiesPage : public SectionPage
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        NumberColumn, // "VA-0042", which log lines and auditors cite
        OwnerColumn,  // the owner; for processor activities, the controller
        StatusColumn,
        NextReviewColumn,
        AttentionColumn,
        ControllerColumn = OwnerColumn
    };

    explicit ActivitiesPage(RegisterContext *context, Domain::EntityKind kind = Domain::EntityKind::ProcessingActivity,
                            QWidget *parent = nullptr);

    QString entityCode() const override { return Domain::EntityKinds::code(m_kind); }
    QString title() const override;

    // The editor of the page's kind; nullptr for the other.
    ActivityEditor *activityEditor() const;
    ProcessorActivityEditor *processorActivityEditor() const;

    // Retires an activity (status "retired", audited), or deletes one that is retired already.
    // No dialog: retireItem() asks first.
    Status retire(const QString &uuid);
    Status remove(const QString &uuid);

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;
    void showEvent(QShowEvent *event) override;

private:
    template<class T> ListRow row(const T &activity) const;
    bool isProcessor() const { return m_kind == Domain::EntityKind::ProcessorActivity; }

    Domain::EntityKind m_kind;
    QHash<QString, QString> m_partyNames; // the controllers processor activities name
    bool m_sized = false;
};

// "Department / person", or whichever of them is known.
QString ownerText(const QString &department, const QString &person);

} // namespace Custodian::Ui
