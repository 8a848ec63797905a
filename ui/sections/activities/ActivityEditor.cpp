#include "sections/activities/ActivityEditor.h"

#include "framework/FindingsBanner.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "widgets/CodeChecklist.h"
#include "widgets/DataCategoryTable.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RecipientTable.h"
#include "widgets/RegisterChoices.h"
#include "widgets/TransferTable.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::ProcessingActivity;

namespace {

enum Group
{
    PurposeGroup,
    SensitiveGroup,
    SubjectsGroup,
    DataGroup,
    RecipientsGroup,
    TransfersGroup,
    SecurityGroup,
    SystemsGroup,
    AutomatedGroup,
    DpiaGroup,
    OwnerGroup,
    AgreementsGroup,
    RecordGroup,
};

QPlainTextEdit *textEdit(QWidget *parent, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int margins = edit->contentsMargins().top() + edit->contentsMargins().bottom() +
                        int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + margins);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QString moment(const QDateTime &value)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ActivityEditor::ActivityEditor(RegisterContext *context, QWidget *parent) : EntityEditor(context, parent)
{
    m_placeholderLabel = new QLabel(this);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);

    auto *formPage = new QWidget(this);
    m_titleLabel = new QLabel(formPage);
    m_titleLabel->setObjectName(QStringLiteral("editorTitleLabel"));
    m_titleLabel->setWordWrap(true); // a long name wraps; it never sets the editor's width
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_banner = new FindingsBanner(formPage);
    m_banner->setObjectName(QStringLiteral("findingsBanner"));
    m_tabs = new QTabWidget(formPage);
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildPurposeTab(), QString());
    m_tabs->addTab(buildDataTab(), QString());
    m_tabs->addTab(buildRecipientsTab(), QString());
    m_tabs->addTab(buildSecurityTab(), QString());
    m_tabs->addTab(buildSystemsTab(), QString());
    m_tabs->addTab(buildDpiaTab(), QString());
    m_tabs->addTab(buildOwnerTab(), QString());

    m_summaryLabel = new QLabel(formPage);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_revertButton = new QPushButton(formPage);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(formPage);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summaryLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_titleLabel);
    // Long lists of findings scroll rather than push the form off the screen.
    m_bannerScroll = new QScrollArea(formPage);
    m_bannerScroll->setWidget(m_banner);
    m_bannerScroll->setWidgetResizable(true);
    m_bannerScroll->setFrameShape(QFrame::NoFrame);
    m_bannerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bannerScroll->setMaximumHeight(m_banner->fontMetrics().lineSpacing() * 9);
    m_bannerScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_bannerScroll->setVisible(false);
    formLayout->addWidget(m_bannerScroll);
    formLayout->addWidget(m_tabs, 1);
    formLayout->addLayout(buttons);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(formPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Names auditors' findings may use for fields without a widget of their own.
    const QList<QPair<const char *, const char *>> aliases = {
        {"purposes", "purpose"},
        {"lawfulBasis", "lawfulBases"},
        {"lia", "liaReference"},
        {"art9", "art9Exception"},
        {"specialCategories", "art9Exception"},
        {"criminal", "criminalDataGround"},
        {"bsnNumber", "bsnGround"},
        {"subjects", "subjectCategories"},
        {"dataSubjects", "subjectCategories"},
        {"personalData", "dataCategories"},
        {"specialCategory", "dataCategories"},
        {"retention", "dataCategories"},
        {"retentionRule", "dataCategories"},
        {"retentionRuleUuid", "dataCategories"},
        {"recipient", "recipients"},
        {"transfer", "transfers"},
        {"measures", "measureUuids"},
        {"security", "measureUuids"},
        {"storage", "storageLocation"},
        {"automated", "automatedDecisions"},
        {"dpia", "dpiaRequired"},
        {"owner", "ownerDepartment"},
        {"review", "nextReview"},
        {"agreements", "agreementUuids"},
        {"agreement", "agreementUuids"},
    };
    for (const auto &[alias, field] : aliases)
        m_fields.addAlias(QString::fromLatin1(alias), QString::fromLatin1(field));

    // Every edit revalidates and recomputes "modified".
    for (QLineEdit *edit :
         {m_nameEdit, m_liaReferenceEdit, m_art9NationalGroundEdit, m_criminalDataGroundEdit, m_bsnGroundEdit,
          m_dataSourceEdit, m_dpiaReferenceEdit, m_ownerDepartmentEdit, m_ownerPersonEdit})
        connect(edit, &QLineEdit::textChanged, this, &ActivityEditor::onEdited);
    for (QPlainTextEdit *edit : {m_purposeEdit, m_descriptionEdit, m_systemsEdit, m_storageLocationEdit,
                                 m_automatedLogicEdit, m_dpiaReasoningEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ActivityEditor::onEdited);
    for (QComboBox *combo : {m_art9ExceptionCombo, m_dpiaRequiredCombo, m_dpiaStatusCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityEditor::onEdited);
    for (QCheckBox *check : {m_criminalDataCheck, m_bsnCheck, m_automatedDecisionsCheck, m_profilingCheck})
        connect(check, &QCheckBox::toggled, this, &ActivityEditor::onEdited);
    for (CodeChecklist *list : {m_lawfulBasesList, m_dpiaCriteriaList})
        connect(list, &CodeChecklist::checkedCodesChanged, this, &ActivityEditor::onEdited);
    for (LinkChecklist *list : {m_measuresList, m_agreementsList})
        connect(list, &LinkChecklist::checkedUuidsChanged, this, &ActivityEditor::onEdited);
    for (RowListEditor *table :
         std::initializer_list<RowListEditor *>{m_dataCategoriesTable, m_recipientsTable, m_transfersTable})
        connect(table, &RowListEditor::changed, this, &ActivityEditor::onEdited);
    for (DateField *field : {m_lastReviewedField, m_nextReviewField})
        connect(field, &DateField::dateChanged, this, &ActivityEditor::onEdited);
    connect(m_subjectCategoriesList, &QListWidget::itemChanged, this, &ActivityEditor::onEdited);

    connect(m_banner, &FindingsBanner::fieldRequested, this, &ActivityEditor::focusField);
    connect(m_saveButton, &QPushButton::clicked, this, &ActivityEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ActivityEditor::revert);
    connect(context, &RegisterContext::registerChanged, this, &ActivityEditor::scheduleRegisterRefresh);

    // "New …" asks in a small dialog, then creates and links in place; "Go to" opens the item.
    connect(m_measuresList, &LinkChecklist::newRequested, this, [this] {
        QString title;
        QString kind;
        if (RegisterChoices::askMeasure(this, &title, &kind))
            showFailure(addNewMeasure(title, kind));
    });
    connect(m_dataCategoriesTable, &DataCategoryTable::newRuleRequested, this, [this] {
        QString name;
        if (RegisterChoices::askName(this, tr("New retention rule"), tr("&Name of the rule:"), &name))
            showFailure(addNewRetentionRule(name));
    });
    connect(m_recipientsTable, &RecipientTable::newPartyRequested, this, [this] {
        QString name;
        if (RegisterChoices::askName(this, tr("New party"), tr("&Name of the party:"), &name))
            showFailure(addNewRecipientParty(name));
    });
    connect(m_transfersTable, &TransferTable::newPartyRequested, this, [this] {
        QString name;
        if (RegisterChoices::askName(this, tr("New party"), tr("&Name of the party:"), &name))
            showFailure(addNewTransferParty(name));
    });
    connect(m_measuresList, &LinkChecklist::goToRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("security_measure"), uuid); });
    connect(m_agreementsList, &LinkChecklist::goToRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("agreement"), uuid); });
    connect(m_dataCategoriesTable, &DataCategoryTable::goToRuleRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("retention_rule"), uuid); });
    connect(m_recipientsTable, &RecipientTable::goToPartyRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("party"), uuid); });
    connect(m_transfersTable, &TransferTable::goToPartyRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("party"), uuid); });
    connect(m_copyUuidButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_uuidEdit->text()); });

    retranslateUi();
    m_stack->setCurrentIndex(0);
}

