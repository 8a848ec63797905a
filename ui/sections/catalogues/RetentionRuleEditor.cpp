#include "sections/catalogues/RetentionRuleEditor.h"

#include "domain/Codes.h"
#include "framework/FindingsBanner.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyFieldMessages.h"
#include "sections/catalogues/PartyUsedByList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::RetentionRule;

namespace {

constexpr int maximumPeriod = 999;

RetentionRule normalised(RetentionRule rule)
{
    for (QString *text : {&rule.name, &rule.trigger, &rule.legalSource})
        *text = text->trimmed();
    return rule;
}

QString plain(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

QPlainTextEdit *textEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
                         int(edit->document()->documentMargin() * 2));
    return edit;
}

} // namespace

RetentionRuleEditor::RetentionRuleEditor(RegisterContext *context, QWidget *parent) : CatalogueEditor(context, parent)
{
    setObjectName(QStringLiteral("retentionRuleEditor"));
    m_messages = new PartyFieldMessages(this);

    m_banner = new FindingsBanner(this);
    m_banner->setObjectName(QStringLiteral("findingsBanner"));
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setWordWrap(true);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setVisible(false);
    m_seedLabel = new QLabel(this);
    m_seedLabel->setObjectName(QStringLiteral("seedLabel"));
    m_seedLabel->setWordWrap(true);
    m_seedLabel->setVisible(false);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    // How long, from when.
    m_periodGroup = new QGroupBox(content);
    auto *periodForm = new QFormLayout(m_periodGroup);
    periodForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_nameEdit = new QLineEdit(m_periodGroup);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameLabel = new QLabel(m_periodGroup);
    m_nameLabel->setBuddy(m_nameEdit);
    periodForm->addRow(m_nameLabel, m_messages->cell(QStringLiteral("name"), m_nameEdit, m_periodGroup));

    auto *periodCell = new QWidget(m_periodGroup);
    auto *periodCellLayout = new QVBoxLayout(periodCell);
    periodCellLayout->setContentsMargins(0, 0, 0, 0);
    auto *periodRow = new QHBoxLayout;
    m_periodCountSpin = new QSpinBox(periodCell);
    m_periodCountSpin->setObjectName(QStringLiteral("periodCountSpin"));
    m_periodCountSpin->setRange(1, maximumPeriod);
    m_periodUnitCombo = new QComboBox(periodCell);
    m_periodUnitCombo->setObjectName(QStringLiteral("periodUnitCombo"));
    m_noFixedPeriodCheck = new QCheckBox(periodCell);
    m_noFixedPeriodCheck->setObjectName(QStringLiteral("noFixedPeriodCheck"));
    periodRow->addWidget(m_periodCountSpin);
    periodRow->addWidget(m_periodUnitCombo);
    periodRow->addSpacing(m_noFixedPeriodCheck->fontMetrics().averageCharWidth() * 2);
    periodRow->addWidget(m_noFixedPeriodCheck);
    periodRow->addStretch(1);
    periodCellLayout->addLayout(periodRow);
    periodCellLayout->addWidget(m_messages->messageLabel(QStringLiteral("periodCount"), m_periodCountSpin, periodCell));
    periodCellLayout->addWidget(m_messages->messageLabel(QStringLiteral("periodUnit"), m_periodUnitCombo, periodCell));
    m_periodLabel = new QLabel(m_periodGroup);
    m_periodLabel->setBuddy(m_periodCountSpin);
    periodForm->addRow(m_periodLabel, periodCell);

    m_triggerEdit = new QLineEdit(m_periodGroup);
    m_triggerEdit->setObjectName(QStringLiteral("triggerEdit"));
    m_triggerLabel = new QLabel(m_periodGroup);
    m_triggerLabel->setBuddy(m_triggerEdit);
    periodForm->addRow(m_triggerLabel, m_messages->cell(QStringLiteral("trigger"), m_triggerEdit, m_periodGroup));
    m_previewLabel = new QLabel(m_periodGroup);
    m_previewLabel->setObjectName(QStringLiteral("periodPreview"));
    m_previewLabel->setWordWrap(true);
    periodForm->addRow(QString(), m_previewLabel);

    // What the period rests on.
    m_groundGroup = new QGroupBox(content);
    auto *groundForm = new QFormLayout(m_groundGroup);
    groundForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_basisCombo = new QComboBox(m_groundGroup);
    m_basisCombo->setObjectName(QStringLiteral("basisCombo"));
    m_basisLabel = new QLabel(m_groundGroup);
    m_basisLabel->setBuddy(m_basisCombo);
    groundForm->addRow(m_basisLabel, m_messages->cell(QStringLiteral("basisType"), m_basisCombo, m_groundGroup));
    m_legalSourceEdit = new QLineEdit(m_groundGroup);
    m_legalSourceEdit->setObjectName(QStringLiteral("legalSourceEdit"));
    m_legalSourceLabel = new QLabel(m_groundGroup);
    m_legalSourceLabel->setBuddy(m_legalSourceEdit);
    groundForm->addRow(m_legalSourceLabel,
                       m_messages->cell(QStringLiteral("legalSource"), m_legalSourceEdit, m_groundGroup));

    // A hold overrides the period.
    m_holdGroup = new QGroupBox(content);
    auto *holdForm = new QFormLayout(m_holdGroup);
    holdForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_legalHoldCheck = new QCheckBox(m_holdGroup);
    m_legalHoldCheck->setObjectName(QStringLiteral("legalHoldCheck"));
    holdForm->addRow(m_messages->cell(QStringLiteral("legalHold"), m_legalHoldCheck, m_holdGroup));
    m_legalHoldReasonEdit = textEdit(QStringLiteral("legalHoldReasonEdit"), 3, m_holdGroup);
    m_legalHoldReasonLabel = new QLabel(m_holdGroup);
    m_legalHoldReasonLabel->setBuddy(m_legalHoldReasonEdit);
    holdForm->addRow(m_legalHoldReasonLabel,
                     m_messages->cell(QStringLiteral("legalHoldReason"), m_legalHoldReasonEdit, m_holdGroup));

    m_notesGroup = new QGroupBox(content);
    auto *notesLayout = new QVBoxLayout(m_notesGroup);
    m_notesEdit = textEdit(QStringLiteral("notesEdit"), 5, m_notesGroup);
    notesLayout->addWidget(m_notesEdit);
    notesLayout->addWidget(m_messages->messageLabel(QStringLiteral("notes"), m_notesEdit, m_notesGroup));

    m_usedByGroup = new QGroupBox(content);
    auto *usedByLayout = new QVBoxLayout(m_usedByGroup);
    m_usedByIntroLabel = new QLabel(m_usedByGroup);
    m_usedByIntroLabel->setWordWrap(true);
    m_usedByList = new PartyUsedByList(context, m_usedByGroup);
    m_usedByIntroLabel->setBuddy(m_usedByList);
    usedByLayout->addWidget(m_usedByIntroLabel);
    usedByLayout->addWidget(m_usedByList);

    for (QGroupBox *group : {m_periodGroup, m_groundGroup, m_holdGroup, m_notesGroup, m_usedByGroup})
        contentLayout->addWidget(group);
    contentLayout->addStretch(1); // groups keep their natural height; the space goes below

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidget(content);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("editorMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    m_revertButton = new QPushButton(this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_messageLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_seedLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_scrollArea, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_nameEdit, m_triggerEdit, m_legalSourceEdit})
        connect(edit, &QLineEdit::textEdited, this, &RetentionRuleEditor::onEdited);
    connect(m_periodCountSpin, &QSpinBox::valueChanged, this, &RetentionRuleEditor::onEdited);
    connect(m_periodUnitCombo, &QComboBox::currentIndexChanged, this, &RetentionRuleEditor::onEdited);
    connect(m_noFixedPeriodCheck, &QCheckBox::toggled, this, &RetentionRuleEditor::onEdited);
    connect(m_basisCombo, &QComboBox::currentIndexChanged, this, &RetentionRuleEditor::onEdited);
    connect(m_legalHoldCheck, &QCheckBox::toggled, this, &RetentionRuleEditor::onEdited);
    connect(m_legalHoldReasonEdit, &QPlainTextEdit::textChanged, this, &RetentionRuleEditor::onEdited);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &RetentionRuleEditor::onEdited);
    connect(m_banner, &FindingsBanner::fieldRequested, this, &RetentionRuleEditor::focusField);
    connect(m_saveButton, &QPushButton::clicked, this, &RetentionRuleEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RetentionRuleEditor::revert);

    retranslateUi();
    load(QString());
}

