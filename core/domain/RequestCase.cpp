#include "RequestCase.h"

#include "clocks/Deadlines.h"
#include "domain/Codes.h"
#include "domain/FieldSpec.h"

#include <algorithm>

namespace Custodian::Domain {

bool RequestCase::isClosedStatus(const QString &status)
{
    return status == QLatin1String("answered") || status == QLatin1String("refused") ||
           status == QLatin1String("withdrawn");
}

bool RequestCase::hasRight(const QString &code) const
{
    return std::any_of(rights.cbegin(), rights.cend(), [&code](const RequestedRight &r) { return r.right == code; });
}

QStringList RequestCase::rightCodes() const
{
    QStringList codes;
    for (const RequestedRight &r : rights)
        codes << r.right;
    return codes;
}

bool RequestCase::isRefusal() const
{
    if (status == QLatin1String("refused") || art12_5 == QLatin1String("refusal"))
        return true;
    return std::any_of(rights.cbegin(), rights.cend(), [](const RequestedRight &r) {
        return r.outcome == QLatin1String("refused") || r.outcome == QLatin1String("partly");
    });
}

void RequestCase::setDeadlines(const Clocks::HolidayCalendar &calendar, int marginWorkingDays)
{
    const Clocks::Deadline deadline = Clocks::requestDeadline(receivedOn, extended, calendar, marginWorkingDays);
    const Clocks::Deadline first = Clocks::extensionNoticeDue(receivedOn, calendar, marginWorkingDays);
    dueOn = deadline.due();
    actBy = deadline.actBy();
    targetOn = deadline.internalTarget();
    noticeDueOn = first.actBy();
}

void RequestCase::clearPersonalData()
{
    requesterName.clear();
    requesterContact.clear();
    representativeName.clear();
    replyChannel.clear();
    scope.clear();
    identityReasoning.clear();
    extensionReasoning.clear();
    art12_5Reasoning.clear();
    recipientsReasoning.clear();
    notes.clear();
    // The free texts of the lists; what was asked, decided and done, and when, stays.
    for (RequestedRight &right : rights)
        right.reasoning.clear();
    for (VerificationStep &step : verifications)
        step.step.clear();
    for (QList<PartyNotice> *notices : {&processors, &recipients}) {
        for (PartyNotice &notice : *notices)
            notice.notes.clear();
    }
    // What an imported file gave the case outside its fields: it may name the requester anywhere.
    extraFields.clear();
}

Findings RequestCase::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    auto error = [&findings](const char *field, const QString &message) {
        findings.append({QLatin1String(field), Severity::Error, message});
    };
    if (!receivedOn.isValid())
        error("receivedOn", tr("Enter the day the organisation received the request: the deadline counts from it."));
    else if (!Clocks::isSupportedDate(receivedOn))
        error("receivedOn", tr("The day of receipt is outside the years the deadlines can be counted in."));
    if (rights.isEmpty())
        error("rights", tr("Choose at least one right the request invokes."));
    auto checkCode = [&](const char *field, Codes::Kind kind, const QString &code, bool optional) {
        if ((optional && code.isEmpty()) || Codes::isValid(kind, code))
            return;
        error(field, tr("\"%1\" is not a value this field takes.").arg(code));
    };
    checkCode("channel", Codes::Kind::RequestChannel, channel, false);
    checkCode("status", Codes::Kind::RequestStatus, status, false);
    checkCode("language", Codes::Kind::Language, language, false);
    checkCode("requesterRole", Codes::Kind::RequesterRole, requesterRole, false);
    checkCode("mandate", Codes::Kind::Mandate, mandate, true);
    checkCode("extensionReason", Codes::Kind::ExtensionReason, extensionReason, true);
    checkCode("art12_5", Codes::Kind::Art12_5, art12_5, true);
    checkCode("responseMethod", Codes::Kind::ResponseMethod, responseMethod, true);
    checkCode("objectionOutcome", Codes::Kind::ObjectionOutcome, objectionOutcome, true);
    QStringList seen;
    for (const RequestedRight &r : rights) {
        checkCode("rights", Codes::Kind::RequestRight, r.right, false);
        checkCode("rights", Codes::Kind::RightOutcome, r.outcome, false);
        checkCode("rights", Codes::Kind::Restriction, r.restriction, true);
        if (seen.contains(r.right))
            error("rights",
                  tr("The right \"%1\" is listed twice.").arg(Codes::label(Codes::Kind::RequestRight, r.right)));
        seen << r.right;
    }
    for (const QString &element : accessElements)
        checkCode("accessElements", Codes::Kind::AccessElement, element, false);
    if (receivedOn.isValid()) {
        auto notBefore = [&](const char *field, QDate day, const QString &message) {
            if (day.isValid() && day < receivedOn)
                error(field, message);
        };
        notBefore("forwardedOn", forwardedOn, tr("The request cannot reach the privacy desk before it was received."));
        notBefore("extensionNoticeOn", extensionNoticeOn,
                  tr("The requester cannot be told of an extension before the request was received."));
        notBefore("responseOn", responseOn, tr("The answer cannot be sent before the request was received."));
        notBefore("closedOn", closedOn, tr("The case cannot close before the request was received."));
        for (const VerificationStep &step : verifications)
            notBefore("verifications", step.onDate,
                      tr("An identity check cannot be dated before the request was received."));
    }
    // The objection follows the decision it objects to, and is decided after it was received.
    if (responseOn.isValid()) {
        for (const auto &[field, day] : {std::pair{"objectionReceivedOn", objectionReceivedOn},
                                         std::pair{"objectionDecidedOn", objectionDecidedOn}}) {
            if (day.isValid() && day < responseOn)
                error(field, tr("An objection cannot be received or decided before the answer was sent."));
        }
    }
    if (objectionDecidedOn.isValid() && objectionReceivedOn.isValid() && objectionDecidedOn < objectionReceivedOn)
        error("objectionDecidedOn", tr("An objection cannot be decided before it was received."));
    if (objectionDecidedOn.isValid() && !objectionReceivedOn.isValid())
        error("objectionReceivedOn", tr("Enter the day the objection was received."));
    if (!awbDecision && (objectionReceivedOn.isValid() || objectionDecidedOn.isValid() || !objectionOutcome.isEmpty() ||
                         !decidingBodyUuid.isEmpty()))
        findings.append({QStringLiteral("awbDecision"), Severity::Warning,
                         tr("An objection and a deciding body belong to a decision under the Awb: tick \"Decision "
                            "under the Awb\" or clear them.")});
    for (const VerificationStep &step : verifications) {
        if (step.idCopyDestroyedOn.isValid() && step.onDate.isValid() && step.idCopyDestroyedOn < step.onDate)
            error("verifications", tr("A copy of an identity document cannot be destroyed before it was received."));
    }
    ExtraFields::validate(extraFields, &findings);
    return findings;
}

