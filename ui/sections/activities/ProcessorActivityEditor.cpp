#include "sections/activities/ProcessorActivityEditor.h"

#include "framework/FindingsBanner.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "widgets/DateField.h"
#include "widgets/EntityPicker.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RegisterChoices.h"
#include "widgets/TransferTable.h"

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
using Domain::ProcessorActivity;

namespace {

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

ProcessorActivityEditor::ProcessorActivityEditor(RegisterContext *context, QWidget *parent)
    : EntityEditor(context, parent)
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
    m_tabs->setObjectName(QStringLiteral("processorActivityTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildProcessingTab(), QString());
    m_tabs->addTab(buildTransfersTab(), QString());
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

    const QList<QPair<const char *, const char *>> aliases = {
        {"controller", "controllerUuid"}, {"categories", "processingCategories"}, {"transfer", "transfers"},
        {"measures", "measureUuids"},     {"security", "measureUuids"},           {"agreements", "agreementUuids"},
        {"agreement", "agreementUuids"},  {"storage", "storageLocation"},         {"owner", "ownerDepartment"},
        {"review", "nextReview"},
    };
    for (const auto &[alias, field] : aliases)
        m_fields.addAlias(QString::fromLatin1(alias), QString::fromLatin1(field));

    for (QLineEdit *edit : {m_nameEdit, m_ownerDepartmentEdit, m_ownerPersonEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProcessorActivityEditor::onEdited);
    for (QPlainTextEdit *edit : {m_processingCategoriesEdit, m_descriptionEdit, m_storageLocationEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ProcessorActivityEditor::onEdited);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &ProcessorActivityEditor::onEdited);
    connect(m_controllerPicker, &EntityPicker::currentUuidChanged, this, &ProcessorActivityEditor::onEdited);
    for (LinkChecklist *list : {m_measuresList, m_agreementsList})
        connect(list, &LinkChecklist::checkedUuidsChanged, this, &ProcessorActivityEditor::onEdited);
    connect(m_transfersTable, &TransferTable::changed, this, &ProcessorActivityEditor::onEdited);
    for (DateField *field : {m_lastReviewedField, m_nextReviewField})
        connect(field, &DateField::dateChanged, this, &ProcessorActivityEditor::onEdited);

    connect(m_banner, &FindingsBanner::fieldRequested, this, &ProcessorActivityEditor::focusField);
    connect(m_saveButton, &QPushButton::clicked, this, &ProcessorActivityEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ProcessorActivityEditor::revert);
    connect(context, &RegisterContext::registerChanged, this, &ProcessorActivityEditor::scheduleRegisterRefresh);

    connect(m_controllerPicker, &EntityPicker::newRequested, this, [this] {
        QString name;
        if (RegisterChoices::askName(this, tr("New controller"), tr("&Name of the controller:"), &name))
            showFailure(addNewController(name));
    });
    connect(m_measuresList, &LinkChecklist::newRequested, this, [this] {
        QString title;
        QString kind;
        if (RegisterChoices::askMeasure(this, &title, &kind))
            showFailure(addNewMeasure(title, kind));
    });
    connect(m_transfersTable, &TransferTable::newPartyRequested, this, [this] {
        QString name;
        if (RegisterChoices::askName(this, tr("New party"), tr("&Name of the party:"), &name))
            showFailure(addNewTransferParty(name));
    });
    connect(m_controllerPicker, &EntityPicker::goToRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("party"), uuid); });
    connect(m_transfersTable, &TransferTable::goToPartyRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("party"), uuid); });
    connect(m_measuresList, &LinkChecklist::goToRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("security_measure"), uuid); });
    connect(m_agreementsList, &LinkChecklist::goToRequested, this,
            [this](const QString &uuid) { goTo(QStringLiteral("agreement"), uuid); });
    connect(m_copyUuidButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_uuidEdit->text()); });

    retranslateUi();
    m_stack->setCurrentIndex(0);
}

QScrollArea *ProcessorActivityEditor::scrolled(QWidget *content)
{
    if (auto *layout = qobject_cast<QVBoxLayout *>(content->layout()))
        layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return scroll;
}

QGroupBox *ProcessorActivityEditor::newGroup(QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    group->setLayout(new QVBoxLayout);
    parent->layout()->addWidget(group);
    m_groups.append(group);
    return group;
}

QFormLayout *ProcessorActivityEditor::newForm(QGroupBox *group)
{
    auto *form = new QFormLayout;
    // Where a label and its field do not fit side by side (Dutch labels are long), the field goes under
    // its label: the form never scrolls sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static_cast<QVBoxLayout *>(group->layout())->addLayout(form);
    return form;
}

