#include "sections/catalogues/RetentionRulesPage.h"

#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyFilterRow.h"
#include "sections/catalogues/RetentionRuleEditor.h"
#include "sections/catalogues/RetentionRuleTableModel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace Custodian::Ui {

using Domain::Finding;
using Domain::RetentionRule;

RetentionRulesPage::RetentionRulesPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    setObjectName(QStringLiteral("retentionRulesPage"));
    m_model = new RetentionRuleTableModel(this);
    m_editor = new RetentionRuleEditor(context, this);
    m_editor->setUsage(&m_usage);
    const bool savedHeader = QSettings().contains(QStringLiteral("ui/sections/%1/header").arg(entityCode()));
    setupSection(m_model, m_editor, false, Domain::Codes::Kind::RetentionBasis, QStringLiteral("retired"));

    m_filterRow = new PartyFilterRow(this);
    // The list needs room for its columns and the search field: start close to half and half.
    if (auto *splitter = findChild<QSplitter *>())
        splitter->setSizes({45, 55});
    m_catalogueButton = new QPushButton(m_filterRow);
    m_catalogueButton->setObjectName(QStringLiteral("catalogueButton"));
    m_filterRow->addWidget(m_catalogueButton);
    connect(m_catalogueButton, &QPushButton::clicked, this, [this] {
        const Status status = addCatalogue();
        if (!status)
            QMessageBox::warning(this, tr("Dutch statutory periods"), status.message());
    });

    if (!savedHeader) {
        QHeaderView *header = view()->horizontalHeader();
        const int em = fontMetrics().averageCharWidth();
        header->resizeSection(RetentionRuleTableModel::NameColumn, em * 28);
        header->resizeSection(RetentionRuleTableModel::PeriodColumn, em * 30);
        header->resizeSection(RetentionRuleTableModel::BasisColumn, em * 16);
        header->resizeSection(RetentionRuleTableModel::SourceColumn, em * 22);
        header->resizeSection(RetentionRuleTableModel::HoldColumn, em * 10);
        header->resizeSection(RetentionRuleTableModel::UsedByColumn, em * 9);
        header->resizeSection(RetentionRuleTableModel::AttentionColumn, em * 9);
        view()->sortByColumn(RetentionRuleTableModel::NameColumn, Qt::AscendingOrder);
    }

    reloadOnChangesOf({QStringLiteral("retention_rule"), QStringLiteral("activity")});
    connect(this, &SectionPage::currentItemChanged, this, &RetentionRulesPage::updateTexts);

    retranslateSection();
    reload();
}

QString RetentionRulesPage::title() const
{
    return tr("Retention rules");
}

void RetentionRulesPage::reload()
{
    QList<RetentionRule> rules;
    const Status status = context()->retentionRules().list(&rules);
    m_loadError = status ? QString() : status.message();
    m_usage = PartyUsedByList::usage(context(), Domain::EntityKind::RetentionRule);
    QHash<QString, int> usedBy;
    QHash<QString, int> attention;
    for (const RetentionRule &rule : std::as_const(rules)) {
        usedBy.insert(rule.uuid, int(m_usage.value(rule.uuid).size()));
        // A statute without its article, a hold without a reason: the rule's own warnings count too.
        const Domain::Findings own = rule.validate();
        const int warnings = int(std::count_if(own.cbegin(), own.cend(), [](const Finding &finding) {
            return finding.severity != Finding::Severity::Info;
        }));
        attention.insert(rule.uuid, context()->attentionCount(entityCode(), rule.uuid) + warnings);
    }
    m_model->setRules(rules, usedBy, attention);
    afterReload();
    m_editor->refresh();
    updateTexts();
}

Status RetentionRulesPage::setRetired(const QString &uuid, bool retired)
{
    return context()->retentionRules().setRetired(uuid, retired);
}

Status RetentionRulesPage::removeRule(const QString &uuid)
{
    const Status status = context()->retentionRules().remove(uuid);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(QString());
    return status;
}

Status RetentionRulesPage::addCatalogue()
{
    return context()->retentionRules().seedCatalogue();
}

void RetentionRulesPage::retireItem(const QString &uuid)
{
    const RetentionRule *rule = m_model->rule(uuid);
    if (!rule)
        return;
    const QString name = rule->name;
    if (rule->retired) {
        const Status status = setRetired(uuid, false);
        if (!status)
            QMessageBox::warning(this, tr("Restore retention rule"), status.message());
        return;
    }
    const int uses = int(m_usage.value(uuid).size());
    QMessageBox box(QMessageBox::Question, tr("Retire retention rule"), tr("Retire “%1”?").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        uses > 0 ? tr("%n processing activity(ies) keep data categories under it and keep doing so. The rule stays in "
                      "their history and in the audit trail, but is no longer offered for new links. You can restore "
                      "it later.",
                      nullptr, uses)
                 : tr("No activity follows it. Retiring keeps it in the register's history and lets you restore it "
                      "later; deleting removes it for good (the audit trail keeps a record of it)."));
    QPushButton *retireButton = box.addButton(tr("Retire"), QMessageBox::AcceptRole);
    QPushButton *deleteButton = uses == 0 ? box.addButton(tr("Delete"), QMessageBox::DestructiveRole) : nullptr;
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(retireButton);
    box.exec();
    Status status;
    if (box.clickedButton() == retireButton)
        status = setRetired(uuid, true);
    else if (deleteButton && box.clickedButton() == deleteButton)
        status = removeRule(uuid);
    else
        return;
    if (!status)
        QMessageBox::warning(this, tr("Retire retention rule"), status.message());
}

void RetentionRulesPage::updateTexts()
{
    const RetentionRule *rule = m_model->rule(m_editor->currentUuid());
    const bool retired = rule && rule->retired;
    setTexts(!m_loadError.isEmpty()
                 ? m_loadError
                 : tr("No retention rules yet. Say how long each kind of data is kept and why: add the Dutch "
                      "statutory periods (fiscal records, personnel files, job applications, …) with “Add Dutch "
                      "statutory periods”, or write your own with “New retention rule”."),
             tr("New retention rule"), retired ? tr("Restore") : tr("Retire…"));
}

void RetentionRulesPage::retranslateSection()
{
    m_catalogueButton->setText(tr("Add Dutch statutory periods"));
    m_catalogueButton->setToolTip(tr("Adds the retention periods Dutch law sets (fiscal records, personnel files, "
                                     "Wwft, medical files, …) that are not in the register yet. Rules you renamed "
                                     "or retired are not added again."));
    m_model->retranslate();
    updateTexts();
}

} // namespace Custodian::Ui
