// The reports (issue #9): the register report and the activity sheet as PDF/A-1b, read back as a
// reader and an auditor's tools would (poppler's pdftotext, pdfinfo, pdffonts): every value of
// every activity of the demo register in the text, in both languages; every page with its header
// and footer; the contents pointing at the right pages; a table's header on each page it spans; the
// same register state giving the same text; nothing in the register changed by making a report.
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

#include "DocumentLanguage.h"
#include "RegisterTestSupport.h"
#include "exchange/Table.h"
#include "exchange/Tabular.h"
#include "exchange/Zip.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "reports/PagedDocument.h"
#include "reports/Report.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using RegisterTest::TestRegister;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF (or of one page of it) as pdftotext reads it, every run of white space one space.
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    // In the order it was drawn: a cell's lines together, not mixed with its neighbours' by position.
    arguments << QStringLiteral("-raw") << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments).simplified();
}

// Text as compared: without white space, for a value wraps where its cell ends, and without
// hyphens, for pdftotext joins a word broken after one ("e-" "mail" gives "email").
QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    return text.remove(space);
}

// Whether the words of text appear in haystack in their order, whatever stands between them: a
// passage broken across pages has the running header and footer between its parts, and (Qt draws
// the last line before a page break again, clipped, when it paints the next page) that line twice.
bool containsInOrder(const QString &haystack, const QString &text)
{
    qsizetype from = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts)) {
        from = haystack.indexOf(word, from);
        if (from < 0)
            return false;
        from += word.size();
    }
    return true;
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

// Every value a list holds, as the report writes it: days in words, numbers in the language's way,
// each line of a list of values on its own. Numbers 0 mean "none" and are not written.
QStringList expectedValues(const Exchange::Table &table, const DocumentLanguage &language, const QString &owner)
{
    QStringList values;
    const int uuidColumn =
        int(std::find_if(table.columns.cbegin(), table.columns.cend(),
                         [](const Exchange::TableColumn &column) {
                             return column.key == QLatin1String("uuid") || column.key == QLatin1String("_ownerUuid");
                         }) -
            table.columns.cbegin());
    for (const QVariantList &row : table.rows) {
        if (row.at(uuidColumn).toString() != owner)
            continue;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString key = table.columns.at(i).key;
            // The DPO's notes are never printed (tested below).
            if (key == QLatin1String("uuid") || key.startsWith(u'_') || key == QLatin1String("dpoNotes"))
                continue;
            const QVariant &cell = row.at(i);
            if (cell.typeId() == QMetaType::QDate)
                values << language.longDate(cell.toDate());
            else if (cell.typeId() == QMetaType::LongLong && cell.toLongLong() != 0)
                values << language.locale().toString(cell.toLongLong());
            else if (cell.typeId() == QMetaType::QString)
                for (const QString &line : cell.toString().split(u'\n', Qt::SkipEmptyParts))
                    values << line.simplified();
        }
    }
    return values;
}

// The contents (page 2) as laid out: each entry's text and page, in order.
QList<std::pair<QString, int>> contentsOf(const QString &path)
{
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                          QStringLiteral("-l"), QStringLiteral("2"), path, QStringLiteral("-")});
    static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
    QList<std::pair<QString, int>> entries;
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch match = entry.match(line);
        if (match.hasMatch())
            entries.append({match.captured(1), match.captured(2).toInt()});
    }
    return entries;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerReportHoldsEveryValueOfEveryActivity_data();
    void registerReportHoldsEveryValueOfEveryActivity();
    void pdfIsPdfA1bWithEmbeddedFonts();
    void everyPageCarriesTheFrame();
    void contentsNameThePagesOfTheActivities();
    void aTableRepeatsItsHeaderOnEveryPage();
    void noTextStandsOutsideThePageBody();
    void noLineCrossesAPageBreak();
    void agreementsShowTheirSupplierFile();
    void aLongPartKeepsEveryLineOnItsPage();
    void theSameStateGivesTheSameText();
    void activitySheet();
    void anUnknownActivityIsNotFound();
    void anUnwritableFileLeavesNothing();
    void oneReportWrittenTwice();
    void stoppingLeavesTheOldFile();
    void commandLine();
    void everyKindInBothLanguages_data();
    void everyKindInBothLanguages();
    void findingsSpeakTheDocumentsLanguage();
    void aDocumentScopeLeavesTheUiLanguageAlone();
    void historyOfAPeriod();
    void requestLogCountsAnswersOnTime();
    void breachRegisterNamesTheUnnotified();
    void aReversedPeriodIsRefused();
    void commandLineKindsAndPeriods();
    void htmlIsAPlainWebPage();
    void odtIsAnOpenDocumentText();

private:
    // Builds and writes a report; the path of the PDF.
    QString write(const Reports::Request &request, const QString &name, Reports::Report *report = nullptr);

    std::unique_ptr<TestRegister> m_register;
    QTemporaryDir m_dir;
    QString m_english; // the register report in English
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    QVERIFY_OK(Register::DemoRegister::write(m_register->database()));
    m_english = write(Reports::Request{}, QStringLiteral("register-en.pdf"));
    QVERIFY(!m_english.isEmpty());
}

QString TestReports::write(const Reports::Request &request, const QString &name, Reports::Report *given)
{
    Reports::Report own;
    Reports::Report *report = given ? given : &own;
    const Status built = Reports::Report::build(m_register->database(), request, report);
    if (!built) {
        qWarning() << RegisterTest::describe(built);
        return {};
    }
    const QString path = m_dir.filePath(name);
    const Status written = report->writePdf(path);
    if (!written) {
        qWarning() << RegisterTest::describe(written);
        return {};
    }
    return path;
}

void TestReports::registerReportHoldsEveryValueOfEveryActivity_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
}

