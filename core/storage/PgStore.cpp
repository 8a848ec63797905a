#include "PgStore.h"

#include "HistoryChain.h"

#include "domain/IsoTime.h"

#include "storage/Migrator.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace Custodian::Storage {

namespace {

const QString driver = QStringLiteral("QPSQL");

} // namespace

bool PgLocation::isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool PgLocation::parse(const QString &uri, PgLocation *location, QString *error)
{
    *location = PgLocation();
    if (!isUri(uri)) {
        *error = tr("%1 is not a PostgreSQL address: it must start with postgresql://.").arg(uri);
        return false;
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("The address of the team register is not valid: %1").arg(url.errorString());
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = tr("The address of the team register contains a password. Remove it: Custodian takes the password "
                    "from the keychain, PGPASSFILE, CUSTODIAN_PASSWORD or asks for it.");
        return false;
    }
    location->user = url.userName();
    location->host = url.host();
    location->port = url.port(5432);
    location->database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        location->host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("user")))
        location->user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        *error = tr("The address of the team register contains a password. Remove it: Custodian takes the password "
                    "from the keychain, PGPASSFILE, CUSTODIAN_PASSWORD or asks for it.");
        return false;
    }
    if (location->database.isEmpty() || location->database.contains(QLatin1Char('/'))) {
        *error = tr("The address of the team register must name its database, as in "
                    "postgresql://server/privacy_register.");
        return false;
    }
    return true;
}

QString PgLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (host.startsWith(QLatin1Char('/')))
        return text + QLatin1Char('/') + database + QStringLiteral("?host=") + host;
    text += host;
    if (port != 5432)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + database;
}

PgStore::PgStore() = default;

PgStore::~PgStore()
{
    close();
}

bool PgStore::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(driver);
}

int PgStore::supportedSchemaVersion()
{
    static const int version = Migrator(postgresDialect()).latestVersion();
    return version;
}

const SqlDialect &PgStore::dialect() const
{
    return postgresDialect();
}

void PgStore::close()
{
    Store::close();
    m_actor.clear();
}

Status PgStore::connect(const PgLocation &location, const QString &password)
{
    if (!driverAvailable() || !addConnection(driver))
        return fail(Status::error(Status::Code::CipherUnavailable,
                                  tr("Team registers need Qt's PostgreSQL driver (QPSQL), which is not installed.")));
    m_location = location;
    m_db.setHostName(location.host);
    m_db.setPort(location.port);
    m_db.setDatabaseName(location.database);
    m_db.setUserName(location.user);
    const bool opened = m_db.open(location.user, password);
    m_db.setPassword(QString()); // not needed after the login
    if (!opened)
        return fail(Status::error(Status::Code::IoError,
                                  tr("The team register %1 cannot be reached.").arg(location.display()),
                                  m_db.lastError().text()));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        return fail(Status::error(Status::Code::DatabaseError,
                                  tr("The team register %1 cannot be read.").arg(location.display()),
                                  query.lastError().text()));
    m_actor = query.value(0).toString();
    return Status::ok();
}

Status PgStore::create(const PgLocation &location, const QString &password)
{
    Status status = connect(location, password);
    if (!status)
        return status;
    const QString failure = tr("The team register could not be created in %1.").arg(location.display());
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema()")) ||
            !query.next())
            return fail(Status::error(Status::Code::DatabaseError, failure, query.lastError().text()));
        if (query.value(0).toInt() > 0)
            return fail(Status::error(Status::Code::FileExists,
                                      tr("The database %1 is not empty. Create the team register in a new, empty "
                                         "database; Custodian does not change other data.")
                                          .arg(location.display())));
    }
    const Migrator migrator(postgresDialect());
    if (!migrator.loadStatus())
        return fail(migrator.loadStatus());
    status = migrator.migrate(m_db);
    if (!status)
        return fail(status);
    if (!m_db.transaction())
        return fail(Status::error(Status::Code::DatabaseError, failure, m_db.lastError().text()));
    const QList<QPair<QString, QString>> info = {
        {QStringLiteral("register_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created_at"), Domain::IsoTime::moment(now())},
        {QStringLiteral("created_by"), QStringLiteral("Custodian " CUSTODIAN_VERSION)},
    };
    QSqlQuery insert(m_db);
    for (const auto &[key, value] : info) {
        if (!insert.prepare(QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?)")))
            break;
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            m_db.rollback();
            return fail(Status::error(Status::Code::DatabaseError, failure, detail));
        }
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(Status::error(Status::Code::DatabaseError, failure, detail));
    }
    return verify();
}

Status PgStore::open(const PgLocation &location, const QString &password)
{
    const Status status = connect(location, password);
    if (!status)
        return status;
    return verify();
}

Store::IntegrityReport PgStore::checkIntegrity()
{
    // The server checks every constraint on every write; what can still be wrong is a constraint
    // added NOT VALID, or a foreign key whose target is gone (never, unless triggers were disabled).
    IntegrityReport report;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT conrelid::regclass::text || ': ' || conname FROM pg_catalog.pg_constraint "
                                   "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"))) {
        report.problems << query.lastError().text();
        return report;
    }
    while (query.next())
        report.problems << tr("constraint not validated: %1").arg(query.value(0).toString());
    const HistoryChain::Report chain = HistoryChain::verify(m_db);
    if (!chain.ok)
        report.problems << (chain.detail.isEmpty() ? chain.problem
                                                   : QStringLiteral("%1 (%2)").arg(chain.problem, chain.detail));
    const Status compared = HistoryChain::rowsAgainstHistory(m_db, HistoryChain::registerTables(), &report.problems);
    if (!compared)
        report.problems << compared.message();
    report.ok = report.problems.isEmpty();
    return report;
}

Status PgStore::verify()
{
    const QString name = m_location.display();
    int version = 0;
    QString detail;
    if (!dialect().schemaVersion(m_db, &version, &detail))
        return fail(
            Status::error(Status::Code::DatabaseError, tr("The team register %1 cannot be read.").arg(name), detail));
    const Status notARegister =
        Status::error(Status::Code::NotARegister, tr("The database %1 is not a Custodian register.").arg(name));
    if (version == 0)
        return fail(notARegister);
    const Migrator migrator(postgresDialect());
    if (!migrator.loadStatus())
        return fail(migrator.loadStatus());
    if (version > migrator.latestVersion())
        return fail(Status::error(Status::Code::NewerVersion,
                                  tr("%1 was written by a newer version of Custodian (schema %2; this version reads "
                                     "up to %3). Install the newer version to open it; nothing has been changed.")
                                      .arg(name, QString::number(version), QString::number(migrator.latestVersion()))));
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT value FROM register_info WHERE key = 'register_id'")) || !query.next())
            return fail(notARegister);
        m_registerId = query.value(0).toString();
    }
    // The server keeps its own backups; an upgrade runs in one transaction per migration.
    const int before = version;
    if (version < migrator.latestVersion()) {
        const Status status = migrator.migrate(m_db);
        if (!status)
            return fail(status);
        version = migrator.latestVersion();
    }
    m_schemaVersion = version;
    const Status sealed = HistoryChain::sealLegacyEntries(m_db, HistoryChain::registerTables(), before < 5);
    if (!sealed)
        return fail(sealed);
    return Status::ok();
}

} // namespace Custodian::Storage
