#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// Art. 32: a technical or organisational measure, described once and linked to activities and
// agreements.
struct SecurityMeasure : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::SecurityMeasure)
public:
    QString title;
    QString description;
    QString kind = QStringLiteral("technical"); // Codes::Kind::MeasureKind
    QString publicSummary;                      // the measure in words for the privacy statement; empty: kept internal
    bool retired = false;

    bool operator==(const SecurityMeasure &other) const = default;
    static const EntitySpec<SecurityMeasure> &spec();
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
