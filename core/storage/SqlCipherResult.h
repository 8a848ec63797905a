#pragma once

#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace Custodian::Storage {

class SqlCipherDriver;

// One prepared statement. Rows are cached as they are stepped through so that random access
// (QSqlQueryModel) works; a forward-only query keeps only the current row.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    // Called by the driver before it closes the connection: no statement may outlive it.
    void finalize();
    // exec() with these values bound in order, not those QSqlResult keeps (execBound()).
    bool execWith(const QVariantList &values);

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    QVariant handle() const override;

private:
    enum class Step
    {
        Row,
        Done,
        Error
    };
    Step step();
    bool bindValues(const QVariantList &values);
    void buildRecord();
    void clearRows();
    void dropRowsBefore(int index);
    const QVariantList *currentRow() const;
    void setStatementError(const QString &what, int code, const QString &text);
    sqlite3 *connection() const;

    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_sql; // the statement's text, under which the driver keeps it for reuse
    bool m_isInsert = false;
    QSqlRecord m_record;
    QList<QVariantList> m_rows; // cached rows; for forward-only only the current one
    int m_firstCachedRow = 0;   // row index of m_rows[0]; non-zero only when forward-only
    bool m_exhausted = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace Custodian::Storage
