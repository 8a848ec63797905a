#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "Status.h"
#include "domain/RetentionRule.h"

namespace Custodian::Domain {

// The statutory retention periods a new register starts with, kept as data with both languages
// (resources/catalogues/retention-nl.json), like the holiday calendars. Legal content is not code.
class RetentionCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::RetentionCatalogue)
public:
    // The catalogue's rules in language ("nl", "en"; others fall back to English), with their seed
    // keys, not yet stored (no uuid).
    [[nodiscard]] static Status load(const QString &language, QList<RetentionRule> *rules,
                                     const QString &path = QStringLiteral(":/catalogues/retention-nl.json"));
    // A text an earlier catalogue seeded wrongly, still held by a rule: the field ("name", "trigger",
    // "legalSource") and the corrected text in the language asked for.
    struct Correction
    {
        QString field;
        QString corrected;
    };
    // The corrections that apply to a rule seeded from the catalogue: each field that still holds,
    // in either language, the text an earlier catalogue gave and later corrected (DOMAIN-REVIEW.md
    // A4, A5, A24). Empty for a rule not from the catalogue, or edited since.
    static QList<Correction> correctionsFor(const RetentionRule &rule, const QString &language);
    // The language of the installed translation ("en" when none is installed).
    static QString uiLanguage();
};

} // namespace Custodian::Domain
