#include "EntityService.h"

#include "register/ReferenceIndex.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>

namespace Custodian::Register {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::EntityService)
};

// Each kind's sentences, in the translation context its service always had, so that the Dutch
// translation carries over.
struct Texts
{
    Domain::EntityKind kind;
    const char *context;
    const char *notFound;
    const char *notSaved;
    const char *saveFailed;
    const char *deleteFailed;
    const char *retireFailed;
    const char *item;
};

const Texts texts[] = {
    {Domain::EntityKind::Organisation, "Custodian::Register::OrganisationService",
     QT_TRANSLATE_NOOP("Custodian::Register::OrganisationService", "The organisation details could not be read."),
     QT_TRANSLATE_NOOP("Custodian::Register::OrganisationService",
                       "The organisation details were not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::OrganisationService",
                       "The organisation details could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::OrganisationService",
                       "The organisation details could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::OrganisationService",
                       "The organisation details could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::OrganisationService", "The organisation %1")},
    {Domain::EntityKind::Party, "Custodian::Register::PartyService",
     QT_TRANSLATE_NOOP("Custodian::Register::PartyService", "The party could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::PartyService",
                       "The party was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::PartyService", "The party could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::PartyService", "The party could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::PartyService", "The party could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::PartyService", "The party %1")},
    {Domain::EntityKind::SecurityMeasure, "Custodian::Register::SecurityMeasureService",
     QT_TRANSLATE_NOOP("Custodian::Register::SecurityMeasureService",
                       "The security measure could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::SecurityMeasureService",
                       "The security measure was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::SecurityMeasureService",
                       "The security measure could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::SecurityMeasureService",
                       "The security measure could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::SecurityMeasureService",
                       "The security measure could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::SecurityMeasureService", "The security measure %1")},
    {Domain::EntityKind::RetentionRule, "Custodian::Register::RetentionRuleService",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "The retention rule could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "The retention rule was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "The retention rule could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "The retention rule could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "The retention rule could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "The retention rule %1")},
    {Domain::EntityKind::ProcessingActivity, "Custodian::Register::ActivityService",
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityService",
                       "The processing activity could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityService",
                       "The processing activity was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityService",
                       "The processing activity could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityService",
                       "The processing activity could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityService",
                       "The processing activity could not be retired. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityService", "The processing activity %1")},
    {Domain::EntityKind::ProcessorActivity, "Custodian::Register::ProcessorActivityService",
     QT_TRANSLATE_NOOP("Custodian::Register::ProcessorActivityService",
                       "The processor activity could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::ProcessorActivityService",
                       "The processor activity was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::ProcessorActivityService",
                       "The processor activity could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ProcessorActivityService",
                       "The processor activity could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ProcessorActivityService",
                       "The processor activity could not be retired. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ProcessorActivityService", "The processor activity %1")},
    {Domain::EntityKind::Agreement, "Custodian::Register::AgreementService",
     QT_TRANSLATE_NOOP("Custodian::Register::AgreementService",
                       "The agreement could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::AgreementService",
                       "The agreement was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::AgreementService",
                       "The agreement could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::AgreementService",
                       "The agreement could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::AgreementService",
                       "The agreement could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::AgreementService", "The agreement %1")},
    {Domain::EntityKind::Cookie, "Custodian::Register::CookieService",
     QT_TRANSLATE_NOOP("Custodian::Register::CookieService",
                       "The cookie could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::CookieService",
                       "The cookie was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::CookieService", "The cookie could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::CookieService", "The cookie could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::CookieService", "The cookie could not be retired. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::CookieService", "The cookie %1")},
    {Domain::EntityKind::ControlReference, "Custodian::Register::ControlReferenceService",
     QT_TRANSLATE_NOOP("Custodian::Register::ControlReferenceService",
                       "The control could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::ControlReferenceService",
                       "The control was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::ControlReferenceService",
                       "The control could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ControlReferenceService",
                       "The control could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ControlReferenceService",
                       "The control could not be retired. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ControlReferenceService", "The control %1")},
    {Domain::EntityKind::PrivacyStatement, "Custodian::Register::PrivacyStatementService",
     QT_TRANSLATE_NOOP("Custodian::Register::PrivacyStatementService",
                       "The privacy statement could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::PrivacyStatementService",
                       "The privacy statement was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::PrivacyStatementService",
                       "The privacy statement could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::PrivacyStatementService",
                       "The privacy statement could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::PrivacyStatementService",
                       "The privacy statement could not be retired. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::PrivacyStatementService", "The privacy statement %1")},
    {Domain::EntityKind::StatementVersion, "Custodian::Register::StatementVersionService",
     QT_TRANSLATE_NOOP("Custodian::Register::StatementVersionService",
                       "The statement version could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::StatementVersionService",
                       "The statement version was not published: it is not complete."),
     QT_TRANSLATE_NOOP("Custodian::Register::StatementVersionService",
                       "The statement version could not be published. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::StatementVersionService",
                       "A published statement version is kept as it was: it cannot be deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::StatementVersionService",
                       "A published statement version is kept as it was: it cannot be retired."),
     QT_TRANSLATE_NOOP("Custodian::Register::StatementVersionService", "The statement version %1")},
    {Domain::EntityKind::ActivityVersion, "Custodian::Register::ActivityVersionService",
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityVersionService",
                       "The activity version could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityVersionService",
                       "The activity was not established: the version is not complete."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityVersionService",
                       "The activity could not be established. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityVersionService",
                       "An established activity version is kept as it was: it cannot be deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityVersionService",
                       "An established activity version is kept as it was: it cannot be retired."),
     QT_TRANSLATE_NOOP("Custodian::Register::ActivityVersionService", "The activity version %1")},
    {Domain::EntityKind::LegalHold, "Custodian::Register::LegalHoldService",
     QT_TRANSLATE_NOOP("Custodian::Register::LegalHoldService",
                       "The legal hold could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::LegalHoldService",
                       "The legal hold was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::LegalHoldService",
                       "The legal hold could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::LegalHoldService",
                       "The legal hold could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::LegalHoldService",
                       "The legal hold could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::LegalHoldService", "The legal hold %1")},
    {Domain::EntityKind::RequestCase, "Custodian::Register::RequestService",
     QT_TRANSLATE_NOOP("Custodian::Register::RequestService",
                       "The request could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::RequestService",
                       "The request was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::RequestService", "The request could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::RequestService", "The request could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::RequestService", "The request could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::RequestService", "The request %1")},
    {Domain::EntityKind::Breach, "Custodian::Register::BreachService",
     QT_TRANSLATE_NOOP("Custodian::Register::BreachService",
                       "The breach could not be found: it may have been deleted."),
     QT_TRANSLATE_NOOP("Custodian::Register::BreachService",
                       "The breach was not saved: correct the marked fields first."),
     QT_TRANSLATE_NOOP("Custodian::Register::BreachService", "The breach could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::BreachService", "The breach could not be deleted. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::BreachService", "The breach could not be saved. Nothing was changed."),
     QT_TRANSLATE_NOOP("Custodian::Register::BreachService", "The breach %1")},
};

} // namespace