void TestReports::registerReportHoldsEveryValueOfEveryActivity()
{
    QFETCH(QString, language);
    Reports::Request request;
    request.language = language;
    const QString path =
        language == QLatin1String("en") ? m_english : write(request, QStringLiteral("register-nl.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = withoutSpace(pdfText(path));

    // What the register holds of its activities, in the report's language.
    const DocumentLanguage document(language);
    QList<Exchange::Table> tables;
    Storage::HistoryHead state;
    QVERIFY_OK(Exchange::Tabular::exportLists(m_register->database(), {Domain::EntityKind::ProcessingActivity},
                                              document, &tables, &state));
    // Each activity's values on its own pages: from its entry in the contents to the next entry.
    const QList<std::pair<QString, int>> contents = contentsOf(path);
    const Exchange::Table *activities = nullptr;
    for (const Exchange::Table &table : std::as_const(tables)) {
        if (table.key == QLatin1String("activity"))
            activities = &table;
    }
    QVERIFY(activities);
    int checked = 0;
    int nameColumn = -1;
    for (int column = 0; column < activities->columns.size(); ++column) {
        if (activities->columns.at(column).key == QLatin1String("name"))
            nameColumn = column;
    }
    QVERIFY(nameColumn > 0);
    for (int row = 0; row < activities->rows.size(); ++row) {
        const QString uuid = activities->rows.at(row).at(0).toString();
        const QString name = activities->rows.at(row).at(nameColumn).toString();
        const auto at =
            std::find_if(contents.cbegin(), contents.cend(), [&name](const auto &e) { return e.first == name; });
        QVERIFY2(at != contents.cend(), qPrintable(name));
        const int first = at->second;
        const int last = std::next(at) == contents.cend() ? pdfPages(path) : std::max(first, std::next(at)->second - 1);
        QString pages;
        for (int page = first; page <= last; ++page)
            pages += pdfText(path, page);
        pages = withoutSpace(pages);
        QVERIFY2(pages.contains(withoutSpace(name)), qPrintable(name));
        for (const Exchange::Table &table : std::as_const(tables)) {
            // Extra fields from imports are not what the register records: left out (below).
            if (table.key.endsWith(QLatin1String(".extraFields")))
                continue;
            for (const QString &value : expectedValues(table, document, uuid)) {
                QVERIFY2(pages.contains(withoutSpace(value)),
                         qPrintable(QStringLiteral("%1, pages %2-%3, %4: \"%5\" is missing")
                                        .arg(name)
                                        .arg(first)
                                        .arg(last)
                                        .arg(table.key, value)));
                ++checked;
            }
        }
    }
    // The field labels too: the report names each value in its language. Not the DPO's notes, which
    // are never printed, nor "based on", which is not worth a "Not recorded" when empty, nor the
    // controlling administrative body of an organisation that is no public body (the demo's).
    for (const Exchange::TableColumn &column : activities->columns) {
        if (column.key == QLatin1String("dpoNotes") || column.key == QLatin1String("basedOn"))
            continue;
        if (column.key == QLatin1String("controllerBodyUuids")) {
            QVERIFY2(!text.contains(withoutSpace(column.header)), qPrintable(column.header));
            continue;
        }
        if (column.key != QLatin1String("uuid") && column.key != QLatin1String("name"))
            QVERIFY2(text.contains(withoutSpace(column.header)),
                     qPrintable(QStringLiteral("label \"%1\" (%2) is missing").arg(column.header, column.key)));
    }
    QVERIFY(activities->rows.size() >= 3);
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    // The demo's first activity has extra fields from an import: neither they nor their absence
    // elsewhere ("Not recorded") are printed.
    QVERIFY(!text.contains(QStringLiteral("AVG-03")));
    // Nor are the DPO's notes on it.
    QVERIFY(!text.contains(withoutSpace(document.translate(
        "Custodian::Register::DemoRegister", "Ask sales whether prospects who never became customers can be deleted "
                                             "after two years instead of five."))));
    QVERIFY(!text.contains(withoutSpace(document.translate("Custodian::Fields", "DPO notes (not public)"))));
    QVERIFY(!text.contains(withoutSpace(document.translate("Custodian::Fields", "Extra fields (from imports)"))));
    // The report's own words are the language's too.
    if (language == QLatin1String("nl")) {
        QVERIFY(text.contains(QStringLiteral("Registervanverwerkingsactiviteiten")));
        QVERIFY(text.contains(QStringLiteral("Pagina1van")));
        QVERIFY(text.contains(QStringLiteral("Doelenrechtsgrond")));
    } else {
        QVERIFY(text.contains(QStringLiteral("Registerofprocessingactivities")));
        QVERIFY(text.contains(QStringLiteral("Page1of")));
        QVERIFY(text.contains(QStringLiteral("Purposeandlawfulbasis")));
    }
}

// No validator is packaged for Debian: the checks PDF/A-1b allows without one (docs/design/reports-qt-pdf.md §8).
void TestReports::pdfIsPdfA1bWithEmbeddedFonts()
{
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), m_english});
    QVERIFY2(meta.contains(QStringLiteral("pdfaid:part=\"1\"")), qPrintable(meta));
    QVERIFY(meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    const QString info = run(QStringLiteral("pdfinfo"), {m_english});
    QVERIFY(info.contains(QStringLiteral("Title:           Register of processing activities")));
    QVERIFY(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));

    QFile file(m_english);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-1.4"));
    QVERIFY(bytes.contains("/OutputIntents ["));
    QVERIFY(bytes.contains("/S/GTS_PDFA1"));
    // No transparency: no partial alpha, no soft mask, no transparency group; nothing embedded, no encryption.
    QVERIFY(
        !QRegularExpression(QStringLiteral("/(ca|CA) 0(\\.\\d+)?\\s")).match(QString::fromLatin1(bytes)).hasMatch());
    QVERIFY(!QRegularExpression(QStringLiteral("/SMask \\d+ 0 R")).match(QString::fromLatin1(bytes)).hasMatch());
    QVERIFY(!bytes.contains("/Transparency"));
    QVERIFY(!bytes.contains("/EmbeddedFiles"));
    QVERIFY(!bytes.contains("/Encrypt"));

    // Every font embedded, with a map to Unicode; the report's own typeface, not the machine's.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {m_english}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        const QStringList columns = line.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7, qPrintable(line));
        QVERIFY2(columns.at(0).startsWith(QLatin1String("Carlito")), qPrintable(line));
        // "Carlito CID TrueType Identity-H yes no yes 11 0": emb, sub, uni, object, generation.
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes")); // emb
        QCOMPARE(columns.at(columns.size() - 3), QStringLiteral("yes")); // uni
    }
}

void TestReports::everyPageCarriesTheFrame()
{
    Storage::HistoryHead head;
    QVERIFY_OK(Storage::HistoryChain::readHead(m_register->database().connection(), &head));
    QVERIFY(head.count > 0);
    const int pages = pdfPages(m_english);
    QVERIFY(pages > 10);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_english, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Voorbeeldsoft B.V. · Register of processing activities")));
        QVERIFY(text.contains(QStringLiteral("Confidential · Register state %1").arg(head.shortText())));
        QVERIFY(text.contains(QStringLiteral("Generated ")));
    }
}

