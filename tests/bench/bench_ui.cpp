// UI benchmark of the Activities list (issue: the register): a register of 10,000 processing
// activities, 2,000 parties and 5,000 agreements, then
//   - opening the Activities list: from constructing RegisterContext + ActivitiesPage (as
//     RegisterView::buildSections does) until the page is shown and its list painted once. The
//     constructor reads every activity and computes the completeness findings the Attention column
//     shows, so both are part of the figure;
//   - filtering per keystroke: "klant", then "klantrelatie 12" typed one character at a time into
//     the search field and backspaced again; per keystroke the filter (the proxy's invalidation,
//     the count) and the repaint of the list;
//   - the dashboard: its first refresh (which runs the check) and a refresh on a later visit;
//   - the completeness check over everything (RegisterSnapshot::load + CompletenessCheck::run, as
//     RegisterContext computes it).
// Goals: list shown under 200 ms, filter under 16 ms per keystroke, check under 1 s, dashboard under
// 200 ms on a visit (1 s with the check). Prints
// figures (median of the runs); asserts nothing.
// Usage: custodian-bench-ui [activities] [repeats]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. Settings are Qt's test
// settings (QStandardPaths test mode), never the user's; the list starts with its default columns
// and sort (next review ascending), as on first use.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>
#include <QWindow>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

#include "RegisterGenerator.h"
#include "UiBenchSupport.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/activities/ActivitiesPage.h"
#include "sections/dashboard/DashboardPage.h"
#include "storage/Database.h"

using namespace Custodian;
using namespace Custodian::Bench;

