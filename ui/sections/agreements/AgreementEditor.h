#pragma once

#include "Status.h"
#include "domain/Agreement.h"
#include "framework/EditorPages.h"
#include "framework/TypedEditor.h"

class QLabel;

namespace Custodian::Ui {

class AttachmentPanel;
class ClauseChecklist;
class EntityPicker;
class NoticeTable;

// One Art. 28 agreement on the editor frame, in five pages: the agreement and its parties with the
// chain of sub-processing; the first sentence of Art. 28(3) and the dates; the (a)-(h) checklist
// with audits and the end of the contract; sub-processor authorisation and change notices; the
// measures and the documents kept in the register. The scalar fields come from the field table;
// the checklist, the notices and the documents are panels of their own.
class AgreementEditor : public TypedEditor<Domain::Agreement>
{
    Q_OBJECT
public:
    explicit AgreementEditor(RegisterContext *context, QWidget *parent = nullptr);

    void focusField(const QString &field) override;

    // What "New party…" does after asking: creates the party and chooses it.
    Status addNewParty(const QString &name, bool controllerSide);

    // Change notices (Art. 28(2)): a new row received today, pending; removal of a row.
    void addNotice();
    void removeNotice(int row);

    // Documents of a saved agreement, without dialogs (the buttons ask first, then call these).
    Status addAttachmentFile(const QString &path, const QString &description);
    Status saveAttachmentTo(const QString &attachmentUuid, const QString &path);
    Status removeAttachment(const QString &attachmentUuid);

protected:
    Register::EntityService<Domain::Agreement> &service() const override;
    void fillExtra(const Domain::Agreement &agreement) override;
    void readExtra(Domain::Agreement &agreement) const override;
    void afterSave() override;
    Domain::Findings liveFindings() override;
    Domain::Findings presentFindings(const Domain::Findings &live) override;
    QString headingText() const override;
    QString stateText() const override;
    void updateDependentFields() override;
    void refreshChoices() override;
    void retranslateUi() override;

private:
    void updateChain();

    QList<Domain::Agreement> m_allAgreements;
    EntityPicker *m_controllerPicker = nullptr;
    EntityPicker *m_processorPicker = nullptr;
    EntityPicker *m_parentPicker = nullptr;
    QLabel *m_chainLabel = nullptr;
    QLabel *m_belowLabel = nullptr;
    QLabel *m_clausesIntro = nullptr;
    ClauseChecklist *m_clauses = nullptr;
    NoticeTable *m_notices = nullptr;
    AttachmentPanel *m_attachments = nullptr;
    FieldRowList *m_annexes = nullptr;
    FieldRowList *m_assurances = nullptr;
    FieldRowList *m_reviews = nullptr;
};

} // namespace Custodian::Ui
