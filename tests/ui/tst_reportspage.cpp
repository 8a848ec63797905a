// The Reports section (issue #9) as a privacy officer uses it: choose the register report or one
// activity's sheet, the language and the classification; the preview beside the choices shows the
// pages; Save as PDF writes the same report; printing lays it out for the printer's paper. A new
// activity appears among the choices without reopening the register.
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "framework/RegisterContext.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "sections/reports/ReportsPage.h"
#include "storage/Database.h"
#include "support/TestWindow.h"

using namespace Custodian;
using namespace Custodian::Ui;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// The words of each page, sorted: what a page says, whatever order pdftotext reads its columns in
// (which can change with the width of the time in the footer).
QList<QStringList> pageWords(const QString &path, int pages)
{
    QList<QStringList> words;
    for (int page = 1; page <= pages; ++page) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                    QString::number(page), path, QStringLiteral("-")});
        process.waitForFinished(60000);
        QStringList list = QString::fromUtf8(process.readAllStandardOutput())
                               .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        list.sort();
        words.append(list);
    }
    return words;
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choicesFollowTheKind();
    void previewShowsThePagesOfTheReport();
    void saveWritesTheChosenReport();
    void printingLaysOutForThePrinter();
    void aNewActivityIsOffered();
    void aLogCoversThePeriodChosen();
    void theStatementIsForTheAudienceChosen();
    void theApFormIsForTheBreachChosen();
    void theApRegisterIsSavedAsAWorkbook();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<RegisterContext> m_context;
    std::unique_ptr<ReportsPage> m_page;
};

void TestReportsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Storage::Database>();
    QVERIFY(m_database->create(m_dir.filePath(QStringLiteral("reports.custodian")),
                               QStringLiteral("reports page passphrase")));
    QVERIFY(Register::DemoRegister::write(*m_database));
    m_context = std::make_unique<RegisterContext>(*m_database);
    m_page = std::make_unique<ReportsPage>(m_context.get());
    QVERIFY(TestSupport::showAt(*m_page, QSize(1024, 700)));
}

void TestReportsPage::choicesFollowTheKind()
{
    QCOMPARE(m_page->kindList()->count(), int(Reports::allKinds().size()));
    m_page->kindList()->setCurrentRow(0);
    QVERIFY(!m_page->fromEdit()->isEnabled());
    QVERIFY(!m_page->activityCombo()->isEnabled());
    QCOMPARE(m_page->request().kind, Reports::Kind::Register);
    QVERIFY(m_page->request().uuid.isEmpty());
    m_page->kindList()->setCurrentRow(1);
    QVERIFY(m_page->activityCombo()->isEnabled());
    QVERIFY(m_page->activityCombo()->count() >= 3);
    QCOMPARE(m_page->request().kind, Reports::Kind::Activity);
    QCOMPARE(m_page->request().uuid, m_page->activityCombo()->currentData().toString());
    // The language is the document's, chosen apart from the UI's.
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("nl")));
    QCOMPARE(m_page->request().language, QStringLiteral("nl"));
    m_page->labelEdit()->setText(QStringLiteral("  Intern  "));
    QCOMPARE(m_page->request().confidentiality, QStringLiteral("Intern"));
    m_page->labelEdit()->clear();
}

void TestReportsPage::previewShowsThePagesOfTheReport()
{
    m_page->kindList()->setCurrentRow(0);
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("en")));
    QVERIFY(!m_page->previewWidget()->isVisible());
    m_page->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    QVERIFY(m_page->previewWidget()->isVisible());
    QVERIFY(m_page->previewedReport());
    QCOMPARE(m_page->previewWidget()->pageCount(), m_page->previewedReport()->pageCount());
    QVERIFY(m_page->previewWidget()->pageCount() > 10);
    QCOMPARE(m_page->previewWidget()->currentPage(), 1);
    // A second preview starts at page one again, wherever the first was left.
    m_page->previewWidget()->setCurrentPage(m_page->previewWidget()->pageCount());
    QCOMPARE(m_page->previewWidget()->currentPage(), m_page->previewWidget()->pageCount());
    m_page->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    QCOMPARE(m_page->previewWidget()->currentPage(), 1);
    QVERIFY2(m_page->statusLabel()->text().startsWith(QString::number(m_page->previewWidget()->pageCount())),
             qPrintable(m_page->statusLabel()->text()));
}

