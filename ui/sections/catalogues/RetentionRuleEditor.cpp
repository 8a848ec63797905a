#include "sections/catalogues/RetentionRuleEditor.h"

#include "domain/Codes.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyUsedByList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::RetentionRule;

namespace {
constexpr int maximumPeriod = 999;
}

RetentionRuleEditor::RetentionRuleEditor(RegisterContext *context, QWidget *parent)
    : CatalogueItemEditor(context, parent)
{
    setObjectName(QStringLiteral("retentionRuleEditor"));
    QFormLayout *form = pages()->addPage(QStringLiteral("rulePage"));
    QWidget *page = form->parentWidget();
    m_seedLabel = new QLabel(page);
    m_seedLabel->setObjectName(QStringLiteral("seedLabel"));
    m_seedLabel->setWordWrap(true);
    makeMuted(m_seedLabel);
    form->addRow(m_seedLabel);

    // How long, from when.
    m_captions.add(form);
    m_form.add(form, "name", FieldOptions().withMnemonic());
    auto *periodCell = new QWidget(page);
    auto *periodRow = new QHBoxLayout(periodCell);
    periodRow->setContentsMargins(0, 0, 0, 0);
    m_periodCountSpin = new QSpinBox(periodCell);
    m_periodCountSpin->setObjectName(QStringLiteral("periodCountSpin"));
    m_periodCountSpin->setRange(1, maximumPeriod);
    m_periodUnitCombo = new QComboBox(periodCell);
    m_periodUnitCombo->setObjectName(QStringLiteral("periodUnitCombo"));
    m_noFixedPeriodCheck = new QCheckBox(periodCell);
    m_noFixedPeriodCheck->setObjectName(QStringLiteral("noFixedPeriodCheck"));
    periodRow->addWidget(m_periodCountSpin);
    periodRow->addWidget(m_periodUnitCombo);
    periodRow->addSpacing(m_noFixedPeriodCheck->fontMetrics().averageCharWidth() * 2);
    periodRow->addWidget(m_noFixedPeriodCheck);
    periodRow->addStretch(1);
    fields().add(form, QStringLiteral("periodCount"), periodCell, m_periodCountSpin);
    fields().addAlias(QStringLiteral("periodUnit"), QStringLiteral("periodCount"));
    m_form.add(form, "trigger", FieldOptions().withMnemonic());
    m_form.add(form, "periodKind",
               FieldOptions().withNoneText(QT_TRANSLATE_NOOP("Custodian::Ui::FormBinder", "Not stated")));
    m_previewLabel = new QLabel(page);
    m_previewLabel->setObjectName(QStringLiteral("periodPreview"));
    m_previewLabel->setWordWrap(true);
    form->addRow(QString(), m_previewLabel);

    // What the period rests on.
    m_captions.add(form);
    m_form.add(form, "basisType", FieldOptions().withMnemonic().named(QStringLiteral("basisCombo")));
    m_form.add(form, "legalSource", FieldOptions().withMnemonic());
    // A public body keeps and destroys its records by a selection list (Archiefwet).
    m_form.add(form, "selectionList");
    m_form.add(form, "selectionListCategory");
    m_form.add(form, "destructionMethod");
    m_form.add(form, "lastTestedOn");

    m_captions.add(form);
    m_form.add(form, "notes", FieldOptions().withLines(5));
    addExtraFields(form);

    endForm(form);
    const auto edited = [this] { onEdited(); };
    connect(m_periodCountSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_periodUnitCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_noFixedPeriodCheck, &QCheckBox::toggled, this, edited);
}

Register::EntityService<RetentionRule> &RetentionRuleEditor::service() const
{
    return context()->retentionRules();
}

void RetentionRuleEditor::fillExtra(const RetentionRule &rule)
{
    const bool fixed = rule.periodCount > 0;
    m_noFixedPeriodCheck->setChecked(!fixed);
    m_periodCountSpin->setValue(fixed ? rule.periodCount : 1);
    const QString unit = rule.periodUnit.isEmpty() && !fixed ? QStringLiteral("years") : rule.periodUnit;
    m_periodUnitCombo->setCurrentIndex(m_periodUnitCombo->findData(unit));
    refresh();
}

void RetentionRuleEditor::readExtra(RetentionRule &rule) const
{
    if (m_noFixedPeriodCheck->isChecked()) {
        rule.periodCount = 0;
        rule.periodUnit.clear();
    } else {
        rule.periodCount = m_periodCountSpin->value();
        rule.periodUnit = m_periodUnitCombo->currentData().toString();
    }
    // The fields as the register keeps them, so that an edit is told from the stored rule.
    RetentionRule::spec().normalise(rule);
}

