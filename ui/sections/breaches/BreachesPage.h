#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

namespace Custodian::Domain {
struct Breach;
}

namespace Custodian::Ui {

struct ListRow;

class BreachEditor;

// The breach register: every personal data breach, notified or not (Art. 33(5)), beside the breach
// editor. Open breaches first, the one whose 72 hours end soonest at the top; the clock is in
// words and colour. Closed breaches show when the status filter asks for them.
class BreachesPage : public SectionPage
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        AuthorityColumn,
        StatusColumn,
        SummaryColumn,
        AwareColumn,
        RiskColumn,
        AttentionColumn
    };

    explicit BreachesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override;
    QString title() const override;

    BreachEditor *breachEditor() const { return m_editor; }
    // Brings the hours left in the Authority column up to now: each minute while the list shows.
    void updateClocks();

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;

private:
    ListRow row(const Domain::Breach &breach) const;

    BreachEditor *m_editor = nullptr;
};

} // namespace Custodian::Ui
