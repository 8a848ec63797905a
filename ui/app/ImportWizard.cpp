#include "app/ImportWizard.h"

#include "app/ExchangeProgress.h"
#include "app/RegisterSession.h"
#include "exchange/RegisterJson.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Exchange::ImportFinding;
using Exchange::Tabular;
using Severity = Domain::Finding::Severity;

namespace {

constexpr int PreviewRows = 3;
constexpr qint64 MaximumJsonSize = qint64(1) << 30;

QString previewText(const QVariant &cell)
{
    QString text = Tabular::cellText(cell);
    text.replace(u'\n', QStringLiteral(" ⏎ "));
    return text.size() > 60 ? text.left(59) + QStringLiteral("…") : text;
}

} // namespace

// ---------------------------------------------------------------------------------------------

class ImportChoosePage : public QWizardPage
{
public:
    explicit ImportChoosePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose what to import"));
        setSubTitle(ImportWizard::tr("An Excel workbook, a CSV file, a folder or ZIP file of them, or a JSON export "
                                     "of a register. Nothing is changed until the last step."));
        m_path = new QLineEdit(this);
        auto *file = new QPushButton(ImportWizard::tr("Choose a &file…"), this);
        auto *folder = new QPushButton(ImportWizard::tr("Choose a f&older…"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(file);
        row->addWidget(folder);
        m_layout = new QComboBox(this);
        m_layout->addItem(ImportWizard::tr("Custodian's lists (headers in Dutch or English)"),
                          int(Exchange::Layout::Custodian));
        m_layout->addItem(ImportWizard::tr("ICO template: a record of processing in its columns"),
                          int(Exchange::Layout::Ico));
        m_layout->addItem(ImportWizard::tr("Dutch workbook: Verwerkingen, Verwerkersovereenkomsten, Datalekken, …"),
                          int(Exchange::Layout::NlWorkbook));
        auto *form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("&Import from:"), row);
        form->addRow(ImportWizard::tr("&Layout:"), m_layout);
        auto *note = new QLabel(ImportWizard::tr("Items are matched to the register's by their ID, else by their "
                                                 "name: importing the same file twice adds nothing twice. Parties "
                                                 "and retention rules a row names that the register lacks are "
                                                 "created."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
        connect(file, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import"), QDir::homePath(),
                ImportWizard::tr("Registers and lists (*.xlsx *.csv *.zip *.json);;All files (*)"));
            if (!path.isEmpty())
                m_path->setText(QDir::toNativeSeparators(path));
        });
        connect(folder, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getExistingDirectory(this, ImportWizard::tr("Import"), QDir::homePath());
            if (!path.isEmpty())
                m_path->setText(QDir::toNativeSeparators(path));
        });
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    void setSource(const QString &path, Exchange::Layout layout)
    {
        m_path->setText(QDir::toNativeSeparators(path));
        m_layout->setCurrentIndex(std::max(0, m_layout->findData(int(layout))));
    }

    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        QString problem;
        if (m_wizard->readSource(QDir::fromNativeSeparators(m_path->text().trimmed()),
                                 Exchange::Layout(m_layout->currentData().toInt()), &problem))
            return true;
        QMessageBox::warning(this, ImportWizard::tr("Import"), problem);
        return false;
    }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_layout = nullptr;
};

// ---------------------------------------------------------------------------------------------

class ImportMapPage : public QWizardPage
{
public:
    struct List
    {
        const Exchange::RawTable *table;
        QComboBox *kind;
        QTableWidget *columns;
    };

