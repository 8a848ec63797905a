#include "SqlCipherResult.h"

#include "BoundQuery.h"
#include "SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

#include <sqlite3.h>

namespace Custodian::Storage {

namespace {

QMetaType::Type columnType(sqlite3_stmt *statement, int column)
{
    const char *declared = sqlite3_column_decltype(statement, column);
    if (!declared)
        return QMetaType::UnknownType;
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT"))
        return QMetaType::LongLong;
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::QString;
    if (type.contains("BLOB"))
        return QMetaType::QByteArray;
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") || type.contains("NUMERIC") ||
        type.contains("DECIMAL"))
        return QMetaType::Double;
    return QMetaType::QString;
}

bool startsWithWord(const QString &sql, QLatin1String word)
{
    const QString trimmed = sql.trimmed();
    return trimmed.startsWith(word, Qt::CaseInsensitive) &&
           (trimmed.size() == word.size() || !trimmed.at(word.size()).isLetterOrNumber());
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (auto *cipherDriver = qobject_cast<const SqlCipherDriver *>(driver()))
        cipherDriver->detach(this);
    finalize();
}

sqlite3 *SqlCipherResult::connection() const
{
    const auto *cipherDriver = qobject_cast<const SqlCipherDriver *>(driver());
    return cipherDriver ? cipherDriver->connection() : nullptr;
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        const auto *cipherDriver = qobject_cast<const SqlCipherDriver *>(driver());
        if (cipherDriver && cipherDriver->connection() && !m_sql.isEmpty()) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
            cipherDriver->keepStatement(m_sql, m_statement);
        } else {
            sqlite3_finalize(m_statement);
        }
        m_statement = nullptr;
        m_sql.clear();
    }
    clearRows();
    setActive(false);
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_firstCachedRow = 0;
    m_exhausted = false;
}

void SqlCipherResult::setStatementError(const QString &what, int code, const QString &text)
{
    setLastError(QSqlError(what, text, QSqlError::StatementError, QString::number(code)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    m_record.clear();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setSelect(false);
    setAt(QSql::BeforeFirstRow);

    sqlite3 *db = connection();
    if (!db || !driver()->isOpen()) {
        setStatementError(QSqlDriver::tr("Driver not loaded"), SQLITE_MISUSE,
                          QSqlDriver::tr("The database is not open"));
        return false;
    }

    const QByteArray sql = query.toUtf8();
    const auto *cipherDriver = qobject_cast<const SqlCipherDriver *>(driver());
    if ((m_statement = cipherDriver->takeStatement(sql))) {
        // Checked when it was first prepared.
        m_sql = sql;
        m_isInsert = startsWithWord(query, QLatin1String("INSERT")) || startsWithWord(query, QLatin1String("REPLACE"));
        buildRecord();
        return true;
    }
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(QSqlDriver::tr("Unable to prepare the statement"), sqlite3_extended_errcode(db),
                          QString::fromUtf8(sqlite3_errmsg(db)));
        finalize();
        return false;
    }
    if (!m_statement) {
        setStatementError(QSqlDriver::tr("Unable to prepare the statement"), SQLITE_MISUSE,
                          QSqlDriver::tr("The query is empty"));
        return false;
    }
    // sqlite3_prepare_v2 compiles only the first statement; running half a script silently would be worse
    // than refusing it.
    const qsizetype consumed = tail ? tail - sql.constData() : sql.size();
    if (!SqlCipherDriver::isBlankSql(QByteArrayView(sql).sliced(consumed))) {
        setStatementError(QSqlDriver::tr("Unable to prepare the statement"), SQLITE_MISUSE,
                          QSqlDriver::tr("Only one SQL statement is allowed per query"));
        finalize();
        return false;
    }
    m_sql = sql;
    m_isInsert = startsWithWord(query, QLatin1String("INSERT")) || startsWithWord(query, QLatin1String("REPLACE"));
    buildRecord();
    return true;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_statement);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, i));
        const QMetaType::Type type = columnType(m_statement, i);
        QSqlField field(name, QMetaType(type));
        m_record.append(field);
    }
}

