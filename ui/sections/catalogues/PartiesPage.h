#pragma once

#include "Status.h"
#include "framework/SectionPage.h"
#include "sections/catalogues/PartyUsedByList.h"

class QComboBox;
class QLabel;

namespace Custodian::Ui {

class PartyEditor;
class PartyFilterRow;
class PartyRoleFilterProxy;
class PartyTableModel;

// The Parties section: controllers we serve, joint controllers, processors, sub-processors and
// other recipients, filtered by role; retired parties hidden unless asked for.
class PartiesPage : public SectionPage
{
    Q_OBJECT
public:
    explicit PartiesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override { return QStringLiteral("party"); }
    QString title() const override;
    void reload() override;

    // Retires (or restores) a party without asking; the retire button asks first.
    Status setRetired(const QString &uuid, bool retired);
    // Deletes a party nothing refers to, without asking.
    Status removeParty(const QString &uuid);

    PartyTableModel *model() const { return m_model; }
    PartyEditor *partyEditor() const { return m_editor; }
    const PartyUsedByList::Index &usage() const { return m_usage; }

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;

private:
    void updateRetireText();
    void fillRoleCombo();

    PartyTableModel *m_model = nullptr;
    PartyRoleFilterProxy *m_roleProxy = nullptr;
    PartyEditor *m_editor = nullptr;
    PartyFilterRow *m_filterRow = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    PartyUsedByList::Index m_usage;
    QString m_loadError; // why the list could not be read, shown instead of the empty state
};

} // namespace Custodian::Ui
