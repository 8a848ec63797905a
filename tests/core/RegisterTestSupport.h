// Shared by the register tests: a fresh register in a temporary folder, SQL and audit helpers, and
// readable output for Status in QCOMPARE and QVERIFY.
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

namespace Custodian {
inline char *toString(Status::Code code)
{
    static const QList<QByteArray> names = QByteArray("Ok InvalidInput FileNotFound FileExists NotARegister "
                                                      "WrongPassphrase Damaged NewerVersion CipherUnavailable "
                                                      "PassphraseTooWeak IoError DatabaseError KeychainUnavailable "
                                                      "Timeout NotFound")
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

// A new register, created on construction; check ok() before use.
class TestRegister
{
public:
    TestRegister()
    {
        m_database = std::make_unique<Custodian::Storage::Database>();
        m_status = m_database->create(path(), passphrase());
    }
    bool ok() const { return m_dir.isValid() && m_status.isOk(); }
    QString error() const { return describe(m_status); }
    QString path() const { return m_dir.filePath(QStringLiteral("register.cstd")); }
    Custodian::Storage::Database &database() { return *m_database; }
    QSqlDatabase &db() { return m_database->connection(); }

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
    std::unique_ptr<Custodian::Storage::Database> m_database;
    Custodian::Status m_status;
};

} // namespace RegisterTest
