#pragma once

#include "domain/ControlReference.h"
#include "sections/catalogues/CataloguePage.h"

namespace Custodian::Ui {

class ControlEditor;

// The Controls section: the controls of the organisation's own auditors that Custodian does not
// ship (a NOREA PCF code, a PRIV_U norm, an ENSIA question, a clause of its own policy), each with
// the reports that are evidence for it. The reports print them beside the shipped ones
// (Reports::Controls); retired controls are hidden unless asked for and no longer printed.
class ControlsPage : public CataloguePage
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        FrameworkColumn,
        TitleColumn,
        ReportsColumn,
        AttentionColumn
    };

    explicit ControlsPage(RegisterContext *context, QWidget *parent = nullptr);

    QString title() const override;
    ControlEditor *controlEditor() const { return m_editor; }

protected:
    Texts texts(int uses) const override;

private:
    ListRow row(const Domain::ControlReference &control) const;

    ControlEditor *m_editor = nullptr;
};

} // namespace Custodian::Ui
