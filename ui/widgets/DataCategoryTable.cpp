#include "widgets/DataCategoryTable.h"

#include "domain/Codes.h"
#include "widgets/EntityPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::Codes;

DataCategoryTable::DataCategoryTable(QWidget *parent) : RowList(parent)
{
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("dataCategoryNameEdit"));
    m_specialCategoryCombo = new QComboBox(this);
    m_specialCategoryCombo->setObjectName(QStringLiteral("specialCategoryCombo"));
    m_rulePicker = new EntityPicker(this);
    m_rulePicker->setObjectName(QStringLiteral("retentionRulePicker"));
    m_ruleDetailLabel = new QLabel(this);
    m_ruleDetailLabel->setObjectName(QStringLiteral("retentionRuleDetail"));
    m_ruleDetailLabel->setWordWrap(true);
    m_ruleDetailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *ruleCell = new QWidget(this);
    auto *ruleLayout = new QVBoxLayout(ruleCell);
    ruleLayout->setContentsMargins(0, 0, 0, 0);
    ruleLayout->addWidget(m_rulePicker);
    ruleLayout->addWidget(m_ruleDetailLabel);

    addFormRow(m_nameEdit);
    addFormRow(m_specialCategoryCombo);
    addFormRow(ruleCell, m_rulePicker);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &DataCategoryTable::writeBack);
    connect(m_specialCategoryCombo, &QComboBox::currentIndexChanged, this, &DataCategoryTable::writeBack);
    connect(m_rulePicker, &EntityPicker::currentUuidChanged, this, &DataCategoryTable::writeBack);
    setLinkPicker(m_rulePicker);
    retranslateUi();
}

void DataCategoryTable::setRetentionRules(const QList<Domain::RetentionRule> &rules)
{
    m_rules = rules;
    Choices choices;
    for (const Domain::RetentionRule &rule : rules)
        choices.append(
            {rule.uuid, tr("%1 — %2").arg(rule.name, rule.periodText()), rule.legalSource, rule.retired, false});
    setLinkChoices(choices);
    updateRuleDetail();
}

QString DataCategoryTable::ruleText(const QString &uuid) const
{
    if (uuid.isEmpty())
        return tr("No rule yet");
    for (const Domain::RetentionRule &rule : m_rules) {
        if (rule.uuid == uuid)
            return tr("%1 (%2)").arg(rule.name, rule.periodText());
    }
    return tr("Unknown rule");
}

QStringList DataCategoryTable::rowTexts(int row) const
{
    const Domain::DataCategory &category = m_rows.at(row);
    return {category.name.isEmpty() ? tr("(no name)") : category.name,
            category.specialCategory.isEmpty() ? tr("Not special")
                                               : Codes::label(Codes::Kind::SpecialCategory, category.specialCategory),
            ruleText(category.retentionRuleUuid)};
}

void DataCategoryTable::showRow(int row)
{
    const Domain::DataCategory category = row >= 0 ? m_rows.at(row) : Domain::DataCategory();
    m_nameEdit->setText(category.name);
    m_specialCategoryCombo->setCurrentIndex(qMax(0, m_specialCategoryCombo->findData(category.specialCategory)));
    m_rulePicker->setCurrentUuid(category.retentionRuleUuid);
    updateRuleDetail();
}

void DataCategoryTable::writeBack()
{
    updateRuleDetail();
    const int row = currentRow();
    if (isShowing() || row < 0)
        return;
    Domain::DataCategory &category = m_rows[row];
    category.name = m_nameEdit->text();
    category.specialCategory = m_specialCategoryCombo->currentData().toString();
    category.retentionRuleUuid = m_rulePicker->currentUuid();
    rowEdited();
}

void DataCategoryTable::updateRuleDetail()
{
    const QString uuid = m_rulePicker->currentUuid();
    QString text;
    if (uuid.isEmpty()) {
        text = tr("Art. 30(1)(f): choose how long this data is kept, or add a rule.");
    } else {
        for (const Domain::RetentionRule &rule : std::as_const(m_rules)) {
            if (rule.uuid != uuid)
                continue;
            text = tr("Kept: %1.").arg(rule.periodText());
            text +=
                QLatin1Char(' ') +
                (rule.legalSource.isEmpty()
                     ? tr("Ground: %1, no source noted.").arg(Codes::label(Codes::Kind::RetentionBasis, rule.basisType))
                     : tr("Ground: %1, %2.")
                           .arg(Codes::label(Codes::Kind::RetentionBasis, rule.basisType), rule.legalSource));
            if (rule.legalHold)
                text += QLatin1Char(' ') + tr("A legal hold suspends erasure.");
        }
    }
    m_ruleDetailLabel->setText(text);
}

void DataCategoryTable::fillSpecialCategories()
{
    const QSignalBlocker blocker(m_specialCategoryCombo);
    const QString current = m_specialCategoryCombo->currentData().toString();
    m_specialCategoryCombo->clear();
    m_specialCategoryCombo->addItem(tr("Not a special category"), QString());
    const QStringList codes = Codes::codes(Codes::Kind::SpecialCategory);
    for (const QString &code : codes)
        m_specialCategoryCombo->addItem(Codes::label(Codes::Kind::SpecialCategory, code), code);
    m_specialCategoryCombo->setCurrentIndex(qMax(0, m_specialCategoryCombo->findData(current)));
}

void DataCategoryTable::retranslateUi()
{
    fillSpecialCategories();
    setHeaders({tr("Personal data"), tr("Special category"), tr("Retention")});
    setButtonTexts(tr("Add data category"), tr("Remove data category"));
    setNoRowText(tr("No categories of personal data yet. Add one for each kind of data (name and address, bank "
                    "account, health data, …), with how long it is kept."));
    setFieldLabel(m_nameEdit, tr("Data category:"));
    m_nameEdit->setPlaceholderText(tr("e.g. Name and address details"));
    m_nameEdit->setAccessibleName(tr("Data category"));
    setFieldLabel(m_specialCategoryCombo, tr("Special category (Art. 9(1)):"));
    m_specialCategoryCombo->setAccessibleName(tr("Special category"));
    setFieldLabel(m_rulePicker, tr("Retention rule:"));
    m_rulePicker->setNoneText(tr("No rule yet"));
    m_rulePicker->setNewText(tr("New rule…"));
    m_rulePicker->setGoToText(tr("Go to"));
    m_rulePicker->setFieldName(tr("Retention rule"));
    refreshTable();
    updateRuleDetail();
}

} // namespace Custodian::Ui
