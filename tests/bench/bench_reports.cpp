// Report benchmark (issue #9): the register report of a generated register (1,000 processing
// activities, 200 parties, 300 agreements by default) built and written as PDF/A, and the sheet
// of one activity; the time of each step, the pages, the file's size and the process's peak memory
// (the goal: the register report of 1,000 activities under 5 s and under 500 MB). Prints figures;
// asserts nothing. Usage: custodian-bench-reports [activities] [parties] [agreements]
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextStream>

#include <sys/resource.h>

#include "RegisterGenerator.h"
#include "register/Services.h"
#include "reports/Report.h"
#include "storage/Database.h"

using namespace Custodian;

namespace {

QTextStream out(stdout);

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// The floor: the report's text and nothing else (no tables, rules, colours, headers or footers),
// wrapped at the report's width in its font and written as PDF/A onto as many pages as it fills:
// what Qt's shaping and PDF writer alone take for this much text on this machine, whatever the
// layout engine in front of them.
void measureFloor(Reports::Report &report, const QString &path)
{
    QStringList paragraphs;
    for (qsizetype i = 0; i < report.document().partCount(); ++i) {
        for (QTextBlock block = report.document().part(i)->begin(); block.isValid(); block = block.next()) {
            if (!block.text().isEmpty())
                paragraphs.append(block.text());
        }
    }
    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(22, 23, 20, 21), QPageLayout::Millimeter); // the body of a report page
    QPainter painter(&writer);
    QFont font(Reports::reportFontFamily());
    font.setPointSizeF(10);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    const qreal width = writer.width();
    const qreal height = writer.height();
    qreal y = 0;
    int pages = 1;
    qint64 lines = 0;
    for (const QString &text : std::as_const(paragraphs)) {
        QTextLayout layout(text, font, &writer);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (y + line.height() > height) {
                writer.newPage();
                ++pages;
                y = 0;
            }
            line.setPosition(QPointF(0, y));
            y += line.height();
            ++lines;
        }
        layout.endLayout();
        layout.draw(&painter, QPointF());
    }
    painter.end();
    out << QStringLiteral("  floor, its text alone as plain lines: %1 s, %2 lines on %3 pages")
               .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
               .arg(lines)
               .arg(pages)
        << Qt::endl;
}

bool measure(Storage::Store &store, const Reports::Request &request, const QString &path, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    Reports::Report report;
    Status status = Reports::Report::build(store, request, &report);
    const double built = timer.nsecsElapsed() / 1e9;
    if (status)
        status = report.writePdf(path);
    const double total = timer.nsecsElapsed() / 1e9;
    if (!status) {
        out << what << " failed: " << status.message() << ' ' << status.detail() << Qt::endl;
        return false;
    }
    out << QStringLiteral("%1: %2 s (read and made %3 s, laid out and written %4 s), %5 pages, %6 MB file, peak "
                          "memory %7 MB")
               .arg(QLatin1String(what))
               .arg(total, 0, 'f', 2)
               .arg(built, 0, 'f', 2)
               .arg(total - built, 0, 'f', 2)
               .arg(report.pageCount())
               .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1)
               .arg(peakMegabytes(), 0, 'f', 0)
        << Qt::endl;
    if (report.pageCount() > 100)
        measureFloor(report, path + QStringLiteral(".floor.pdf"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int activities = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int parties = args.size() > 2 ? args.at(2).toInt() : 200;
    const int agreements = args.size() > 3 ? args.at(3).toInt() : 300;
    QTemporaryDir dir;
    // CUSTODIAN_BENCH_KEEP=1 keeps the register and the reports to look at (their folder is printed).
    if (qEnvironmentVariableIsSet("CUSTODIAN_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        out << "Kept in " << dir.path() << Qt::endl;
    }
    Storage::Database database;
    Status status = database.create(dir.filePath(QStringLiteral("reports.cstd")), QStringLiteral("bench passphrase 1"));
    if (status)
        status = Bench::generateRegister(database, activities, parties, agreements);
    if (!status) {
        out << "generate failed: " << status.message() << ' ' << status.detail() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("Register of %1 activities, %2 parties, %3 agreements; peak memory before the reports %4 MB")
               .arg(activities)
               .arg(parties)
               .arg(agreements)
               .arg(peakMegabytes(), 0, 'f', 0)
        << Qt::endl;
    Reports::Request request;
    if (!measure(database, request, dir.filePath(QStringLiteral("register.pdf")), "Register report (en)"))
        return 1;
    request.language = QStringLiteral("nl");
    if (!measure(database, request, dir.filePath(QStringLiteral("register-nl.pdf")), "Register report (nl)"))
        return 1;
    QList<Domain::ProcessingActivity> list;
    if (!Register::ActivityService(database).list(&list) || list.isEmpty())
        return 1;
    request.kind = Reports::Kind::Activity;
    request.uuid = list.constFirst().uuid;
    if (!measure(database, request, dir.filePath(QStringLiteral("activity.pdf")), "Activity sheet"))
        return 1;
    return 0;
}
