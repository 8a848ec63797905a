#pragma once

#include "domain/ProcessingActivity.h"
#include "widgets/RowListEditor.h"

class QCheckBox;
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
class TransferTable : public RowList<Domain::Transfer>
{
    Q_OBJECT
public:
    explicit TransferTable(QWidget *parent = nullptr);

    QList<Domain::Transfer> transfers() const { return rows(); }
    void setTransfers(const QList<Domain::Transfer> &transfers) { setRows(transfers); }

    CountryPicker *countryPicker() const { return m_countryEdit; }
    EntityPicker *partyPicker() const { return m_partyPicker; }
    QComboBox *mechanismCombo() const { return m_mechanismCombo; }
    QComboBox *sccModuleCombo() const { return m_sccModuleCombo; }
    QLineEdit *tiaReferenceEdit() const { return m_tiaReferenceEdit; }
    QLineEdit *saAuthorisationEdit() const { return m_saAuthorisationEdit; }
    DateField *dpfCheckedField() const { return m_dpfCheckedField; }
    QPlainTextEdit *safeguardsEdit() const { return m_safeguardsEdit; }

protected:
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void retranslateUi() override;

private:
    void fillCombos();
    void writeBack();
    void updateDependentFields();

    CountryPicker *m_countryEdit = nullptr;
    EntityPicker *m_partyPicker = nullptr;
    QComboBox *m_mechanismCombo = nullptr;
    QLabel *m_mechanismHintLabel = nullptr;
    QComboBox *m_sccModuleCombo = nullptr;
    QComboBox *m_derogationCombo = nullptr; // Art. 49(1)(a)-(g) or its second subparagraph
    QCheckBox *m_dpfHrCheck = nullptr;      // the DPF certification covers HR data
    QLineEdit *m_tiaReferenceEdit = nullptr;
    QLineEdit *m_copyViaEdit = nullptr;         // Art. 13(1)(f): where a copy of the safeguards is obtained
    QLineEdit *m_saAuthorisationEdit = nullptr; // Art. 46(3): the supervisory authority's authorisation
    DateField *m_dpfCheckedField = nullptr;
    QPlainTextEdit *m_safeguardsEdit = nullptr;
};

} // namespace Custodian::Ui
