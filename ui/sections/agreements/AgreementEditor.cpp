#include "sections/agreements/AgreementEditor.h"

#include "domain/Codes.h"
#include "framework/FindingsSummary.h"
#include "framework/RegisterContext.h"
#include "framework/Severity.h"
#include "register/Services.h"
#include "sections/agreements/AgreementDateField.h"
#include "sections/agreements/AgreementNoticeDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Custodian::Ui {

using Domain::Agreement;
using Domain::AttachmentInfo;
using Domain::ClauseCheck;
using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::SubprocessorNotice;
using NoticeColumn = AgreementNoticeDelegate::Column;

namespace {

constexpr int uuidRole = Qt::UserRole + 1;
constexpr int noticeValueRole = AgreementNoticeDelegate::ValueRole;
const QString entityCode = QStringLiteral("agreement");
const QString subProcessing = QStringLiteral("sub_processing");

enum AttachmentColumn
{
    AttachmentName,
    AttachmentSize,
    AttachmentAdded,
    AttachmentDescription,
    AttachmentColumns
};

const QStringList textFields = {QStringLiteral("subjectMatter"), QStringLiteral("duration"),
                                QStringLiteral("naturePurpose"), QStringLiteral("dataTypes"),
                                QStringLiteral("subjectCategories")};
const QStringList dateFields = {QStringLiteral("signedOn"), QStringLiteral("effectiveOn"), QStringLiteral("expiresOn"),
                                QStringLiteral("reviewOn")};

QString plainLabel(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

void selectData(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

// Every clause of Codes, in order, taking ticks and references from the stored list.
QList<ClauseCheck> normalisedClauses(const QList<ClauseCheck> &stored)
{
    QList<ClauseCheck> clauses = Agreement::emptyClauses();
    for (ClauseCheck &clause : clauses) {
        for (const ClauseCheck &known : stored) {
            if (known.clause == clause.clause) {
                clause = known;
                break;
            }
        }
    }
    return clauses;
}

} // namespace

AgreementEditor::AgreementEditor(RegisterContext *context, QWidget *parent) : EntityEditor(context, parent)
{
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setWordWrap(true);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_banner = new FindingsSummary(this);
    m_banner->setObjectName(QStringLiteral("findingsSummary"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    // The agreement itself.
    QGroupBox *group = addGroup(content, QStringLiteral("agreement"));
    auto *form = static_cast<QFormLayout *>(group->layout());
    m_titleEdit = new QLineEdit(group);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    addRow(form, QStringLiteral("title"), m_titleEdit);
    m_kindCombo = new QComboBox(group);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    addRow(form, QStringLiteral("kind"), m_kindCombo);
    m_statusCombo = new QComboBox(group);
    m_statusCombo->setObjectName(QStringLiteral("agreementStatusCombo"));
    addRow(form, QStringLiteral("status"), m_statusCombo);

    // Parties and the chain.
    group = addGroup(content, QStringLiteral("parties"));
    form = static_cast<QFormLayout *>(group->layout());
    auto partyRow = [group](QComboBox *&combo, QPushButton *&newButton, QPushButton *&gotoButton, const QString &name) {
        auto *row = new QWidget(group);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        combo = new QComboBox(row);
        combo->setObjectName(name + QStringLiteral("Combo"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        layout->addWidget(combo, 1);
        if (name != QLatin1String("parent")) {
            newButton = new QPushButton(row);
            newButton->setObjectName(name + QStringLiteral("NewButton"));
            layout->addWidget(newButton);
        }
        gotoButton = new QPushButton(row);
        gotoButton->setObjectName(name + QStringLiteral("GotoButton"));
        layout->addWidget(gotoButton);
        return row;
    };
    addRow(form, QStringLiteral("controllerUuid"),
           partyRow(m_controllerCombo, m_newControllerButton, m_gotoControllerButton, QStringLiteral("controller")),
           m_controllerCombo);
    addRow(form, QStringLiteral("processorUuid"),
           partyRow(m_processorCombo, m_newProcessorButton, m_gotoProcessorButton, QStringLiteral("processor")),
           m_processorCombo);
    QPushButton *noNewButton = nullptr;
    QWidget *parentRow = partyRow(m_parentCombo, noNewButton, m_gotoParentButton, QStringLiteral("parent"));
    addRow(form, QStringLiteral("parentUuid"), parentRow, m_parentCombo);
    m_chainLabel = new QLabel(group);
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    m_chainLabel->setWordWrap(true);
    m_chainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_chainLabel);
    m_belowLabel = new QLabel(group);
    m_belowLabel->setObjectName(QStringLiteral("belowLabel"));
    m_belowLabel->setWordWrap(true);
    m_belowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_belowLabel);

    // Art. 28(3), first sentence.
    group = addGroup(content, QStringLiteral("details"));
    form = static_cast<QFormLayout *>(group->layout());
    for (const QString &field : textFields)
        addTextRow(form, field);

    // Dates.
    group = addGroup(content, QStringLiteral("dates"));
    form = static_cast<QFormLayout *>(group->layout());
    for (const QString &field : dateFields) {
        auto *dateField = new AgreementDateField(group);
        dateField->setObjectName(field + QStringLiteral("Date"));
        m_dateFields.insert(field, dateField);
        addRow(form, field, dateField, dateField->setCheck());
        connect(dateField, &AgreementDateField::dateChanged, this, &AgreementEditor::onEdited);
    }

    // Art. 28(3)(a)-(h) and the notice of infringing instructions.
    group = new QGroupBox(content);
    m_groups.insert(QStringLiteral("clauses"), group);
    contentLayout->addWidget(group);
    auto *clauseLayout = new QVBoxLayout(group);
    m_clausesIntroLabel = new QLabel(group);
    m_clausesIntroLabel->setWordWrap(true);
    clauseLayout->addWidget(m_clausesIntroLabel);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const QStringList clauseCodes = Codes::codes(Codes::Kind::AgreementClause);
    for (int i = 0; i < clauseCodes.size(); ++i) {
        auto *check = new QCheckBox(group);
        check->setObjectName(QStringLiteral("clauseCheck_") + clauseCodes.at(i));
        auto *label = new QLabel(group);
        label->setWordWrap(true);
        label->setBuddy(check);
        label->installEventFilter(this);
        auto *reference = new QLineEdit(group);
        reference->setObjectName(QStringLiteral("clauseReference_") + clauseCodes.at(i));
        reference->setMaximumWidth(reference->fontMetrics().averageCharWidth() * 16);
        grid->addWidget(check, i, 0, Qt::AlignTop);
        grid->addWidget(label, i, 1);
        grid->addWidget(reference, i, 2, Qt::AlignTop);
        m_clauseChecks.append(check);
        m_clauseLabels.append(label);
        m_clauseReferenceEdits.append(reference);
        connect(check, &QCheckBox::toggled, this, &AgreementEditor::onEdited);
        connect(reference, &QLineEdit::textEdited, this, &AgreementEditor::onEdited);
    }
    clauseLayout->addLayout(grid);
    auto *clauseMessage = new QLabel(group);
    clauseMessage->setObjectName(QStringLiteral("clausesMessage"));
    clauseMessage->setWordWrap(true);
    clauseMessage->setVisible(false);
    clauseLayout->addWidget(clauseMessage);
    m_messageLabels.insert(QStringLiteral("clauses"), clauseMessage);
    if (!m_clauseChecks.isEmpty())
        m_fieldWidgets.insert(QStringLiteral("clauses"), m_clauseChecks.constFirst());

    // Sub-processors: authorisation, objection window, change notices.
    group = addGroup(content, QStringLiteral("subprocessors"));
    form = static_cast<QFormLayout *>(group->layout());
    m_authorisationCombo = new QComboBox(group);
    m_authorisationCombo->setObjectName(QStringLiteral("authorisationCombo"));
    addRow(form, QStringLiteral("subprocessorAuthorisation"), m_authorisationCombo);
    m_objectionSpin = new QSpinBox(group);
    m_objectionSpin->setObjectName(QStringLiteral("objectionWindowSpin"));
    m_objectionSpin->setRange(0, 365);
    addRow(form, QStringLiteral("objectionWindowDays"), m_objectionSpin);
    auto *noticesBox = new QWidget(group);
    auto *noticesLayout = new QVBoxLayout(noticesBox);
    noticesLayout->setContentsMargins(0, 0, 0, 0);
    m_noticesTable = new QTableWidget(0, AgreementNoticeDelegate::ColumnCount, noticesBox);
    m_noticesTable->setObjectName(QStringLiteral("noticesTable"));
    m_noticesTable->setItemDelegate(new AgreementNoticeDelegate(m_noticesTable));
    m_noticesTable->verticalHeader()->setVisible(false);
    m_noticesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_noticesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_noticesTable->setTabKeyNavigation(false);
    m_noticesTable->setMinimumHeight(m_noticesTable->fontMetrics().height() * 8);
    m_noticesTable->setMaximumHeight(m_noticesTable->fontMetrics().height() * 14);
    m_noticesTable->setWordWrap(false);
    {
        // The change gets the room; dates and the decision fit their text; notes start narrow.
        QHeaderView *header = m_noticesTable->horizontalHeader();
        for (const int column : {int(NoticeColumn::ReceivedColumn), int(NoticeColumn::DeadlineColumn),
                                 int(NoticeColumn::DecisionColumn), int(NoticeColumn::DecidedColumn)})
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(NoticeColumn::ChangeColumn, QHeaderView::Stretch);
        header->setStretchLastSection(false);
        header->resizeSection(NoticeColumn::NotesColumn, m_noticesTable->fontMetrics().averageCharWidth() * 18);
    }
    m_noticesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_noticesLabel = new QLabel(noticesBox);
    m_noticesLabel->setWordWrap(true);
    m_addNoticeButton = new QPushButton(noticesBox);
    m_addNoticeButton->setObjectName(QStringLiteral("addNoticeButton"));
    m_removeNoticeButton = new QPushButton(noticesBox);
    m_removeNoticeButton->setObjectName(QStringLiteral("removeNoticeButton"));
    auto *noticeButtons = new QHBoxLayout;
    noticeButtons->addWidget(m_addNoticeButton);
    noticeButtons->addWidget(m_removeNoticeButton);
    noticeButtons->addStretch();
    noticesLayout->addWidget(m_noticesLabel);
    noticesLayout->addWidget(m_noticesTable);
    noticesLayout->addLayout(noticeButtons);
    addRow(form, QStringLiteral("notices"), noticesBox, m_noticesTable, true);

    // Measures.
    group = addGroup(content, QStringLiteral("measures"));
    form = static_cast<QFormLayout *>(group->layout());
    auto *measuresBox = new QWidget(group);
    auto *measuresLayout = new QVBoxLayout(measuresBox);
    measuresLayout->setContentsMargins(0, 0, 0, 0);
    m_measuresList = new QListWidget(measuresBox);
    m_measuresList->setObjectName(QStringLiteral("measuresList"));
    m_measuresList->setMinimumHeight(m_measuresList->fontMetrics().height() * 6);
    m_newMeasureButton = new QPushButton(measuresBox);
    m_newMeasureButton->setObjectName(QStringLiteral("newMeasureButton"));
    auto *measureButtons = new QHBoxLayout;
    measureButtons->addWidget(m_newMeasureButton);
    measureButtons->addStretch();
    measuresLayout->addWidget(m_measuresList);
    measuresLayout->addLayout(measureButtons);
    addRow(form, QStringLiteral("measureUuids"), measuresBox, m_measuresList, true);

    // Audits and the end of the contract.
    group = addGroup(content, QStringLiteral("end"));
    form = static_cast<QFormLayout *>(group->layout());
    addTextRow(form, QStringLiteral("auditEvidence"));
    m_endOfContractCombo = new QComboBox(group);
    m_endOfContractCombo->setObjectName(QStringLiteral("endOfContractCombo"));
    addRow(form, QStringLiteral("endOfContract"), m_endOfContractCombo);
    addTextRow(form, QStringLiteral("endOfContractProof"));

    // Documents kept in the register.
    group = addGroup(content, QStringLiteral("documents"));
    form = static_cast<QFormLayout *>(group->layout());
    auto *documentsBox = new QWidget(group);
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    m_attachmentsHintLabel = new QLabel(documentsBox);
    m_attachmentsHintLabel->setObjectName(QStringLiteral("attachmentsHintLabel"));
    m_attachmentsHintLabel->setWordWrap(true);
    m_attachmentsTable = new QTableWidget(0, AttachmentColumns, documentsBox);
    m_attachmentsTable->setObjectName(QStringLiteral("attachmentsTable"));
    m_attachmentsTable->verticalHeader()->setVisible(false);
    m_attachmentsTable->horizontalHeader()->setStretchLastSection(true);
    m_attachmentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachmentsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attachmentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachmentsTable->setTabKeyNavigation(false);
    m_attachmentsTable->setMinimumHeight(m_attachmentsTable->fontMetrics().height() * 6);
    m_attachmentsTable->setMaximumHeight(m_attachmentsTable->fontMetrics().height() * 14);
    m_attachmentsTable->setWordWrap(false);
    m_attachmentsTable->horizontalHeader()->setSectionResizeMode(AttachmentName, QHeaderView::Interactive);
    m_attachmentsTable->horizontalHeader()->setSectionResizeMode(AttachmentSize, QHeaderView::ResizeToContents);
    m_attachmentsTable->horizontalHeader()->setSectionResizeMode(AttachmentAdded, QHeaderView::ResizeToContents);
    m_addAttachmentButton = new QPushButton(documentsBox);
    m_addAttachmentButton->setObjectName(QStringLiteral("addAttachmentButton"));
    m_saveAttachmentButton = new QPushButton(documentsBox);
    m_saveAttachmentButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_removeAttachmentButton = new QPushButton(documentsBox);
    m_removeAttachmentButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(m_addAttachmentButton);
    attachmentButtons->addWidget(m_saveAttachmentButton);
    attachmentButtons->addWidget(m_removeAttachmentButton);
    attachmentButtons->addStretch();
    documentsLayout->addWidget(m_attachmentsHintLabel);
    documentsLayout->addWidget(m_attachmentsTable);
    documentsLayout->addLayout(attachmentButtons);
    addRow(form, QStringLiteral("attachments"), documentsBox, m_attachmentsTable, true);

    contentLayout->addStretch();

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("agreementScrollArea"));
    m_scrollArea->setWidget(content);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    // Room from the splitter handle for the heading and the buttons; the page itself has no margins.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, 0, 0, 0);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_scrollArea, 1);
    layout->addLayout(buttons);

    connect(m_titleEdit, &QLineEdit::textEdited, this, &AgreementEditor::onEdited);
    for (QComboBox *combo : {m_kindCombo, m_statusCombo, m_controllerCombo, m_processorCombo, m_parentCombo,
                             m_authorisationCombo, m_endOfContractCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AgreementEditor::onEdited);
    connect(m_objectionSpin, &QSpinBox::valueChanged, this, &AgreementEditor::onEdited);
    connect(m_noticesTable, &QTableWidget::itemChanged, this, &AgreementEditor::onEdited);
    connect(m_noticesTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeNoticeButton->setEnabled(m_noticesTable->currentRow() >= 0); });
    connect(m_measuresList, &QListWidget::itemChanged, this, &AgreementEditor::onEdited);
    connect(m_measuresList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        this->context()->requestShow(QStringLiteral("security_measure"), item->data(uuidRole).toString());
    });
    connect(m_attachmentsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !selectedAttachmentUuid().isEmpty();
        m_saveAttachmentButton->setEnabled(selected);
        m_removeAttachmentButton->setEnabled(selected);
    });
    connect(m_attachmentsTable, &QTableWidget::itemActivated, this, &AgreementEditor::saveAttachmentInteractive);

    connect(m_newControllerButton, &QPushButton::clicked, this, [this] { newPartyInteractive(true); });
    connect(m_newProcessorButton, &QPushButton::clicked, this, [this] { newPartyInteractive(false); });
    auto gotoParty = [this](QComboBox *combo) {
        const QString uuid = combo->currentData().toString();
        if (uuid.isEmpty())
            this->context()->requestShow(QStringLiteral("organisation"), QString());
        else
            this->context()->requestShow(QStringLiteral("party"), uuid);
    };
    connect(m_gotoControllerButton, &QPushButton::clicked, this, [gotoParty, this] { gotoParty(m_controllerCombo); });
    connect(m_gotoProcessorButton, &QPushButton::clicked, this, [gotoParty, this] { gotoParty(m_processorCombo); });
    connect(m_gotoParentButton, &QPushButton::clicked, this, [this] {
        const QString uuid = m_parentCombo->currentData().toString();
        if (!uuid.isEmpty())
            this->context()->requestShow(entityCode, uuid);
    });
    connect(m_addNoticeButton, &QPushButton::clicked, this, &AgreementEditor::addNotice);
    connect(m_removeNoticeButton, &QPushButton::clicked, this, [this] { removeNotice(m_noticesTable->currentRow()); });
    connect(m_newMeasureButton, &QPushButton::clicked, this, &AgreementEditor::newMeasureInteractive);
    connect(m_addAttachmentButton, &QPushButton::clicked, this, &AgreementEditor::addAttachmentInteractive);
    connect(m_saveAttachmentButton, &QPushButton::clicked, this, &AgreementEditor::saveAttachmentInteractive);
    connect(m_removeAttachmentButton, &QPushButton::clicked, this, &AgreementEditor::removeAttachmentInteractive);
    connect(m_saveButton, &QPushButton::clicked, this, &AgreementEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &AgreementEditor::revert);
    connect(m_banner, &FindingsSummary::fieldRequested, this, &AgreementEditor::focusField);

    connect(context, &RegisterContext::registerChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("party") || entity == QLatin1String("security_measure") || entity == entityCode)
            refreshPickers();
        updateBanner();
    });

    retranslateUi();
    load(QString());
}

