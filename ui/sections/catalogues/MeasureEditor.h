#pragma once

#include "domain/SecurityMeasure.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"
#include "register/SecurityMeasureService.h"
#include "sections/catalogues/CatalogueEditor.h"

namespace Custodian::Ui {

// One technical or organisational security measure (Art. 32), described once and linked from the
// activities and agreements that apply it; the read-only list of those, each entry jumping there.
class MeasureEditor : public CatalogueItemEditor<Domain::SecurityMeasure>
{
    Q_OBJECT
public:
    explicit MeasureEditor(RegisterContext *context, QWidget *parent = nullptr);

protected:
    Register::EntityService<Domain::SecurityMeasure> &service() const override;
    void readExtra(Domain::SecurityMeasure &measure) const override;
    QString usedByEmptyText(bool newItem) const override;
    QString newItemText() const override;
    QString retiredText() const override;
    void retranslateUi() override;

private:
};

} // namespace Custodian::Ui
