#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Custodian::Storage {
class Database;
}

namespace Custodian::Ui {

class RegisterSession;

// File › Export…: the register as an Excel workbook, CSV files or a JSON document, in our lists or
// the ICO template's columns, headers and labels in Dutch or English, or the established activity
// versions for a logging back-end; then the file to write (never over an existing one). The export reads one state and
// changes nothing. exported() tells what was written, for the status bar.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(RegisterSession *session, const QString &language, QWidget *parent = nullptr);

    QString exportedText() const { return m_exported; }

private:
    void updateChoices();
    void growToFit();
    void exportNow();
    // The established activity versions for a logging back-end (Exchange::LdvExport), as a ZIP file.
    void exportActivityVersions(Storage::Database &database);

    RegisterSession *m_session = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_separator = nullptr;
    QLabel *m_explanation = nullptr;
    QString m_exported;
};

} // namespace Custodian::Ui