QGroupBox *AgreementEditor::addGroup(QWidget *content, const QString &key)
{
    auto *group = new QGroupBox(content);
    group->setObjectName(key + QStringLiteral("Group"));
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_groups.insert(key, group);
    content->layout()->addWidget(group);
    return group;
}

QWidget *AgreementEditor::addRow(QFormLayout *form, const QString &field, QWidget *editor, QWidget *buddy, bool span)
{
    QWidget *parent = form->parentWidget();
    auto *message = new QLabel(parent);
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setVisible(false);
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(message);
    if (span) {
        form->addRow(cell);
    } else {
        auto *label = new QLabel(parent);
        label->setBuddy(buddy ? buddy : editor);
        form->addRow(label, cell);
        m_labels.insert(field, label);
    }
    m_messageLabels.insert(field, message);
    m_fieldWidgets.insert(field, buddy ? buddy : editor);
    return cell;
}

QPlainTextEdit *AgreementEditor::addTextRow(QFormLayout *form, const QString &field)
{
    auto *edit = new QPlainTextEdit(form->parentWidget());
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + edit->frameWidth() * 2 + 8);
    m_textEdits.insert(field, edit);
    addRow(form, field, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &AgreementEditor::onEdited);
    return edit;
}

bool AgreementEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A click on a clause's text ticks it, as a check box label would.
    if (event->type() == QEvent::MouseButtonRelease) {
        const int index = int(m_clauseLabels.indexOf(static_cast<QLabel *>(watched)));
        if (index >= 0 && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            m_clauseChecks.at(index)->toggle();
            m_clauseChecks.at(index)->setFocus(Qt::MouseFocusReason);
            return true;
        }
    }
    return EntityEditor::eventFilter(watched, event);
}