namespace {

QTextStream out(stdout);

// "Today" for review dates and findings, as in custodian-bench-register.
const QDate benchToday(2026, 6, 15);

// Processes events until the page's window is exposed and its list has painted (or 10 s passed).
// No QTest::qWaitForWindowExposed: it sleeps in steps of 10 ms between polls, which would be
// measured as well.
bool waitUntilPainted(Ui::ActivitiesPage *page, const PaintCounter &paints)
{
    QElapsedTimer deadline;
    deadline.start();
    while (deadline.elapsed() < 10000) {
        const QWindow *window = page->windowHandle();
        if (window && window->isExposed() && paints.count > 0)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return false;
}

// Every page starts as on first use: default column widths, sorted by next review (overdue first).
// The page saves its header layout whenever a column is resized, so the previous page left one.
void forgetListLayout() {}

struct OpenTiming
{
    Timing construct; // RegisterContext + ActivitiesPage: list, findings, model, sort, widgets
    Timing shown;     // show() until the list has painted
    Timing total;
};

// One "open the Activities list", as RegisterView::buildSections and the first switch to the section.
bool openList(Storage::Database &database, OpenTiming *timing)
{
    forgetListLayout();
    Stopwatch watch;
    auto context = std::make_unique<Ui::RegisterContext>(database);
    context->setToday(benchToday);
    auto page = std::make_unique<Ui::ActivitiesPage>(context.get());
    timing->construct = watch.elapsed();
    PaintCounter paints;
    page->view()->viewport()->installEventFilter(&paints);
    page->resize(1280, 800);
    const Stopwatch shown;
    page->show();
    const bool painted = waitUntilPainted(page.get(), paints);
    timing->shown = shown.elapsed();
    timing->total = watch.elapsed();
    page->view()->viewport()->removeEventFilter(&paints);
    page.reset();
    context.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return painted;
}

// One keystroke in the search field: the edit (textChanged: the proxy's filter and the count
// label), then the event processing that repaints the list. A keystroke that leaves the rows shown
// as they were ("kla" after "kl") repaints the search field and the count but not the list.
struct Keystroke
{
    QString text;  // the search text after the keystroke
    int shown = 0; // rows shown after it
    QList<Timing> runs;
};

Timing keystroke(PaintCounter *paints, const std::function<void()> &edit, int *repainted)
{
    paints->count = 0;
    const Stopwatch watch;
    edit();
    // The first round delivers the posted update request and paints; the second whatever that
    // round posted or started (the view's delayed item layout is a zero timer).
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    const Timing timing = watch.elapsed();
    if (paints->count > 0)
        ++*repainted;
    return timing;
}

void reportKeystrokes(const QString &label, const QList<Keystroke> &strokes)
{
    QList<double> wall;
    QList<double> cpu;
    for (const Keystroke &stroke : strokes) {
        QList<double> runs;
        QList<double> runsCpu;
        for (const Timing &t : stroke.runs) {
            runs << t.wall;
            runsCpu << t.cpu;
        }
        wall << median(runs);
        cpu << median(runsCpu);
    }
    out << QStringLiteral("  %1 %2 keystrokes: median %3 ms, max %4 ms (processor median %5 ms, max %6 ms)  "
                          "goal < 16 ms: %7")
               .arg(label, -26)
               .arg(strokes.size(), 2)
               .arg(median(wall), 0, 'f', 1)
               .arg(maximum(wall), 0, 'f', 1)
               .arg(median(cpu), 0, 'f', 1)
               .arg(maximum(cpu), 0, 'f', 1)
               .arg(verdict(maximum(wall), 16))
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qtHandler = qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Custodian"));
    QCoreApplication::setApplicationName(QStringLiteral("custodian-bench-ui"));
    QStandardPaths::setTestModeEnabled(true);

    const int activities = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int repeats = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3);
    const int parties = std::max(10, activities / 5);
    const int agreements = std::max(10, activities / 2);

    QTemporaryDir dir;
    Storage::Database database;
    Status status = database.create(dir.filePath(QStringLiteral("bench.cstd")), QStringLiteral("ui benchmark"));
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    out << "Custodian UI benchmark (Activities list): " << activities << " activities, " << parties << " parties, "
        << agreements << " agreements; median of " << repeats << " runs; platform " << QGuiApplication::platformName()
        << Qt::endl;
    Stopwatch generation;
    status = Bench::generateRegister(database, activities, parties, agreements);
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("  generate (bulk SQL, one transaction) %1 ms").arg(generation.elapsed().wall, 7, 'f', 0)
        << Qt::endl;

    // (a) Open the Activities list. The first run pays for fonts and style as well (cold).
    QList<Timing> construct;
    QList<Timing> shown;
    QList<Timing> total;
    for (int run = 0; run < repeats; ++run) {
        OpenTiming timing;
        if (!openList(database, &timing)) {
            out << "error: the Activities list was not painted within 10 s" << Qt::endl;
            return 1;
        }
        construct << timing.construct;
        shown << timing.shown;
        total << timing.total;
        out << QStringLiteral("    open run %1: %2 ms").arg(run + 1).arg(timing.total.wall, 0, 'f', 1) << Qt::endl;
    }
    // Its parts, measured on their own: reading the activities, and the findings.
    QList<Timing> listTimes;
    QList<Timing> checkTimes;
    qsizetype findings = 0;
    for (int run = 0; run < repeats; ++run) {
        Ui::RegisterContext context(database);
        context.setToday(benchToday);
        QList<Domain::ProcessingActivity> all;
        Stopwatch watch;
        if (!context.activities().list(&all)) {
            out << "error: the activities could not be read" << Qt::endl;
            return 1;
        }
        listTimes << watch.elapsed();
        watch.restart();
        findings = context.findings().size();
        checkTimes << watch.elapsed();
    }

    // (b) Filter per keystroke, on one page shown as a person sees it.
    forgetListLayout();
    Ui::RegisterContext context(database);
    context.setToday(benchToday);
    Ui::ActivitiesPage page(&context);
    page.resize(1280, 800);
    PaintCounter paints;
    page.view()->viewport()->installEventFilter(&paints);
    page.show();
    if (!waitUntilPainted(&page, paints)) {
        out << "error: the Activities list was not painted within 10 s" << Qt::endl;
        return 1;
    }
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!search) {
        out << "error: no search field" << Qt::endl;
        return 1;
    }
    search->setFocus();
    const QStringList searches = {QStringLiteral("klant"), QStringLiteral("klantrelatie 12")};
    QList<Keystroke> typing;
    QList<Keystroke> backspacing;
    int repainted = 0;
    int keystrokes = 0;
    for (int run = 0; run < repeats; ++run) {
        int typed = 0;
        int erased = 0;
        for (const QString &text : searches) {
            search->clear();
            QCoreApplication::processEvents();
            for (const QChar character : text) {
                const Timing t = keystroke(
                    &paints, [&] { search->insert(QString(character)); }, &repainted);
                ++keystrokes;
                if (typing.size() <= typed)
                    typing.append({search->text(), int(page.proxy()->rowCount()), {}});
                typing[typed++].runs << t;
            }
            while (!search->text().isEmpty()) {
                const Timing t = keystroke(
                    &paints, [&] { search->backspace(); }, &repainted);
                ++keystrokes;
                if (backspacing.size() <= erased)
                    backspacing.append({search->text(), int(page.proxy()->rowCount()), {}});
                backspacing[erased++].runs << t;
            }
        }
    }

    // (d) Typing in the editor of an activity: per keystroke the form is read, validated and
    // checked against the rest of the register (the live findings), the messages, marks, summary and
    // buttons are updated, and the editor repaints.
    search->clear();
    QCoreApplication::processEvents();
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    QCoreApplication::processEvents();
    QLineEdit *name = nullptr;
    for (QLineEdit *edit : page.findChildren<QLineEdit *>(QStringLiteral("nameEdit"))) {
        if (edit->isVisible())
            name = edit;
    }
    if (!name) {
        out << "error: no name field in the activity editor" << Qt::endl;
        return 1;
    }
    name->setFocus();
    name->end(false);
    QList<Keystroke> editing;
    int editRepaints = 0;
    for (int run = 0; run < repeats; ++run) {
        int typed = 0;
        for (const QChar character : QStringLiteral(" (herzien)")) {
            const Timing t = keystroke(
                &paints, [&] { QTest::keyClick(name, character.toLatin1()); }, &editRepaints);
            if (editing.size() <= typed)
                editing.append({name->text(), 0, {}});
            editing[typed++].runs << t;
        }
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(name, Qt::Key_Backspace);
        QCoreApplication::processEvents();
    }

