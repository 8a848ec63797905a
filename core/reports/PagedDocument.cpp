#include "reports/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>

#include <cmath>

namespace Custodian::Reports {

namespace {

// The header's and the footer's band, and the space a heading needs below it on its page.
constexpr qreal FrameMillimetres = 11;
constexpr qreal FramePointSize = 7.5;
constexpr qreal KeepLines = 5;
// The longest part whose paragraphs keepLinesOnTheirPage() keeps on one page.
constexpr int KeepLinesPages = 12;
// The longest part whose table rows keepRowsOnTheirPage() keeps on one page: a row is split at most
// once a page, so the moves are fewer than the paragraphs' (a part's chapter of agreements, each with
// its Art. 28(3) checklist, runs to two pages an agreement).
constexpr int KeepRowsPages = 60;
// Marks a heading that keepHeadingsWithText() moved to a new page, with its page-break policy before.
constexpr int MovedHeading = QTextFormat::UserProperty + 1;
// ... and its top margin before, for a heading moved by its margin.
constexpr int MovedHeadingMargin = QTextFormat::UserProperty + 2;
// The least height of text a page must have room for.
constexpr qreal MinimumBodyMillimetres = 40;
// Solid colours only: PDF/A-1 allows no transparency.
const QColor FrameText(0x4a, 0x55, 0x62);
const QColor FrameRule(0xb8, 0xc0, 0xcc);

qreal pixels(qreal millimetres, const QPaintDevice *device)
{
    return millimetres / 25.4 * device->logicalDpiY();
}

// The font of a document: without ligatures, which Qt would write as glyphs that stand for no text
// (pdftotext, a search and a copy would find "Voorbeeldso" for "Voorbeeldsoft"). Qt's shaper leaves
// ligatures out of text with letter spacing, and 6.4 has no other way to ask it (QFont::setFeature
// came with 6.7).
QFont documentFont(const QString &family, qreal pointSize)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

} // namespace

PagedDocument::PagedDocument() = default;
PagedDocument::~PagedDocument() = default;

void PagedDocument::setStyle(const QString &fontFamily, qreal pointSize, const QString &styleSheet)
{
    m_fontFamily = fontFamily;
    m_pointSize = pointSize;
    m_styleSheet = styleSheet;
}

QTextDocument *PagedDocument::addPart()
{
    auto part = std::make_unique<QTextDocument>();
    part->setDocumentMargin(0);
    part->setUndoRedoEnabled(false);
    part->setUseDesignMetrics(true);
    // A word longer than its cell (an address, a reference) wraps anywhere rather than spill over.
    QTextOption option = part->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    part->setDefaultTextOption(option);
    if (!m_fontFamily.isEmpty()) {
        part->setDefaultFont(documentFont(m_fontFamily, m_pointSize));
    }
    part->setDefaultStyleSheet(m_styleSheet);
    // No page yet: nothing is laid out until layout() gives the device and its page.
    part->setPageSize(QSizeF(0, 0));
    m_parts.push_back(std::move(part));
    m_sources.append(QString());
    return m_parts.back().get();
}

QTextDocument *PagedDocument::addHtmlPart(const QString &html)
{
    QTextDocument *part = addPart();
    part->setHtml(html);
    m_sources.last() = html;
    return part;
}

QString PagedDocument::styleSheet() const
{
    return m_styleSheet;
}

QFont PagedDocument::font() const
{
    return documentFont(m_fontFamily, m_pointSize);
}

QTextDocument *PagedDocument::part(qsizetype index) const
{
    return m_parts.at(std::size_t(index)).get();
}

int PagedDocument::layout(QPagedPaintDevice *device, const Progress &progress)
{
    m_frameHeight = pixels(FrameMillimetres, device);
    m_bodyTop = m_frameHeight;
    m_bodyWidth = device->width();
    // Qt's layout breaks pages at multiples of the page height in its fixed point (1/64 pixel, cut
    // off): painting at multiples of anything else drifts from its breaks, by a fraction of a pixel
    // per page, until after a few hundred pages a line is painted on the wrong page too.
    m_bodyHeight = std::floor((device->height() - 2 * m_frameHeight) * 64) / 64;
    m_firstPage.clear();
    m_pageCount = 0;
    // Paper too small for the header and the footer (a custom size in a print dialog).
    if (m_bodyWidth <= 0 || m_bodyHeight < pixels(MinimumBodyMillimetres, device))
        return -1;
    const QSizeF page(m_bodyWidth, m_bodyHeight);
    for (const std::unique_ptr<QTextDocument> &part : m_parts) {
        // Unchanged parts keep their layout (the contents are laid out again, the rest is not). For
        // another device or page, the device first (a relayout must never measure with a device that
        // is gone), then the headings an earlier layout moved are put back, then the new page.
        if (part->documentLayout()->paintDevice() != device || part->pageSize() != page) {
            part->documentLayout()->setPaintDevice(device);
            releaseHeadings(part.get());
            part->setPageSize(page);
        }
        keepHeadingsWithText(part.get(), m_bodyHeight);
        m_firstPage.append(m_pageCount);
        m_pageCount += std::max(1, part->pageCount());
        // Laying out is about half the work; the pages are painted after it.
        if (progress && !progress(m_firstPage.size(), 2 * partCount()))
            return -1;
    }
    return m_pageCount;
}

void PagedDocument::release()
{
    for (const std::unique_ptr<QTextDocument> &part : m_parts) {
        part->setPageSize(QSizeF(0, 0));
        part->documentLayout()->setPaintDevice(nullptr);
    }
}

void PagedDocument::clear()
{
    m_parts.clear();
    m_sources.clear();
    m_firstPage.clear();
    m_pageCount = 0;
}

// Qt's layout has no "keep with next": a heading whose page has too little room below it for a few
// lines of what it heads is moved to the next page. Each move shifts what follows, so the blocks are
// looked at in order, each after the moves above it, on a layout made whole again after each move
// (Qt lays a long document out lazily, and a change in the middle of that leaves blocks below it
// without a layout, at 0×0).
void PagedDocument::keepHeadingsWithText(QTextDocument *part, qreal pageHeight) const
{
    QAbstractTextDocumentLayout *layout = part->documentLayout();
    const qreal keep = KeepLines * m_pointSize * 1.4 / 72.0 * layout->paintDevice()->logicalDpiY();
    layout->documentSize();
    // Each paragraph moved lays the rest of its part out again: in a part of hundreds of pages (the
    // findings of a large register) that would take longer than the whole report.
    const bool keepLines = part->pageCount() <= KeepLinesPages;
    const bool keepRows = part->pageCount() <= KeepRowsPages;
    // The paragraphs of the flow, and each table's rows (keepRowsOnTheirPage); never a cell's paragraph.
    for (QTextFrame::iterator it = part->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid()) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()); table && keepRows)
                keepRowsOnTheirPage(part, table, pageHeight);
            continue;
        }
        QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        if (format.headingLevel() == 0) {
            if (keepLines)
                keepLinesOnTheirPage(part, block, pageHeight);
            continue;
        }
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
        if (rect.top() - pageTop < 1)
            continue;
        if (pageTop + pageHeight - rect.bottom() < keep) {
            const QTextBlockFormat before = format;
            format.setProperty(MovedHeading, int(format.pageBreakPolicy()));
            format.setProperty(MovedHeadingMargin, format.topMargin());
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            layout->documentSize();
            // A heading that runs over the foot of the page is already past the break for Qt, whose
            // break then comes a page later and leaves a page empty: such a heading is moved down
            // by its top margin instead, to the top of the next page.
            if (layout->blockBoundingRect(block).top() >= pageTop + 2 * pageHeight - 1) {
                format = before;
                format.setProperty(MovedHeading, int(before.pageBreakPolicy()));
                format.setProperty(MovedHeadingMargin, before.topMargin());
                format.setTopMargin(before.topMargin() + (pageTop + pageHeight - rect.top()));
                QTextCursor(block).setBlockFormat(format);
                layout->documentSize();
            }
        }
    }
}

