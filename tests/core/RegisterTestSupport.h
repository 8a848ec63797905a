// Shared by the register tests: a fresh register, SQL and audit helpers, and readable output for
// Status in QCOMPARE and QVERIFY. The same test runs on either store: the SQLCipher file (default)
// or, with CUSTODIAN_TEST_STORE=postgres, a fresh database in a throwaway PostgreSQL cluster that is
// started once per test executable (tests/support/PgCluster) and stopped when it ends.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "Status.h"
#include "register/AuditLog.h"
#include "storage/Database.h"
#include "storage/PgStore.h"
#include "support/PgCluster.h"

namespace Custodian {
inline char *toString(Status::Code code)
{
    static const QList<QByteArray> names =
        QByteArray("Ok InvalidInput FileNotFound FileExists NotARegister "
                   "WrongPassphrase Damaged NewerVersion CipherUnavailable "
                   "PassphraseTooWeak IoError DatabaseError KeychainUnavailable "
                   "Timeout NotFound Conflict InUse ReadOnlyLocation Interrupted Incomplete")
            .split(' ');
    const auto index = qsizetype(code);
    return qstrdup(index < names.size() ? names.at(index).constData() : "?");
}
} // namespace Custodian

namespace RegisterTest {

inline QString describe(const Custodian::Status &status)
{
    return QStringLiteral("%1 (%2)").arg(status.message(), status.detail());
}

// QVERIFY that a Status is ok, printing its message and detail when it is not.
#define QVERIFY_OK(expression)                                                                                         \
    do {                                                                                                               \
        const Custodian::Status verifyStatus = (expression);                                                           \
        QVERIFY2(verifyStatus.isOk(), qPrintable(RegisterTest::describe(verifyStatus)));                               \
    } while (false)

inline QString passphrase()
{
    return QStringLiteral("register test passphrase");
}

// Which store the register tests run on.
inline bool onPostgres()
{
    return qEnvironmentVariable("CUSTODIAN_TEST_STORE") == QLatin1String("postgres");
}

// The cluster of this test executable, started on first use; empty error when it runs.
inline Custodian::Test::PgCluster &pgCluster(QString *error)
{
    static Custodian::Test::PgCluster *cluster = nullptr;
    static QString startError;
    if (!cluster) {
        cluster = new Custodian::Test::PgCluster;
        QString why;
        if (!cluster->available(&why) || !cluster->start(&why))
            startError = QStringLiteral("no PostgreSQL test cluster: ") + why;
        // Stopped (and its folder removed) when the application object goes.
        qAddPostRoutine([] {
            delete cluster;
            cluster = nullptr;
        });
    }
    *error = startError;
    return *cluster;
}

// A new register, created on construction; check ok() before use.
class TestRegister
{
public:
    TestRegister()
    {
        if (!onPostgres()) {
            m_file = std::make_unique<Custodian::Storage::Database>();
            m_status = m_file->create(path(), passphrase());
            return;
        }
        QString error;
        Custodian::Test::PgCluster &cluster = pgCluster(&error);
        if (!error.isEmpty()) {
            m_status = Custodian::Status::error(Custodian::Status::Code::IoError, error);
            return;
        }
        static int counter = 0;
        const QString name = QStringLiteral("register_%1").arg(++counter);
        {
            QSqlDatabase admin = cluster.connect(QStringLiteral("admin"));
            QSqlQuery query(admin);
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                m_status = Custodian::Status::error(Custodian::Status::Code::DatabaseError,
                                                    QStringLiteral("CREATE DATABASE failed"), query.lastError().text());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        if (!m_status)
            return;
        Custodian::Storage::PgLocation location;
        location.host = cluster.socketDir();
        location.port = cluster.port();
        location.database = name;
        location.user = QStringLiteral("postgres");
        m_server = std::make_unique<Custodian::Storage::PgStore>();
        m_status = m_server->create(location, QString());
        m_location = location;
    }
    bool ok() const { return m_dir.isValid() && m_status.isOk(); }
    QString error() const { return describe(m_status); }
    QString path() const { return m_dir.filePath(QStringLiteral("register.cstd")); }
    Custodian::Storage::Store &database()
    {
        return m_file ? static_cast<Custodian::Storage::Store &>(*m_file) : *m_server;
    }
    // A second, independent connection to the same register (another window, another colleague).
    std::unique_ptr<Custodian::Storage::Store> openAgain()
    {
        if (m_file) {
            auto other = std::make_unique<Custodian::Storage::Database>();
            const Custodian::Status status = other->open(path(), passphrase());
            if (!status) {
                qWarning() << describe(status);
                return nullptr;
            }
            return other;
        }
        auto other = std::make_unique<Custodian::Storage::PgStore>();
        const Custodian::Status status = other->open(m_location, QString());
        if (!status) {
            qWarning() << describe(status);
            return nullptr;
        }
        return other;
    }
    // A second person saving to the register. On PostgreSQL a second connection; a file has one
    // writer at a time (the writer lock refuses a second), so there it is the same store, where a
    // stale copy in another editor is what meets a newer save.
    Custodian::Storage::Store *colleague()
    {
        if (m_file)
            return m_file.get();
        if (!m_colleague)
            m_colleague = openAgain();
        return m_colleague.get();
    }
    // The register file, when the test runs on one (nullptr on PostgreSQL).
    Custodian::Storage::Database *file() { return m_file.get(); }
    QSqlDatabase &db() { return database().connection(); }

    qint64 auditCount() { return Custodian::Register::AuditLog::count(db()); }
    QList<Custodian::Register::AuditLog::Entry> entries(const QString &entity, const QString &uuid)
    {
        return Custodian::Register::AuditLog::entriesFor(db(), entity, uuid);
    }
    // The first column of the first row of sql, or -1 when it fails.
    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning() << "query failed:" << sql << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }
    // Makes every INSERT into table fail (when condition, an SQL expression over NEW, holds) until
    // removeFailure(): a write that fails half-way, in either store's trigger language.
    bool injectFailure(const QString &table, const QString &condition = QString())
    {
        m_failureTable = table;
        if (!m_server)
            return exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON %1 %2 BEGIN SELECT RAISE(ABORT, "
                                       "'injected'); END")
                            .arg(table, condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition));
        return exec(QStringLiteral("CREATE OR REPLACE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS "
                                   "$$ BEGIN RAISE EXCEPTION 'injected'; END $$")) &&
               exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON %1 FOR EACH ROW %2 EXECUTE FUNCTION fail()")
                        .arg(table, condition.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(condition)));
    }
    bool removeFailure()
    {
        return exec(m_server ? QStringLiteral("DROP TRIGGER fail ON %1").arg(m_failureTable)
                             : QStringLiteral("DROP TRIGGER fail"));
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            qWarning() << "query failed:" << sql << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Custodian::Storage::Database> m_file;
    std::unique_ptr<Custodian::Storage::Store> m_colleague;
    std::unique_ptr<Custodian::Storage::PgStore> m_server;
    QString m_failureTable;
    Custodian::Storage::PgLocation m_location;
    Custodian::Status m_status;
};

} // namespace RegisterTest
