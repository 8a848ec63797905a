#pragma once

#include "sections/catalogues/CataloguePage.h"

#include <QHash>

class QPushButton;

namespace Custodian::Ui {

class RetentionRuleEditor;

// The Retention rules section (Art. 30(1)(f)): how long each category of data is kept and on what
// ground, including the seeded Dutch statutory periods (editable like any other rule); retired
// rules hidden unless asked for. A column names the active legal holds under each rule.
class RetentionRulesPage : public CataloguePage
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PeriodColumn,
        BasisColumn,
        SourceColumn,
        HoldColumn,
        UsedByColumn,
        AttentionColumn
    };

    explicit RetentionRulesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString title() const override;
    // Adds the Dutch statutory periods that are not in the register yet (RetentionRuleService).
    Status addCatalogue();
    RetentionRuleEditor *ruleEditor() const { return m_editor; }

    // Days, roughly, for sorting periods of different units; rules without a period last.
    static qint64 periodSortKey(const Domain::RetentionRule &rule);

protected:
    Texts texts(int uses) const override;
    void retranslateSection() override;

private:
    ListRow row(const Domain::RetentionRule &rule) const;

    RetentionRuleEditor *m_editor = nullptr;
    QHash<QString, QStringList> m_activeHolds; // rule uuid -> titles of the active legal holds under it
    QPushButton *m_catalogueButton = nullptr;
};

} // namespace Custodian::Ui
