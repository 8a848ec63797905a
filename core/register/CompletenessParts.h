#pragma once

// What the completeness check's source files share (Completeness.cpp, CompletenessRequests.cpp,
// CompletenessBreaches.cpp); not part of its interface.
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include "DocumentLanguage.h"
#include "domain/Finding.h"

namespace Custodian::Register::CheckParts {

inline void add(Domain::Findings &findings, const char *field, Domain::Finding::Severity severity,
                const QString &message)
{
    findings.append({QLatin1String(field), severity, message});
}

// Days and moments as the person's locale writes them.
inline QString day(QDate date)
{
    return DocumentLanguage::currentLocale().toString(date, QLocale::ShortFormat);
}

inline QString moment(const QDateTime &at)
{
    return DocumentLanguage::currentLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Custodian::Register::CheckParts
