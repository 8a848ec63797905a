#include "app/ExportDialog.h"

#include "app/ExchangeProgress.h"
#include "app/RegisterSession.h"
#include "exchange/Csv.h"
#include "exchange/ExportFile.h"
#include "exchange/LdvExport.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Format = Exchange::ExportRequest::Format;

namespace {

// Not a format of the register's lists: the established activity versions for a logging back-end.
constexpr int LdvChoice = 100;

} // namespace

ExportDialog::ExportDialog(RegisterSession *session, const QString &language, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV files (.csv, several in a ZIP file)"), int(Format::Csv));
    m_format->addItem(tr("JSON: the whole register, with its history and documents"), int(Format::Json));
    m_format->addItem(tr("Activity versions for logging (LDV): a ZIP file of JSON"), LdvChoice);
    form->addRow(tr("&Format:"), m_format);
    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Custodian's lists: every item, every field"), int(Exchange::Layout::Custodian));
    m_layout->addItem(tr("ICO template: the processing activities in its 25 columns"), int(Exchange::Layout::Ico));
    m_layout->addItem(tr("Dutch workbook: the register, agreements, breaches and requests"),
                      int(Exchange::Layout::NlWorkbook));
    form->addRow(tr("&Layout:"), m_layout);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(language == QLatin1String("nl") ? 0 : 1);
    form->addRow(tr("Headers and &labels in:"), m_language);
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->setCurrentIndex(Exchange::Csv::defaultSeparator(QLocale()) == u';' ? 0 : 1);
    form->addRow(tr("CSV &separator:"), m_separator);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    auto *warning = new QLabel(tr("The file is not encrypted: it holds what the register holds, requesters' details "
                                  "included. Keep it as safe as the register, and delete it when it has served."),
                               this);
    warning->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(warning);
    layout->addStretch();
    layout->addWidget(buttons);
    for (QComboBox *box : {m_format, m_layout})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    updateChoices();
    resize(560, sizeHint().height());
}

