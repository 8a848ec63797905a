#pragma once

#include "domain/LegalHold.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"

class QLabel;

namespace Custodian::Ui {

class EntityPicker;

// One legal hold (DOMAIN-REVIEW A9): the dispute or inquiry it is for, the retention rule and the
// processing activity it falls under, whom and what it covers, and its start, last review and
// release. Under the dates a line says whether the hold is active and when its next review is due.
class LegalHoldEditor : public TypedEditor<Domain::LegalHold>
{
    Q_OBJECT
public:
    explicit LegalHoldEditor(RegisterContext *context, QWidget *parent = nullptr);

protected:
    Register::EntityService<Domain::LegalHold> &service() const override;
    Domain::Findings liveFindings() override;
    QString headingText() const override;
    QString stateText() const override;
    void updateDependentFields() override;
    void refreshChoices() override;
    void retranslateUi() override;

private:
    // "Active: the next review is due on …" or "Released on …", for the hold as the form shows it.
    QString statusText(const Domain::LegalHold &hold) const;

    EntityPicker *m_rulePicker = nullptr;
    EntityPicker *m_activityPicker = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Custodian::Ui
