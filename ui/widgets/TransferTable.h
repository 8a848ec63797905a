#pragma once

#include "domain/ProcessingActivity.h"
#include "widgets/Choice.h"
#include "widgets/RowListEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Custodian::Ui {

class CountryPicker;

class DateField;
class EntityPicker;

// Art. 30(1)(e) / 30(2)(c): transfers to third countries or international organisations, one row
// each: country, recipient, mechanism (Arts. 45–49), SCC module, transfer impact assessment, when
// the Data Privacy Framework certification was checked, and the Art. 49 safeguards.
class TransferTable : public RowListEditor
{
    Q_OBJECT
public:
    explicit TransferTable(QWidget *parent = nullptr);

    QList<Domain::Transfer> transfers() const { return m_transfers; }
    void setTransfers(const QList<Domain::Transfer> &transfers);
    // The parties offered as recipient (names also fill the table's recipient column).
    void setParties(const Choices &parties);
    // Makes a party the current row's recipient (after "New party…").
    void setCurrentParty(const QString &uuid);

    CountryPicker *countryPicker() const { return m_countryEdit; }
    EntityPicker *partyPicker() const { return m_partyPicker; }
    QComboBox *mechanismCombo() const { return m_mechanismCombo; }
    QComboBox *sccModuleCombo() const { return m_sccModuleCombo; }
    QLineEdit *tiaReferenceEdit() const { return m_tiaReferenceEdit; }
    DateField *dpfCheckedField() const { return m_dpfCheckedField; }
    QPlainTextEdit *safeguardsEdit() const { return m_safeguardsEdit; }

signals:
    void newPartyRequested();
    void goToPartyRequested(const QString &uuid);

protected:
    int rowCount() const override { return int(m_transfers.size()); }
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void appendEmptyRow() override { m_transfers.append(Domain::Transfer()); }
    void removeRowAt(int row) override { m_transfers.removeAt(row); }
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void writeBack();
    void updateDependentFields();

    QList<Domain::Transfer> m_transfers;
    Choices m_parties;
    CountryPicker *m_countryEdit = nullptr;
    EntityPicker *m_partyPicker = nullptr;
    QComboBox *m_mechanismCombo = nullptr;
    QLabel *m_mechanismHintLabel = nullptr;
    QComboBox *m_sccModuleCombo = nullptr;
    QLineEdit *m_tiaReferenceEdit = nullptr;
    DateField *m_dpfCheckedField = nullptr;
    QPlainTextEdit *m_safeguardsEdit = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_partyLabel = nullptr;
    QLabel *m_mechanismLabel = nullptr;
    QLabel *m_sccModuleLabel = nullptr;
    QLabel *m_tiaReferenceLabel = nullptr;
    QLabel *m_dpfCheckedLabel = nullptr;
    QLabel *m_safeguardsLabel = nullptr;
};

} // namespace Custodian::Ui
