// The completeness rules of what a public body records (docs/design/dutch-ecosystem.md part 4): the
// administrative bodies (bestuursorganen) that are the controller of its activities, the selection
// list its retention comes from, and its answers to requests as decisions under the Awb.
#include "Completeness.h"

#include "register/CompletenessParts.h"

namespace Custodian::Register {

using Domain::Findings;
using Severity = Domain::Finding::Severity;
using CheckParts::add;
using CheckParts::day;

void CompletenessCheck::checkControllerBodies(Findings &findings, const Domain::ProcessingActivity &activity,
                                              const RegisterSnapshot &snapshot)
{
    for (const QString &uuid : activity.controllerBodyUuids) {
        const Domain::Party *party = snapshot.party(uuid);
        if (party && !party->ownBody)
            add(findings, "controllerBodyUuids", Severity::Warning,
                tr("%1 is named as the controller, but it is not marked as an administrative body of this "
                   "organisation: mark it so on the Parties page, or name the body that is.")
                    .arg(party->name));
    }
    if (snapshot.organisation.publicBody && activity.controllerBodyUuids.isEmpty())
        add(findings, "controllerBodyUuids", Severity::Warning,
            tr("Name the administrative body that is the controller of this processing, such as the college of "
               "mayor and aldermen: in a public body each body is the controller of its own processing (Art. "
               "4(7), Art. 30(1)(a))."));
}

void CompletenessCheck::checkSelectionList(Findings &findings, const Domain::RetentionRule &rule,
                                           const RegisterSnapshot &snapshot, QDate today)
{
    if (rule.lastTestedOn.isValid() && rule.lastTestedOn > today)
        add(findings, "lastTestedOn", Severity::Warning,
            tr("The rule was last tested on %1, which has not come yet: enter the day it was tested.")
                .arg(day(rule.lastTestedOn)));
    if (!snapshot.organisation.publicBody)
        return;
    // The Archiefwet: a public body keeps and destroys its records by a selection list.
    if (rule.selectionList.trimmed().isEmpty())
        add(findings, "selectionList", Severity::Warning,
            tr("Name the selection list and its category this period comes from: a public body keeps and "
               "destroys its records by one (Archiefwet 1995, art. 5)."));
    if (!rule.lastTestedOn.isValid())
        add(findings, "lastTestedOn", Severity::Info,
            tr("The rule has never been tested: check once a year that the data is really destroyed when the "
               "period ends, and record the day."));
    else if (rule.lastTestedOn <= today && rule.lastTestedOn.addMonths(12) < today)
        add(findings, "lastTestedOn", Severity::Info,
            tr("The rule was last tested on %1, more than a year ago: check again that the data is destroyed when "
               "the period ends.")
                .arg(day(rule.lastTestedOn)));
}

void CompletenessCheck::checkAwbDecision(Findings &findings, const Domain::RequestCase &request,
                                         const RegisterSnapshot &snapshot)
{
    if (snapshot.organisation.publicBody && !request.awbDecision && request.isRefusal())
        add(findings, "awbDecision", Severity::Warning,
            tr("A public body refuses a request by a decision under the Awb, open to objection (UAVG art. 34): tick "
               "\"Decision under the Awb\", so the letter names the objection."));
    if (!request.awbDecision)
        return;
    if (!request.decidingBodyUuid.isEmpty()) {
        const Domain::Party *party = snapshot.party(request.decidingBodyUuid);
        if (party && !party->ownBody)
            add(findings, "decidingBodyUuid", Severity::Warning,
                tr("%1 decided the request, but it is not marked as an administrative body of this organisation: "
                   "mark it so on the Parties page, or name the body that decided.")
                    .arg(party->name));
    }
    const bool decided = request.objectionDecidedOn.isValid() ||
                         (!request.objectionOutcome.isEmpty() && request.objectionOutcome != QLatin1String("pending"));
    if (request.objectionReceivedOn.isValid() && !decided)
        add(findings, "objectionOutcome", Severity::Info,
            tr("An objection was received on %1 and is not decided yet: record the decision on it and its outcome "
               "when it is taken.")
                .arg(day(request.objectionReceivedOn)));
    else if (request.objectionDecidedOn.isValid() &&
             (request.objectionOutcome.isEmpty() || request.objectionOutcome == QLatin1String("pending")))
        add(findings, "objectionOutcome", Severity::Warning,
            tr("The objection was decided on %1: record its outcome.").arg(day(request.objectionDecidedOn)));
}

} // namespace Custodian::Register
