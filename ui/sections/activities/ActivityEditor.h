#pragma once

#include "Status.h"
#include "domain/Codes.h"
#include "domain/ProcessingActivity.h"
#include "framework/EntityEditor.h"
#include "framework/FieldRows.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace Custodian::Ui {

class CodeChecklist;
class DataCategoryTable;
class DateField;
class FindingsBanner;
class LinkChecklist;
class RecipientTable;
class TransferTable;

// One processing activity of the controller (Art. 30(1)), in tabs that follow the law: purpose and
// basis, data subjects and data (with retention), recipients and transfers, security, then systems
// and storage, DPIA and automated decisions, owner and review. The completeness findings sit on
// top and jump to their field; input errors show under the field as it is typed.
class ActivityEditor : public EntityEditor
{
    Q_OBJECT
public:
    enum Tab
    {
        PurposeTab,
        DataTab,
        RecipientsTab,
        SecurityTab,
        SystemsTab,
        DpiaTab,
        OwnerTab,
        TabCount
    };

    explicit ActivityEditor(RegisterContext *context, QWidget *parent = nullptr);

    bool load(const QString &uuid) override;
    bool save() override;
    QString currentUuid() const override { return m_stored.uuid; }
    QString displayName() const override;
    void focusField(const QString &field) override;
    // Moderate, so the list beside it keeps room for its columns; the tabs scroll.
    QSize sizeHint() const override;

    // The activity as the form shows it now (what save() would write).
    Domain::ProcessingActivity currentActivity() const;

    // Create a related item in place and link it, without a dialog (the buttons ask first).
    Status addNewMeasure(const QString &title, const QString &kind = QStringLiteral("technical"));
    // Linked to the data category selected in the data tab.
    Status addNewRetentionRule(const QString &name);
    // The recipient of the selected recipient row / transfer row.
    Status addNewRecipientParty(const QString &name);
    Status addNewTransferParty(const QString &name);

    // Re-reads the choices of the pickers and this activity's findings.
    void refreshFromRegister();

    QTabWidget *tabs() const { return m_tabs; }
    FindingsBanner *banner() const { return m_banner; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildPurposeTab();
    QWidget *buildDataTab();
    QWidget *buildRecipientsTab();
    QWidget *buildSecurityTab();
    QWidget *buildSystemsTab();
    QWidget *buildDpiaTab();
    QWidget *buildOwnerTab();
    QGroupBox *newGroup(QWidget *parent);
    QFormLayout *newForm(QGroupBox *group);
    void addSpanning(QGroupBox *group, const QString &field, QWidget *widget, QWidget *focusTarget);
    QScrollArea *scrolled(QWidget *content);

    void fill(const Domain::ProcessingActivity &activity);
    void updateRecordLabels();
    void fillCodeCombo(QComboBox *combo, Domain::Codes::Kind kind, const QString &noneText);
    void refreshChoices();
    void refreshBanner();
    void onEdited();
    void updateState();
    void retranslateUi();
    void addSubjectCategory();
    void goTo(const QString &entity, const QString &uuid);
    void showFailure(const Status &status);
    void scheduleRegisterRefresh(const QString &entity, const QString &uuid);

    Domain::ProcessingActivity m_stored;   // as read from the register (uuid, timestamps)
    Domain::ProcessingActivity m_baseline; // as the form showed it after loading
    FieldRows m_fields;
    bool m_loading = false;
    bool m_showErrors = false;
    bool m_refreshPending = false;
    bool m_storedChanged = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    FindingsBanner *m_banner = nullptr;
    QScrollArea *m_bannerScroll = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QList<QGroupBox *> m_groups;

    // 1 Purpose and lawful basis
    QLineEdit *m_nameEdit = nullptr;
    QPlainTextEdit *m_purposeEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    CodeChecklist *m_lawfulBasesList = nullptr;
    QLineEdit *m_liaReferenceEdit = nullptr;
    QComboBox *m_art9ExceptionCombo = nullptr;
    QLineEdit *m_art9NationalGroundEdit = nullptr;
    QCheckBox *m_criminalDataCheck = nullptr;
    QLineEdit *m_criminalDataGroundEdit = nullptr;
    QCheckBox *m_bsnCheck = nullptr;
    QLineEdit *m_bsnGroundEdit = nullptr;
    // 2 Data subjects, personal data, retention
    QListWidget *m_subjectCategoriesList = nullptr;
    QLineEdit *m_subjectCategoryEdit = nullptr;
    QPushButton *m_addSubjectButton = nullptr;
    QPushButton *m_removeSubjectButton = nullptr;
    QLabel *m_subjectIntroLabel = nullptr;
    DataCategoryTable *m_dataCategoriesTable = nullptr;
    // 3 Recipients and transfers
    RecipientTable *m_recipientsTable = nullptr;
    TransferTable *m_transfersTable = nullptr;
    // 5 Security
    LinkChecklist *m_measuresList = nullptr;
    QLabel *m_measuresIntroLabel = nullptr;
    // 6 Systems and storage
    QLineEdit *m_dataSourceEdit = nullptr;
    QPlainTextEdit *m_systemsEdit = nullptr;
    QPlainTextEdit *m_storageLocationEdit = nullptr;
    // 7 DPIA and automated decisions
    QCheckBox *m_automatedDecisionsCheck = nullptr;
    QCheckBox *m_profilingCheck = nullptr;
    QPlainTextEdit *m_automatedLogicEdit = nullptr;
    QComboBox *m_dpiaRequiredCombo = nullptr;
    CodeChecklist *m_dpiaCriteriaList = nullptr;
    QPlainTextEdit *m_dpiaReasoningEdit = nullptr;
    QComboBox *m_dpiaStatusCombo = nullptr;
    QLineEdit *m_dpiaReferenceEdit = nullptr;
    // 8 Owner and review
    QLineEdit *m_ownerDepartmentEdit = nullptr;
    QLineEdit *m_ownerPersonEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    DateField *m_lastReviewedField = nullptr;
    DateField *m_nextReviewField = nullptr;
    LinkChecklist *m_agreementsList = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLineEdit *m_uuidEdit = nullptr;
    QPushButton *m_copyUuidButton = nullptr;
};

} // namespace Custodian::Ui
