#include "sections/catalogues/PartiesPage.h"
#include "domain/Countries.h"

#include "framework/Confirm.h"
#include "framework/ListFilterBar.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/catalogues/PartyEditor.h"

#include <QComboBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::Party;

PartiesPage::PartiesPage(RegisterContext *context, QWidget *parent)
    : CataloguePage(context, Domain::EntityKind::Party, parent)
{
    setObjectName(QStringLiteral("partiesPage"));
    // The role narrows what "all" means (it sits between the list model and the shared filters).
    m_roleProxy = new ListFilterProxy(this);
    m_editor = new PartyEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Name"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Roles"); }, {}},
        {[] { return tr("Country"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Contact"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Used by"); },
         [] { return tr("How many processing activities, processor activities and agreements refer to the party"); }},
    };
    setupCatalogue(
        catalogueSource<Party>(context->parties(), columns, [this](const Party &party) { return row(party); }),
        m_editor, m_editor,
        {[context](const QString &uuid, bool retired) { return context->parties().setRetired(uuid, retired); },
         [context](const QString &uuid) { return context->parties().remove(uuid); }},
        m_roleProxy);

    m_roleCombo = new QComboBox(filterBar());
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    filterBar()->addWidget(m_roleCombo);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_roleProxy->setValueFilter(TagsRole, m_roleCombo->currentData().toString());
        // The shown/total count and the selection, once both proxies have settled.
        afterReload();
    });
    // A municipality's usual administrative bodies, each the controller of its own processing: added
    // only when asked (nothing is created by default).
    m_bodiesButton = new QPushButton(filterBar());
    m_bodiesButton->setObjectName(QStringLiteral("municipalBodiesButton"));
    filterBar()->addWidget(m_bodiesButton);
    connect(m_bodiesButton, &QPushButton::clicked, this, &PartiesPage::addMunicipalBodies);
    retranslateSection();
    reload();
}

void PartiesPage::addMunicipalBodies()
{
    const QStringList names = Register::PartyService::municipalBodies();
    if (!confirmAction(this, tr("Administrative bodies of a municipality"),
                       tr("Add the administrative bodies a municipality usually has, marked as bodies of this "
                          "organisation, so that activities can name their controller?\n\n%1\n\nA party of the "
                          "same name is marked rather than added again. Retire the ones your organisation does not "
                          "have.")
                           .arg(names.join(QLatin1Char('\n'))),
                       tr("Add bodies")))
        return;
    int changed = 0;
    const Status status = context()->parties().addOwnBodies(names, &changed);
    if (!status) {
        QMessageBox::warning(this, tr("Parties"), status.message());
        return;
    }
    reload();
    QMessageBox::information(this, tr("Parties"),
                             changed == 0 ? tr("Every one of these bodies is already in the register.")
                                          : tr("%n administrative body(ies) added or marked.", nullptr, changed));
}

QString PartiesPage::title() const
{
    return tr("Parties");
}

QString PartiesPage::rolesText(const QStringList &roles)
{
    QStringList labels;
    const QStringList codes = Codes::codes(Codes::Kind::PartyRole);
    for (const QString &code : codes) {
        if (roles.contains(code))
            labels << Codes::label(Codes::Kind::PartyRole, code);
    }
    return labels.join(QStringLiteral(", "));
}

QString PartiesPage::countryName(const QString &code)
{
    return Domain::Countries::name(code);
}

ListRow PartiesPage::row(const Party &party) const
{
    ListRow row = catalogueRow(party.uuid, party.name, party.retired, party.validate());
    row.cells[NameColumn].toolTip = party.notes.trimmed().left(400);
    row.tags = party.roles;
    QString roles = rolesText(party.roles);
    if (party.ownBody)
        roles = roles.isEmpty() ? tr("Administrative body") : tr("Administrative body, %1").arg(roles);
    row.cells.append({roles.isEmpty() ? tr("No role given") : roles, roles.toLower(), {}});
    row.cells.append({countryName(party.country), {}, {}});
    QStringList contact;
    for (const QString &part : {party.contactName, party.contactEmail, party.contactPhone}) {
        if (!part.trimmed().isEmpty())
            contact << part.trimmed();
    }
    row.cells.append({contact.value(0), {}, contact.join(QLatin1Char('\n'))});
    const int count = uses(party.uuid);
    row.cells.append(
        {QLocale().toString(count), count,
         tr("%n item(s) of the register (activities or agreements) refer to this party.", nullptr, count)});
    row.searchExtra << party.country << contact;
    return row;
}

CataloguePage::Texts PartiesPage::texts(int uses) const
{
    return {tr("No parties yet. Add the organisations your register names: the processors that work for you "
               "(your hosting provider, your payroll service), the controllers you work for, and other "
               "recipients. Start with “New party”."),
            tr("New party"),
            tr("Retire party"),
            tr("Restore party"),
            tr("%n item(s) of the register (activities or agreements) refer to it and keep "
               "doing so. The party stays in their history and in the audit trail, but is no longer offered "
               "for new links. You can restore it later.",
               nullptr, uses),
            tr("Nothing refers to it. Retiring keeps it in the register's history and lets you restore it "
               "later; deleting removes it for good (the audit trail keeps a record of it).")};
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
    m_roleCombo->setAccessibleName(tr("Role filter"));
    m_roleCombo->setToolTip(tr("Show only the parties with this role"));
    m_bodiesButton->setText(tr("Add a municipality's bodies…"));
    m_bodiesButton->setToolTip(tr("Adds the college of mayor and aldermen, the council, the mayor and the other "
                                  "usual administrative bodies of a municipality, each the controller of its own "
                                  "processing."));
    fillRoleCombo();
    CataloguePage::retranslateSection();
}

} // namespace Custodian::Ui
