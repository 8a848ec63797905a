#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Custodian::Domain {

// What every item of the register has: its identity, its stamps and the version of its row. The
// service skeleton assigns all four; an editor only carries them.
struct Record
{
    QString uuid;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0; // bumped by every save; a save against an older one is a conflict

    bool operator==(const Record &other) const = default;
};

// Who looks after a record of processing and when it is reviewed (accountability, Art. 5(2)).
struct Stewardship
{
    QString status = QStringLiteral("draft"); // Codes::Kind::ActivityStatus
    QDate lastReviewed;
    QDate nextReview;
    QString ownerDepartment;
    QString ownerPerson;

    bool operator==(const Stewardship &other) const = default;
};

} // namespace Custodian::Domain