void TestReports::contentsNameThePagesOfTheActivities()
{
    QList<Domain::ProcessingActivity> activities;
    QVERIFY_OK(Register::ActivityService(m_register->database()).list(&activities));
    // As laid out on the page: each entry and its page number on one line.
    const QString contents =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                          QStringLiteral("-l"), QStringLiteral("2"), m_english, QStringLiteral("-")});
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    for (const Domain::ProcessingActivity &activity : std::as_const(activities)) {
        const QRegularExpression entry(QRegularExpression::escape(activity.name) + QStringLiteral(" +(\\d+)\n"));
        const QRegularExpressionMatch match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(activity.name));
        const int page = match.captured(1).toInt();
        // The activity starts its page: its name is the first text of the page's body (drawn
        // before the running header and footer).
        const QString text = pdfText(m_english, page);
        QVERIFY2(text.startsWith(activity.name),
                 qPrintable(QStringLiteral("%1 on page %2: %3").arg(activity.name).arg(page).arg(text.left(200))));
    }
}

// The retention schedule of the demo (its catalogue) spans pages: each of them starts with the header row.
void TestReports::aTableRepeatsItsHeaderOnEveryPage()
{
    const int pages = pdfPages(m_english);
    int first = 0;
    int last = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_english, page);
        if (text.contains(QStringLiteral("Retention schedule (Art. 30(1)(f))")) &&
            !text.contains(QStringLiteral("Contents")))
            first = page;
        if (first && !last && text.contains(QStringLiteral("Security measures (Art. 30(1)(g), Art. 32)")))
            last = page - 1;
    }
    QVERIFY(first > 0);
    QVERIFY2(last > first, "the schedule should span pages");
    for (int page = first; page <= last; ++page) {
        const QString text = pdfText(m_english, page);
        QVERIFY2(text.contains(QStringLiteral("Name Period Counted from Basis Legal source Legal hold")),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(300))));
        QVERIFY2(text.contains(QStringLiteral("Legal source")), qPrintable(QStringLiteral("page %1").arg(page)));
    }
}

namespace {

// The first word of a report's PDF written outside the header, the footer and the page's body
// ("" when there is none), and how many words it has: a line painted where it is clipped from sight
// (a heading that starts the next page, drawn again at the foot of this one) is in the PDF's text,
// where a search, a copy and a screen reader would find it twice.
std::pair<QString, int> wordOutsideTheBody(const QString &path)
{
    const QString boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)<"));
    // A4 in points; the page's margins (12 mm above, 10 mm below) and the header's and the footer's
    // bands (11 mm each) around the body; 2 points for a glyph's box beyond its line.
    constexpr double PointsPerMillimetre = 72 / 25.4;
    const double bodyTop = (12 + 11) * PointsPerMillimetre - 2;
    const double bodyBottom = (297 - 10 - 11) * PointsPerMillimetre + 2;
    const double headerBottom = bodyTop - 6;
    const double footerTop = bodyBottom + 8;
    int words = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(boxes);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const double top = match.captured(1).toDouble();
        const double bottom = match.captured(2).toDouble();
        ++words;
        if (bottom <= headerBottom || top >= footerTop)
            continue; // the header's and the footer's text
        if (top < bodyTop || bottom > bodyBottom)
            return {QStringLiteral("\"%1\" at %2–%3 pt").arg(match.captured(3)).arg(top).arg(bottom), words};
    }
    return {QString(), words};
}

} // namespace

void TestReports::noTextStandsOutsideThePageBody()
{
    const auto [outside, words] = wordOutsideTheBody(m_english);
    QVERIFY2(outside.isEmpty(), qPrintable(outside));
    QVERIFY(words > 1000);
}

// The agreements chapter names the model and lists the supplier file; a list the register need not
// fill (annexes; reports and reviews beyond our suppliers) is neither "not recorded" nor an empty
// caption.
void TestReports::agreementsShowTheirSupplierFile()
{
    const QString text = run(QStringLiteral("pdftotext"), {m_english, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("NLdigital Data Pro Code")));
    QVERIFY(text.contains(QStringLiteral("Data Pro Statement")));
    const auto lines = [&text](const QString &line) {
        return int(
            text.count(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(line) + QStringLiteral("$"),
                                          QRegularExpression::MultilineOption)));
    };
    QCOMPARE(lines(QStringLiteral("Annexes")), 1);                 // the CRM agreement's only
    QCOMPARE(lines(QStringLiteral("Yearly supplier reviews")), 5); // the five suppliers'
    QCOMPARE(lines(QStringLiteral("Assurance reports and certificates")), 5);
    static const QRegularExpression notRecorded(QStringLiteral("Not recorded:[^.]*\\."));
    for (QRegularExpressionMatchIterator it = notRecorded.globalMatch(QString(text).replace(u'\n', u' '));
         it.hasNext();) {
        const QString found = it.next().captured(0);
        QVERIFY2(!found.contains(QLatin1String("Annexes")) && !found.contains(QLatin1String("supplier reviews")),
                 qPrintable(found));
    }
}

// The layout itself: no line of any part starts on one page and ends on the next (it would be
// painted across the foot of the page, under the footer).
void TestReports::noLineCrossesAPageBreak()
{
    Reports::Report report;
    QVERIFY_OK(Reports::Report::build(m_register->database(), Reports::Request{}, &report));
    // Laid out as writePdf() lays it out: A4 at 600 dpi with the report's margins.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(22, 12, 20, 10), QPageLayout::Millimeter);
    Reports::PagedDocument &document = report.document();
    QVERIFY(document.layout(&writer) > 0);
    int lines = 0;
    for (qsizetype i = 0; i < document.partCount(); ++i) {
        QTextDocument *part = document.part(i);
        const qreal page = part->pageSize().height();
        QVERIFY(page > 0);
        QAbstractTextDocumentLayout *layout = part->documentLayout();
        for (QTextBlock block = part->begin(); block.isValid(); block = block.next()) {
            const QRectF rect = layout->blockBoundingRect(block);
            const QTextLayout *text = block.layout();
            // A paragraph of the flow shorter than a page stands on one page: split, Qt would write
            // its line above a page's top into that page's text too, hidden under the header.
            if (text->lineCount() > 0 && !QTextCursor(block).currentTable() && rect.height() < page) {
                const qreal top = rect.top() + text->lineAt(0).y();
                const QTextLine last = text->lineAt(text->lineCount() - 1);
                const qreal bottom = rect.top() + last.y() + last.height();
                QVERIFY2(
                    int(std::floor(top / page)) == int(std::floor((bottom - 0.01) / page)),
                    qPrintable(
                        QStringLiteral("part %1, \"%2\" is split over two pages").arg(i).arg(block.text().left(40))));
            }
            for (int l = 0; l < text->lineCount(); ++l) {
                const QTextLine line = text->lineAt(l);
                const qreal top = rect.top() + line.y();
                const qreal bottom = top + line.height();
                ++lines;
                const int first = int(std::floor(top / page));
                const int last = int(std::floor((bottom - 0.01) / page));
                QVERIFY2(first == last, qPrintable(QStringLiteral("part %1, \"%2\": %3–%4, page height %5")
                                                       .arg(i)
                                                       .arg(block.text().left(40))
                                                       .arg(top)
                                                       .arg(bottom)
                                                       .arg(page)));
            }
        }
    }
    QVERIFY(lines > 1000);
    document.release();
}

