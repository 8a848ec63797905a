#pragma once

#include <QDialog>

#include "Status.h"
#include "register/LetterService.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace Custodian::Ui {

class RegisterContext;

// One letter of a request case or a breach, open for editing: made from its template and the
// register, or as it was saved. Saved with its case inside the encrypted register; exported as
// ODT or PDF (whole file or none) and printed. The letter keeps its own language whatever the UI's.
class LetterDialog : public QDialog
{
    Q_OBJECT
public:
    // A new letter, made from its template; gaps are the values the register did not hold.
    LetterDialog(RegisterContext *context, const QString &caseUuid, const Register::ComposedLetter &composed,
                 QWidget *parent = nullptr);
    // A saved letter.
    LetterDialog(RegisterContext *context, const Register::Letter &letter, QWidget *parent = nullptr);

    // Without dialogs (the buttons ask first, then call these).
    Status save();
    // ODT when path ends in .odt, else PDF (A4).
    Status exportTo(const QString &path);
    bool isModified() const;
    // Closes without asking, for the lock: unsaved changes are saved with the case first, so that
    // nothing is lost and nothing of the register stays on screen.
    void closeForLock();
    const Register::Letter &letter() const { return m_letter; }

    QTextEdit *editor() const { return m_editor; }

protected:
    // Closing (the Close button, Escape, the window's own close) asks to save unsaved changes.
    void reject() override;

private:
    void build();
    void retranslateUi();
    void updateState();
    void exportInteractive();
    void printInteractive();
    // Asks to save unsaved changes; false when the user cancels.
    bool mayClose();

    RegisterContext *m_context = nullptr;
    Register::Letter m_letter;
    QStringList m_gaps;
    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_infoLabel = nullptr;
    QLabel *m_gapsLabel = nullptr;
    QTextEdit *m_editor = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_titleModified = false;
};

} // namespace Custodian::Ui
