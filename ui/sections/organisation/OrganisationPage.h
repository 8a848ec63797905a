#pragma once

#include <QHash>

#include "domain/Organisation.h"
#include "framework/EditorPages.h"
#include "framework/FormBinder.h"
#include "framework/SingletonPage.h"

class QLineEdit;

namespace Custodian::Register {
class OrganisationService;
}

namespace Custodian::Ui {

class CountryPicker;
class ExtraFieldsPanel;

// The organisation (controller) details of Art. 30(1)(a): validated as they are typed, saved to
// the register through OrganisationService.
class OrganisationPage : public SingletonPage
{
    Q_OBJECT
public:
    explicit OrganisationPage(QWidget *parent = nullptr);

    void setService(Register::OrganisationService *service);
    // The organisation's uuid for its history; empty until its details were first saved.
    QString organisationUuid() const;

    Domain::Organisation currentOrganisation() const;
    QLineEdit *fieldEdit(const QString &field) const { return m_edits.value(field); }

protected:
    Status loadForm() override;
    Status storeForm(Domain::Findings *findings) override;
    Domain::Findings formFindings() const override;
    bool isFormModified() const override;
    QString remarkText(int warnings) const override;
    bool hasHistory() const override;
    void retranslateUi() override;

private:
    void addField(const QString &field);

    Register::OrganisationService *m_service = nullptr;
    Domain::Organisation m_loaded;

    QHash<QString, QLineEdit *> m_edits;
    ExtraFieldsPanel *m_extraFields = nullptr;
    // The fields of the table that are not one-line texts (the DPO's status, reasoning and registration).
    FormBinder<Domain::Organisation> m_form{Domain::Organisation::spec(), &fields()};
    CountryPicker *m_countryPicker = nullptr;
};

} // namespace Custodian::Ui
