#pragma once

// What the completeness check's source files share (Completeness.cpp, CompletenessRequests.cpp,
// CompletenessBreaches.cpp, CompletenessStatements.cpp, RegisterSnapshot.cpp); not part of its interface.
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include "DocumentLanguage.h"
#include "domain/Agreement.h"
#include "domain/Finding.h"

namespace Custodian::Register {
struct RegisterSnapshot;
}

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

// Sub-processing chains (RegisterSnapshot.cpp). Whether one of `linked` is among the agreements above
// this one in its chain.
bool isBelowAny(const Domain::Agreement &agreement, const QList<const Domain::Agreement *> &linked,
                const RegisterSnapshot &snapshot);
// The sub-processing agreements made under any of the linked ones, at any depth, in the register's order.
QList<const Domain::Agreement *> subProcessingBelowAll(const QList<const Domain::Agreement *> &linked,
                                                       const RegisterSnapshot &snapshot);
// The first of those with this party as processor, or nullptr.
const Domain::Agreement *subProcessingBelow(const QList<const Domain::Agreement *> &linked, const QString &partyUuid,
                                            const RegisterSnapshot &snapshot);

} // namespace Custodian::Register::CheckParts
