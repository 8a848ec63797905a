#pragma once

#include <QWizard>

#include "exchange/ImportReport.h"
#include "exchange/Table.h"
#include "exchange/Tabular.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Custodian::Ui {

class RegisterSession;

// File › Import…: choose a file (a workbook, CSV files, a ZIP or folder of them, or a JSON export)
// and its layout; see each list as the import understands it, with the first rows, and change
// which field each column goes into; a dry run that lists every finding with its file, sheet, row
// and column and what would be created or changed; then the import, one transaction, all or
// nothing, one history entry per item.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoosePage,
        MapPage,
        CheckPage,
    };

    ImportWizard(RegisterSession *session, QWidget *parent = nullptr);

    // Reads the file as the first page does (the screenshot tour starts here); false, with a
    // message, when it cannot be read.
    bool readSource(const QString &path, Exchange::Layout layout, QString *problem);
    // What the import did, for the status bar; empty when nothing was imported.
    QString resultText() const { return m_result; }

    int nextId() const override;

private:
    friend class ImportMapPage;
    friend class ImportCheckPage;
    friend class ImportChoosePage;

    // The import (dry or real) of what was read, with the user's plans.
    // With a progress window (Stop undoes it).
    Status runImport(bool dryRun, QList<Exchange::ImportFinding> *findings, Exchange::ImportSummary *summary);

    RegisterSession *m_session = nullptr;
    QString m_path;
    Exchange::Layout m_layout = Exchange::Layout::Custodian;
    bool m_json = false;
    QByteArray m_jsonData;
    QList<Exchange::RawTable> m_tables;
    QList<Exchange::ImportFinding> m_readFindings;
    QHash<QString, Exchange::Tabular::Plan> m_plans;
    QString m_result;
};

} // namespace Custodian::Ui
