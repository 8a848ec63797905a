#include "widgets/TransferTable.h"

#include "domain/TransferRules.h"

#include "widgets/CountryPicker.h"

#include "domain/Codes.h"
#include "widgets/DateField.h"
#include "widgets/ElidedComboBox.h"
#include "widgets/EntityPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;

TransferTable::TransferTable(QWidget *parent) : RowList(parent)
{
    m_countryEdit = new CountryPicker(this);
    m_countryEdit->setObjectName(QStringLiteral("transferCountryPicker"));
    m_partyPicker = new EntityPicker(this);
    m_partyPicker->setObjectName(QStringLiteral("transferPartyPicker"));
    // The instruments' labels are long: the combo elides them rather than widen the form.
    auto *mechanism = new ElidedComboBox(this);
    mechanism->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mechanism->setMinimumContentsLength(20);
    m_mechanismCombo = mechanism;
    m_mechanismCombo->setObjectName(QStringLiteral("transferMechanismCombo"));
    m_mechanismHintLabel = new QLabel(this);
    m_mechanismHintLabel->setObjectName(QStringLiteral("transferMechanismHint"));
    m_mechanismHintLabel->setWordWrap(true);
    auto *mechanismCell = new QWidget(this);
    auto *mechanismLayout = new QVBoxLayout(mechanismCell);
    mechanismLayout->setContentsMargins(0, 0, 0, 0);
    mechanismLayout->addWidget(m_mechanismCombo);
    mechanismLayout->addWidget(m_mechanismHintLabel);
    m_sccModuleCombo = new QComboBox(this);
    m_sccModuleCombo->setObjectName(QStringLiteral("sccModuleCombo"));
    // The derogations' labels are long: the combo shows the start of the choice and "…", never a wider form.
    auto *derogation = new ElidedComboBox(this);
    derogation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    derogation->setMinimumContentsLength(20);
    m_derogationCombo = derogation;
    m_derogationCombo->setObjectName(QStringLiteral("derogationCombo"));
    m_dpfHrCheck = new QCheckBox(this);
    m_dpfHrCheck->setObjectName(QStringLiteral("dpfHrCheck"));
    m_tiaReferenceEdit = new QLineEdit(this);
    m_tiaReferenceEdit->setObjectName(QStringLiteral("tiaReferenceEdit"));
    m_saAuthorisationEdit = new QLineEdit(this);
    m_saAuthorisationEdit->setObjectName(QStringLiteral("saAuthorisationEdit"));
    m_copyViaEdit = new QLineEdit(this);
    m_copyViaEdit->setObjectName(QStringLiteral("safeguardsCopyViaEdit"));
    m_dpfCheckedField = new DateField(this);
    m_dpfCheckedField->setObjectName(QStringLiteral("dpfCheckedField"));
    m_safeguardsEdit = new QPlainTextEdit(this);
    m_safeguardsEdit->setObjectName(QStringLiteral("safeguardsEdit"));
    m_safeguardsEdit->setTabChangesFocus(true);
    m_safeguardsEdit->setFixedHeight(m_safeguardsEdit->fontMetrics().lineSpacing() * 4);
    m_safeguardsEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    addFormRow(m_countryEdit);
    addFormRow(m_partyPicker);
    addFormRow(mechanismCell, m_mechanismCombo);
    addFormRow(m_sccModuleCombo);
    addFormRow(m_derogationCombo);
    addFormRow(m_saAuthorisationEdit);
    addFormRow(m_tiaReferenceEdit);
    addFormRow(m_dpfCheckedField);
    addFormRow(m_dpfHrCheck);
    addFormRow(m_safeguardsEdit);
    addFormRow(m_copyViaEdit);

    connect(m_countryEdit, &CountryPicker::codeChanged, this, &TransferTable::writeBack);
    connect(m_partyPicker, &EntityPicker::currentUuidChanged, this, &TransferTable::writeBack);
    setLinkPicker(m_partyPicker);
    connect(m_mechanismCombo, &QComboBox::currentIndexChanged, this, &TransferTable::writeBack);
    connect(m_sccModuleCombo, &QComboBox::currentIndexChanged, this, &TransferTable::writeBack);
    connect(m_derogationCombo, &QComboBox::currentIndexChanged, this, &TransferTable::writeBack);
    connect(m_dpfHrCheck, &QCheckBox::toggled, this, &TransferTable::writeBack);
    connect(m_tiaReferenceEdit, &QLineEdit::textChanged, this, &TransferTable::writeBack);
    connect(m_saAuthorisationEdit, &QLineEdit::textChanged, this, &TransferTable::writeBack);
    connect(m_copyViaEdit, &QLineEdit::textChanged, this, &TransferTable::writeBack);
    connect(m_dpfCheckedField, &DateField::dateChanged, this, &TransferTable::writeBack);
    connect(m_safeguardsEdit, &QPlainTextEdit::textChanged, this, &TransferTable::writeBack);
    retranslateUi();
}

