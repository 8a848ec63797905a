#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "Status.h"
#include "storage/Store.h"

namespace Custodian::Storage {

// Where a team register lives: a PostgreSQL database, from a URI
// postgresql://[user@][host][:port]/database[?host=/socket/folder]. A password never comes from
// the URI (DECISIONS.md: keychain, PGPASSFILE, CUSTODIAN_PASSWORD or the terminal).
struct PgLocation
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::PgLocation)
public:
    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;

    static bool isUri(const QString &text);
    // False with a sentence for a person when the URI is not one Custodian can use.
    static bool parse(const QString &uri, PgLocation *location, QString *error);
    // postgresql://user@host:port/database, without secrets: for messages and recent lists.
    QString display() const;
};

// A register kept in a PostgreSQL database, shared by a privacy team, through Qt's QPSQL driver.
// Same schema (resources/schema, as PostgreSQL's SQL), same services; the server's clock stamps every change
// and the history names the logged-in role.
class PgStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::PgStore)
public:
    PgStore();
    ~PgStore() override;

    // Makes an empty database a register: the migrations, then the register's identity. Refuses a
    // database that already holds tables.
    Status create(const PgLocation &location, const QString &password);
    // Opens a register: checks that the database is one, of a schema this version reads, and
    // upgrades an older one.
    Status open(const PgLocation &location, const QString &password);
    void close() override;

    const SqlDialect &dialect() const override;
    QString actor() const override { return m_actor; }
    IntegrityReport checkIntegrity() override;
    const PgLocation &location() const { return m_location; }

    static bool driverAvailable();
    static int supportedSchemaVersion();

private:
    Status connect(const PgLocation &location, const QString &password);
    Status verify();

    PgLocation m_location;
    QString m_actor;
};

} // namespace Custodian::Storage