    explicit ImportMapPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check the columns"));
        setSubTitle(ImportWizard::tr("Each list as the import understands it: which kind of item it holds and which "
                                     "field each column goes into. Change what is wrong. A column no field takes is "
                                     "kept on each item as an extra field, unless you leave it out."));
        m_tabs = new QTabWidget(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_tabs);
    }

    void initializePage() override
    {
        m_tabs->clear();
        m_lists.clear();
        for (const Exchange::RawTable &table : std::as_const(m_wizard->m_tables)) {
            auto *page = new QWidget;
            auto *kind = new QComboBox(page);
            kind->addItem(ImportWizard::tr("Leave this list out"), QString());
            for (const Tabular::ListKind &list : Tabular::listKinds(m_wizard->m_layout))
                kind->addItem(list.title, list.key);
            const Tabular::Plan plan = m_wizard->m_plans.value(Tabular::planKey(table));
            kind->setCurrentIndex(std::max(0, kind->findData(plan.listKey)));
            auto *columns = new QTableWidget(int(table.headers.size()), 3, page);
            columns->setHorizontalHeaderLabels({ImportWizard::tr("Column in the file"), ImportWizard::tr("Goes into"),
                                                ImportWizard::tr("First rows")});
            columns->verticalHeader()->hide();
            columns->setSelectionMode(QAbstractItemView::NoSelection);
            columns->setTextElideMode(Qt::ElideMiddle);
            columns->setWordWrap(false);
            columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
            columns->horizontalHeader()->setStretchLastSection(true);
            columns->setColumnWidth(0, 280);
            columns->setColumnWidth(1, 260);
            auto *form = new QFormLayout;
            form->addRow(ImportWizard::tr("This list holds:"), kind);
            auto *layout = new QVBoxLayout(page);
            layout->addLayout(form);
            layout->addWidget(columns);
            m_tabs->addTab(page, table.sheet.isEmpty() ? table.file : table.sheet);
            m_tabs->setTabToolTip(m_tabs->count() - 1, table.file);
            m_lists.append({&table, kind, columns});
            auto fill = [this, index = m_lists.size() - 1](bool keepChoices) {
                fillColumns(m_lists.at(index), keepChoices);
            };
            connect(kind, &QComboBox::currentIndexChanged, this, [fill] { fill(false); });
            fill(true);
        }
    }

    void fillColumns(const List &list, bool keepChoices);

    bool validatePage() override
    {
        m_wizard->m_plans.clear();
        for (const List &list : std::as_const(m_lists)) {
            Tabular::Plan plan{list.kind->currentData().toString(), {}};
            for (int row = 0; row < list.columns->rowCount(); ++row) {
                auto *target = qobject_cast<QComboBox *>(list.columns->cellWidget(row, 1));
                plan.columns << (target ? target->currentData().toString() : QString());
            }
            m_wizard->m_plans.insert(Tabular::planKey(*list.table), plan);
        }
        return true;
    }

private:
    ImportWizard *m_wizard;
    QTabWidget *m_tabs = nullptr;
    QList<List> m_lists;
};

void ImportMapPage::fillColumns(const List &list, bool keepChoices)
{
    const QString listKey = list.kind->currentData().toString();
    const QList<Tabular::Target> targets = Tabular::targets(listKey);
    // The user's plan when the page opens; the import's own reading when the kind changes.
    Tabular::Plan plan = m_wizard->m_plans.value(Tabular::planKey(*list.table));
    if (!keepChoices || plan.listKey != listKey) {
        plan = Tabular::plan(*list.table, m_wizard->m_layout);
        if (plan.listKey != listKey)
            plan.columns = QStringList(list.table->headers.size(), QString());
    }
    for (int row = 0; row < int(list.table->headers.size()); ++row) {
        auto *header = new QTableWidgetItem(list.table->headers.at(row));
        header->setFlags(Qt::ItemIsEnabled);
        header->setToolTip(list.table->headers.at(row));
        list.columns->setItem(row, 0, header);
        auto *target = new QComboBox;
        if (Tabular::keepsExtraFields(listKey)) {
            target->addItem(ImportWizard::tr("(keep as an extra field)"), QString());
            target->addItem(ImportWizard::tr("(leave out)"), Tabular::leftOut());
        } else {
            target->addItem(ImportWizard::tr("(leave out)"), QString());
        }
        for (const Tabular::Target &choice : targets)
            target->addItem(choice.label, choice.key);
        target->setCurrentIndex(std::max(0, target->findData(plan.columns.value(row))));
        target->setEnabled(!listKey.isEmpty());
        list.columns->setCellWidget(row, 1, target);
        QStringList examples;
        for (qsizetype r = 0; r < list.table->rows.size() && examples.size() < PreviewRows; ++r) {
            const QString text = previewText(list.table->rows.at(r).value(row));
            if (!text.isEmpty())
                examples << text;
        }
        auto *preview = new QTableWidgetItem(examples.join(QStringLiteral("  ·  ")));
        preview->setFlags(Qt::ItemIsEnabled);
        preview->setToolTip(examples.join(u'\n'));
        list.columns->setItem(row, 2, preview);
    }
}

