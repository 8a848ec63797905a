#pragma once

#include "domain/RequestCase.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"

class QLabel;
class QToolButton;

namespace Custodian::Ui {

class EntityPicker;
class LetterPanel;

// One data-subject request case (Arts. 12-22; DOMAIN-REVIEW I.1), on five pages: the request and
// its deadlines, the requester, the identity checks, the handling (extension, Art. 12(5), the
// activities searched, processors and recipients told) and the answer. The deadlines are counted
// by the register when the case is saved; the line under the status says what they mean today.
class RequestEditor : public TypedEditor<Domain::RequestCase>
{
    Q_OBJECT
public:
    explicit RequestEditor(RegisterContext *context, QWidget *parent = nullptr);

    QString displayName() const override;
    // Ticks the processing activities that name this category of data subjects ("Customers");
    // returns how many were newly ticked.
    int tickActivitiesOf(const QString &subjectCategory);

protected:
    Register::EntityService<Domain::RequestCase> &service() const override;
    Domain::Findings liveFindings() override;
    QString headingText() const override;
    QString stateText() const override;
    void updateDependentFields() override;
    void refreshChoices() override;
    void retranslateUi() override;
    void afterSave() override;
    void fillExtra(const Domain::RequestCase &request) override;
    void prepareNew(Domain::RequestCase &request) const override;

private:
    // What the stored deadlines mean today, for the case as the form shows it.
    QString deadlineText(const Domain::RequestCase &request) const;
    void showSubjectMenu();
    // Ticks these activities; returns how many were not ticked yet.
    int tick(const QStringList &activities);

    QLabel *m_deadlineLabel = nullptr;
    FieldRowList *m_rights = nullptr;
    FieldRowList *m_verifications = nullptr;
    FieldRowList *m_processors = nullptr;
    FieldRowList *m_recipients = nullptr;
    LinkChecklist *m_activities = nullptr;
    QToolButton *m_prefillButton = nullptr;
    QLabel *m_purgedLabel = nullptr;
    LetterPanel *m_letters = nullptr;
    EntityPicker *m_decidingBodyPicker = nullptr;
};

} // namespace Custodian::Ui