QScrollArea *ActivityEditor::scrolled(QWidget *content)
{
    auto *layout = qobject_cast<QVBoxLayout *>(content->layout());
    if (layout)
        layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return scroll;
}

QGroupBox *ActivityEditor::newGroup(QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    group->setLayout(new QVBoxLayout);
    parent->layout()->addWidget(group);
    m_groups.append(group);
    return group;
}

QFormLayout *ActivityEditor::newForm(QGroupBox *group)
{
    auto *form = new QFormLayout;
    // Where a label and its field do not fit side by side (Dutch labels are long), the field goes under
    // its label: the form never scrolls sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static_cast<QVBoxLayout *>(group->layout())->addLayout(form);
    return form;
}

void ActivityEditor::addSpanning(QGroupBox *group, const QString &field, QWidget *widget, QWidget *focusTarget)
{
    auto *message = new QLabel(group);
    group->layout()->addWidget(widget);
    group->layout()->addWidget(message);
    m_fields.addMessageOnly(field, focusTarget ? focusTarget : widget, message);
}

QWidget *ActivityEditor::buildPurposeTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *purpose = newGroup(page);
    QFormLayout *form = newForm(purpose);
    m_nameEdit = lineEdit(purpose, QStringLiteral("nameEdit"));
    m_fields.add(form, QStringLiteral("name"), m_nameEdit);
    m_purposeEdit = textEdit(purpose, QStringLiteral("purposeEdit"), 4);
    m_fields.add(form, QStringLiteral("purpose"), m_purposeEdit);
    m_descriptionEdit = textEdit(purpose, QStringLiteral("descriptionEdit"), 3);
    m_fields.add(form, QStringLiteral("description"), m_descriptionEdit);
    m_lawfulBasesList = new CodeChecklist(Codes::Kind::LawfulBasis, purpose);
    m_lawfulBasesList->setObjectName(QStringLiteral("lawfulBasesList"));
    m_fields.add(form, QStringLiteral("lawfulBases"), m_lawfulBasesList);
    m_liaReferenceEdit = lineEdit(purpose, QStringLiteral("liaReferenceEdit"));
    m_fields.add(form, QStringLiteral("liaReference"), m_liaReferenceEdit);

    QGroupBox *sensitive = newGroup(page);
    form = newForm(sensitive);
    m_art9ExceptionCombo = new QComboBox(sensitive);
    m_art9ExceptionCombo->setObjectName(QStringLiteral("art9ExceptionCombo"));
    m_fields.add(form, QStringLiteral("art9Exception"), m_art9ExceptionCombo);
    m_art9NationalGroundEdit = lineEdit(sensitive, QStringLiteral("art9NationalGroundEdit"));
    m_fields.add(form, QStringLiteral("art9NationalGround"), m_art9NationalGroundEdit);
    m_criminalDataCheck = new QCheckBox(sensitive);
    m_criminalDataCheck->setObjectName(QStringLiteral("criminalDataCheck"));
    m_fields.add(form, QStringLiteral("criminalData"), m_criminalDataCheck);
    m_criminalDataGroundEdit = lineEdit(sensitive, QStringLiteral("criminalDataGroundEdit"));
    m_fields.add(form, QStringLiteral("criminalDataGround"), m_criminalDataGroundEdit);
    m_bsnCheck = new QCheckBox(sensitive);
    m_bsnCheck->setObjectName(QStringLiteral("bsnCheck"));
    m_fields.add(form, QStringLiteral("bsn"), m_bsnCheck);
    m_bsnGroundEdit = lineEdit(sensitive, QStringLiteral("bsnGroundEdit"));
    m_fields.add(form, QStringLiteral("bsnGround"), m_bsnGroundEdit);
    return scrolled(page);
}

