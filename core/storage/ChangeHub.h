#pragma once

#include <QObject>
#include <QString>

#include "domain/EntityKind.h"

namespace Custodian::Storage {

// One signal for every change to an open register, whichever service made it: the kind and uuid of
// the item, so that a list can update one row. A team register will feed it from the server too.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void announce(Domain::EntityKind kind, const QString &uuid) { emit changed(kind, uuid); }

signals:
    void changed(Custodian::Domain::EntityKind kind, const QString &uuid);
};

} // namespace Custodian::Storage
