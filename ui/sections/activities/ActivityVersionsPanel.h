#pragma once

#include "Status.h"
#include "domain/ActivityVersion.h"
#include "domain/ProcessingActivity.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Custodian::Ui {

class RegisterContext;

// The established versions of a processing activity (DECISIONS.md: "activity version"), on the
// editor's Versions page: each version with its state (established while it is the latest of an
// activity in use, lapsed otherwise), when and by whom it was established, its URI (which log lines
// point to) and what changed; under them, how the working record differs from the selected version,
// line by line as the history reads. "Establish…" makes the next version of an approved activity
// whose edits are saved.
class ActivityVersionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityVersionsPanel(RegisterContext *context, QWidget *parent = nullptr);

    // The activity as stored (loaded, saved, or changed elsewhere): its versions are read again.
    void setStored(const Domain::ProcessingActivity &stored);
    // The activity as the form shows it, and whether that differs from the stored one: the
    // differences follow the form as it is typed.
    void setCurrent(const Domain::ProcessingActivity &current, bool modified);
    // Establishes the stored activity as its next version with this change note; the reason when
    // it is refused.
    [[nodiscard]] Status establish(const QString &changeNote);
    void retranslateUi();

    const QList<Domain::ActivityVersion> &versions() const { return m_versions; }
    QTableWidget *table() const { return m_table; }
    QListWidget *differenceList() const { return m_differences; }
    QPushButton *establishButton() const { return m_establishButton; }
    // The stored activity against its latest version: "Established version 3 (6 Dec 2026)",
    // "Changed since established version 3", "Not established yet"; empty for a new activity.
    QString summary() const;

protected:
    // The differences are read when the page is shown, not on every keystroke behind it.
    void showEvent(QShowEvent *event) override;

signals:
    // A version was established (the activity's state line and the list follow).
    void established(const QString &activityUuid);

private:
    // The versions in the list, the one with this number chosen (else the latest).
    void fillVersions(int selected);
    void showDifferences();
    void updateButtons();
    void askToEstablish();
    void copyUri();
    const Domain::ActivityVersion *selectedVersion() const;

    RegisterContext *m_context;
    Domain::ProcessingActivity m_stored;
    Domain::ProcessingActivity m_current;
    bool m_modified = false;
    QList<Domain::ActivityVersion> m_versions;
    bool m_storedDiffers = false; // the stored activity against the latest version, for summary()
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_establishButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_differencesLabel = nullptr;
    QListWidget *m_differences = nullptr;
};

// Asks what changed before an approved activity is established: the note goes with the version.
class EstablishActivityDialog : public QDialog
{
    Q_OBJECT
public:
    EstablishActivityDialog(const Domain::ProcessingActivity &activity, int nextNumber, QWidget *parent = nullptr);
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString note() const;

private:
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Custodian::Ui
