#include "reports/Report.h"

#include "reports/ReportBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace Custodian::Reports {

namespace {

// Generous margins, as a firm's documents have; the running header and footer stand inside them.
const QMarginsF PageMargins(22, 12, 20, 10);

} // namespace

namespace {

struct KindName
{
    Kind kind;
    const char *name;
};
constexpr KindName KindNames[] = {
    {Kind::Register, "register"},           {Kind::Activity, "activity"},          {Kind::Processor, "processor"},
    {Kind::Agreements, "agreements"},       {Kind::Transfers, "transfers"},        {Kind::Retention, "retention"},
    {Kind::Measures, "measures"},           {Kind::Findings, "findings"},          {Kind::History, "history"},
    {Kind::Requests, "requests"},           {Kind::Breaches, "breaches"},          {Kind::ApRegister, "ap-register"},
    {Kind::ApBreachForm, "ap-breach-form"}, {Kind::AuditDossier, "audit-dossier"}, {Kind::Statement, "statement"},
};

} // namespace

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (const KindName &entry : KindNames)
        kinds.append(entry.kind);
    return kinds;
}

bool hasPeriod(Kind kind)
{
    return kind == Kind::History || kind == Kind::Requests || kind == Kind::Breaches || kind == Kind::AuditDossier;
}

QString reportFontFamily()
{
    static const QString family = [] {
        QString found;
        for (const char *face : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            const int id =
                QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Carlito-%1.ttf").arg(QLatin1String(face)));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found.isEmpty() ? QStringLiteral("sans-serif") : found;
    }();
    return family;
}

Report::Report() = default;
Report::~Report() = default;

Status Report::build(Storage::Store &store, const Request &request, Report *report)
{
    report->m_notes.clear();
    report->m_ownHtml.clear();
    report->m_workbook.clear();
    return ReportBuilder::build(store, request, report);
}

int Report::layout(QPagedPaintDevice *device, const PagedDocument::Progress &progress)
{
    int pages = m_document.layout(device, progress);
    if (pages < 0 || m_contentsPart < 0)
        return pages;
    // The contents name the pages of the parts after them, which move with the contents' own
    // length: laid out until the numbers stand still (twice: the entries do not change in number).
    QList<ContentsEntry> entries;
    for (int round = 0; round < 3; ++round) {
        QList<ContentsEntry> found;
        for (qsizetype i = m_contentsPart + 1; i < m_document.partCount(); ++i) {
            const QTextDocument *part = m_document.part(i);
            for (QTextBlock block = part->begin(); block.isValid(); block = block.next()) {
                const int level = block.blockFormat().headingLevel();
                if (level == 1 || level == 2)
                    found.append({level, block.text().trimmed(), m_document.pageOf(i, block)});
            }
        }
        if (found == entries)
            break;
        entries = found;
        ReportBuilder::writeContents(m_document.part(m_contentsPart), m_contentsTitle, entries);
        pages = m_document.layout(device);
    }
    return pages;
}

Status Report::writePdf(const QString &path, const PagedDocument::Progress &progress)
{
    const QString failed = tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::error(Status::Code::IoError, failed, file.errorString());
    Status status = Status::ok();
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Custodian %1").arg(QCoreApplication::applicationVersion()).trimmed());
        writer.setResolution(600);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(PageMargins, QPageLayout::Millimeter);
        status = paintOn(&writer, progress, {});
        // The writer goes at the end of this block: the parts must not keep it as their device.
        m_document.release();
    }
    if (!status) {
        file.cancelWriting();
        return status.code() == Status::Code::IoError ? Status::error(Status::Code::IoError, failed) : status;
    }
    if (!file.commit())
        return Status::error(Status::Code::IoError, failed, file.errorString());
    return Status::ok();
}

Status Report::print(QPagedPaintDevice *printer, const PagedDocument::Progress &progress,
                     const std::function<void()> &abort)
{
    printer->setPageMargins(PageMargins, QPageLayout::Millimeter);
    const Status status = paintOn(printer, progress, abort);
    m_document.release();
    return status;
}

Status Report::paintOn(QPagedPaintDevice *device, const PagedDocument::Progress &progress,
                       const std::function<void()> &abort)
{
    bool stopped = false;
    const PagedDocument::Progress told = [&progress, &stopped](qint64 done, qint64 total) {
        stopped = progress && !progress(done, total);
        return !stopped;
    };
    if (layout(device, told) < 0) {
        if (stopped)
            return Status::error(Status::Code::Cancelled, tr("Making the report was stopped."));
        return Status::error(Status::Code::InvalidInput, tr("The paper is too small for the report: it needs room "
                                                            "for a header, a footer and text between them."));
    }
    if (!m_document.paint(device, told, abort)) {
        if (stopped)
            return Status::error(Status::Code::Cancelled, tr("Making the report was stopped."));
        return Status::error(Status::Code::IoError, tr("The report could not be painted."));
    }
    return Status::ok();
}

} // namespace Custodian::Reports