void RetentionRuleEditor::fillCombos()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    auto fill = [](QComboBox *combo, Codes::Kind kind) {
        const QString current = combo->currentData().toString();
        combo->clear();
        const QStringList codes = Codes::codes(kind);
        for (const QString &code : codes)
            combo->addItem(Codes::label(kind, code), code);
        combo->setCurrentIndex(combo->findData(current));
    };
    fill(m_periodUnitCombo, Codes::Kind::PeriodUnit);
    fill(m_basisCombo, Codes::Kind::RetentionBasis);
    m_loading = wasLoading;
}

RetentionRule RetentionRuleEditor::currentRule() const
{
    RetentionRule rule = m_loaded;
    rule.name = m_nameEdit->text().trimmed();
    if (m_noFixedPeriodCheck->isChecked()) {
        rule.periodCount = 0;
        rule.periodUnit.clear();
    } else {
        rule.periodCount = m_periodCountSpin->value();
        rule.periodUnit = m_periodUnitCombo->currentData().toString();
    }
    rule.trigger = m_triggerEdit->text().trimmed();
    rule.basisType = m_basisCombo->currentData().toString();
    rule.legalSource = m_legalSourceEdit->text().trimmed();
    rule.legalHold = m_legalHoldCheck->isChecked();
    rule.legalHoldReason = m_legalHoldReasonEdit->toPlainText();
    rule.notes = m_notesEdit->toPlainText();
    return rule;
}

