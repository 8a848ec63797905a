#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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
    virtual ~Store() = default;

    virtual bool isOpen() const = 0;
    virtual QSqlDatabase &connection() = 0;
    virtual const SqlDialect &dialect() const = 0;
    virtual const QString &registerId() const = 0;
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

private:
    ChangeHub m_changes;
};

} // namespace Custodian::Storage
