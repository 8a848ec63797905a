#pragma once

#include <QString>
#include <QtGlobal>

struct sqlite3;
class QSqlError;

// The register file below Qt's Sql layer: what Database needs of SQLite itself and of the file
// system around the file (Database.cpp opens and checks, DatabaseRekey.cpp changes the passphrase).
namespace Custodian::Storage::SqliteFile {

// The path as the platform writes it, for messages.
QString displayName(const QString &path);
// SQLITE_NOTADB: a wrong key, or not a register.
bool isNotADatabase(const QSqlError &error);
// SQLite's rollback journal starts with 8 magic bytes while it holds a save that has not finished
// (a "hot" journal); a finished or abandoned one is deleted or has its header zeroed.
bool hasHotJournal(const QString &path);
// SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection cannot roll back.
bool isReadonlyRollback(const QSqlError &error);
// Makes a rename durable: the folder's entry is written too (POSIX; Windows has no equivalent).
void syncFolder(const QString &path);
// One or more statements on the raw connection; the error in *detail when it fails.
bool exec(sqlite3 *db, const char *sql, QString *detail);
// The integer a one-value statement (a PRAGMA) returns.
qint64 pragmaInt(sqlite3 *db, const char *sql, bool *ok);

} // namespace Custodian::Storage::SqliteFile
