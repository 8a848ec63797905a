#pragma once

#include "domain/ProcessingActivity.h"
#include "widgets/RowListEditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace Custodian::Ui {

class EntityPicker;

// Art. 26: the controllers that determine the purposes and means of one activity together with
// the organisation, each a party in the register, with the arrangement, its essence for the data
// subjects and their contact point.
class JointControllerTable : public RowList<Domain::JointControl>
{
    Q_OBJECT
public:
    explicit JointControllerTable(QWidget *parent = nullptr);

    QList<Domain::JointControl> jointControllers() const { return rows(); }
    void setJointControllers(const QList<Domain::JointControl> &rows) { setRows(rows); }

    EntityPicker *partyPicker() const { return m_partyPicker; }
    QLineEdit *arrangementEdit() const { return m_arrangementEdit; }
    QPlainTextEdit *essenceEdit() const { return m_essenceEdit; }
    QLineEdit *contactPointEdit() const { return m_contactPointEdit; }

protected:
    QStringList rowTexts(int row) const override;
    void showRow(int row) override;
    void retranslateUi() override;

private:
    void writeBack();

    EntityPicker *m_partyPicker = nullptr;
    QLineEdit *m_arrangementEdit = nullptr;
    QPlainTextEdit *m_essenceEdit = nullptr;
    QLineEdit *m_contactPointEdit = nullptr;
};

} // namespace Custodian::Ui
