#include "domain/Countries.h"

#include "DocumentLanguage.h"

#include <QFile>
#include <QHash>

namespace Custodian::Domain {

namespace {

struct Table
{
    QList<Countries::Country> countries;
    QHash<QString, qsizetype> byCode;
    QHash<QString, qsizetype> byName; // lower-cased names in both languages
};

const Table &table()
{
    static const Table loaded = [] {
        Table result;
        QFile file(QStringLiteral(":/countries/countries.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() != 3)
                continue;
            const qsizetype index = result.countries.size();
            result.countries.append({parts.at(0), parts.at(1), parts.at(2)});
            result.byCode.insert(parts.at(0), index);
            result.byName.insert(parts.at(1).toLower(), index);
            result.byName.insert(parts.at(2).toLower(), index);
        }
        return result;
    }();
    return loaded;
}

} // namespace

const QList<Countries::Country> &Countries::all()
{
    return table().countries;
}

const Countries::Country *Countries::find(const QString &code)
{
    const Table &countries = table();
    const auto it = countries.byCode.constFind(code.trimmed().toUpper());
    return it == countries.byCode.cend() ? nullptr : &countries.countries.at(it.value());
}

QString Countries::name(const QString &code)
{
    const Country *country = find(code);
    return country ? country->name(DocumentLanguage::currentLocale().language()) : code.trimmed();
}

QString Countries::codeOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const Country *country = find(trimmed))
        return country->code;
    const Table &countries = table();
    const auto it = countries.byName.constFind(trimmed.toLower());
    return it == countries.byName.cend() ? QString() : countries.countries.at(it.value()).code;
}

} // namespace Custodian::Domain