QWidget *ActivityEditor::buildDataTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *subjects = newGroup(page);
    m_subjectIntroLabel = new QLabel(subjects);
    m_subjectIntroLabel->setWordWrap(true);
    m_subjectIntroLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    subjects->layout()->addWidget(m_subjectIntroLabel);
    m_subjectCategoriesList = new QListWidget(subjects);
    m_subjectCategoriesList->setObjectName(QStringLiteral("subjectCategoriesList"));
    // Grows with the room there is (up to eight lines), so the intro above keeps its size.
    m_subjectCategoriesList->setMinimumHeight(m_subjectCategoriesList->fontMetrics().lineSpacing() * 4);
    m_subjectCategoriesList->setMaximumHeight(m_subjectCategoriesList->fontMetrics().lineSpacing() * 8);
    m_subjectCategoriesList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::SelectedClicked);
    addSpanning(subjects, QStringLiteral("subjectCategories"), m_subjectCategoriesList, m_subjectCategoriesList);
    m_subjectCategoryEdit = lineEdit(subjects, QStringLiteral("subjectCategoryEdit"));
    m_addSubjectButton = new QPushButton(subjects);
    m_addSubjectButton->setObjectName(QStringLiteral("addSubjectButton"));
    m_removeSubjectButton = new QPushButton(subjects);
    m_removeSubjectButton->setObjectName(QStringLiteral("removeSubjectButton"));
    auto *subjectButtons = new QHBoxLayout;
    subjectButtons->addWidget(m_subjectCategoryEdit, 1);
    subjectButtons->addWidget(m_addSubjectButton);
    subjectButtons->addWidget(m_removeSubjectButton);
    static_cast<QVBoxLayout *>(subjects->layout())->addLayout(subjectButtons);
    connect(m_subjectCategoryEdit, &QLineEdit::returnPressed, this, &ActivityEditor::addSubjectCategory);
    connect(m_addSubjectButton, &QPushButton::clicked, this, &ActivityEditor::addSubjectCategory);
    connect(m_subjectCategoryEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addSubjectButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_removeSubjectButton, &QPushButton::clicked, this, [this] {
        const int row = m_subjectCategoriesList->currentRow();
        if (row < 0)
            return;
        delete m_subjectCategoriesList->takeItem(row);
        onEdited();
    });
    connect(m_subjectCategoriesList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeSubjectButton->setEnabled(row >= 0); });
    m_addSubjectButton->setEnabled(false);
    m_removeSubjectButton->setEnabled(false);

    QGroupBox *data = newGroup(page);
    m_dataCategoriesTable = new DataCategoryTable(data);
    m_dataCategoriesTable->setObjectName(QStringLiteral("dataCategoriesTable"));
    addSpanning(data, QStringLiteral("dataCategories"), m_dataCategoriesTable, m_dataCategoriesTable->table());
    return scrolled(page);
}

QWidget *ActivityEditor::buildRecipientsTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *recipients = newGroup(page);
    m_recipientsTable = new RecipientTable(recipients);
    m_recipientsTable->setObjectName(QStringLiteral("recipientsTable"));
    addSpanning(recipients, QStringLiteral("recipients"), m_recipientsTable, m_recipientsTable->table());
    QGroupBox *transfers = newGroup(page);
    m_transfersTable = new TransferTable(transfers);
    m_transfersTable->setObjectName(QStringLiteral("transfersTable"));
    addSpanning(transfers, QStringLiteral("transfers"), m_transfersTable, m_transfersTable->table());
    return scrolled(page);
}

QWidget *ActivityEditor::buildSecurityTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *security = newGroup(page);
    m_measuresIntroLabel = new QLabel(security);
    m_measuresIntroLabel->setWordWrap(true);
    m_measuresIntroLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    security->layout()->addWidget(m_measuresIntroLabel);
    m_measuresList = new LinkChecklist(security);
    m_measuresList->setObjectName(QStringLiteral("measuresList"));
    m_measuresList->listWidget()->setMinimumHeight(m_measuresList->fontMetrics().height() * 14);
    addSpanning(security, QStringLiteral("measureUuids"), m_measuresList, m_measuresList->listWidget());
    return scrolled(page);
}

QWidget *ActivityEditor::buildSystemsTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *systems = newGroup(page);
    QFormLayout *form = newForm(systems);
    m_dataSourceEdit = lineEdit(systems, QStringLiteral("dataSourceEdit"));
    m_fields.add(form, QStringLiteral("dataSource"), m_dataSourceEdit);
    m_systemsEdit = textEdit(systems, QStringLiteral("systemsEdit"), 3);
    m_fields.add(form, QStringLiteral("systems"), m_systemsEdit);
    m_storageLocationEdit = textEdit(systems, QStringLiteral("storageLocationEdit"), 3);
    m_fields.add(form, QStringLiteral("storageLocation"), m_storageLocationEdit);
    return scrolled(page);
}

