#pragma once

#include <QList>
#include <QMarginsF>
#include <QString>
#include <QStringList>
#include <QTextBlock>

#include <functional>
#include <memory>
#include <vector>

class QTextTable;

class QFont;
class QPagedPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;

namespace Custodian::Reports {

// A document of several parts, each a QTextDocument that starts on a new page, laid out for one
// paint device (a PDF writer, a printer, the print preview) and painted page by page with a running
// header and footer, which Qt's text layout does not have: what every report is made of.
//
// The parts are laid out on the device's page less the header and the footer. A heading that would
// stand at the foot of a page without room for what follows it starts the next page. Tables keep
// the header rows their format names (QTextTableFormat::headerRowCount) on every page.
class PagedDocument
{
public:
    // The running header and footer: each a left and a right text; pageText has %1 for the page's
    // number and %2 for the number of pages ("Page %1 of %2").
    struct Frame
    {
        QString headerLeft;
        QString headerRight;
        QString footerLeft;
        QString footerCentre;
        QString pageText;
        QString fontFamily;
    };

    PagedDocument();
    ~PagedDocument();
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    void setFrame(const Frame &frame) { m_frame = frame; }
    const Frame &frame() const { return m_frame; }
    // The default font and style sheet of every part added after the call.
    void setStyle(const QString &fontFamily, qreal pointSize, const QString &styleSheet);
    QString styleSheet() const;
    QFont font() const;

    // A new part, empty, owned by this document; it starts on a new page.
    QTextDocument *addPart();
    // A part made of HTML in Qt's rich-text subset.
    QTextDocument *addHtmlPart(const QString &html);
    qsizetype partCount() const { return qsizetype(m_parts.size()); }
    QTextDocument *part(qsizetype index) const;
    // The HTML a part was made of (empty for a part made otherwise): for the formats that are not
    // laid out in pages (HTML, ODT).
    QString source(qsizetype index) const { return m_sources.value(index); }

    // Told how far a layout or a painting is (done of total, in parts and pages); answering false
    // stops it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Lays every part out for the device's page (its layout's paint rectangle) and returns the
    // number of pages, or -1 when progress stopped it or the page has too little room for text.
    // Call again after a part changed.
    int layout(QPagedPaintDevice *device, const Progress &progress = {});
    int pageCount() const { return m_pageCount; }
    // The page (1-based) on which a block of a part stands, after layout().
    int pageOf(qsizetype part, const QTextBlock &block) const;

    // Paints every page onto the device, which layout() was last given; false when the device
    // cannot be painted on (a file that cannot be written) or progress stopped it, in which case
    // abort is called first (a printer's abort(), so that nothing is printed).
    bool paint(QPagedPaintDevice *device, const Progress &progress = {}, const std::function<void()> &abort = {}) const;
    // Lets go of the device the parts were laid out for (it may be gone after writing): the next
    // layout() lays every part out again.
    void release();
    // No parts.
    void clear();

private:
    static void releaseHeadings(QTextDocument *part);
    void keepHeadingsWithText(QTextDocument *part, qreal pageHeight) const;
    static void keepLinesOnTheirPage(QTextDocument *part, const QTextBlock &block, qreal pageHeight);
    static void keepRowsOnTheirPage(QTextDocument *part, QTextTable *table, qreal pageHeight);
    void paintFrame(QPainter &painter, int page) const;

    std::vector<std::unique_ptr<QTextDocument>> m_parts;
    QStringList m_sources;
    QList<int> m_firstPage; // per part, 0-based
    Frame m_frame;
    QString m_fontFamily;
    qreal m_pointSize = 10;
    QString m_styleSheet;
    int m_pageCount = 0;
    qreal m_bodyTop = 0;    // device pixels from the paint rectangle's top
    qreal m_bodyHeight = 0; // per page
    qreal m_bodyWidth = 0;
    qreal m_frameHeight = 0; // the header's and the footer's
};

} // namespace Custodian::Reports
