#pragma once

#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

namespace Custodian::Register {

class ActivityService : public EntityService<Domain::ProcessingActivity>
{
    Q_OBJECT
public:
    explicit ActivityService(Storage::Store &store, QObject *parent = nullptr);
    // The activities' own fields only, without their child lists (categories, recipients, transfers,
    // links): what a list of activities shows, read in one query.
    [[nodiscard]] Status listSummaries(QList<Domain::ProcessingActivity> *activities) const;
    // Status "retired", audited as action retire; nothing happens for one already retired.
    [[nodiscard]] Status retire(const QString &uuid);

protected:
    QString message(Message which, const QString &name = QString()) const override;
};

} // namespace Custodian::Register
