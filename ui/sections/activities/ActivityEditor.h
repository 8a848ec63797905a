#pragma once

#include "Status.h"
#include "domain/ProcessingActivity.h"
#include "framework/EditorPages.h"
#include "register/ActivityService.h"
#include "sections/activities/ActivityEditorBase.h"

namespace Custodian::Ui {

class ActivityVersionsPanel;
class CodeChecklist;
class DataCategoryTable;
class JointControllerTable;
class RecipientTable;
class TextListEdit;

// One processing activity of the controller (Art. 30(1)), on pages that follow the law: purpose and
// basis, data subjects and data (with retention), recipients and transfers, security, then systems
// and storage, DPIA and automated decisions, owner and review. Scalar fields come from the field
// table; the lists are hand-built.
class ActivityEditor : public ActivityEditorBase<Domain::ProcessingActivity>
{
    Q_OBJECT
public:
    enum Page
    {
        PurposeTab,
        DataTab,
        RecipientsTab,
        SecurityTab,
        SystemsTab,
        DpiaTab,
        StatementTab,
        OwnerTab,
        VersionsTab,
        TabCount
    };

    explicit ActivityEditor(RegisterContext *context, QWidget *parent = nullptr);

    // Create a related item in place and link it, without a dialog (the buttons ask first).
    // Linked to the data category selected in the data page.
    Status addNewRetentionRule(const QString &name);
    // The recipient of the selected recipient row / transfer row.
    // Creates a recipient party and chooses it in the transfers or the recipients table.
    Status addNewParty(const QString &name, bool forTransfer);
    // A party with the joint-controller role, chosen in the selected joint-controller row.
    Status addNewJointController(const QString &name);

protected:
    Register::EntityService<Domain::ProcessingActivity> &service() const override;
    void fillExtra(const Domain::ProcessingActivity &activity) override;
    void readExtra(Domain::ProcessingActivity &activity) const override;
    Domain::Findings liveFindings() override;
    QString headingText() const override;
    QString stateText() const override;
    void afterSave() override;
    void updateDependentFields() override;
    void refreshChoices() override;
    void retranslateUi() override;

private:
    void buildPurposePage();
    void buildDataPage();
    void buildRecipientsPage();
    void buildSecurityPage();
    void buildSystemsPage();
    void buildDpiaPage();
    void buildStatementPage();
    void buildOwnerPage();
    void buildVersionsPage();

    // Lists and tables the field table does not describe as one widget.
    CodeChecklist *m_lawfulBasesList = nullptr;
    TextListEdit *m_subjectCategoriesEdit = nullptr;
    DataCategoryTable *m_dataCategoriesTable = nullptr;
    RecipientTable *m_recipientsTable = nullptr;
    JointControllerTable *m_jointTable = nullptr;
    CodeChecklist *m_dpiaCriteriaList = nullptr;
    CodeChecklist *m_wp248List = nullptr;
    CodeChecklist *m_audiencesList = nullptr;
    LinkChecklist *m_bodiesList = nullptr;
    ActivityVersionsPanel *m_versionsPanel = nullptr;

public:
    ActivityVersionsPanel *versionsPanel() const { return m_versionsPanel; }
};

} // namespace Custodian::Ui
