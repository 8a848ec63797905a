#pragma once

#include <QHash>

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
class DataCategoryTable : public RowList<Domain::DataCategory>
{
    Q_OBJECT
public:
    explicit DataCategoryTable(QWidget *parent = nullptr);

    QList<Domain::DataCategory> dataCategories() const { return rows(); }
    void setDataCategories(const QList<Domain::DataCategory> &dataCategories) { setRows(dataCategories); }
    // The retention rules offered (retired ones only where linked).
    void setRetentionRules(const QList<Domain::RetentionRule> &rules);
    // The titles of the active legal holds per rule uuid, named under a chosen rule.
    void setActiveHolds(const QHash<QString, QStringList> &holds);

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *specialCategoryCombo() const { return m_specialCategoryCombo; }
    QComboBox *exceptionCombo() const { return m_exceptionCombo; }
    QComboBox *groundCombo() const { return m_groundCombo; }
    EntityPicker *rulePicker() const { return m_rulePicker; }

protected:
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void retranslateUi() override;

private:
    void fillSpecialCategories();
    void writeBack();
    void updateSpecialFields(const Domain::DataCategory &category);
    void updateRuleDetail();
    QString ruleText(const QString &uuid) const;

    QList<Domain::RetentionRule> m_rules;
    QHash<QString, QStringList> m_activeHolds;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_specialCategoryCombo = nullptr;
    QComboBox *m_exceptionCombo = nullptr; // Art. 9(2), for a special category
    QComboBox *m_groundCombo = nullptr;    // the law it rests on, free text with the UAVG's articles
    EntityPicker *m_rulePicker = nullptr;
    QLabel *m_ruleDetailLabel = nullptr;
};

} // namespace Custodian::Ui