// A part of hundreds of pages (the findings of a large register are one): each page painted where
// Qt's layout broke it, to the last page, with no line twice and none lost. (Painted at multiples of
// a page height Qt rounds otherwise, the pages drifted from its breaks by a fraction of a pixel each,
// until lines came out on two pages.)
void TestReports::aLongPartKeepsEveryLineOnItsPage()
{
    Reports::PagedDocument document;
    document.setStyle(Reports::reportFontFamily(), 10, QString());
    document.setFrame({QStringLiteral("Header"), QStringLiteral("Scope"), QStringLiteral("Footer"),
                       QStringLiteral("Centre"), QStringLiteral("Page %1 of %2"), QString()});
    QTextCursor cursor(document.addPart());
    constexpr int Lines = 16000;
    for (int i = 1; i <= Lines; ++i) {
        if (i > 1)
            cursor.insertBlock();
        cursor.insertText(QStringLiteral("Line%1").arg(i));
    }
    const QString path = m_dir.filePath(QStringLiteral("long-part.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(22, 12, 20, 10), QPageLayout::Millimeter);
        QVERIFY(document.layout(&writer) > 250);
        QVERIFY(document.paint(&writer));
        document.release();
    }
    const auto [outside, words] = wordOutsideTheBody(path);
    QVERIFY2(outside.isEmpty(), qPrintable(outside));
    const QStringList text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).split(u'\n');
    QHash<QString, int> seen;
    for (const QString &line : text) {
        if (line.startsWith(QLatin1String("Line")))
            ++seen[line.trimmed()];
    }
    QCOMPARE(seen.size(), Lines);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
}

void TestReports::theSameStateGivesTheSameText()
{
    Storage::HistoryHead before;
    QVERIFY_OK(Storage::HistoryChain::readHead(m_register->database().connection(), &before));
    Reports::Report report;
    const QString again = write(Reports::Request{}, QStringLiteral("register-en-again.pdf"), &report);
    QVERIFY(!again.isEmpty());
    QCOMPARE(report.state(), before);
    // Only the moment it was made may differ. The footers are left out: where a page's table ends
    // beside the footer, pdftotext reads the footer before or after the table's last column depending
    // on the width of the minute printed in it (every page's frame is checked on its own, above).
    static const QRegularExpression generated(QStringLiteral("Generated \\d+ \\w+ \\d{4} \\d\\d:\\d\\d"));
    static const QRegularExpression footer(
        QStringLiteral("Confidential · Register state \\d+ · [0-9a-f]+|Page \\d+ of \\d+"));
    QString first = pdfText(m_english);
    QString second = pdfText(again);
    for (QString *text : {&first, &second})
        *text = text->replace(generated, QStringLiteral(" ")).replace(footer, QStringLiteral(" ")).simplified();
    QVERIFY(first.size() > 10000);
    QVERIFY(!first.contains(QStringLiteral("Page 1 of")) && !first.contains(QStringLiteral("Confidential · Register")));
    QCOMPARE(second, first);
    // Making a report changed nothing.
    Storage::HistoryHead after;
    QVERIFY_OK(Storage::HistoryChain::readHead(m_register->database().connection(), &after));
    QCOMPARE(after, before);
}

void TestReports::activitySheet()
{
    QList<Domain::ProcessingActivity> activities;
    QVERIFY_OK(Register::ActivityService(m_register->database()).list(&activities));
    QVERIFY(!activities.isEmpty());
    const Domain::ProcessingActivity &activity = activities.constFirst();
    Reports::Request request;
    request.kind = Reports::Kind::Activity;
    request.uuid = activity.uuid;
    request.language = QStringLiteral("nl");
    request.confidentiality = QStringLiteral("Intern");
    Reports::Report report;
    const QString path = write(request, QStringLiteral("activity-nl.pdf"), &report);
    QVERIFY(!path.isEmpty());
    QCOMPARE(report.scope(), activity.name);
    const QString text = pdfText(path);
    QVERIFY(text.contains(activity.name));
    QVERIFY(text.contains(activity.purpose.simplified()));
    QVERIFY(text.contains(QStringLiteral("Intern · Registerstand")));
    // Only this activity.
    for (const Domain::ProcessingActivity &other : std::as_const(activities)) {
        if (other.uuid != activity.uuid)
            QVERIFY2(!text.contains(other.purpose.simplified()), qPrintable(other.name));
    }
    // One activity: a few pages (its record, with what the privacy statement says of it, then the
    // sheet's facts and the controller).
    QVERIFY2(pdfPages(path) <= 4, qPrintable(QString::number(pdfPages(path))));
}

void TestReports::anUnknownActivityIsNotFound()
{
    Reports::Request request;
    request.kind = Reports::Kind::Activity;
    request.uuid = QStringLiteral("0b6a4a4e-0000-4000-8000-000000000000");
    Reports::Report report;
    const Status status = Reports::Report::build(m_register->database(), request, &report);
    QCOMPARE(status.code(), Status::Code::NotFound);
}

void TestReports::anUnwritableFileLeavesNothing()
{
    Reports::Report report;
    QVERIFY_OK(Reports::Report::build(m_register->database(), Reports::Request{}, &report));
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Status status = report.writePdf(path);
    QCOMPARE(status.code(), Status::Code::IoError);
    QVERIFY(status.message().contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFileInfo::exists(path));
    // An existing file is replaced only by a whole report.
    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY_OK(report.writePdf(existing));
    QVERIFY(QFileInfo(existing).size() > 10000);
}

