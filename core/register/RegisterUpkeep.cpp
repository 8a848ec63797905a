#include "RegisterUpkeep.h"

#include "register/AgreementService.h"
#include "register/LegalHoldService.h"
#include "register/OrganisationService.h"
#include "register/PartyService.h"
#include "register/RegisterSettingsService.h"
#include "register/RequestService.h"
#include "register/RetentionRuleService.h"

#include <QSqlError>

#include <algorithm>

namespace Custodian::Register {

namespace {

// DOMAIN-REVIEW A14: joint controllers were a list of the organisation, unlinked to the parties
// and to any activity. Each becomes a party with the joint-controller role (the party of the same
// name, where there is one), its contact and arrangement kept in the party's notes, so that it can
// be linked to the activities it shares; then the organisation's list is emptied. Every step is an
// audited save; a run cut short is finished by the next, without duplicates.
Status moveJointControllers(Storage::Store &store, int *moved)
{
    *moved = 0;
    OrganisationService organisations(store);
    Domain::Organisation organisation;
    Status status = organisations.load(&organisation);
    if (!status || organisation.jointControllers.isEmpty())
        return status;
    PartyService parties(store);
    QList<Domain::Party> known;
    status = parties.list(&known);
    if (!status)
        return status;
    const QString role = QStringLiteral("joint_controller");
    for (const Domain::JointController &joint : std::as_const(organisation.jointControllers)) {
        const QString name = joint.name.trimmed();
        auto found = std::find_if(known.begin(), known.end(), [&name](const Domain::Party &party) {
            return party.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
        Domain::Party party = found != known.end() ? *found : Domain::Party();
        if (party.uuid.isEmpty())
            party.name = name;
        if (!party.roles.contains(role))
            party.roles.append(role);
        QStringList lines;
        if (!joint.contact.trimmed().isEmpty())
            lines << RegisterUpkeep::tr("Contact: %1").arg(joint.contact.trimmed());
        if (!joint.arrangement.trimmed().isEmpty())
            lines << RegisterUpkeep::tr("Arrangement (Art. 26): %1").arg(joint.arrangement.trimmed());
        for (const QString &line : std::as_const(lines)) {
            if (!party.notes.contains(line))
                party.notes += (party.notes.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        }
        if (found == known.end() || party != *found) {
            status = parties.save(&party);
            if (!status)
                return status;
            if (found == known.end())
                known.append(party);
            else
                *found = party;
        }
        ++*moved;
    }
    organisation.jointControllers.clear();
    return organisations.save(organisation);
}

// DOMAIN-REVIEW A9: older versions kept a legal hold as a flag on a retention rule, which stops
// deletion for everyone the rule covers. Each flag becomes a hold of its own under that rule, with
// the reason; its scope is left for the person to describe (the check asks for it), and the rule's
// flag is cleared. A hold already made for the rule with the same reason is not made twice, so a
// run cut short between the two saves is finished by the next.
Status moveRuleHolds(Storage::Store &store, int *moved)
{
    *moved = 0;
    RetentionRuleService rules(store);
    QList<Domain::RetentionRule> all;
    Status status = rules.list(&all);
    if (!status)
        return status;
    LegalHoldService holds(store);
    QList<Domain::LegalHold> existing;
    bool listed = false;
    for (Domain::RetentionRule &rule : all) {
        if (!rule.legalHold && rule.legalHoldReason.trimmed().isEmpty())
            continue;
        if (!listed) {
            status = holds.list(&existing);
            if (!status)
                return status;
            listed = true;
        }
        const QString reason = rule.legalHoldReason.trimmed();
        const bool made = std::any_of(existing.cbegin(), existing.cend(), [&](const Domain::LegalHold &hold) {
            return hold.retentionRuleUuid == rule.uuid && hold.reason.trimmed() == reason;
        });
        if (!made && rule.legalHold) {
            Domain::LegalHold hold;
            hold.title = RegisterUpkeep::tr("Hold on \"%1\"").arg(rule.name.trimmed());
            hold.retentionRuleUuid = rule.uuid;
            hold.reason = reason;
            hold.notes = RegisterUpkeep::tr("Made from the hold that was set on the whole retention rule. Describe "
                                            "whom and what it covers, and the day it started.");
            status = holds.save(&hold);
            if (!status)
                return status;
            existing.append(hold);
            ++*moved;
        }
        if (!rule.legalHold) {
            // A reason left behind by a hold released earlier stays readable in the rule's notes.
            const QString line = RegisterUpkeep::tr("Reason of an earlier legal hold: %1").arg(reason);
            rule.notes += (rule.notes.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        }
        rule.legalHold = false;
        rule.legalHoldReason.clear();
        status = rules.save(&rule);
        if (!status)
            return status;
    }
    return Status::ok();
}

} // namespace

Status RegisterUpkeep::run(Storage::Store &store, QStringList *notices)
{
    // DOMAIN-REVIEW A8: registers before schema 7 counted every objection window under
    // Reg. 1182/71, rolled past weekends and holidays; the agreement's own counting decides now.
    int recounted = 0;
    Status status = AgreementService(store).recountObjectionDeadlines(&recounted);
    if (!status)
        return status;
    int moved = 0;
    status = moveJointControllers(store, &moved);
    if (!status)
        return status;
    int holds = 0;
    status = moveRuleHolds(store, &holds);
    if (!status)
        return status;
    // The calendar files can change between versions of Custodian (a corrected holiday rule): the
    // stored dates of open requests follow, without an entry of their own.
    RegisterSettingsService settingsService(store);
    Domain::RegisterSettings settings;
    status = settingsService.load(&settings);
    if (!status)
        return status;
    if (std::optional<Clocks::HolidayCalendar> calendar = settingsService.calendar()) {
        QSqlDatabase &db = store.connection();
        if (!db.transaction())
            return Status::error(Status::Code::DatabaseError, tr("The register could not be brought up to date."),
                                 db.lastError().text());
        int changed = 0;
        status = RequestService::recountDeadlines(store, *calendar, settings.internalMarginWorkingDays, &changed);
        if (!status || !db.commit()) {
            db.rollback();
            return status ? Status::error(Status::Code::DatabaseError,
                                          tr("The register could not be brought up to date."), db.lastError().text())
                          : status;
        }
    }
    // Closed requests keep the requester's details only as long as the organisation set.
    int purged = 0;
    // A purge that fails (a full disk) does not keep the register from opening: each case purged is
    // its own transaction, the rest are purged at the next opening, and the person is told.
    if (const Status purging =
            RequestService(store).purgeDue(store.now().toLocalTime().date(), settings.requestPurgeMonths, &purged);
        !purging)
        notices->append(tr("Not every closed request could be purged of the requester's details (%1). Custodian "
                           "tries again the next time the register is opened.")
                            .arg(purging.message()));
    if (purged > 0)
        notices->append(
            tr("The requester's details of %n closed request(s) were erased: the register settings keep them "
               "for %1 months after a case closes. Their dates, rights and outcomes stay.",
               nullptr, purged)
                .arg(settings.requestPurgeMonths));
    if (holds > 0)
        notices->append(tr("%n legal hold(s) that stopped deletion under a whole retention rule are now holds of "
                           "their own, under Legal holds. Describe whom and what each covers, or release it: "
                           "everything else must be deleted on time (Art. 5(1)(e) GDPR).",
                           nullptr, holds));
    if (moved > 0)
        notices->append(tr("The organisation's %n joint controller(s) are now parties with the joint-controller role. "
                           "Link each to the processing activities it shares, on the activity's Recipients page "
                           "(Art. 26).",
                           nullptr, moved));
    if (recounted > 0)
        notices->append(
            tr("The objection deadlines of %n agreement(s) were counted again, as each agreement counts its "
               "window (calendar days unless it says otherwise). The history shows the old and new dates.",
               nullptr, recounted));
    return Status::ok();
}

} // namespace Custodian::Register
