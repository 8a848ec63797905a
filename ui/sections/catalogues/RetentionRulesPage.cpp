#include "sections/catalogues/RetentionRulesPage.h"

#include "framework/ListFilterBar.h"
#include "framework/RegisterContext.h"
#include "register/RetentionRuleService.h"
#include "sections/catalogues/RetentionRuleEditor.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <limits>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::RetentionRule;

RetentionRulesPage::RetentionRulesPage(RegisterContext *context, QWidget *parent)
    : CataloguePage(context, Domain::EntityKind::RetentionRule, parent)
{
    setObjectName(QStringLiteral("retentionRulesPage"));
    m_editor = new RetentionRuleEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Name"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Period"); }, {}},
        {[] { return tr("Basis"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Legal source"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Legal holds"); },
         [] { return tr("Active legal holds that suspend deletion for some of the data under the rule"); },
         ListColumn::Width::Short, true},
        {[] { return tr("Used by"); },
         [] { return tr("How many processing activities keep data categories under the rule"); }},
    };
    setupCatalogue(
        catalogueSource<RetentionRule>(
            context->retentionRules(), columns, [this](const RetentionRule &rule) { return row(rule); },
            [this, context] {
                QList<Domain::LegalHold> holds;
                const Status status = context->legalHolds().list(&holds);
                m_activeHolds = Domain::LegalHold::activeByRule(holds, context->today());
                return status;
            }),
        m_editor, m_editor,
        {[context](const QString &uuid, bool retired) { return context->retentionRules().setRetired(uuid, retired); },
         [context](const QString &uuid) { return context->retentionRules().remove(uuid); }});

    m_catalogueButton = new QPushButton(filterBar());
    m_catalogueButton->setObjectName(QStringLiteral("catalogueButton"));
    filterBar()->addWidget(m_catalogueButton);
    connect(m_catalogueButton, &QPushButton::clicked, this, [this] {
        const Status status = addCatalogue();
        if (!status)
            QMessageBox::warning(this, tr("Dutch retention periods"), status.message());
    });
    retranslateSection();
    reload();
}

QString RetentionRulesPage::title() const
{
    return tr("Retention rules");
}

Status RetentionRulesPage::addCatalogue()
{
    return context()->retentionRules().seedCatalogue();
}

qint64 RetentionRulesPage::periodSortKey(const RetentionRule &rule)
{
    if (rule.periodCount <= 0)
        return std::numeric_limits<qint64>::max();
    qint64 days = 1;
    if (rule.periodUnit == QLatin1String("weeks"))
        days = 7;
    else if (rule.periodUnit == QLatin1String("months"))
        days = 30;
    else if (rule.periodUnit == QLatin1String("years"))
        days = 365;
    return qint64(rule.periodCount) * days;
}

ListRow RetentionRulesPage::row(const RetentionRule &rule) const
{
    ListRow row = catalogueRow(rule.uuid, rule.name, rule.retired, rule.validate());
    if (!rule.seedKey.isEmpty())
        row.cells[NameColumn].toolTip = tr("From the catalogue of Dutch retention periods (statute and guidance)");
    const QString period = rule.periodText();
    row.cells.append({period, periodSortKey(rule), period});
    row.cells.append({Codes::label(Codes::Kind::RetentionBasis, rule.basisType), {}, {}});
    row.cells.append({rule.legalSource.simplified(), {}, rule.legalSource.trimmed()});
    const QStringList holds = m_activeHolds.value(rule.uuid);
    row.cells.append({holds.isEmpty() ? QString() : tr("%n active", nullptr, int(holds.size())), int(holds.size()),
                      holds.join(QLatin1Char('\n'))});
    const int count = usesBy(rule.uuid, QStringLiteral("activity"));
    row.cells.append({QLocale().toString(count), count,
                      tr("%n processing activity(ies) keep data categories under this rule.", nullptr, count)});
    return row;
}

CataloguePage::Texts RetentionRulesPage::texts(int uses) const
{
    return {tr("No retention rules yet. Say how long each kind of data is kept and why: add the Dutch "
               "retention periods (fiscal records, personnel files, job applications, …) with “Add Dutch "
               "retention periods”, or write your own with “New retention rule”."),
            tr("New retention rule"),
            tr("Retire retention rule"),
            tr("Restore retention rule"),
            tr("%n processing activity(ies) keep data categories under it and keep doing so. The rule stays in "
               "their history and in the audit trail, but is no longer offered for new links. You can restore "
               "it later.",
               nullptr, uses),
            tr("No activity follows it. Retiring keeps it in the register's history and lets you restore it "
               "later; deleting removes it for good (the audit trail keeps a record of it).")};
}

void RetentionRulesPage::retranslateSection()
{
    m_catalogueButton->setText(tr("Add Dutch retention periods"));
    m_catalogueButton->setToolTip(tr("Adds the retention periods Dutch law sets (fiscal records, personnel files, "
                                     "Wwft, medical files, …) that are not in the register yet. Rules you renamed "
                                     "or retired are not added again."));
    CataloguePage::retranslateSection();
}

} // namespace Custodian::Ui
