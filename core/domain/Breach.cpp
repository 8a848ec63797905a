#include "Breach.h"

#include "clocks/Deadlines.h"
#include "domain/Codes.h"
#include "domain/FieldSpec.h"
#include "domain/ProcessingActivity.h"

#include <QRegularExpression>

#include <algorithm>

namespace Custodian::Domain {

bool Breach::isNotificationOverdue(const QDateTime &now) const
{
    return !isClosed() && notifyAp != QLatin1String("no") && !apNotifiedAt.isValid() && notifyBy.isValid() &&
           now > notifyBy;
}

bool Breach::hasLateActions(QDate today) const
{
    return std::any_of(actions.cbegin(), actions.cend(), [today](const BreachAction &action) {
        return !action.doneOn.isValid() && action.dueOn.isValid() && action.dueOn < today;
    });
}

void Breach::setClocks(const std::function<int(const QString &agreementUuid)> &termHours)
{
    notifyBy = awareAt.isValid() ? Clocks::breachNotificationDeadline(awareAt).dueMoment().toUTC() : QDateTime();
    for (ControllerNotice &controller : controllers) {
        const int hours = controller.agreementUuid.isEmpty() ? 0 : termHours(controller.agreementUuid);
        controller.dueAt =
            awareAt.isValid() && hours > 0 ? Clocks::addHours(awareAt, hours).dueMoment().toUTC() : QDateTime();
    }
}

Findings Breach::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    auto error = [&findings](const char *field, const QString &message) {
        findings.append({QLatin1String(field), Severity::Error, message});
    };
    if (summary.trimmed().isEmpty())
        error("summary", tr("Describe in a sentence what happened."));
    if (!awareAt.isValid())
        error("awareAt",
              tr("Enter when the organisation became aware of the breach: the 72 hours count from that moment."));
    else if (!Clocks::isSupportedDate(awareAt.date()))
        error("awareAt", tr("The moment of awareness is outside the years the deadlines can be counted in."));
    auto checkCode = [&](const char *field, Codes::Kind kind, const QString &code) {
        if (!code.isEmpty() && !Codes::isValid(kind, code))
            error(field, tr("\"%1\" is not a value this field takes.").arg(code));
    };
    checkCode("status", Codes::Kind::BreachStatus, status);
    if (status.isEmpty())
        error("status", tr("\"%1\" is not a value this field takes.").arg(status));
    checkCode("detectionSource", Codes::Kind::BreachSource, detectionSource);
    checkCode("incidentType", Codes::Kind::IncidentType, incidentType);
    checkCode("cause", Codes::Kind::BreachCause, cause);
    checkCode("riskLevel", Codes::Kind::RiskLevel, riskLevel);
    checkCode("notifyAp", Codes::Kind::YesNo, notifyAp);
    checkCode("apPhase", Codes::Kind::ApPhase, apPhase);
    checkCode("notificationType", Codes::Kind::NotificationType, notificationType);
    checkCode("informSubjects", Codes::Kind::InformSubjects, informSubjects);
    checkCode("art34Exception", Codes::Kind::Art34Exception, art34Exception);
    auto checkCodes = [&](const char *field, Codes::Kind kind, const QStringList &codes) {
        for (const QString &code : codes)
            checkCode(field, kind, code);
    };
    checkCodes("cia", Codes::Kind::BreachCia, cia);
    checkCodes("effects", Codes::Kind::BreachEffect, effects);
    checkCodes("dataTypes", Codes::Kind::BreachDataType, dataTypes);
    checkCodes("specialCategories", Codes::Kind::SpecialCategory, specialCategories);
    checkCodes("vulnerableGroups", Codes::Kind::VulnerableGroup, vulnerableGroups);
    checkCodes("harms", Codes::Kind::BreachHarm, harms);
    checkCodes("informMedia", Codes::Kind::InformMedium, informMedia);

