#include "ActivityService.h"

namespace Custodian::Register {

ActivityService::ActivityService(Storage::Store &store, QObject *parent) : EntityService(store, parent) {}

QString ActivityService::message(Message which, const QString &name) const
{
    switch (which) {
    case Message::NotFound:
        return tr("The processing activity could not be found: it may have been deleted.");
    case Message::NotSaved:
        return tr("The processing activity was not saved: correct the marked fields first.");
    case Message::SaveFailed:
        return tr("The processing activity could not be saved. Nothing was changed.");
    case Message::DeleteFailed:
        return tr("The processing activity could not be deleted. Nothing was changed.");
    case Message::RetireFailed:
        return tr("The processing activity could not be retired. Nothing was changed.");
    case Message::Item:
        return tr("The processing activity %1").arg(QStringLiteral("\"%1\"").arg(name));
    }
    return QString();
}

Status ActivityService::listSummaries(QList<Domain::ProcessingActivity> *activities) const
{
    return EntityTable::fetch(m_store.connection(), spec(), EntityTable::Filter::all(), activities, false);
}

Status ActivityService::retire(const QString &uuid)
{
    return changeRetirement(
        uuid,
        [](auto &item) {
            if (item.status == QLatin1String("retired"))
                return false;
            item.status = QStringLiteral("retired");
            return true;
        },
        AuditLog::Action::Retire);
}

} // namespace Custodian::Register
