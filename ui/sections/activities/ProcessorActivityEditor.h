#pragma once

#include "Status.h"
#include "domain/ProcessingActivity.h"
#include "framework/EditorPages.h"
#include "register/ProcessorActivityService.h"
#include "sections/activities/ActivityEditorBase.h"

namespace Custodian::Ui {

class LinkChecklist;

// Processing carried out as a processor for one or more controllers (Art. 30(2)): the controllers,
// the categories of processing and the data processed, transfers, security measures, then agreements and storage, owner
// and review.
class ProcessorActivityEditor : public ActivityEditorBase<Domain::ProcessorActivity>
{
    Q_OBJECT
public:
    enum Page
    {
        ProcessingTab,
        TransfersTab,
        OwnerTab,
        TabCount
    };

    explicit ProcessorActivityEditor(RegisterContext *context, QWidget *parent = nullptr);

    // Create a related item in place and choose / link it, without a dialog (the buttons ask first).
    Status addNewController(const QString &name);
    Status addNewTransferParty(const QString &name);

protected:
    Register::EntityService<Domain::ProcessorActivity> &service() const override;
    Domain::Findings liveFindings() override;
    QString headingText() const override;
    // Its number, which people cite (the same series as the controller's activities).
    QString stateText() const override;
    void fillExtra(const Domain::ProcessorActivity &activity) override;
    void readExtra(Domain::ProcessorActivity &activity) const override;
    void refreshChoices() override;
    void retranslateUi() override;

private:
    LinkChecklist *m_controllersList = nullptr;
};

} // namespace Custodian::Ui