void PagedDocument::keepLinesOnTheirPage(QTextDocument *part, const QTextBlock &block, qreal pageHeight)
{
    // A paragraph of the flow (never a table's cell) that is shorter than a page is kept on one page.
    // Split over two, Qt paints the line above a page's top once more, clipped from sight but written
    // into the PDF's text (a search or a copy finds it twice, under the header); and after a table
    // that ran over pages Qt compares a line with the foot of a page the table has left behind, so
    // that a line may even stand across the break, half under the footer. Such a paragraph is moved
    // down by its top margin to the next page.
    // The empty paragraph Qt puts after every table shows nothing: it may stand where it stands.
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() == 0 || block.text().isEmpty())
        return;
    QAbstractTextDocumentLayout *layout = part->documentLayout();
    const QRectF rect = layout->blockBoundingRect(block);
    if (rect.height() >= pageHeight)
        return;
    const QTextLine first = lines->lineAt(0);
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    const qreal top = rect.top() + first.y();
    const qreal bottom = rect.top() + last.y() + last.height();
    const qreal pageEnd = (std::floor(top / pageHeight) + 1) * pageHeight;
    if (bottom <= pageEnd + 0.01)
        return;
    QTextBlockFormat format = block.blockFormat();
    format.setProperty(MovedHeading, int(format.pageBreakPolicy()));
    format.setProperty(MovedHeadingMargin, format.topMargin());
    format.setTopMargin(format.topMargin() + (pageEnd - top));
    QTextCursor(block).setBlockFormat(format);
    layout->documentSize();
}

