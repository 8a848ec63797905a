#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// An activity version: a processing activity as it was established ("vastgesteld") by the
// organisation, with who established it and when, and the URI that log lines of the processing
// point to (the government's logging standard, Logboek Dataverwerkingen; DECISIONS.md). Made only
// from an approved activity (ActivityVersionService::establish), never changed or deleted. Its state
// is not stored: established while it is the activity's latest version and the activity is in use,
// lapsed once a later version replaces it or the activity is retired.
struct ActivityVersion : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::ActivityVersion)
public:
    enum class State
    {
        Established, // Vastgesteld
        Lapsed,      // Vervallen
    };

    QString activityUuid;
    int number = 0;         // 1, 2, ...: per activity
    QString uri;            // BASE/activity/UUID/NUMBER, given once
    QString activityNumber; // the activity's number ("VA-0042") and name when it was established
    QString name;
    QDateTime establishedAt;
    QString establishedBy; // the history's actor
    QString approvedBy;    // as the activity said
    QDate approvedOn;
    QString changeNote; // what changed since the previous version
    // Canonical JSON (compact, keys sorted) of what the activity said: {"activity": its fields, "names":
    // {kind code: {uuid: name}} of the items it links to, "retention": {uuid: the linked retention
    // rules' fields}}. It reads the same after a linked item is renamed or changed.
    QString content;
    QString digest; // digestOf(content): 64 lowercase hex digits
    qint64 activityRowVersion = 0;
    qint64 registerStateCount = 0;
    QString registerStateHash; // the register state it was established in (DECISIONS.md)

    bool operator==(const ActivityVersion &other) const = default;
    static const EntitySpec<ActivityVersion> &spec();

    static QString stateLabel(State state);
    // SHA-256 of what the content says, the items it links to by name (not uuid): the fingerprint two
    // versions, or a version and the activity now, are compared by. A register the activity was
    // merged into, with its own uuids for the same parties and rules, gives the same.
    static QString digestOf(const QString &content);

    // Errors: no activity, number, URI, moment or content; a digest that does not match the content.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