// --- loading -----------------------------------------------------------------------------------

bool AgreementEditor::load(const QString &uuid)
{
    Agreement agreement;
    bool ok = true;
    QString failure;
    if (!uuid.isEmpty()) {
        const Status status = context()->agreements().load(uuid, &agreement);
        if (!status) {
            ok = false;
            failure = status.message();
            agreement = Agreement();
        }
    }
    agreement.clauses = normalisedClauses(agreement.clauses);
    m_loaded = agreement;

    m_loading = true;
    refreshPickers();
    m_titleEdit->setText(agreement.title);
    selectData(m_kindCombo, agreement.kind);
    selectData(m_statusCombo, agreement.status);
    selectData(m_controllerCombo, agreement.controllerUuid);
    selectData(m_processorCombo, agreement.processorUuid);
    selectData(m_parentCombo, agreement.parentUuid);
    const QJsonObject json = agreement.toJson();
    for (const QString &field : textFields)
        m_textEdits.value(field)->setPlainText(json.value(field).toString());
    m_dateFields.value(QStringLiteral("signedOn"))->setDate(agreement.signedOn);
    m_dateFields.value(QStringLiteral("effectiveOn"))->setDate(agreement.effectiveOn);
    m_dateFields.value(QStringLiteral("expiresOn"))->setDate(agreement.expiresOn);
    m_dateFields.value(QStringLiteral("reviewOn"))->setDate(agreement.reviewOn);
    for (int i = 0; i < m_clauseChecks.size() && i < agreement.clauses.size(); ++i) {
        m_clauseChecks.at(i)->setChecked(agreement.clauses.at(i).ticked);
        m_clauseReferenceEdits.at(i)->setText(agreement.clauses.at(i).reference);
    }
    selectData(m_authorisationCombo, agreement.subprocessorAuthorisation);
    m_objectionSpin->setValue(agreement.objectionWindowDays);
    m_noticesTable->setRowCount(0);
    m_noticesTable->setRowCount(int(agreement.notices.size()));
    for (int row = 0; row < agreement.notices.size(); ++row)
        setNoticeRow(row, agreement.notices.at(row));
    fillMeasures(agreement.measureUuids);
    m_textEdits.value(QStringLiteral("auditEvidence"))->setPlainText(agreement.auditEvidence);
    selectData(m_endOfContractCombo, agreement.endOfContract);
    m_textEdits.value(QStringLiteral("endOfContractProof"))->setPlainText(agreement.endOfContractProof);
    fillAttachments();
    m_loading = false;

    updateKindDependent();
    updateChain();
    updateBanner();
    m_headingLabel->setText(agreement.uuid.isEmpty() ? tr("New agreement") : agreement.title);
    setModified(false);
    showValidation(currentAgreement().validate());
    if (!ok)
        m_summaryLabel->setText(tr("Error: %1").arg(failure));
    m_scrollArea->ensureVisible(0, 0);
    return ok;
}

