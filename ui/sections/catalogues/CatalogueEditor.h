#pragma once

#include "framework/EntityEditor.h"
#include "sections/catalogues/PartyUsedByList.h"

namespace Custodian::Ui {

// The editor of a catalogue item (a party, a measure, a retention rule): what refers to the item
// comes from the page's "used by" index, read with the list.
class CatalogueEditor : public EntityEditor
{
    Q_OBJECT
public:
    using EntityEditor::EntityEditor;

    void setUsage(const PartyUsedByList::Index *usage) { m_usage = usage; }
    // The list was read again: show what refers to the item now.
    virtual void refresh() = 0;

protected:
    // The items referring to the one shown (none for a new item).
    QList<PartyUsedByList::Reference> referencesTo(const QString &uuid) const
    {
        return m_usage && !uuid.isEmpty() ? m_usage->value(uuid) : QList<PartyUsedByList::Reference>();
    }

private:
    const PartyUsedByList::Index *m_usage = nullptr;
};

} // namespace Custodian::Ui
