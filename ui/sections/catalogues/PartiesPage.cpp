#include "sections/catalogues/PartiesPage.h"

#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyEditor.h"
#include "sections/catalogues/PartyFilterRow.h"
#include "sections/catalogues/PartyRoleFilterProxy.h"
#include "sections/catalogues/PartyTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Finding;
using Domain::Party;

PartiesPage::PartiesPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    setObjectName(QStringLiteral("partiesPage"));
    m_model = new PartyTableModel(this);
    m_roleProxy = new PartyRoleFilterProxy(this);
    m_roleProxy->setSourceModel(m_model);
    m_editor = new PartyEditor(context, this);
    m_editor->setUsage(&m_usage);
    const bool savedHeader = QSettings().contains(QStringLiteral("ui/sections/%1/header").arg(entityCode()));
    setupSection(m_roleProxy, m_editor, false, Codes::Kind::PartyRole, QStringLiteral("retired"));

    m_filterRow = new PartyFilterRow(this);
    // The list needs room for its columns and the search field: start close to half and half.
    if (auto *splitter = findChild<QSplitter *>())
        splitter->setSizes({45, 55});
    m_roleLabel = new QLabel(m_filterRow);
    m_roleCombo = new QComboBox(m_filterRow);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleLabel->setBuddy(m_roleCombo);
    m_filterRow->addWidget(m_roleLabel);
    m_filterRow->addWidget(m_roleCombo);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_roleProxy->setRole(m_roleCombo->currentData().toString());
        // The shown/total count and the selection, once both proxies have settled.
        afterReload();
    });

    if (!savedHeader) {
        QHeaderView *header = view()->horizontalHeader();
        const int em = fontMetrics().averageCharWidth();
        header->resizeSection(PartyTableModel::NameColumn, em * 24);
        header->resizeSection(PartyTableModel::RolesColumn, em * 20);
        header->resizeSection(PartyTableModel::CountryColumn, em * 14);
        header->resizeSection(PartyTableModel::ContactColumn, em * 18);
        header->resizeSection(PartyTableModel::UsedByColumn, em * 9);
        header->resizeSection(PartyTableModel::AttentionColumn, em * 9);
        view()->sortByColumn(PartyTableModel::NameColumn, Qt::AscendingOrder);
    }

    reloadOnChangesOf({QStringLiteral("party"), QStringLiteral("activity"), QStringLiteral("processor_activity"),
                       QStringLiteral("agreement")});
    connect(this, &SectionPage::currentItemChanged, this, &PartiesPage::updateRetireText);

    retranslateSection();
    reload();
}

QString PartiesPage::title() const
{
    return tr("Parties");
}

void PartiesPage::reload()
{
    QList<Party> parties;
    const Status status = context()->parties().list(&parties);
    m_loadError = status ? QString() : status.message();
    m_usage = PartyUsedByList::usage(context(), Domain::EntityKind::Party);
    QHash<QString, int> usedBy;
    QHash<QString, int> attention;
    for (const Party &party : std::as_const(parties)) {
        usedBy.insert(party.uuid, int(m_usage.value(party.uuid).size()));
        const Domain::Findings own = party.validate();
        const int warnings = int(std::count_if(own.cbegin(), own.cend(), [](const Finding &finding) {
            return finding.severity != Finding::Severity::Info;
        }));
        attention.insert(party.uuid, context()->attentionCount(entityCode(), party.uuid) + warnings);
    }
    m_model->setParties(parties, usedBy, attention);
    afterReload();
    m_editor->refresh();
    updateRetireText();
}

Status PartiesPage::setRetired(const QString &uuid, bool retired)
{
    return context()->parties().setRetired(uuid, retired);
}

Status PartiesPage::removeParty(const QString &uuid)
{
    const Status status = context()->parties().remove(uuid);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(QString());
    return status;
}

void PartiesPage::retireItem(const QString &uuid)
{
    const Party *party = m_model->party(uuid);
    if (!party)
        return;
    const QString name = party->name;
    if (party->retired) {
        const Status status = setRetired(uuid, false);
        if (!status)
            QMessageBox::warning(this, tr("Restore party"), status.message());
        return;
    }
    const int uses = int(m_usage.value(uuid).size());
    QMessageBox box(QMessageBox::Question, tr("Retire party"), tr("Retire “%1”?").arg(name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(
        uses > 0 ? tr("%n item(s) of the register (activities or agreements) refer to it and keep "
                      "doing so. The party stays in their history and in the audit trail, but is no longer offered "
                      "for new links. You can restore it later.",
                      nullptr, uses)
                 : tr("Nothing refers to it. Retiring keeps it in the register's history and lets you restore it "
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
        status = removeParty(uuid);
    else
        return;
    if (!status)
        QMessageBox::warning(this, tr("Retire party"), status.message());
}

void PartiesPage::updateRetireText()
{
    const Party *party = m_model->party(m_editor->currentUuid());
    const bool retired = party && party->retired;
    setTexts(!m_loadError.isEmpty()
                 ? m_loadError
                 : tr("No parties yet. Add the organisations your register names: the processors that work for you "
                      "(your hosting provider, your payroll service), the controllers you work for, and other "
                      "recipients. Start with “New party”."),
             tr("New party"), retired ? tr("Restore") : tr("Retire…"));
}

void PartiesPage::fillRoleCombo()
{
    const QString current = m_roleCombo->currentData().toString();
    const QSignalBlocker blocker(m_roleCombo);
    m_roleCombo->clear();
    m_roleCombo->addItem(tr("Every role"), QString());
    const QStringList codes = Codes::codes(Codes::Kind::PartyRole);
    for (const QString &code : codes)
        m_roleCombo->addItem(Codes::label(Codes::Kind::PartyRole, code), code);
    m_roleCombo->setCurrentIndex(qMax(0, m_roleCombo->findData(current)));
}

void PartiesPage::retranslateSection()
{
    m_roleLabel->setText(tr("Role:"));
    m_roleCombo->setAccessibleName(tr("Role filter"));
    m_roleCombo->setToolTip(tr("Show only the parties with this role"));
    fillRoleCombo();
    m_model->retranslate();
    updateRetireText();
}

} // namespace Custodian::Ui
