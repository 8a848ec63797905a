#pragma once

#include <QHash>

#include "Status.h"
#include "domain/Agreement.h"
#include "framework/EntityEditor.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace Custodian::Ui {

class AgreementDateField;
class FindingsSummary;

// One Art. 28 agreement: parties and the chain of sub-processing, the first sentence of Art. 28(3),
// dates, the (a)-(h) checklist with clause references, sub-processor authorisation and change
// notices, measures, audit and end of contract, and the documents kept in the register.
// Validated as typed; saved through AgreementService.
class AgreementEditor : public EntityEditor
{
    Q_OBJECT
public:
    // Larger documents are refused: keep the register small enough to back up and open quickly.
    static constexpr qint64 maxAttachmentSize = qint64(50) * 1024 * 1024;

    explicit AgreementEditor(RegisterContext *context, QWidget *parent = nullptr);

    bool load(const QString &uuid) override;
    bool save() override;
    QString currentUuid() const override { return m_loaded.uuid; }
    QString displayName() const override;
    void focusField(const QString &field) override;

    // The agreement as the fields show it now.
    Domain::Agreement currentAgreement() const;
    // The widget that edits a field (domain member name, as in Finding::field); nullptr if none.
    QWidget *fieldWidget(const QString &field) const;

    // What the "New …" buttons do after asking for the name: saves the item and selects it. Returns
    // the new uuid, or an empty string with *status telling why it was refused.
    QString createParty(const QString &name, bool controllerSide, Status *status = nullptr);
    QString createMeasure(const QString &title, Status *status = nullptr);

    // Change notices (Art. 28(2)): a new row received today, pending; removal of a row.
    void addNotice();
    void removeNotice(int row);

    // Documents of a saved agreement, without dialogs (the buttons ask first, then call these).
    Status addAttachmentFile(const QString &path, const QString &description);
    Status saveAttachmentTo(const QString &attachmentUuid, const QString &path);
    Status removeAttachment(const QString &attachmentUuid);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // span: the field takes the whole row (the group title already names it).
    QWidget *addRow(QFormLayout *form, const QString &field, QWidget *editor, QWidget *buddy = nullptr,
                    bool span = false);
    void alignLabels();
    QPlainTextEdit *addTextRow(QFormLayout *form, const QString &field);
    QGroupBox *addGroup(QWidget *content, const QString &key);
    void retranslateUi();
    void fillCodeCombos();
    void refreshPickers();
    void fillPartyCombo(QComboBox *combo, const QString &current);
    void fillParentCombo(const QString &current);
    void fillMeasures(const QStringList &checked);
    void updateChain();
    void updateBanner();
    void updateKindDependent();
    void showValidation(const Domain::Findings &findings);
    void onEdited();
    void setNoticeRow(int row, const Domain::SubprocessorNotice &notice);
    void refreshNoticeTexts();
    void fillAttachments();
    void reloadAttachments();
    QString selectedAttachmentUuid() const;
    void newPartyInteractive(bool controllerSide);
    void newMeasureInteractive();
    void addAttachmentInteractive();
    void saveAttachmentInteractive();
    void removeAttachmentInteractive();
    void showFailure(const Status &status);

    Domain::Agreement m_loaded;
    QList<Domain::Agreement> m_allAgreements;
    bool m_loading = false;

    QScrollArea *m_scrollArea = nullptr;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    FindingsSummary *m_banner = nullptr;
    QHash<QString, QGroupBox *> m_groups;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_messageLabels;
    QHash<QString, QWidget *> m_fieldWidgets;

    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_controllerCombo = nullptr;
    QPushButton *m_newControllerButton = nullptr;
    QPushButton *m_gotoControllerButton = nullptr;
    QComboBox *m_processorCombo = nullptr;
    QPushButton *m_newProcessorButton = nullptr;
    QPushButton *m_gotoProcessorButton = nullptr;
    QComboBox *m_parentCombo = nullptr;
    QPushButton *m_gotoParentButton = nullptr;
    QLabel *m_chainLabel = nullptr;
    QLabel *m_belowLabel = nullptr;
    QHash<QString, QPlainTextEdit *> m_textEdits;
    QHash<QString, AgreementDateField *> m_dateFields;
    QLabel *m_clausesIntroLabel = nullptr;
    QList<QCheckBox *> m_clauseChecks;
    QList<QLabel *> m_clauseLabels;
    QList<QLineEdit *> m_clauseReferenceEdits;
    QComboBox *m_authorisationCombo = nullptr;
    QSpinBox *m_objectionSpin = nullptr;
    QLabel *m_noticesLabel = nullptr;
    QTableWidget *m_noticesTable = nullptr;
    QPushButton *m_addNoticeButton = nullptr;
    QPushButton *m_removeNoticeButton = nullptr;
    QListWidget *m_measuresList = nullptr;
    QPushButton *m_newMeasureButton = nullptr;
    QComboBox *m_endOfContractCombo = nullptr;
    QLabel *m_attachmentsHintLabel = nullptr;
    QTableWidget *m_attachmentsTable = nullptr;
    QPushButton *m_addAttachmentButton = nullptr;
    QPushButton *m_saveAttachmentButton = nullptr;
    QPushButton *m_removeAttachmentButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace Custodian::Ui
