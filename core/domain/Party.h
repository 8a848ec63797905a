#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// Someone the register names: a controller we serve, a joint controller, a processor, a
// sub-processor, another recipient. One party can have several roles.
struct Party : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::Party)
public:
    QString name;
    QString country; // ISO 3166-1 alpha-2 ("NL", "US"); empty when unknown
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString dpoName;
    QString dpoContact;
    QString representative;     // Art. 27: the representative in the Union of a party established outside it
    QString registrationNumber; // e.g. the KvK number of a Dutch party
    QString oin;                // a Dutch government body's identification number: 20 digits
    bool ownBody = false;       // an administrative body (bestuursorgaan) of this organisation: a controller
    QString notes;
    QString publicDescription; // what the privacy statement says of the party when it names it
    QStringList roles;         // Codes::Kind::PartyRole
    bool retired = false;

    bool operator==(const Party &other) const = default;
    static const EntitySpec<Party> &spec();
    Findings validate() const;  // name required; roles valid; e-mail plausible; country two letters
    QJsonObject toJson() const; // every field, for the audit trail and export
};

} // namespace Custodian::Domain
