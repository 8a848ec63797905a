#include "PartyService.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>

namespace Custodian::Register {

QStringList PartyService::municipalBodies()
{
    // The bodies of a municipality under the Gemeentewet and the tax laws: each is the controller of
    // its own processing (the examples of the GEMMA VAR, Amersfoort and Huizen registers).
    return {
        QStringLiteral("College van burgemeester en wethouders"),
        QStringLiteral("Gemeenteraad"),
        QStringLiteral("Burgemeester"),
        QStringLiteral("Ambtenaar van de burgerlijke stand"),
        QStringLiteral("Rekenkamercommissie"),
        QStringLiteral("Heffingsambtenaar"),
        QStringLiteral("Invorderingsambtenaar"),
        QStringLiteral("Inspecteur der Belastingen"),
        QStringLiteral("Ontvanger der Belastingen"),
    };
}

Status PartyService::addOwnBodies(const QStringList &names, int *changed)
{
    *changed = 0;
    QList<Domain::Party> parties;
    Status status = list(&parties);
    if (!status)
        return status;
    QSqlDatabase &db = m_store.connection();
    const QString failure = tr("The administrative bodies could not be added. Nothing was changed.");
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    QStringList touched;
    for (const QString &name : names) {
        const auto existing = std::find_if(parties.cbegin(), parties.cend(), [&name](const Domain::Party &party) {
            return party.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        Domain::Party party;
        if (existing != parties.cend()) {
            // Already a body, or retired by the organisation (it does not have that body): left alone.
            if (existing->ownBody || existing->retired)
                continue;
            party = *existing;
        } else {
            party.name = name.trimmed();
            party.country = QStringLiteral("NL");
        }
        party.ownBody = true;
        Domain::Findings findings;
        bool written = false;
        // Normalised, validated and audited as a save; inside this transaction.
        status = importItem(&party, existing == parties.cend(), &findings, &written);
        if (!status) {
            db.rollback();
            return failed(failure, status.message() + QLatin1Char(' ') + status.detail());
        }
        if (!written)
            continue;
        touched.append(party.uuid);
        // A name given twice is one body.
        parties.append(party);
    }
    status = commitWritten(touched, failure);
    if (status)
        *changed = int(touched.size());
    return status;
}

} // namespace Custodian::Register
