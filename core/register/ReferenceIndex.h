#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "Status.h"
#include "domain/EntityKind.h"

namespace Custodian::Register {

// "What refers to this item", answered from the links the entities' field tables declare
// (Domain::allLinks()), never from a hand-kept list. It serves remove() (an item still referred
// to is not deleted) and every "Used by" list; one SQL query per kind of link, never the whole
// register in memory.
class ReferenceIndex
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::ReferenceIndex)
public:
    struct Referrer
    {
        Domain::EntityKind owner = Domain::EntityKind::None;
        QString ownerUuid;
        QString name;        // the referrer's display name
        QString description; // "the processing activity "Payroll""
        QString key;         // the owner's field or list that holds the link
    };

    // Everything that refers to the row id of a kind, in name order per kind of link.
    [[nodiscard]] static Status referrersOf(QSqlDatabase &db, Domain::EntityKind kind, qint64 id,
                                            QList<Referrer> *referrers);
    // For every item of a kind that is referred to: its uuid and its referrers (one query per link).
    [[nodiscard]] static Status usage(QSqlDatabase &db, Domain::EntityKind kind,
                                      QHash<QString, QList<Referrer>> *usage);
};

} // namespace Custodian::Register
