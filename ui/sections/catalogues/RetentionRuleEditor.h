#pragma once

#include "domain/RetentionRule.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"
#include "register/RetentionRuleService.h"
#include "sections/catalogues/CatalogueEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Custodian::Ui {

// One retention rule: how long a kind of data is kept and from when, what the period rests on, a
// legal hold that suspends deletion, notes; and the activities whose data categories follow it.
class RetentionRuleEditor : public CatalogueItemEditor<Domain::RetentionRule>
{
    Q_OBJECT
public:
    explicit RetentionRuleEditor(RegisterContext *context, QWidget *parent = nullptr);

    const Domain::RetentionRule &loadedRule() const { return storedItem(); }
    void focusField(const QString &field) override;

protected:
    Register::EntityService<Domain::RetentionRule> &service() const override;
    void fillExtra(const Domain::RetentionRule &rule) override;
    void readExtra(Domain::RetentionRule &rule) const override;
    Domain::Findings liveFindings() override;
    QString usedByEmptyText(bool newItem) const override;
    QString newItemText() const override;
    QString retiredText() const override;
    void updateDependentFields() override;
    void retranslateUi() override;

private:
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_periodCountSpin = nullptr;
    QComboBox *m_periodUnitCombo = nullptr;
    QCheckBox *m_noFixedPeriodCheck = nullptr;
    QLabel *m_previewLabel = nullptr;
};

} // namespace Custodian::Ui
