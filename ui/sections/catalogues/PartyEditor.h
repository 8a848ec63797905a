#pragma once

#include "domain/Party.h"
#include "sections/catalogues/CatalogueEditor.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace Custodian::Ui {

class FindingsBanner;
class PartyFieldMessages;

// One party: name, roles, country, contact, DPO, notes, validated as typed; and the read-only list
// of what refers to it, each entry jumping there.
class PartyEditor : public CatalogueEditor
{
    Q_OBJECT
public:
    explicit PartyEditor(RegisterContext *context, QWidget *parent = nullptr);

    bool load(const QString &uuid) override;
    bool save() override;
    QString currentUuid() const override { return m_loaded.uuid; }
    QString displayName() const override;
    void focusField(const QString &field) override;

    // The party as the fields show it now.
    Domain::Party currentParty() const;
    // The party as stored (or the empty new one).
    const Domain::Party &loadedParty() const { return m_loaded; }
    // Re-reads what may have changed elsewhere (used by, completeness findings, retired state)
    // without touching unsaved edits.
    void refresh() override;

    // The country combo's entries: ISO 3166-1 alpha-2 code -> "Ireland (IE)".
    static QString countryLabel(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCountries();
    void setCountry(const QString &code);
    QString countryCode() const;
    void onEdited();
    void showValidation(const Domain::Findings &findings);
    void updateHeading();
    void updateButtons();

    Domain::Party m_loaded;
    bool m_loading = false;
    bool m_showErrors = false; // a new item shows no errors until it is edited

    FindingsBanner *m_banner = nullptr;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    PartyFieldMessages *m_messages = nullptr;

    QGroupBox *m_partyGroup = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_rolesLabel = nullptr;
    QListWidget *m_rolesList = nullptr;
    QLabel *m_countryLabel = nullptr;
    QComboBox *m_countryCombo = nullptr;

    QGroupBox *m_contactGroup = nullptr;
    QLabel *m_contactNameLabel = nullptr;
    QLineEdit *m_contactNameEdit = nullptr;
    QLabel *m_contactEmailLabel = nullptr;
    QLineEdit *m_contactEmailEdit = nullptr;
    QLabel *m_contactPhoneLabel = nullptr;
    QLineEdit *m_contactPhoneEdit = nullptr;

    QGroupBox *m_dpoGroup = nullptr;
    QLabel *m_dpoNameLabel = nullptr;
    QLineEdit *m_dpoNameEdit = nullptr;
    QLabel *m_dpoContactLabel = nullptr;
    QLineEdit *m_dpoContactEdit = nullptr;

    QGroupBox *m_notesGroup = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;

    QGroupBox *m_usedByGroup = nullptr;
    QLabel *m_usedByIntroLabel = nullptr;
    PartyUsedByList *m_usedByList = nullptr;

    QLabel *m_messageLabel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Custodian::Ui