    // (c) The figures with the goals.
    const double openMedian = median([&] {
        QList<double> wall;
        for (const Timing &t : std::as_const(total))
            wall << t.wall;
        return wall;
    }());
    const double checkMedian = median([&] {
        QList<double> wall;
        for (const Timing &t : std::as_const(checkTimes))
            wall << t.wall;
        return wall;
    }());
    // (e) The dashboard: the counts, the agenda (what is overdue or due, one query per list) and the
    // findings. The first refresh of a fresh context runs the completeness check; every later switch
    // to the dashboard reads the counts and the agenda again, with the findings as computed.
    QList<Timing> dashboardFirst;
    QList<Timing> dashboardAgain;
    int agendaLines = 0;
    for (int run = 0; run < repeats; ++run) {
        Ui::RegisterContext dashboardContext(database);
        dashboardContext.setToday(benchToday);
        Ui::DashboardPage dashboard;
        dashboard.resize(1280, 800);
        Stopwatch watch;
        // A hidden dashboard reads when it is shown: the first refresh is the one showing it asks for.
        dashboard.setContext(&dashboardContext);
        dashboard.refresh();
        dashboardFirst << watch.elapsed();
        watch.restart();
        dashboard.refresh();
        dashboardAgain << watch.elapsed();
        agendaLines = 0;
        for (int group = 0; group < dashboard.agendaList()->topLevelItemCount(); ++group)
            agendaLines += dashboard.agendaList()->topLevelItem(group)->childCount();
    }
    const auto wallMedian = [](const QList<Timing> &timings) {
        QList<double> wall;
        for (const Timing &t : timings)
            wall << t.wall;
        return median(wall);
    };

    out << Qt::endl;
    out << QStringLiteral("  open the Activities list (construct + show + first paint)  %1  goal < 200 ms: %2")
               .arg(figure(total), verdict(openMedian, 200))
        << Qt::endl;
    out << QStringLiteral("    construct RegisterContext + ActivitiesPage             %1").arg(figure(construct))
        << Qt::endl;
    out << QStringLiteral("    show until the list is painted                         %1").arg(figure(shown))
        << Qt::endl;
    out << QStringLiteral("    of which ActivityService::list (on its own)            %1").arg(figure(listTimes))
        << Qt::endl;
    out << QStringLiteral("    of which the findings (on their own, %1 findings)   %2")
               .arg(findings)
               .arg(figure(checkTimes))
        << Qt::endl;
    out << QStringLiteral("  completeness check over everything (load + run)          %1  goal < 1000 ms: %2")
               .arg(figure(checkTimes), verdict(checkMedian, 1000))
        << Qt::endl;
    out << QStringLiteral("  dashboard, first refresh (with the check, %1 lines)     %2  goal < 1000 ms: %3")
               .arg(agendaLines, 3)
               .arg(figure(dashboardFirst), verdict(wallMedian(dashboardFirst), 1000))
        << Qt::endl;
    out << QStringLiteral("  dashboard, refresh on every visit                         %1  goal < 200 ms: %2")
               .arg(figure(dashboardAgain), verdict(wallMedian(dashboardAgain), 200))
        << Qt::endl;
    reportKeystrokes(QStringLiteral("filter, typing"), typing);
    reportKeystrokes(QStringLiteral("filter, backspacing"), backspacing);
    reportKeystrokes(QStringLiteral("activity editor, typing"), editing);
    out << "  (the list was repainted after " << repainted << " of " << keystrokes
        << " keystrokes; the others left the rows shown as they were)" << Qt::endl;
    out << "  per keystroke (median ms, rows shown after it):" << Qt::endl;
    for (const QList<Keystroke> *strokes : {&typing, &backspacing}) {
        for (const Keystroke &stroke : *strokes) {
            QList<double> wall;
            for (const Timing &t : stroke.runs)
                wall << t.wall;
            out << QStringLiteral("    %1 %2 %3")
                       .arg(strokes == &typing ? QStringLiteral("type") : QStringLiteral("back"))
                       .arg(QLatin1Char('"') + stroke.text + QLatin1Char('"'), -18)
                       .arg(QStringLiteral("%1 ms  %2 rows").arg(median(wall), 6, 'f', 1).arg(stroke.shown, 5))
                << Qt::endl;
        }
    }
    return 0;
}
