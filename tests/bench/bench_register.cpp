// Register benchmarks (issue: the register): a register of 10,000 processing activities, 2,000
// parties and 5,000 agreements, then the time of ActivityService::list() over all activities,
// RegisterSnapshot::load() and CompletenessCheck::run() over everything. Goals: list under 200 ms,
// check under 1 s. Prints figures (median of the runs); asserts nothing.
// Usage: custodian-bench-register [activities] [repeats] [--postgres]
// With --postgres the same register lives in a throwaway PostgreSQL cluster (tests/support/PgCluster)
// and the same services read it through QPSQL over a Unix socket.
//
// The register is generated with bulk SQL in one transaction (RegisterGenerator, shared with
// custodian-bench-ui): going through the services would write 17,000 audited transactions and
// measure the writes, not the reads this benchmark is about. One activity is saved through
// ActivityService as a cross-check that the generated rows list together with real ones.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

#include "RegisterGenerator.h"
#include "domain/PrivacyStatement.h"
#include "register/Completeness.h"
#include "register/Services.h"
#include "storage/Database.h"
#include "storage/PgStore.h"
#include "support/PgCluster.h"

using namespace Custodian;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// Wall-clock and processor time in milliseconds; processor time shows the cost on a machine whose
// cores are shared (wall time then includes waiting for a core).
struct Timing
{
    double wall = -1;
    double cpu = -1;
};

Timing timed(const std::function<bool()> &work)
{
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    if (!work())
        return {};
    return {timer.nsecsElapsed() / 1e6, double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC};
}

QString figure(const QList<Timing> &timings)
{
    QList<double> wall;
    QList<double> cpu;
    for (const Timing &t : timings) {
        wall << t.wall;
        cpu << t.cpu;
    }
    return QStringLiteral("%1 ms (processor %2 ms)").arg(median(wall), 7, 'f', 1).arg(median(cpu), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool onPostgres = arguments.removeAll(QStringLiteral("--postgres")) > 0;
    const int activities = arguments.size() > 0 ? arguments.at(0).toInt() : 10000;
    const int repeats = arguments.size() > 1 ? arguments.at(1).toInt() : 3;
    const int parties = std::max(10, activities / 5);
    const int agreements = std::max(10, activities / 2);

    QTemporaryDir dir;
    Storage::Database file;
    Storage::PgStore server;
    Test::PgCluster cluster;
    Status status;
    if (onPostgres) {
        QString why;
        if (!cluster.available(&why) || !cluster.start(&why)) {
            out << "error: no PostgreSQL cluster: " << why << Qt::endl;
            return 1;
        }
        Storage::PgLocation location;
        location.host = cluster.socketDir();
        location.port = cluster.port();
        location.database = cluster.databaseName();
        location.user = QStringLiteral("postgres");
        status = server.create(location, QString());
    } else {
        status = file.create(dir.filePath(QStringLiteral("bench.cstd")), QStringLiteral("register benchmark"));
    }
    Storage::Store &database = onPostgres ? static_cast<Storage::Store &>(server) : file;
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    out << "Custodian register benchmark on " << (onPostgres ? "PostgreSQL (QPSQL)" : "the SQLCipher file") << ": "
        << activities << " activities, " << parties << " parties, " << agreements << " agreements; median of "
        << repeats << " runs" << Qt::endl;
    const Timing generation = timed([&] {
        status = Bench::generateRegister(database, activities, parties, agreements);
        return status.isOk();
    });
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("  generate (bulk SQL, one transaction) %1 ms").arg(generation.wall, 7, 'f', 0) << Qt::endl;

    // Cross-check: an item saved through the services lists like the generated ones.
    Register::ActivityService activityService(database);
    Domain::ProcessingActivity real;
    real.name = QStringLiteral("Activity 00000 (saved through the service)");
    real.lawfulBases = {QStringLiteral("b")};
    status = activityService.save(&real);
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }

    QList<Timing> listTimes;
    QList<Timing> loadTimes;
    QList<Timing> checkTimes;
    qsizetype listed = 0;
    qsizetype findings = 0;
    for (int run = 0; run < repeats; ++run) {
        QList<Domain::ProcessingActivity> all;
        listTimes << timed([&] { return activityService.list(&all).isOk(); });
        listed = all.size();
        Register::RegisterSnapshot snapshot;
        loadTimes << timed([&] { return Register::RegisterSnapshot::load(database, &snapshot).isOk(); });
        checkTimes << timed([&] {
            findings = Register::CompletenessCheck::run(snapshot, QDate(2026, 6, 15)).size();
            return true;
        });
    }
    for (const Timing &t : std::as_const(listTimes) + loadTimes) {
        if (t.wall < 0) {
            out << "error: reading the register failed" << Qt::endl;
            return 1;
        }
    }
    QList<Timing> both;
    for (int run = 0; run < repeats; ++run)
        both << Timing{loadTimes.at(run).wall + checkTimes.at(run).wall,
                       loadTimes.at(run).cpu + checkTimes.at(run).cpu};
    out << QStringLiteral("  ActivityService::list, %1 activities   %2  goal < 200 ms")
               .arg(listed)
               .arg(figure(listTimes))
        << Qt::endl;
    out << QStringLiteral("  RegisterSnapshot::load                 %1").arg(figure(loadTimes)) << Qt::endl;
    out << QStringLiteral("  CompletenessCheck::run, %1 findings  %2  goal < 1000 ms")
               .arg(findings)
               .arg(figure(checkTimes))
        << Qt::endl;
    out << QStringLiteral("  load + check                           %1").arg(figure(both)) << Qt::endl;

    // The privacy statement's consistency check, which its editor runs as the statement is typed:
    // a statement in Dutch and English for customers, whose statement describes every fifth activity.
    Register::RegisterSnapshot snapshot;
    if (!Register::RegisterSnapshot::load(database, &snapshot)) {
        out << "error: reading the register failed" << Qt::endl;
        return 1;
    }
    for (qsizetype i = 0; i < snapshot.activities.size(); i += 5) {
        snapshot.activities[i].publish = true;
        snapshot.activities[i].audiences = {QStringLiteral("customers")};
    }
    Domain::PrivacyStatement statement;
    statement.uuid = QStringLiteral("bench-statement");
    statement.title = QStringLiteral("Privacy statement");
    statement.audiences = {QStringLiteral("customers")};
    statement.languages = {QStringLiteral("nl"), QStringLiteral("en")};
    snapshot.statements = {statement};
    QList<Timing> statementTimes;
    qsizetype statementFindings = 0;
    for (int run = 0; run < repeats; ++run) {
        statementTimes << timed([&] {
            statementFindings =
                Register::CompletenessCheck::forStatement(statement, snapshot, QDate(2026, 6, 15)).size();
            return true;
        });
    }
    out << QStringLiteral("  CompletenessCheck::forStatement, %1 activities described, %2 findings  %3  per keystroke "
                          "in its editor")
               .arg((snapshot.activities.size() + 4) / 5)
               .arg(statementFindings)
               .arg(figure(statementTimes))
        << Qt::endl;
    return 0;
}