QWidget *ActivityEditor::buildDpiaTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *automated = newGroup(page);
    QFormLayout *form = newForm(automated);
    m_automatedDecisionsCheck = new QCheckBox(automated);
    m_automatedDecisionsCheck->setObjectName(QStringLiteral("automatedDecisionsCheck"));
    m_fields.add(form, QStringLiteral("automatedDecisions"), m_automatedDecisionsCheck);
    m_profilingCheck = new QCheckBox(automated);
    m_profilingCheck->setObjectName(QStringLiteral("profilingCheck"));
    m_fields.add(form, QStringLiteral("profiling"), m_profilingCheck);
    m_automatedLogicEdit = textEdit(automated, QStringLiteral("automatedLogicEdit"), 3);
    m_fields.add(form, QStringLiteral("automatedLogic"), m_automatedLogicEdit);

    QGroupBox *dpia = newGroup(page);
    form = newForm(dpia);
    m_dpiaRequiredCombo = new QComboBox(dpia);
    m_dpiaRequiredCombo->setObjectName(QStringLiteral("dpiaRequiredCombo"));
    m_fields.add(form, QStringLiteral("dpiaRequired"), m_dpiaRequiredCombo);
    m_dpiaCriteriaList = new CodeChecklist(Codes::Kind::DpiaCriterion, dpia);
    m_dpiaCriteriaList->setObjectName(QStringLiteral("dpiaCriteriaList"));
    m_fields.add(form, QStringLiteral("dpiaCriteria"), m_dpiaCriteriaList);
    m_dpiaReasoningEdit = textEdit(dpia, QStringLiteral("dpiaReasoningEdit"), 4);
    m_fields.add(form, QStringLiteral("dpiaReasoning"), m_dpiaReasoningEdit);
    m_dpiaStatusCombo = new QComboBox(dpia);
    m_dpiaStatusCombo->setObjectName(QStringLiteral("dpiaStatusCombo"));
    m_fields.add(form, QStringLiteral("dpiaStatus"), m_dpiaStatusCombo);
    m_dpiaReferenceEdit = lineEdit(dpia, QStringLiteral("dpiaReferenceEdit"));
    m_fields.add(form, QStringLiteral("dpiaReference"), m_dpiaReferenceEdit);
    return scrolled(page);
}

QWidget *ActivityEditor::buildOwnerTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *owner = newGroup(page);
    QFormLayout *form = newForm(owner);
    m_ownerDepartmentEdit = lineEdit(owner, QStringLiteral("ownerDepartmentEdit"));
    m_fields.add(form, QStringLiteral("ownerDepartment"), m_ownerDepartmentEdit);
    m_ownerPersonEdit = lineEdit(owner, QStringLiteral("ownerPersonEdit"));
    m_fields.add(form, QStringLiteral("ownerPerson"), m_ownerPersonEdit);
    m_statusCombo = new QComboBox(owner);
    m_statusCombo->setObjectName(QStringLiteral("activityStatusCombo"));
    m_fields.add(form, QStringLiteral("status"), m_statusCombo);
    m_lastReviewedField = new DateField(owner);
    m_lastReviewedField->setObjectName(QStringLiteral("lastReviewedField"));
    m_fields.add(form, QStringLiteral("lastReviewed"), m_lastReviewedField);
    m_nextReviewField = new DateField(owner);
    m_nextReviewField->setObjectName(QStringLiteral("nextReviewField"));
    m_fields.add(form, QStringLiteral("nextReview"), m_nextReviewField);

    QGroupBox *agreements = newGroup(page);
    m_agreementsList = new LinkChecklist(agreements);
    m_agreementsList->setObjectName(QStringLiteral("agreementsList"));
    addSpanning(agreements, QStringLiteral("agreementUuids"), m_agreementsList, m_agreementsList->listWidget());

    QGroupBox *record = newGroup(page);
    form = newForm(record);
    m_createdLabel = new QLabel(record);
    m_createdLabel->setObjectName(QStringLiteral("createdLabel"));
    m_createdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields.add(form, QStringLiteral("createdAt"), m_createdLabel);
    m_updatedLabel = new QLabel(record);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_updatedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields.add(form, QStringLiteral("updatedAt"), m_updatedLabel);
    auto *uuidCell = new QWidget(record);
    m_uuidEdit = lineEdit(uuidCell, QStringLiteral("uuidEdit"));
    m_uuidEdit->setReadOnly(true);
    m_copyUuidButton = new QPushButton(uuidCell);
    m_copyUuidButton->setObjectName(QStringLiteral("copyUuidButton"));
    auto *uuidLayout = new QHBoxLayout(uuidCell);
    uuidLayout->setContentsMargins(0, 0, 0, 0);
    uuidLayout->addWidget(m_uuidEdit, 1);
    uuidLayout->addWidget(m_copyUuidButton);
    m_fields.add(form, QStringLiteral("uuid"), uuidCell, m_uuidEdit);
    return scrolled(page);
}

void ActivityEditor::fillCodeCombo(QComboBox *combo, Codes::Kind kind, const QString &noneText)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    const QStringList codes = Codes::codes(kind);
    for (const QString &code : codes)
        combo->addItem(Codes::label(kind, code), code);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