void AgreementEditor::refreshPickers()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_allAgreements.clear();
    context()->reportIfFailed(context()->agreements().list(&m_allAgreements));
    fillPartyCombo(m_controllerCombo, m_controllerCombo->currentData().toString());
    fillPartyCombo(m_processorCombo, m_processorCombo->currentData().toString());
    fillParentCombo(m_parentCombo->currentData().toString());
    if (!wasLoading)
        fillMeasures(currentAgreement().measureUuids);
    m_loading = wasLoading;
    updateChain();
}

void AgreementEditor::fillPartyCombo(QComboBox *combo, const QString &current)
{
    QList<Domain::Party> parties;
    context()->reportIfFailed(context()->parties().list(&parties));
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Our organisation"), QString());
    bool found = current.isEmpty();
    for (const Domain::Party &party : std::as_const(parties)) {
        if (party.retired && party.uuid != current)
            continue;
        combo->addItem(party.retired ? tr("%1 (retired)").arg(party.name) : party.name, party.uuid);
        found = found || party.uuid == current;
    }
    if (!found)
        combo->addItem(tr("Unknown party"), current);
    selectData(combo, current);
}

void AgreementEditor::fillParentCombo(const QString &current)
{
    // Neither this agreement nor one below it can be its parent: that would make the chain a loop.
    QSet<QString> excluded;
    if (!m_loaded.uuid.isEmpty()) {
        excluded.insert(m_loaded.uuid);
        QList<Agreement> below;
        if (context()->agreements().chainBelow(m_loaded.uuid, &below)) {
            for (const Agreement &agreement : std::as_const(below))
                excluded.insert(agreement.uuid);
        }
    }
    const QSignalBlocker blocker(m_parentCombo);
    m_parentCombo->clear();
    m_parentCombo->addItem(tr("None"), QString());
    bool found = current.isEmpty();
    for (const Agreement &agreement : std::as_const(m_allAgreements)) {
        if (excluded.contains(agreement.uuid))
            continue;
        const bool terminated = agreement.status == QLatin1String("terminated");
        m_parentCombo->addItem(terminated ? tr("%1 (terminated)").arg(agreement.title) : agreement.title,
                               agreement.uuid);
        found = found || agreement.uuid == current;
    }
    if (!found)
        m_parentCombo->addItem(tr("Unknown agreement"), current);
    selectData(m_parentCombo, current);
}

