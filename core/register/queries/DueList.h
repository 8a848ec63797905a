#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// What is overdue or falls due soon, as `custodian-cli due` prints it, the calendar export writes
// it and the dashboard lists it (DECISIONS.md: the three dates of a deadline; overdue means past
// act_by). Read with SQL through the stored, indexed dates.
struct DueItem
{
    // request, extension-notice, breach (the authority's 72 hours), breach-controller (a controller
    // to tell, where the organisation is the processor), agreement-expiry, objection-window, review,
    // assurance-expiry (a supplier's report or certificate), supplier-review (the yearly one)
    QString kind;
    QString entity; // the kind's code of the item to open (Domain::EntityKinds::code)
    QString uuid;
    QString number; // a case number; empty for other items
    QString part;   // which of several dates of one item (a controller, a notice); empty for most
    QString title;
    QDate due;
    QDate actBy;
    QDate target;
    QDateTime moment; // a breach: the instant to notify by (the dates above are its local date)
    bool overdue = false;
    int daysLeft = 0; // negative when overdue

    bool isBreach() const { return moment.isValid(); }
};

class DueList
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::DueList)
public:
    // Everything overdue at the end of `asOf` (local time), or whose internal target (for a breach,
    // its moment) falls within `withinDays` days after it: the most urgent first.
    [[nodiscard]] static Status read(Storage::Store &store, QDate asOf, int withinDays, QList<DueItem> *items);

    // [{kind, uuid, number, title, due, act_by, target, overdue, days_left}]: days as YYYY-MM-DD, a
    // breach's dates as instants with their offsets.
    static QJsonArray toJson(const QList<DueItem> &items);
    // An iCalendar file (RFC 5545): an all-day event on each act-by day with an alarm on the
    // morning of its internal target; a breach at its moment, with an alarm 12 hours before. Each
    // event's UID names the item and the obligation, not the date, so a newer export of a moved
    // deadline updates the event a calendar already holds.
    static QByteArray toIcs(const QList<DueItem> &items, const QDateTime &stamp);
    // toIcs() written to a file whole or not at all (QSaveFile); an IoError names the file and why.
    [[nodiscard]] static Status writeIcs(const QList<DueItem> &items, const QString &path, const QDateTime &stamp);
};

} // namespace Custodian::Register
