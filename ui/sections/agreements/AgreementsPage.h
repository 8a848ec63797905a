#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

#include <QHash>

namespace Custodian::Domain {
struct Agreement;
}

namespace Custodian::Ui {

struct ListRow;

class AgreementEditor;

// The Agreements section (Art. 28): processing and sub-processing agreements in either direction,
// with their expiry and review dates, beside the agreement editor. Terminated agreements are hidden
// unless the status filter asks for them; the list starts sorted by expiry, soonest first.
class AgreementsPage : public SectionPage
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        PartiesColumn,
        KindColumn,
        StatusColumn,
        ExpiryColumn,
        ReviewColumn,
        AttentionColumn
    };
    // An expiry this close reads "expires within 30 days".
    static constexpr int expiryWarningDays = 30;

    explicit AgreementsPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override;
    QString title() const override;

    AgreementEditor *agreementEditor() const { return m_editor; }

    // What the Terminate / Delete button does after asking: an active agreement is marked
    // terminated (it stays, with its history); a draft or terminated one is deleted.
    Status terminateAgreement(const QString &uuid);
    Status deleteAgreement(const QString &uuid);

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;
    void listChanged() override { updateTexts(); }

private:
    ListRow row(const Domain::Agreement &agreement) const;
    QString partiesText(const Domain::Agreement &agreement) const;
    void updateTexts();

    AgreementEditor *m_editor = nullptr;
    QHash<QString, QString> m_partyNames; // the controllers and processors the agreements name
};

} // namespace Custodian::Ui