// ---------------------------------------------------------------------------------------------

class ImportCheckPage : public QWizardPage
{
public:
    explicit ImportCheckPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Dry run"));
        setSubTitle(ImportWizard::tr("Everything was checked and nothing was changed. With an error nothing can be "
                                     "imported: correct the file, or the columns, and try again."));
        m_summary = new QLabel(this);
        m_summary->setWordWrap(true);
        m_findings = new QTreeWidget(this);
        m_findings->setRootIsDecorated(false);
        m_findings->setHeaderLabels(
            {ImportWizard::tr("Where"), ImportWizard::tr("Column"), ImportWizard::tr("Finding")});
        m_findings->setUniformRowHeights(true);
        m_findings->header()->setSectionResizeMode(QHeaderView::Interactive);
        m_findings->header()->setStretchLastSection(true);
        m_findings->setColumnWidth(0, 150);
        m_findings->setColumnWidth(1, 200);
        m_details = new QLabel(this);
        m_details->setWordWrap(true);
        m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->setMinimumHeight(fontMetrics().height() * 3);
        m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            m_details->setText(
                item ? QStringLiteral("%1 · %2\n%3").arg(item->toolTip(0), item->toolTip(1), item->toolTip(2))
                     : QString());
        });
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_findings, 1);
        layout->addWidget(m_details);
        setButtonText(QWizard::FinishButton, ImportWizard::tr("&Import"));
        setFinalPage(true);
    }

    void initializePage() override
    {
        QList<ImportFinding> findings;
        Exchange::ImportSummary summary;
        const Status status = m_wizard->runImport(true, &findings, &summary);
        m_errors = Exchange::hasErrors(findings) || (!status && status.code() != Status::Code::InvalidInput);
        m_findings->clear();
        for (const ImportFinding &finding : std::as_const(findings)) {
            QStringList place;
            if (!finding.file.isEmpty())
                place << finding.file;
            if (!finding.sheet.isEmpty() && finding.sheet != QFileInfo(finding.file).completeBaseName())
                place << finding.sheet;
            if (finding.row > 0)
                place << ImportWizard::tr("row %1").arg(finding.row);
            auto *item = new QTreeWidgetItem({place.join(QStringLiteral(", ")), finding.column, finding.message});
            const QStyle::StandardPixmap icon = finding.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                : finding.severity == Severity::Warning
                                                    ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
            item->setIcon(0, style()->standardIcon(icon));
            item->setToolTip(0, place.join(QStringLiteral(", ")));
            item->setToolTip(1, finding.column);
            item->setToolTip(2, finding.message);
            m_findings->addTopLevelItem(item);
        }
        if (m_findings->topLevelItemCount() > 0)
            m_findings->setCurrentItem(m_findings->topLevelItem(0));
        if (status.code() == Status::Code::Cancelled) {
            m_summary->setText(ImportWizard::tr("The dry run was stopped. Choose Back, then Next, to check the file "
                                                "again."));
        } else if (!status && status.code() != Status::Code::InvalidInput) {
            m_summary->setText(status.message());
        } else if (m_errors) {
            m_summary->setText(
                ImportWizard::tr("%n error(s) found: nothing can be imported.", nullptr,
                                 int(std::count_if(findings.cbegin(), findings.cend(), [](const ImportFinding &f) {
                                     return f.severity == Severity::Error;
                                 }))));
        } else {
            QStringList counts;
            for (auto it = summary.perKind.constBegin(); it != summary.perKind.constEnd(); ++it) {
                if (it->created == 0 && it->updated == 0 && it->unchanged == 0)
                    continue;
                const QString name = Exchange::RegisterJson::listName(it.key());
                counts << ImportWizard::tr("%1: %2 new, %3 changed, %4 unchanged")
                              .arg(name)
                              .arg(it->created)
                              .arg(it->updated)
                              .arg(it->unchanged);
            }
            m_summary->setText(ImportWizard::tr("The import would create %n item(s) and change %1, each with a "
                                                "history entry:",
                                                nullptr, summary.created())
                                   .arg(summary.updated()) +
                               QStringLiteral("\n• ") + counts.join(QStringLiteral("\n• ")));
        }
        emit completeChanged();
    }

    bool isComplete() const override { return !m_errors; }

    bool validatePage() override
    {
        QList<ImportFinding> findings;
        Exchange::ImportSummary summary;
        const Status status = m_wizard->runImport(false, &findings, &summary);
        if (!status || !summary.applied) {
            QMessageBox::warning(this, ImportWizard::tr("Import"),
                                 status ? ImportWizard::tr("Nothing was imported.") : status.message());
            return false;
        }
        m_wizard->m_result = ImportWizard::tr("Imported %n new item(s) and changed %1, each with a history entry.",
                                              nullptr, summary.created())
                                 .arg(summary.updated());
        return true;
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLabel *m_details = nullptr; // the chosen finding in full
    bool m_errors = true;
};

