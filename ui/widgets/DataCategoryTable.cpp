#include "widgets/DataCategoryTable.h"

#include "domain/Codes.h"
#include "domain/SpecialGrounds.h"
#include "widgets/ElidedComboBox.h"
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
    m_exceptionCombo = new ElidedComboBox(this);
    m_exceptionCombo->setObjectName(QStringLiteral("art9ExceptionCombo"));
    m_exceptionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exceptionCombo->setMinimumContentsLength(20);
    // Free text, with the UAVG's articles to pick from: the law may also be another act.
    m_groundCombo = new QComboBox(this);
    m_groundCombo->setObjectName(QStringLiteral("nationalGroundCombo"));
    m_groundCombo->setEditable(true);
    m_groundCombo->setInsertPolicy(QComboBox::NoInsert);
    m_groundCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groundCombo->setMinimumContentsLength(20);
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
    addFormRow(m_exceptionCombo);
    addFormRow(m_groundCombo);
    addFormRow(ruleCell, m_rulePicker);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &DataCategoryTable::writeBack);
    connect(m_specialCategoryCombo, &QComboBox::currentIndexChanged, this, &DataCategoryTable::writeBack);
    connect(m_exceptionCombo, &QComboBox::currentIndexChanged, this, &DataCategoryTable::writeBack);
    connect(m_groundCombo, &QComboBox::currentTextChanged, this, &DataCategoryTable::writeBack);
    connect(m_rulePicker, &EntityPicker::currentUuidChanged, this, &DataCategoryTable::writeBack);
    setLinkPicker(m_rulePicker);
    retranslateUi();
}

void DataCategoryTable::setActiveHolds(const QHash<QString, QStringList> &holds)
{
    m_activeHolds = holds;
    updateRuleDetail();
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
    QString special = tr("Not special");
    if (!category.specialCategory.isEmpty()) {
        special = Codes::label(Codes::Kind::SpecialCategory, category.specialCategory);
        //: a special category with the exception of Art. 9(2) that allows it: "Health, 9(2)(b)"
        special = category.art9Exception.isEmpty() ? tr("%1, no exception").arg(special)
                                                   : tr("%1, 9(2)(%2)").arg(special, category.art9Exception);
    }
    return {category.name.isEmpty() ? tr("(no name)") : category.name, special, ruleText(category.retentionRuleUuid)};
}

void DataCategoryTable::showRow(int row)
{
    const Domain::DataCategory category = row >= 0 ? m_rows.at(row) : Domain::DataCategory();
    m_nameEdit->setText(category.name);
    m_specialCategoryCombo->setCurrentIndex(qMax(0, m_specialCategoryCombo->findData(category.specialCategory)));
    m_exceptionCombo->setCurrentIndex(qMax(0, m_exceptionCombo->findData(category.art9Exception)));
    m_groundCombo->setEditText(category.nationalGround);
    updateSpecialFields(category);
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
    category.art9Exception = m_exceptionCombo->currentData().toString();
    category.nationalGround = m_groundCombo->currentText().trimmed();
    updateSpecialFields(category);
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
            const QStringList holds = m_activeHolds.value(rule.uuid);
            if (!holds.isEmpty())
                text += QLatin1Char(' ') + tr("Legal hold: %1 (it suspends deletion only for the people and "
                                              "records it covers).")
                                               .arg(holds.join(QStringLiteral("; ")));
        }
    }
    m_ruleDetailLabel->setText(text);
}

void DataCategoryTable::updateSpecialFields(const Domain::DataCategory &category)
{
    // An exception only with a special category; a law only where the exception needs one. What
    // is filled in stays editable, so it can be cleared.
    m_exceptionCombo->setEnabled(!category.specialCategory.isEmpty() || !category.art9Exception.isEmpty());
    m_groundCombo->setEnabled(Domain::SpecialGrounds::needsLaw(category.art9Exception) ||
                              !category.nationalGround.isEmpty());
    const QString suggested = Domain::SpecialGrounds::dutchGroundFor(category.specialCategory);
    m_groundCombo->lineEdit()->setPlaceholderText(suggested.isEmpty() ? tr("e.g. UAVG art. 23")
                                                                      : tr("e.g. %1").arg(suggested));
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

    const QSignalBlocker exceptionBlocker(m_exceptionCombo);
    const QString exception = m_exceptionCombo->currentData().toString();
    m_exceptionCombo->clear();
    m_exceptionCombo->addItem(tr("Not chosen"), QString());
    for (const QString &code : Codes::codes(Codes::Kind::Art9Exception))
        m_exceptionCombo->addItem(Codes::label(Codes::Kind::Art9Exception, code), code);
    m_exceptionCombo->setCurrentIndex(qMax(0, m_exceptionCombo->findData(exception)));

    const QSignalBlocker groundBlocker(m_groundCombo);
    const QString ground = m_groundCombo->currentText();
    m_groundCombo->clear();
    for (const Domain::SpecialGrounds::Ground &item : Domain::SpecialGrounds::dutchGrounds()) {
        m_groundCombo->addItem(item.reference, item.reference);
        m_groundCombo->setItemData(m_groundCombo->count() - 1, tr("%1: %2").arg(item.reference, item.subject),
                                   Qt::ToolTipRole);
    }
    m_groundCombo->setEditText(ground);
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
    setFieldLabel(m_exceptionCombo, tr("Exception (Art. 9(2)):"));
    m_exceptionCombo->setAccessibleName(tr("Exception of Art. 9(2)"));
    setFieldLabel(m_groundCombo, tr("Union or Dutch law:"));
    m_groundCombo->setAccessibleName(tr("Union or Dutch law the exception rests on"));
    m_groundCombo->setToolTip(tr("Needed with Art. 9(2)(b), (g), (h), (i) and (j); in the Netherlands usually one of "
                                 "UAVG arts. 22 to 30."));
    setFieldLabel(m_rulePicker, tr("Retention rule:"));
    m_rulePicker->setNoneText(tr("No rule yet"));
    m_rulePicker->setNewText(tr("New rule…"));
    m_rulePicker->setGoToText(tr("Go to"));
    m_rulePicker->setFieldName(tr("Retention rule"));
    refreshTable();
    updateRuleDetail();
}

} // namespace Custodian::Ui
