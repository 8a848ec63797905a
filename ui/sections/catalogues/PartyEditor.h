#pragma once

#include "domain/Party.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"
#include "register/PartyService.h"
#include "sections/catalogues/CatalogueEditor.h"

class QListWidget;

namespace Custodian::Ui {

class CountryPicker;

// One party: name, roles, country, contact, DPO, notes, validated as typed; and the read-only list
// of what refers to it, each entry jumping there.
class PartyEditor : public CatalogueItemEditor<Domain::Party>
{
    Q_OBJECT
public:
    explicit PartyEditor(RegisterContext *context, QWidget *parent = nullptr);

    // The party as the fields show it now.
    Domain::Party currentParty() const { return currentItem(); }
    // The party as stored (or the empty new one).
    const Domain::Party &loadedParty() const { return storedItem(); }

protected:
    Register::EntityService<Domain::Party> &service() const override;
    void fillExtra(const Domain::Party &party) override;
    void readExtra(Domain::Party &party) const override;
    QString usedByEmptyText(bool newItem) const override;
    QString newItemText() const override;
    QString retiredText() const override;
    void retranslateUi() override;

private:
    QListWidget *m_rolesList = nullptr;
    CountryPicker *m_countryPicker = nullptr;
};

} // namespace Custodian::Ui
