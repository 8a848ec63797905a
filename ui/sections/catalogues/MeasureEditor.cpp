#include "sections/catalogues/MeasureEditor.h"

#include "domain/Codes.h"
#include "framework/FindingsBanner.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyFieldMessages.h"
#include "sections/catalogues/PartyUsedByList.h"

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
#include <QTextDocument>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::SecurityMeasure;

namespace {

SecurityMeasure normalised(SecurityMeasure measure)
{
    measure.title = measure.title.trimmed();
    return measure;
}

QString plain(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

} // namespace

MeasureEditor::MeasureEditor(RegisterContext *context, QWidget *parent) : CatalogueEditor(context, parent)
{
    setObjectName(QStringLiteral("measureEditor"));
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

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    m_measureGroup = new QGroupBox(content);
    auto *form = new QFormLayout(m_measureGroup);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label puts its field below it
    m_titleEdit = new QLineEdit(m_measureGroup);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleLabel = new QLabel(m_measureGroup);
    m_titleLabel->setBuddy(m_titleEdit);
    form->addRow(m_titleLabel, m_messages->cell(QStringLiteral("title"), m_titleEdit, m_measureGroup));
    m_kindCombo = new QComboBox(m_measureGroup);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindLabel = new QLabel(m_measureGroup);
    m_kindLabel->setBuddy(m_kindCombo);
    form->addRow(m_kindLabel, m_messages->cell(QStringLiteral("kind"), m_kindCombo, m_measureGroup));
    m_descriptionEdit = new QPlainTextEdit(m_measureGroup);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 8 +
                                      2 * m_descriptionEdit->frameWidth() +
                                      int(m_descriptionEdit->document()->documentMargin() * 2));
    m_descriptionLabel = new QLabel(m_measureGroup);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    form->addRow(m_descriptionLabel,
                 m_messages->cell(QStringLiteral("description"), m_descriptionEdit, m_measureGroup));
    fillKinds();

    m_usedByGroup = new QGroupBox(content);
    auto *usedByLayout = new QVBoxLayout(m_usedByGroup);
    m_usedByIntroLabel = new QLabel(m_usedByGroup);
    m_usedByIntroLabel->setWordWrap(true);
    m_usedByList = new PartyUsedByList(context, m_usedByGroup);
    m_usedByIntroLabel->setBuddy(m_usedByList);
    usedByLayout->addWidget(m_usedByIntroLabel);
    usedByLayout->addWidget(m_usedByList);

    contentLayout->addWidget(m_measureGroup);
    contentLayout->addWidget(m_usedByGroup);
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
    layout->addWidget(m_banner);
    layout->addWidget(m_scrollArea, 1);
    layout->addLayout(buttons);

    connect(m_titleEdit, &QLineEdit::textEdited, this, &MeasureEditor::onEdited);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &MeasureEditor::onEdited);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &MeasureEditor::onEdited);
    connect(m_banner, &FindingsBanner::fieldRequested, this, &MeasureEditor::focusField);
    connect(m_saveButton, &QPushButton::clicked, this, &MeasureEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &MeasureEditor::revert);

    retranslateUi();
    load(QString());
}

void MeasureEditor::fillKinds()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString current = m_kindCombo->currentData().toString();
    m_kindCombo->clear();
    const QStringList codes = Codes::codes(Codes::Kind::MeasureKind);
    for (const QString &code : codes)
        m_kindCombo->addItem(Codes::label(Codes::Kind::MeasureKind, code), code);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(current)));
    m_loading = wasLoading;
}

SecurityMeasure MeasureEditor::currentMeasure() const
{
    SecurityMeasure measure = m_loaded;
    measure.title = m_titleEdit->text().trimmed();
    measure.kind = m_kindCombo->currentData().toString();
    measure.description = m_descriptionEdit->toPlainText();
    return measure;
}

QString MeasureEditor::displayName() const
{
    const QString title = m_titleEdit->text().trimmed();
    return title.isEmpty() ? m_loaded.title : title;
}

bool MeasureEditor::load(const QString &uuid)
{
    SecurityMeasure measure;
    if (!uuid.isEmpty()) {
        const Status status = context()->measures().load(uuid, &measure);
        if (!status) {
            m_messageLabel->setText(status.message());
            m_messageLabel->setVisible(true);
            return false;
        }
    }
    m_loading = true;
    m_loaded = measure;
    m_titleEdit->setText(measure.title);
    const int kind = m_kindCombo->findData(measure.kind);
    m_kindCombo->setCurrentIndex(kind);
    m_descriptionEdit->setPlainText(measure.description);
    m_loading = false;

    m_showErrors = !uuid.isEmpty();
    m_messageLabel->clear();
    m_messageLabel->setVisible(false);
    showValidation(m_showErrors ? measure.validate() : Findings());
    refresh();
    setModified(false);
    updateButtons();
    m_scrollArea->ensureVisible(0, 0);
    return true;
}

