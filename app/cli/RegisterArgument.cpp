#include "RegisterArgument.h"

#include <QUrl>

namespace Custodian::Cli {

namespace {

// libpq's URI: postgresql://[user[:password]@][host][:port][,...][/dbname][?param=value&...]
// It is read here only as far as telling a password from the rest; a multi-host list is no valid QUrl.
bool uriHasPassword(const QString &uri)
{
    const qsizetype start = uri.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = uri.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = uri.indexOf(stop, start);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const QString authority = uri.mid(start, authorityEnd - start);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0 && authority.left(at).contains(QLatin1Char(':')))
        return true;

    const qsizetype question = uri.indexOf(QLatin1Char('?'), authorityEnd);
    if (question < 0)
        return false;
    const qsizetype hash = uri.indexOf(QLatin1Char('#'), question);
    const QString query = uri.mid(question + 1, hash < 0 ? -1 : hash - question - 1);
    const QStringList parameters = query.split(QLatin1Char('&'));
    for (const QString &parameter : parameters) {
        const QString key = QUrl::fromPercentEncoding(parameter.section(QLatin1Char('='), 0, 0).toUtf8());
        if (key.trimmed().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

RegisterArgument classifyRegisterArgument(const QString &argument)
{
    RegisterArgument result;
    result.text = argument;
    // URI schemes are case-insensitive (RFC 3986, 3.1).
    if (argument.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        argument.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        result.kind = RegisterArgument::Kind::PostgresUri;
        result.hasPassword = uriHasPassword(argument);
    }
    return result;
}

} // namespace Custodian::Cli
