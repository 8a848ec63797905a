// Report benchmark (issue #9): the register report of a generated register (1,000 processing
// activities, 200 parties, 300 agreements by default) built and written as PDF/A, and the sheet
// of one activity; the time of each step, the pages, the file's size and the process's peak memory
// (the goal: the register report of 1,000 activities under 5 s and under 500 MB). Prints figures;
// asserts nothing. Usage: custodian-bench-reports [activities] [parties] [agreements]
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
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
