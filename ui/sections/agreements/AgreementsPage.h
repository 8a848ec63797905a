#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

namespace Custodian::Ui {

class AgreementEditor;
class AgreementTableModel;

// The Agreements section (Art. 28): processing and sub-processing agreements in either direction,
// with their expiry and review dates, beside the agreement editor. Terminated agreements are hidden
// unless the status filter asks for them; the list starts sorted by expiry, soonest first.
class AgreementsPage : public SectionPage
{
    Q_OBJECT
public:
    explicit AgreementsPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override;
    QString title() const override;
    void reload() override;

    AgreementTableModel *model() const { return m_model; }
    AgreementEditor *agreementEditor() const { return m_editor; }

    // What the Terminate / Delete button does after asking: an active agreement is marked
    // terminated (it stays, with its history); a draft or terminated one is deleted.
    Status terminateAgreement(const QString &uuid);
    Status deleteAgreement(const QString &uuid);

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;

private:
    void updateTexts();

    AgreementTableModel *m_model = nullptr;
    AgreementEditor *m_editor = nullptr;
};

} // namespace Custodian::Ui
