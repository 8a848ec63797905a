#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Custodian::Test {

// A throwaway PostgreSQL cluster for one test executable: start it in initTestCase, stop it in
// cleanupTestCase (the destructor stops it too). It lives in a short private folder under /tmp
// (PostgreSQL's socket path must stay under 107 bytes), listens on a Unix socket in that folder
// only (no TCP), and never uses the system's own clusters, their sockets or port 5432.
//
// Needs the server programs (initdb, pg_ctl: Debian's `postgresql` package) and Qt's QPSQL
// plugin (`libqt6sql6-psql`). initdb refuses to run as root, so as root the server runs as the
// `postgres` OS user through runuser. CUSTODIAN_PG_BINDIR overrides where the programs are.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // The folder holding initdb and pg_ctl, or an empty string.
    static QString binDir();
    // True when a cluster can be started here; otherwise why not.
    bool available(QString *why) const;
    // True when a test must not pass by skipping: CI=true.
    static bool mustRun();

    // initdb, pg_ctl start, CREATE DATABASE. False with the reason (and the server log).
    bool start(QString *error);
    // pg_ctl -m immediate stop, then removes the folder. Safe to call more than once.
    void stop();
    bool isRunning() const { return m_running; }

    QString socketDir() const;
    QString databaseName() const { return m_database; }
    int port() const { return m_port; }

    // A QPSQL connection to the test database, already opened (check isOpen() / lastError()).
    QSqlDatabase connect(const QString &connectionName) const;

private:
    QSqlDatabase openConnection(const QString &connectionName, const QString &database) const;
    bool run(const QString &program, const QStringList &arguments, QString *output) const;
    QString serverLog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_database = QStringLiteral("custodian_test");
    int m_port = 55432; // only names the socket file in our own folder; nothing listens on TCP
    bool m_asRoot = false;
    bool m_running = false;
};

} // namespace Custodian::Test

// In initTestCase: starts the cluster, or skips the whole test with the reason when PostgreSQL or
// QPSQL is missing here. Under CI=true a missing piece is a failure: a test may not pass by
// skipping in CI.
#define CUSTODIAN_START_PG_CLUSTER(cluster)                                                                            \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (!(cluster).available(&why_)) {                                                                             \
            if (Custodian::Test::PgCluster::mustRun())                                                                 \
                QFAIL(qPrintable(QStringLiteral("CI=true and no PostgreSQL test cluster: ") + why_));                  \
            QSKIP(qPrintable(why_));                                                                                   \
        }                                                                                                              \
        if (!(cluster).start(&why_))                                                                                   \
            QFAIL(qPrintable(why_));                                                                                   \
    } while (false)
