// The completeness rules of the breach register (DOMAIN-REVIEW I.2; GDPR Arts. 33-34).
#include "Completeness.h"

#include "domain/Codes.h"
#include "register/CompletenessParts.h"

namespace Custodian::Register {

using Domain::Breach;
using Domain::Finding;
using Domain::Findings;
using Severity = Domain::Finding::Severity;
using CheckParts::add;
using CheckParts::day;
using CheckParts::moment;

Findings CompletenessCheck::forBreach(const Breach &breach, const RegisterSnapshot &snapshot, QDate today)
{
    Q_UNUSED(snapshot)
    Findings findings;
    const bool risky = breach.riskLevel == QLatin1String("risk") || breach.riskLevel == QLatin1String("high");

    // What happened (Art. 33(3)(a), (c), (d); Art. 33(5)).
    if (breach.cia.isEmpty())
        add(findings, "cia", Severity::Warning,
            tr("Say whether the confidentiality, integrity or availability of the data was affected."));
    if (breach.dataTypes.isEmpty())
        add(findings, "dataTypes", Severity::Warning,
            tr("Say which personal data were involved (Art. 33(3)(a) GDPR)."));
    if (breach.subjectsMax <= 0)
        add(findings, "subjectsMax", Severity::Warning,
            tr("Estimate how many people are affected, at least roughly (Art. 33(3)(a) GDPR)."));
    if (breach.consequences.trimmed().isEmpty())
        add(findings, "consequences", Severity::Warning,
            tr("Describe the likely consequences for the people affected (Art. 33(3)(c) GDPR)."));
    if (breach.measures.trimmed().isEmpty())
        add(findings, "measures", Severity::Warning,
            tr("Describe the measures taken or proposed to address the breach and limit its effects (Art. "
               "33(3)(d) GDPR)."));
    if (breach.detectedAt.isValid() && breach.awareAt > breach.detectedAt &&
        breach.awarenessReasoning.trimmed().isEmpty())
        add(findings, "awarenessReasoning", Severity::Warning,
            tr("The organisation became aware later than the breach was discovered: explain what was "
               "investigated in between. The 72 hours start once it is reasonably certain that personal data "
               "were compromised."));

    // The risk.
    if (breach.riskLevel.isEmpty())
        add(findings, "riskLevel", Severity::Warning,
            tr("Assess the risk to the people affected: it decides whether the AP and the people themselves "
               "must be told (Arts. 33 and 34 GDPR)."));
    else if (breach.riskReasoning.trimmed().isEmpty())
        add(findings, "riskReasoning", Severity::Warning, tr("Give the reasoning of the risk assessment."));

    // Art. 33: the authority. The check is one of days (it is run again each day): on the day the 72
    // hours end, what is still open is already an error, before the moment itself.
    enum class Hours
    {
        Running,
        EndToday,
        Ended
    };
    const QDate lastDayOfHours = breach.notifyBy.isValid() ? breach.notifyBy.toLocalTime().date() : QDate();
    const Hours lastDay = !lastDayOfHours.isValid() || today < lastDayOfHours ? Hours::Running
                          : today == lastDayOfHours                           ? Hours::EndToday
                                                                              : Hours::Ended;
    if (breach.notifyAp == QLatin1String("no")) {
        if (risky)
            add(findings, "notifyAp", Severity::Error,
                tr("A breach that is likely to result in a risk must be notified to the Autoriteit "
                   "Persoonsgegevens (Art. 33(1) GDPR)."));
        if (breach.notifyApReasoning.trimmed().isEmpty())
            add(findings, "notifyApReasoning", Severity::Error,
                tr("Record why the breach is not notified: the AP can ask for the reasoning of every breach "
                   "(Art. 33(5) GDPR)."));
    } else if (breach.notifyAp.isEmpty() && !breach.isClosed()) {
        add(findings, "notifyAp", risky || lastDay != Hours::Running ? Severity::Error : Severity::Warning,
            tr("Decide whether the breach is notified to the Autoriteit Persoonsgegevens, within 72 hours of "
               "becoming aware (by %1).")
                .arg(moment(breach.notifyBy)));
    } else if (breach.notifyAp.isEmpty()) {
        add(findings, "notifyAp", Severity::Error,
            tr("Record whether the breach was notified to the Autoriteit Persoonsgegevens, and why (Art. 33(5) "
               "GDPR)."));
    }
    if (breach.notifyAp == QLatin1String("yes")) {
        if (!breach.apNotifiedAt.isValid() && lastDay == Hours::Ended)
            add(findings, "apNotifiedAt", Severity::Error,
                tr("The 72 hours ended at %1: notify the Autoriteit Persoonsgegevens now, with the reasons for "
                   "the delay (Art. 33(1) GDPR).")
                    .arg(moment(breach.notifyBy)));
        else if (!breach.apNotifiedAt.isValid() && lastDay == Hours::EndToday)
            add(findings, "apNotifiedAt", Severity::Error,
                tr("The 72 hours end today, at %1: notify the Autoriteit Persoonsgegevens before then (Art. 33(1) "
                   "GDPR).")
                    .arg(moment(breach.notifyBy)));
        if (breach.apNotifiedAt.isValid() && breach.notifyBy.isValid() && breach.apNotifiedAt > breach.notifyBy &&
            breach.delayReasons.trimmed().isEmpty())
            add(findings, "delayReasons", Severity::Error,
                tr("The notification came after the 72 hours: give the reasons for the delay (Art. 33(1) "
                   "GDPR)."));
        if (breach.apNotifiedAt.isValid() && breach.apReference.trimmed().isEmpty())
            add(findings, "apReference", Severity::Warning,
                tr("Enter the reference number the AP gave the notification: it is needed to supplement or "
                   "withdraw it."));
        // The AP's form asks who reports the breach: a name, a function and a telephone number.
        for (const auto &[field, value] :
             {std::pair{"reporterName", &breach.reporterName}, std::pair{"reporterFunction", &breach.reporterFunction},
              std::pair{"reporterPhone", &breach.reporterPhone}}) {
            if (!value->trimmed().isEmpty())
                continue;
            add(findings, field, Severity::Warning,
                tr("The AP's notification form asks who reports the breach: enter the reporter's name, function "
                   "and telephone number."));
            break;
        }
    }

    // Art. 34: the people affected.
    if (breach.riskLevel == QLatin1String("high") && breach.informSubjects != QLatin1String("yes") &&
        breach.informSubjects != QLatin1String("planned") && breach.art34Exception.isEmpty())
        add(findings, "informSubjects", Severity::Error,
            tr("A breach with a high risk must be communicated to the people affected, unless an exception of "
               "Art. 34(3) GDPR applies: choose it and explain why."));
    if (!breach.art34Exception.isEmpty() && breach.informReasoning.trimmed().isEmpty())
        add(findings, "informReasoning", Severity::Warning,
            tr("Explain why the exception of Art. 34(3) GDPR applies."));
    if (breach.art34Exception == QLatin1String("disproportionate") && breach.informChannel.trimmed().isEmpty())
        add(findings, "informChannel", Severity::Warning,
            tr("Where informing everyone takes disproportionate effort, a public communication is needed "
               "instead (Art. 34(3)(c) GDPR): record how it was made."));
    if (breach.informSubjects == QLatin1String("yes") && !breach.subjectsInformedAt.isValid())
        add(findings, "subjectsInformedAt", Severity::Warning, tr("Record when the people affected were informed."));

    // Art. 33(2): where we are the processor, each controller told within the agreed term.
    for (const Domain::ControllerNotice &controller : breach.controllers) {
        if (controller.notifiedAt.isValid())
            continue;
        const Domain::Party *party = snapshot.party(controller.partyUuid);
        const QString name = party ? party->name : QString();
        if (controller.dueAt.isValid() && today > controller.dueAt.toLocalTime().date())
            add(findings, "controllers", Severity::Error,
                tr("The controller \"%1\" had to be told of the breach by %2 (Art. 33(2) GDPR and the "
                   "agreement).")
                    .arg(name, moment(controller.dueAt)));
        else if (breach.isClosed())
            add(findings, "controllers", Severity::Error,
                tr("Record when the controller \"%1\" was told of the breach (Art. 33(2) GDPR).").arg(name));
    }

    // Follow-up.
    for (const Domain::BreachAction &action : breach.actions) {
        if (action.doneOn.isValid())
            continue;
        if (action.dueOn.isValid() && action.dueOn < today)
            add(findings, "actions", Severity::Warning,
                tr("The follow-up action \"%1\" was due on %2.").arg(action.description, day(action.dueOn)));
        else if (breach.isClosed())
            add(findings, "actions", Severity::Warning,
                tr("The breach is closed while the follow-up action \"%1\" is not done.").arg(action.description));
    }
    return findings;
}

} // namespace Custodian::Register
