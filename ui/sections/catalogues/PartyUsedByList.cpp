#include "sections/catalogues/PartyUsedByList.h"

#include "framework/RegisterContext.h"
#include "register/queries/ListRows.h"
#include "storage/Database.h"

#include "domain/NameOrder.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Custodian::Ui {

using Domain::EntityKind;
using Domain::EntityKinds;
using Register::ReferenceIndex;

namespace {

// How an item refers to a party, by the link's field or list ("recipients", "controllerUuid").
QString roleIn(const QString &key)
{
    if (key == QLatin1String("recipients"))
        return PartyUsedByList::tr("recipient");
    if (key == QLatin1String("transfers"))
        return PartyUsedByList::tr("transfer");
    if (key == QLatin1String("controllerUuid") || key == QLatin1String("controllerUuids"))
        return PartyUsedByList::tr("controller");
    if (key == QLatin1String("jointControllers"))
        return PartyUsedByList::tr("joint controller");
    if (key == QLatin1String("processorUuid"))
        return PartyUsedByList::tr("processor");
    if (key == QLatin1String("controllerBodyUuids"))
        return PartyUsedByList::tr("controlling body");
    if (key == QLatin1String("decidingBodyUuid"))
        return PartyUsedByList::tr("deciding body");
    if (key == QLatin1String("involvedPartyUuid"))
        return PartyUsedByList::tr("organisation involved");
    return QString();
}

// One referring item, with every way it refers to the same referred item.
struct Entry
{
    EntityKind owner = EntityKind::None;
    QString uuid;
    QString name;
    QStringList details;
};

} // namespace

PartyUsedByList::Index PartyUsedByList::usage(RegisterContext *context, EntityKind kind)
{
    QHash<QString, QList<ReferenceIndex::Referrer>> referrers;
    if (!context->reportIfFailed(context->usage(kind, &referrers)))
        return {};

    // Which referring items are retired, per kind that refers here (a query only for those kinds).
    QHash<EntityKind, QSet<QString>> retired;
    for (const QList<ReferenceIndex::Referrer> &list : std::as_const(referrers)) {
        for (const ReferenceIndex::Referrer &referrer : list) {
            if (retired.contains(referrer.owner))
                continue;
            QSet<QString> &uuids = retired[referrer.owner];
            context->reportIfFailed(Register::ListRows::retiredUuids(context->database(), referrer.owner, &uuids));
        }
    }
    // A rule's entry names the data categories that follow it.
    QHash<QString, QHash<QString, QStringList>> categories;
    if (kind == EntityKind::RetentionRule && !referrers.isEmpty())
        context->reportIfFailed(Register::ListRows::ruleCategories(context->database(), &categories));

    const Domain::NameOrder names;
    Index index;
    for (auto it = referrers.cbegin(); it != referrers.cend(); ++it) {
        QList<Entry> entries;
        QHash<QString, qsizetype> positions; // owner code + '/' + uuid -> position in entries
        for (const ReferenceIndex::Referrer &referrer : it.value()) {
            const QString key = EntityKinds::code(referrer.owner) + QLatin1Char('/') + referrer.ownerUuid;
            qsizetype at = positions.value(key, -1);
            if (at < 0) {
                at = entries.size();
                positions.insert(key, at);
                entries.append({referrer.owner, referrer.ownerUuid, referrer.name, {}});
            }
            const QStringList details = kind == EntityKind::RetentionRule
                                            ? categories.value(it.key()).value(referrer.ownerUuid)
                                            : QStringList(roleIn(referrer.key));
            for (const QString &detail : details) {
                if (!detail.isEmpty() && !entries[at].details.contains(detail))
                    entries[at].details.append(detail);
            }
        }
        QList<Reference> references;
        references.reserve(entries.size());
        for (const Entry &entry : std::as_const(entries)) {
            const QString label = EntityKinds::singular(entry.owner);
            const auto retiredOfKind = retired.constFind(entry.owner);
            const QString item = retiredOfKind != retired.cend() && retiredOfKind->contains(entry.uuid)
                                     //: A "Used by" entry: %1 the kind of item ("Processing activity"), %2 its name
                                     ? tr("%1: %2 (retired)").arg(label, entry.name)
                                     //: A "Used by" entry: %1 the kind of item ("Processing activity"), %2 its name
                                     : tr("%1: %2").arg(label, entry.name);
            const QString text = entry.details.isEmpty()
                                     ? item
                                     //: A "Used by" entry: %1 the item, %2 how it uses the party or rule
                                     : tr("%1 (%2)").arg(item, entry.details.join(QStringLiteral(", ")));
            references.append({EntityKinds::code(entry.owner), entry.uuid, text});
        }
        std::stable_sort(references.begin(), references.end(),
                         [&names](const Reference &a, const Reference &b) { return names(a.text, b.text); });
        index.insert(it.key(), references);
    }
    return index;
}

PartyUsedByList::PartyUsedByList(RegisterContext *context, QWidget *parent) : QListWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("usedByList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long references wrap to the list's width rather than scroll sideways.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { open(row(item)); });
}

void PartyUsedByList::setReferences(const QList<Reference> &references, const QString &emptyText)
{
    m_references = references;
    clear();
    if (references.isEmpty()) {
        auto *item = new QListWidgetItem(emptyText, this);
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (const Reference &reference : references) {
        auto *item = new QListWidgetItem(reference.text, this);
        item->setToolTip(tr("Press Enter or double-click to open it."));
    }
    // Tall enough for a few entries without scrolling; the form scrolls beyond that.
    const int rows = int(qBound(qsizetype(2), references.size(), qsizetype(6)));
    setFixedHeight(sizeHintForRow(0) * rows + 2 * frameWidth() + 2);
}

void PartyUsedByList::open(int row)
{
    if (row < 0 || row >= m_references.size())
        return;
    const Reference &reference = m_references.at(row);
    m_context->requestShow(reference.entity, reference.uuid);
}

} // namespace Custodian::Ui
