#include "PrivacyStatement.h"

#include "domain/Codes.h"
#include "domain/FieldSpec.h"
#include "domain/Organisation.h"

namespace Custodian::Domain {

namespace {

using T = FieldType;

const QList<Field<StatementTranslation>> &translationFields()
{
    using F = Field<StatementTranslation>;
    using R = StatementTranslation;
    // One field a line.
    // clang-format off
    static const QList<F> fields = {
        F("language", "language", T::Code, &R::language, QT_TRANSLATE_NOOP("Custodian::Fields", "Language")).withCodes(Codes::Kind::Language),
        F("sourceText", "source_text", T::LongText, &R::sourceText, QT_TRANSLATE_NOOP("Custodian::Fields", "Text in the register")),
        F("text", "text", T::LongText, &R::text, QT_TRANSLATE_NOOP("Custodian::Fields", "Translation")),
    };
    // clang-format on
    return fields;
}

} // namespace

QJsonObject StatementTranslation::toJson() const
{
    return rowJson(translationFields(), *this);
}

QString PrivacyStatement::translation(const QString &language, const QString &sourceText) const
{
    for (const StatementTranslation &entry : translations) {
        if (entry.language == language && entry.sourceText == sourceText)
            return entry.text;
    }
    return {};
}

Findings PrivacyStatement::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (title.trimmed().isEmpty())
        findings.append({QStringLiteral("title"), Severity::Error,
                         tr("Give the statement a title, as the public sees it (such as \"Privacy statement\").")});
    if (audiences.isEmpty())
        findings.append({QStringLiteral("audiences"), Severity::Error,
                         tr("Choose the audiences the statement is for: it describes the processing published for "
                            "them.")});
    for (const QString &audience : audiences) {
        if (!Codes::isValid(Codes::Kind::Audience, audience))
            findings.append(
                {QStringLiteral("audiences"), Severity::Error,
                 tr("\"%1\" is not an audience of a privacy statement: choose one of the list.").arg(audience)});
    }
    if (languages.isEmpty())
        findings.append(
            {QStringLiteral("languages"), Severity::Error, tr("Choose the languages the statement is published in.")});
    for (const QString &language : languages) {
        if (!Codes::isValid(Codes::Kind::Language, language))
            findings.append({QStringLiteral("languages"), Severity::Error,
                             tr("\"%1\" is not a language the statement can be written in: choose Dutch or English.")
                                 .arg(language)});
    }
    if (!publicationUrl.isEmpty() && !isPlausibleWebAddress(publicationUrl))
        findings.append({QStringLiteral("publicationUrl"), Severity::Error,
                         tr("This is not a web address. Use the form https://www.example.nl.")});
    for (const StatementTranslation &entry : translations) {
        if (!Codes::isValid(Codes::Kind::Language, entry.language) || entry.sourceText.isEmpty()) {
            findings.append({QStringLiteral("translations"), Severity::Error,
                             tr("A translation needs its language and the register's text it translates.")});
            break;
        }
    }
    return findings;
}