bool ActivityEditor::load(const QString &uuid)
{
    ProcessingActivity activity;
    if (!uuid.isEmpty()) {
        const Status status = context()->activities().load(uuid, &activity);
        if (!status) {
            m_placeholderLabel->setText(status.message());
            m_stack->setCurrentIndex(0);
            return false;
        }
    }
    m_stored = activity;
    m_storedChanged = false;
    // A new activity shows no errors before the first edit.
    m_showErrors = !uuid.isEmpty();
    refreshChoices();
    fill(activity);
    m_baseline = currentActivity();
    updateRecordLabels();
    m_stack->setCurrentIndex(1);
    refreshBanner();
    setModified(false);
    updateState();
    if (uuid.isEmpty()) {
        // A new item starts at the beginning, with its name.
        m_tabs->setCurrentIndex(0);
        m_nameEdit->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void ActivityEditor::fill(const ProcessingActivity &activity)
{
    m_loading = true;
    auto setCombo = [](QComboBox *combo, const QString &code) {
        combo->setCurrentIndex(qMax(0, combo->findData(code)));
    };
    m_nameEdit->setText(activity.name);
    m_purposeEdit->setPlainText(activity.purpose);
    m_descriptionEdit->setPlainText(activity.description);
    m_lawfulBasesList->setCheckedCodes(activity.lawfulBases);
    m_liaReferenceEdit->setText(activity.liaReference);
    setCombo(m_art9ExceptionCombo, activity.art9Exception);
    m_art9NationalGroundEdit->setText(activity.art9NationalGround);
    m_criminalDataCheck->setChecked(activity.criminalData);
    m_criminalDataGroundEdit->setText(activity.criminalDataGround);
    m_bsnCheck->setChecked(activity.bsn);
    m_bsnGroundEdit->setText(activity.bsnGround);

    m_subjectCategoriesList->clear();
    for (const QString &category : activity.subjectCategories) {
        auto *item = new QListWidgetItem(category, m_subjectCategoriesList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_subjectCategoryEdit->clear();
    m_dataCategoriesTable->setDataCategories(activity.dataCategories);
    m_recipientsTable->setRecipients(activity.recipients);
    m_transfersTable->setTransfers(activity.transfers);
    m_measuresList->setCheckedUuids(activity.measureUuids);

    m_dataSourceEdit->setText(activity.dataSource);
    m_systemsEdit->setPlainText(activity.systems);
    m_storageLocationEdit->setPlainText(activity.storageLocation);

    m_automatedDecisionsCheck->setChecked(activity.automatedDecisions);
    m_profilingCheck->setChecked(activity.profiling);
    m_automatedLogicEdit->setPlainText(activity.automatedLogic);
    setCombo(m_dpiaRequiredCombo, activity.dpiaRequired);
    m_dpiaCriteriaList->setCheckedCodes(activity.dpiaCriteria);
    m_dpiaReasoningEdit->setPlainText(activity.dpiaReasoning);
    setCombo(m_dpiaStatusCombo, activity.dpiaStatus);
    m_dpiaReferenceEdit->setText(activity.dpiaReference);

    m_ownerDepartmentEdit->setText(activity.ownerDepartment);
    m_ownerPersonEdit->setText(activity.ownerPerson);
    setCombo(m_statusCombo, activity.status);
    m_lastReviewedField->setDate(activity.lastReviewed);
    m_nextReviewField->setDate(activity.nextReview);
    m_agreementsList->setCheckedUuids(activity.agreementUuids);
    m_loading = false;
}

void ActivityEditor::updateRecordLabels()
{
    m_createdLabel->setText(m_stored.uuid.isEmpty() ? tr("Not saved yet") : moment(m_stored.createdAt));
    m_updatedLabel->setText(m_stored.uuid.isEmpty() ? tr("Not saved yet") : moment(m_stored.updatedAt));
    m_uuidEdit->setText(m_stored.uuid);
    m_copyUuidButton->setEnabled(!m_stored.uuid.isEmpty());
}

ProcessingActivity ActivityEditor::currentActivity() const
{
    ProcessingActivity activity = m_stored;
    activity.name = m_nameEdit->text();
    activity.purpose = m_purposeEdit->toPlainText();
    activity.description = m_descriptionEdit->toPlainText();
    activity.lawfulBases = m_lawfulBasesList->checkedCodes();
    activity.liaReference = m_liaReferenceEdit->text();
    activity.art9Exception = m_art9ExceptionCombo->currentData().toString();
    activity.art9NationalGround = m_art9NationalGroundEdit->text();
    activity.criminalData = m_criminalDataCheck->isChecked();
    activity.criminalDataGround = m_criminalDataGroundEdit->text();
    activity.bsn = m_bsnCheck->isChecked();
    activity.bsnGround = m_bsnGroundEdit->text();
    activity.subjectCategories.clear();
    for (int row = 0; row < m_subjectCategoriesList->count(); ++row)
        activity.subjectCategories.append(m_subjectCategoriesList->item(row)->text());
    activity.dataCategories = m_dataCategoriesTable->dataCategories();
    activity.recipients = m_recipientsTable->recipients();
    activity.transfers = m_transfersTable->transfers();
    activity.measureUuids = m_measuresList->checkedUuids();
    activity.dataSource = m_dataSourceEdit->text();
    activity.systems = m_systemsEdit->toPlainText();
    activity.storageLocation = m_storageLocationEdit->toPlainText();
    activity.automatedDecisions = m_automatedDecisionsCheck->isChecked();
    activity.profiling = m_profilingCheck->isChecked();
    activity.automatedLogic = m_automatedLogicEdit->toPlainText();
    activity.dpiaRequired = m_dpiaRequiredCombo->currentData().toString();
    activity.dpiaCriteria = m_dpiaCriteriaList->checkedCodes();
    activity.dpiaReasoning = m_dpiaReasoningEdit->toPlainText();
    activity.dpiaStatus = m_dpiaStatusCombo->currentData().toString();
    activity.dpiaReference = m_dpiaReferenceEdit->text();
    activity.ownerDepartment = m_ownerDepartmentEdit->text();
    activity.ownerPerson = m_ownerPersonEdit->text();
    activity.status = m_statusCombo->currentData().toString();
    activity.lastReviewed = m_lastReviewedField->date();
    activity.nextReview = m_nextReviewField->date();
    activity.agreementUuids = m_agreementsList->checkedUuids();
    return activity;
}

bool ActivityEditor::save()
{
    if (m_stack->currentIndex() != 1)
        return true;
    ProcessingActivity activity = currentActivity();
    m_showErrors = true;
    const Findings validation = activity.validate();
    if (Domain::hasErrors(validation)) {
        updateState();
        for (const Finding &finding : validation) {
            if (finding.severity == Finding::Severity::Error) {
                focusField(finding.field);
                break;
            }
        }
        return false;
    }
    Findings findings;
    const Status status = context()->activities().save(&activity, &findings);
    if (!status) {
        updateState();
        if (!findings.isEmpty())
            m_fields.showFindings(findings);
        m_summaryLabel->setText(status.message());
        return false;
    }
    // The form stays as it is (selected rows, tab); only identity and timestamps are new.
    m_stored = activity;
    m_storedChanged = false;
    m_baseline = currentActivity();
    updateRecordLabels();
    refreshBanner();
    setModified(false);
    updateState();
    emit saved(activity.uuid);
    return true;
}

QSize ActivityEditor::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 40};
}

QString ActivityEditor::displayName() const
{
    return m_nameEdit->text().trimmed();
}

void ActivityEditor::focusField(const QString &field)
{
    if (m_stack->currentIndex() != 1)
        return;
    m_fields.focus(field);
}

void ActivityEditor::refreshChoices()
{
    const Choices parties = RegisterChoices::parties(context());
    m_recipientsTable->setParties(parties);
    m_transfersTable->setParties(parties);
    QList<Domain::RetentionRule> rules;
    context()->reportIfFailed(context()->retentionRules().list(&rules));
    m_dataCategoriesTable->setRetentionRules(rules);
    m_measuresList->setChoices(RegisterChoices::measures(context()));
    m_agreementsList->setChoices(RegisterChoices::agreements(context()));
}

void ActivityEditor::refreshBanner()
{
    m_banner->setFindings(m_stored.uuid.isEmpty() ? Findings()
                                                  : context()->findingsFor(QStringLiteral("activity"), m_stored.uuid));
    m_bannerScroll->setVisible(!m_banner->isHidden());
}

void ActivityEditor::refreshFromRegister()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    refreshChoices();
    m_loading = wasLoading;
    refreshBanner();
    // A link to an item that disappeared changes what would be saved.
    if (m_stack->currentIndex() == 1 && !m_loading) {
        setModified(currentActivity() != m_baseline);
        updateState();
    }
}

void ActivityEditor::scheduleRegisterRefresh(const QString &entity, const QString &uuid)
{
    if (entity == QLatin1String("activity") && !uuid.isEmpty() && uuid == m_stored.uuid)
        m_storedChanged = true;
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (m_stack->currentIndex() != 1)
            return;
        // Changed elsewhere (retired from the list): show the stored state unless edits would be lost.
        if (m_storedChanged && !isModified() && !m_stored.uuid.isEmpty()) {
            load(m_stored.uuid);
            return;
        }
        m_storedChanged = false;
        refreshFromRegister();
    });
}