bool SqlCipherResult::bindValues(const QVariantList &values)
{
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (expected != values.size()) {
        setStatementError(
            QSqlDriver::tr("Parameter count mismatch"), SQLITE_RANGE,
            QSqlDriver::tr("The statement expects %1 values, %2 were bound").arg(expected).arg(values.size()));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int position = i + 1;
        int rc = SQLITE_OK;
        const int type = value.typeId();
        if (value.isNull() || (type == QMetaType::QString && value.toString().isNull()) ||
            (type == QMetaType::QByteArray && value.toByteArray().isNull())) {
            // In Qt 6 a QVariant holding a null QString is not itself null; both are NULL to us.
            rc = sqlite3_bind_null(m_statement, position);
        } else {
            switch (type) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_statement, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_statement, position, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, position, value.toDouble());
                break;
            case QMetaType::QDate: {
                const QByteArray text = value.toDate().toString(Qt::ISODate).toUtf8();
                rc = sqlite3_bind_text64(m_statement, position, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text64(m_statement, position, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text64(m_statement, position, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3 *db = connection();
            setStatementError(QSqlDriver::tr("Unable to bind a value"), rc, QString::fromUtf8(sqlite3_errmsg(db)));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    return execWith(boundValues());
}

bool SqlCipherResult::execWith(const QVariantList &values)
{
    if (lastError().isValid())
        setLastError(QSqlError());
    if (!m_statement) {
        if (!lastError().isValid())
            setStatementError(QSqlDriver::tr("Unable to execute the statement"), SQLITE_MISUSE,
                              QSqlDriver::tr("No statement has been prepared"));
        return false;
    }
    clearRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!bindValues(values))
        return false;

    sqlite3 *db = connection();
    const int changesBefore = sqlite3_total_changes(db);
    const Step first = step();
    if (first == Step::Error) {
        sqlite3_reset(m_statement);
        return false;
    }
    setSelect(sqlite3_column_count(m_statement) > 0);
    if (first == Step::Done) {
        m_exhausted = true;
        if (!isSelect()) {
            m_rowsAffected = sqlite3_total_changes(db) - changesBefore;
            if (m_isInsert && m_rowsAffected > 0)
                m_lastInsertId = QVariant(qint64(sqlite3_last_insert_rowid(db)));
        }
        // Release the statement's locks now; nothing more will be read from it.
        sqlite3_reset(m_statement);
    }
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_statement);
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(m_statement, i)) {
            case SQLITE_INTEGER:
                row.append(QVariant(qint64(sqlite3_column_int64(m_statement, i))));
                break;
            case SQLITE_FLOAT:
                row.append(QVariant(sqlite3_column_double(m_statement, i)));
                break;
            case SQLITE_BLOB: {
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, i));
                const int size = sqlite3_column_bytes(m_statement, i);
                row.append(QVariant(QByteArray(bytes ? bytes : "", size)));
                break;
            }
            case SQLITE_NULL:
                row.append(QVariant(m_record.field(i).metaType()));
                break;
            default: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i));
                const int size = sqlite3_column_bytes(m_statement, i);
                row.append(QVariant(QString::fromUtf8(text, size)));
                break;
            }
            }
        }
        m_rows.append(row);
        return Step::Row;
    }
    if (rc == SQLITE_DONE)
        return Step::Done;
    sqlite3 *db = connection();
    setStatementError(QSqlDriver::tr("Unable to fetch row"), sqlite3_extended_errcode(db),
                      QString::fromUtf8(sqlite3_errmsg(db)));
    return Step::Error;
}

void SqlCipherResult::dropRowsBefore(int index)
{
    const int drop = qMin<int>(index - m_firstCachedRow, int(m_rows.size()));
    if (drop > 0) {
        m_rows.remove(0, drop);
        m_firstCachedRow += drop;
    }
}

bool SqlCipherResult::fetch(int index)
{
    if (!m_statement || !isActive() || !isSelect() || index < 0 || index < m_firstCachedRow)
        return false;
    while (m_firstCachedRow + m_rows.size() <= index) {
        if (m_exhausted)
            return false;
        if (isForwardOnly())
            dropRowsBefore(index);
        const Step next = step();
        if (next != Step::Row) {
            m_exhausted = true;
            sqlite3_reset(m_statement);
            return false;
        }
    }
    if (isForwardOnly())
        dropRowsBefore(index);
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!m_statement || !isActive() || !isSelect())
        return false;
    while (!m_exhausted) {
        if (isForwardOnly() && m_rows.size() > 1)
            dropRowsBefore(m_firstCachedRow + int(m_rows.size()) - 1);
        if (step() != Step::Row) {
            m_exhausted = true;
            sqlite3_reset(m_statement);
        }
    }
    const int total = m_firstCachedRow + int(m_rows.size());
    if (total == 0)
        return false;
    return fetch(total - 1);
}

const QVariantList *SqlCipherResult::currentRow() const
{
    const int index = at() - m_firstCachedRow;
    if (at() < 0 || index < 0 || index >= m_rows.size())
        return nullptr;
    return &m_rows.at(index);
}

QVariant SqlCipherResult::data(int index)
{
    const QVariantList *row = currentRow();
    if (!row || index < 0 || index >= row->size())
        return QVariant();
    return row->at(index);
}

bool SqlCipherResult::isNull(int index)
{
    const QVariantList *row = currentRow();
    if (!row || index < 0 || index >= row->size())
        return true;
    return row->at(index).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell without stepping through every row
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    clearRows();
    m_exhausted = true;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_statement));
}

bool execBound(QSqlQuery &query, const QVariantList &values)
{
    // The driver's own result: QSqlQuery hands it out as const, the statement is ours to run.
    if (auto *result = dynamic_cast<SqlCipherResult *>(const_cast<QSqlResult *>(query.result())))
        return result->execWith(values);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace Custodian::Storage
