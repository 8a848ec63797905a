// Request and breach benchmarks (issue: requests and breaches): a register of 100,000 request cases
// (95,000 closed) and 1,000 breaches, then the time of what the screens and `custodian-cli due`
// read: the open cases (the request list's default view reads them as list items), every case, the
// search by requester, `due` over the next week, the completeness snapshot and check, and counting the open cases'
// deadlines again after a settings change. Prints figures (median of the runs); asserts nothing.
// Usage: custodian-bench-cases [requests] [repeats]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include "RegisterGenerator.h"
#include "register/Completeness.h"
#include "register/RegisterSettingsService.h"
#include "register/Services.h"
#include "register/queries/DueList.h"
#include "storage/Database.h"

using namespace Custodian;

namespace {

QTextStream out(stdout);

double medianOf(int repeats, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The detail is read after the runs: it names what the last run found.
void report(const char *what, double ms, const std::function<QString()> &detail = {})
{
    out << QStringLiteral("%1 %2 ms").arg(QLatin1String(what), -58).arg(ms, 8, 'f', 1);
    if (detail)
        out << "  (" << detail() << ')';
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int requests = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int repeats = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir dir;
    Storage::Database database;
    Status status = database.create(dir.filePath(QStringLiteral("cases.cstd")), QStringLiteral("bench passphrase 1"));
    if (!status) {
        out << "create failed: " << status.message() << Qt::endl;
        return 1;
    }
    const QDate today = QDate::currentDate();
    QElapsedTimer generation;
    generation.start();
    status = Bench::generateCases(database, requests, 95, 1000, today);
    if (!status) {
        out << "generate failed: " << status.detail() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("Generated %1 request cases (95% closed) and 1,000 breaches in %2 s")
               .arg(requests)
               .arg(generation.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    Register::RequestService service(database);
    qsizetype count = 0;
    report("open cases with their rights (RequestService::listOpen)",
           medianOf(repeats,
                    [&] {
                        QList<Domain::RequestCase> cases;
                        const bool ok = service.listOpen(&cases).isOk();
                        count = cases.size();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 cases").arg(count); });
    report("open cases as list items (RequestService::listItems)",
           medianOf(repeats,
                    [&] {
                        QList<Register::RequestListItem> items;
                        const bool ok = service.listItems(false, &items).isOk();
                        count = items.size();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 cases").arg(count); });
    report("every case as list items (listItems, closed too)",
           medianOf(repeats,
                    [&] {
                        QList<Register::RequestListItem> items;
                        const bool ok = service.listItems(true, &items).isOk();
                        count = items.size();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 cases").arg(count); });
    report("every case (RequestService::listByStatus({}))",
           medianOf(repeats,
                    [&] {
                        QList<Domain::RequestCase> cases;
                        const bool ok = service.listByStatus({}, &cases).isOk();
                        count = cases.size();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 cases").arg(count); });
    report("every case of one requester (findByRequester)",
           medianOf(repeats,
                    [&] {
                        QList<Domain::RequestCase> cases;
                        const bool ok = service.findByRequester(QStringLiteral("requester4242@"), &cases).isOk();
                        count = cases.size();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 found").arg(count); });
    report("due within 7 days (DueList::read, custodian-cli due)",
           medianOf(repeats,
                    [&] {
                        QList<Register::DueItem> items;
                        const bool ok = Register::DueList::read(database, today, 7, &items).isOk();
                        count = items.size();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 items").arg(count); });
    Register::RegisterSnapshot snapshot;
    report("completeness snapshot (RegisterSnapshot::load)",
           medianOf(repeats, [&] { return Register::RegisterSnapshot::load(database, &snapshot).isOk(); }),
           [&] { return QStringLiteral("%1 cases not purged").arg(snapshot.requests.size()); });
    report("completeness check (CompletenessCheck::run)",
           medianOf(repeats,
                    [&] {
                        count = Register::CompletenessCheck::run(snapshot, today).size();
                        return true;
                    }),
           [&] { return QStringLiteral("%1 findings").arg(count); });
    int changed = 0;
    report("recount the open cases' deadlines (settings change)",
           medianOf(repeats,
                    [&] {
                        QSqlDatabase &db = database.connection();
                        if (!db.transaction())
                            return false;
                        const std::optional<Clocks::HolidayCalendar> calendar =
                            Clocks::HolidayCalendar::load(QStringLiteral("NL"));
                        const bool ok =
                            Register::RequestService::recountDeadlines(database, *calendar, 3, &changed).isOk();
                        db.rollback();
                        return ok;
                    }),
           [&] { return QStringLiteral("%1 changed").arg(changed); });
    return 0;
}
