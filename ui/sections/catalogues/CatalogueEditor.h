#pragma once

#include "framework/TypedEditor.h"
#include "sections/catalogues/PartyUsedByList.h"

#include <QFormLayout>

namespace Custodian::Ui {

// What the editor of a catalogue item (a party, a measure, a retention rule) has besides being an
// editor: what refers to the item comes from the page's "used by" index, read with the list.
class CatalogueUsage
{
public:
    virtual ~CatalogueUsage() = default;

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

// The editor of a catalogue item of kind T: its retired state under the heading, what refers to it
// in a "Used by" list at the end of the form, both re-read when the list is read again.
template<class T> class CatalogueItemEditor : public TypedEditor<T>, public CatalogueUsage
{
public:
    using TypedEditor<T>::TypedEditor;

    void refresh() override
    {
        T &stored = this->m_stored;
        if (!stored.uuid.isEmpty()) {
            // The retired flag may have changed through the page.
            T current;
            if (this->service().load(stored.uuid, &current)) {
                stored.retired = current.retired;
                this->m_baseline.retired = current.retired;
            }
        }
        if (m_usedByList)
            m_usedByList->setReferences(referencesTo(stored.uuid), usedByEmptyText(stored.uuid.isEmpty()));
        this->updateState();
    }

protected:
    // Nothing refers to the item: the text for a new item and for a stored one.
    virtual QString usedByEmptyText(bool newItem) const = 0;
    // "New party".
    virtual QString newItemText() const = 0;
    // What retired means for the item, shown under the heading.
    virtual QString retiredText() const = 0;

    // The end of the form, the same for every catalogue item: the "Used by" list over the width
    // of the form under its caption. Every edit of a bound field revalidates; the texts come in the
    // current language, and the placeholder shows until an item is chosen.
    void endForm(QFormLayout *form)
    {
        this->m_captions.add(form);
        m_usedByList = new PartyUsedByList(this->context(), form->parentWidget());
        this->addSpanning(form, QStringLiteral("usedBy"), m_usedByList);
        this->m_form.onChange(this, [this] { this->onEdited(); });
        this->retranslateUi();
        this->showPlaceholder(QString());
    }
    PartyUsedByList *usedByList() const { return m_usedByList; }

    void fillExtra(const T &) override { refresh(); }
    void afterSave() override { refresh(); }
    QString headingText() const override
    {
        const QString name = this->displayName();
        if (!name.isEmpty())
            return name;
        const T &stored = this->m_stored;
        const QString *storedName = T::spec().displayField()->text(stored);
        return stored.uuid.isEmpty() || !storedName ? newItemText() : *storedName;
    }
    QString stateText() const override { return this->m_stored.retired ? retiredText() : QString(); }

private:
    PartyUsedByList *m_usedByList = nullptr;
};

} // namespace Custodian::Ui
