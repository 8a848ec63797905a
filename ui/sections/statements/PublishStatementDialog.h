#pragma once

#include "domain/PrivacyStatement.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Custodian::Ui {

class RegisterContext;

// Publishing the next version of a privacy statement: the day it takes effect and what changed,
// what the register says differently from the latest version, and what keeps it from being
// published (the "Publish" button waits for that to be empty). A published version cannot be
// changed afterwards; the dialog says so.
class PublishStatementDialog : public QDialog
{
    Q_OBJECT
public:
    PublishStatementDialog(RegisterContext *context, const Domain::PrivacyStatement &statement,
                           const QList<Domain::StatementVersion> &versions, QWidget *parent = nullptr);

    QDateEdit *effectiveEdit() const { return m_effective; }
    QPlainTextEdit *changesEdit() const { return m_changes; }
    // What changed, in the statement's other language (hidden when it has none).
    QPlainTextEdit *translatedChangesEdit() const { return m_translatedChanges; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *publishButton() const;
    // After accept(): the version as published.
    const Domain::StatementVersion &publishedVersion() const { return m_published; }

public slots:
    void accept() override;

private:
    void refreshProblems();
    void showProblems(const QStringList &problems);

    RegisterContext *m_context;
    Domain::PrivacyStatement m_statement;
    QDateEdit *m_effective = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    QPlainTextEdit *m_translatedChanges = nullptr;
    QDate m_latestEffective; // the day the latest version took effect; none before the first
    QStringList m_blocking;  // what keeps the version from being published, as the register is now
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems = nullptr;
    QListWidget *m_differences = nullptr;
    QLabel *m_differencesLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Domain::StatementVersion m_published;
};

} // namespace Custodian::Ui
