#include "widgets/JointControllerTable.h"

#include "widgets/EntityPicker.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Custodian::Ui {

JointControllerTable::JointControllerTable(QWidget *parent) : RowList(parent)
{
    m_partyPicker = new EntityPicker(this);
    m_partyPicker->setObjectName(QStringLiteral("jointControllerPartyPicker"));
    m_arrangementEdit = new QLineEdit(this);
    m_arrangementEdit->setObjectName(QStringLiteral("jointArrangementEdit"));
    m_essenceEdit = new QPlainTextEdit(this);
    m_essenceEdit->setObjectName(QStringLiteral("jointEssenceEdit"));
    m_essenceEdit->setTabChangesFocus(true);
    m_essenceEdit->setFixedHeight(m_essenceEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_contactPointEdit = new QLineEdit(this);
    m_contactPointEdit->setObjectName(QStringLiteral("jointContactPointEdit"));

    addFormRow(m_partyPicker);
    addFormRow(m_arrangementEdit);
    addFormRow(m_essenceEdit);
    addFormRow(m_contactPointEdit);

    connect(m_partyPicker, &EntityPicker::currentUuidChanged, this, &JointControllerTable::writeBack);
    setLinkPicker(m_partyPicker);
    connect(m_arrangementEdit, &QLineEdit::textChanged, this, &JointControllerTable::writeBack);
    connect(m_essenceEdit, &QPlainTextEdit::textChanged, this, &JointControllerTable::writeBack);
    connect(m_contactPointEdit, &QLineEdit::textChanged, this, &JointControllerTable::writeBack);
    retranslateUi();
}

QStringList JointControllerTable::rowTexts(int row) const
{
    const Domain::JointControl &joint = m_rows.at(row);
    const QString name =
        joint.partyUuid.isEmpty() ? tr("(no party chosen)") : linkLabel(joint.partyUuid, tr("Unknown party"));
    return {name, joint.arrangementRef.isEmpty() ? tr("No arrangement recorded") : joint.arrangementRef};
}

void JointControllerTable::showRow(int row)
{
    const Domain::JointControl joint = row >= 0 ? m_rows.at(row) : Domain::JointControl();
    m_partyPicker->setCurrentUuid(joint.partyUuid);
    m_arrangementEdit->setText(joint.arrangementRef);
    m_essenceEdit->setPlainText(joint.essence);
    m_contactPointEdit->setText(joint.contactPoint);
}

void JointControllerTable::writeBack()
{
    const int row = currentRow();
    if (isShowing() || row < 0)
        return;
    Domain::JointControl &joint = m_rows[row];
    joint.partyUuid = m_partyPicker->currentUuid();
    joint.arrangementRef = m_arrangementEdit->text();
    joint.essence = m_essenceEdit->toPlainText();
    joint.contactPoint = m_contactPointEdit->text();
    rowEdited();
}

void JointControllerTable::retranslateUi()
{
    setHeaders({tr("Party"), tr("Arrangement")});
    setButtonTexts(tr("Add joint controller"), tr("Remove joint controller"));
    setNoRowText(tr("No joint controllers: the organisation decides on this processing alone. Add a party that "
                    "determines its purposes and means together with you."));
    setFieldLabel(m_partyPicker, tr("Party:"));
    m_partyPicker->setNoneText(tr("Not chosen yet"));
    m_partyPicker->setNewText(tr("New party…"));
    m_partyPicker->setGoToText(tr("Go to"));
    m_partyPicker->setFieldName(tr("Joint controller"));
    setFieldLabel(m_arrangementEdit, tr("Arrangement:"));
    m_arrangementEdit->setPlaceholderText(tr("e.g. Covenant of 12 March 2025, clause 4"));
    m_arrangementEdit->setAccessibleName(tr("Arrangement"));
    setFieldLabel(m_essenceEdit, tr("Essence (Art. 26(2)):"));
    m_essenceEdit->setPlaceholderText(tr("Who informs the data subjects, who answers their requests, …"));
    m_essenceEdit->setAccessibleName(tr("Essence of the arrangement"));
    setFieldLabel(m_contactPointEdit, tr("Contact point:"));
    m_contactPointEdit->setPlaceholderText(tr("Where data subjects can turn, e.g. privacy@example.org"));
    m_contactPointEdit->setAccessibleName(tr("Contact point for data subjects"));
    refreshTable();
}

} // namespace Custodian::Ui