void TestReportsPage::saveWritesTheChosenReport()
{
    QList<Domain::ProcessingActivity> activities;
    QVERIFY(m_context->activities().list(&activities));
    m_page->kindList()->setCurrentRow(1);
    const int index = m_page->activityCombo()->findData(activities.last().uuid);
    QVERIFY(index >= 0);
    m_page->activityCombo()->setCurrentIndex(index);
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("nl")));
    m_page->labelEdit()->setText(QStringLiteral("Intern"));
    const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
    QVERIFY(m_page->saveAs(path));
    const QString text = pdfText(path);
    QVERIFY(text.contains(activities.last().name));
    QVERIFY(text.contains(QStringLiteral("Overzicht verwerkingsactiviteit")));
    QVERIFY(text.contains(QStringLiteral("Intern · Registerstand")));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("sheet.pdf")));
    // A folder that is not there: the reason on the page, no file.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/sheet.pdf"));
    QVERIFY(!m_page->saveAs(nowhere));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("could not be written")));
    QVERIFY(!QFileInfo::exists(nowhere));
    m_page->labelEdit()->clear();
}

// The printer's own paper and resolution; the same text as the PDF (here a printer that prints to a file).
void TestReportsPage::printingLaysOutForThePrinter()
{
    m_page->kindList()->setCurrentRow(0);
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("en")));
    const QString saved = m_dir.filePath(QStringLiteral("register.pdf"));
    QVERIFY(m_page->saveAs(saved));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QVERIFY(m_page->printTo(&printer));
    const int pages = pdfPages(saved);
    QCOMPARE(pdfPages(printed), pages);
    // The same text; only the minute it was made may differ. At the printer's resolution Qt may
    // measure a line a fraction differently, so a row at the foot of a page may fall on the next, and
    // pdftotext may join or split words differently where runs of text nearly touch (the width of the
    // time in the footer changes it): the letters of the whole report are compared, whitespace aside.
    const auto letters = [pages](const QString &path) {
        static const QRegularExpression time(QStringLiteral("\\d\\d:\\d\\d"));
        QString all;
        for (const QStringList &page : pageWords(path, pages)) {
            for (QString word : page)
                all += word.remove(time);
        }
        std::sort(all.begin(), all.end());
        return all;
    };
    const QString printedLetters = letters(printed);
    QVERIFY(printedLetters.size() > 1000);
    QCOMPARE(printedLetters, letters(saved));
    // On Letter paper the pages are laid out again, the same report on other pages.
    printer.setPageSize(QPageSize(QPageSize::Letter));
    const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    printer.setOutputFileName(letter);
    QVERIFY(m_page->printTo(&printer));
    QVERIFY(pdfText(letter).contains(QStringLiteral("Register of processing activities")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {letter});
    info.waitForFinished(60000);
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("612 x 792 pts (letter)")));
    const int letterPages = pdfPages(letter);
    QVERIFY(pdfText(letter).contains(QStringLiteral("Page %1 of %1").arg(letterPages)));
}

void TestReportsPage::aNewActivityIsOffered()
{
    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Bezoekersregistratie");
    activity.purpose = QStringLiteral("Wie het kantoor bezoekt");
    QVERIFY(m_context->activities().save(&activity));
    m_page->hide();
    m_page->show();
    QVERIFY(m_page->activityCombo()->findText(QStringLiteral("Bezoekersregistratie")) >= 0);
}