QString ServiceBase::message(Message which, const QString &name) const
{
    for (const Texts &t : texts) {
        if (t.kind != m_kind)
            continue;
        auto translated = [&t](const char *text) { return QCoreApplication::translate(t.context, text); };
        switch (which) {
        case Message::NotFound:
            return translated(t.notFound);
        case Message::NotSaved:
            return translated(t.notSaved);
        case Message::SaveFailed:
            return translated(t.saveFailed);
        case Message::DeleteFailed:
            return translated(t.deleteFailed);
        case Message::RetireFailed:
            return translated(t.retireFailed);
        case Message::Item:
            return translated(t.item).arg(QStringLiteral("\"%1\"").arg(name));
        }
    }
    return Tr::tr("The change could not be made. Nothing was changed.");
}

ServiceBase::ServiceBase(Storage::Store &store, Domain::EntityKind kind, QObject *parent)
    : QObject(parent), m_store(store), m_kind(kind)
{}

void ServiceBase::announce(const QString &uuid)
{
    emit changed(uuid);
    m_store.changes().announce(m_kind, uuid);
}

Status ServiceBase::commitWritten(const QStringList &written, const QString &failure)
{
    QSqlDatabase &db = m_store.connection();
    if (written.isEmpty()) {
        db.rollback();
        return Status::ok();
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return failed(failure, detail);
    }
    for (const QString &uuid : written)
        announce(uuid);
    return Status::ok();
}

