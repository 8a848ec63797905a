// For the data-driven tests of completeness rules: findings as sorted "field:severity" keys, so a
// row states exactly what a change of a complete item raises.
#pragma once

#include <QStringList>

#include <initializer_list>

#include "domain/Finding.h"

namespace FindingKeys {

inline QStringList of(const Custodian::Domain::Findings &findings)
{
    using Severity = Custodian::Domain::Finding::Severity;
    QStringList keys;
    for (const Custodian::Domain::Finding &finding : findings) {
        const char *severity = finding.severity == Severity::Error     ? "error"
                               : finding.severity == Severity::Warning ? "warning"
                                                                       : "info";
        keys << finding.field + QLatin1Char(':') + QLatin1String(severity);
    }
    keys.sort();
    return keys;
}

inline QStringList expected(std::initializer_list<const char *> findings)
{
    QStringList keys;
    for (const char *finding : findings)
        keys << QLatin1String(finding);
    keys.sort();
    return keys;
}

} // namespace FindingKeys
