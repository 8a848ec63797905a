#pragma once

#include "domain/ControlReference.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"
#include "register/ControlReferenceService.h"
#include "sections/catalogues/CatalogueEditor.h"

class QLabel;

namespace Custodian::Ui {

class CodeChecklist;

// One control of the organisation's own auditors: its framework and code, a title and notes in the
// organisation's words, and the reports that are evidence for it. Under the reports, what those
// reports already name, so that a shipped control is not entered twice. Nothing refers to a control:
// the editor has no "Used by" list.
class ControlEditor : public CatalogueItemEditor<Domain::ControlReference>
{
    Q_OBJECT
public:
    explicit ControlEditor(RegisterContext *context, QWidget *parent = nullptr);

    // "GDPR Art. 28 · BIO2 5.19.01, …": the shipped controls of the reports ticked now.
    QString shippedText() const;

protected:
    Register::EntityService<Domain::ControlReference> &service() const override;
    void readExtra(Domain::ControlReference &control) const override;
    void updateDependentFields() override;
    QString usedByEmptyText(bool newItem) const override;
    QString newItemText() const override;
    QString retiredText() const override;
    void retranslateUi() override;

private:
    CodeChecklist *m_reportsList = nullptr;
    QLabel *m_shipped = nullptr;
};

} // namespace Custodian::Ui