void ProcessorActivityEditor::addSpanning(QGroupBox *group, const QString &field, QWidget *widget, QWidget *focusTarget)
{
    auto *message = new QLabel(group);
    group->layout()->addWidget(widget);
    group->layout()->addWidget(message);
    m_fields.addMessageOnly(field, focusTarget ? focusTarget : widget, message);
}

QWidget *ProcessorActivityEditor::buildProcessingTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *processing = newGroup(page);
    QFormLayout *form = newForm(processing);
    m_nameEdit = lineEdit(processing, QStringLiteral("nameEdit"));
    m_fields.add(form, QStringLiteral("name"), m_nameEdit);
    m_controllerPicker = new EntityPicker(processing);
    m_controllerPicker->setObjectName(QStringLiteral("controllerPicker"));
    m_fields.add(form, QStringLiteral("controllerUuid"), m_controllerPicker, m_controllerPicker->comboBox());
    m_processingCategoriesEdit = textEdit(processing, QStringLiteral("processingCategoriesEdit"), 4);
    m_fields.add(form, QStringLiteral("processingCategories"), m_processingCategoriesEdit);
    m_descriptionEdit = textEdit(processing, QStringLiteral("descriptionEdit"), 3);
    m_fields.add(form, QStringLiteral("description"), m_descriptionEdit);
    return scrolled(page);
}

QWidget *ProcessorActivityEditor::buildTransfersTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *transfers = newGroup(page);
    m_transfersTable = new TransferTable(transfers);
    m_transfersTable->setObjectName(QStringLiteral("transfersTable"));
    addSpanning(transfers, QStringLiteral("transfers"), m_transfersTable, m_transfersTable->table());
    QGroupBox *security = newGroup(page);
    m_measuresList = new LinkChecklist(security);
    m_measuresList->setObjectName(QStringLiteral("measuresList"));
    m_measuresList->listWidget()->setMinimumHeight(m_measuresList->fontMetrics().height() * 10);
    addSpanning(security, QStringLiteral("measureUuids"), m_measuresList, m_measuresList->listWidget());
    return scrolled(page);
}

QWidget *ProcessorActivityEditor::buildOwnerTab()
{
    auto *page = new QWidget(this);
    page->setLayout(new QVBoxLayout);
    QGroupBox *agreements = newGroup(page);
    m_agreementsList = new LinkChecklist(agreements);
    m_agreementsList->setObjectName(QStringLiteral("agreementsList"));
    addSpanning(agreements, QStringLiteral("agreementUuids"), m_agreementsList, m_agreementsList->listWidget());
    QFormLayout *form = newForm(agreements);
    m_storageLocationEdit = textEdit(agreements, QStringLiteral("storageLocationEdit"), 3);
    m_fields.add(form, QStringLiteral("storageLocation"), m_storageLocationEdit);

    QGroupBox *owner = newGroup(page);
    form = newForm(owner);
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

bool ProcessorActivityEditor::load(const QString &uuid)
{
    ProcessorActivity activity;
    if (!uuid.isEmpty()) {
        const Status status = context()->processorActivities().load(uuid, &activity);
        if (!status) {
            m_placeholderLabel->setText(status.message());
            m_stack->setCurrentIndex(0);
            return false;
        }
    }
    m_stored = activity;
    m_storedChanged = false;
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

void ProcessorActivityEditor::fill(const ProcessorActivity &activity)
{
    m_loading = true;
    m_nameEdit->setText(activity.name);
    m_controllerPicker->setCurrentUuid(activity.controllerUuid);
    m_processingCategoriesEdit->setPlainText(activity.processingCategories);
    m_descriptionEdit->setPlainText(activity.description);
    m_transfersTable->setTransfers(activity.transfers);
    m_measuresList->setCheckedUuids(activity.measureUuids);
    m_agreementsList->setCheckedUuids(activity.agreementUuids);
    m_storageLocationEdit->setPlainText(activity.storageLocation);
    m_ownerDepartmentEdit->setText(activity.ownerDepartment);
    m_ownerPersonEdit->setText(activity.ownerPerson);
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(activity.status)));
    m_lastReviewedField->setDate(activity.lastReviewed);
    m_nextReviewField->setDate(activity.nextReview);
    m_loading = false;
}

