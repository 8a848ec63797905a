#pragma once

#include "Status.h"
#include "domain/Codes.h"
#include "domain/ProcessingActivity.h"
#include "framework/EntityEditor.h"
#include "framework/FieldRows.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace Custodian::Ui {

class DateField;
class EntityPicker;
class FindingsBanner;
class LinkChecklist;
class TransferTable;

// Processing carried out as a processor for one controller (Art. 30(2)): the controller and the
// categories of processing, transfers, security measures, then agreements and storage, owner and
// review. Findings on top; input errors under the fields as they are typed.
class ProcessorActivityEditor : public EntityEditor
{
    Q_OBJECT
public:
    enum Tab
    {
        ProcessingTab,
        TransfersTab,
        OwnerTab,
        TabCount
    };

    explicit ProcessorActivityEditor(RegisterContext *context, QWidget *parent = nullptr);

    bool load(const QString &uuid) override;
    bool save() override;
    QString currentUuid() const override { return m_stored.uuid; }
    QString displayName() const override;
    void focusField(const QString &field) override;
    // Moderate, so the list beside it keeps room for its columns; the tabs scroll.
    QSize sizeHint() const override;

    // The activity as the form shows it now (what save() would write).
    Domain::ProcessorActivity currentActivity() const;

    // Create a related item in place and choose / link it, without a dialog (the buttons ask first).
    Status addNewController(const QString &name);
    Status addNewMeasure(const QString &title, const QString &kind = QStringLiteral("technical"));
    Status addNewTransferParty(const QString &name);

    void refreshFromRegister();

    QTabWidget *tabs() const { return m_tabs; }
    FindingsBanner *banner() const { return m_banner; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildProcessingTab();
    QWidget *buildTransfersTab();
    QWidget *buildOwnerTab();
    QGroupBox *newGroup(QWidget *parent);
    QFormLayout *newForm(QGroupBox *group);
    void addSpanning(QGroupBox *group, const QString &field, QWidget *widget, QWidget *focusTarget);
    QScrollArea *scrolled(QWidget *content);

    void fill(const Domain::ProcessorActivity &activity);
    void updateRecordLabels();
    void refreshChoices();
    void refreshBanner();
    void onEdited();
    void updateState();
    void retranslateUi();
    void goTo(const QString &entity, const QString &uuid);
    void showFailure(const Status &status);
    void scheduleRegisterRefresh(const QString &entity, const QString &uuid);

    Domain::ProcessorActivity m_stored;
    Domain::ProcessorActivity m_baseline;
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

    QLineEdit *m_nameEdit = nullptr;
    EntityPicker *m_controllerPicker = nullptr;
    QPlainTextEdit *m_processingCategoriesEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    TransferTable *m_transfersTable = nullptr;
    LinkChecklist *m_measuresList = nullptr;
    LinkChecklist *m_agreementsList = nullptr;
    QPlainTextEdit *m_storageLocationEdit = nullptr;
    QLineEdit *m_ownerDepartmentEdit = nullptr;
    QLineEdit *m_ownerPersonEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    DateField *m_lastReviewedField = nullptr;
    DateField *m_nextReviewField = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLineEdit *m_uuidEdit = nullptr;
    QPushButton *m_copyUuidButton = nullptr;
};

} // namespace Custodian::Ui