// A report laid out again for a second file (or a printer after a file) gives the same pages.
void TestReports::oneReportWrittenTwice()
{
    Reports::Report report;
    QVERIFY_OK(Reports::Report::build(m_register->database(), Reports::Request{}, &report));
    const QString first = m_dir.filePath(QStringLiteral("twice-1.pdf"));
    const QString second = m_dir.filePath(QStringLiteral("twice-2.pdf"));
    QVERIFY_OK(report.writePdf(first));
    const int pages = report.pageCount();
    QVERIFY_OK(report.writePdf(second));
    QCOMPARE(report.pageCount(), pages);
    QCOMPARE(pdfText(second), pdfText(first));
    // Built again into the same report: the same report, not two.
    QVERIFY_OK(Reports::Report::build(m_register->database(), Reports::Request{}, &report));
    const QString third = m_dir.filePath(QStringLiteral("twice-3.pdf"));
    QVERIFY_OK(report.writePdf(third));
    QCOMPARE(pdfPages(third), pages);
}

// Stop, while the pages are laid out or painted: Cancelled, and a file that was there is as it was.
void TestReports::stoppingLeavesTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the report of last year");
    old.close();
    for (const qint64 stopAt : {qint64(1), qint64(-1)}) {
        Reports::Report report;
        QVERIFY_OK(Reports::Report::build(m_register->database(), Reports::Request{}, &report));
        qint64 calls = 0;
        qint64 lastTotal = 0;
        const Status status = report.writePdf(path, [&](qint64 done, qint64 total) {
            ++calls;
            lastTotal = total;
            // 1: at the first part laid out; -1: in the painting, past half of the work.
            return stopAt > 0 ? done < stopAt : done <= total / 2;
        });
        QCOMPARE(status.code(), Status::Code::Cancelled);
        QVERIFY(calls > 0);
        QVERIFY(lastTotal > 0);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the report of last year"));
        old.close();
    }
}

// custodian-cli report, on a register file of its own (whatever store the test runs on).
void TestReports::commandLine()
{
    const QString cli = QStringLiteral(CUSTODIAN_CLI_PATH);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("cli report test passphrase"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses offscreen itself
    const auto cliRun = [&](const QStringList &arguments, QString *out = nullptr, QString *err = nullptr) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(cli, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    const QString file = m_dir.filePath(QStringLiteral("cli.cstd"));
    QCOMPARE(cliRun({QStringLiteral("demo"), file}), 0);
    const QString pdf = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    QString out;
    QString err;
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--lang"), QStringLiteral("nl"),
                     QStringLiteral("-o"), pdf},
                    &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("page")), qPrintable(out + err));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Register van verwerkingsactiviteiten")));
    // Never over an existing file; wrong usage is 2.
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("-o"), pdf}, nullptr, &err), 1);
    QVERIFY(err.contains(QStringLiteral("already exists")));
    const QString other = m_dir.filePath(QStringLiteral("other.pdf"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("poster"),
                     QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("activity"),
                     QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--lang"), QStringLiteral("fr"),
                     QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("activity"),
                     QStringLiteral("--uuid"), QStringLiteral("0b6a4a4e-0000-4000-8000-000000000000"),
                     QStringLiteral("-o"), other}),
             1);
    QVERIFY(!QFileInfo::exists(other));
}

void TestReports::everyKindInBothLanguages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words"); // the title and a heading in the language
    const auto row = [](Reports::Kind kind, const char *language, const QStringList &words) {
        QTest::addRow("%s-%s", qPrintable(Reports::kindName(kind)), language)
            << int(kind) << QString::fromLatin1(language) << words;
    };
    row(Reports::Kind::Processor, "en", {QStringLiteral("Processing as a processor (Art. 30(2))")});
    row(Reports::Kind::Processor, "nl", {QStringLiteral("Verwerkingen als verwerker (art. 30 lid 2 AVG)")});
    row(Reports::Kind::Agreements, "en",
        {QStringLiteral("Processing agreements (Art. 28)"), QStringLiteral("Sub-processors (Art. 28(2) and (4))")});
    row(Reports::Kind::Agreements, "nl",
        {QStringLiteral("Verwerkersovereenkomsten (art. 28 AVG)"),
         QStringLiteral("Subverwerkers (art. 28 lid 2 en 4 AVG)")});
    row(Reports::Kind::Transfers, "en", {QStringLiteral("Transfers to third countries")});
    row(Reports::Kind::Transfers, "nl", {QStringLiteral("Doorgiften naar derde landen")});
    row(Reports::Kind::Retention, "en", {QStringLiteral("Retention schedule (Art. 30(1)(f))")});
    row(Reports::Kind::Retention, "nl", {QStringLiteral("Bewaartermijnen (art. 30 lid 1 onder f AVG)")});
    row(Reports::Kind::Measures, "en", {QStringLiteral("Security measures (Art. 30(1)(g), Art. 32)")});
    row(Reports::Kind::Measures, "nl",
        {QStringLiteral("Beveiligingsmaatregelen (art. 30 lid 1 onder g, art. 32 AVG)")});
    row(Reports::Kind::Findings, "en", {QStringLiteral("Completeness findings")});
    row(Reports::Kind::Findings, "nl", {QStringLiteral("Bevindingen van de volledigheidscontrole")});
    row(Reports::Kind::History, "en", {QStringLiteral("History of changes"), QStringLiteral("Created")});
    row(Reports::Kind::History, "nl", {QStringLiteral("Wijzigingsgeschiedenis"), QStringLiteral("Aangemaakt")});
    row(Reports::Kind::Requests, "en",
        {QStringLiteral("Data-subject request log"), QStringLiteral("Answered on time")});
    row(Reports::Kind::Requests, "nl",
        {QStringLiteral("Logboek van verzoeken van betrokkenen"), QStringLiteral("Op tijd beantwoord")});
    row(Reports::Kind::Breaches, "en",
        {QStringLiteral("Breach register (Art. 33(5))"), QStringLiteral("Breaches not notified, and why")});
    row(Reports::Kind::Breaches, "nl",
        {QStringLiteral("Register van datalekken (art. 33 lid 5 AVG)"),
         QStringLiteral("Niet gemelde datalekken en waarom")});
}

