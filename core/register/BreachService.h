#pragma once

#include "domain/Breach.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// The breach register. save() also:
// - gives a new breach its number, B-YEAR-NNNN for the year of awareness (CaseNumbers);
// - computes the moment to notify the authority by (72 hours from awareness) and, for each
//   controller to tell where the organisation is the processor, the moment its agreement's term
//   in hours ends;
// - closes a breach (closedOn) on the day its status becomes closed, unless a day is given.
class BreachService : public EntityService<Domain::Breach>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::BreachService)
public:
    explicit BreachService(Storage::Store &store, QObject *parent = nullptr);

    // The breaches with one of these statuses (every breach when empty), most recent awareness first.
    [[nodiscard]] Status listByStatus(const QStringList &statuses, QList<Domain::Breach> *breaches) const;
    // The breach with this number ("B-2026-0001", in either case) or uuid; Status::Code::NotFound when
    // the register holds none.
    [[nodiscard]] Status find(const QString &numberOrUuid, Domain::Breach *breach) const;

    // The moments to tell the controllers of open breaches under this agreement, counted again with
    // its term in hours (0: none agreed), inside the caller's transaction: the agreement's save.
    // *moved: how many moments were counted again.
    [[nodiscard]] static Status recountControllerDeadlines(Storage::Store &store, const QString &agreementUuid,
                                                           int hours, int *moved);

protected:
    void normalise(Domain::Breach &next) const override;
    void prepare(Domain::Breach &next, const Domain::Breach &previous) override;
    Status allocate(QSqlDatabase &db, Domain::Breach &next, const Domain::Breach &previous) override;
};

} // namespace Custodian::Register
