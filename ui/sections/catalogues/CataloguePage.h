#pragma once

#include "Status.h"
#include "domain/Party.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"
#include "framework/EntityListSource.h"
#include "framework/SectionPage.h"
#include "sections/catalogues/CatalogueEditor.h"

#include <algorithm>
#include <functional>

namespace Custodian::Ui {

// The section of a catalogue the register's activities and agreements refer to: parties, measures
// and retention rules. A catalogue item is retired rather than deleted while anything refers to it;
// retired items are hidden unless "Show retired" is ticked. The list has a "Used by" count, and the
// editor lists the referring items, both from one "used by" index read with the list.
// A subclass gives its list (columns and rows, see catalogueSource()), its editor and its texts.
class CataloguePage : public SectionPage
{
    Q_OBJECT
public:
    QString entityCode() const override { return Domain::EntityKinds::code(m_kind); }

    // Retires (or restores) an item without asking; the retire button asks first.
    Status setRetired(const QString &uuid, bool retired);
    // Deletes an item nothing refers to, without asking.
    Status removeItem(const QString &uuid);
    const PartyUsedByList::Index &usage() const { return m_usage; }

protected:
    // What only the subclass knows: its service's two retirement actions and its sentences.
    struct Actions
    {
        std::function<Status(const QString &uuid, bool retired)> setRetired;
        std::function<Status(const QString &uuid)> remove;
    };
    struct Texts
    {
        QString empty;         // the empty list's invitation
        QString newItem;       // "New party"
        QString retireTitle;   // "Retire party"
        QString restoreTitle;  // "Restore party"
        QString usedBy;        // the retire dialog when n items refer to it (already with %n filled)
        QString usedByNothing; // the retire dialog when nothing does
    };

    CataloguePage(RegisterContext *context, Domain::EntityKind kind, QWidget *parent = nullptr);
    // Call once from the subclass constructor, then reload(). sortColumn: the first sort.
    void setupCatalogue(std::unique_ptr<ListSource> source, EntityEditor *editor, CatalogueUsage *usage,
                        Actions actions, QSortFilterProxyModel *filter = nullptr);
    // The source of a catalogue list: build makes a row of an item; the "used by" index is read
    // before the rows, so build can count with usage(). Rows of retired items read "retired".
    // alsoPrepare reads what else the subclass's rows need, after the index.
    template<class T>
    std::unique_ptr<ListSource> catalogueSource(Register::EntityService<T> &service, QList<ListColumn> columns,
                                                typename EntityListSource<T>::Build build,
                                                std::function<Status()> alsoPrepare = {})
    {
        auto source = std::make_unique<EntityListSource<T>>(service, std::move(columns), std::move(build));
        source->setPrepare([this, alsoPrepare] {
            m_usage = PartyUsedByList::usage(context(), m_kind);
            return alsoPrepare ? alsoPrepare() : Status::ok();
        });
        source->setShownKinds({Domain::EntityKind::ProcessingActivity, Domain::EntityKind::ProcessorActivity,
                               Domain::EntityKind::Agreement, Domain::EntityKind::LegalHold});
        return source;
    }
    // The texts, translated now; uses: how many items refer to the one the dialog is about.
    virtual Texts texts(int uses) const = 0;
    int uses(const QString &uuid) const { return int(m_usage.value(uuid).size()); }
    // The items of one kind that refer to the item (entity code as in EntityKinds::code).
    int usesBy(const QString &uuid, const QString &entity) const
    {
        const QList<PartyUsedByList::Reference> references = m_usage.value(uuid);
        return int(std::count_if(references.cbegin(), references.cend(),
                                 [&entity](const PartyUsedByList::Reference &r) { return r.entity == entity; }));
    }

    void retireItem(const QString &uuid) override;
    void listChanged() override;
    void retranslateSection() override { updateTexts(); }

private:
    void updateTexts();

    Domain::EntityKind m_kind;
    CatalogueUsage *m_usageView = nullptr;
    Actions m_actions;
    PartyUsedByList::Index m_usage;
};

// "Name (retired)" for a retired catalogue item, the name otherwise; and the row's common parts.
ListRow catalogueRow(const QString &uuid, const QString &name, bool retired, const Domain::Findings &own);

} // namespace Custodian::Ui
