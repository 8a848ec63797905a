#pragma once

#include "domain/ProcessingActivity.h"
#include "domain/RetentionRule.h"
#include "widgets/RowListEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Custodian::Ui {

class EntityPicker;

// Art. 30(1)(c) and (f): the categories of personal data of an activity, each with its special
// category (Art. 9(1)) and the retention rule that says when it is erased.
class DataCategoryTable : public RowListEditor
{
    Q_OBJECT
public:
    explicit DataCategoryTable(QWidget *parent = nullptr);

    QList<Domain::DataCategory> dataCategories() const { return m_categories; }
    void setDataCategories(const QList<Domain::DataCategory> &categories);
    // The retention rules offered (retired ones only where linked).
    void setRetentionRules(const QList<Domain::RetentionRule> &rules);
    // Links a rule to the current row (after "New rule…").
    void setCurrentRule(const QString &uuid);

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *specialCategoryCombo() const { return m_specialCategoryCombo; }
    EntityPicker *rulePicker() const { return m_rulePicker; }

signals:
    void newRuleRequested();
    void goToRuleRequested(const QString &uuid);

protected:
    int rowCount() const override { return int(m_categories.size()); }
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void appendEmptyRow() override { m_categories.append(Domain::DataCategory()); }
    void removeRowAt(int row) override { m_categories.removeAt(row); }
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillSpecialCategories();
    void writeBack();
    void updateRuleDetail();
    QString ruleText(const QString &uuid) const;

    QList<Domain::DataCategory> m_categories;
    QList<Domain::RetentionRule> m_rules;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_specialCategoryCombo = nullptr;
    EntityPicker *m_rulePicker = nullptr;
    QLabel *m_ruleDetailLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_specialCategoryLabel = nullptr;
    QLabel *m_ruleLabel = nullptr;
};

} // namespace Custodian::Ui
