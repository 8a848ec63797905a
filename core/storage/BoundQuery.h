#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace Custodian::Storage {

// Executes a prepared query with these values bound in order, as addBindValue() and exec() would.
// On the SQLCipher driver the values go straight to the statement (Qt's own binding names every
// value ":n" on the way: a tenth of a large import); on any other driver through addBindValue().
bool execBound(QSqlQuery &query, const QVariantList &values);

} // namespace Custodian::Storage
