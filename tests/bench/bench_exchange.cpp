// Export and import benchmarks (issue #10): a register of 10,000 processing activities (with 500
// parties and 300 agreements), then one of 100,000 request cases and 1,000 breaches: the JSON
// export (read and written as text), a merge into a new register (through the services, one history
// entry per item), the export of that register with its history and its restore into a new one; the lists as an XLSX
// workbook and as CSV files in a ZIP, and the workbook read and merged into a new register. Prints the time of each and
// the process's peak memory; asserts nothing. Usage: custodian-bench-exchange [activities] [requests] [steps] steps: a
// comma-separated choice of json,restore,merge,floor,xlsx,csv (default all of them; a restore and the floor need the
// merge before them).
#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#include "RegisterGenerator.h"
#include "exchange/ExportFile.h"
#include "exchange/RegisterJson.h"
#include "exchange/Tabular.h"
#include "storage/HistoryChain.h"

#include "storage/BoundQuery.h"
#include "storage/Database.h"
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Custodian;

namespace {

QTextStream out(stdout);
QStringList steps = {QStringLiteral("json"),  QStringLiteral("restore"), QStringLiteral("merge"),
                     QStringLiteral("floor"), QStringLiteral("xlsx"),    QStringLiteral("csv")};

double peakMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#else
    return 0;
#endif
}

void report(const QString &what, qint64 ms, const QString &detail = QString())
{
    out << QStringLiteral("%1 %2 ms   peak %3 MB").arg(what, -52).arg(ms, 7).arg(peakMegabytes(), 6, 'f', 0);
    if (!detail.isEmpty())
        out << "  (" << detail << ')';
    out << Qt::endl;
}

bool fresh(QTemporaryDir &dir, const QString &name, Storage::Database *database)
{
    const Status status = database->create(dir.filePath(name), QStringLiteral("bench passphrase 1"));
    if (!status)
        out << "create failed: " << status.message() << Qt::endl;
    return status.isOk();
}

// What writing a register costs SQLCipher alone, the floor under any import of it: every row of
// `source` (tables, indexes and triggers as they are) written into a new register with prepared
// statements, in one transaction, no JSON, no checks (not even of references), no history
// computed. `OR IGNORE` passes over the rows a new register starts with; unlike `OR REPLACE` it
// needs no statement journal, which SQLCipher would encrypt page by page. Only the writing is
// timed; the rows are read before.
void writeFloor(QTemporaryDir &dir, const QString &label, Storage::Database &source)
{
    Storage::Database target;
    if (!fresh(dir, label + QStringLiteral("-floor.cstd"), &target))
        return;
    struct Table
    {
        QString name;
        QString insert;
        QList<QVariantList> rows;
    };
    QList<Table> tables;
    qint64 rows = 0;
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    // In the order the migrations made them: mostly a table after the tables it refers to. The
    // head of the history is the one row a register cannot replace: it is set after the rest.
    read.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name <> 'history_head' ORDER BY rowid"));
    while (read.next())
        tables.append({read.value(0).toString(), QString(), {}});
    read.finish();
    for (Table &table : tables) {
        QSqlQuery query(source.connection());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table.name));
        const int columns = query.record().count();
        QStringList marks;
        for (int i = 0; i < columns; ++i)
            marks << QStringLiteral("?");
        table.insert =
            QStringLiteral("INSERT OR IGNORE INTO \"%1\" VALUES (%2)").arg(table.name, marks.join(QLatin1Char(',')));
        while (query.next()) {
            QVariantList values;
            for (int i = 0; i < columns; ++i)
                values << query.value(i);
            table.rows.append(values);
        }
        rows += table.rows.size();
    }
    QSqlDatabase &db = target.connection();
    QElapsedTimer timer;
    timer.start();
    // References are not checked: the rows are a register's, and the floor is lower for it.
    bool ok = QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    ok = ok && db.transaction();
    for (const Table &table : std::as_const(tables)) {
        QSqlQuery query(db);
        ok = ok && query.prepare(table.insert);
        for (const QVariantList &values : table.rows)
            ok = ok && Storage::execBound(query, values);
        if (!ok) {
            out << "floor: " << table.name << ": " << query.lastError().text() << Qt::endl;
            break;
        }
    }
    QSqlQuery head(source.connection());
    ok = ok && head.exec(QStringLiteral("SELECT count, hash FROM history_head")) && head.next();
    QSqlQuery moved(db);
    ok = ok && moved.prepare(QStringLiteral("UPDATE history_head SET count = ?, hash = ? WHERE id = 1")) &&
         Storage::execBound(moved, {head.value(0), head.value(1)});
    ok = ok && db.commit();
    const qint64 elapsed = timer.elapsed();
    if (!ok)
        db.rollback();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    report(QStringLiteral("%1: floor, the same rows written").arg(label), elapsed,
           ok ? QStringLiteral("%1 rows").arg(rows) : QStringLiteral("failed"));
}

