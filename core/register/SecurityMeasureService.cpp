#include "SecurityMeasureService.h"

namespace Custodian::Register {

SecurityMeasureService::SecurityMeasureService(Storage::Store &store, QObject *parent) : EntityService(store, parent) {}

QString SecurityMeasureService::message(Message which, const QString &name) const
{
    switch (which) {
    case Message::NotFound:
        return tr("The security measure could not be found: it may have been deleted.");
    case Message::NotSaved:
        return tr("The security measure was not saved: correct the marked fields first.");
    case Message::SaveFailed:
        return tr("The security measure could not be saved. Nothing was changed.");
    case Message::DeleteFailed:
        return tr("The security measure could not be deleted. Nothing was changed.");
    case Message::RetireFailed:
        return tr("The security measure could not be saved. Nothing was changed.");
    case Message::Item:
        return tr("The security measure %1").arg(QStringLiteral("\"%1\"").arg(name));
    }
    return QString();
}

Status SecurityMeasureService::setRetired(const QString &uuid, bool retired)
{
    return changeRetirement(
        uuid,
        [retired](auto &item) {
            if (item.retired == retired)
                return false;
            item.retired = retired;
            return true;
        },
        retired ? AuditLog::Action::Retire : AuditLog::Action::Update);
}

} // namespace Custodian::Register
