#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "domain/Finding.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

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
    qint64 rowVersion = 0; // bumped by every save; a save against an older one is a conflict

    bool operator==(const SecurityMeasure &other) const = default;
    static const EntitySpec<SecurityMeasure> &spec();
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