void AgreementEditor::fillMeasures(const QStringList &checked)
{
    QList<Domain::SecurityMeasure> measures;
    context()->reportIfFailed(context()->measures().list(&measures));
    const QSignalBlocker blocker(m_measuresList);
    m_measuresList->clear();
    QSet<QString> shown;
    for (const Domain::SecurityMeasure &measure : std::as_const(measures)) {
        const bool linked = checked.contains(measure.uuid);
        if (measure.retired && !linked)
            continue;
        const QString kind = Codes::label(Codes::Kind::MeasureKind, measure.kind);
        auto *item = new QListWidgetItem(measure.retired ? tr("%1 (%2, retired)").arg(measure.title, kind)
                                                         : tr("%1 (%2)").arg(measure.title, kind),
                                         m_measuresList);
        item->setData(uuidRole, measure.uuid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
        shown.insert(measure.uuid);
    }
    for (const QString &uuid : checked) {
        if (shown.contains(uuid))
            continue;
        auto *item = new QListWidgetItem(tr("Unknown measure"), m_measuresList);
        item->setData(uuidRole, uuid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void AgreementEditor::setNoticeRow(int row, const SubprocessorNotice &notice)
{
    auto *received = new QTableWidgetItem(AgreementNoticeDelegate::dateText(notice.receivedOn));
    received->setData(noticeValueRole, notice.receivedOn);
    received->setData(uuidRole, notice.uuid);
    auto *deadline = new QTableWidgetItem;
    deadline->setData(noticeValueRole, notice.objectionDeadline);
    deadline->setFlags(deadline->flags() & ~Qt::ItemIsEditable);
    auto *decision = new QTableWidgetItem(Codes::label(Codes::Kind::NoticeDecision, notice.decision));
    decision->setData(noticeValueRole, notice.decision);
    auto *decided = new QTableWidgetItem(AgreementNoticeDelegate::dateText(notice.decidedOn));
    decided->setData(noticeValueRole, notice.decidedOn);
    m_noticesTable->setItem(row, NoticeColumn::ReceivedColumn, received);
    m_noticesTable->setItem(row, NoticeColumn::ChangeColumn, new QTableWidgetItem(notice.change));
    m_noticesTable->setItem(row, NoticeColumn::DeadlineColumn, deadline);
    m_noticesTable->setItem(row, NoticeColumn::DecisionColumn, decision);
    m_noticesTable->setItem(row, NoticeColumn::DecidedColumn, decided);
    m_noticesTable->setItem(row, NoticeColumn::NotesColumn, new QTableWidgetItem(notice.notes));
    refreshNoticeTexts();
}

void AgreementEditor::refreshNoticeTexts()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QDate today = context()->today();
    for (int row = 0; row < m_noticesTable->rowCount(); ++row) {
        QTableWidgetItem *deadline = m_noticesTable->item(row, NoticeColumn::DeadlineColumn);
        const QTableWidgetItem *decision = m_noticesTable->item(row, NoticeColumn::DecisionColumn);
        if (!deadline)
            continue;
        const QDate date = deadline->data(noticeValueRole).toDate();
        const bool pending = decision && decision->data(noticeValueRole).toString() == QLatin1String("pending");
        QString text = date.isValid() ? AgreementNoticeDelegate::dateText(date) : tr("computed on save");
        if (date.isValid() && pending && date < today)
            text = tr("%1 — passed").arg(text);
        deadline->setText(text);
        deadline->setToolTip(tr("Computed when you save, from the date received and the objection window, counting "
                                "days as Regulation 1182/71 does (a deadline on a weekend or holiday moves to the "
                                "next working day)."));
    }
    m_loading = wasLoading;
}

void AgreementEditor::fillAttachments()
{
    const QLocale locale;
    m_attachmentsTable->setRowCount(0);
    m_attachmentsTable->setRowCount(int(m_loaded.attachments.size()));
    for (int row = 0; row < m_loaded.attachments.size(); ++row) {
        const AttachmentInfo &attachment = m_loaded.attachments.at(row);
        auto *name = new QTableWidgetItem(attachment.fileName);
        name->setData(uuidRole, attachment.uuid);
        name->setToolTip(tr("SHA-256: %1").arg(attachment.sha256));
        m_attachmentsTable->setItem(row, AttachmentName, name);
        m_attachmentsTable->setItem(row, AttachmentSize,
                                    new QTableWidgetItem(locale.formattedDataSize(attachment.size)));
        m_attachmentsTable->setItem(
            row, AttachmentAdded,
            new QTableWidgetItem(
                tr("%1 %2").arg(locale.toString(attachment.addedAt.toLocalTime().date(), QLocale::ShortFormat),
                                locale.toString(attachment.addedAt.toLocalTime().time(), QLocale::ShortFormat))));
        m_attachmentsTable->setItem(row, AttachmentDescription, new QTableWidgetItem(attachment.description));
    }
    m_attachmentsTable->resizeColumnToContents(AttachmentName);
    m_attachmentsTable->setColumnWidth(AttachmentName,
                                       qBound(m_attachmentsTable->fontMetrics().averageCharWidth() * 16,
                                              m_attachmentsTable->columnWidth(AttachmentName),
                                              m_attachmentsTable->fontMetrics().averageCharWidth() * 40));
    const bool saved = !m_loaded.uuid.isEmpty();
    m_addAttachmentButton->setEnabled(saved);
    m_saveAttachmentButton->setEnabled(!selectedAttachmentUuid().isEmpty());
    m_removeAttachmentButton->setEnabled(!selectedAttachmentUuid().isEmpty());
    m_attachmentsHintLabel->setText(
        saved ? tr("The signed agreement and its annexes, kept encrypted inside the register (up to %1 each).")
                    .arg(locale.formattedDataSize(maxAttachmentSize))
              : tr("Save the agreement first; then you can add the signed document here."));
}

// --- editing -----------------------------------------------------------------------------------

Agreement AgreementEditor::currentAgreement() const
{
    Agreement agreement = m_loaded;
    agreement.title = m_titleEdit->text();
    agreement.kind = m_kindCombo->currentData().toString();
    agreement.status = m_statusCombo->currentData().toString();
    agreement.controllerUuid = m_controllerCombo->currentData().toString();
    agreement.processorUuid = m_processorCombo->currentData().toString();
    agreement.parentUuid = agreement.kind == subProcessing ? m_parentCombo->currentData().toString() : QString();
    agreement.subjectMatter = m_textEdits.value(QStringLiteral("subjectMatter"))->toPlainText();
    agreement.duration = m_textEdits.value(QStringLiteral("duration"))->toPlainText();
    agreement.naturePurpose = m_textEdits.value(QStringLiteral("naturePurpose"))->toPlainText();
    agreement.dataTypes = m_textEdits.value(QStringLiteral("dataTypes"))->toPlainText();
    agreement.subjectCategories = m_textEdits.value(QStringLiteral("subjectCategories"))->toPlainText();
    agreement.signedOn = m_dateFields.value(QStringLiteral("signedOn"))->date();
    agreement.effectiveOn = m_dateFields.value(QStringLiteral("effectiveOn"))->date();
    agreement.expiresOn = m_dateFields.value(QStringLiteral("expiresOn"))->date();
    agreement.reviewOn = m_dateFields.value(QStringLiteral("reviewOn"))->date();
    const QStringList clauseCodes = Codes::codes(Codes::Kind::AgreementClause);
    agreement.clauses.clear();
    for (int i = 0; i < clauseCodes.size() && i < m_clauseChecks.size(); ++i)
        agreement.clauses.append(
            {clauseCodes.at(i), m_clauseChecks.at(i)->isChecked(), m_clauseReferenceEdits.at(i)->text()});
    agreement.subprocessorAuthorisation = m_authorisationCombo->currentData().toString();
    agreement.objectionWindowDays = m_objectionSpin->value();

    agreement.notices.clear();
    for (int row = 0; row < m_noticesTable->rowCount(); ++row) {
        auto value = [this, row](int column, int role) {
            const QTableWidgetItem *item = m_noticesTable->item(row, column);
            return item ? item->data(role) : QVariant();
        };
        SubprocessorNotice notice;
        notice.uuid = value(NoticeColumn::ReceivedColumn, uuidRole).toString();
        notice.receivedOn = value(NoticeColumn::ReceivedColumn, noticeValueRole).toDate();
        notice.change = value(NoticeColumn::ChangeColumn, Qt::DisplayRole).toString();
        notice.objectionDeadline = value(NoticeColumn::DeadlineColumn, noticeValueRole).toDate();
        notice.decision = value(NoticeColumn::DecisionColumn, noticeValueRole).toString();
        notice.decidedOn = value(NoticeColumn::DecidedColumn, noticeValueRole).toDate();
        notice.notes = value(NoticeColumn::NotesColumn, Qt::DisplayRole).toString();
        agreement.notices.append(notice);
    }

    // Linked measures keep their stored order; newly ticked ones follow in list order.
    QStringList ticked;
    for (int row = 0; row < m_measuresList->count(); ++row) {
        const QListWidgetItem *item = m_measuresList->item(row);
        if (item->checkState() == Qt::Checked)
            ticked << item->data(uuidRole).toString();
    }
    agreement.measureUuids.clear();
    for (const QString &uuid : std::as_const(m_loaded.measureUuids)) {
        if (ticked.contains(uuid))
            agreement.measureUuids << uuid;
    }
    for (const QString &uuid : std::as_const(ticked)) {
        if (!agreement.measureUuids.contains(uuid))
            agreement.measureUuids << uuid;
    }
    agreement.auditEvidence = m_textEdits.value(QStringLiteral("auditEvidence"))->toPlainText();
    agreement.endOfContract = m_endOfContractCombo->currentData().toString();
    agreement.endOfContractProof = m_textEdits.value(QStringLiteral("endOfContractProof"))->toPlainText();
    return agreement;
}

void AgreementEditor::onEdited()
{
    if (m_loading)
        return;
    updateKindDependent();
    updateChain();
    refreshNoticeTexts();
    const Agreement agreement = currentAgreement();
    setModified(agreement != m_loaded);
    showValidation(agreement.validate());
}

void AgreementEditor::updateKindDependent()
{
    const bool sub = m_kindCombo->currentData().toString() == subProcessing;
    m_parentCombo->setEnabled(sub);
    m_gotoParentButton->setEnabled(sub && !m_parentCombo->currentData().toString().isEmpty());
}

void AgreementEditor::updateChain()
{
    const bool sub = m_kindCombo->currentData().toString() == subProcessing;
    QHash<QString, const Agreement *> byUuid;
    for (const Agreement &agreement : std::as_const(m_allAgreements))
        byUuid.insert(agreement.uuid, &agreement);

    // Controller → processor → sub-processor …: the titles from the top of the chain down to this one.
    QStringList titles;
    const QString thisTitle = m_titleEdit->text().trimmed();
    titles << (thisTitle.isEmpty() ? tr("this agreement") : thisTitle);
    QString parent = sub ? m_parentCombo->currentData().toString() : QString();
    QSet<QString> seen = {m_loaded.uuid};
    while (!parent.isEmpty() && !seen.contains(parent) && byUuid.contains(parent)) {
        seen.insert(parent);
        const Agreement *above = byUuid.value(parent);
        titles.prepend(above->title);
        parent = above->parentUuid;
    }
    m_chainLabel->setText(tr("Chain: %1").arg(titles.join(tr(" → "))));
    m_chainLabel->setVisible(titles.size() > 1);

    QStringList below;
    if (!m_loaded.uuid.isEmpty()) {
        QList<Agreement> agreements;
        if (context()->agreements().chainBelow(m_loaded.uuid, &agreements)) {
            for (const Agreement &agreement : std::as_const(agreements))
                below << agreement.title;
        }
    }
    m_belowLabel->setText(tr("Below this agreement: %1").arg(below.join(tr(", "))));
    m_belowLabel->setVisible(!below.isEmpty());
}

void AgreementEditor::updateBanner()
{
    m_banner->setFindings(m_loaded.uuid.isEmpty() ? Findings() : context()->findingsFor(entityCode, m_loaded.uuid));
}

void AgreementEditor::showValidation(const Findings &findings)
{
    // A form just opened for a new agreement is not yet wrong: say what to do, not what is missing.
    const bool untouchedNew = m_loaded.uuid.isEmpty() && !isModified();
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it) {
        QStringList lines;
        for (const Finding &finding : Domain::findingsFor(findings, it.key())) {
            if (!untouchedNew)
                lines << Severity::prefixed(finding);
        }
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
    const int errors = int(std::count_if(findings.cbegin(), findings.cend(),
                                         [](const Finding &f) { return f.severity == Finding::Severity::Error; }));
    const int warnings = int(findings.size()) - errors;
    if (errors > 0 && !untouchedNew)
        m_summaryLabel->setText(tr("%n field(s) must be corrected before saving.", nullptr, errors));
    else if (errors > 0)
        m_summaryLabel->setText(tr("Give the agreement a title and name both parties, then save."));
    else if (warnings > 0)
        m_summaryLabel->setText(
            tr("%n remark(s); you can save, but an auditor may ask about them.", nullptr, warnings));
    else
        m_summaryLabel->setText(
            tr("Art. 28(3): the agreement binds the processor to the controller and sets out the processing."));
    m_saveButton->setEnabled(errors == 0 && (isModified() || m_loaded.uuid.isEmpty()));
    m_revertButton->setEnabled(isModified());
}

// --- saving ------------------------------------------------------------------------------------

bool AgreementEditor::save()
{
    Agreement agreement = currentAgreement();
    if (!agreement.uuid.isEmpty() && agreement == m_loaded)
        return true;
    Findings findings = agreement.validate();
    if (Domain::hasErrors(findings)) {
        showValidation(findings);
        for (const Finding &finding : std::as_const(findings)) {
            if (finding.severity == Finding::Severity::Error) {
                focusField(finding.field);
                break;
            }
        }
        return false;
    }
    findings.clear();
    const Status status = context()->agreements().save(&agreement, &findings);
    if (!status) {
        if (!findings.isEmpty())
            showValidation(findings);
        m_summaryLabel->setText(tr("Error: %1").arg(status.message()));
        return false;
    }
    // Read back what the service computed (notice deadlines, timestamps).
    load(agreement.uuid);
    emit saved(agreement.uuid);
    return true;
}

QString AgreementEditor::displayName() const
{
    return m_loaded.title;
}

QWidget *AgreementEditor::fieldWidget(const QString &field) const
{
    const QString lower = field.toLower();
    if (lower.startsWith(QLatin1String("clause"))) {
        // "clauses.a", "clause_h", "clauses/infringement_notice": the row of that clause.
        static const QRegularExpression separators(QStringLiteral("[.:/\\[\\]\\-]"));
        const QStringList parts = field.split(separators, Qt::SkipEmptyParts);
        const QStringList clauseCodes = Codes::codes(Codes::Kind::AgreementClause);
        for (const QString &part : parts) {
            QString code = part;
            if (code.startsWith(QLatin1String("clause_")))
                code = code.mid(7);
            const int index = int(clauseCodes.indexOf(code));
            if (index >= 0 && index < m_clauseChecks.size() && part != parts.constFirst())
                return m_clauseChecks.at(index);
            if (index >= 0 && index < m_clauseChecks.size() && part.startsWith(QLatin1String("clause_")))
                return m_clauseChecks.at(index);
        }
        for (QCheckBox *check : m_clauseChecks) {
            if (!check->isChecked())
                return check;
        }
        return m_fieldWidgets.value(QStringLiteral("clauses"));
    }
    if (QWidget *widget = m_fieldWidgets.value(field))
        return widget;
    if (lower.startsWith(QLatin1String("notice")))
        return m_noticesTable;
    if (lower.contains(QLatin1String("attachment")) || lower.contains(QLatin1String("document")))
        return m_attachmentsTable;
    if (lower.startsWith(QLatin1String("measure")))
        return m_measuresList;
    if (lower.startsWith(QLatin1String("objection")))
        return m_objectionSpin;
    if (lower.startsWith(QLatin1String("subprocessor")) || lower.startsWith(QLatin1String("authori")))
        return m_authorisationCombo;
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
        if (lower.startsWith(it.key().toLower()))
            return it.value();
    }
    return nullptr;
}

void AgreementEditor::focusField(const QString &field)
{
    QWidget *widget = fieldWidget(field);
    if (!widget)
        widget = m_titleEdit;
    QWidget *visible = widget;
    // Show the label and the message with the field where there is room.
    if (QWidget *cell = widget->parentWidget())
        visible = cell;
    m_scrollArea->ensureWidgetVisible(visible);
    m_scrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

// --- pickers: new items in place ---------------------------------------------------------------

QString AgreementEditor::createParty(const QString &name, bool controllerSide, Status *status)
{
    Domain::Party party;
    party.name = name.trimmed();
    if (controllerSide)
        party.roles << QStringLiteral("controller");
    else
        party.roles << (m_kindCombo->currentData().toString() == subProcessing ? QStringLiteral("sub_processor")
                                                                               : QStringLiteral("processor"));
    Findings findings;
    Status result = context()->parties().save(&party, &findings);
    if (result && party.uuid.isEmpty())
        result = Status::error(Status::Code::DatabaseError, tr("The party could not be saved."));
    if (status)
        *status = result;
    if (!result)
        return QString();
    QComboBox *combo = controllerSide ? m_controllerCombo : m_processorCombo;
    fillPartyCombo(combo, party.uuid);
    onEdited();
    return party.uuid;
}

QString AgreementEditor::createMeasure(const QString &title, Status *status)
{
    Domain::SecurityMeasure measure;
    measure.title = title.trimmed();
    Findings findings;
    Status result = context()->measures().save(&measure, &findings);
    if (result && measure.uuid.isEmpty())
        result = Status::error(Status::Code::DatabaseError, tr("The measure could not be saved."));
    if (status)
        *status = result;
    if (!result)
        return QString();
    QStringList checked = currentAgreement().measureUuids;
    checked << measure.uuid;
    fillMeasures(checked);
    onEdited();
    return measure.uuid;
}

void AgreementEditor::newPartyInteractive(bool controllerSide)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New party"), controllerSide ? tr("Name of the controller:") : tr("Name of the processor:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Status status;
    if (createParty(name, controllerSide, &status).isEmpty())
        showFailure(status);
    else
        (controllerSide ? m_controllerCombo : m_processorCombo)->setFocus();
}

void AgreementEditor::newMeasureInteractive()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("New measure"), tr("Name of the measure:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    Status status;
    if (createMeasure(title, &status).isEmpty())
        showFailure(status);
}

void AgreementEditor::showFailure(const Status &status)
{
    QMessageBox::warning(this, tr("Agreement"), status.message());
}

// --- change notices ----------------------------------------------------------------------------

void AgreementEditor::addNotice()
{
    SubprocessorNotice notice;
    notice.receivedOn = context()->today();
    const int row = m_noticesTable->rowCount();
    m_loading = true;
    m_noticesTable->insertRow(row);
    setNoticeRow(row, notice);
    m_loading = false;
    onEdited();
    m_noticesTable->setCurrentCell(row, NoticeColumn::ChangeColumn);
    if (isVisible()) {
        m_noticesTable->setFocus();
        m_noticesTable->editItem(m_noticesTable->item(row, NoticeColumn::ChangeColumn));
    }
}

void AgreementEditor::removeNotice(int row)
{
    if (row < 0 || row >= m_noticesTable->rowCount())
        return;
    m_noticesTable->removeRow(row);
    onEdited();
}

// --- documents ---------------------------------------------------------------------------------

QString AgreementEditor::selectedAttachmentUuid() const
{
    const int row = m_attachmentsTable->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_attachmentsTable->item(row, AttachmentName) : nullptr;
    return item && m_attachmentsTable->selectionModel()->isRowSelected(row) ? item->data(uuidRole).toString()
                                                                            : QString();
}

void AgreementEditor::reloadAttachments()
{
    // Only the documents: unsaved edits in the other fields stay as they are.
    Agreement stored;
    if (context()->agreements().load(m_loaded.uuid, &stored))
        m_loaded.attachments = stored.attachments;
    fillAttachments();
    updateBanner();
}

Status AgreementEditor::addAttachmentFile(const QString &path, const QString &description)
{
    if (m_loaded.uuid.isEmpty())
        return Status::error(Status::Code::InvalidInput,
                             tr("Save the agreement first; then you can add documents to it."));
    const QFileInfo info(path);
    if (info.size() > maxAttachmentSize)
        return Status::error(Status::Code::InvalidInput,
                             tr("“%1” is %2; documents up to %3 can be kept in the register. Save a smaller copy "
                                "(for example a PDF without scanned images), or keep the file elsewhere and say "
                                "where in the audit evidence.")
                                 .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                      QLocale().formattedDataSize(maxAttachmentSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(Status::Code::IoError,
                             tr("“%1” could not be read: %2").arg(info.fileName(), file.errorString()),
                             file.errorString());
    const QByteArray content = file.read(maxAttachmentSize + 1);
    if (content.size() > maxAttachmentSize)
        return Status::error(Status::Code::InvalidInput,
                             tr("“%1” is larger than %2: documents up to that size can be kept in the register.")
                                 .arg(info.fileName(), QLocale().formattedDataSize(maxAttachmentSize)));
    const QString mimeType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), content).name();
    AttachmentInfo added;
    const Status status =
        context()->agreements().addAttachment(m_loaded.uuid, info.fileName(), mimeType, content, description, &added);
    if (status) {
        reloadAttachments();
        for (int row = 0; row < m_attachmentsTable->rowCount(); ++row) {
            if (m_attachmentsTable->item(row, AttachmentName)->data(uuidRole).toString() == added.uuid)
                m_attachmentsTable->selectRow(row);
        }
    }
    return status;
}

Status AgreementEditor::saveAttachmentTo(const QString &attachmentUuid, const QString &path)
{
    QByteArray content;
    const Status status = context()->agreements().attachmentContent(attachmentUuid, &content);
    if (!status)
        return status;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        const QString error = file.errorString();
        file.close();
        return Status::error(Status::Code::IoError,
                             tr("The document could not be written to “%1”: %2").arg(QFileInfo(path).fileName(), error),
                             error);
    }
    file.close();
    return Status::ok();
}

Status AgreementEditor::removeAttachment(const QString &attachmentUuid)
{
    const Status status = context()->agreements().removeAttachment(attachmentUuid);
    if (status)
        reloadAttachments();
    return status;
}

void AgreementEditor::addAttachmentInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a document to “%1”").arg(m_loaded.title));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).size() > maxAttachmentSize) {
        showFailure(addAttachmentFile(path, QString()));
        return;
    }
    bool ok = false;
    const QString description = QInputDialog::getText(this, tr("Add a document"),
                                                      tr("Description (for example \"signed agreement, version 2\"):"),
                                                      QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status status = addAttachmentFile(path, description.trimmed());
    if (!status)
        showFailure(status);
}

