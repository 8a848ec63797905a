#pragma once

#include "domain/ProcessingActivity.h"
#include "widgets/Choice.h"
#include "widgets/RowListEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Custodian::Ui {

class EntityPicker;

// Art. 30(1)(d): the categories of recipients, each a party in the register or a description,
// with its kind (internal, external, processor, public authority).
class RecipientTable : public RowListEditor
{
    Q_OBJECT
public:
    explicit RecipientTable(QWidget *parent = nullptr);

    QList<Domain::Recipient> recipients() const { return m_recipients; }
    void setRecipients(const QList<Domain::Recipient> &recipients);
    void setParties(const Choices &parties);
    // Makes a party the current row's recipient (after "New party…").
    void setCurrentParty(const QString &uuid);

    EntityPicker *partyPicker() const { return m_partyPicker; }
    QLineEdit *descriptionEdit() const { return m_descriptionEdit; }
    QComboBox *kindCombo() const { return m_kindCombo; }

signals:
    void newPartyRequested();
    void goToPartyRequested(const QString &uuid);

protected:
    int rowCount() const override { return int(m_recipients.size()); }
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void appendEmptyRow() override { m_recipients.append(Domain::Recipient()); }
    void removeRowAt(int row) override { m_recipients.removeAt(row); }
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillKinds();
    void writeBack();

    QList<Domain::Recipient> m_recipients;
    Choices m_parties;
    EntityPicker *m_partyPicker = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_partyLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
};

} // namespace Custodian::Ui