void ActivityEditor::onEdited()
{
    if (m_loading || m_stack->currentIndex() != 1)
        return;
    m_showErrors = true;
    setModified(currentActivity() != m_baseline);
    updateState();
}

void ActivityEditor::updateState()
{
    const ProcessingActivity activity = currentActivity();
    const Findings findings = m_showErrors ? activity.validate() : Findings();
    const Findings unplaced = m_fields.showFindings(findings);
    const int errors = int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.severity == Finding::Severity::Error;
    }));
    QStringList summary;
    if (errors > 0)
        summary.append(tr("%n field(s) must be corrected before saving.", nullptr, errors));
    for (const Finding &finding : unplaced)
        summary.append(severityText(finding));
    if (summary.isEmpty() && isModified())
        summary.append(tr("Unsaved changes."));
    m_summaryLabel->setText(summary.join(QLatin1Char(' ')));
    m_saveButton->setEnabled(isModified());
    m_revertButton->setEnabled(isModified());

    const QString name = activity.name.trimmed();
    m_titleLabel->setText(name.isEmpty() ? (activity.uuid.isEmpty() ? tr("New processing activity")
                                                                    : tr("Processing activity without a name"))
                                         : name);

    // Fields that only matter with another answer stay usable while they hold text.
    const bool basisF = activity.lawfulBases.contains(QStringLiteral("f"));
    m_liaReferenceEdit->setEnabled(basisF || !activity.liaReference.isEmpty());
    m_fields.setHint(QStringLiteral("liaReference"),
                     basisF ? tr("Legitimate interests (f) need a balancing test: note where it is kept.")
                            : tr("Only with legitimate interests (f)."));
    m_art9NationalGroundEdit->setEnabled(!activity.art9Exception.isEmpty() || !activity.art9NationalGround.isEmpty());
    const bool special = activity.hasSpecialCategories();
    m_fields.setHint(QStringLiteral("art9Exception"),
                     special && activity.art9Exception.isEmpty()
                         ? tr("A data category is special (Art. 9(1)): choose the exception of Art. 9(2) that "
                              "allows the processing.")
                         : tr("Needed when a data category is special (Art. 9(1)); set the special category on the "
                              "Data and retention tab."));
    m_criminalDataGroundEdit->setEnabled(activity.criminalData || !activity.criminalDataGround.isEmpty());
    m_bsnGroundEdit->setEnabled(activity.bsn || !activity.bsnGround.isEmpty());
    m_automatedLogicEdit->setEnabled(activity.automatedDecisions || activity.profiling ||
                                     !activity.automatedLogic.isEmpty());
}

