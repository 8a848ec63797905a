#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "storage/ChangeHub.h"
#include "storage/SqlDialect.h"

namespace Custodian::Storage {

// An open register, whatever keeps it: the SQLCipher file (Database) or, for a team, a server.
// Services see only this: the connection, the dialect of its SQL, who is working, and the feed of
// changes. Opening, keys and checks belong to the store's own class.
class Store
{
public:
    Store() = default;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;
    virtual ~Store();

    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    QSqlDatabase &connection() { return m_db; }
    virtual const SqlDialect &dialect() const = 0;
    const QString &registerId() const { return m_registerId; }
    // The schema version of the open register; 0 when closed.
    int schemaVersion() const { return m_schemaVersion; }
    // Closes the connection and forgets the register; a store forgets its own state with it.
    virtual void close();
    // Who the history names for the changes made through this store.
    virtual QString actor() const;
    // The clock of the register: the computer's for a file, the server's for a team register (the
    // start of the current transaction), in UTC.
    QDateTime now() { return dialect().now(connection()); }

    struct IntegrityReport
    {
        bool ok = false;
        QStringList problems; // the store's own words, one line each
    };
    // Reads the whole register and its constraints.
    virtual IntegrityReport checkIntegrity() = 0;

    ChangeHub &changes() { return m_changes; }

protected:
    // A new connection through the Qt Sql driver, after closing any open one; false when the
    // driver is missing.
    bool addConnection(const QString &driver);
    // Closes the store and gives back the failure: a store that failed to open stays closed.
    Status fail(const Status &status);

    QSqlDatabase m_db;
    QString m_registerId;
    int m_schemaVersion = 0;

private:
    void releaseConnection();

    QString m_connectionName;
    ChangeHub m_changes;
};

} // namespace Custodian::Storage