QJsonObject ServiceBase::diff(const QJsonObject &before, const QJsonObject &after)
{
    static const QSet<QString> ignored = {QStringLiteral("uuid"), QStringLiteral("createdAt"),
                                          QStringLiteral("updatedAt")};
    QJsonObject changes;
    QStringList keys = after.keys();
    for (const QString &key : before.keys()) {
        if (!after.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (ignored.contains(key))
            continue;
        const QJsonValue oldValue = before.value(key);
        const QJsonValue newValue = after.value(key);
        if (oldValue != newValue)
            changes.insert(key, QJsonObject{{QStringLiteral("old"), oldValue.isUndefined() ? QJsonValue() : oldValue},
                                            {QStringLiteral("new"), newValue.isUndefined() ? QJsonValue() : newValue}});
    }
    return changes;
}

QJsonObject ServiceBase::deletionChanges(const QJsonObject &before)
{
    QJsonObject changes;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        changes.insert(it.key(),
                       QJsonObject{{QStringLiteral("old"), it.value()}, {QStringLiteral("new"), QJsonValue()}});
    return changes;
}

Status ServiceBase::conflict(QSqlDatabase &db, Domain::EntityKind kind, const QString &uuid, const QString &item)
{
    QList<AuditLog::Entry> entries;
    QString who = Tr::tr("someone else");
    QString when;
    if (AuditLog::readEntries(db, Domain::EntityKinds::code(kind), uuid, &entries) && !entries.isEmpty()) {
        who = entries.constLast().actor;
        when = QLocale().toString(entries.constLast().at.toLocalTime(), QLocale::ShortFormat);
    }
    const QString message =
        when.isEmpty()
            ? Tr::tr("%1 was changed by %2 after you opened it. Your changes were not saved: reload it to see "
                     "the other changes, then make yours again.")
                  .arg(item, who)
            : Tr::tr("%1 was changed by %2 at %3 after you opened it. Your changes were not saved: reload it to "
                     "see the other changes, then make yours again.")
                  .arg(item, who, when);
    return Status::error(Status::Code::Conflict, message, QStringLiteral("stale row_version of %1").arg(uuid));
}

QString ServiceBase::unknownLinkMessage(Domain::EntityKind target)
{
    switch (target) {
    case Domain::EntityKind::Party:
        return Tr::tr("A party named here is not in the register (it may have been deleted): choose another party.");
    case Domain::EntityKind::SecurityMeasure:
        return Tr::tr("A linked security measure is not in the register (it may have been deleted): remove the link "
                      "or choose another measure.");
    case Domain::EntityKind::RetentionRule:
        return Tr::tr("A linked retention rule is not in the register (it may have been deleted): choose another "
                      "rule.");
    case Domain::EntityKind::ProcessingActivity:
        return Tr::tr("A linked processing activity is not in the register (it may have been deleted): choose "
                      "another activity.");
    case Domain::EntityKind::Agreement:
        return Tr::tr("A linked agreement is not in the register (it may have been deleted): remove the link or "
                      "choose another agreement.");
    default:
        return Tr::tr("A linked item is not in the register (it may have been deleted): remove the link.");
    }
}

Status ServiceBase::refused(const QString &message, const QString &detail)
{
    return Status::error(Status::Code::InvalidInput, message, detail);
}

Status ServiceBase::failed(const QString &message, const QString &detail)
{
    return Status::error(Status::Code::DatabaseError, message, detail);
}

Status ServiceBase::referrers(QSqlDatabase &db, Domain::EntityKind kind, qint64 id, QStringList *found, int *total)
{
    QList<ReferenceIndex::Referrer> all;
    const Status status = ReferenceIndex::referrersOf(db, kind, id, &all);
    if (!status)
        return status;
    *total = int(all.size());
    for (const ReferenceIndex::Referrer &referrer : std::as_const(all)) {
        if (found->size() == 3)
            break;
        found->append(referrer.description);
    }
    return Status::ok();
}

Status ServiceBase::refuseRemoval(const QString &item, const QStringList &found, int total)
{
    QString list = found.join(QLatin1String(", "));
    if (total > found.size())
        list = Tr::tr("%1 and %n more", nullptr, int(total - found.size())).arg(list);
    return Status::error(Status::Code::InvalidInput,
                         Tr::tr("%1 cannot be deleted because %2 still refers to it. Retire it instead, or remove "
                                "those references first.")
                             .arg(item, list));
}

} // namespace Custodian::Register