// A longer explanation makes the dialog taller, never squeezing its choices.
void ExportDialog::growToFit()
{
    if (!layout())
        return;
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ExportDialog::updateChoices()
{
    if (m_format->currentData().toInt() == LdvChoice) {
        for (QComboBox *box : {m_layout, m_language, m_separator})
            box->setEnabled(false);
        m_explanation->setText(tr("The established versions of the processing activities, a JSON file each with an "
                                  "index, for a logging back-end to resolve the URIs in its log lines (Logboek "
                                  "Dataverwerkingen). A version's file reads the same in every later export."));
        growToFit();
        return;
    }
    const auto format = Format(m_format->currentData().toInt());
    m_layout->setEnabled(format != Format::Json);
    const bool ico = format != Format::Json && m_layout->currentData().toInt() == int(Exchange::Layout::Ico);
    const bool dutch = format != Format::Json && m_layout->currentData().toInt() == int(Exchange::Layout::NlWorkbook);
    // The Dutch workbook is a Dutch file format: its headers are Dutch whatever the language.
    m_language->setEnabled(format != Format::Json && !dutch);
    if (dutch) {
        m_language->setCurrentIndex(m_language->findData(QStringLiteral("nl")));
        m_separator->setCurrentIndex(m_separator->findData(QStringLiteral(";")));
    }
    m_separator->setEnabled(format == Format::Csv);
    if (format == Format::Json)
        m_explanation->setText(tr("Everything the register holds, with its history, for a move to another "
                                  "computer or an archive; File › Import… or custodian-cli import reads it back."));
    else if (ico)
        m_explanation->setText(tr("The processing activities in the columns of the ICO's record-of-processing "
                                  "template, for those who keep or audit the register in that spreadsheet."));
    else if (dutch)
        m_explanation->setText(tr("Sheets with Dutch headers, as Dutch public bodies exchange their register: "
                                  "Organisatie, Verwerkingen, Bewaartermijnen, Verwerkersovereenkomsten, "
                                  "Verwerkingen als verwerker, Datalekken and Verzoeken (without requesters' names "
                                  "or contact details). Imported back, a cell left as it was changes nothing."));
    else
        m_explanation->setText(tr("A list per kind of item, a column per field; the lists inside an item (an "
                                  "activity's transfers) as lists of their own. File › Import… reads them back."));
    growToFit();
}

void ExportDialog::exportNow()
{
    Storage::Database *database = m_session->database();
    if (!database)
        return;
    if (m_format->currentData().toInt() == LdvChoice) {
        exportActivityVersions(*database);
        return;
    }
    Exchange::ExportRequest request;
    request.format = Format(m_format->currentData().toInt());
    request.layout = request.format == Format::Json ? Exchange::Layout::Custodian
                                                    : Exchange::Layout(m_layout->currentData().toInt());
    request.language = m_language->currentData().toString();
    request.separator = m_separator->currentData().toString().front();
    const bool oneCsv = request.format == Format::Csv && request.layout == Exchange::Layout::Ico;
    const QString suffix = request.format == Format::Json   ? QStringLiteral(".json")
                           : request.format == Format::Xlsx ? QStringLiteral(".xlsx")
                           : oneCsv                         ? QStringLiteral(".csv")
                                                            : QStringLiteral(".zip");
    const QString filter = request.format == Format::Json   ? tr("JSON documents (*.json)")
                           : request.format == Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                           : oneCsv                         ? tr("CSV files (*.csv)")
                                                            : tr("ZIP files (*.zip)");
    const QString proposed = m_session->besideRegister(tr("%1 export %2"), suffix);
    request.path =
        QFileDialog::getSaveFileName(this, tr("Export"), proposed, filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (request.path.isEmpty())
        return;
    if (!request.path.endsWith(suffix, Qt::CaseInsensitive))
        request.path += suffix;
    if (!Exchange::ExportFile::isFree(request)) {
        QMessageBox::warning(this, tr("Export"),
                             tr("%1 already exists. Custodian does not overwrite files: choose another name.")
                                 .arg(QDir::toNativeSeparators(request.path)));
        return;
    }
    Storage::HistoryHead state;
    QStringList warnings;
    Status status;
    {
        ExchangeProgress progress(this, m_session->autoLock(), tr("Exporting…"));
        status = Exchange::ExportFile::write(*database, request, &state, &warnings, progress.callback());
    }
    if (status.code() == Status::Code::Cancelled)
        return; // the dialog stays, for another choice
    if (!status) {
        QMessageBox::warning(this, tr("Export"),
                             status.detail().isEmpty()
                                 ? status.message()
                                 : QStringLiteral("%1\n\n%2").arg(status.message(), status.detail()));
        return;
    }
    if (!warnings.isEmpty())
        QMessageBox::information(this, tr("Export"), warnings.join(u'\n'));
    m_exported = tr("Exported the register to %1 (state %2). The file is not encrypted.")
                     .arg(QDir::toNativeSeparators(request.path), state.shortText());
    accept();
}

void ExportDialog::exportActivityVersions(Storage::Database &database)
{
    const QString suffix = QStringLiteral(".zip");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                m_session->besideRegister(tr("%1 activity versions %2"), suffix),
                                                tr("ZIP files (*.zip)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    Storage::HistoryHead state;
    int versions = 0;
    const Status status = Exchange::LdvExport::write(database, path, &state, &versions);
    if (!status) {
        QMessageBox::warning(this, tr("Export"),
                             status.detail().isEmpty()
                                 ? status.message()
                                 : QStringLiteral("%1\n\n%2").arg(status.message(), status.detail()));
        return;
    }
    m_exported = tr("Exported %n established activity version(s) to %1 (state %2).", nullptr, versions)
                     .arg(QDir::toNativeSeparators(path), state.shortText());
    accept();
}

} // namespace Custodian::Ui