QString RetentionRuleEditor::displayName() const
{
    const QString name = m_nameEdit->text().trimmed();
    return name.isEmpty() ? m_loaded.name : name;
}

bool RetentionRuleEditor::load(const QString &uuid)
{
    RetentionRule rule;
    if (!uuid.isEmpty()) {
        const Status status = context()->retentionRules().load(uuid, &rule);
        if (!status) {
            m_messageLabel->setText(status.message());
            m_messageLabel->setVisible(true);
            return false;
        }
    }
    m_loading = true;
    m_loaded = rule;
    m_nameEdit->setText(rule.name);
    const bool fixed = rule.periodCount > 0;
    m_noFixedPeriodCheck->setChecked(!fixed);
    m_periodCountSpin->setValue(fixed ? rule.periodCount : 1);
    const QString unit = rule.periodUnit.isEmpty() && !fixed ? QStringLiteral("years") : rule.periodUnit;
    m_periodUnitCombo->setCurrentIndex(m_periodUnitCombo->findData(unit));
    m_triggerEdit->setText(rule.trigger);
    m_basisCombo->setCurrentIndex(m_basisCombo->findData(rule.basisType));
    m_legalSourceEdit->setText(rule.legalSource);
    m_legalHoldCheck->setChecked(rule.legalHold);
    m_legalHoldReasonEdit->setPlainText(rule.legalHoldReason);
    m_notesEdit->setPlainText(rule.notes);
    m_loading = false;

    m_showErrors = !uuid.isEmpty();
    m_messageLabel->clear();
    m_messageLabel->setVisible(false);
    showValidation(m_showErrors ? rule.validate() : Findings());
    updateEnabled();
    refresh();
    setModified(false);
    updateButtons();
    m_scrollArea->ensureVisible(0, 0);
    return true;
}

void RetentionRuleEditor::refresh()
{
    if (!m_loaded.uuid.isEmpty()) {
        RetentionRule stored;
        if (context()->retentionRules().load(m_loaded.uuid, &stored))
            m_loaded.retired = stored.retired;
    }
    // The banner: what the completeness check says, and the remarks the stored rule still carries.
    Findings findings;
    if (!m_loaded.uuid.isEmpty()) {
        findings = context()->findingsFor(QStringLiteral("retention_rule"), m_loaded.uuid);
        const Findings own = m_loaded.validate();
        for (const Finding &finding : own) {
            if (finding.severity != Finding::Severity::Info && !findings.contains(finding))
                findings.append(finding);
        }
    }
    m_banner->setFindings(findings);
    const QList<PartyUsedByList::Reference> references = referencesTo(m_loaded.uuid);
    m_usedByList->setReferences(references, m_loaded.uuid.isEmpty()
                                                ? tr("No data category follows a new rule yet.")
                                                : tr("No processing activity keeps a data category under this rule."));
    updateHeading();
}

void RetentionRuleEditor::updateHeading()
{
    const QString name = displayName();
    m_headingLabel->setText(m_loaded.uuid.isEmpty() && name.isEmpty() ? tr("New retention rule") : name);
    m_stateLabel->setText(tr("This rule is retired: it stays in the register's history but is no longer offered for "
                             "new links. Use “Restore” to offer it again."));
    m_stateLabel->setVisible(m_loaded.retired);
    m_seedLabel->setText(tr("From the catalogue of Dutch statutory retention periods. Check it against your own "
                            "situation and adapt it where needed."));
    m_seedLabel->setVisible(!m_loaded.seedKey.isEmpty());
    m_previewLabel->setText(tr("Reads as: %1").arg(currentRule().periodText()));
}

void RetentionRuleEditor::updateEnabled()
{
    const bool fixed = !m_noFixedPeriodCheck->isChecked();
    m_periodCountSpin->setEnabled(fixed);
    m_periodUnitCombo->setEnabled(fixed);
    m_legalHoldReasonEdit->setEnabled(m_legalHoldCheck->isChecked() ||
                                      !m_legalHoldReasonEdit->toPlainText().trimmed().isEmpty());
    m_legalHoldReasonLabel->setEnabled(m_legalHoldReasonEdit->isEnabled());
}