// ---------------------------------------------------------------------------------------------

ImportWizard::ImportWizard(RegisterSession *session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(ChoosePage, new ImportChoosePage(this));
    setPage(MapPage, new ImportMapPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    resize(860, 560);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case ChoosePage:
        return m_json ? CheckPage : MapPage;
    case MapPage:
        return CheckPage;
    default:
        return -1;
    }
}

bool ImportWizard::readSource(const QString &path, Exchange::Layout layout, QString *problem)
{
    m_path = path;
    m_layout = layout;
    m_tables.clear();
    m_readFindings.clear();
    m_plans.clear();
    m_jsonData.clear();
    if (auto *page = dynamic_cast<ImportChoosePage *>(this->page(ChoosePage)))
        page->setSource(path, layout);
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_json = info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (m_json) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaximumJsonSize) {
            *problem = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        m_jsonData = file.readAll();
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = Tabular::readPath(path, QChar(), &m_tables, &m_readFindings);
    QApplication::restoreOverrideCursor();
    if (!read || Exchange::hasErrors(m_readFindings)) {
        QStringList lines;
        for (const ImportFinding &finding : std::as_const(m_readFindings))
            lines << finding.text();
        *problem = tr("%1 cannot be read as lists:").arg(QDir::toNativeSeparators(path)) + u'\n' +
                   lines.mid(0, 10).join(u'\n');
        return false;
    }
    for (const Exchange::RawTable &table : std::as_const(m_tables))
        m_plans.insert(Tabular::planKey(table), Tabular::plan(table, layout));
    return true;
}

Status ImportWizard::runImport(bool dryRun, QList<ImportFinding> *findings, Exchange::ImportSummary *summary)
{
    Storage::Database *database = m_session->database();
    if (!database)
        return Status::error(Status::Code::InvalidInput, tr("No register is open."));
    *findings = m_readFindings;
    ExchangeProgress progress(this, m_session->autoLock(),
                              dryRun ? tr("Checking the file (nothing is written)…") : tr("Importing…"));
    if (m_json) {
        Exchange::RegisterJson::Options options;
        options.progress = progress.callback();
        options.dryRun = dryRun;
        options.fileName = QFileInfo(m_path).fileName();
        QList<ImportFinding> found;
        const Status status = Exchange::RegisterJson::import(*database, m_jsonData, options, &found, summary);
        findings->append(found);
        return status;
    }
    Tabular::ImportOptions options;
    options.layout = m_layout;
    options.dryRun = dryRun;
    options.plans = m_plans;
    options.progress = progress.callback();
    return Tabular::import(*database, m_tables, options, findings, summary);
}

} // namespace Custodian::Ui
