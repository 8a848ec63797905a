// Export and import benchmarks (issue #10): a register of 10,000 processing activities (with 500
// parties and 300 agreements), then one of 100,000 request cases and 1,000 breaches: the JSON
// export (read and written as text), a restore into a new register, and a merge into a new
// register (through the services, one history entry per item); the lists as an XLSX workbook and
// as CSV files in a ZIP, and the workbook read and merged into a new register. Prints the time of each and the
// process's peak memory; asserts nothing.
// Usage: custodian-bench-exchange [activities] [requests] [steps]
// steps: a comma-separated choice of json,restore,merge,xlsx,csv (default all of them).
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

#include "storage/Database.h"
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Custodian;

namespace {

QTextStream out(stdout);
QStringList steps = {QStringLiteral("json"), QStringLiteral("restore"), QStringLiteral("merge"), QStringLiteral("xlsx"),
                     QStringLiteral("csv")};

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

    for (const auto mode : {Exchange::RegisterJson::Mode::Restore, Exchange::RegisterJson::Mode::Merge}) {
        const bool restore = mode == Exchange::RegisterJson::Mode::Restore;
        if (!steps.contains(restore ? QStringLiteral("restore") : QStringLiteral("merge")))
            continue;
        Storage::Database target;
        if (!fresh(dir, label + (restore ? QStringLiteral("-restored.cstd") : QStringLiteral("-merged.cstd")), &target))
            return false;
        Exchange::RegisterJson::Options options;
        options.mode = mode;
        QList<Exchange::ImportFinding> findings;
        Exchange::ImportSummary summary;
        timer.restart();
        status = Exchange::RegisterJson::import(target, text, options, &findings, &summary);
        report(
            QStringLiteral("%1: import, %2").arg(label, restore ? QStringLiteral("restore") : QStringLiteral("merge")),
            timer.elapsed(),
            status ? QStringLiteral("%1 items, %2 findings").arg(summary.created()).arg(findings.size())
                   : QStringLiteral("failed: %1 %2")
                         .arg(status.message(), findings.isEmpty() ? QString() : findings.first().text()));
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
