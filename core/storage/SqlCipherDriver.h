#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QSqlDriver>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace Custodian::Storage {

class SqlCipherResult;

// A QSqlDriver over the SQLCipher C API, written on Qt's public API only so that it does not tie
// us to one Qt version. Registered as "QSQLCIPHER" by registerSqlCipherDriver().
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   QSQLCIPHER_CREATE           create the file when it does not exist (default: refuse)
//   QSQLCIPHER_OPEN_READONLY    open read-only
//   QSQLCIPHER_BUSY_TIMEOUT=ms  how long to wait for a lock held by another process
// The password given to open() is handed to sqlite3_key() as a passphrase. Cipher settings that
// SQLCipher does not store in the file (page size, KDF iterations) are applied by the caller right
// after open, before the first read (see Database).
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    bool isIdentifierEscaped(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QVariant handle() const override;

    // The native connection, for keying and rekeying; nullptr when closed.
    sqlite3 *connection() const { return m_connection; }
    bool isReadOnly() const { return m_readOnly; }

    // Splits a script into complete statements (triggers with inner ';' stay whole).
    static QStringList splitStatements(const QString &script);
    // True when the text holds nothing but whitespace, ';' and comments.
    static bool isBlankSql(QByteArrayView text);

    // How many prepared statements are kept for reuse, each of its own SQL text.
    static constexpr qsizetype KeptStatements = 256;

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult *result) const;
    void detach(SqlCipherResult *result) const;
    bool execSimple(const char *sql, const QString &what);
    // A statement prepared before for this SQL text and now idle, or nullptr. Preparing is a good
    // part of a short statement's cost (an import runs the same few statements thousands of times);
    // sqlite3_prepare_v2 statements prepare themselves again when the schema changes.
    sqlite3_stmt *takeStatement(const QByteArray &sql) const;
    // Keeps a statement that has been reset for the next query of the same text (finalizes it when
    // one is kept already). A full cache gives up the statement used longest ago: a merge of every
    // kind runs more distinct statements than the cache holds, and kept the first ones it met.
    void keepStatement(const QByteArray &sql, sqlite3_stmt *statement) const;
    void finalizeKeptStatements() const;

    sqlite3 *m_connection = nullptr;
    bool m_readOnly = false;
    mutable QList<SqlCipherResult *> m_results;
    struct Kept
    {
        sqlite3_stmt *statement = nullptr;
        quint64 lastUse = 0;
    };
    mutable QHash<QByteArray, Kept> m_kept;
    mutable quint64 m_uses = 0;
};

// Registers the driver with QSqlDatabase under "QSQLCIPHER"; safe to call more than once.
void registerSqlCipherDriver();

inline constexpr auto driverName = "QSQLCIPHER";

} // namespace Custodian::Storage
