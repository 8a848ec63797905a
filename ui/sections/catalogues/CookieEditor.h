#pragma once

#include "domain/Cookie.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"
#include "register/CookieService.h"
#include "sections/catalogues/CatalogueEditor.h"

namespace Custodian::Ui {

class CountryPicker;
class EntityPicker;

// One cookie or similar technique of the website or app (Tw art. 11.7a): what it is, whether it
// needs consent (its category), what it is for, who places it, how long it stays, where its data
// goes, and the processing activity it serves. Nothing in the register refers to a cookie: the
// editor has no "Used by" list.
class CookieEditor : public CatalogueItemEditor<Domain::Cookie>
{
    Q_OBJECT
public:
    explicit CookieEditor(RegisterContext *context, QWidget *parent = nullptr);

protected:
    Register::EntityService<Domain::Cookie> &service() const override;
    Domain::Findings liveFindings() override;
    void fillExtra(const Domain::Cookie &cookie) override;
    void readExtra(Domain::Cookie &cookie) const override;
    void refreshChoices() override;
    void updateDependentFields() override;
    QString usedByEmptyText(bool newItem) const override;
    QString newItemText() const override;
    QString retiredText() const override;
    void retranslateUi() override;

private:
    EntityPicker *m_providerPicker = nullptr;
    EntityPicker *m_activityPicker = nullptr;
    CountryPicker *m_countryPicker = nullptr;
};

} // namespace Custodian::Ui