const EntitySpec<RequestCase> &RequestCase::spec()
{
    using F = Field<RequestCase>;
    using C = Child<RequestCase>;
    using T = FieldType;
    using R = RequestCase;
    using RF = Field<RequestedRight>;
    using VF = Field<VerificationStep>;
    using NF = Field<PartyNotice>;
    // One field a line.
    // clang-format off
    static const EntitySpec<RequestCase> spec = {
        EntityKind::RequestCase,
        {
            F("number", "number", T::Text, &R::number, QT_TRANSLATE_NOOP("Custodian::Fields", "Case number")),
            F("receivedOn", "received_on", T::Date, &R::receivedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Received on")),
            F("channel", "channel", T::Code, &R::channel, QT_TRANSLATE_NOOP("Custodian::Fields", "Received through")).withCodes(Codes::Kind::RequestChannel),
            F("receivedBy", "received_by", T::Text, &R::receivedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Received by")),
            F("forwardedOn", "forwarded_on", T::Date, &R::forwardedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Reached the privacy desk on")),
            F("requesterName", "requester_name", T::Text, &R::requesterName, QT_TRANSLATE_NOOP("Custodian::Fields", "Requester"), FieldFlag::Personal),
            F("requesterContact", "requester_contact", T::LongText, &R::requesterContact, QT_TRANSLATE_NOOP("Custodian::Fields", "Requester's contact details"), FieldFlag::Personal),
            F("language", "language", T::Code, &R::language, QT_TRANSLATE_NOOP("Custodian::Fields", "Language of letters")).withCodes(Codes::Kind::Language),
            F("requesterRole", "requester_role", T::Code, &R::requesterRole, QT_TRANSLATE_NOOP("Custodian::Fields", "The request is made by")).withCodes(Codes::Kind::RequesterRole),
            F("representativeName", "representative_name", T::Text, &R::representativeName, QT_TRANSLATE_NOOP("Custodian::Fields", "Representative"), FieldFlag::Personal),
            F("mandate", "mandate", T::Code, &R::mandate, QT_TRANSLATE_NOOP("Custodian::Fields", "Mandate")).withCodes(Codes::Kind::Mandate),
            F("mandateCheckedOn", "mandate_checked_on", T::Date, &R::mandateCheckedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Mandate checked on")),
            F("replyChannel", "reply_channel", T::Text, &R::replyChannel, QT_TRANSLATE_NOOP("Custodian::Fields", "Reply to"), FieldFlag::Personal),
            F("scope", "scope", T::LongText, &R::scope, QT_TRANSLATE_NOOP("Custodian::Fields", "What the request is about"), FieldFlag::Personal),
            F("status", "status", T::Code, &R::status, QT_TRANSLATE_NOOP("Custodian::Fields", "Status")).withCodes(Codes::Kind::RequestStatus),
            F("identityDoubt", "identity_doubt", T::Bool, &R::identityDoubt, QT_TRANSLATE_NOOP("Custodian::Fields", "Reasonable doubt about the identity (Art. 12(6))")),
            F("identityReasoning", "identity_reasoning", T::LongText, &R::identityReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Why"), FieldFlag::Personal),
            F("extended", "extended", T::Bool, &R::extended, QT_TRANSLATE_NOOP("Custodian::Fields", "Extended by two months (Art. 12(3))")),
            F("extensionReason", "extension_reason", T::Code, &R::extensionReason, QT_TRANSLATE_NOOP("Custodian::Fields", "Reason for the extension")).withCodes(Codes::Kind::ExtensionReason),
            F("extensionReasoning", "extension_reasoning", T::LongText, &R::extensionReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Explanation of the extension"), FieldFlag::Personal),
            F("extensionNoticeOn", "extension_notice_on", T::Date, &R::extensionNoticeOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Requester told of the extension on")),
            F("dueOn", "due_on", T::Date, &R::dueOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Statutory deadline")),
            F("actBy", "act_by", T::Date, &R::actBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Act by")),
            F("targetOn", "target_on", T::Date, &R::targetOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Internal target")),
            F("noticeDueOn", "notice_due_on", T::Date, &R::noticeDueOn, QT_TRANSLATE_NOOP("Custodian::Fields", "End of the first month")),
            F("art12_5", "art12_5", T::Code, &R::art12_5, QT_TRANSLATE_NOOP("Custodian::Fields", "Manifestly unfounded or excessive (Art. 12(5))")).withCodes(Codes::Kind::Art12_5),
            F("art12_5Reasoning", "art12_5_reasoning", T::LongText, &R::art12_5Reasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Why the request is manifestly unfounded or excessive"), FieldFlag::Personal),
            F("fee", "fee", T::Text, &R::fee, QT_TRANSLATE_NOOP("Custodian::Fields", "Fee charged")),
            F("recipientsImpossible", "recipients_impossible", T::Bool, &R::recipientsImpossible, QT_TRANSLATE_NOOP("Custodian::Fields", "Telling the recipients is impossible or takes disproportionate effort")),
            F("recipientsReasoning", "recipients_reasoning", T::LongText, &R::recipientsReasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Why the recipients were not told"), FieldFlag::Personal),
            F("requesterToldRecipients", "requester_told_recipients", T::Bool, &R::requesterToldRecipients, QT_TRANSLATE_NOOP("Custodian::Fields", "Requester told who the recipients are")),
            F("responseOn", "response_on", T::Date, &R::responseOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Answer sent on")),
            F("responseMethod", "response_method", T::Code, &R::responseMethod, QT_TRANSLATE_NOOP("Custodian::Fields", "Answer sent by")).withCodes(Codes::Kind::ResponseMethod),
            F("remediesNotice", "remedies_notice", T::Bool, &R::remediesNotice, QT_TRANSLATE_NOOP("Custodian::Fields", "The answer names the complaint to the AP and the court (Art. 12(4))")),
            F("awbDecision", "awb_decision", T::Bool, &R::awbDecision, QT_TRANSLATE_NOOP("Custodian::Fields", "Decision under the Awb")),
            F("decidingBodyUuid", "deciding_body_party_id", T::Link, &R::decidingBodyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Deciding administrative body")).linkTo(EntityKind::Party),
            F("objectionReceivedOn", "objection_received_on", T::Date, &R::objectionReceivedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Objection received on")),
            F("objectionDecidedOn", "objection_decided_on", T::Date, &R::objectionDecidedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Objection decided on")),
            F("objectionOutcome", "objection_outcome", T::Code, &R::objectionOutcome, QT_TRANSLATE_NOOP("Custodian::Fields", "Outcome of the objection")).withCodes(Codes::Kind::ObjectionOutcome),
            F("appealLodgedOn", "appeal_lodged_on", T::Date, &R::appealLodgedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Appeal lodged on")),
            F("apComplaintOn", "ap_complaint_on", T::Date, &R::apComplaintOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Complaint to the AP on")),
            F("closedOn", "closed_on", T::Date, &R::closedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Closed on")),
            F("purgedOn", "purged_on", T::Date, &R::purgedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Requester's details erased on")),
            F("notes", "notes", T::LongText, &R::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes"), FieldFlag::Personal),
        },
        {
            C::rows("rights", "request_right", "request_id", &R::rights,
                {
                    RF("right", "request_right", T::Code, &RequestedRight::right, QT_TRANSLATE_NOOP("Custodian::Fields", "Right")).withCodes(Codes::Kind::RequestRight),
                    RF("outcome", "outcome", T::Code, &RequestedRight::outcome, QT_TRANSLATE_NOOP("Custodian::Fields", "Outcome")).withCodes(Codes::Kind::RightOutcome),
                    RF("restriction", "restriction", T::Code, &RequestedRight::restriction, QT_TRANSLATE_NOOP("Custodian::Fields", "Legal ground for not granting it")).withCodes(Codes::Kind::Restriction),
                    RF("reasoning", "reasoning", T::LongText, &RequestedRight::reasoning, QT_TRANSLATE_NOOP("Custodian::Fields", "Reasoning")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Rights invoked")).positioned().personal(),
            C::rows("verifications", "request_verification", "request_id", &R::verifications,
                {
                    VF("onDate", "on_date", T::Date, &VerificationStep::onDate, QT_TRANSLATE_NOOP("Custodian::Fields", "Date")),
                    VF("step", "step", T::Text, &VerificationStep::step, QT_TRANSLATE_NOOP("Custodian::Fields", "What was asked or checked")),
                    VF("idCopy", "id_copy", T::Bool, &VerificationStep::idCopy, QT_TRANSLATE_NOOP("Custodian::Fields", "Copy of an identity document received")),
                    VF("idCopyDestroyedOn", "id_copy_destroyed_on", T::Date, &VerificationStep::idCopyDestroyedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Copy destroyed on")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Identity checks")).positioned().personal(),
            C::values("accessElements", "request_access_element", "request_id", "element", &R::accessElements, QT_TRANSLATE_NOOP("Custodian::Fields", "The access answer gave")).withCodes(Codes::Kind::AccessElement),
            C::links("activities", "request_activity", "request_id", "activity_id", EntityKind::ProcessingActivity, &R::activities, QT_TRANSLATE_NOOP("Custodian::Fields", "Processing activities searched")),
            C::rows("processors", "request_processor", "request_id", &R::processors,
                {
                    NF("partyUuid", "party_id", T::Link, &PartyNotice::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Processor")).linkTo(EntityKind::Party),
                    NF("onDate", "on_date", T::Date, &PartyNotice::onDate, QT_TRANSLATE_NOOP("Custodian::Fields", "Instructed on")),
                    NF("notes", "notes", T::Text, &PartyNotice::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Processors instructed")).positioned().personal(),
            C::rows("recipients", "request_recipient", "request_id", &R::recipients,
                {
                    NF("partyUuid", "party_id", T::Link, &PartyNotice::partyUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Recipient")).linkTo(EntityKind::Party),
                    NF("onDate", "on_date", T::Date, &PartyNotice::onDate, QT_TRANSLATE_NOOP("Custodian::Fields", "Told on")),
                    NF("notes", "notes", T::Text, &PartyNotice::notes, QT_TRANSLATE_NOOP("Custodian::Fields", "Notes")),
                }, QT_TRANSLATE_NOOP("Custodian::Fields", "Recipients told (Art. 19)")).positioned().personal(),
            // A file may put a requester's details in any column: sealed as the case's other lists.
            C::rows("extraFields", "request_extra_field", "request_id", &R::extraFields, ExtraFields::fields(), ExtraFields::label()).positioned().personal(),
        },
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject RequestCase::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
