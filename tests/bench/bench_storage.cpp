// Storage benchmarks (issue: foundation): unlock time, and 100,000 inserts in one transaction
// through our SQLCipher driver against the same through Qt's stock QSQLITE on a plain file.
// Prints figures; asserts nothing. Usage: custodian-bench [rows] [repeats]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include "storage/CipherProfile.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

using namespace Custodian;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// Inserts rows in one transaction with a prepared statement; returns milliseconds, -1 on error.
double insertRows(QSqlDatabase &db, int rows)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "amount INTEGER, note TEXT)")) ||
        !query.exec(QStringLiteral("DELETE FROM bench"))) {
        out << "error: " << query.lastError().text() << Qt::endl;
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        return -1;
    query.prepare(QStringLiteral("INSERT INTO bench (name, amount, note) VALUES (?, ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        query.bindValue(0, QStringLiteral("Verwerkingsactiviteit %1").arg(i));
        query.bindValue(1, i);
        query.bindValue(2, QStringLiteral("Bewaartermijn: 7 jaar na afloop van het boekjaar (AWR art. 52)"));
        if (!query.exec()) {
            out << "error: " << query.lastError().text() << Qt::endl;
            db.rollback();
            return -1;
        }
    }
    if (!db.commit())
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

double timeConnection(const QString &driver, const QString &path, const QString &key, int rows)
{
    const QString name = QStringLiteral("bench-%1-%2").arg(driver).arg(key.isEmpty() ? 0 : 1);
    double ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        if (driver == QLatin1String("QSQLCIPHER"))
            db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        if (!db.open(QString(), key)) {
            out << "error: cannot open " << path << ": " << db.lastError().text() << Qt::endl;
        } else {
            if (!key.isEmpty())
                (void)Storage::CipherProfile::pinned().apply(db);
            ms = insertRows(db, rows);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    QFile::remove(path);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int repeats = args.size() > 2 ? args.at(2).toInt() : 5;
    Storage::registerSqlCipherDriver();
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("benchmark passphrase 2026");

    out << "Custodian storage benchmark: " << rows << " rows, median of " << repeats << " runs" << Qt::endl;

    // Unlock: PBKDF2 key derivation (profile custodian-1), probe, read-back, quick_check.
    const QString registerPath = dir.filePath(QStringLiteral("unlock.custodian"));
    {
        Storage::Database database;
        if (!database.create(registerPath, passphrase)) {
            out << "error: cannot create a register" << Qt::endl;
            return 1;
        }
    }
    QList<double> unlock;
    for (int i = 0; i < repeats; ++i) {
        Storage::Database database;
        QElapsedTimer timer;
        timer.start();
        const Status status = database.open(registerPath, passphrase);
        unlock << timer.nsecsElapsed() / 1e6;
        if (!status) {
            out << "error: " << status.message() << Qt::endl;
            return 1;
        }
    }

    QList<double> encrypted, ownPlain, stock;
    for (int i = 0; i < repeats; ++i) {
        encrypted << timeConnection(QStringLiteral("QSQLCIPHER"), dir.filePath(QStringLiteral("enc.db")), passphrase,
                                    rows);
        ownPlain << timeConnection(QStringLiteral("QSQLCIPHER"), dir.filePath(QStringLiteral("own.db")), QString(),
                                   rows);
        stock << timeConnection(QStringLiteral("QSQLITE"), dir.filePath(QStringLiteral("stock.db")), QString(), rows);
    }
    const double enc = median(encrypted);
    const double plain = median(ownPlain);
    const double base = median(stock);

    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    out << "unlock (open + key + checks)           " << median(unlock) << " ms" << Qt::endl;
    out << "inserts, QSQLCIPHER encrypted          " << enc << " ms" << Qt::endl;
    out << "inserts, QSQLCIPHER without a key      " << plain << " ms" << Qt::endl;
    out << "inserts, stock QSQLITE plain file      " << base << " ms" << Qt::endl;
    out.setRealNumberPrecision(2);
    out << "ratio encrypted / stock QSQLITE        " << (base > 0 ? enc / base : 0.0) << "x (goal <= 1.5x)" << Qt::endl;
    out << "ratio own driver plain / stock QSQLITE " << (base > 0 ? plain / base : 0.0) << "x" << Qt::endl;
    return 0;
}
