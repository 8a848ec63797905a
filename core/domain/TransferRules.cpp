#include "TransferRules.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Custodian::Domain {

namespace {

struct Data
{
    QSet<QString> eea;
    QHash<QString, QJsonObject> adequacy;
};

// The embedded file does not change while the program runs: read once.
const Data &data()
{
    static const Data loaded = [] {
        Data result;
        QFile file(QStringLiteral(":/countries/transfers.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &code : root.value(QStringLiteral("eea")).toArray())
            result.eea.insert(code.toString());
        for (const QJsonValue &value : root.value(QStringLiteral("adequacy")).toArray()) {
            const QJsonObject decision = value.toObject();
            result.adequacy.insert(decision.value(QStringLiteral("country")).toString(), decision);
        }
        return result;
    }();
    return loaded;
}

} // namespace

bool TransferRules::isEea(const QString &countryCode)
{
    return data().eea.contains(countryCode.trimmed().toUpper());
}

std::optional<TransferRules::Adequacy> TransferRules::adequacyFor(const QString &countryCode, const QString &language)
{
    const auto it = data().adequacy.constFind(countryCode.trimmed().toUpper());
    if (it == data().adequacy.cend())
        return std::nullopt;
    const QJsonObject &decision = it.value();
    const QJsonObject scope = decision.value(QStringLiteral("scope")).toObject();
    QString scopeText = scope.value(language).toString();
    if (scopeText.isEmpty())
        scopeText = scope.value(QStringLiteral("en")).toString();
    return Adequacy{decision.value(QStringLiteral("country")).toString(),
                    decision.value(QStringLiteral("decision")).toString(),
                    QDate::fromString(decision.value(QStringLiteral("adopted")).toString(), Qt::ISODate),
                    decision.value(QStringLiteral("mechanism")).toString(), scopeText};
}

bool TransferRules::isArticle46(const QString &mechanism)
{
    static const QStringList codes = {QStringLiteral("scc"),
                                      QStringLiteral("bcr"),
                                      QStringLiteral("public_instrument"),
                                      QStringLiteral("sa_clauses"),
                                      QStringLiteral("code_of_conduct"),
                                      QStringLiteral("certification"),
                                      QStringLiteral("ad_hoc_clauses"),
                                      QStringLiteral("administrative_arrangement"),
                                      QStringLiteral("other")};
    return codes.contains(mechanism);
}

bool TransferRules::needsAuthorisation(const QString &mechanism)
{
    return mechanism == QLatin1String("ad_hoc_clauses") || mechanism == QLatin1String("administrative_arrangement");
}

} // namespace Custodian::Domain
