// A report as ODT and HTML: the same parts as the PDF, from the HTML they were made of. The PDF is
// laid out in pages by PagedDocument (Report.cpp); these are not, so their contents name no pages.
#include "reports/Report.h"

#include "exchange/Xlsx.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <filesystem>

namespace Custodian::Reports {

namespace {

struct FormatName
{
    Format format;
    const char *name;
};
constexpr FormatName FormatNames[] = {
    {Format::Pdf, "pdf"}, {Format::Odt, "odt"}, {Format::Html, "html"}, {Format::Xlsx, "xlsx"}};

// The style of the HTML file: the PDF's hierarchy and colours, for a screen and for printing.
const char *const HtmlStyle = R"(
body { font-family: Carlito, Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1d232b; background: #ffffff; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
header.frame, footer.frame { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.3rem 1.5rem;
       font-size: 9pt; color: #4a5562; }
header.frame { border-bottom: 1px solid #b8c0cc; padding-bottom: 0.4rem; }
footer.frame { border-top: 1px solid #b8c0cc; padding-top: 0.4rem; margin-top: 3rem; }
header.frame p, footer.frame p { margin: 0; }
h1 { font-size: 1.65rem; font-weight: 600; color: #1f3a5f; margin: 2.6rem 0 0.6rem; }
h2 { font-size: 1.3rem; font-weight: 600; color: #1f3a5f; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.05rem; font-weight: 600; color: #2d4f7c; margin: 1.4rem 0 0.4rem; }
p { margin: 0 0 0.45rem; }
.kicker { font-size: 9pt; color: #4a5562; margin: 1.5rem 0 0.1rem; }
.lead { font-size: 1.1rem; color: #2d3640; margin-bottom: 1.2rem; }
.note { font-size: 9.5pt; color: #4a5562; }
.label { color: #4a5562; }
.record { font-weight: 600; color: #2d3640; margin: 0.7rem 0 0.2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 1rem; }
td, th { vertical-align: top; text-align: left; padding: 0.25rem 0.45rem; }
table.fields td { border-bottom: 1px solid #d5dbe3; }
table.fields td.label { width: 30%; }
table.grid { font-size: 9.5pt; }
table.grid th, table.grid td { border: 1px solid #b8c0cc; }
table.grid th { background: #e8edf3; font-weight: 600; }
nav.contents ol { list-style: none; padding: 0; }
nav.contents li { margin: 0.15rem 0; }
nav.contents li.level-1 { font-weight: 600; margin-top: 0.6rem; }
nav.contents li.level-2 { padding-left: 1.2rem; }
a { color: #1f3a5f; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  section + section { break-before: page; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
)";

// Qt's rich-text markup of a part as plain HTML5: the table and cell attributes Qt's layout needs
// become the style sheet's business; page breaks are the printer's.
QString plainHtml(QString html)
{
    static const QRegularExpression table(QStringLiteral("<table class=\"(\\w+)\"[^>]*>"));
    static const QRegularExpression width(QStringLiteral("<(th|td) width=\"(\\d+)%\">"));
    static const QRegularExpression labelCell(QStringLiteral("<td width=\"(\\d+)%\" class=\"label\">"));
    static const QRegularExpression pageBreak(QStringLiteral(" style=\"page-break-before: always;\""));
    html.replace(table, QStringLiteral("<table class=\"\\1\">"));
    html.replace(labelCell, QStringLiteral("<td class=\"label\" style=\"width: \\1%\">"));
    html.replace(width, QStringLiteral("<\\1 style=\"width: \\2%\">"));
    html.replace(pageBreak, QString());
    html.replace(QLatin1String("<br/>"), QLatin1String("<br>"));
    return html;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The bytes as the file at path: an existing file is replaced only once they are all written.
Status saveBytes(const QString &path, const QByteArray &bytes, const QString &failed)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::error(Status::Code::IoError, failed, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::error(Status::Code::IoError, failed, reason);
    }
    if (!file.commit())
        return Status::error(Status::Code::IoError, failed, file.errorString());
    return Status::ok();
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    for (const FormatName &entry : FormatNames) {
        if (name == QLatin1String(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    for (const FormatName &entry : FormatNames) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return {};
}

QList<Format> formats(Kind kind)
{
    QList<Format> list{Format::Pdf, Format::Odt, Format::Html};
    if (kind == Kind::ApRegister || kind == Kind::AuditDossier)
        list.append(Format::Xlsx);
    return list;
}

Status Report::write(const QString &path, Format format, const PagedDocument::Progress &progress)
{
    switch (format) {
    case Format::Xlsx:
        return writeXlsx(path);
    case Format::Odt:
        return writeOdt(path);
    case Format::Html:
        return writeHtml(path);
    case Format::Pdf:
        break;
    }
    return writePdf(path, progress);
}

QString Report::html() const
{
    if (!m_ownHtml.isEmpty())
        return m_ownHtml;
    // The headings of the parts, numbered for the contents' links.
    static const QRegularExpression heading(QStringLiteral("<h([12])>(.*?)</h\\1>"));
    QStringList sections;
    QList<std::tuple<int, QString, QString>> entries; // level, text (escaped), anchor
    int anchors = 0;
    qsizetype contentsAt = -1;
    for (qsizetype i = 0; i < m_document.partCount(); ++i) {
        if (i == m_contentsPart) {
            contentsAt = sections.size();
            sections.append(QString());
            continue;
        }
        QString html = plainHtml(m_document.source(i));
        QString numbered;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = heading.globalMatch(html);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString anchor = QStringLiteral("s%1").arg(++anchors);
            if (m_contentsPart >= 0 && i > m_contentsPart)
                entries.append({match.captured(1).toInt(), match.captured(2), anchor});
            numbered += html.mid(last, match.capturedStart() - last);
            numbered += QStringLiteral("<h%1 id=\"%2\">%3</h%1>").arg(match.captured(1), anchor, match.captured(2));
            last = match.capturedEnd();
        }
        numbered += html.mid(last);
        sections.append(numbered);
    }
    if (contentsAt >= 0) {
        QString nav =
            QStringLiteral("<nav class=\"contents\" aria-labelledby=\"contents\"><h1 id=\"contents\">%1</h1><ol>")
                .arg(escaped(m_contentsTitle));
        for (const auto &[level, text, anchor] : entries)
            nav += QStringLiteral("<li class=\"level-%1\"><a href=\"#%2\">%3</a></li>").arg(level).arg(anchor, text);
        sections[contentsAt] = nav + QStringLiteral("</ol></nav>");
    }
    const PagedDocument::Frame &frame = m_document.frame();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"%2\">\n<title>%3</title>\n<style>%4</style>\n"
                       "</head>\n<body>\n")
            .arg(m_language,
                 escaped(QStringLiteral("Custodian %1").arg(QCoreApplication::applicationVersion()).trimmed()),
                 escaped(frame.headerLeft), QLatin1String(HtmlStyle));
    html += QStringLiteral("<header class=\"frame\"><p>%1</p><p>%2</p></header>\n<main>\n")
                .arg(escaped(frame.headerLeft), escaped(frame.headerRight));
    for (const QString &section : std::as_const(sections)) {
        if (section.startsWith(QLatin1String("<nav")))
            html += section + QLatin1Char('\n');
        else
            html += QStringLiteral("<section>\n%1\n</section>\n").arg(section);
    }
    html += QStringLiteral("</main>\n<footer class=\"frame\"><p>%1</p><p>%2</p></footer>\n</body>\n</html>\n")
                .arg(escaped(frame.footerLeft), escaped(frame.footerCentre));
    return html;
}

Status Report::writeHtml(const QString &path)
{
    return saveBytes(path, html().toUtf8(),
                     tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

Status Report::writeXlsx(const QString &path)
{
    const QString failed = tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path));
    if (m_workbook.isEmpty())
        return Status::error(Status::Code::InvalidInput, failed, tr("This report is not made as a spreadsheet."));
    // Beside the file, under a name no one uses, then in its place: an existing file is replaced
    // only by a whole workbook (the writer itself never writes over a file).
    const QFileInfo target(path);
    QString temporary;
    for (int attempt = 0; temporary.isEmpty() || QFileInfo::exists(temporary); ++attempt)
        temporary = target.dir().filePath(
            QStringLiteral(".%1.%2-%3.xlsx")
                .arg(target.fileName(), QString::number(QCoreApplication::applicationPid()), QString::number(attempt)));
    QStringList warnings;
    const Status status = Exchange::Xlsx::write(m_workbook, temporary, m_title, &warnings);
    if (!status)
        return Status::error(status.code(), failed, status.detail().isEmpty() ? status.message() : status.detail());
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        QFile::remove(temporary);
        return Status::error(Status::Code::IoError, failed, QString::fromLocal8Bit(error.message()));
    }
    return Status::ok();
}

Status Report::writeOdt(const QString &path)
{
    const QString failed = tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path));
    // One text: each part but the first starts a page (its first element breaks before it).
    static const QRegularExpression firstTag(QStringLiteral("^\\s*<(\\w+)"));
    QString combined;
    for (qsizetype i = 0; i < m_document.partCount(); ++i) {
        if (i == m_contentsPart)
            continue; // its page numbers are the PDF's; a word processor makes its own contents
        QString html = m_document.source(i);
        if (!combined.isEmpty())
            html.replace(firstTag, QStringLiteral("<\\1 style=\"page-break-before: always;\""));
        combined += html;
    }
    QTextDocument document;
    document.setDefaultFont(m_document.font());
    document.setDefaultStyleSheet(m_document.styleSheet());
    document.setHtml(combined);
    document.setMetaInformation(QTextDocument::DocumentTitle, m_title);
    // In memory first: Qt's ZIP writer closes its device, which a QSaveFile must not be.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return Status::error(Status::Code::IoError, failed);
    return saveBytes(path, buffer.data(), failed);
}

} // namespace Custodian::Reports