namespace {

// The first line's top and the last line's bottom of a table's row, in the part's coordinates; false
// for a row with no line (or only cells spanning from another row or column).
bool rowExtent(QAbstractTextDocumentLayout *layout, QTextTable *table, int row, qreal *top, qreal *bottom)
{
    bool found = false;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        if (!first.layout() || first.layout()->lineCount() == 0 || !last.layout() || last.layout()->lineCount() == 0)
            continue;
        const qreal cellTop = layout->blockBoundingRect(first).top() + first.layout()->lineAt(0).y();
        const QTextLine end = last.layout()->lineAt(last.layout()->lineCount() - 1);
        const qreal cellBottom = layout->blockBoundingRect(last).top() + end.y() + end.height();
        *top = found ? std::min(*top, cellTop) : cellTop;
        *bottom = found ? std::max(*bottom, cellBottom) : cellBottom;
        found = true;
    }
    return found;
}

} // namespace

void PagedDocument::keepRowsOnTheirPage(QTextDocument *part, QTextTable *table, qreal pageHeight)
{
    // A table's row whose lines Qt splits over two pages (a long clause in a checklist) has the line
    // above the break painted once more at the top of the next page, clipped from sight but written
    // into the PDF's text, as a paragraph of the flow has. A row shorter than half a page is moved to
    // the next page whole: the row above it grows at its foot (its cells' bottom padding) to the
    // break, and Qt starts the row on the next page, under the table's repeated header. A padding is
    // in the format's units, which Qt scales to the device: the growth is measured, not computed.
    QAbstractTextDocumentLayout *layout = part->documentLayout();
    const int header = table->format().headerRowCount();
    const qreal padding = table->format().cellPadding();
    for (int row = header + 1; row < table->rows(); ++row) {
        qreal top = 0;
        qreal bottom = 0;
        if (!rowExtent(layout, table, row, &top, &bottom) || bottom - top >= pageHeight / 2)
            continue;
        const qreal pageEnd = (std::floor(top / pageHeight) + 1) * pageHeight;
        if (bottom <= pageEnd + 0.01)
            continue;
        qreal perUnit = layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1;
        for (int attempt = 0; attempt < 4 && top < pageEnd; ++attempt) {
            const qreal step = (pageEnd - top) / perUnit + 0.5;
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row - 1, column);
                if (!cell.isValid() || cell.row() != row - 1 || cell.column() != column)
                    continue;
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                const bool own = format.hasProperty(QTextFormat::TableCellBottomPadding);
                const qreal before = own ? format.bottomPadding() : padding;
                if (!format.hasProperty(MovedHeading)) {
                    format.setProperty(MovedHeading, own ? 1 : 0);
                    format.setProperty(MovedHeadingMargin, before);
                }
                format.setBottomPadding(before + step);
                cell.setFormat(format);
            }
            const qreal wasTop = top;
            layout->documentSize();
            if (!rowExtent(layout, table, row, &top, &bottom) || top <= wasTop)
                break;
            // Until the row leaves the page, the row above grew by as many pixels a unit as measured.
            if (top < pageEnd)
                perUnit = (top - wasTop) / step;
        }
    }
}

void PagedDocument::releaseHeadings(QTextDocument *part)
{
    // The rows keepRowsOnTheirPage() grew, their cells' padding as it was.
    for (QTextFrame *frame : part->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                if (!format.hasProperty(MovedHeading))
                    continue;
                if (format.intProperty(MovedHeading))
                    format.setBottomPadding(format.doubleProperty(MovedHeadingMargin));
                else
                    format.clearProperty(QTextFormat::TableCellBottomPadding);
                format.clearProperty(MovedHeading);
                format.clearProperty(MovedHeadingMargin);
                cell.setFormat(format);
            }
        }
    }
    for (QTextBlock block = part->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(MovedHeading))
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreakFlags(format.intProperty(MovedHeading)));
        format.setTopMargin(format.doubleProperty(MovedHeadingMargin));
        format.clearProperty(MovedHeading);
        format.clearProperty(MovedHeadingMargin);
        QTextCursor(block).setBlockFormat(format);
    }
}

