#include "Finding.h"

#include <algorithm>

namespace Custodian::Domain {

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &finding) { return finding.severity == Finding::Severity::Error; });
}

Findings findingsFor(const Findings &findings, const QString &field)
{
    Findings result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [&field](const Finding &finding) { return finding.field == field; });
    return result;
}

} // namespace Custodian::Domain