const EntitySpec<PrivacyStatement> &PrivacyStatement::spec()
{
    using F = Field<PrivacyStatement>;
    using CS = Child<PrivacyStatement>;
    using S = PrivacyStatement;
    // One field a line.
    // clang-format off
    static const EntitySpec<PrivacyStatement> spec = {
        EntityKind::PrivacyStatement,
        {
            F("title", "title", T::Text, &S::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title")),
            F("publicationUrl", "publication_url", T::Text, &S::publicationUrl, QT_TRANSLATE_NOOP("Custodian::Fields", "Web address")),
            F("introduction", "introduction", T::LongText, &S::introduction, QT_TRANSLATE_NOOP("Custodian::Fields", "Introduction")),
            F("changeChannel", "change_channel", T::LongText, &S::changeChannel, QT_TRANSLATE_NOOP("Custodian::Fields", "How people hear of changes")),
            F("rightsNote", "rights_note", T::LongText, &S::rightsNote, QT_TRANSLATE_NOOP("Custodian::Fields", "Note on exercising rights")),
            F("retired", "retired", T::Bool, &S::retired, QT_TRANSLATE_NOOP("Custodian::Fields", "Retired")),
        },
        {
            CS::values("audiences", "privacy_statement_audience", "statement_id", "audience", &S::audiences, QT_TRANSLATE_NOOP("Custodian::Fields", "Audiences")).withCodes(Codes::Kind::Audience),
            CS::values("languages", "privacy_statement_language", "statement_id", "language", &S::languages, QT_TRANSLATE_NOOP("Custodian::Fields", "Languages")).withCodes(Codes::Kind::Language),
            CS::rows("translations", "privacy_statement_translation", "statement_id", &S::translations, translationFields(), QT_TRANSLATE_NOOP("Custodian::Fields", "Translations")).positioned(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject PrivacyStatement::toJson() const
{
    return spec().toJson(*this);
}

QString StatementVersion::html(const QString &language) const
{
    return language == QLatin1String("nl") ? htmlNl : language == QLatin1String("en") ? htmlEn : QString();
}

Findings StatementVersion::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (statementUuid.isEmpty())
        findings.append({QStringLiteral("statementUuid"), Severity::Error,
                         tr("A version belongs to a privacy statement: choose the statement.")});
    if (number <= 0)
        findings.append({QStringLiteral("number"), Severity::Error, tr("A version has a number of 1 or more.")});
    if (!effectiveOn.isValid())
        findings.append({QStringLiteral("effectiveOn"), Severity::Error,
                         tr("Enter the day the version takes effect, as YYYY-MM-DD.")});
    if (!publishedAt.isValid())
        findings.append(
            {QStringLiteral("publishedAt"), Severity::Error, tr("A version records when it was published.")});
    if (manifest.isEmpty())
        findings.append({QStringLiteral("manifest"), Severity::Error,
                         tr("A version records what it says of the register (its manifest).")});
    if (htmlNl.isEmpty() && htmlEn.isEmpty())
        findings.append({QStringLiteral("htmlEn"), Severity::Error, tr("A version holds its published text.")});
    return findings;
}

const EntitySpec<StatementVersion> &StatementVersion::spec()
{
    using F = Field<StatementVersion>;
    using V = StatementVersion;
    // One field a line.
    // clang-format off
    static const EntitySpec<StatementVersion> spec = {
        EntityKind::StatementVersion,
        {
            F("statementUuid", "statement_id", T::Link, &V::statementUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Privacy statement")).linkTo(EntityKind::PrivacyStatement),
            F("number", "number", T::Int, &V::number, QT_TRANSLATE_NOOP("Custodian::Fields", "Statement version")),
            F("title", "title", T::Text, &V::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title")),
            F("effectiveOn", "effective_on", T::Date, &V::effectiveOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Effective from")),
            F("publishedAt", "published_at", T::Moment, &V::publishedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Published at")),
            F("publishedBy", "published_by", T::Text, &V::publishedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Published by")),
            F("changeLog", "change_log", T::LongText, &V::changeLog, QT_TRANSLATE_NOOP("Custodian::Fields", "What changed")),
            F("registerStateCount", "register_state_count", T::BigInt, &V::registerStateCount, QT_TRANSLATE_NOOP("Custodian::Fields", "Register state")),
            F("registerStateHash", "register_state_hash", T::Text, &V::registerStateHash, QT_TRANSLATE_NOOP("Custodian::Fields", "Register state fingerprint")),
            F("manifest", "manifest", T::LongText, &V::manifest, QT_TRANSLATE_NOOP("Custodian::Fields", "What it says of the register")),
            F("htmlNl", "html_nl", T::LongText, &V::htmlNl, QT_TRANSLATE_NOOP("Custodian::Fields", "Published text in Dutch")),
            F("htmlEn", "html_en", T::LongText, &V::htmlEn, QT_TRANSLATE_NOOP("Custodian::Fields", "Published text in English")),
        },
        {},
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject StatementVersion::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