    auto notBefore = [&](const char *field, const QDateTime &later, const QDateTime &earlier, const QString &message) {
        if (later.isValid() && earlier.isValid() && later < earlier)
            error(field, message);
    };
    notBefore("occurredTo", occurredTo, occurredFrom, tr("The breach cannot end before it began."));
    notBefore("detectedAt", detectedAt, occurredFrom, tr("The breach cannot be discovered before it began."));
    notBefore("awareAt", awareAt, detectedAt,
              tr("The organisation cannot be aware of the breach before it was discovered."));
    notBefore("apNotifiedAt", apNotifiedAt, detectedAt,
              tr("The authority cannot be notified before the breach was discovered."));
    notBefore("subjectsInformedAt", subjectsInformedAt, detectedAt,
              tr("The data subjects cannot be informed before the breach was discovered."));
    notBefore("dpoInformedAt", dpoInformedAt, detectedAt,
              tr("The data protection officer cannot be told of the breach before it was discovered."));
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!reporterEmail.trimmed().isEmpty() && !address.match(reporterEmail.trimmed()).hasMatch())
        findings.append({QStringLiteral("reporterEmail"), Severity::Warning,
                         tr("\"%1\" does not look like an e-mail address.").arg(reporterEmail.trimmed())});
    auto range = [&](const char *field, int minimum, int maximum) {
        if (minimum < 0 || maximum < 0)
            error(field, tr("A number of people or records cannot be negative."));
        else if (maximum > 0 && minimum > maximum)
            error(field, tr("The lowest estimate is higher than the highest."));
    };
    range("subjectsMin", subjectsMin, subjectsMax);
    range("recordsMin", recordsMin, recordsMax);
    for (const BreachAction &action : actions) {
        if (action.description.trimmed().isEmpty())
            error("actions", tr("Describe each follow-up action."));
    }
    for (const ControllerNotice &controller : controllers) {
        if (controller.partyUuid.isEmpty())
            error("controllers", tr("Choose the controller to notify."));
    }
    if (isClosed() && closedOn.isValid() && awareAt.isValid() && closedOn < awareAt.toLocalTime().date())
        error("closedOn", tr("The breach cannot be closed before the organisation became aware of it."));
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