Findings RetentionRuleEditor::liveFindings()
{
    // What the check says of the stored rule, and the remarks of the rule as it is edited.
    Findings findings = CatalogueItemEditor::liveFindings();
    if (m_stored.uuid.isEmpty())
        return findings;
    const Findings own = currentItem().validate();
    for (const Finding &finding : own) {
        if (finding.severity != Finding::Severity::Info && !findings.contains(finding))
            findings.append(finding);
    }
    return findings;
}

void RetentionRuleEditor::updateDependentFields()
{
    const bool fixed = !m_noFixedPeriodCheck->isChecked();
    m_periodCountSpin->setEnabled(fixed);
    m_periodUnitCombo->setEnabled(fixed);
    m_seedLabel->setVisible(!m_stored.seedKey.isEmpty());
    m_previewLabel->setText(tr("Reads as: %1").arg(currentItem().periodText()));
}

void RetentionRuleEditor::focusField(const QString &field)
{
    // A period that is switched off is reached through its check box.
    if ((field == QLatin1String("periodCount") || field == QLatin1String("periodUnit")) &&
        m_noFixedPeriodCheck->isChecked() && isShowingItem()) {
        CatalogueItemEditor::focusField(field);
        m_noFixedPeriodCheck->setFocus(Qt::OtherFocusReason);
        return;
    }
    CatalogueItemEditor::focusField(field);
}

QString RetentionRuleEditor::usedByEmptyText(bool newItem) const
{
    return newItem ? tr("No data category follows a new rule yet.")
                   : tr("No processing activity keeps a data category under this rule.");
}

QString RetentionRuleEditor::newItemText() const
{
    return tr("New retention rule");
}

QString RetentionRuleEditor::retiredText() const
{
    return tr("This rule is retired: it stays in the register's history but is no longer offered for new links. Use "
              "“Restore” to offer it again.");
}

void RetentionRuleEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a retention rule in the list, or create a new one."));
    const QStringList captions = {
        tr("Retention period — Art. 30(1)(f), Art. 5(1)(e)"),
        tr("Legal ground of the period"),
        tr("Notes"),
        tr("Used by"),
    };
    m_captions.setTexts(captions);
    m_captions[3].setText(captions.at(3), tr("Processing activities that keep data categories under this rule, and "
                                             "legal holds that suspend deletion for some of them. Press Enter or "
                                             "double-click to open one."));
    pages()->setTitle(0, tr("Retention rule"));
    m_seedLabel->setText(
        tr("From the catalogue of Dutch retention periods (statute and guidance). Check it against your own "
           "situation and adapt it where needed."));

    m_form.retranslate();
    fields().setLabel(QStringLiteral("periodCount"), tr("&Period:"));
    {
        const bool wasLoading = isLoading();
        setLoading(true);
        const QString current = m_periodUnitCombo->currentData().toString();
        m_periodUnitCombo->clear();
        for (const QString &code : Codes::codes(Codes::Kind::PeriodUnit))
            m_periodUnitCombo->addItem(Codes::label(Codes::Kind::PeriodUnit, code), code);
        m_periodUnitCombo->setCurrentIndex(m_periodUnitCombo->findData(current));
        setLoading(wasLoading);
    }
    m_periodCountSpin->setAccessibleName(tr("Length of the period"));
    m_periodUnitCombo->setAccessibleName(tr("Unit of the period"));
    m_noFixedPeriodCheck->setText(tr("No &fixed period"));
    m_noFixedPeriodCheck->setToolTip(tr("For data kept as long as something lasts (a contract, an account) or "
                                        "under your own policy without a fixed term; say which in “Counted from”."));
    m_form.widget<QLineEdit>("name")->setPlaceholderText(tr("e.g. Fiscal records"));
    m_form.widget<QLineEdit>("trigger")->setPlaceholderText(tr("e.g. after the end of the financial year"));
    m_form.widget<QLineEdit>("legalSource")->setPlaceholderText(tr("e.g. AWR art. 52(4); BW 2:10(3)"));
    m_form.widget<QLineEdit>("selectionList")
        ->setPlaceholderText(tr("For a public body, e.g. Selectielijst gemeenten en intergemeentelijke organen 2020"));
    m_form.widget<QLineEdit>("selectionListCategory")->setPlaceholderText(tr("e.g. 1.1.3"));
    m_form.widget<QLineEdit>("destructionMethod")
        ->setPlaceholderText(tr("e.g. deleted from the application by a monthly job; paper shredded"));
    fields().setHint(QStringLiteral("lastTestedOn"),
                     tr("When someone last checked that the data is really destroyed when the period ends."));
    m_form.widget<QPlainTextEdit>("notes")->setPlaceholderText(
        tr("How deletion is done and checked, exceptions, who decides."));
    m_form.widget<QComboBox>("basisType")
        ->setToolTip(tr("A statute sets the period (name the article); regulator guidance or your own policy when no "
                        "statute does; or a contract."));
    usedByList()->setAccessibleName(tr("Used by"));
}

} // namespace Custodian::Ui
