#include "SqlCipherDriver.h"

#include "SqlCipherResult.h"
#include "storage/Secret.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>

namespace Custodian::Storage {

namespace {

QSqlError connectionError(sqlite3 *connection, const QString &what, QSqlError::ErrorType type, int code)
{
    const QString text =
        connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QString::fromUtf8(sqlite3_errstr(code));
    const int native = connection ? sqlite3_extended_errcode(connection) : code;
    return QSqlError(what, text, type, QString::number(native));
}

QMetaType::Type typeFromDeclaration(const QString &declared)
{
    // SQLite's type affinity rules (https://sqlite.org/datatype3.html §3.1), in their order.
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::LongLong;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QMetaType::QString;
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType::QByteArray;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")) || type.contains(QLatin1String("NUMERIC")) ||
        type.contains(QLatin1String("DECIMAL")))
        return QMetaType::Double;
    if (type.isEmpty())
        return QMetaType::UnknownType;
    return QMetaType::QString;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    // Qt rewrites :name to ? and keeps the order itself, a name used twice included.
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password, const QString &host,
                           int port, const QString &connectOptions)
{
    Q_UNUSED(user);
    Q_UNUSED(host);
    Q_UNUSED(port);
    if (isOpen())
        close();

    bool create = false;
    bool readOnly = false;
    int busyTimeout = 5000;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("QSQLCIPHER_CREATE")) {
            create = true;
        } else if (option == QLatin1String("QSQLCIPHER_OPEN_READONLY")) {
            readOnly = true;
        } else if (option.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int value = option.section(QLatin1Char('='), 1).toInt(&ok);
            if (ok && value >= 0)
                busyTimeout = value;
        }
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_PRIVATECACHE;
    // A connection is used by one thread at a time (Qt's rule for QSqlDatabase): no per-call mutex,
    // which took a tenth of the time of reading a list.
    flags |= SQLITE_OPEN_NOMUTEX;

    const QByteArray path = db.toUtf8();
    sqlite3 *connection = nullptr;
    const int rc = sqlite3_open_v2(path.constData(), &connection, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(connectionError(connection, tr("Cannot open the database file"), QSqlError::ConnectionError, rc));
        sqlite3_close(connection);
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(connection, 1);
    sqlite3_busy_timeout(connection, busyTimeout);

    if (!password.isEmpty()) {
        QByteArray key = password.toUtf8();
        const int keyRc = sqlite3_key(connection, key.constData(), int(key.size()));
        wipe(key);
        if (keyRc != SQLITE_OK) {
            setLastError(
                connectionError(connection, tr("Cannot set the encryption key"), QSqlError::ConnectionError, keyRc));
            sqlite3_close(connection);
            setOpenError(true);
            return false;
        }
    }

    m_connection = connection;
    m_readOnly = readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_connection)
        return;
    // Every statement must be finalized, or sqlite3_close() leaves the file open.
    const QList<SqlCipherResult *> results = m_results;
    for (SqlCipherResult *result : results)
        result->finalize();
    m_results.clear();
    finalizeKeptStatements();
    const int rc = sqlite3_close(m_connection);
    if (rc != SQLITE_OK)
        setLastError(
            connectionError(m_connection, tr("Cannot close the database file"), QSqlError::ConnectionError, rc));
    m_connection = nullptr;
    setOpen(false);
    setOpenError(false);
}

sqlite3_stmt *SqlCipherDriver::takeStatement(const QByteArray &sql) const
{
    return m_kept.take(sql).statement;
}

void SqlCipherDriver::keepStatement(const QByteArray &sql, sqlite3_stmt *statement) const
{
    if (!m_connection || m_kept.contains(sql)) {
        sqlite3_finalize(statement);
        return;
    }
    if (m_kept.size() >= KeptStatements) {
        auto oldest = m_kept.begin();
        for (auto it = m_kept.begin(); it != m_kept.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        sqlite3_finalize(oldest->statement);
        m_kept.erase(oldest);
    }
    m_kept.insert(sql, {statement, ++m_uses});
}

void SqlCipherDriver::finalizeKeptStatements() const
{
    for (const Kept &kept : std::as_const(m_kept))
        sqlite3_finalize(kept.statement);
    m_kept.clear();
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what)
{
    if (!m_connection)
        return false;
    const int rc = sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(connectionError(m_connection, what, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so a write never fails half-way for a lock.
    return execSimple(m_readOnly ? "BEGIN" : "BEGIN IMMEDIATE", tr("Cannot start a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", tr("Cannot commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", tr("Cannot roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE ") + kinds.join(QLatin1String(" OR ")) +
                       QStringLiteral(" ORDER BY name"))) {
            while (query.next())
                result << query.value(0).toString();
        }
    }
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen() || tableName.isEmpty())
        return record;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return record;
    const QString table = stripDelimiters(tableName, TableName);
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString declared = query.value(2).toString();
        const QMetaType::Type type = typeFromDeclaration(declared);
        QSqlField field(name, QMetaType(type == QMetaType::UnknownType ? QMetaType::QString : type), table);
        field.setRequiredStatus(query.value(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        const bool isPrimaryKey = query.value(5).toInt() > 0;
        // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
        if (isPrimaryKey && declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            field.setAutoValue(true);
        if (!query.isNull(4))
            field.setDefaultValue(query.value(4));
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    if (!isOpen() || tableName.isEmpty())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    QMap<int, QSqlField> keyColumns; // ordered by position in the key
    while (query.next()) {
        const int keyPosition = query.value(5).toInt();
        if (keyPosition <= 0)
            continue;
        const QMetaType::Type type = typeFromDeclaration(query.value(2).toString());
        keyColumns.insert(keyPosition,
                          QSqlField(query.value(1).toString(),
                                    QMetaType(type == QMetaType::UnknownType ? QMetaType::QString : type), table));
    }
    for (const QSqlField &field : std::as_const(keyColumns))
        index.append(field);
    if (!keyColumns.isEmpty())
        index.setName(table);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool SqlCipherDriver::isIdentifierEscaped(const QString &identifier, IdentifierType type) const
{
    Q_UNUSED(type);
    return identifier.size() > 1 && identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"'));
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (!field.isNull() && field.metaType().id() == QMetaType::QByteArray) {
        return QStringLiteral("X'") + QString::fromLatin1(field.value().toByteArray().toHex()) + QLatin1Char('\'');
    }
    return QSqlDriver::formatValue(field, trimStrings);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_connection));
}

void SqlCipherDriver::attach(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result) const
{
    m_results.removeAll(result);
}

QStringList SqlCipherDriver::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QChar c : script) {
        current += c;
        if (c == QLatin1Char(';') && sqlite3_complete(current.toUtf8().constData())) {
            const QString statement = current.trimmed();
            if (!isBlankSql(statement.toUtf8()))
                statements << statement;
            current.clear();
        }
    }
    const QString rest = current.trimmed();
    if (!isBlankSql(rest.toUtf8()))
        statements << rest;
    return statements;
}

bool SqlCipherDriver::isBlankSql(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
            ++i;
        } else if (c == '-' && i + 1 < n && text[i + 1] == '-') {
            while (i < n && text[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
            i += 2;
            while (i + 1 < n && !(text[i] == '*' && text[i + 1] == '/'))
                ++i;
            i += 2;
        } else {
            return false;
        }
    }
    return true;
}

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(driverName), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

} // namespace Custodian::Storage