void RetentionRuleEditor::onEdited()
{
    if (m_loading)
        return;
    m_showErrors = true;
    updateEnabled();
    const RetentionRule rule = currentRule();
    showValidation(rule.validate());
    setModified(normalised(rule) != normalised(m_loaded));
    updateHeading();
    updateButtons();
}

void RetentionRuleEditor::showValidation(const Findings &findings)
{
    m_messages->showWithSummary(findings, m_messageLabel);
}

void RetentionRuleEditor::updateButtons()
{
    m_saveButton->setEnabled(isModified() && !Domain::hasErrors(currentRule().validate()));
    m_revertButton->setEnabled(isModified());
}

bool RetentionRuleEditor::save()
{
    RetentionRule rule = currentRule();
    Findings findings = rule.validate();
    if (Domain::hasErrors(findings)) {
        m_showErrors = true;
        showValidation(findings);
        focusField(m_messages->firstErrorField(findings));
        return false;
    }
    findings.clear();
    const Status status = context()->retentionRules().save(&rule, &findings);
    if (!status) {
        m_messages->showSaveFailure(status.message(), findings, m_messageLabel);
        return false;
    }
    load(rule.uuid);
    emit saved(rule.uuid);
    return true;
}

void RetentionRuleEditor::focusField(const QString &field)
{
    QWidget *widget = m_messages->widget(field);
    if (!widget)
        return;
    if (!widget->isEnabled() && (field == QLatin1String("periodCount") || field == QLatin1String("periodUnit")))
        widget = m_noFixedPeriodCheck;
    m_scrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

void RetentionRuleEditor::retranslateUi()
{
    m_periodGroup->setTitle(tr("Retention period — Art. 30(1)(f), Art. 5(1)(e)"));
    m_groundGroup->setTitle(tr("Legal ground of the period"));
    m_holdGroup->setTitle(tr("Legal hold"));
    m_notesGroup->setTitle(tr("Notes"));
    m_usedByGroup->setTitle(tr("Used by"));
    const QList<QPair<QLabel *, QString>> labels = {
        {m_nameLabel, tr("&Name:")},
        {m_periodLabel, tr("&Period:")},
        {m_triggerLabel, tr("&Counted from:")},
        {m_basisLabel, tr("&Basis:")},
        {m_legalSourceLabel, tr("&Legal source:")},
        {m_legalHoldReasonLabel, tr("&Reason:", "legal hold")},
    };
    for (const auto &[label, text] : labels) {
        label->setText(text);
        label->buddy()->setAccessibleName(plain(text));
    }
    m_periodCountSpin->setAccessibleName(tr("Length of the period"));
    m_periodUnitCombo->setAccessibleName(tr("Unit of the period"));
    m_noFixedPeriodCheck->setText(tr("No &fixed period"));
    m_noFixedPeriodCheck->setToolTip(tr("For data kept as long as something lasts (a contract, an account) or "
                                        "under your own policy without a fixed term; say which in “Counted from”."));
    m_nameEdit->setPlaceholderText(tr("e.g. Fiscal records"));
    m_triggerEdit->setPlaceholderText(tr("e.g. after the end of the financial year"));
    m_legalSourceEdit->setPlaceholderText(tr("e.g. AWR art. 52(4); BW 2:10(3)"));
    m_legalHoldCheck->setText(tr("&Deletion is on hold"));
    m_legalHoldCheck->setToolTip(tr("A legal hold suspends deletion under this rule, for example for a claim, an "
                                    "investigation or a request of the supervisory authority."));
    m_legalHoldReasonEdit->setPlaceholderText(tr("The case, claim or request the data is kept for, and since when."));
    m_notesEdit->setAccessibleName(tr("Notes"));
    m_notesEdit->setPlaceholderText(tr("How deletion is done and checked, exceptions, who decides."));
    fillCombos();
    m_basisCombo->setToolTip(tr("A statute sets the period (name the article); regulator guidance or your own policy "
                                "when no statute does; or a contract."));
    m_usedByIntroLabel->setText(tr("Processing &activities that keep data categories under this rule. Press Enter or "
                                   "double-click to open one."));
    m_usedByList->setAccessibleName(tr("Used by"));
    m_revertButton->setText(tr("Re&vert"));
    m_revertButton->setToolTip(tr("Drop the unsaved changes"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the retention rule (Ctrl+S)"));
    showValidation(m_showErrors ? currentRule().validate() : Findings());
    refresh();
}

void RetentionRuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_saveButton)
        retranslateUi();
    CatalogueEditor::changeEvent(event);
}

} // namespace Custodian::Ui