void ProcessorActivityEditor::updateRecordLabels()
{
    m_createdLabel->setText(m_stored.uuid.isEmpty() ? tr("Not saved yet") : moment(m_stored.createdAt));
    m_updatedLabel->setText(m_stored.uuid.isEmpty() ? tr("Not saved yet") : moment(m_stored.updatedAt));
    m_uuidEdit->setText(m_stored.uuid);
    m_copyUuidButton->setEnabled(!m_stored.uuid.isEmpty());
}

ProcessorActivity ProcessorActivityEditor::currentActivity() const
{
    ProcessorActivity activity = m_stored;
    activity.name = m_nameEdit->text();
    activity.controllerUuid = m_controllerPicker->currentUuid();
    activity.processingCategories = m_processingCategoriesEdit->toPlainText();
    activity.description = m_descriptionEdit->toPlainText();
    activity.transfers = m_transfersTable->transfers();
    activity.measureUuids = m_measuresList->checkedUuids();
    activity.agreementUuids = m_agreementsList->checkedUuids();
    activity.storageLocation = m_storageLocationEdit->toPlainText();
    activity.ownerDepartment = m_ownerDepartmentEdit->text();
    activity.ownerPerson = m_ownerPersonEdit->text();
    activity.status = m_statusCombo->currentData().toString();
    activity.lastReviewed = m_lastReviewedField->date();
    activity.nextReview = m_nextReviewField->date();
    return activity;
}

bool ProcessorActivityEditor::save()
{
    if (m_stack->currentIndex() != 1)
        return true;
    ProcessorActivity activity = currentActivity();
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
    const Status status = context()->processorActivities().save(&activity, &findings);
    if (!status) {
        updateState();
        if (!findings.isEmpty())
            m_fields.showFindings(findings);
        m_summaryLabel->setText(status.message());
        return false;
    }
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

QSize ProcessorActivityEditor::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 40};
}

QString ProcessorActivityEditor::displayName() const
{
    return m_nameEdit->text().trimmed();
}

void ProcessorActivityEditor::focusField(const QString &field)
{
    if (m_stack->currentIndex() == 1)
        m_fields.focus(field);
}

void ProcessorActivityEditor::refreshChoices()
{
    m_controllerPicker->setChoices(RegisterChoices::parties(context(), QStringLiteral("controller")));
    m_transfersTable->setParties(RegisterChoices::parties(context()));
    m_measuresList->setChoices(RegisterChoices::measures(context()));
    m_agreementsList->setChoices(RegisterChoices::agreements(context()));
}

void ProcessorActivityEditor::refreshBanner()
{
    m_banner->setFindings(m_stored.uuid.isEmpty()
                              ? Findings()
                              : context()->findingsFor(QStringLiteral("processor_activity"), m_stored.uuid));
    m_bannerScroll->setVisible(!m_banner->isHidden());
}

void ProcessorActivityEditor::refreshFromRegister()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    refreshChoices();
    m_loading = wasLoading;
    refreshBanner();
    if (m_stack->currentIndex() == 1 && !m_loading) {
        setModified(currentActivity() != m_baseline);
        updateState();
    }
}

void ProcessorActivityEditor::scheduleRegisterRefresh(const QString &entity, const QString &uuid)
{
    if (entity == QLatin1String("processor_activity") && !uuid.isEmpty() && uuid == m_stored.uuid)
        m_storedChanged = true;
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (m_stack->currentIndex() != 1)
            return;
        if (m_storedChanged && !isModified() && !m_stored.uuid.isEmpty()) {
            load(m_stored.uuid);
            return;
        }
        m_storedChanged = false;
        refreshFromRegister();
    });
}

void ProcessorActivityEditor::onEdited()
{
    if (m_loading || m_stack->currentIndex() != 1)
        return;
    m_showErrors = true;
    setModified(currentActivity() != m_baseline);
    updateState();
}

void ProcessorActivityEditor::updateState()
{
    const ProcessorActivity activity = currentActivity();
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
    m_titleLabel->setText(name.isEmpty() ? (activity.uuid.isEmpty() ? tr("New processing as a processor")
                                                                    : tr("Processing without a name"))
                                         : name);
}

Status ProcessorActivityEditor::addNewController(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("controller"), &uuid);
    if (!status)
        return status;
    refreshChoices();
    m_controllerPicker->setCurrentUuid(uuid);
    return status;
}

Status ProcessorActivityEditor::addNewMeasure(const QString &title, const QString &kind)
{
    QString uuid;
    const Status status = RegisterChoices::createMeasure(context(), title, kind, &uuid);
    if (!status)
        return status;
    m_measuresList->setChoices(RegisterChoices::measures(context()));
    m_measuresList->setChecked(uuid, true);
    return status;
}