QStringList TransferTable::rowTexts(int row) const
{
    const Domain::Transfer &transfer = m_rows.at(row);
    const QString party = transfer.partyUuid.isEmpty() ? QString() : linkLabel(transfer.partyUuid, tr("Unknown party"));
    QString mechanism = transfer.mechanism.isEmpty() ? tr("Not yet documented")
                                                     : Codes::label(Codes::Kind::TransferMechanism, transfer.mechanism);
    if (transfer.mechanism == QLatin1String("scc") && !transfer.sccModule.isEmpty())
        mechanism += QStringLiteral(", ") + Codes::label(Codes::Kind::SccModule, transfer.sccModule);
    if (transfer.mechanism == QLatin1String("dpf") && transfer.dpfCheckedOn.isValid())
        mechanism += QStringLiteral(", ") +
                     tr("checked %1").arg(QLocale().toString(transfer.dpfCheckedOn, QLocale::ShortFormat));
    return {transfer.country.isEmpty() ? tr("No country yet") : CountryPicker::label(transfer.country), party,
            mechanism, transfer.tiaReference};
}

void TransferTable::showRow(int row)
{
    const Domain::Transfer transfer = row >= 0 ? m_rows.at(row) : Domain::Transfer();
    m_countryEdit->setCode(transfer.country);
    m_partyPicker->setCurrentUuid(transfer.partyUuid);
    m_mechanismCombo->setCurrentIndex(qMax(0, m_mechanismCombo->findData(transfer.mechanism)));
    m_sccModuleCombo->setCurrentIndex(qMax(0, m_sccModuleCombo->findData(transfer.sccModule)));
    m_derogationCombo->setCurrentIndex(qMax(0, m_derogationCombo->findData(transfer.derogation)));
    m_dpfHrCheck->setChecked(transfer.dpfHrCovered);
    m_tiaReferenceEdit->setText(transfer.tiaReference);
    m_saAuthorisationEdit->setText(transfer.saAuthorisation);
    m_dpfCheckedField->setDate(transfer.dpfCheckedOn);
    m_safeguardsEdit->setPlainText(transfer.safeguards);
    m_copyViaEdit->setText(transfer.safeguardsCopyVia);
    updateDependentFields();
}

void TransferTable::writeBack()
{
    updateDependentFields();
    const int row = currentRow();
    if (isShowing() || row < 0)
        return;
    Domain::Transfer &transfer = m_rows[row];
    transfer.country = m_countryEdit->code();
    transfer.partyUuid = m_partyPicker->currentUuid();
    transfer.mechanism = m_mechanismCombo->currentData().toString();
    transfer.sccModule = m_sccModuleCombo->currentData().toString();
    transfer.derogation = m_derogationCombo->currentData().toString();
    transfer.dpfHrCovered = m_dpfHrCheck->isChecked();
    transfer.tiaReference = m_tiaReferenceEdit->text();
    transfer.saAuthorisation = m_saAuthorisationEdit->text();
    transfer.dpfCheckedOn = m_dpfCheckedField->date();
    transfer.safeguards = m_safeguardsEdit->toPlainText();
    transfer.safeguardsCopyVia = m_copyViaEdit->text();
    rowEdited();
}

