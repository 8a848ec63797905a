#include "Cookie.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/FieldSpec.h"

#include <QRegularExpression>

namespace Custodian::Domain {

bool Cookie::categoryNeedsConsent(const QString &category)
{
    return category != QLatin1String("necessary") && category != QLatin1String("analytics_exempt");
}

QString Cookie::lifetimeText(const DocumentLanguage *language) const
{
    // Shadows the class's tr(): a document asks its own language, and lupdate still finds the texts.
    const auto tr = [language](const char *source, const char *disambiguation = nullptr, int n = -1) {
        return language ? language->translate("Custodian::Domain::Cookie", source, disambiguation, n)
                        : Cookie::tr(source, disambiguation, n);
    };
    if (sessionOnly)
        return tr("Until the browser is closed");
    if (lifetimeCount <= 0)
        return {};
    if (lifetimeUnit == QLatin1String("days"))
        return tr("%n day(s)", nullptr, lifetimeCount);
    if (lifetimeUnit == QLatin1String("weeks"))
        return tr("%n week(s)", nullptr, lifetimeCount);
    if (lifetimeUnit == QLatin1String("months"))
        return tr("%n month(s)", nullptr, lifetimeCount);
    if (lifetimeUnit == QLatin1String("years"))
        return tr("%n year(s)", nullptr, lifetimeCount);
    return QString::number(lifetimeCount);
}

Findings Cookie::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (name.trimmed().isEmpty())
        findings.append({QStringLiteral("name"), Severity::Error,
                         tr("Enter the name of the cookie or technique, as the browser shows it (such as \"_ga\").")});
    if (!Codes::isValid(Codes::Kind::TrackerKind, technique))
        findings.append({QStringLiteral("technique"), Severity::Error,
                         tr("Choose what it is: a cookie, local storage, a pixel or a script.")});
    if (!Codes::isValid(Codes::Kind::CookieCategory, category))
        findings.append({QStringLiteral("category"), Severity::Error,
                         tr("Choose the category: strictly necessary, preferences, analytics (with or without consent) "
                            "or marketing.")});
    if (!lifetimeUnit.isEmpty() && !Codes::isValid(Codes::Kind::PeriodUnit, lifetimeUnit))
        findings.append({QStringLiteral("lifetimeUnit"), Severity::Error,
                         tr("Choose the unit of the lifetime: days, weeks, months or years.")});
    else if (lifetimeCount > 0 && lifetimeUnit.isEmpty())
        findings.append(
            {QStringLiteral("lifetimeUnit"), Severity::Error, tr("Say in what unit the lifetime is counted.")});
    if (sessionOnly && lifetimeCount > 0)
        findings.append({QStringLiteral("lifetimeCount"), Severity::Error,
                         tr("A session cookie is gone when the browser closes: clear the lifetime, or say it is not "
                            "a session cookie.")});
    if (lifetimeCount < 0)
        findings.append({QStringLiteral("lifetimeCount"), Severity::Error, tr("A lifetime cannot be negative.")});
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!country.isEmpty() && !twoLetters.match(country).hasMatch())
        findings.append(
            {QStringLiteral("country"), Severity::Error, tr("Use the two-letter country code, such as US.")});
    return findings;
}

const EntitySpec<Cookie> &Cookie::spec()
{
    using F = Field<Cookie>;
    using T = FieldType;
    using C = Cookie;
    using Severity = Finding::Severity;
    // One field a line.
    // clang-format off
    static const EntitySpec<Cookie> spec = {
        EntityKind::Cookie,
        {
            F("name", "name", T::Text, &C::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            F("technique", "technique", T::Code, &C::technique, QT_TRANSLATE_NOOP("Custodian::Fields", "Technique")).withCodes(Codes::Kind::TrackerKind),
            F("category", "category", T::Code, &C::category, QT_TRANSLATE_NOOP("Custodian::Fields", "Category")).withCodes(Codes::Kind::CookieCategory),
            F("purpose", "purpose", T::LongText, &C::purpose, QT_TRANSLATE_NOOP("Custodian::Fields", "Purpose"))
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Say what the cookie is for: the privacy statement and the cookie banner must tell visitors (Tw art. 11.7a).")),
            F("partyUuid", "party_id", T::Link, &C::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Provider")).linkTo(EntityKind::Party),
            F("domain", "domain", T::Text, &C::domain, QT_TRANSLATE_NOOP("Custodian::Fields", "Domain")),
            F("sessionOnly", "session_only", T::Bool, &C::sessionOnly, QT_TRANSLATE_NOOP("Custodian::Fields", "Session only")),
            F("lifetimeCount", "lifetime_count", T::Int, &C::lifetimeCount, QT_TRANSLATE_NOOP("Custodian::Fields", "Lifetime")),
            F("lifetimeUnit", "lifetime_unit", T::Code, &C::lifetimeUnit, QT_TRANSLATE_NOOP("Custodian::Fields", "Lifetime unit")).withCodes(Codes::Kind::PeriodUnit),
            F("country", "country", T::Text, &C::country, QT_TRANSLATE_NOOP("Custodian::Fields", "Country outside the EEA"), FieldFlag::Upper),
            F("activityUuid", "activity_id", T::Link, &C::activityUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Processing activity")).linkTo(EntityKind::ProcessingActivity)
                .expect(Severity::Warning, QT_TRANSLATE_NOOP("Custodian::Completeness", "Link the processing activity the cookie serves: its lawful basis, consent and retention apply to what the cookie collects.")),
            F("retired", "retired", T::Bool, &C::retired, QT_TRANSLATE_NOOP("Custodian::Fields", "Retired")),
        },
        {},
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject Cookie::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
