#pragma once

#include <QWidget>

#include <memory>

#include "Status.h"
#include "domain/ControlReference.h"
#include "reports/Report.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QStackedLayout;
class QStackedWidget;

namespace Custodian::Ui {

class AutoLock;
class RegisterContext;

// The Reports section (issue #9): choose a report (the register of processing activities, the sheet
// of one activity), its language (Dutch or English, whatever the UI's), the activity and the
// classification printed on every page; then preview it, print it, or save it as PDF/A. A report is
// made from the register as it is at that moment and changes nothing in it.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(RegisterContext *context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // The window's auto-lock waits while a long report is made (ExchangeProgress).
    void setAutoLock(AutoLock *autoLock) { m_autoLock = autoLock; }

    QString title() const;
    // What the choices on the page ask for.
    Reports::Request request() const;
    // The controls a report of the kind is evidence for, shipped and the organisation's own, as the
    // report's first page names them.
    QString evidence(Reports::Kind kind) const;
    // Makes the report and writes it to path; the status says why not (shown to the user too).
    Status saveAs(const QString &path);
    // Makes the report and paints it onto a printer (the print preview's, or a real one).
    Status printTo(QPrinter *printer);

    QListWidget *kindList() const { return m_kinds; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *activityCombo() const { return m_activity; }
    QComboBox *breachCombo() const { return m_breach; }
    QComboBox *audienceCombo() const { return m_audience; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *labelEdit() const { return m_label; }
    QLabel *statusLabel() const { return m_status; }
    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    // The report the preview shows; null before the first preview.
    const Reports::Report *previewedReport() const { return m_previewed.get(); }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void loadActivities();
    void loadBreaches();
    void updateChoices();
    // The evidence line cut to the label's width; the whole line is its tooltip.
    void elideEvidence();
    void fillAudiences();
    // The status after a report was made: its pages and state, and what a draft still lacks.
    QString madeText(const Reports::Report &report) const;
    void preview();
    void print();
    void save();
    // Builds the report of request(), with the progress window for a long one.
    Status build(Reports::Report *report);

    RegisterContext *m_context = nullptr;
    AutoLock *m_autoLock = nullptr;
    bool m_activitiesStale = true;
    bool m_breachesStale = true;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QListWidget *m_kinds = nullptr;
    QLabel *m_kindDescription = nullptr;
    QLabel *m_evidence = nullptr;
    // The organisation's own controls, read again after they change (evidence()).
    mutable QList<Domain::ControlReference> m_ownControls;
    mutable bool m_controlsStale = true;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_activityLabel = nullptr;
    QComboBox *m_activity = nullptr;
    QComboBox *m_breach = nullptr;
    QStackedWidget *m_itemStack = nullptr;
    QLabel *m_audienceLabel = nullptr;
    QComboBox *m_audience = nullptr; // the privacy statement's audience; empty data: every audience
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_labelLabel = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_previewHint = nullptr;
    QStackedLayout *m_previewStack = nullptr;
    std::unique_ptr<Reports::Report> m_previewed;
};

} // namespace Custodian::Ui
