#include "sections/catalogues/CataloguePage.h"

#include "framework/EntityEditor.h"
#include "framework/RegisterContext.h"

#include <QMessageBox>
#include <QPushButton>

namespace Custodian::Ui {

using Domain::Finding;

ListRow catalogueRow(const QString &uuid, const QString &name, bool retired, const Domain::Findings &own)
{
    ListRow row;
    row.uuid = uuid;
    row.name = name;
    row.status = retired ? QStringLiteral("retired") : QString();
    row.dimmed = retired;
    // A statute without its article, a hold without a reason: the item's own warnings count too.
    row.ownWarnings = int(std::count_if(
        own.cbegin(), own.cend(), [](const Finding &finding) { return finding.severity != Finding::Severity::Info; }));
    ListCell first;
    first.text = retired ? CataloguePage::tr("%1 (retired)").arg(name) : name;
    first.sortKey = name.toLower();
    row.cells.append(first);
    return row;
}

CataloguePage::CataloguePage(RegisterContext *context, Domain::EntityKind kind, QWidget *parent)
    : SectionPage(context, parent), m_kind(kind)
{}

void CataloguePage::setupCatalogue(std::unique_ptr<ListSource> source, EntityEditor *editor, CatalogueUsage *usage,
                                   Actions actions, QSortFilterProxyModel *filter)
{
    m_usageView = usage;
    m_actions = std::move(actions);
    m_usageView->setUsage(&m_usage);
    Options options;
    options.hiddenStatus = QStringLiteral("retired");
    // The list needs room for its columns and the search field: start close to half and half.
    options.splitterSizes = {45, 55};
    setupSection(new EntityTableModel(context(), std::move(source), this), editor, options, filter);
    connect(this, &SectionPage::currentItemChanged, this, &CataloguePage::updateTexts);
}

void CataloguePage::listChanged()
{
    m_usageView->refresh();
    updateTexts();
}

Status CataloguePage::setRetired(const QString &uuid, bool retired)
{
    return m_actions.setRetired(uuid, retired);
}

Status CataloguePage::removeItem(const QString &uuid)
{
    const Status status = m_actions.remove(uuid);
    if (status && editor()->currentUuid() == uuid)
        editor()->load(QString());
    return status;
}

void CataloguePage::retireItem(const QString &uuid)
{
    const ListRow *found = model()->row(uuid);
    if (!found)
        return;
    const ListRow copy = *found; // the dialogs below run an event loop: the list may change
    const ListRow *row = &copy;
    const int count = uses(uuid);
    const Texts text = texts(count);
    if (!row->status.isEmpty()) {
        const Status status = setRetired(uuid, false);
        if (!status)
            QMessageBox::warning(this, text.restoreTitle, status.message());
        return;
    }
    QMessageBox box(QMessageBox::Question, text.retireTitle, tr("Retire “%1”?").arg(row->name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(count > 0 ? text.usedBy : text.usedByNothing);
    // The buttons say what they do (UI review L10).
    QPushButton *retireButton = box.addButton(tr("Retire"), QMessageBox::AcceptRole);
    retireButton->setObjectName(QStringLiteral("confirmRetireButton"));
    QPushButton *deleteButton = count == 0 ? box.addButton(tr("Delete"), QMessageBox::DestructiveRole) : nullptr;
    if (deleteButton)
        deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(retireButton);
    box.exec();
    Status status;
    if (box.clickedButton() == retireButton)
        status = setRetired(uuid, true);
    else if (deleteButton && box.clickedButton() == deleteButton)
        status = removeItem(uuid);
    else
        return;
    if (!status)
        QMessageBox::warning(this, text.retireTitle, status.message());
}

void CataloguePage::updateTexts()
{
    const ListRow *row = model() ? model()->row(editor()->currentUuid()) : nullptr;
    const bool retired = row && !row->status.isEmpty();
    const Texts text = texts(0);
    setTexts(text.empty, text.newItem, retired ? tr("Restore") : tr("Retire…"));
}

} // namespace Custodian::Ui