// A log's period: offered only for the logs, a period that ends before it begins refused before
// anything is made, and the report covering the days chosen.
void TestReportsPage::aLogCoversThePeriodChosen()
{
    const int row = int(Reports::allKinds().indexOf(Reports::Kind::Requests));
    m_page->kindList()->setCurrentRow(row);
    QCOMPARE(m_page->request().kind, Reports::Kind::Requests);
    QVERIFY(m_page->fromEdit()->isEnabled());
    QVERIFY(m_page->toEdit()->isEnabled());
    QVERIFY(!m_page->activityCombo()->isEnabled());
    QCOMPARE(m_page->request().to, QDate::currentDate());
    QCOMPARE(m_page->request().from, QDate::currentDate().addYears(-1).addDays(1));

    m_page->fromEdit()->setDate(QDate(2026, 6, 2));
    m_page->toEdit()->setDate(QDate(2026, 6, 1));
    auto *save = m_page->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *preview = m_page->findChild<QPushButton *>(QStringLiteral("previewButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!preview->isEnabled());
    QVERIFY(!m_page->statusLabel()->text().isEmpty());
    m_page->toEdit()->setDate(QDate::currentDate());
    QVERIFY(save->isEnabled());
    QVERIFY(m_page->statusLabel()->text().isEmpty());

    m_page->fromEdit()->setDate(QDate(2001, 1, 1));
    m_page->toEdit()->setDate(QDate(2001, 12, 31));
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("en")));
    const QString path = m_dir.filePath(QStringLiteral("requests-2001.pdf"));
    QVERIFY(m_page->saveAs(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Data-subject request log")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1 January 2001 – 31 December 2001")));
    QVERIFY(text.contains(QStringLiteral("No requests were received in this period.")));
    // The register report takes no period.
    m_page->kindList()->setCurrentRow(0);
    QVERIFY(!m_page->fromEdit()->isEnabled());
    QVERIFY(!m_page->request().from.isValid());
}

// The privacy statement: for the audience chosen, without a classification (it is public), its
// draft's notes counted on the page; saved as a web page.
void TestReportsPage::theStatementIsForTheAudienceChosen()
{
    const int row = int(Reports::allKinds().indexOf(Reports::Kind::Statement));
    m_page->kindList()->setCurrentRow(row);
    QCOMPARE(m_page->request().kind, Reports::Kind::Statement);
    QVERIFY(m_page->audienceCombo()->isEnabled());
    QVERIFY(!m_page->labelEdit()->isEnabled());
    QVERIFY(!m_page->fromEdit()->isEnabled());
    QVERIFY(m_page->request().audiences.isEmpty()); // every audience
    m_page->audienceCombo()->setCurrentIndex(m_page->audienceCombo()->findData(QStringLiteral("website_visitors")));
    QCOMPARE(m_page->request().audiences, QStringList{QStringLiteral("website_visitors")});

    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("en")));
    auto *preview = m_page->findChild<QPushButton *>(QStringLiteral("previewButton"));
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(m_page->previewedReport());
    // The demo's statement covers website visitors: its version 1, as the register still says it.
    QCOMPARE(m_page->previewedReport()->title(), QStringLiteral("Privacy statement of Voorbeeldsoft"));
    QVERIFY2(m_page->previewedReport()->notes().isEmpty(),
             qPrintable(m_page->previewedReport()->notes().join(QLatin1Char('\n'))));
    QVERIFY(!m_page->statusLabel()->text().contains(QStringLiteral("Draft")));
    // Published in Dutch too, with the statement's translations of the demo's English texts.
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("nl")));
    QTest::mouseClick(preview, Qt::LeftButton);
    QCOMPARE(m_page->previewedReport()->title(), QStringLiteral("Privacyverklaring van Voorbeeldsoft"));
    QVERIFY(m_page->previewedReport()->notes().isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("statement.html"));
    QVERIFY(m_page->saveAs(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("<html lang=\"nl\">")));
    QVERIFY(html.contains(QStringLiteral("Website en e-mail")));
    // The whole statement the visitors read, customers' purposes included.
    QVERIFY(html.contains(QStringLiteral("Uitvoeren van overeenkomsten")));
    // An audience no statement covers: a draft of its own, without the others' purposes.
    m_page->audienceCombo()->setCurrentIndex(m_page->audienceCombo()->findData(QStringLiteral("employees")));
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("en")));
    QTest::mouseClick(preview, Qt::LeftButton);
    QCOMPARE(m_page->previewedReport()->title(), QStringLiteral("Privacy statement"));
    QVERIFY(!m_page->previewedReport()->notes().isEmpty());
    m_page->audienceCombo()->setCurrentIndex(0);
    m_page->kindList()->setCurrentRow(0);
    QVERIFY(m_page->labelEdit()->isEnabled());
    QVERIFY(!m_page->audienceCombo()->isEnabled());
}