void ActivityEditor::addSubjectCategory()
{
    const QString text = m_subjectCategoryEdit->text().trimmed();
    if (text.isEmpty())
        return;
    auto *item = new QListWidgetItem(text, m_subjectCategoriesList);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_subjectCategoriesList->setCurrentItem(item);
    m_subjectCategoryEdit->clear();
    onEdited();
}

Status ActivityEditor::addNewMeasure(const QString &title, const QString &kind)
{
    QString uuid;
    const Status status = RegisterChoices::createMeasure(context(), title, kind, &uuid);
    if (!status)
        return status;
    m_measuresList->setChoices(RegisterChoices::measures(context()));
    m_measuresList->setChecked(uuid, true);
    return status;
}

Status ActivityEditor::addNewRetentionRule(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createRetentionRule(context(), name, &uuid);
    if (!status)
        return status;
    QList<Domain::RetentionRule> rules;
    context()->reportIfFailed(context()->retentionRules().list(&rules));
    m_dataCategoriesTable->setRetentionRules(rules);
    m_dataCategoriesTable->setCurrentRule(uuid);
    return status;
}

Status ActivityEditor::addNewRecipientParty(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("recipient"), &uuid);
    if (!status)
        return status;
    const Choices parties = RegisterChoices::parties(context());
    m_recipientsTable->setParties(parties);
    m_transfersTable->setParties(parties);
    m_recipientsTable->setCurrentParty(uuid);
    return status;
}

Status ActivityEditor::addNewTransferParty(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("recipient"), &uuid);
    if (!status)
        return status;
    const Choices parties = RegisterChoices::parties(context());
    m_recipientsTable->setParties(parties);
    m_transfersTable->setParties(parties);
    m_transfersTable->setCurrentParty(uuid);
    return status;
}

void ActivityEditor::goTo(const QString &entity, const QString &uuid)
{
    if (!uuid.isEmpty())
        context()->requestShow(entity, uuid);
}

void ActivityEditor::showFailure(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Not created"), status.message());
}

