#include "SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Custodian::Storage::SqliteFile {

bool isNotADatabase(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == SQLITE_NOTADB;
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool hasHotJournal(const QString &path)
{
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    return journal.read(8) == magic;
}

bool isReadonlyRollback(const QSqlError &error)
{
    // SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection cannot roll back.
    return error.nativeErrorCode().toInt() == (SQLITE_READONLY | (3 << 8));
}

void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

bool exec(sqlite3 *db, const char *sql, QString *detail)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (detail)
        *detail = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

qint64 pragmaInt(sqlite3 *db, const char *sql, bool *ok)
{
    sqlite3_stmt *statement = nullptr;
    *ok = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW;
    const qint64 value = *ok ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return value;
}

} // namespace Custodian::Storage::SqliteFile
