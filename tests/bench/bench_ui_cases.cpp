// UI benchmark of the Requests and Breaches sections (issue: requests and breaches): a register of
// 100,000 request cases (95% closed) and 1,000 breaches, then
//   - opening the Requests list: from constructing RegisterContext + RequestsPage until the list has
//     painted once (it reads the open cases only, with their rights);
//   - the completeness check that follows the first paint of a register just opened (it reads the
//     whole register once; after that a saved case is checked alone);
//   - filtering per keystroke in the search field over the open cases, and over every case;
//   - "Closed cases too": reading every case into the list;
//   - opening the Breaches list;
//   - the dashboard of a register just opened until its first paint (the check's figures follow),
//     and a visit of the dashboard (counts, due list, agenda, the check's figures).
// Goals: lists and dashboard shown under 200 ms, filter under 16 ms per keystroke over the open
// cases and under 100 ms over every case. Prints figures (median of the runs); asserts nothing.
// Usage: custodian-bench-ui-cases [requests] [repeats]
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeWidget>
#include <QWindow>

#include <functional>
#include <memory>

#include "RegisterGenerator.h"
#include "UiBenchSupport.h"
#include "framework/EntityTableModel.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "sections/breaches/BreachesPage.h"
#include "sections/dashboard/DashboardPage.h"
#include "sections/requests/RequestsPage.h"
#include "storage/Database.h"

using namespace Custodian;
using namespace Custodian::Bench;