int PagedDocument::pageOf(qsizetype part, const QTextBlock &block) const
{
    if (part < 0 || part >= partCount() || m_bodyHeight <= 0)
        return 0;
    const QRectF rect = m_parts.at(std::size_t(part))->documentLayout()->blockBoundingRect(block);
    return m_firstPage.at(part) + int(std::floor((rect.top() + 1) / m_bodyHeight)) + 1;
}

bool PagedDocument::paint(QPagedPaintDevice *device, const Progress &progress, const std::function<void()> &abort) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    int page = 0;
    for (const std::unique_ptr<QTextDocument> &owned : m_parts) {
        QTextDocument *part = owned.get();
        const int pages = std::max(1, part->pageCount());
        for (int p = 0; p < pages; ++p) {
            if (page > 0 && !device->newPage()) {
                painter.end();
                return false;
            }
            ++page;
            painter.save();
            painter.translate(0, m_bodyTop - p * m_bodyHeight);
            const QRectF body(0, p * m_bodyHeight, m_bodyWidth, m_bodyHeight);
            painter.setClipRect(body);
            QAbstractTextDocumentLayout::PaintContext context;
            // Qt paints a line that only touches the clip (a line that starts the next page, at the
            // very foot of this one; the last line of the page before, ending at this one's top):
            // clipped from sight but written into the PDF's text, where a search, a copy and
            // pdftotext would find it twice. The layout is told of a page a hair smaller.
            context.clip = body.adjusted(0, 0.5, 0, -0.5);
            // The document's own colours, never the desktop's (a dark theme's white text).
            context.palette.setColor(QPalette::Text, Qt::black);
            part->documentLayout()->draw(&painter, context);
            painter.restore();
            paintFrame(painter, page);
            if (progress && !progress(partCount() + qint64(page) * partCount() / m_pageCount, 2 * partCount())) {
                // A printer drops the job rather than print what was painted so far.
                if (abort)
                    abort();
                painter.end();
                return false;
            }
        }
    }
    return painter.end();
}

void PagedDocument::paintFrame(QPainter &painter, int page) const
{
    QPaintDevice *device = painter.device();
    const QFont font = documentFont(m_frame.fontFamily.isEmpty() ? m_fontFamily : m_frame.fontFamily, FramePointSize);
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font, device);
    const qreal width = m_bodyWidth;
    const qreal gap = pixels(3, device);
    const qreal half = width / 2 - gap;
    const auto text = [&](const QString &value, qreal x, qreal baseline, qreal room, Qt::Alignment align) {
        const QString shown = metrics.elidedText(value, Qt::ElideRight, room);
        const qreal left = align == Qt::AlignRight     ? x + room - metrics.horizontalAdvance(shown)
                           : align == Qt::AlignHCenter ? x + (room - metrics.horizontalAdvance(shown)) / 2
                                                       : x;
        painter.drawText(QPointF(left, baseline), shown);
    };
    painter.setPen(FrameText);
    // Header: what the report is, and of what.
    const qreal headerBaseline = m_frameHeight - gap - metrics.descent() - pixels(1.5, device);
    text(m_frame.headerLeft, 0, headerBaseline, half, Qt::AlignLeft);
    text(m_frame.headerRight, width - half, headerBaseline, half, Qt::AlignRight);
    // Footer: the confidentiality and the register state, when it was made, which page.
    const qreal footerTop = m_bodyTop + m_bodyHeight + gap;
    const qreal footerBaseline = footerTop + pixels(1.5, device) + metrics.ascent();
    const QString pageText = m_frame.pageText.arg(page).arg(m_pageCount);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + gap;
    const qreal third = (width - pageWidth) / 2;
    text(m_frame.footerLeft, 0, footerBaseline, third - gap, Qt::AlignLeft);
    text(m_frame.footerCentre, third, footerBaseline, third, Qt::AlignHCenter);
    text(pageText, width - pageWidth, footerBaseline, pageWidth, Qt::AlignRight);
    QPen rule(FrameRule);
    rule.setWidthF(pixels(0.2, device));
    painter.setPen(rule);
    painter.drawLine(QPointF(0, m_frameHeight - gap), QPointF(width, m_frameHeight - gap));
    painter.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
    painter.restore();
}

} // namespace Custodian::Reports
