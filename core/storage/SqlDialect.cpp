#include "SqlDialect.h"

#include "storage/SqlCipherDriver.h"

namespace Custodian::Storage {

bool SqliteDialect::insert(QSqlQuery &query, const QString &sql, const QVariantList &binds, qint64 *id) const
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return false;
    *id = query.lastInsertId().toLongLong();
    return *id > 0;
}

QStringList SqliteDialect::splitScript(const QString &script) const
{
    return SqlCipherDriver::splitStatements(script);
}

} // namespace Custodian::Storage
