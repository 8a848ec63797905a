#include "widgets/RecipientTable.h"

#include "domain/Codes.h"
#include "widgets/EntityPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace Custodian::Ui {

using Domain::Codes;

RecipientTable::RecipientTable(QWidget *parent) : RowListEditor(parent)
{
    m_partyPicker = new EntityPicker(this);
    m_partyPicker->setObjectName(QStringLiteral("recipientPartyPicker"));
    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("recipientDescriptionEdit"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("recipientKindCombo"));

    m_partyLabel = addFormRow(m_partyPicker);
    m_descriptionLabel = addFormRow(m_descriptionEdit);
    m_kindLabel = addFormRow(m_kindCombo);

    connect(m_partyPicker, &EntityPicker::currentUuidChanged, this, &RecipientTable::writeBack);
    connect(m_partyPicker, &EntityPicker::newRequested, this, &RecipientTable::newPartyRequested);
    connect(m_partyPicker, &EntityPicker::goToRequested, this, &RecipientTable::goToPartyRequested);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &RecipientTable::writeBack);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &RecipientTable::writeBack);
    retranslateUi();
}

void RecipientTable::setRecipients(const QList<Domain::Recipient> &recipients)
{
    m_recipients = recipients;
    refreshTable();
    selectRow(m_recipients.isEmpty() ? -1 : 0);
}

void RecipientTable::setParties(const Choices &parties)
{
    m_parties = parties;
    const QSignalBlocker blocker(m_partyPicker);
    m_partyPicker->setChoices(parties);
    refreshTable();
}

void RecipientTable::setCurrentParty(const QString &uuid)
{
    if (currentRow() >= 0)
        m_partyPicker->setCurrentUuid(uuid);
}

QStringList RecipientTable::rowTexts(int row) const
{
    const Domain::Recipient &recipient = m_recipients.at(row);
    QString name;
    if (!recipient.partyUuid.isEmpty()) {
        name = tr("Unknown party");
        for (const Choice &choice : m_parties) {
            if (choice.uuid == recipient.partyUuid)
                name = choice.label;
        }
    }
    if (!recipient.description.isEmpty())
        name = name.isEmpty() ? recipient.description : tr("%1 — %2").arg(name, recipient.description);
    if (name.isEmpty())
        name = tr("(not described)");
    return {name, Codes::label(Codes::Kind::RecipientKind, recipient.kind)};
}

void RecipientTable::showRow(int row)
{
    const Domain::Recipient recipient = row >= 0 ? m_recipients.at(row) : Domain::Recipient();
    m_partyPicker->setCurrentUuid(recipient.partyUuid);
    m_descriptionEdit->setText(recipient.description);
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(recipient.kind)));
}

QWidget *RecipientTable::firstField() const
{
    return m_partyPicker;
}

void RecipientTable::writeBack()
{
    const int row = currentRow();
    if (isShowing() || row < 0)
        return;
    Domain::Recipient &recipient = m_recipients[row];
    recipient.partyUuid = m_partyPicker->currentUuid();
    recipient.description = m_descriptionEdit->text();
    recipient.kind = m_kindCombo->currentData().toString();
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
}

void RecipientTable::retranslateUi()
{
    fillKinds();
    setHeaders({tr("Recipient"), tr("Kind")});
    setButtonTexts(tr("Add recipient"), tr("Remove recipient"));
    setNoRowText(tr("No recipients yet. Add everyone the data is disclosed to: departments, processors, "
                    "authorities, other third parties."));
    m_partyLabel->setText(tr("Party:"));
    m_partyPicker->setNoneText(tr("Not a party in the register"));
    m_partyPicker->setNewText(tr("New party…"));
    m_partyPicker->setGoToText(tr("Go to"));
    m_partyPicker->setFieldName(tr("Recipient party"));
    m_descriptionLabel->setText(tr("Description:"));
    m_descriptionEdit->setPlaceholderText(tr("e.g. Tax authority, or what the party receives"));
    m_descriptionEdit->setAccessibleName(tr("Recipient description"));
    m_kindLabel->setText(tr("Kind:"));
    m_kindCombo->setAccessibleName(tr("Kind of recipient"));
    refreshTable();
}

void RecipientTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RowListEditor::changeEvent(event);
}

} // namespace Custodian::Ui