void TransferTable::updateDependentFields()
{
    const QString mechanism = m_mechanismCombo->currentData().toString();
    // Keep a field usable while it holds a value, so a wrong one can be cleared.
    m_sccModuleCombo->setEnabled(mechanism == QLatin1String("scc") || m_sccModuleCombo->currentIndex() > 0);
    m_dpfCheckedField->setEnabled(mechanism == QLatin1String("dpf") || m_dpfCheckedField->date().isValid());
    m_derogationCombo->setEnabled(mechanism == QLatin1String("derogation") || m_derogationCombo->currentIndex() > 0);
    m_dpfHrCheck->setEnabled(mechanism == QLatin1String("dpf") || m_dpfHrCheck->isChecked());
    m_saAuthorisationEdit->setEnabled(Domain::TransferRules::needsAuthorisation(mechanism) ||
                                      !m_saAuthorisationEdit->text().isEmpty());
    QString hint;
    if (mechanism.isEmpty())
        hint = tr("Not yet documented: an auditor will ask on what ground the data may leave the EEA.");
    else if (mechanism == QLatin1String("adequacy"))
        hint = tr("The European Commission decided the country protects personal data adequately.");
    else if (mechanism == QLatin1String("dpf"))
        hint = tr("Only for US organisations certified under the Data Privacy Framework: check the DPF list and "
                  "note the date you checked.");
    else if (mechanism == QLatin1String("scc"))
        hint = tr("Choose the module of the 2021/914 clauses and keep a transfer impact assessment.");
    else if (mechanism == QLatin1String("bcr"))
        hint = tr("Binding corporate rules approved by a supervisory authority; keep a transfer impact assessment.");
    else if (mechanism == QLatin1String("derogation"))
        hint = tr("Art. 49: only for occasional transfers. Document the suitable safeguards below where the second "
                  "subparagraph of Art. 49(1) applies.");
    else if (mechanism == QLatin1String("public_instrument"))
        hint = tr("A legally binding and enforceable instrument between public authorities or bodies; keep a "
                  "transfer impact assessment.");
    else if (mechanism == QLatin1String("sa_clauses"))
        hint = tr("Standard data protection clauses adopted by a supervisory authority and approved by the "
                  "Commission; keep a transfer impact assessment.");
    else if (mechanism == QLatin1String("code_of_conduct") || mechanism == QLatin1String("certification"))
        hint = tr("Only together with the recipient's binding and enforceable commitments to apply the safeguards; "
                  "describe them below and keep a transfer impact assessment.");
    else if (Domain::TransferRules::needsAuthorisation(mechanism))
        hint = tr("Needs the authorisation of the competent supervisory authority (in the Netherlands the Autoriteit "
                  "Persoonsgegevens): record its reference and date.");
    else
        hint = tr("Say which safeguard of Art. 46 the transfer rests on: choose it in the list.");
    m_mechanismHintLabel->setText(hint);
}