Status ProcessorActivityEditor::addNewTransferParty(const QString &name)
{
    QString uuid;
    const Status status = RegisterChoices::createParty(context(), name, QStringLiteral("recipient"), &uuid);
    if (!status)
        return status;
    refreshChoices();
    m_transfersTable->setCurrentParty(uuid);
    return status;
}

void ProcessorActivityEditor::goTo(const QString &entity, const QString &uuid)
{
    if (!uuid.isEmpty())
        context()->requestShow(entity, uuid);
}

void ProcessorActivityEditor::showFailure(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Not created"), status.message());
}

void ProcessorActivityEditor::retranslateUi()
{
    m_placeholderLabel->setText(tr("Choose a processing in the list, or create a new one."));
    const QStringList groupTitles = {
        tr("Processing for a controller — Art. 30(2)(a), (b)"),
        tr("Transfers to third countries — Art. 30(2)(c)"),
        tr("Technical and organisational measures — Art. 30(2)(d), Art. 32"),
        tr("Agreements and storage — Art. 28"),
        tr("Owner and review"),
        tr("Record"),
    };
    for (int i = 0; i < m_groups.size() && i < groupTitles.size(); ++i)
        m_groups.at(i)->setTitle(groupTitles.at(i));
    const QList<QPair<QString, QString>> tabTexts = {
        {tr("Controller"), tr("Controller and categories of processing — Art. 30(2)(a), (b)")},
        {tr("Transfers and security"), tr("Transfers and security measures — Art. 30(2)(c), (d)")},
        {tr("Owner"), tr("Agreements, storage, owner, status and review dates")},
    };
    for (int i = 0; i < tabTexts.size(); ++i) {
        m_tabs->setTabText(i, tabTexts.at(i).first);
        m_tabs->setTabToolTip(i, tabTexts.at(i).second);
    }
    {
        const QSignalBlocker blocker(m_statusCombo);
        const QString current = m_statusCombo->currentData().toString();
        m_statusCombo->clear();
        const QStringList codes = Codes::codes(Codes::Kind::ActivityStatus);
        for (const QString &code : codes)
            m_statusCombo->addItem(Codes::label(Codes::Kind::ActivityStatus, code), code);
        m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(current)));
    }
    const QList<QPair<const char *, QString>> labels = {
        {"name", tr("&Name:")},
        {"controllerUuid", tr("&Controller:")},
        {"processingCategories", tr("Categories of &processing:")},
        {"description", tr("Description:")},
        {"storageLocation", tr("Storage location:")},
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
    m_lastReviewedField->setFieldName(tr("Last reviewed"));
    m_nextReviewField->setFieldName(tr("Next review"));
    m_nameEdit->setPlaceholderText(tr("e.g. Hosting of the application for a customer"));
    m_controllerPicker->setNoneText(tr("Not chosen yet"));
    m_controllerPicker->setNewText(tr("New party…"));
    m_controllerPicker->setGoToText(tr("Go to"));
    m_fields.setHint(QStringLiteral("controllerUuid"),
                     tr("The organisation you process for (Art. 30(2)(a)); parties with the controller role come "
                        "first."));
    m_processingCategoriesEdit->setPlaceholderText(tr("What you do with the controller's data: hosting, support, "
                                                      "backups, …"));
    m_transfersTable->table()->setAccessibleName(tr("Transfers"));
    m_measuresList->setListName(tr("Security measures"));
    m_measuresList->setNewText(tr("New measure…"));
    m_measuresList->setGoToText(tr("Go to measure"));
    m_measuresList->setEmptyText(tr("No measures in the register yet: add one with “New measure…”."));
    m_agreementsList->setListName(tr("Processor agreements"));
    m_agreementsList->setGoToText(tr("Go to agreement"));
    m_agreementsList->setEmptyText(tr("No processor agreements in the register yet."));
    m_storageLocationEdit->setPlaceholderText(tr("Where the data is kept: system, supplier, country"));
    m_fields.setHint(QStringLiteral("storageLocation"), tr("Needed to answer access and erasure requests (AP)."));
    m_ownerDepartmentEdit->setPlaceholderText(tr("e.g. Operations"));
    m_copyUuidButton->setText(tr("Copy"));
    m_copyUuidButton->setAccessibleName(tr("Copy the identifier"));
    m_revertButton->setText(tr("&Revert"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    if (m_stack && m_stack->currentIndex() == 1) {
        updateRecordLabels();
        updateState();
    }
}

void ProcessorActivityEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
    EntityEditor::changeEvent(event);
}

} // namespace Custodian::Ui
