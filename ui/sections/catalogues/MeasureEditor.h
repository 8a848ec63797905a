#pragma once

#include "domain/SecurityMeasure.h"
#include "sections/catalogues/CatalogueEditor.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace Custodian::Ui {

class FindingsBanner;
class PartyFieldMessages;

// One technical or organisational measure (Art. 32): title, kind, description, validated as typed;
// and the read-only list of the activities and agreements that apply it, each jumping there.
class MeasureEditor : public CatalogueEditor
{
    Q_OBJECT
public:
    explicit MeasureEditor(RegisterContext *context, QWidget *parent = nullptr);

    bool load(const QString &uuid) override;
    bool save() override;
    QString currentUuid() const override { return m_loaded.uuid; }
    QString displayName() const override;
    void focusField(const QString &field) override;

    Domain::SecurityMeasure currentMeasure() const;
    const Domain::SecurityMeasure &loadedMeasure() const { return m_loaded; }
    // Re-reads what may have changed elsewhere without touching unsaved edits.
    void refresh() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillKinds();
    void onEdited();
    void showValidation(const Domain::Findings &findings);
    void updateHeading();
    void updateButtons();

    Domain::SecurityMeasure m_loaded;
    bool m_loading = false;
    bool m_showErrors = false;

    FindingsBanner *m_banner = nullptr;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    PartyFieldMessages *m_messages = nullptr;

    QGroupBox *m_measureGroup = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;

    QGroupBox *m_usedByGroup = nullptr;
    QLabel *m_usedByIntroLabel = nullptr;
    PartyUsedByList *m_usedByList = nullptr;

    QLabel *m_messageLabel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Custodian::Ui
