#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "domain/Finding.h"

namespace Custodian::Domain {

// Art. 32: a technical or organisational measure, described once and linked to activities and
// agreements.
struct SecurityMeasure
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::SecurityMeasure)
public:
    QString uuid;
    QString title;
    QString description;
    QString kind = QStringLiteral("technical"); // Codes::Kind::MeasureKind
    bool retired = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const SecurityMeasure &other) const = default;
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
