#include "Store.h"

#include "register/AuditLog.h"

#include <QAtomicInt>

namespace Custodian::Storage {

namespace {
QAtomicInt connectionCounter;
}

Store::~Store()
{
    releaseConnection();
}

void Store::close()
{
    releaseConnection();
    m_registerId.clear();
    m_schemaVersion = 0;
}

void Store::releaseConnection()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Store::addConnection(const QString &driver)
{
    // Only the connection: a store's own state (a file's writer lock) belongs to its open().
    releaseConnection();
    m_connectionName = QStringLiteral("custodian-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    return m_db.isValid();
}

Status Store::fail(const Status &status)
{
    close();
    return status;
}

QString Store::actor() const
{
    return Register::AuditLog::actor();
}

} // namespace Custodian::Storage
