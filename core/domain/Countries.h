#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Custodian::Domain {

// The countries of ISO 3166-1 with their names in English and Dutch (from Debian's iso-codes,
// resources/countries/countries.tsv). The register stores a country as its two-letter code.
class Countries
{
public:
    struct Country
    {
        QString code; // "NL"
        QString english;
        QString dutch;

        // The name in a language: Dutch for Dutch, English otherwise.
        const QString &name(QLocale::Language language) const { return language == QLocale::Dutch ? dutch : english; }
    };

    // Every country, in code order.
    static const QList<Country> &all();
    // nullptr when the code is not a country of the list.
    static const Country *find(const QString &code);
    // The name in the default locale's language; a value that is not a known code is returned as it is.
    static QString name(const QString &code);
    // The code of a code or name in either language ("nl", "Nederland", "Netherlands"); "" when none matches.
    static QString codeOf(const QString &text);
};

} // namespace Custodian::Domain