void AgreementEditor::saveAttachmentInteractive()
{
    const QString uuid = selectedAttachmentUuid();
    if (uuid.isEmpty())
        return;
    const QString fileName = m_attachmentsTable->item(m_attachmentsTable->currentRow(), AttachmentName)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save document as"), fileName);
    if (path.isEmpty())
        return;
    const Status status = saveAttachmentTo(uuid, path);
    if (!status)
        showFailure(status);
}

void AgreementEditor::removeAttachmentInteractive()
{
    const QString uuid = selectedAttachmentUuid();
    if (uuid.isEmpty())
        return;
    const QString fileName = m_attachmentsTable->item(m_attachmentsTable->currentRow(), AttachmentName)->text();
    const auto answer =
        QMessageBox::question(this, tr("Remove document"),
                              tr("Remove “%1” from the register? The document itself is deleted from the register "
                                 "file; the history keeps a record that it was there.")
                                  .arg(fileName),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status status = removeAttachment(uuid);
    if (!status)
        showFailure(status);
}

// --- texts -------------------------------------------------------------------------------------

void AgreementEditor::fillCodeCombos()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    auto fill = [](QComboBox *combo, Codes::Kind kind, const QString &noneText) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (!noneText.isEmpty())
            combo->addItem(noneText, QString());
        for (const QString &code : Codes::codes(kind))
            combo->addItem(Codes::label(kind, code), code);
        selectData(combo, current);
    };
    fill(m_kindCombo, Codes::Kind::AgreementKind, QString());
    fill(m_statusCombo, Codes::Kind::AgreementStatus, QString());
    fill(m_authorisationCombo, Codes::Kind::Authorisation, tr("Not settled"));
    fill(m_endOfContractCombo, Codes::Kind::EndOfContract, tr("Not yet"));
    m_loading = wasLoading;
}

