#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// A dated obligation of an item in the register that has passed or comes within its horizon: what
// the dashboard lists under "what to do next". Read with SQL (never the whole register in memory).
struct AgendaItem
{
    enum class Reason
    {
        ActivityReview,  // the next review of a processing or processor activity that is not retired
        AgreementExpiry, // the end date of an active agreement
        AgreementReview, // the review date of an agreement that has not ended
        ObjectionWindow, // the objection deadline of a sub-processor change notice still undecided
        NotifiedWindow,  // the controller's objection deadline of a change we notified as processor
        AssuranceExpiry, // the end of validity of a supplier's latest report or certificate of a kind
        SupplierReview,  // a year after the latest review of a supplier under an active agreement
    };
    Reason reason = Reason::ActivityReview;
    QString entity; // the kind's code of the item to open (Domain::EntityKinds::code)
    QString uuid;
    QString name;   // the item's name or title
    QString detail; // for a notice: the change it announces; for an assurance: its kind's code
    QDate date;

    bool isOverdue(QDate today) const { return date < today; }
};

struct Agenda
{
    // How far ahead each kind of date is listed, in days from today (dates before today always are).
    static constexpr int reviewHorizonDays = 30;
    static constexpr int expiryHorizonDays = 90; // time to renew or end a contract
    static constexpr int objectionHorizonDays = 365;

    QList<AgendaItem> overdue;  // dates before today, oldest first
    QList<AgendaItem> upcoming; // from today up to the horizon, soonest first
    int overdueTotal = 0;       // all overdue items, also those beyond the limit
    int upcomingTotal = 0;

    // Reads at most `limit` items of each of the two lists (the totals count them all).
    [[nodiscard]] static Status read(Storage::Store &store, QDate today, int limit, Agenda *agenda);
    // Every dated obligation on or before `horizon`, whatever its kind's own horizon, in date order.
    [[nodiscard]] static Status readUpTo(Storage::Store &store, QDate horizon, QList<AgendaItem> *items);
};

} // namespace Custodian::Register
