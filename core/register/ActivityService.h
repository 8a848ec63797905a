#pragma once

#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 30(1) activities, retired by their status. Each gets a number when it is made ("VA-0042"),
// from one series with the processor activities that is never handed out twice; an import keeps a
// file's number while no other activity has it. The number does not change afterwards: log lines
// and established activity versions cite it. An activity with established versions is not deleted
// (they refer to it): it is retired.
class ActivityService : public EntityService<Domain::ProcessingActivity>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::ActivityService)
public:
    explicit ActivityService(Storage::Store &store, QObject *parent = nullptr);

    // By number ("VA-0042", any case) or uuid; Status::Code::NotFound when neither names one.
    [[nodiscard]] Status find(const QString &numberOrUuid, Domain::ProcessingActivity *activity) const;

    // The series of activity numbers: "VA", without years.
    static QString numberPrefix();
    // Inside a save's transaction: keeps *number when it is a number of the series ("VA-0042", four
    // to nine digits) that no other activity or processor activity has, else gives the next one.
    [[nodiscard]] static Status numberFor(QSqlDatabase &db, QString *number);
    // Inside a transaction: numbers the activities and processor activities without a number (a
    // restored export made before schema 20), in the order they were made, as the upgrade does.
    [[nodiscard]] static Status numberUnnumbered(QSqlDatabase &db);

protected:
    void prepare(Domain::ProcessingActivity &next, const Domain::ProcessingActivity &previous) override;
    Status allocate(QSqlDatabase &db, Domain::ProcessingActivity &next,
                    const Domain::ProcessingActivity &previous) override;
};

} // namespace Custodian::Register
