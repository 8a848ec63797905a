#pragma once

#include "Status.h"
#include "framework/SectionPage.h"

class QCheckBox;
class QComboBox;

namespace Custodian::Register {
struct RequestListItem;
}

namespace Custodian::Ui {

struct ListRow;

class ListFilterProxy;
class RequestEditor;
class RequestListSource;

// The Requests section: data-subject request cases beside their editor. The list holds the open
// cases, soonest "act by" first, so the overdue ones lead; the days left are in words and colour.
// Closed cases are read only when asked for ("Closed cases too", or a closed status), so the list
// of a register with years of closed cases opens at once. Filters: status, right, deadline window.
class RequestsPage : public SectionPage
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ActByColumn,
        StatusColumn,
        RequesterColumn,
        RightsColumn,
        ReceivedColumn,
        AttentionColumn
    };

    explicit RequestsPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override;
    QString title() const override;

    RequestEditor *requestEditor() const { return m_editor; }
    QComboBox *rightCombo() const { return m_rightCombo; }
    QComboBox *windowCombo() const { return m_windowCombo; }
    QCheckBox *closedCheck() const { return m_closedCheck; }

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;
    void listChanged() override { applyWindow(); }

private:
    ListRow row(const Register::RequestListItem &request) const;
    void updateClosedShown();
    void applyWindow();

    RequestEditor *m_editor = nullptr;
    RequestListSource *m_source = nullptr;
    ListFilterProxy *m_caseProxy = nullptr;
    QComboBox *m_rightCombo = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QCheckBox *m_closedCheck = nullptr;
};

} // namespace Custodian::Ui