void TransferTable::fillCombos()
{
    const QSignalBlocker mechanismBlocker(m_mechanismCombo);
    const QSignalBlocker moduleBlocker(m_sccModuleCombo);
    const QSignalBlocker derogationBlocker(m_derogationCombo);
    const QString derogation = m_derogationCombo->currentData().toString();
    m_derogationCombo->clear();
    m_derogationCombo->addItem(tr("Not a derogation"), QString());
    for (const QString &code : Codes::codes(Codes::Kind::Derogation))
        m_derogationCombo->addItem(Codes::label(Codes::Kind::Derogation, code), code);
    m_derogationCombo->setCurrentIndex(qMax(0, m_derogationCombo->findData(derogation)));
    const QString mechanism = m_mechanismCombo->currentData().toString();
    const QString module = m_sccModuleCombo->currentData().toString();
    m_mechanismCombo->clear();
    m_mechanismCombo->addItem(tr("Not yet documented"), QString());
    const QStringList mechanisms = Codes::codes(Codes::Kind::TransferMechanism);
    for (const QString &code : mechanisms)
        m_mechanismCombo->addItem(Codes::label(Codes::Kind::TransferMechanism, code), code);
    m_mechanismCombo->setCurrentIndex(qMax(0, m_mechanismCombo->findData(mechanism)));
    m_sccModuleCombo->clear();
    m_sccModuleCombo->addItem(tr("No module"), QString());
    const QStringList modules = Codes::codes(Codes::Kind::SccModule);
    for (const QString &code : modules)
        m_sccModuleCombo->addItem(Codes::label(Codes::Kind::SccModule, code), code);
    m_sccModuleCombo->setCurrentIndex(qMax(0, m_sccModuleCombo->findData(module)));
}

void TransferTable::retranslateUi()
{
    fillCombos();
    setHeaders({tr("Country"), tr("Recipient"), tr("Mechanism"), tr("TIA")});
    setButtonTexts(tr("Add transfer"), tr("Remove transfer"));
    setNoRowText(tr("No transfers outside the EEA. Add one for each country data goes to, naming the country."));
    setFieldLabel(m_countryEdit, tr("Country:"));
    m_countryEdit->lineEdit()->setPlaceholderText(tr("A country, or the international organisation"));
    setFieldLabel(m_partyPicker, tr("Recipient:"));
    m_partyPicker->setNoneText(tr("Not a party in the register"));
    m_partyPicker->setNewText(tr("New party…"));
    m_partyPicker->setGoToText(tr("Go to"));
    m_partyPicker->setFieldName(tr("Recipient of the transfer"));
    setFieldLabel(m_mechanismCombo, tr("Mechanism:"));
    setFieldLabel(m_sccModuleCombo, tr("SCC module:"));
    setFieldLabel(m_derogationCombo, tr("Derogation:"));
    m_derogationCombo->setAccessibleName(tr("Derogation of Art. 49(1)"));
    setFieldLabel(m_dpfHrCheck, tr("HR data:"));
    m_dpfHrCheck->setText(tr("The DPF certification covers HR data"));
    setFieldLabel(m_saAuthorisationEdit, tr("Authorisation:"));
    m_saAuthorisationEdit->setPlaceholderText(
        tr("Art. 46(3): the supervisory authority's decision, reference and date"));
    m_saAuthorisationEdit->setAccessibleName(tr("Authorisation of the supervisory authority"));
    setFieldLabel(m_tiaReferenceEdit, tr("TIA reference:"));
    m_tiaReferenceEdit->setPlaceholderText(tr("Where the transfer impact assessment is kept"));
    setFieldLabel(m_dpfCheckedField, tr("DPF checked on:"));
    m_dpfCheckedField->setFieldName(tr("DPF certification checked on"));
    setFieldLabel(m_safeguardsEdit, tr("Safeguards:"));
    m_safeguardsEdit->setPlaceholderText(tr("Art. 49(1) second subparagraph: the suitable safeguards"));
    // Art. 13(1)(f): the privacy statement says how a person obtains a copy of the safeguards.
    setFieldLabel(m_copyViaEdit, tr("Copy available from:"));
    m_copyViaEdit->setPlaceholderText(tr("How people obtain a copy of the safeguards, e.g. privacy@example.nl"));
    m_copyViaEdit->setAccessibleName(tr("Copy of the safeguards available from"));
    m_countryEdit->setAccessibleName(tr("Country"));
    m_mechanismCombo->setAccessibleName(tr("Mechanism"));
    m_sccModuleCombo->setAccessibleName(tr("SCC module"));
    m_tiaReferenceEdit->setAccessibleName(tr("TIA reference"));
    m_safeguardsEdit->setAccessibleName(tr("Safeguards"));
    refreshTable();
    updateDependentFields();
}

} // namespace Custodian::Ui
