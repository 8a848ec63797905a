#pragma once

#include "Status.h"
#include "domain/ProcessingActivity.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"
#include "register/ProcessorActivityService.h"

namespace Custodian::Ui {

class EntityPicker;
class LinkChecklist;
class TransferTable;

// Processing carried out as a processor for one controller (Art. 30(2)): the controller and the
// categories of processing, transfers, security measures, then agreements and storage, owner and
// review.
class ProcessorActivityEditor : public TypedEditor<Domain::ProcessorActivity>
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

    // The activity as the form shows it now (what save() would write).
    Domain::ProcessorActivity currentActivity() const { return currentItem(); }

    // Create a related item in place and choose / link it, without a dialog (the buttons ask first).
    Status addNewController(const QString &name);
    Status addNewTransferParty(const QString &name);

protected:
    Register::EntityService<Domain::ProcessorActivity> &service() const override;
    void fillExtra(const Domain::ProcessorActivity &activity) override;
    void readExtra(Domain::ProcessorActivity &activity) const override;
    Domain::Findings liveFindings() override;
    QString headingText() const override;
    void refreshChoices() override;
    void retranslateUi() override;

private:
    QList<FormCaption> m_captions;
    EntityPicker *m_controllerPicker = nullptr;
    TransferTable *m_transfersTable = nullptr;
    LinkChecklist *m_agreementsList = nullptr;
};

} // namespace Custodian::Ui
