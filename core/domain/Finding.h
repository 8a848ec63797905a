#pragma once

#include <QList>
#include <QString>

namespace Custodian::Domain {

// One thing validation or the completeness check has to say about a field.
struct Finding
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    QString field; // the field's code, e.g. "dpoEmail"; the UI maps it to its widget
    Severity severity = Severity::Error;
    QString message; // one translated sentence saying what is wrong and how to fix it

    bool operator==(const Finding &other) const = default;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
Findings findingsFor(const Findings &findings, const QString &field);

} // namespace Custodian::Domain
