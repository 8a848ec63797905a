#include "SpecialGrounds.h"

namespace Custodian::Domain {

namespace {

struct Article
{
    int number;
    const char *specialCategory; // the Codes::Kind::SpecialCategory it is written for, or null
    const char *subject;
};

// clang-format off
constexpr Article dutchArticles[] = {
    {22, nullptr, QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "general exceptions")},
    {23, nullptr, QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "general exceptions in the public interest")},
    {24, nullptr, QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "research and statistics")},
    {25, "racial_ethnic_origin", QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "racial or ethnic origin")},
    {26, "political_opinions", QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "political opinions")},
    {27, "religious_beliefs", QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "religious or philosophical beliefs")},
    {28, "genetic", QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "genetic data")},
    {29, "biometric", QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "biometric data")},
    {30, "health", QT_TRANSLATE_NOOP("Custodian::Domain::SpecialGrounds", "health")},
};
// clang-format on

QString reference(int article)
{
    return QStringLiteral("UAVG art. %1").arg(article);
}

} // namespace

bool SpecialGrounds::needsLaw(const QString &art9Exception)
{
    static const QStringList codes = {QStringLiteral("b"), QStringLiteral("g"), QStringLiteral("h"),
                                      QStringLiteral("i"), QStringLiteral("j")};
    return codes.contains(art9Exception);
}

QList<SpecialGrounds::Ground> SpecialGrounds::dutchGrounds()
{
    QList<Ground> grounds;
    for (const Article &article : dutchArticles)
        grounds.append({reference(article.number), tr(article.subject)});
    return grounds;
}

QString SpecialGrounds::dutchGroundFor(const QString &specialCategory)
{
    for (const Article &article : dutchArticles) {
        if (article.specialCategory && specialCategory == QLatin1String(article.specialCategory))
            return reference(article.number);
    }
    return QString();
}

} // namespace Custodian::Domain