void AgreementEditor::retranslateUi()
{
    fillCodeCombos();
    m_groups.value(QStringLiteral("agreement"))->setTitle(tr("Agreement — Art. 28(3)"));
    m_groups.value(QStringLiteral("parties"))->setTitle(tr("Parties and chain — Art. 28(1), 28(4)"));
    m_groups.value(QStringLiteral("details"))->setTitle(tr("Subject-matter and details — Art. 28(3) first sentence"));
    m_groups.value(QStringLiteral("dates"))->setTitle(tr("Dates"));
    m_groups.value(QStringLiteral("clauses"))->setTitle(tr("Obligations of the processor — Art. 28(3)(a)–(h)"));
    m_groups.value(QStringLiteral("subprocessors"))->setTitle(tr("Sub-processors — Art. 28(2), 28(4)"));
    m_groups.value(QStringLiteral("measures"))->setTitle(tr("Security measures — Art. 28(3)(c), Art. 32"));
    m_groups.value(QStringLiteral("end"))->setTitle(tr("Audits and end of contract — Art. 28(3)(g), (h)"));
    m_groups.value(QStringLiteral("documents"))->setTitle(tr("Documents"));

    const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("title"), tr("&Title:")},
        {QStringLiteral("kind"), tr("&Kind:")},
        {QStringLiteral("status"), tr("Stat&us:")},
        {QStringLiteral("controllerUuid"), tr("&Controller:")},
        {QStringLiteral("processorUuid"), tr("&Processor:")},
        {QStringLiteral("parentUuid"), tr("Agreement &above:")},
        {QStringLiteral("subjectMatter"), tr("Subject-matter:")},
        {QStringLiteral("duration"), tr("Duration:")},
        {QStringLiteral("naturePurpose"), tr("Nature and purpose:")},
        {QStringLiteral("dataTypes"), tr("Types of personal data:")},
        {QStringLiteral("subjectCategories"), tr("Categories of data subjects:")},
        {QStringLiteral("signedOn"), tr("Signed on:")},
        {QStringLiteral("effectiveOn"), tr("Effective from:")},
        {QStringLiteral("expiresOn"), tr("E&xpires on:")},
        {QStringLiteral("reviewOn"), tr("Next re&view:")},
        {QStringLiteral("subprocessorAuthorisation"), tr("Authorisation:")},
        {QStringLiteral("objectionWindowDays"), tr("Objection window:")},
        {QStringLiteral("notices"), tr("Change notices:")},
        {QStringLiteral("measureUuids"), tr("Measures:")},
        {QStringLiteral("auditEvidence"), tr("Audit evidence:")},
        {QStringLiteral("endOfContract"), tr("End of contract:")},
        {QStringLiteral("endOfContractProof"), tr("Proof of deletion or return:")},
        {QStringLiteral("attachments"), tr("Documents:")},
    };
    for (const auto &[field, text] : labels) {
        if (QLabel *label = m_labels.value(field))
            label->setText(text);
        const QString plain = plainLabel(text);
        if (AgreementDateField *dateField = m_dateFields.value(field))
            dateField->setAccessibleNames(plain);
        else if (QWidget *widget = m_fieldWidgets.value(field))
            widget->setAccessibleName(plain);
    }
    m_titleEdit->setPlaceholderText(tr("e.g. Processing agreement hosting"));
    m_textEdits.value(QStringLiteral("subjectMatter"))
        ->setPlaceholderText(tr("What the processor does for the controller, e.g. hosting the customer portal"));
    m_textEdits.value(QStringLiteral("duration"))
        ->setPlaceholderText(tr("e.g. for as long as the main contract runs, plus the time needed to return the data"));
    m_textEdits.value(QStringLiteral("naturePurpose"))
        ->setPlaceholderText(tr("The operations (storage, backup, support access) and what they serve"));
    m_textEdits.value(QStringLiteral("dataTypes"))
        ->setPlaceholderText(tr("e.g. name, e-mail address, IP address, account data"));
    m_textEdits.value(QStringLiteral("subjectCategories"))
        ->setPlaceholderText(tr("e.g. customers' employees, website visitors"));
    m_textEdits.value(QStringLiteral("auditEvidence"))
        ->setPlaceholderText(tr("Certificates, audit reports and their dates, e.g. ISO 27001 certificate valid to …"));
    m_textEdits.value(QStringLiteral("endOfContractProof"))
        ->setPlaceholderText(tr("e.g. deletion statement of the processor, dated …"));

    m_newControllerButton->setText(tr("New party…"));
    m_newControllerButton->setAccessibleName(tr("New party as controller"));
    m_newProcessorButton->setText(tr("New party…"));
    m_newProcessorButton->setAccessibleName(tr("New party as processor"));
    m_gotoControllerButton->setText(tr("Go to"));
    m_gotoControllerButton->setAccessibleName(tr("Go to the controller"));
    m_gotoProcessorButton->setText(tr("Go to"));
    m_gotoProcessorButton->setAccessibleName(tr("Go to the processor"));
    m_gotoParentButton->setText(tr("Go to"));
    m_gotoParentButton->setAccessibleName(tr("Go to the agreement above"));
    m_parentCombo->setToolTip(tr("For a sub-processing agreement: the agreement above it in the chain (Art. 28(4))."));

    m_clausesIntroLabel->setText(tr("Tick each obligation the agreement contains and note the clause that covers it."));
    const QStringList clauseCodes = Codes::codes(Codes::Kind::AgreementClause);
    for (int i = 0; i < clauseCodes.size() && i < m_clauseChecks.size(); ++i) {
        const QString label = Codes::label(Codes::Kind::AgreementClause, clauseCodes.at(i));
        m_clauseLabels.at(i)->setText(label);
        m_clauseChecks.at(i)->setAccessibleName(label);
        m_clauseReferenceEdits.at(i)->setPlaceholderText(tr("e.g. art. 4.2"));
        m_clauseReferenceEdits.at(i)->setAccessibleName(tr("Clause of the agreement for: %1").arg(label));
    }

    m_objectionSpin->setSpecialValueText(tr("none agreed"));
    m_objectionSpin->setSuffix(tr(" days"));
    m_objectionSpin->setToolTip(
        tr("Days the controller has to object to a new sub-processor; 5, 15 or 30 are common."));
    m_noticesLabel->setText(tr("Notices of intended changes of sub-processors. The objection deadline is computed "
                               "when you save."));
    m_noticesTable->setHorizontalHeaderLabels(
        {tr("Received on"), tr("Change"), tr("Objection deadline"), tr("Decision"), tr("Decided on"), tr("Notes")});
    m_addNoticeButton->setText(tr("Add notice"));
    m_removeNoticeButton->setText(tr("Remove notice"));
    m_newMeasureButton->setText(tr("New measure…"));
    m_measuresList->setToolTip(tr("Tick the measures the agreement requires; Enter opens the measure."));

    m_attachmentsTable->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("Description")});
    m_addAttachmentButton->setText(tr("Add…"));
    m_addAttachmentButton->setAccessibleName(tr("Add a document"));
    m_saveAttachmentButton->setText(tr("Save as…"));
    m_saveAttachmentButton->setAccessibleName(tr("Save the document as a file"));
    m_removeAttachmentButton->setText(tr("Remove"));
    m_removeAttachmentButton->setAccessibleName(tr("Remove the document"));

    m_saveButton->setText(tr("&Save"));
    alignLabels();
    m_revertButton->setText(tr("&Revert"));

    if (!m_loading) {
        const bool wasLoading = m_loading;
        m_loading = true;
        for (int row = 0; row < m_noticesTable->rowCount(); ++row) {
            QTableWidgetItem *decision = m_noticesTable->item(row, NoticeColumn::DecisionColumn);
            if (decision)
                decision->setText(
                    Codes::label(Codes::Kind::NoticeDecision, decision->data(noticeValueRole).toString()));
            for (const int column : {int(NoticeColumn::ReceivedColumn), int(NoticeColumn::DecidedColumn)}) {
                if (QTableWidgetItem *item = m_noticesTable->item(row, column))
                    item->setText(AgreementNoticeDelegate::dateText(item->data(noticeValueRole).toDate()));
            }
        }
        m_loading = wasLoading;
        refreshNoticeTexts();
        fillParentCombo(m_parentCombo->currentData().toString());
        fillPartyCombo(m_controllerCombo, m_controllerCombo->currentData().toString());
        fillPartyCombo(m_processorCombo, m_processorCombo->currentData().toString());
        fillAttachments();
        updateChain();
        if (m_loaded.uuid.isEmpty())
            m_headingLabel->setText(tr("New agreement"));
        showValidation(currentAgreement().validate());
    }
}

void AgreementEditor::alignLabels()
{
    // One label column for every group, so the fields line up down the form.
    int width = 0;
    for (QLabel *label : std::as_const(m_labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(width);
}

void AgreementEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_saveButton)
        retranslateUi();
    EntityEditor::changeEvent(event);
}

} // namespace Custodian::Ui
