// Register benchmarks (issue: the register): a register of 10,000 processing activities, 2,000
// parties and 5,000 agreements, then the time of ActivityService::list() over all activities,
// RegisterSnapshot::load() and CompletenessCheck::run() over everything. Goals: list under 200 ms,
// check under 1 s. Prints figures (median of the runs); asserts nothing.
// Usage: custodian-bench-register [activities] [repeats]
//
// The register is generated with bulk SQL in one transaction (prepared statements, bound values):
// going through the services would write 17,000 audited transactions and measure the writes, not
// the reads this benchmark is about. The rows have the shape the services write (every child table
// filled), and one activity is saved through ActivityService as a cross-check that the generated
// rows list together with real ones.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <functional>

#include "register/Completeness.h"
#include "register/EntityServices.h"
#include "storage/Database.h"

using namespace Custodian;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Prepares once, runs once per row; reports the first error.
class Inserter
{
public:
    Inserter(QSqlDatabase &db, const QString &sql) : m_query(db) { m_ok = m_query.prepare(sql); }
    bool operator()(const QVariantList &values)
    {
        if (!m_ok)
            return false;
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        m_ok = m_query.exec();
        if (!m_ok)
            out << "error: " << m_query.lastError().text() << Qt::endl;
        return m_ok;
    }
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

bool generate(QSqlDatabase &db, int activities, int parties, int agreements)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QStringList roles = {QStringLiteral("processor"), QStringLiteral("sub_processor"),
                               QStringLiteral("controller"), QStringLiteral("recipient")};
    const QStringList clauses = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                                 QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("infringement_notice")};
    if (!db.transaction())
        return false;
    const int measures = 20;
    const int rules = 30;
    Inserter measure(db, QStringLiteral("INSERT INTO security_measure (uuid, title, description, kind, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 1; i <= measures; ++i) {
        if (!measure({uuid(), QStringLiteral("Measure %1").arg(i), QStringLiteral("Description of measure %1").arg(i),
                      i % 3 ? QStringLiteral("technical") : QStringLiteral("organisational"), now, now}))
            return false;
    }
    Inserter rule(db, QStringLiteral("INSERT INTO retention_rule (uuid, name, period_count, period_unit, trigger_text, "
                                     "basis_type, legal_source, created_at, updated_at) "
                                     "VALUES (?, ?, ?, 'years', 'after the end of the year', ?, ?, ?, ?)"));
    for (int i = 1; i <= rules; ++i) {
        // Every tenth rule has no legal source: the check has something to report.
        if (!rule({uuid(), QStringLiteral("Rule %1").arg(i), 1 + i % 10,
                   i % 2 ? QStringLiteral("statute") : QStringLiteral("policy"),
                   i % 10 ? QVariant(QStringLiteral("Source %1").arg(i)) : QVariant(QStringLiteral("")), now, now}))
            return false;
    }
    Inserter party(db, QStringLiteral("INSERT INTO party (uuid, name, country, contact_email, notes, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Inserter role(db, QStringLiteral("INSERT INTO party_role (party_id, role) VALUES (?, ?)"));
    for (int i = 1; i <= parties; ++i) {
        if (!party({uuid(), QStringLiteral("Party %1 B.V.").arg(i, 5, 10, QLatin1Char('0')),
                    i % 7 ? QStringLiteral("NL") : QStringLiteral("US"),
                    QStringLiteral("privacy@party%1.example").arg(i), QStringLiteral("Notes about party %1").arg(i),
                    now, now}) ||
            !role({i, roles.at(i % roles.size())}))
            return false;
    }
    Inserter agreement(
        db,
        QStringLiteral(
            "INSERT INTO agreement (uuid, title, kind, controller_party_id, processor_party_id, parent_agreement_id, "
            "subject_matter, signed_on, effective_on, expires_on, review_on, subprocessor_authorisation, "
            "objection_window_days, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'Hosting', '2024-03-01', '2024-03-01', ?, ?, 'general', ?, 'active', ?, ?)"));
    Inserter clause(db, QStringLiteral("INSERT INTO agreement_clause (agreement_id, clause, ticked, reference) "
                                       "VALUES (?, ?, ?, ?)"));
    Inserter notice(db, QStringLiteral("INSERT INTO subprocessor_notice (uuid, agreement_id, received_on, "
                                       "change_description, objection_deadline, decision) "
                                       "VALUES (?, ?, '2026-04-24', 'New sub-processor', '2026-05-26', ?)"));
    Inserter attachment(db, QStringLiteral("INSERT INTO attachment (uuid, agreement_id, file_name, size, sha256, "
                                           "content, added_at) VALUES (?, ?, 'signed.pdf', 4, 'x', ?, ?)"));
    Inserter agreementMeasure(db, QStringLiteral("INSERT INTO agreement_measure (agreement_id, measure_id) "
                                                 "VALUES (?, ?)"));
    for (int i = 1; i <= agreements; ++i) {
        // Every fifth is a sub-processing agreement below the one before it; one in four customers'.
        const bool sub = i % 5 == 0;
        const bool asProcessor = i % 4 == 1;
        if (!agreement({uuid(), QStringLiteral("Agreement %1").arg(i, 5, 10, QLatin1Char('0')),
                        sub ? QStringLiteral("sub_processing") : QStringLiteral("processing"),
                        asProcessor ? QVariant(1 + i % parties) : QVariant(),
                        asProcessor ? QVariant() : QVariant(1 + (i * 7) % parties), sub ? QVariant(i - 1) : QVariant(),
                        i % 50 ? QVariant() : QVariant(QStringLiteral("2025-12-31")),
                        i % 3 ? QVariant(QStringLiteral("2027-06-01")) : QVariant(QStringLiteral("2026-01-01")),
                        i % 9 ? QVariant(30) : QVariant(), now, now}))
            return false;
        for (int c = 0; c < clauses.size(); ++c) {
            if (!clause({i, clauses.at(c), (i + c) % 17 ? 1 : 0, QStringLiteral("art. %1").arg(c + 1)}))
                return false;
        }
        if (i % 10 == 0 && !notice({uuid(), i, i % 20 ? QStringLiteral("accepted") : QStringLiteral("pending")}))
            return false;
        if (i % 3 && !attachment({uuid(), i, QByteArray("%PDF"), now}))
            return false;
        if (!agreementMeasure({i, 1 + i % measures}))
            return false;
    }
    Inserter activity(
        db,
        QStringLiteral(
            "INSERT INTO activity (uuid, name, purpose, description, lia_reference, data_source, systems, "
            "storage_location, dpia_required, owner_department, status, last_reviewed, next_review, created_at, "
            "updated_at) VALUES (?, ?, ?, 'A description of the processing', ?, 'The data subject', 'CRM', ?, 'no', "
            "'Sales', 'approved', '2026-01-10', ?, ?, ?)"));
    Inserter basis(db, QStringLiteral("INSERT INTO activity_lawful_basis (activity_id, basis) VALUES (?, ?)"));
    Inserter criterion(db, QStringLiteral("INSERT INTO activity_dpia_criterion (activity_id, criterion) "
                                          "VALUES (?, 'profiling')"));
    Inserter subject(db, QStringLiteral("INSERT INTO activity_subject_category (activity_id, position, name) "
                                        "VALUES (?, ?, ?)"));
    Inserter category(db, QStringLiteral("INSERT INTO activity_data_category (activity_id, position, name, "
                                         "special_category, retention_rule_id) VALUES (?, ?, ?, ?, ?)"));
    Inserter recipient(db, QStringLiteral("INSERT INTO activity_recipient (activity_id, position, party_id, kind, "
                                          "description) VALUES (?, ?, ?, 'processor', 'Processor')"));
    Inserter transfer(db, QStringLiteral("INSERT INTO transfer (activity_id, position, country, party_id, mechanism, "
                                         "scc_module, dpf_checked_on) VALUES (?, 0, 'US', ?, ?, ?, ?)"));
    Inserter activityMeasure(db,
                             QStringLiteral("INSERT INTO activity_measure (activity_id, measure_id) VALUES (?, ?)"));
    Inserter activityAgreement(db, QStringLiteral("INSERT INTO activity_agreement (activity_id, agreement_id) "
                                                  "VALUES (?, ?)"));
    for (int i = 1; i <= activities; ++i) {
        if (!activity({uuid(), QStringLiteral("Activity %1").arg(i, 5, 10, QLatin1Char('0')),
                       QStringLiteral("Purpose of activity %1").arg(i),
                       i % 2 ? QStringLiteral("LIA-%1").arg(i) : QStringLiteral(""),
                       i % 11 ? QStringLiteral("Data centre NL") : QStringLiteral(""),
                       i % 13 ? QStringLiteral("2027-01-10") : QStringLiteral("2026-01-10"), now, now}) ||
            !basis({i, QStringLiteral("b")}) || !basis({i, QStringLiteral("f")}) || (i % 25 == 0 && !criterion({i})))
            return false;
        for (int p = 0; p < 2; ++p) {
            if (!subject({i, p, QStringLiteral("Subjects %1").arg(p)}) ||
                !recipient({i, p, 1 + (i + p * 31) % parties}) || !activityMeasure({i, 1 + (i + p * 7) % measures}))
                return false;
        }
        for (int c = 0; c < 3; ++c) {
            if (!category({i, c, QStringLiteral("Category %1").arg(c),
                           (i + c) % 40 ? QStringLiteral("") : QStringLiteral("health"),
                           (i + c) % 17 ? QVariant(1 + (i + c) % rules) : QVariant()}))
                return false;
        }
        if (!transfer({i, 1 + i % parties, i % 2 ? QStringLiteral("dpf") : QStringLiteral("scc"),
                       i % 2 ? QStringLiteral("") : QStringLiteral("c2p"), QStringLiteral("2026-05-01")}) ||
            !activityAgreement({i, 1 + i % agreements}))
            return false;
    }
    return db.commit();
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
    const int activities = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int repeats = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    const int parties = std::max(10, activities / 5);
    const int agreements = std::max(10, activities / 2);

    QTemporaryDir dir;
    Storage::Database database;
    Status status = database.create(dir.filePath(QStringLiteral("bench.cstd")), QStringLiteral("register benchmark"));
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    out << "Custodian register benchmark: " << activities << " activities, " << parties << " parties, " << agreements
        << " agreements; median of " << repeats << " runs" << Qt::endl;
    const Timing generation = timed([&] { return generate(database.connection(), activities, parties, agreements); });
    if (generation.wall < 0)
        return 1;
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
    return 0;
}