void ActivityEditor::retranslateUi()
{
    m_placeholderLabel->setText(tr("Choose a processing activity in the list, or create a new one."));
    const QStringList groupTitles = {
        tr("Purpose and lawful basis — Art. 30(1)(b), Art. 6"),
        tr("Special categories, criminal data and BSN — Art. 9, Art. 10, UAVG art. 46"),
        tr("Data subjects — Art. 30(1)(c)"),
        tr("Personal data and retention — Art. 30(1)(c), (f)"),
        tr("Recipients — Art. 30(1)(d)"),
        tr("Transfers to third countries — Art. 30(1)(e)"),
        tr("Technical and organisational measures — Art. 30(1)(g), Art. 32"),
        tr("Systems and storage"),
        tr("Automated decisions and profiling — Art. 22"),
        tr("Data protection impact assessment — Art. 35"),
        tr("Owner and review"),
        tr("Processor agreements — Art. 28"),
        tr("Record"),
    };
    for (int i = 0; i < m_groups.size() && i < groupTitles.size(); ++i)
        m_groups.at(i)->setTitle(groupTitles.at(i));
    // Short tab names so all seven fit; the full heading with its article is the tooltip and the
    // title of the group inside.
    const QList<QPair<QString, QString>> tabTexts = {
        {tr("Purpose"), tr("Purpose and lawful basis — Art. 30(1)(b), Art. 6, Art. 9, Art. 10")},
        {tr("Data and retention"), tr("Data subjects, personal data and their retention — Art. 30(1)(c), (f)")},
        {tr("Recipients"), tr("Recipients and transfers — Art. 30(1)(d), (e)")},
        {tr("Security"), tr("Technical and organisational measures — Art. 30(1)(g), Art. 32")},
        {tr("Systems"), tr("Systems, source of the data and storage location")},
        {tr("DPIA"), tr("DPIA and automated decisions — Art. 35, Art. 22")},
        {tr("Owner"), tr("Owner, status, review dates and processor agreements")},
    };
    for (int i = 0; i < tabTexts.size(); ++i) {
        m_tabs->setTabText(i, tabTexts.at(i).first);
        m_tabs->setTabToolTip(i, tabTexts.at(i).second);
    }

    fillCodeCombo(m_art9ExceptionCombo, Codes::Kind::Art9Exception, tr("No special categories / none needed"));
    fillCodeCombo(m_dpiaRequiredCombo, Codes::Kind::DpiaRequired, QString());
    fillCodeCombo(m_dpiaStatusCombo, Codes::Kind::DpiaStatus, QString());
    fillCodeCombo(m_statusCombo, Codes::Kind::ActivityStatus, QString());

    const QList<QPair<const char *, QString>> labels = {
        {"name", tr("&Name:")},
        {"purpose", tr("&Purpose:")},
        {"description", tr("Description:")},
        {"lawfulBases", tr("&Lawful basis:")},
        {"liaReference", tr("LIA reference:")},
        {"art9Exception", tr("Art. 9(2) exception:")},
        {"art9NationalGround", tr("National ground:")},
        {"criminalData", tr("Criminal-offence data:")},
        {"criminalDataGround", tr("Legal ground:")},
        {"bsn", tr("Citizen service number:")},
        {"bsnGround", tr("Legal ground:", "BSN")},
        {"dataSource", tr("Source of the data:")},
        {"systems", tr("Systems:")},
        {"storageLocation", tr("Storage location:")},
        {"automatedDecisions", tr("Automated decisions:")},
        {"profiling", tr("Profiling:")},
        {"automatedLogic", tr("Logic involved:")},
        {"dpiaRequired", tr("DPIA required:")},
        {"dpiaCriteria", tr("On the AP's DPIA list:")},
        {"dpiaReasoning", tr("Reasoning:")},
        {"dpiaStatus", tr("DPIA status:")},
        {"dpiaReference", tr("DPIA reference:")},
        {"ownerDepartment", tr("&Department:")},
        {"ownerPerson", tr("Person:")},
        {"status", tr("Status:")},
        {"lastReviewed", tr("Last reviewed:")},
        {"nextReview", tr("Next review:")},
        {"createdAt", tr("Created:")},
        {"updatedAt", tr("Last changed:")},
        {"uuid", tr("Identifier (UUID):")},
    };
    for (const auto &[field, text] : labels)
        m_fields.setLabel(QString::fromLatin1(field), text);
    // Check boxes are read by their own text.
    m_criminalDataCheck->setText(tr("This activity processes criminal-offence data (Art. 10)"));
    m_criminalDataCheck->setAccessibleName(m_criminalDataCheck->text());
    m_bsnCheck->setText(tr("This activity processes the BSN (UAVG art. 46)"));
    m_bsnCheck->setAccessibleName(m_bsnCheck->text());
    m_automatedDecisionsCheck->setText(tr("Decisions based solely on automated processing (Art. 22)"));
    m_automatedDecisionsCheck->setAccessibleName(m_automatedDecisionsCheck->text());
    m_profilingCheck->setText(tr("Profiling (Art. 4(4))"));
    m_profilingCheck->setAccessibleName(m_profilingCheck->text());
    m_lastReviewedField->setFieldName(tr("Last reviewed"));
    m_nextReviewField->setFieldName(tr("Next review"));

    m_nameEdit->setPlaceholderText(tr("e.g. Payroll"));
    m_purposeEdit->setPlaceholderText(tr("One purpose, specific enough to check the data against"));
    m_fields.setHint(QStringLiteral("purpose"), tr("One purpose per activity, not a department's whole list (AP)."));
    m_fields.setHint(QStringLiteral("lawfulBases"), tr("Several bases are allowed; each must fit the purpose."));
    m_liaReferenceEdit->setPlaceholderText(tr("Where the legitimate-interest assessment is kept"));
    m_art9NationalGroundEdit->setPlaceholderText(tr("e.g. UAVG art. 30"));
    m_criminalDataGroundEdit->setPlaceholderText(tr("e.g. UAVG art. 33"));
    m_bsnGroundEdit->setPlaceholderText(tr("The law that prescribes using the BSN"));
    m_subjectIntroLabel->setText(tr("The groups of people whose data this activity processes."));
    m_subjectCategoriesList->setAccessibleName(tr("Categories of data subjects"));
    m_subjectCategoryEdit->setPlaceholderText(tr("e.g. Employees, Customers, Website visitors"));
    m_subjectCategoryEdit->setAccessibleName(tr("New category of data subjects"));
    m_addSubjectButton->setText(tr("Add"));
    m_addSubjectButton->setAccessibleName(tr("Add category of data subjects"));
    m_removeSubjectButton->setText(tr("Remove"));
    m_removeSubjectButton->setAccessibleName(tr("Remove category of data subjects"));
    m_dataCategoriesTable->table()->setAccessibleName(tr("Categories of personal data"));
    m_recipientsTable->table()->setAccessibleName(tr("Recipients"));
    m_transfersTable->table()->setAccessibleName(tr("Transfers"));

    m_measuresIntroLabel->setText(tr("A general description of the security measures (Art. 32(1)) that protect "
                                     "this processing. Measures are described once and linked here."));
    m_measuresList->setListName(tr("Security measures"));
    m_measuresList->setNewText(tr("New measure…"));
    m_measuresList->setGoToText(tr("Go to measure"));
    m_measuresList->setEmptyText(tr("No measures in the register yet: add one with “New measure…”."));

    m_dataSourceEdit->setPlaceholderText(tr("e.g. From the data subject, from the customer's administration"));
    m_systemsEdit->setPlaceholderText(tr("Applications used"));
    m_storageLocationEdit->setPlaceholderText(tr("Where the data is kept: system, supplier, country"));
    m_fields.setHint(QStringLiteral("storageLocation"), tr("Needed to answer access and erasure requests (AP)."));
    m_automatedLogicEdit->setPlaceholderText(tr("Meaningful information about the logic and its consequences"));
    m_fields.setHint(QStringLiteral("dpiaRequired"),
                     tr("Required where high risk is likely: any item on the AP's list, or two or more WP248 "
                        "criteria."));
    m_dpiaReferenceEdit->setPlaceholderText(tr("Where the DPIA is kept"));

    m_ownerDepartmentEdit->setPlaceholderText(tr("e.g. HR"));
    m_agreementsList->setListName(tr("Processor agreements"));
    m_agreementsList->setGoToText(tr("Go to agreement"));
    m_agreementsList->setEmptyText(tr("No processor agreements in the register yet."));
    m_copyUuidButton->setText(tr("Copy"));
    m_copyUuidButton->setAccessibleName(tr("Copy the identifier"));
    m_copyUuidButton->setToolTip(tr("Copy the identifier; processing logs (VNG) refer to it."));

    m_revertButton->setText(tr("&Revert"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the activity (Ctrl+S)"));
    if (m_stack && m_stack->currentIndex() == 1) {
        updateRecordLabels();
        updateState();
    }
}

void ActivityEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
    EntityEditor::changeEvent(event);
}

} // namespace Custodian::Ui
