#pragma once

#include "Status.h"
#include "framework/SectionPage.h"
#include "sections/catalogues/PartyUsedByList.h"

class QPushButton;

namespace Custodian::Ui {

class PartyFilterRow;
class RetentionRuleEditor;
class RetentionRuleTableModel;

// The Retention rules section (Art. 30(1)(f)): how long each category of data is kept and on what
// ground, including the seeded Dutch statutory periods (editable like any other rule); retired
// rules hidden unless asked for.
class RetentionRulesPage : public SectionPage
{
    Q_OBJECT
public:
    explicit RetentionRulesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override { return QStringLiteral("retention_rule"); }
    QString title() const override;
    void reload() override;

    // Retires (or restores) a rule without asking; the retire button asks first.
    Status setRetired(const QString &uuid, bool retired);
    // Deletes a rule nothing follows, without asking.
    Status removeRule(const QString &uuid);
    // Adds the Dutch statutory periods that are not in the register yet (RetentionRuleService).
    Status addCatalogue();

    RetentionRuleTableModel *model() const { return m_model; }
    RetentionRuleEditor *ruleEditor() const { return m_editor; }
    const PartyUsedByList::Index &usage() const { return m_usage; }

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;

private:
    void updateTexts();

    RetentionRuleTableModel *m_model = nullptr;
    RetentionRuleEditor *m_editor = nullptr;
    PartyFilterRow *m_filterRow = nullptr;
    QPushButton *m_catalogueButton = nullptr;
    PartyUsedByList::Index m_usage;
    QString m_loadError;
};

} // namespace Custodian::Ui
