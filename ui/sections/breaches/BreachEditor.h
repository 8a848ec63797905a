#pragma once

#include "domain/Breach.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"

class QLabel;
class QPushButton;

namespace Custodian::Ui {

class EntityPicker;
class LetterPanel;

// One personal data breach (Arts. 33-34; DOMAIN-REVIEW I.2), after the sections of the Dutch AP's
// notification form: what happened and when, the data and people, protection and risk, the
// notifications (the AP within 72 hours of awareness, the people, the controllers when we are the
// processor) and the follow-up. A line under the moment of awareness counts the 72 hours live.
class BreachEditor : public TypedEditor<Domain::Breach>
{
    Q_OBJECT
public:
    explicit BreachEditor(RegisterContext *context, QWidget *parent = nullptr);

    QString displayName() const override;
    // Adds what the ticked activities say of the data (special categories, BSN, criminal data,
    // systems) to the form; returns whether anything was added.
    bool fillFromActivities();

protected:
    Register::EntityService<Domain::Breach> &service() const override;
    Domain::Findings liveFindings() override;
    QString headingText() const override;
    QString stateText() const override;
    void updateDependentFields() override;
    void refreshChoices() override;
    void retranslateUi() override;
    void afterSave() override;
    void fillExtra(const Domain::Breach &breach) override;

public:
    // The answers for the AP's notification form, in Dutch, for the breach as the form shows it.
    QString apFormText();

private:
    void showApForm();

private:
    // The 72 hours for the breach as the form shows it, at the context's "now".
    QString clockText(const Domain::Breach &breach) const;

    QLabel *m_clockLabel = nullptr;
    LetterPanel *m_letters = nullptr;
    QPushButton *m_apFormButton = nullptr;
    LinkChecklist *m_activities = nullptr;
    EntityPicker *m_involvedPicker = nullptr;
    CodeChecklist *m_dataTypes = nullptr;
    CodeChecklist *m_specialCategories = nullptr;
    QPushButton *m_fillButton = nullptr;
    FieldRowList *m_actions = nullptr;
    FieldRowList *m_controllers = nullptr;
};

} // namespace Custodian::Ui
