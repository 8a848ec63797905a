#include "sections/catalogues/ControlsPage.h"

#include "framework/RegisterContext.h"
#include "sections/catalogues/ControlEditor.h"

namespace Custodian::Ui {

using Domain::Codes;
using Domain::ControlReference;

ControlsPage::ControlsPage(RegisterContext *context, QWidget *parent)
    : CataloguePage(context, Domain::EntityKind::ControlReference, parent)
{
    setObjectName(QStringLiteral("controlsPage"));
    m_editor = new ControlEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Code"); }, {}, ListColumn::Width::Short},
        {[] { return tr("Framework"); }, {}},
        {[] { return tr("Title"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Reports"); }, [] { return tr("The reports that name the control"); }},
    };
    setupCatalogue(
        catalogueSource<ControlReference>(context->controls(), columns,
                                          [this](const ControlReference &control) { return row(control); }),
        m_editor, m_editor,
        {[context](const QString &uuid, bool retired) { return context->controls().setRetired(uuid, retired); },
         [context](const QString &uuid) { return context->controls().remove(uuid); }});
    retranslateSection();
    reload();
}

QString ControlsPage::title() const
{
    return tr("Controls");
}

ListRow ControlsPage::row(const ControlReference &control) const
{
    ListRow row = catalogueRow(control.uuid, control.code, control.retired, control.validate());
    row.cells.append({control.framework, {}, {}});
    row.cells.append({control.title, {}, {}});
    QStringList reports;
    for (const QString &kind : control.reportKinds)
        reports.append(Codes::label(Codes::Kind::ReportKind, kind));
    row.cells.append({reports.join(QStringLiteral(", ")), {}, {}});
    row.searchExtra << control.notes;
    return row;
}

CataloguePage::Texts ControlsPage::texts(int) const
{
    return {tr("No controls of your own yet. Every report already names the GDPR articles, CIP Privacy Baseline "
               "norms and BIO2 measures it is evidence for (the Reports section shows them). Add the controls your "
               "auditors test that Custodian does not know, such as a NOREA PCF code or a rule of your own policy, "
               "with the reports that are evidence for them. Start with “New control”."),
            tr("New control"),
            tr("Retire control"),
            tr("Restore control"),
            QString(),
            tr("Auditors no longer test it. Retiring keeps it in the register's history and the reports stop naming "
               "it; you can restore it later. Deleting removes it for good (the audit trail keeps a record of it).")};
}

} // namespace Custodian::Ui