bool run(const QString &label, QTemporaryDir &dir, const std::function<Status(Storage::Database &)> &fill)
{
    Storage::Database source;
    if (!fresh(dir, label + QStringLiteral("-source.cstd"), &source))
        return false;
    QElapsedTimer timer;
    timer.start();
    Status status = fill(source);
    if (!status) {
        out << "generate failed: " << status.detail() << Qt::endl;
        return false;
    }
    out << QStringLiteral("%1: generated in %2 s").arg(label).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;

    timer.restart();
    QByteArray text;
    qint64 elapsed = 0;
    {
        QFile file(dir.filePath(label + QStringLiteral(".json")));
        if (file.open(QIODevice::ReadWrite))
            status = Exchange::RegisterJson::exportRegister(source, &file, nullptr);
        file.flush();
        elapsed = timer.elapsed();
        file.seek(0);
        text = file.readAll();
        file.remove();
    }
    if (!status) {
        out << "export failed: " << status.detail() << Qt::endl;
        return false;
    }
    report(QStringLiteral("%1: export to a JSON file").arg(label), elapsed,
           QStringLiteral("%1 MB").arg(text.size() / 1048576.0, 0, 'f', 1));

    // The merge first: it writes a history entry per item, as the services do, so that the register
    // it makes is the realistic one to export and restore (the generator writes no history).
    auto import = [&](Exchange::RegisterJson::Mode mode, const QByteArray &file, Storage::Database &target,
                      const QString &name) {
        const bool restore = mode == Exchange::RegisterJson::Mode::Restore;
        if (!fresh(dir, label + name, &target))
            return false;
        Exchange::RegisterJson::Options options;
        options.mode = mode;
        QList<Exchange::ImportFinding> findings;
        Exchange::ImportSummary summary;
        timer.restart();
        status = Exchange::RegisterJson::import(target, file, options, &findings, &summary);
        report(
            QStringLiteral("%1: import, %2").arg(label, restore ? QStringLiteral("restore") : QStringLiteral("merge")),
            timer.elapsed(),
            status ? QStringLiteral("%1 items, %2 entries, %3 findings")
                         .arg(summary.created())
                         .arg(summary.historyEntries)
                         .arg(findings.size())
                   : QStringLiteral("failed: %1 %2")
                         .arg(status.message(), findings.isEmpty() ? QString() : findings.first().text()));
        return status.isOk();
    };
    Storage::Database merged;
    if ((steps.contains(QStringLiteral("merge")) || steps.contains(QStringLiteral("restore")) ||
         steps.contains(QStringLiteral("floor"))) &&
        import(Exchange::RegisterJson::Mode::Merge, text, merged, QStringLiteral("-merged.cstd"))) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        timer.restart();
        status = Exchange::RegisterJson::exportRegister(merged, &buffer, nullptr);
        report(QStringLiteral("%1: export with history").arg(label), timer.elapsed(),
               QStringLiteral("%1 MB").arg(buffer.size() / 1048576.0, 0, 'f', 1));
        if (steps.contains(QStringLiteral("floor")))
            writeFloor(dir, label, merged);
        Storage::Database restored;
        if (status && steps.contains(QStringLiteral("restore")))
            import(Exchange::RegisterJson::Mode::Restore, buffer.data(), restored, QStringLiteral("-restored.cstd"));
    }

    // The lists: a workbook and a ZIP of CSV files, and the workbook read and merged back.
    for (const auto format : {Exchange::ExportRequest::Format::Xlsx, Exchange::ExportRequest::Format::Csv}) {
        const bool xlsx = format == Exchange::ExportRequest::Format::Xlsx;
        if (!steps.contains(xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")))
            continue;
        Exchange::ExportRequest request;
        request.format = format;
        request.path = dir.filePath(label + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".zip")));
        Storage::HistoryHead head;
        QStringList warnings;
        timer.restart();
        status = Exchange::ExportFile::write(source, request, &head, &warnings);
        report(
            QStringLiteral("%1: export to %2").arg(label, xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV (ZIP)")),
            timer.elapsed(),
            status ? QStringLiteral("%1 MB").arg(QFileInfo(request.path).size() / 1048576.0, 0, 'f', 1)
                   : QStringLiteral("failed: %1").arg(status.detail()));
        if (!status || !xlsx)
            continue;
        Storage::Database target;
        if (!fresh(dir, label + QStringLiteral("-from-xlsx.cstd"), &target))
            return false;
        timer.restart();
        QList<Exchange::RawTable> tables;
        QList<Exchange::ImportFinding> findings;
        Exchange::Tabular::readPath(request.path, QChar(), &tables, &findings);
        report(QStringLiteral("%1: read the XLSX").arg(label), timer.elapsed(),
               QStringLiteral("%1 lists").arg(tables.size()));
        timer.restart();
        Exchange::ImportSummary summary;
        status = Exchange::Tabular::import(target, tables, Exchange::Tabular::ImportOptions(), &findings, &summary);
        report(QStringLiteral("%1: import the XLSX, merge").arg(label), timer.elapsed(),
               status ? QStringLiteral("%1 items, %2 findings").arg(summary.created()).arg(findings.size())
                      : QStringLiteral("failed: %1 %2")
                            .arg(status.message(), findings.isEmpty() ? QString() : findings.first().text()));
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int activities = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int requests = args.size() > 2 ? args.at(2).toInt() : 100000;
    if (args.size() > 3)
        steps = args.at(3).split(QLatin1Char(','));
    QTemporaryDir dir;
    const bool ok =
        run(QStringLiteral("%1 activities").arg(activities), dir,
            [activities](Storage::Database &db) { return Bench::generateRegister(db, activities, 500, 300); }) &&
        run(QStringLiteral("%1 requests").arg(requests), dir, [requests](Storage::Database &db) {
            return Bench::generateCases(db, requests, 95, 1000, QDate::currentDate());
        });
    return ok ? 0 : 1;
}
