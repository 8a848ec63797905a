#pragma once

#include "domain/RetentionRule.h"
#include "sections/catalogues/CatalogueEditor.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace Custodian::Ui {

class FindingsBanner;
class PartyFieldMessages;

// One retention rule (Art. 30(1)(f)): name, period (count and unit, or no fixed period) and the
// moment it runs from, the ground it rests on, a legal hold with its reason, notes, validated as
// typed; and the read-only list of activities whose data categories follow it.
class RetentionRuleEditor : public CatalogueEditor
{
    Q_OBJECT
public:
    explicit RetentionRuleEditor(RegisterContext *context, QWidget *parent = nullptr);

    bool load(const QString &uuid) override;
    bool save() override;
    QString currentUuid() const override { return m_loaded.uuid; }
    QString displayName() const override;
    void focusField(const QString &field) override;

    Domain::RetentionRule currentRule() const;
    const Domain::RetentionRule &loadedRule() const { return m_loaded; }
    // Re-reads what may have changed elsewhere without touching unsaved edits.
    void refresh() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void onEdited();
    void updateEnabled();
    void showValidation(const Domain::Findings &findings);
    void updateHeading();
    void updateButtons();

    Domain::RetentionRule m_loaded;
    bool m_loading = false;
    bool m_showErrors = false;

    FindingsBanner *m_banner = nullptr;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_seedLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    PartyFieldMessages *m_messages = nullptr;

    QGroupBox *m_periodGroup = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_periodLabel = nullptr;
    QSpinBox *m_periodCountSpin = nullptr;
    QComboBox *m_periodUnitCombo = nullptr;
    QCheckBox *m_noFixedPeriodCheck = nullptr;
    QLabel *m_triggerLabel = nullptr;
    QLineEdit *m_triggerEdit = nullptr;
    QLabel *m_previewLabel = nullptr;

    QGroupBox *m_groundGroup = nullptr;
    QLabel *m_basisLabel = nullptr;
    QComboBox *m_basisCombo = nullptr;
    QLabel *m_legalSourceLabel = nullptr;
    QLineEdit *m_legalSourceEdit = nullptr;

    QGroupBox *m_holdGroup = nullptr;
    QCheckBox *m_legalHoldCheck = nullptr;
    QLabel *m_legalHoldReasonLabel = nullptr;
    QPlainTextEdit *m_legalHoldReasonEdit = nullptr;

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
