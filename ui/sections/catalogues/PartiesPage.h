#pragma once

#include "sections/catalogues/CataloguePage.h"

class QComboBox;
class QPushButton;

namespace Custodian::Ui {

class PartyEditor;
class ListFilterProxy;

// The Parties section: controllers we serve, joint controllers, processors, sub-processors and
// other recipients, filtered by role; retired parties hidden unless asked for.
class PartiesPage : public CataloguePage
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RolesColumn,
        CountryColumn,
        ContactColumn,
        UsedByColumn,
        AttentionColumn
    };

    explicit PartiesPage(RegisterContext *context, QWidget *parent = nullptr);

    QString title() const override;
    PartyEditor *partyEditor() const { return m_editor; }

    // The roles in Codes order, as labels: "Processor, Sub-processor".
    static QString rolesText(const QStringList &roles);
    // The country's name in the UI language, for an ISO 3166 code; the text itself otherwise.
    static QString countryName(const QString &code);

protected:
    Texts texts(int uses) const override;
    void retranslateSection() override;

private:
    ListRow row(const Domain::Party &party) const;
    void fillRoleCombo();
    void addMunicipalBodies();

    ListFilterProxy *m_roleProxy = nullptr;
    PartyEditor *m_editor = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QPushButton *m_bodiesButton = nullptr;
};

} // namespace Custodian::Ui