// Each kind: made, written as PDF/A, its title on the first page and in every page's header, its
// own words in the document's language, and the items it covers named.
void TestReports::everyKindInBothLanguages()
{
    QFETCH(int, kind);
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    Reports::Request request;
    request.kind = Reports::Kind(kind);
    request.language = language;
    Reports::Report report;
    const QString path =
        write(request, QStringLiteral("%1-%2.pdf").arg(Reports::kindName(request.kind), language), &report);
    QVERIFY(!path.isEmpty());
    const QString text = withoutSpace(pdfText(path));
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(withoutSpace(word)), qPrintable(word));
    QCOMPARE(pdfPages(path), report.pageCount());
    // (Page one: on a later page the text layer also holds, clipped, the last line of a table row
    // broken at the page's foot, which pdftotext mixes into the header.)
    const QString header = withoutSpace(pdfText(path, 1));
    QVERIFY2(header.contains(withoutSpace(report.title())), qPrintable(report.title()));
    QVERIFY(header.contains(withoutSpace(report.state().shortText())));

    // What each kind covers, by name.
    Storage::Store &store = m_register->database();
    QStringList names;
    switch (request.kind) {
    case Reports::Kind::Processor: {
        QList<Domain::ProcessorActivity> items;
        QVERIFY_OK(Register::ProcessorActivityService(store).list(&items));
        for (const auto &item : std::as_const(items))
            names << item.name;
        break;
    }
    case Reports::Kind::Agreements: {
        QList<Domain::Agreement> items;
        QVERIFY_OK(Register::AgreementService(store).list(&items));
        for (const auto &item : std::as_const(items))
            names << item.title;
        break;
    }
    case Reports::Kind::Retention: {
        QList<Domain::RetentionRule> items;
        QVERIFY_OK(Register::RetentionRuleService(store).list(&items));
        for (const auto &item : std::as_const(items))
            names << item.name;
        break;
    }
    case Reports::Kind::Measures: {
        QList<Domain::SecurityMeasure> items;
        QVERIFY_OK(Register::SecurityMeasureService(store).list(&items));
        for (const auto &item : std::as_const(items))
            names << item.title;
        break;
    }
    case Reports::Kind::Requests: {
        QList<Domain::RequestCase> items;
        QVERIFY_OK(Register::RequestService(store).list(&items));
        for (const auto &item : std::as_const(items)) {
            names << item.number;
            // The log names no requester.
            QVERIFY2(!text.contains(withoutSpace(item.requesterName)), qPrintable(item.requesterName));
        }
        break;
    }
    case Reports::Kind::Breaches: {
        QList<Domain::Breach> items;
        QVERIFY_OK(Register::BreachService(store).list(&items));
        for (const auto &item : std::as_const(items))
            names << item.number << item.summary;
        break;
    }
    default:
        break;
    }
    for (const QString &name : std::as_const(names))
        QVERIFY2(text.contains(withoutSpace(name)), qPrintable(name));
}

// The completeness check's findings, its dates and the kinds' names, in the report's language
// whatever the UI's: every message the check gives in that language is in the report.
void TestReports::findingsSpeakTheDocumentsLanguage()
{
    // Something to find: an activity without a purpose.
    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Findings probe");
    QVERIFY_OK(Register::ActivityService(m_register->database()).save(&activity));
    const auto cleanup =
        qScopeGuard([&] { QVERIFY_OK(Register::ActivityService(m_register->database()).remove(activity.uuid)); });
    Register::RegisterSnapshot snapshot;
    QVERIFY_OK(Register::RegisterSnapshot::load(m_register->database(), &snapshot));
    QList<Register::EntityFinding> english = Register::CompletenessCheck::run(snapshot, QDate::currentDate());
    QList<Register::EntityFinding> dutch;
    {
        const DocumentLanguage nl(QStringLiteral("nl"));
        const DocumentLanguage::Scope scope(nl);
        dutch = Register::CompletenessCheck::run(snapshot, QDate::currentDate());
    }
    QVERIFY(!dutch.isEmpty());
    QCOMPARE(dutch.size(), english.size());
    int translated = 0;
    for (qsizetype i = 0; i < dutch.size(); ++i)
        translated += dutch.at(i).finding.message != english.at(i).finding.message ? 1 : 0;
    QVERIFY2(translated == dutch.size(), qPrintable(QString::number(translated)));

    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        Reports::Request request;
        request.kind = Reports::Kind::Findings;
        request.language = language;
        const QString path = write(request, QStringLiteral("findings-%1.pdf").arg(language));
        QVERIFY(!path.isEmpty());
        const QString text = withoutSpace(pdfText(path));
        const QString words = pdfText(path);
        for (const Register::EntityFinding &finding : language == QLatin1String("nl") ? dutch : english)
            QVERIFY2(containsInOrder(words, finding.finding.message), qPrintable(finding.finding.message));
        QVERIFY(text.contains(withoutSpace(QStringLiteral("Findings probe"))));
        QVERIFY(text.contains(language == QLatin1String("nl") ? QStringLiteral("Verwerkingsactiviteiten")
                                                              : QStringLiteral("Processingactivities")));
    }
    // The register report ends with them.
    Reports::Request request;
    request.language = QStringLiteral("nl");
    const QString path = write(request, QStringLiteral("register-findings-nl.pdf"));
    QVERIFY(withoutSpace(pdfText(path)).contains(withoutSpace(dutch.constFirst().finding.message)));
}

