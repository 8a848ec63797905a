#pragma once

#include "domain/ProcessingActivity.h"
#include "widgets/RowListEditor.h"

class QComboBox;
class QLineEdit;

namespace Custodian::Ui {

class EntityPicker;

// Art. 30(1)(d): the categories of recipients, each a party in the register or a description,
// with its kind (internal, external, processor, public authority).
class RecipientTable : public RowList<Domain::Recipient>
{
    Q_OBJECT
public:
    explicit RecipientTable(QWidget *parent = nullptr);

    QList<Domain::Recipient> recipients() const { return rows(); }
    void setRecipients(const QList<Domain::Recipient> &recipients) { setRows(recipients); }

    EntityPicker *partyPicker() const { return m_partyPicker; }
    QLineEdit *descriptionEdit() const { return m_descriptionEdit; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QComboBox *disclosureCombo() const { return m_disclosureCombo; }

protected:
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void retranslateUi() override;

private:
    void fillKinds();
    void writeBack();

    EntityPicker *m_partyPicker = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_disclosureCombo = nullptr; // a public authority: a recipient, or an inquiry (Art. 4(9))
};

} // namespace Custodian::Ui
