#pragma once

#include <QHash>
#include <QWidget>

#include "domain/Organisation.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Custodian::Register {
class OrganisationService;
}

namespace Custodian::Ui {

class CountryPicker;

// The organisation (controller) details of Art. 30(1)(a): validated as they are typed, saved to
// the register through OrganisationService.
class OrganisationPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationPage(QWidget *parent = nullptr);

    void setService(Register::OrganisationService *service);
    // Reloads from the register, dropping unsaved edits.
    void reload();
    // The organisation's uuid for its history; empty until its details were first saved.
    QString organisationUuid() const;
    // Saves; false (with the reason shown on the page) when refused or failed.
    bool save();
    bool isModified() const { return m_modified; }

    Domain::Organisation currentOrganisation() const;
    QLineEdit *fieldEdit(const QString &field) const { return m_edits.value(field); }

signals:
    void modifiedChanged(bool modified);
    void saved();
    // "History…": the window shows the audit trail of the page's item.
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addField(QGroupBox *group, const QString &field);
    void showFindings(const Domain::Findings &findings);
    void setModified(bool modified);
    void onEdited();
    void addJointControllerRow(const Domain::JointController &joint);

    Register::OrganisationService *m_service = nullptr;
    Domain::Organisation m_loaded;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QHash<QString, QLineEdit *> m_edits;
    CountryPicker *m_countryPicker = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_messageLabels;
    QGroupBox *m_organisationGroup = nullptr;
    QGroupBox *m_contactGroup = nullptr;
    QGroupBox *m_dpoGroup = nullptr;
    QGroupBox *m_representativeGroup = nullptr;
    QGroupBox *m_jointGroup = nullptr;
    QLabel *m_jointIntroLabel = nullptr;
    QTableWidget *m_jointTable = nullptr;
    QLabel *m_jointMessageLabel = nullptr;
    QPushButton *m_addJointButton = nullptr;
    QPushButton *m_removeJointButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace Custodian::Ui
