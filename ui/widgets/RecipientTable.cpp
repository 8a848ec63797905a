#include "widgets/RecipientTable.h"

#include "domain/Codes.h"
#include "widgets/EntityPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace Custodian::Ui {

using Domain::Codes;

RecipientTable::RecipientTable(QWidget *parent) : RowList(parent)
{
    m_partyPicker = new EntityPicker(this);
    m_partyPicker->setObjectName(QStringLiteral("recipientPartyPicker"));
    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("recipientDescriptionEdit"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("recipientKindCombo"));
    m_disclosureCombo = new QComboBox(this);
    m_disclosureCombo->setObjectName(QStringLiteral("recipientDisclosureCombo"));

    addFormRow(m_partyPicker);
    addFormRow(m_descriptionEdit);
    addFormRow(m_kindCombo);
    addFormRow(m_disclosureCombo);

    connect(m_partyPicker, &EntityPicker::currentUuidChanged, this, &RecipientTable::writeBack);
    setLinkPicker(m_partyPicker);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &RecipientTable::writeBack);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &RecipientTable::writeBack);
    connect(m_disclosureCombo, &QComboBox::currentIndexChanged, this, &RecipientTable::writeBack);
    retranslateUi();
}

QStringList RecipientTable::rowTexts(int row) const
{
    const Domain::Recipient &recipient = m_rows.at(row);
    QString name = recipient.partyUuid.isEmpty() ? QString() : linkLabel(recipient.partyUuid, tr("Unknown party"));
    if (!recipient.description.isEmpty())
        name = name.isEmpty() ? recipient.description : tr("%1 — %2").arg(name, recipient.description);
    if (name.isEmpty())
        name = tr("(not described)");
    QString kind = Codes::label(Codes::Kind::RecipientKind, recipient.kind);
    if (recipient.kind == QLatin1String("authority") && recipient.disclosure == QLatin1String("inquiry"))
        //: a public authority that receives data only in a particular inquiry, which is not a recipient (Art. 4(9))
        kind = tr("%1, inquiry only").arg(kind);
    return {name, kind};
}

void RecipientTable::showRow(int row)
{
    const Domain::Recipient recipient = row >= 0 ? m_rows.at(row) : Domain::Recipient();
    m_partyPicker->setCurrentUuid(recipient.partyUuid);
    m_descriptionEdit->setText(recipient.description);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(recipient.kind)));
    m_disclosureCombo->setCurrentIndex(qMax(0, m_disclosureCombo->findData(recipient.disclosure)));
    m_disclosureCombo->setEnabled(recipient.kind == QLatin1String("authority"));
}

void RecipientTable::writeBack()
{
    const int row = currentRow();
    if (isShowing() || row < 0)
        return;
    Domain::Recipient &recipient = m_rows[row];
    recipient.partyUuid = m_partyPicker->currentUuid();
    recipient.description = m_descriptionEdit->text();
    recipient.kind = m_kindCombo->currentData().toString();
    const bool authority = recipient.kind == QLatin1String("authority");
    m_disclosureCombo->setEnabled(authority);
    recipient.disclosure = authority ? m_disclosureCombo->currentData().toString() : QString();
    rowEdited();
}

void RecipientTable::fillKinds()
{
    const QSignalBlocker blocker(m_kindCombo);
    const QString current = m_kindCombo->currentData().toString();
    m_kindCombo->clear();
    const QStringList codes = Codes::codes(Codes::Kind::RecipientKind);
    for (const QString &code : codes)
        m_kindCombo->addItem(Codes::label(Codes::Kind::RecipientKind, code), code);
    m_kindCombo->setCurrentIndex(
        qMax(0, m_kindCombo->findData(current.isEmpty() ? QStringLiteral("external") : current)));

    const QSignalBlocker disclosureBlocker(m_disclosureCombo);
    const QString disclosure = m_disclosureCombo->currentData().toString();
    m_disclosureCombo->clear();
    m_disclosureCombo->addItem(tr("Not stated"), QString());
    for (const QString &code : Codes::codes(Codes::Kind::Disclosure))
        m_disclosureCombo->addItem(Codes::label(Codes::Kind::Disclosure, code), code);
    m_disclosureCombo->setCurrentIndex(qMax(0, m_disclosureCombo->findData(disclosure)));
}

void RecipientTable::retranslateUi()
{
    fillKinds();
    setHeaders({tr("Recipient"), tr("Kind")});
    setButtonTexts(tr("Add recipient"), tr("Remove recipient"));
    setNoRowText(tr("No recipients yet. Add everyone the data is disclosed to: departments, processors, "
                    "authorities, other third parties."));
    setFieldLabel(m_partyPicker, tr("Party:"));
    m_partyPicker->setNoneText(tr("Not a party in the register"));
    m_partyPicker->setNewText(tr("New party…"));
    m_partyPicker->setGoToText(tr("Go to"));
    m_partyPicker->setFieldName(tr("Recipient party"));
    setFieldLabel(m_descriptionEdit, tr("Description:"));
    m_descriptionEdit->setPlaceholderText(tr("e.g. Tax authority, or what the party receives"));
    m_descriptionEdit->setAccessibleName(tr("Recipient description"));
    setFieldLabel(m_kindCombo, tr("Kind:"));
    m_kindCombo->setAccessibleName(tr("Kind of recipient"));
    setFieldLabel(m_disclosureCombo, tr("Disclosure:"));
    m_disclosureCombo->setAccessibleName(tr("Kind of disclosure to a public authority"));
    refreshTable();
}

} // namespace Custodian::Ui