// Outside a scope, and in another thread during one, tr() answers in the UI's language.
void TestReports::aDocumentScopeLeavesTheUiLanguageAlone()
{
    const char *source = QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Completeness findings");
    const QString english = QCoreApplication::translate("Custodian::Reports::Report", source);
    QCOMPARE(english, QStringLiteral("Completeness findings"));
    const DocumentLanguage nl(QStringLiteral("nl"));
    {
        const DocumentLanguage::Scope scope(nl);
        QCOMPARE(QCoreApplication::translate("Custodian::Reports::Report", source),
                 QStringLiteral("Bevindingen van de volledigheidscontrole"));
        QCOMPARE(DocumentLanguage::currentLocale().language(), QLocale::Dutch);
        QString elsewhere;
        std::unique_ptr<QThread> thread(
            QThread::create([&] { elsewhere = QCoreApplication::translate("Custodian::Reports::Report", source); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(elsewhere, english);
        {
            const DocumentLanguage en(QStringLiteral("en"));
            const DocumentLanguage::Scope inner(en);
            QCOMPARE(QCoreApplication::translate("Custodian::Reports::Report", source), english);
        }
        QCOMPARE(QCoreApplication::translate("Custodian::Reports::Report", source),
                 QStringLiteral("Bevindingen van de volledigheidscontrole"));
    }
    QCOMPARE(QCoreApplication::translate("Custodian::Reports::Report", source), english);
    QCOMPARE(DocumentLanguage::currentLocale(), QLocale());
}

// The changes of a period, named and described in the document's language; a requester's
// personal data withheld; a period before the register existed has none.
void TestReports::historyOfAPeriod()
{
    Reports::Request request;
    request.kind = Reports::Kind::History;
    request.language = QStringLiteral("nl");
    Reports::Report report;
    const QString path = write(request, QStringLiteral("history-nl.pdf"), &report);
    QVERIFY(!path.isEmpty());
    const QString text = withoutSpace(pdfText(path));
    QList<Domain::ProcessingActivity> activities;
    QVERIFY_OK(Register::ActivityService(m_register->database()).list(&activities));
    for (const Domain::ProcessingActivity &activity : std::as_const(activities))
        QVERIFY2(text.contains(withoutSpace(activity.name)), qPrintable(activity.name));
    QVERIFY(text.contains(QStringLiteral("Verwerkingsactiviteit")));
    QVERIFY(text.contains(QStringLiteral("Aangemaakt")));
    // A requester's name and contact are personal data: not in the history's report.
    QList<Domain::RequestCase> requests;
    QVERIFY_OK(Register::RequestService(m_register->database()).list(&requests));
    QVERIFY(!requests.isEmpty());
    for (const Domain::RequestCase &item : std::as_const(requests)) {
        QVERIFY2(!text.contains(withoutSpace(item.requesterName)), qPrintable(item.requesterName));
        QVERIFY2(!text.contains(withoutSpace(item.requesterContact)), qPrintable(item.requesterContact));
    }
    QVERIFY(text.contains(withoutSpace(QStringLiteral("persoonsgegevens van een betrokkene, hier niet getoond"))));
    // The period is the scope, on every page.
    QVERIFY(report.scope().contains(DocumentLanguage(QStringLiteral("nl")).longDate(QDate::currentDate())));

    request.from = QDate(2001, 1, 1);
    request.to = QDate(2001, 12, 31);
    request.language = QStringLiteral("en");
    const QString empty = write(request, QStringLiteral("history-2001.pdf"));
    QVERIFY(!empty.isEmpty());
    const QString none = withoutSpace(pdfText(empty));
    QVERIFY(none.contains(QStringLiteral("Nothingwaschangedinthisperiod.")));
    QVERIFY(none.contains(QStringLiteral("1January2001–31December2001")));
}

// The on-time rate and the median, counted again here from the cases themselves.
void TestReports::requestLogCountsAnswersOnTime()
{
    QList<Domain::RequestCase> requests;
    QVERIFY_OK(Register::RequestService(m_register->database()).list(&requests));
    int received = 0;
    int answered = 0;
    int onTime = 0;
    QList<qint64> days;
    for (const Domain::RequestCase &item : std::as_const(requests)) {
        ++received;
        if (item.responseOn.isValid()) {
            ++answered;
            onTime += item.responseOn <= item.actBy ? 1 : 0;
            days << item.receivedOn.daysTo(item.responseOn);
        }
    }
    QVERIFY(answered >= 1);
    QVERIFY(received > answered);
    Reports::Request request;
    request.kind = Reports::Kind::Requests;
    const QString path = write(request, QStringLiteral("requests-en.pdf"));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Requests received %1").arg(received)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Answered on time %1 of %2 (%3 %)")
                               .arg(onTime)
                               .arg(answered)
                               .arg(qRound(100.0 * onTime / answered))),
             qPrintable(text));
    std::sort(days.begin(), days.end());
    if (days.size() == 1)
        QVERIFY(text.contains(QStringLiteral("Median time to answer %1 day").arg(days.constFirst())));
    // A period that holds none of them.
    request.from = QDate(2001, 1, 1);
    request.to = QDate(2001, 12, 31);
    QVERIFY(pdfText(write(request, QStringLiteral("requests-2001.pdf")))
                .contains(QStringLiteral("No requests were received in this period.")));
}

// Art. 33(5): the breaches not notified, with the reasoning.
void TestReports::breachRegisterNamesTheUnnotified()
{
    QList<Domain::Breach> breaches;
    QVERIFY_OK(Register::BreachService(m_register->database()).list(&breaches));
    QVERIFY(!breaches.isEmpty());
    Reports::Request request;
    request.kind = Reports::Kind::Breaches;
    request.language = QStringLiteral("nl");
    const QString path = write(request, QStringLiteral("breaches-nl.pdf"));
    const QString text = withoutSpace(pdfText(path));
    int unnotified = 0;
    for (const Domain::Breach &breach : std::as_const(breaches)) {
        if (breach.notifyAp != QLatin1String("no"))
            continue;
        ++unnotified;
        QVERIFY(text.contains(withoutSpace(breach.notifyApReasoning)));
    }
    QVERIFY(unnotified >= 1);
    QVERIFY(
        text.contains(withoutSpace(QStringLiteral("Niet gemeld (geen risico, art. 33 lid 1 AVG) %1").arg(unnotified))));

    // One to be notified, its 72 hours gone: neither notified nor left out, but overdue.
    Domain::Breach late;
    late.summary = QStringLiteral("A lost laptop with the customer file");
    late.awareAt = QDateTime::currentDateTime().addDays(-4);
    late.detectedAt = late.awareAt;
    late.notifyAp = QStringLiteral("yes");
    QVERIFY_OK(Register::BreachService(m_register->database()).save(&late));
    const auto cleanup =
        qScopeGuard([&] { QVERIFY_OK(Register::BreachService(m_register->database()).remove(late.uuid)); });
    request.language = QStringLiteral("en");
    const QString english = pdfText(write(request, QStringLiteral("breaches-late-en.pdf")));
    QVERIFY2(english.contains(QStringLiteral("To be notified 1")), qPrintable(english));
    QVERIFY(english.contains(QStringLiteral("Of those, past the 72 hours (reasons for the delay, Art. 33(1)) 1")));
    QVERIFY(english.contains(QStringLiteral("To be notified: overdue")));
    QVERIFY(english.contains(QStringLiteral("Breaches %1").arg(breaches.size() + 1)));
}

void TestReports::aReversedPeriodIsRefused()
{
    Reports::Request request;
    request.kind = Reports::Kind::History;
    request.from = QDate(2026, 5, 2);
    request.to = QDate(2026, 5, 1);
    Reports::Report report;
    QCOMPARE(Reports::Report::build(m_register->database(), request, &report).code(), Status::Code::InvalidInput);
}

