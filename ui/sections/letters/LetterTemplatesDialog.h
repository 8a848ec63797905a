#pragma once

#include <QDialog>

#include "Status.h"
#include "letters/LetterTemplate.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Custodian::Register {
class LetterService;
}

namespace Custodian::Ui {

// The register's own letter templates: each letter and shared part in Dutch and English, its text
// as the register uses it (its own, or the built-in one), checked before it is saved; the mistakes
// listed by line, and a way back to the built-in text. The syntax is shown beside it.
class LetterTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LetterTemplatesDialog(Register::LetterService *letters, QWidget *parent = nullptr);

    // Without dialogs: shows a template, checks and saves the text in the editor.
    void showTemplate(const QString &name, const QString &language);
    QList<Letters::TemplateError> check();
    Status save();
    Status useBuiltIn();
    // Closes without asking, for the lock: a text without mistakes is saved first.
    void closeForLock();

    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *errorList() const { return m_errors; }

protected:
    void reject() override;

private:
    void fillList();
    void retranslateUi();
    void showErrors(const QList<Letters::TemplateError> &errors);
    void updateState();
    // Asks to save unsaved changes; false when the user cancels.
    bool mayLeave();
    void showSyntax();

    Register::LetterService *m_letters = nullptr;
    QString m_name;
    QString m_language;
    bool m_overridden = false;
    bool m_switching = false;
    QListWidget *m_list = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_errors = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_builtInButton = nullptr;
    QPushButton *m_syntaxButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Custodian::Ui