namespace {

QTextStream out(stdout);
const QDate benchToday(2026, 6, 15);

bool waitUntilPainted(QWidget *page, const PaintCounter &paints)
{
    QElapsedTimer deadline;
    deadline.start();
    while (deadline.elapsed() < 20000) {
        const QWindow *window = page->windowHandle();
        if (window && window->isExposed() && paints.count > 0)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return false;
}

// Constructs the section (as RegisterView::buildSections does) and shows it until its list painted;
// *check (when given) times what follows: the completeness check and the attention column.
template<class Page> bool openSection(Storage::Database &database, Timing *timing, Timing *check = nullptr)
{
    Stopwatch watch;
    auto context = std::make_unique<Ui::RegisterContext>(database);
    context->setToday(benchToday);
    auto page = std::make_unique<Page>(context.get());
    PaintCounter paints;
    page->view()->viewport()->installEventFilter(&paints);
    page->resize(1280, 800);
    page->show();
    const bool painted = waitUntilPainted(page.get(), paints);
    *timing = watch.elapsed();
    if (check) {
        const Stopwatch checking;
        Ui::EntityTableModel *model = page->model();
        while (model && model->attentionPending())
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        *check = checking.elapsed();
    }
    page->view()->viewport()->removeEventFilter(&paints);
    page.reset();
    context.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return painted;
}

Timing afterEvents(const std::function<void()> &action)
{
    const Stopwatch watch;
    action();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return watch.elapsed();
}

void report(const QString &label, const QList<Timing> &timings, double goal)
{
    QList<double> wall;
    for (const Timing &t : timings)
        wall << t.wall;
    out << QStringLiteral("  %1 %2").arg(label, -40).arg(figure(timings));
    if (goal > 0)
        out << QStringLiteral("  goal < %1 ms: %2").arg(goal).arg(verdict(median(wall), goal));
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qtHandler = qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Custodian"));
    QCoreApplication::setApplicationName(QStringLiteral("custodian-bench-ui-cases"));
    QStandardPaths::setTestModeEnabled(true);

    const int requests = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repeats = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3);
    QTemporaryDir dir;
    Storage::Database database;
    Status status = database.create(dir.filePath(QStringLiteral("bench.cstd")), QStringLiteral("ui cases benchmark"));
    if (status)
        status = Bench::generateCases(database, requests, 95, 1000, benchToday);
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    out << "Custodian UI benchmark (Requests and Breaches): " << requests << " request cases (95% closed), "
        << "1000 breaches; median of " << repeats << " runs; platform " << QGuiApplication::platformName() << Qt::endl;

    QList<Timing> openRequests;
    QList<Timing> firstChecks;
    QList<Timing> openBreaches;
    for (int run = 0; run < repeats; ++run) {
        Timing timing;
        Timing check;
        if (!openSection<Ui::RequestsPage>(database, &timing, &check)) {
            out << "error: the Requests list was not painted" << Qt::endl;
            return 1;
        }
        openRequests << timing;
        firstChecks << check;
        if (!openSection<Ui::BreachesPage>(database, &timing)) {
            out << "error: the Breaches list was not painted" << Qt::endl;
            return 1;
        }
        openBreaches << timing;
    }

    // The dashboard of a register just opened, until it has painted.
    QList<Timing> firstDashboards;
    for (int run = 0; run < repeats; ++run) {
        const Stopwatch watch;
        Ui::RegisterContext fresh(database);
        fresh.setToday(benchToday);
        Ui::DashboardPage first;
        PaintCounter paints;
        first.resize(1280, 800);
        first.setContext(&fresh);
        first.agendaList()->viewport()->installEventFilter(&paints);
        first.show();
        if (!waitUntilPainted(&first, paints)) {
            out << "error: the dashboard was not painted" << Qt::endl;
            return 1;
        }
        firstDashboards << watch.elapsed();
        first.agendaList()->viewport()->removeEventFilter(&paints);
    }

    Ui::RegisterContext context(database);
    context.setToday(benchToday);
    Ui::RequestsPage page(&context);
    page.resize(1280, 800);
    page.show();
    // Until the check has filled the attention column.
    Ui::EntityTableModel *model = page.model();
    while (model->attentionPending())
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    const int open = page.model()->rowCount();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    const auto typeAndErase = [&](QList<Timing> *keystrokes) {
        for (int run = 0; run < repeats; ++run) {
            for (const QChar character : QStringLiteral("jansen"))
                *keystrokes << afterEvents([&] { search->insert(QString(character)); });
            while (!search->text().isEmpty())
                *keystrokes << afterEvents([&] { search->backspace(); });
        }
    };
    QList<Timing> keystrokes;
    typeAndErase(&keystrokes);
    QList<Timing> closed;
    int all = 0;
    for (int run = 0; run < repeats; ++run) {
        closed << afterEvents([&] { page.closedCheck()->setChecked(true); });
        all = page.model()->rowCount();
        afterEvents([&] { page.closedCheck()->setChecked(false); });
    }
    QList<Timing> allKeystrokes;
    afterEvents([&] { page.closedCheck()->setChecked(true); });
    typeAndErase(&allKeystrokes);
    afterEvents([&] { page.closedCheck()->setChecked(false); });

    Ui::DashboardPage dashboard;
    dashboard.setContext(&context);
    dashboard.resize(1280, 800);
    dashboard.show();
    QCoreApplication::processEvents();
    QList<Timing> visits;
    for (int run = 0; run < repeats; ++run)
        visits << afterEvents([&] { dashboard.refresh(); });

    const auto reportKeys = [](const QString &label, const QList<Timing> &timings, double goal) {
        QList<double> wall;
        for (const Timing &t : timings)
            wall << t.wall;
        out << QStringLiteral("  %1 median %2 ms, max %3 ms  goal < %4 ms: %5")
                   .arg(label, -40)
                   .arg(median(wall), 0, 'f', 1)
                   .arg(maximum(wall), 0, 'f', 1)
                   .arg(goal)
                   .arg(verdict(maximum(wall), goal))
            << Qt::endl;
    };
    report(QStringLiteral("open the Requests list (%1 open)").arg(open), openRequests, 200);
    report(QStringLiteral("then the check (once per opening)"), firstChecks, 0);
    report(QStringLiteral("open the Breaches list"), openBreaches, 200);
    reportKeys(QStringLiteral("search per keystroke, open cases"), keystrokes, 16);
    report(QStringLiteral("closed cases too (%1 cases)").arg(all), closed, 0);
    reportKeys(QStringLiteral("search per keystroke, every case"), allKeystrokes, 100);
    report(QStringLiteral("dashboard of a register just opened"), firstDashboards, 200);
    report(QStringLiteral("dashboard visit"), visits, 200);
    return 0;
}
