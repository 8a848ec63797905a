#pragma once

#include <QDate>

#include <optional>

#include "clocks/HolidayCalendar.h"
#include "domain/RequestCase.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// What a list of cases shows of one case: its own columns and the codes of its rights, without the
// other child lists (a list of every case reads 100,000 of these).
struct RequestListItem
{
    QString uuid;
    QString number;
    QString status;
    QString requesterName;
    QString requesterContact;
    QString representativeName;
    QStringList rights; // codes, in the case's order
    QDate receivedOn;
    QDate dueOn;
    QDate actBy;
    QDate responseOn;
    QDate closedOn;
    bool purged = false;
    bool objectionPending = false; // an objection (bezwaar) was received and is not decided yet

    bool isClosed() const { return Domain::RequestCase::isClosedStatus(status); }
};

// Data-subject request cases. save() also:
// - gives a new case its number, R-YEAR-NNNN for the year of receipt, from a counter that never
//   hands out a number twice (not even after a deletion);
// - computes the three deadline dates and the end of the first month from the day of receipt,
//   the extension and the register's calendar and margin (DECISIONS.md);
// - marks the case extended when its status says so, and closes it (closedOn) when its status
//   becomes answered, refused or withdrawn (on the day the answer was sent, else today);
// - keeps a purged case's personal fields empty.
class RequestService : public EntityService<Domain::RequestCase>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::RequestService)
public:
    explicit RequestService(Storage::Store &store, QObject *parent = nullptr);

    // A case about to be logged, with the defaults the register gives it: a public body answers by a
    // decision under the Awb (awbDecision follows the organisation's publicBody).
    [[nodiscard]] Status prepareNew(Domain::RequestCase *request) const;

    // The cases with one of these statuses (every case when empty), children included, ordered by
    // act-by day and number.
    [[nodiscard]] Status listByStatus(const QStringList &statuses, QList<Domain::RequestCase> *cases) const;
    // The cases not yet answered, refused or withdrawn.
    [[nodiscard]] Status listOpen(QList<Domain::RequestCase> *cases) const;
    // The list's view of the open cases, or of every case; in no fixed order.
    [[nodiscard]] Status listItems(bool includeClosed, QList<RequestListItem> *items) const;
    // The list's view of one case; empty when there is no such case.
    [[nodiscard]] Status listItem(const QString &uuid, std::optional<RequestListItem> *item) const;
    // SQL that holds for a case still open (status one of the open statuses), on the status column
    // of the table named `alias` (none: unqualified). Written as the open statuses, not as "not
    // closed": a list of values is what the status index serves.
    static QString openCondition(const QString &alias = QString());

    // What the completeness check reads: the open cases, and those closed on or after `since` whose
    // requester's details are not purged yet.
    [[nodiscard]] Status listForCheck(QDate since, QList<Domain::RequestCase> *cases) const;
    // Every case whose requester or representative name or contact details contain the text
    // (case-insensitive), while they have not been purged.
    [[nodiscard]] Status findByRequester(const QString &text, QList<Domain::RequestCase> *cases) const;

    // Erases the requester's details of a closed case (DECISIONS.md: the history's sealed values
    // become unreadable); the dates, rights and outcomes stay. One transaction, audited.
    [[nodiscard]] Status purge(const QString &uuid);
    // Purges every closed case that closed at least `months` months before `today`; *purged
    // counts them.
    [[nodiscard]] Status purgeDue(QDate today, int months, int *purged);

    // Counts the dates of every open case again with this calendar and margin and stores those
    // that changed (*changed counts them), inside the caller's transaction. The dates are derived
    // values: the history records the change of the settings that moved them.
    [[nodiscard]] static Status recountDeadlines(Storage::Store &store, const Clocks::HolidayCalendar &calendar,
                                                 int marginWorkingDays, int *changed);

protected:
    void normalise(Domain::RequestCase &next) const override;
    void prepare(Domain::RequestCase &next, const Domain::RequestCase &previous) override;
    Status allocate(QSqlDatabase &db, Domain::RequestCase &next, const Domain::RequestCase &previous) override;

private:
    [[nodiscard]] Status select(const QString &where, const QVariantList &binds,
                                QList<Domain::RequestCase> *cases) const;
    [[nodiscard]] Status selectItems(const QString &where, const QVariantList &binds,
                                     QList<RequestListItem> *items) const;

    bool m_purging = false; // purge() is saving: the purge day is the one it sets
};

} // namespace Custodian::Register
