#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

#include <QHash>

namespace Custodian::Domain {
struct LegalHold;
}

namespace Custodian::Ui {

struct ListRow;

class LegalHoldEditor;

// The Legal holds section (DOMAIN-REVIEW A9): every hold that suspends deletion, with what it
// covers, since when, and when its yearly review is due, beside the hold editor. Active holds come
// first; a review that is due marks the row. A hold is released by its date and stays in the list;
// one entered by mistake is deleted (the history keeps a record).
class LegalHoldsPage : public SectionPage
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        CoversColumn,
        StatusColumn,
        StartedColumn,
        ReviewColumn,
        AttentionColumn
    };

    explicit LegalHoldsPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override;
    QString title() const override;

    LegalHoldEditor *holdEditor() const { return m_editor; }
    Status deleteHold(const QString &uuid);

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;

private:
    ListRow row(const Domain::LegalHold &hold) const;
    void updateTexts();

    LegalHoldEditor *m_editor = nullptr;
    QHash<QString, QString> m_ruleNames;     // the rules the holds name
    QHash<QString, QString> m_activityNames; // the activities the holds name
};

} // namespace Custodian::Ui
