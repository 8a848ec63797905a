// What the tamper-evident history costs (issue: reliability): per save, the chain's work (read the
// head, hash the canonical encoding, move the head) against the plain insert of an entry, each in
// a transaction of its own as a save is; and the time `verify` takes to recompute a chain of
// 100,000 entries and compare the items with it; and what sealing a data subject's personal data in
// an entry adds (two fields, AES-256-GCM with the item's key). Prints figures (median of the runs);
// asserts nothing.
// Usage: custodian-bench-history [saves] [entries]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include "register/AuditLog.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"

using namespace Custodian;

namespace {

QTextStream out(stdout);

Storage::HistoryChain::Entry sampleEntry(int i)
{
    Storage::HistoryChain::Entry entry;
    entry.at = QStringLiteral("2026-12-01T10:15:00.123Z");
    entry.actor = QStringLiteral("bench");
    entry.entity = QStringLiteral("party");
    entry.uuid = QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
    entry.action = QStringLiteral("update");
    entry.changes =
        QStringLiteral(R"({"notes":{"new":"Gewijzigd %1","old":"Oud"},"contactName":{"new":"A","old":"B"}})").arg(i);
    return entry;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int saves = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int entries = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QTemporaryDir dir;
    Storage::Database database;
    Status status =
        database.create(dir.filePath(QStringLiteral("history.custodian")), QStringLiteral("benchmark passphrase"));
    if (!status) {
        out << "error: " << status.message() << Qt::endl;
        return 1;
    }
    QSqlDatabase &db = database.connection();
    out << "Custodian history benchmark: " << saves << " saves, a chain of " << entries << " entries" << Qt::endl;

    // One save = one transaction; the plain insert is what an entry cost before the chain.
    QList<double> plain;
    QList<double> chained;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(db);
        for (int i = 0; i < saves; ++i) {
            db.transaction();
            const Storage::HistoryChain::Entry entry = sampleEntry(i);
            query.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, entity, entity_uuid, action, changes, "
                                         "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 {QVariant(-(run * saves + i + 1)), QVariant(entry.at), QVariant(entry.actor), QVariant(entry.entity),
                  QVariant(entry.uuid), QVariant(entry.action), QVariant(entry.changes), QVariant(QStringLiteral("x"))})
                query.addBindValue(value);
            query.exec();
            db.rollback(); // leaves the chain as it was
        }
        plain << timer.nsecsElapsed() / 1e6 / saves;
        timer.restart();
        for (int i = 0; i < saves; ++i) {
            db.transaction();
            status = Storage::HistoryChain::append(db, database.dialect(), sampleEntry(i));
            db.rollback();
            if (!status) {
                out << "error: " << status.detail() << Qt::endl;
                return 1;
            }
        }
        chained << timer.nsecsElapsed() / 1e6 / saves;
    }
    std::sort(plain.begin(), plain.end());
    std::sort(chained.begin(), chained.end());
    out << QStringLiteral("  entry without the chain     %1 ms a save").arg(plain.at(1), 0, 'f', 3) << Qt::endl;
    out << QStringLiteral("  entry with the chain        %1 ms a save (the chain adds %2 ms)")
               .arg(chained.at(1), 0, 'f', 3)
               .arg(chained.at(1) - plain.at(1), 0, 'f', 3)
        << Qt::endl;

    // Personal data in the history: the same change of a request case, once with two fields sealed.
    const QString caseUuid = QStringLiteral("00000000-0000-4000-8000-0000000000ca");
    const QStringList personal = {QStringLiteral("requesterName"), QStringLiteral("requesterAddress")};
    auto caseChange = [](int i) {
        auto change = [](const QString &oldValue, const QString &newValue) {
            return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
        };
        return QJsonObject{
            {QStringLiteral("requesterName"), change(QStringLiteral("F. de Vries"), QStringLiteral("Femke de Vries"))},
            {QStringLiteral("requesterAddress"),
             change(QStringLiteral("Lindelaan 12"), QStringLiteral("Lindelaan %1, Utrecht").arg(i))},
            {QStringLiteral("status"), change(QStringLiteral("received"), QStringLiteral("in_progress"))}};
    };
    // The case's key exists from its first save on: made once here, then read by every save.
    db.transaction();
    status = Register::AuditLog::append(database, QStringLiteral("request_case"), caseUuid,
                                        Register::AuditLog::Action::Create, caseChange(0), personal);
    db.commit();
    QList<double> open;
    QList<double> sealed;
    for (int run = 0; run < 3 && status; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < saves && status; ++i) {
            db.transaction();
            status = Register::AuditLog::append(database, QStringLiteral("request_case"), caseUuid,
                                                Register::AuditLog::Action::Update, caseChange(i));
            db.rollback();
        }
        open << timer.nsecsElapsed() / 1e6 / saves;
        timer.restart();
        for (int i = 0; i < saves && status; ++i) {
            db.transaction();
            status = Register::AuditLog::append(database, QStringLiteral("request_case"), caseUuid,
                                                Register::AuditLog::Action::Update, caseChange(i), personal);
            db.rollback();
        }
        sealed << timer.nsecsElapsed() / 1e6 / saves;
    }
    if (!status) {
        out << "error: " << status.message() << " " << status.detail() << Qt::endl;
        return 1;
    }
    std::sort(open.begin(), open.end());
    std::sort(sealed.begin(), sealed.end());
    out << QStringLiteral("  case entry, nothing sealed  %1 ms a save").arg(open.at(1), 0, 'f', 3) << Qt::endl;
    out << QStringLiteral("  case entry, 2 fields sealed %1 ms a save (sealing adds %2 ms)")
               .arg(sealed.at(1), 0, 'f', 3)
               .arg(sealed.at(1) - open.at(1), 0, 'f', 3)
        << Qt::endl;

    // A long history, then the whole check `verify` runs.
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    for (int i = 0; i < entries; ++i) {
        if (!Storage::HistoryChain::append(db, database.dialect(), sampleEntry(i))) {
            out << "error: the long history could not be written" << Qt::endl;
            return 1;
        }
    }
    db.commit();
    out << QStringLiteral("  appending %1 entries        %2 ms (one transaction)").arg(entries).arg(timer.elapsed())
        << Qt::endl;
    QList<double> verifies;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(db);
        QStringList problems;
        if (!Storage::HistoryChain::rowsAgainstHistory(db, Storage::HistoryChain::registerTables(), &problems))
            return 1;
        verifies << double(timer.elapsed());
        if (!report.ok) {
            out << "error: " << report.problem << Qt::endl;
            return 1;
        }
    }
    std::sort(verifies.begin(), verifies.end());
    out << QStringLiteral("  verify the chain and items  %1 ms").arg(verifies.at(1), 0, 'f', 0) << Qt::endl;
    return 0;
}