void MeasureEditor::refresh()
{
    if (!m_loaded.uuid.isEmpty()) {
        SecurityMeasure stored;
        if (context()->measures().load(m_loaded.uuid, &stored))
            m_loaded.retired = stored.retired;
    }
    m_banner->setFindings(m_loaded.uuid.isEmpty()
                              ? Findings()
                              : context()->findingsFor(QStringLiteral("security_measure"), m_loaded.uuid));
    const QList<PartyUsedByList::Reference> references = referencesTo(m_loaded.uuid);
    m_usedByList->setReferences(references, m_loaded.uuid.isEmpty()
                                                ? tr("Nothing applies a new measure yet.")
                                                : tr("No processing activity or agreement applies this measure."));
    updateHeading();
}

void MeasureEditor::updateHeading()
{
    const QString name = displayName();
    m_headingLabel->setText(m_loaded.uuid.isEmpty() && name.isEmpty() ? tr("New measure") : name);
    m_stateLabel->setText(tr("This measure is retired: it stays in the register's history but is no longer offered "
                             "for new links. Use “Restore” to offer it again."));
    m_stateLabel->setVisible(m_loaded.retired);
}

void MeasureEditor::onEdited()
{
    if (m_loading)
        return;
    m_showErrors = true;
    const SecurityMeasure measure = currentMeasure();
    showValidation(measure.validate());
    setModified(normalised(measure) != normalised(m_loaded));
    updateHeading();
    updateButtons();
}

void MeasureEditor::showValidation(const Findings &findings)
{
    m_messages->showWithSummary(findings, m_messageLabel);
}

void MeasureEditor::updateButtons()
{
    m_saveButton->setEnabled(isModified() && !Domain::hasErrors(currentMeasure().validate()));
    m_revertButton->setEnabled(isModified());
}

bool MeasureEditor::save()
{
    SecurityMeasure measure = currentMeasure();
    Findings findings = measure.validate();
    if (Domain::hasErrors(findings)) {
        m_showErrors = true;
        showValidation(findings);
        focusField(m_messages->firstErrorField(findings));
        return false;
    }
    findings.clear();
    const Status status = context()->measures().save(&measure, &findings);
    if (!status) {
        m_messages->showSaveFailure(status.message(), findings, m_messageLabel);
        return false;
    }
    load(measure.uuid);
    emit saved(measure.uuid);
    return true;
}

void MeasureEditor::focusField(const QString &field)
{
    QWidget *widget = m_messages->widget(field);
    if (!widget)
        return;
    m_scrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

void MeasureEditor::retranslateUi()
{
    m_measureGroup->setTitle(tr("Technical and organisational measure — Art. 32, Art. 30(1)(g)"));
    m_usedByGroup->setTitle(tr("Used by"));
    const QList<QPair<QLabel *, QString>> labels = {
        {m_titleLabel, tr("&Title:")},
        {m_kindLabel, tr("&Kind:")},
        {m_descriptionLabel, tr("&Description:")},
    };
    for (const auto &[label, text] : labels) {
        label->setText(text);
        label->buddy()->setAccessibleName(plain(text));
    }
    m_titleEdit->setPlaceholderText(tr("e.g. Encryption of the application database"));
    m_descriptionEdit->setPlaceholderText(
        tr("What the measure does and where it applies, in words an auditor can check: for example "
           "\"AES-256 encryption at rest of the production database; keys in the hosting provider's key vault, "
           "rotated yearly\"."));
    fillKinds();
    m_kindCombo->setToolTip(tr("Technical: in the systems (encryption, access control, backups). Organisational: "
                               "in the way people work (policies, training, confidentiality agreements)."));
    m_usedByIntroLabel->setText(tr("Processing activities, processor activities and &agreements that apply this "
                                   "measure. Press Enter or double-click to open one."));
    m_usedByList->setAccessibleName(tr("Used by"));
    m_revertButton->setText(tr("Re&vert"));
    m_revertButton->setToolTip(tr("Drop the unsaved changes"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the measure (Ctrl+S)"));
    showValidation(m_showErrors ? currentMeasure().validate() : Findings());
    refresh();
}

void MeasureEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_saveButton)
        retranslateUi();
    CatalogueEditor::changeEvent(event);
}

} // namespace Custodian::Ui