// The answers for the AP's form: a breach chosen from the register's (and only for that kind), the
// answers for it, and a new breach offered once it is logged.
void TestReportsPage::theApFormIsForTheBreachChosen()
{
    m_page->kindList()->setCurrentRow(0);
    QVERIFY(!m_page->breachCombo()->isEnabled());
    QVERIFY(m_page->request().breach.isEmpty());
    m_page->kindList()->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::ApBreachForm)));
    QCOMPARE(m_page->request().kind, Reports::Kind::ApBreachForm);
    QVERIFY(m_page->breachCombo()->isEnabled());
    QList<Domain::Breach> breaches;
    QVERIFY(Register::BreachService(*m_database).list(&breaches));
    QCOMPARE(m_page->breachCombo()->count(), int(breaches.size()));
    // By number and title, the one the organisation became aware of last first.
    std::stable_sort(breaches.begin(), breaches.end(),
                     [](const Domain::Breach &a, const Domain::Breach &b) { return a.awareAt > b.awareAt; });
    QCOMPARE(m_page->breachCombo()->currentText(),
             QStringLiteral("%1 · %2").arg(breaches.constFirst().number, breaches.constFirst().title));
    QCOMPARE(m_page->request().breach, breaches.constFirst().uuid);
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("nl")));
    const QString path = m_dir.filePath(QStringLiteral("form.pdf"));
    QVERIFY(m_page->saveAs(path));
    const QString text = pdfText(path);
    QVERIFY(text.contains(breaches.constFirst().number));
    QVERIFY(text.contains(QStringLiteral("Over deze melding")));
    // A breach logged since is offered, the newest number first.
    Domain::Breach breach;
    breach.summary = QStringLiteral("Een usb-stick verloren");
    breach.awareAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    breach.detectedAt = breach.awareAt;
    QVERIFY(m_context->breaches().save(&breach));
    QCOMPARE(m_page->breachCombo()->count(), int(breaches.size()) + 1);
    QCOMPARE(m_page->breachCombo()->itemText(0), QStringLiteral("%1 · %2").arg(breach.number, breach.summary));
}

// The register for the AP may be saved as a workbook; another kind may not, and says so.
void TestReportsPage::theApRegisterIsSavedAsAWorkbook()
{
    m_page->kindList()->setCurrentRow(int(Reports::allKinds().indexOf(Reports::Kind::ApRegister)));
    m_page->languageCombo()->setCurrentIndex(m_page->languageCombo()->findData(QStringLiteral("en")));
    const QString path = m_dir.filePath(QStringLiteral("ap.xlsx"));
    QVERIFY(m_page->saveAs(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("ap.xlsx")));
    m_page->kindList()->setCurrentRow(0);
    const QString refused = m_dir.filePath(QStringLiteral("register.xlsx"));
    QVERIFY(!m_page->saveAs(refused));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("workbook")));
    QVERIFY(!QFileInfo::exists(refused));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
