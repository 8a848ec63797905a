#include "sections/catalogues/MeasuresPage.h"

#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/MeasureEditor.h"

#include <QLocale>

namespace Custodian::Ui {

using Domain::Codes;
using Domain::SecurityMeasure;

MeasuresPage::MeasuresPage(RegisterContext *context, QWidget *parent)
    : CataloguePage(context, Domain::EntityKind::SecurityMeasure, parent)
{
    setObjectName(QStringLiteral("measuresPage"));
    m_editor = new MeasureEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Title"); }, {}},
        {[] { return tr("Kind"); }, {}},
        {[] { return tr("Description"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Used by"); },
         [] { return tr("How many processing activities, processor activities and agreements apply the measure"); }},
    };
    setupCatalogue(
        catalogueSource<SecurityMeasure>(context->measures(), columns,
                                         [this](const SecurityMeasure &measure) { return row(measure); }),
        m_editor, m_editor,
        {[context](const QString &uuid, bool retired) { return context->measures().setRetired(uuid, retired); },
         [context](const QString &uuid) { return context->measures().remove(uuid); }});
    retranslateSection();
    reload();
}

QString MeasuresPage::title() const
{
    return tr("Measures");
}

QString MeasuresPage::kindText(const QString &kind)
{
    if (kind == QLatin1String("technical"))
        return tr("Technical");
    if (kind == QLatin1String("organisational"))
        return tr("Organisational");
    return Codes::label(Codes::Kind::MeasureKind, kind);
}

ListRow MeasuresPage::row(const SecurityMeasure &measure) const
{
    ListRow row = catalogueRow(measure.uuid, measure.title, measure.retired, measure.validate());
    row.cells.append({kindText(measure.kind), {}, {}});
    const QString description = measure.description.simplified();
    row.cells.append({description.size() > 120 ? description.left(119) + QChar(0x2026) : description,
                      description.toLower(), measure.description.trimmed().left(600)});
    const int count = uses(measure.uuid);
    row.cells.append({QLocale().toString(count), count,
                      tr("%n item(s) of the register (activities or agreements) apply this measure.", nullptr, count)});
    row.searchExtra << description;
    return row;
}

CataloguePage::Texts MeasuresPage::texts(int uses) const
{
    return {tr("No measures yet. Describe each technical and organisational measure once (Art. 32): "
               "encryption of the database, access control, backups, confidentiality agreements, "
               "training. Activities and agreements then link to them. Start with “New measure”."),
            tr("New measure"),
            tr("Retire measure"),
            tr("Restore measure"),
            tr("%n item(s) of the register (activities or agreements) apply it and keep doing "
               "so. The measure stays in their history and in the audit trail, but is no longer offered for "
               "new links. You can restore it later.",
               nullptr, uses),
            tr("Nothing applies it. Retiring keeps it in the register's history and lets you restore it "
               "later; deleting removes it for good (the audit trail keeps a record of it).")};
}

} // namespace Custodian::Ui