const EntitySpec<Breach> &Breach::spec()
{
    using F = Field<Breach>;
    using C = Child<Breach>;
    using T = FieldType;
    using B = Breach;
    using AF = Field<BreachAction>;
    using NF = Field<ControllerNotice>;
    // One field a line.
    // clang-format off
    static const EntitySpec<Breach> spec = {
        EntityKind::Breach,
        {
            F("number", "number", T::Text, &B::number, QT_TRANSLATE_NOOP("Custodian::Fields", "Breach number")),
            F("title", "title", T::Text, &B::title, QT_TRANSLATE_NOOP("Custodian::Fields", "Title")),
            F("summary", "summary", T::LongText, &B::summary, QT_TRANSLATE_NOOP("Custodian::Fields", "What happened")),
            F("status", "status", T::Code, &B::status, QT_TRANSLATE_NOOP("Custodian::Fields", "Status")).withCodes(Codes::Kind::BreachStatus),
            F("occurredFrom", "occurred_from", T::Moment, &B::occurredFrom, QT_TRANSLATE_NOOP("Custodian::Fields", "Began")),
            F("occurredTo", "occurred_to", T::Moment, &B::occurredTo, QT_TRANSLATE_NOOP("Custodian::Fields", "Ended")),
            F("ongoing", "ongoing", T::Bool, &B::ongoing, QT_TRANSLATE_NOOP("Custodian::Fields", "Still going on")),
            F("detectedAt", "detected_at", T::Moment, &B::detectedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Discovered")),
            F("detectedBy", "detected_by", T::Text, &B::detectedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Discovered by")),
            F("detectionSource", "detection_source", T::Code, &B::detectionSource, QT_TRANSLATE_NOOP("Custodian::Fields", "Reported by")).withCodes(Codes::Kind::BreachSource),
            F("awareAt", "aware_at", T::Moment, &B::awareAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Aware of the breach")),
            F("awarenessReasoning", "awareness_reasoning", T::LongText, &B::awarenessReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Why from that moment")),
            F("processorNoticeAt", "processor_notice_at", T::Moment, &B::processorNoticeAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Processor's notice received")),
            F("notifyBy", "notify_by", T::Moment, &B::notifyBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Notify the AP by")),
            F("incidentType", "incident_type", T::Code, &B::incidentType, QT_TRANSLATE_NOOP("Custodian::Fields", "Type of incident")).withCodes(Codes::Kind::IncidentType),
            F("cause", "cause", T::Code, &B::cause, QT_TRANSLATE_NOOP("Custodian::Fields", "Cause")).withCodes(Codes::Kind::BreachCause),
            F("rootCause", "root_cause", T::LongText, &B::rootCause, QT_TRANSLATE_NOOP("Custodian::Fields", "Root cause")),
            F("subjectGroups", "subject_groups", T::LongText, &B::subjectGroups, QT_TRANSLATE_NOOP("Custodian::Fields", "Groups of people affected")),
            F("subjectsMin", "subjects_min", T::Int, &B::subjectsMin, QT_TRANSLATE_NOOP("Custodian::Fields", "People affected, at least")),
            F("subjectsMax", "subjects_max", T::Int, &B::subjectsMax, QT_TRANSLATE_NOOP("Custodian::Fields", "People affected, at most")),
            F("recordsMin", "records_min", T::Int, &B::recordsMin, QT_TRANSLATE_NOOP("Custodian::Fields", "Records affected, at least")),
            F("recordsMax", "records_max", T::Int, &B::recordsMax, QT_TRANSLATE_NOOP("Custodian::Fields", "Records affected, at most")),
            F("systems", "systems", T::LongText, &B::systems, QT_TRANSLATE_NOOP("Custodian::Fields", "Systems affected")),
            F("encrypted", "encrypted", T::Bool, &B::encrypted, QT_TRANSLATE_NOOP("Custodian::Fields", "Encrypted to the state of the art")),
            F("hashed", "hashed", T::Bool, &B::hashed, QT_TRANSLATE_NOOP("Custodian::Fields", "Hashed")),
            F("pseudonymised", "pseudonymised", T::Bool, &B::pseudonymised, QT_TRANSLATE_NOOP("Custodian::Fields", "Pseudonymised")),
            F("keyCompromised", "key_compromised", T::Bool, &B::keyCompromised, QT_TRANSLATE_NOOP("Custodian::Fields", "The key was compromised too")),
            F("protectionNotes", "protection_notes", T::LongText, &B::protectionNotes, QT_TRANSLATE_NOOP("Custodian::Fields", "Protection before the breach")),
            F("consequences", "consequences", T::LongText, &B::consequences, QT_TRANSLATE_NOOP("Custodian::Fields", "Consequences for the people affected")),
            F("riskLevel", "risk_level", T::Code, &B::riskLevel, QT_TRANSLATE_NOOP("Custodian::Fields", "Risk")).withCodes(Codes::Kind::RiskLevel),
            F("riskReasoning", "risk_reasoning", T::LongText, &B::riskReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Reasoning of the risk assessment")),
            F("decidedBy", "decided_by", T::Text, &B::decidedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Decided by")),
            F("dpoInformedAt", "dpo_informed_at", T::Moment, &B::dpoInformedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Data protection officer told")),
            F("dpoAdvice", "dpo_advice", T::LongText, &B::dpoAdvice, QT_TRANSLATE_NOOP("Custodian::Fields", "Advice of the data protection officer")),
            F("notifyAp", "notify_ap", T::Code, &B::notifyAp, QT_TRANSLATE_NOOP("Custodian::Fields", "Notify the Autoriteit Persoonsgegevens (Art. 33)")).withCodes(Codes::Kind::YesNo),
            F("notifyApReasoning", "notify_ap_reasoning", T::LongText, &B::notifyApReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Why (not)")),
            F("apNotifiedAt", "ap_notified_at", T::Moment, &B::apNotifiedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Notified to the AP")),
            F("apReference", "ap_reference", T::Text, &B::apReference, QT_TRANSLATE_NOOP("Custodian::Fields", "AP's reference number")),
            F("apPhase", "ap_phase", T::Code, &B::apPhase, QT_TRANSLATE_NOOP("Custodian::Fields", "Notification")).withCodes(Codes::Kind::ApPhase),
            F("notificationType", "notification_type", T::Code, &B::notificationType, QT_TRANSLATE_NOOP("Custodian::Fields", "Provisional or final")).withCodes(Codes::Kind::NotificationType),
            F("reporterName", "reporter_name", T::Text, &B::reporterName, QT_TRANSLATE_NOOP("Custodian::Fields", "Reporter's name")),
            F("reporterFunction", "reporter_function", T::Text, &B::reporterFunction, QT_TRANSLATE_NOOP("Custodian::Fields", "Reporter's function")),
            F("reporterPhone", "reporter_phone", T::Text, &B::reporterPhone, QT_TRANSLATE_NOOP("Custodian::Fields", "Reporter's telephone")),
            F("reporterEmail", "reporter_email", T::Text, &B::reporterEmail, QT_TRANSLATE_NOOP("Custodian::Fields", "Reporter's e-mail")),
            F("involvedPartyUuid", "involved_party_id", T::Link, &B::involvedPartyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Other organisation involved")).linkTo(EntityKind::Party),
            F("delayReasons", "delay_reasons", T::LongText, &B::delayReasons, QT_TRANSLATE_NOOP("Custodian::Fields", "Reasons for notifying after 72 hours")),
            F("contactPoint", "contact_point", T::Text, &B::contactPoint, QT_TRANSLATE_NOOP("Custodian::Fields", "Contact point for the AP")),
            F("crossBorder", "cross_border", T::Bool, &B::crossBorder, QT_TRANSLATE_NOOP("Custodian::Fields", "People affected in other member states")),
            F("otherAuthorities", "other_authorities", T::LongText, &B::otherAuthorities, QT_TRANSLATE_NOOP("Custodian::Fields", "Other supervisory authorities")),
            F("telecomAct", "telecom_act", T::Bool, &B::telecomAct, QT_TRANSLATE_NOOP("Custodian::Fields", "Also to be notified under the Telecommunicatiewet")),
            F("informSubjects", "inform_subjects", T::Code, &B::informSubjects, QT_TRANSLATE_NOOP("Custodian::Fields", "Inform the people affected (Art. 34)")).withCodes(Codes::Kind::InformSubjects),
            F("art34Exception", "art34_exception", T::Code, &B::art34Exception, QT_TRANSLATE_NOOP("Custodian::Fields", "Exception (Art. 34(3))")).withCodes(Codes::Kind::Art34Exception),
            F("informReasoning", "inform_reasoning", T::LongText, &B::informReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Why (not)")),
            F("subjectsInformedAt", "subjects_informed_at", T::Moment, &B::subjectsInformedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "People informed")),
            F("informChannel", "inform_channel", T::Text, &B::informChannel, QT_TRANSLATE_NOOP("Custodian::Fields", "Informed through")),
            F("apRequiredInforming", "ap_required_informing", T::Bool, &B::apRequiredInforming, QT_TRANSLATE_NOOP("Custodian::Fields", "The AP required it (Art. 34(4))")),
            F("otherNotifications", "other_notifications", T::LongText, &B::otherNotifications, QT_TRANSLATE_NOOP("Custodian::Fields", "Other notifications (police, insurer, NCSC)")),
            F("measures", "measures", T::LongText, &B::measures, QT_TRANSLATE_NOOP("Custodian::Fields", "Measures taken and proposed")),
            F("lessons", "lessons", T::LongText, &B::lessons, QT_TRANSLATE_NOOP("Custodian::Fields", "Lessons learned")),
            F("closedOn", "closed_on", T::Date, &B::closedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Closed on")),
            F("closedBy", "closed_by", T::Text, &B::closedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Closed by")),
            F("notes", "notes", T::LongText, &B::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
        },
        {
            C::values("cia", "breach_cia", "breach_id", "aspect", &B::cia, QT_TRANSLATE_NOOP("Custodian::Fields", "Affected")).withCodes(Codes::Kind::BreachCia),
            C::values("effects", "breach_effect", "breach_id", "effect", &B::effects, QT_TRANSLATE_NOOP("Custodian::Fields", "Nature of the breach")).withCodes(Codes::Kind::BreachEffect),
            C::links("activities", "breach_activity", "breach_id", "activity_id", EntityKind::ProcessingActivity, &B::activities, QT_TRANSLATE_NOOP("Custodian::Fields", "Processing activities affected")),
            C::values("dataTypes", "breach_data_type", "breach_id", "data_type", &B::dataTypes, QT_TRANSLATE_NOOP("Custodian::Fields", "Personal data involved")).withCodes(Codes::Kind::BreachDataType),
            C::values("specialCategories", "breach_special_category", "breach_id", "category", &B::specialCategories, QT_TRANSLATE_NOOP("Custodian::Fields", "Special categories involved")).withCodes(Codes::Kind::SpecialCategory),
            C::values("vulnerableGroups", "breach_vulnerable_group", "breach_id", "vulnerable_group", &B::vulnerableGroups, QT_TRANSLATE_NOOP("Custodian::Fields", "Vulnerable groups")).withCodes(Codes::Kind::VulnerableGroup),
            C::values("harms", "breach_harm", "breach_id", "harm", &B::harms, QT_TRANSLATE_NOOP("Custodian::Fields", "Possible harm")).withCodes(Codes::Kind::BreachHarm),
            C::values("informMedia", "breach_inform_medium", "breach_id", "medium", &B::informMedia, QT_TRANSLATE_NOOP("Custodian::Fields", "Means used to inform them")).withCodes(Codes::Kind::InformMedium),
            C::rows("actions", "breach_action", "breach_id", &B::actions,
                {
                    AF("description", "description", T::Text, &BreachAction::description, QT_TRANSLATE_NOOP("Custodian::Fields", "Action")),
                    AF("owner", "owner", T::Text, &BreachAction::owner, QT_TRANSLATE_NOOP("Custodian::Fields", "Owner")),
                    AF("dueOn", "due_on", T::Date, &BreachAction::dueOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Due on")),
                    AF("doneOn", "done_on", T::Date, &BreachAction::doneOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Done on")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Follow-up actions")).positioned(),
            C::rows("controllers", "breach_controller", "breach_id", &B::controllers,
                {
                    NF("partyUuid", "party_id", T::Link, &ControllerNotice::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Controller")).linkTo(EntityKind::Party),
                    NF("agreementUuid", "agreement_id", T::Link, &ControllerNotice::agreementUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Agreement")).linkTo(EntityKind::Agreement),
                    NF("dueAt", "due_at", T::Moment, &ControllerNotice::dueAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Notify by")),
                    NF("notifiedAt", "notified_at", T::Moment, &ControllerNotice::notifiedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Notified")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Controllers to notify (Art. 33(2))")).positioned(),
            C::rows("extraFields", "breach_extra_field", "breach_id", &Breach::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject Breach::toJson() const
{
    return spec().toJson(*this);
}

bool Breach::addFromActivities(const QList<ProcessingActivity> &affected)
{
    const Breach before = *this;
    auto add = [](QStringList &list, const QString &code) {
        if (!code.isEmpty() && !list.contains(code))
            list.append(code);
    };
    QStringList systemLines = systems.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : systemLines)
        line = line.trimmed();
    for (const ProcessingActivity &activity : affected) {
        for (const DataCategory &category : activity.dataCategories) {
            if (category.specialCategory.isEmpty())
                continue;
            add(specialCategories, category.specialCategory);
            add(dataTypes, QStringLiteral("special"));
        }
        if (activity.criminalData)
            add(dataTypes, QStringLiteral("criminal"));
        if (activity.bsn)
            add(dataTypes, QStringLiteral("bsn"));
        for (const QString &line : activity.systems.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString used = line.trimmed();
            if (!used.isEmpty() && !systemLines.contains(used))
                systemLines.append(used);
        }
    }
    systems = systemLines.join(QLatin1Char('\n'));
    specialCategories = normalisedCodes(specialCategories, Codes::Kind::SpecialCategory);
    dataTypes = normalisedCodes(dataTypes, Codes::Kind::BreachDataType);
    return *this != before;
}

} // namespace Custodian::Domain
