#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "Status.h"
#include "exchange/Table.h"
#include "reports/PagedDocument.h"
#include "storage/HistoryChain.h"

class QPagedPaintDevice;

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Reports {

namespace Parts {
class Session;
}

// What a report covers (issue #9). Register: the records of processing activities as a whole
// (Art. 30(1) and (2)), with the agreements, parties, transfers, retention schedule, security
// measures and the completeness findings. Activity: one processing activity's sheet. The others are
// one part of the register each (Processor: Art. 30(2); Agreements: Art. 28 with the sub-processor
// annex), or a log of a period (History: the audit trail; Requests: the data-subject request log
// with the on-time rate; Breaches: the breach register of Art. 33(5), those not notified included).
// Statement: not for auditors but for the public: the privacy statement of Arts. 13 and 14, written
// from the register (statement/Statement.h). For the Autoriteit Persoonsgegevens (the Dutch ecosystem,
// part 10): ApRegister, the register as the supervisory authority asks for it (Art. 30(4)): what
// Art. 30(1) and (2) ask of the activities in use, nothing else; ApBreachForm, one breach as the
// answers for the AP's notification form (Register::BreachApForm). AuditDossier: what an auditor of the
// BIO, ENSIA or a privacy audit asks, in one document: each control with the parts that evidence it,
// the register's completeness and currency, the register's parts, the logs of the period, the
// findings and the change log.
enum class Kind
{
    Register,
    Activity,
    Processor,
    Agreements,
    Transfers,
    Retention,
    Measures,
    Findings,
    History,
    Requests,
    Breaches,
    ApRegister,
    ApBreachForm, // Request::breach
    AuditDossier, // for a period: the change log's and the logs' (Request::from, to)
    Statement,    // the public privacy statement for some audiences (Request::audiences), a draft
};
std::optional<Kind> kindFromName(const QString &name);
QString kindName(Kind kind);
// Every kind, in the order the Reports section and the command line list them.
QList<Kind> allKinds();
// Whether a kind covers a period (Request::from and to).
bool hasPeriod(Kind kind);

// What a report is written as: PDF/A-1b to hand over and archive, ODT to edit (one document, the
// parts starting pages, no running header), HTML to read in a browser or put on an intranet, XLSX
// where the document is a spreadsheet (the register for the AP: a sheet per part).
enum class Format
{
    Pdf,
    Odt,
    Html,
    Xlsx,
};
std::optional<Format> formatFromName(const QString &name);
QString formatName(Format format); // also the file's suffix
// The formats a kind is written in: every kind PDF, ODT and HTML; ApRegister and AuditDossier also XLSX.
QList<Format> formats(Kind kind);

struct Request
{
    Kind kind = Kind::Register;
    QString language = QStringLiteral("en"); // "nl" or "en": the document's, whatever the UI's
    QString uuid;                            // Activity: which one
    QString confidentiality;                 // the label on every page; empty: "Confidential"
    // History, Requests, Breaches: the days the period covers, both included. Without to: today;
    // without from: the twelve months up to to.
    QDate from;
    QDate to;
    // Statement: the audiences it is for (Codes::Kind::Audience); empty: the only privacy statement
    // in use, or every audience. The statement that covers them gives its title, notes and versions.
    QStringList audiences;
    // Statement: a published version (its number), as archived; 0: written from the register now.
    int statementVersion = 0;
    // ApBreachForm: the breach, by its number ("B-2026-0001") or uuid.
    QString breach;
};

// A report made from one state of the register, laid out by Qt's text layout and painted with a
// running header (organisation, title, scope) and footer (confidentiality, register state, when it
// was made, page x of y) on every page. Its text depends only on the register's state, the request
// and the moment it was made (which is printed); making it changes nothing in the register.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Reports::Report)
public:
    Report();
    ~Report();
    Report(const Report &) = delete;
    Report &operator=(const Report &) = delete;

    // Reads the register in one snapshot and builds the report's document. Needs a
    // QGuiApplication (fonts).
    [[nodiscard]] static Status build(Storage::Store &store, const Request &request, Report *report);

    QString title() const { return m_title; }
    QString scope() const { return m_scope; }
    Storage::HistoryHead state() const { return m_state; }
    QDateTime generatedAt() const { return m_generatedAt; }
    QString language() const { return m_language; }
    // What the register does not say yet that the document needs (a privacy statement's gaps), in
    // the document's language; the document shows them too.
    QStringList notes() const { return m_notes; }

    // PDF/A-1b, fonts embedded, A4; an existing file is replaced only once the new one is whole.
    // progress (parts laid out, then pages painted) may stop it: Status::Code::Cancelled, no file.
    [[nodiscard]] Status writePdf(const QString &path, const PagedDocument::Progress &progress = {});
    // ODT through Qt's OpenDocument writer: the parts in one text, each starting a page, the headings
    // as headings; the facts of the first page say what the running header would.
    [[nodiscard]] Status writeOdt(const QString &path);
    // One HTML5 file, its style inside: the running header and footer once, the contents as links.
    [[nodiscard]] Status writeHtml(const QString &path);
    // A workbook, a sheet per part, for the kinds formats() gives XLSX; an existing file is replaced
    // only once the new one is whole. Other kinds: InvalidInput.
    [[nodiscard]] Status writeXlsx(const QString &path);
    [[nodiscard]] Status write(const QString &path, Format format, const PagedDocument::Progress &progress = {});
    // The HTML file's text.
    QString html() const;
    // Lays the report out for a printer's paper (or the print preview's) and paints every page.
    // Stopped by progress: abort (the printer's abort()) is called before the painting ends, and
    // the status is Cancelled; paper too small for the frame is InvalidInput.
    [[nodiscard]] Status print(QPagedPaintDevice *printer, const PagedDocument::Progress &progress = {},
                               const std::function<void()> &abort = {});
    // The number of pages as last laid out (writePdf or print). A report may be written and printed
    // any number of times; each lays it out for its device again.
    int pageCount() const { return m_document.pageCount(); }

    PagedDocument &document() { return m_document; }

private:
    friend class ReportBuilder;
    friend class Parts::Session;
    int layout(QPagedPaintDevice *device, const PagedDocument::Progress &progress);
    Status paintOn(QPagedPaintDevice *device, const PagedDocument::Progress &progress,
                   const std::function<void()> &abort);

    QString m_title;
    QString m_scope;
    QString m_language;
    Storage::HistoryHead m_state;
    QDateTime m_generatedAt;
    PagedDocument m_document;
    // The contents: a part whose entries are the headings of the parts after it, with their pages.
    qsizetype m_contentsPart = -1;
    QString m_contentsTitle;
    QStringList m_notes;
    // A document with a web page of its own (the privacy statement): html() gives it.
    QString m_ownHtml;
    // The sheets of a kind written as a spreadsheet too (writeXlsx), in the document's language.
    QList<Exchange::Table> m_workbook;
};

// The reports' typeface (Carlito, embedded): the family name once its faces are registered.
QString reportFontFamily();

} // namespace Custodian::Reports