void TestReports::commandLineKindsAndPeriods()
{
    const QString cli = QStringLiteral(CUSTODIAN_CLI_PATH);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("cli report test passphrase"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const auto cliRun = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(cli, arguments);
        return process.waitForFinished(120000) ? process.exitCode() : -1;
    };
    const QString file = m_dir.filePath(QStringLiteral("cli-kinds.cstd"));
    QCOMPARE(cliRun({QStringLiteral("demo"), file}), 0);
    const QString pdf = m_dir.filePath(QStringLiteral("cli-requests.pdf"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("requests"),
                     QStringLiteral("--from"), QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2001-12-31"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"),
                     pdf}),
             0);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("1 January 2001 – 31 December 2001")));
    QVERIFY(text.contains(QStringLiteral("No requests were received in this period.")));
    const QString other = m_dir.filePath(QStringLiteral("cli-other.pdf"));
    // A period goes with a log; a day is YYYY-MM-DD; from before to.
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                     QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("history"),
                     QStringLiteral("--to"), QStringLiteral("31-12-2026"), QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("breaches"),
                     QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-01-01"), QStringLiteral("-o"), other}),
             2);
    QVERIFY(!QFileInfo::exists(other));
    const QString html = m_dir.filePath(QStringLiteral("cli-measures.html"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("measures"),
                     QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html}),
             0);
    QVERIFY(QFileInfo(html).size() > 1000);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--format"), QStringLiteral("docx"),
                     QStringLiteral("-o"), other}),
             2);
    for (const QString &kind : {QStringLiteral("retention"), QStringLiteral("findings")}) {
        const QString out = m_dir.filePath(QStringLiteral("cli-%1.pdf").arg(kind));
        QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), kind, QStringLiteral("-o"), out}),
                 0);
        QVERIFY(pdfPages(out) >= 1);
    }
}

// The HTML file: one HTML5 page a browser or an intranet takes as it is, without Qt's rich-text
// dump; every activity in it, the contents linking to headings that exist.
void TestReports::htmlIsAPlainWebPage()
{
    Reports::Request request;
    request.language = QStringLiteral("nl");
    Reports::Report report;
    QVERIFY_OK(Reports::Report::build(m_register->database(), request, &report));
    const QString path = m_dir.filePath(QStringLiteral("register-nl.html"));
    QVERIFY_OK(report.write(path, Reports::Format::Html));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<title>Voorbeeldsoft B.V. · Register van verwerkingsactiviteiten</title>")));
    for (const char *qtOnly : {"qrichtext", "-qt-", "cellspacing", "cellpadding", "border=", "StartFragment",
                               "page-break", "<br/>", "width=\""})
        QVERIFY2(!html.contains(QLatin1String(qtOnly)), qtOnly);
    QList<Domain::ProcessingActivity> activities;
    QVERIFY_OK(Register::ActivityService(m_register->database()).list(&activities));
    for (const Domain::ProcessingActivity &activity : std::as_const(activities)) {
        QVERIFY2(html.contains(activity.name.toHtmlEscaped()), qPrintable(activity.name));
        QVERIFY2(html.contains(activity.purpose.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))),
                 qPrintable(activity.name));
    }
    // The contents: a link per chapter and item, each to a heading of that id.
    static const QRegularExpression link(QStringLiteral("<a href=\"#(s\\d+)\">"));
    int links = 0;
    for (QRegularExpressionMatchIterator it = link.globalMatch(html); it.hasNext(); ++links) {
        const QString anchor = it.next().captured(1);
        QVERIFY2(html.contains(QStringLiteral(" id=\"%1\">").arg(anchor)), qPrintable(anchor));
    }
    QVERIFY(links > activities.size());
    // Balanced: as many sections and tables closed as opened.
    for (const QString &tag : {QStringLiteral("section"), QStringLiteral("table"), QStringLiteral("tr")})
        QCOMPARE(
            html.count(QStringLiteral("<%1").arg(tag) + (tag == QLatin1String("tr") ? QStringLiteral(">") : QString())),
            html.count(QStringLiteral("</%1>").arg(tag)));
    // The running header and footer once; the register state on it.
    QVERIFY(html.contains(QStringLiteral("<header class=\"frame\">")));
    QVERIFY(html.contains(report.state().shortText().toHtmlEscaped()));
}

// The ODT file: an OpenDocument text (its mimetype first), the activities in it, each part on a page
// of its own, the headings as headings.
void TestReports::odtIsAnOpenDocumentText()
{
    Reports::Request request;
    request.language = QStringLiteral("en");
    Reports::Report report;
    QVERIFY_OK(Reports::Report::build(m_register->database(), request, &report));
    const QString path = m_dir.filePath(QStringLiteral("register-en.odt"));
    QVERIFY_OK(report.write(path, Reports::Format::Odt));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Exchange::ZipReader zip(file.readAll());
    QVERIFY(zip.isOpen());
    QCOMPARE(zip.names().value(0), QStringLiteral("mimetype"));
    QByteArray mimetype;
    QCOMPARE(zip.read(QStringLiteral("mimetype"), 1000, &mimetype), Exchange::ZipReader::Result::Ok);
    QCOMPARE(mimetype, QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    QByteArray content;
    QCOMPARE(zip.read(QStringLiteral("content.xml"), 64 * 1024 * 1024, &content), Exchange::ZipReader::Result::Ok);
    const QString xml = QString::fromUtf8(content);
    QList<Domain::ProcessingActivity> activities;
    QVERIFY_OK(Register::ActivityService(m_register->database()).list(&activities));
    for (const Domain::ProcessingActivity &activity : std::as_const(activities))
        QVERIFY2(xml.contains(activity.name.toHtmlEscaped()), qPrintable(activity.name));
    QVERIFY(xml.contains(QStringLiteral("Register of processing activities")));
    // A page break before each part after the first (the contents, made of page numbers, left out):
    // the paragraphs of a style that breaks before it.
    static const QRegularExpression breaking(
        QStringLiteral("<style:style style:name=\"([^\"]+)\" style:family=\"paragraph\">\\s*"
                       "<style:paragraph-properties fo:break-before=\"page\"/>"));
    qsizetype breaks = 0;
    for (QRegularExpressionMatchIterator it = breaking.globalMatch(xml); it.hasNext();)
        breaks += xml.count(QStringLiteral("text:style-name=\"%1\"").arg(it.next().captured(1)));
    QVERIFY2(breaks >= activities.size() + 5, qPrintable(QString::number(breaks)));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
