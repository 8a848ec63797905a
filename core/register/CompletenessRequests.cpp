// The completeness rules of data-subject request cases (DOMAIN-REVIEW I.1; GDPR Arts. 12-22).
#include "Completeness.h"

#include "domain/Codes.h"
#include "register/CompletenessParts.h"

namespace Custodian::Register {

using Domain::Codes;
using Domain::Finding;
using Domain::Findings;
using Domain::RequestCase;
using Domain::RequestedRight;
using Severity = Domain::Finding::Severity;
using CheckParts::add;
using CheckParts::day;

namespace {

bool granted(const RequestedRight &right)
{
    return right.outcome == QLatin1String("granted") || right.outcome == QLatin1String("partly");
}

QString rightLabel(const RequestedRight &right)
{
    return Codes::label(Codes::Kind::RequestRight, right.right);
}

} // namespace

Findings CompletenessCheck::forRequest(const RequestCase &request, const RegisterSnapshot &snapshot, QDate today)
{
    Findings findings;
    const bool answered = request.status == QLatin1String("answered") || request.status == QLatin1String("refused");

    if (request.isOverdue(today))
        add(findings, "dueOn", Severity::Error,
            tr("The answer is overdue: it had to be sent by %1 (Art. 12(3) GDPR). Answer now, or tell the "
               "requester why it takes longer.")
                .arg(day(request.actBy)));
    if (!request.isPurged() && request.requesterName.trimmed().isEmpty())
        add(findings, "requesterName", Severity::Warning, tr("Enter who made the request."));

    // The representative and the mandate.
    if (request.requesterRole == QLatin1String("representative")) {
        if (request.representativeName.trimmed().isEmpty() && !request.isPurged())
            add(findings, "representativeName", Severity::Warning, tr("Enter who represents the data subject."));
        if (request.mandate.isEmpty())
            add(findings, "mandate", Severity::Warning,
                tr("Record the representative's mandate: a power of attorney, parental authority (a child under "
                   "16) or guardianship. Without one, the data subject's data must not be given to them."));
    }

    // Identity (Art. 12(6)).
    if (request.identityDoubt && request.identityReasoning.trimmed().isEmpty() && !request.isPurged())
        add(findings, "identityReasoning", Severity::Warning,
            tr("Explain the reasonable doubt about the requester's identity (Art. 12(6) GDPR): without such "
               "doubt, no further proof may be asked."));
    for (const Domain::VerificationStep &step : request.verifications) {
        if (step.idCopy && !step.idCopyDestroyedOn.isValid())
            add(findings, "verifications", Severity::Warning,
                step.onDate.isValid()
                    ? tr("Record that the copy of the identity document received on %1 was destroyed once the "
                         "identity was checked.")
                          .arg(day(step.onDate))
                    : tr("Record that the copy of the identity document was destroyed once the identity was "
                         "checked."));
    }

    // The extension (Art. 12(3)).
    if (request.extended) {
        if (request.extensionReason.isEmpty())
            add(findings, "extensionReason", Severity::Error,
                tr("Give the reason for the extension: the complexity or the number of requests (Art. 12(3) "
                   "GDPR)."));
        if (!request.extensionNoticeOn.isValid()) {
            if (!request.isClosed() || !request.responseOn.isValid() || request.responseOn > request.noticeDueOn)
                add(findings, "extensionNoticeOn",
                    request.noticeDueOn.isValid() && today > request.noticeDueOn ? Severity::Error : Severity::Warning,
                    tr("The requester must be told of the extension, with its reasons, by %1, within the first "
                       "month (Art. 12(3) GDPR). Without that notice the first deadline applies.")
                        .arg(day(request.noticeDueOn)));
        } else if (request.noticeDueOn.isValid() && request.extensionNoticeOn > request.noticeDueOn) {
            add(findings, "extensionNoticeOn", Severity::Error,
                tr("The requester was told of the extension on %1, after the first month ended on %2: the "
                   "extension does not count, and the answer was due by then (Art. 12(3) GDPR).")
                    .arg(day(request.extensionNoticeOn), day(request.noticeDueOn)));
        }
    }

    // Art. 12(5): manifestly unfounded or excessive.
    if (!request.art12_5.isEmpty() && request.art12_5Reasoning.trimmed().isEmpty())
        add(findings, "art12_5Reasoning", Severity::Error,
            tr("The organisation must show that the request is manifestly unfounded or excessive: give the "
               "reasoning (Art. 12(5) GDPR)."));
    if (request.art12_5 == QLatin1String("fee") && request.fee.trimmed().isEmpty())
        add(findings, "fee", Severity::Warning,
            tr("Enter the fee charged: a reasonable fee that covers the administrative costs only (Art. 12(5)(a) "
               "GDPR)."));

    // Each right: the ground of a refusal, and the absolute right to object to direct marketing.
    for (const RequestedRight &right : request.rights) {
        const bool notGranted = right.outcome == QLatin1String("refused") || right.outcome == QLatin1String("partly");
        if (notGranted && right.right == QLatin1String("objection_marketing"))
            add(findings, "rights", Severity::Error,
                tr("An objection to direct marketing cannot be refused: the data must no longer be processed "
                   "for it (Art. 21(3) GDPR)."));
        else if (notGranted && right.restriction.isEmpty())
            add(findings, "rights", Severity::Error,
                tr("Name the legal ground for not granting \"%1\" in full (Art. 12(4) GDPR).").arg(rightLabel(right)));
        else if (!right.restriction.isEmpty() && right.reasoning.trimmed().isEmpty())
            add(findings, "rights", Severity::Warning,
                tr("Explain why \"%1\" applies to \"%2\".")
                    .arg(Codes::label(Codes::Kind::Restriction, right.restriction), rightLabel(right)));
        if (answered && right.outcome == QLatin1String("pending"))
            add(findings, "rights", Severity::Warning,
                tr("Record what became of \"%1\": the case is answered.").arg(rightLabel(right)));
    }

    // A refused case names the right refused and its ground, or the refusal of Art. 12(5).
    const bool groundedRefusal =
        request.art12_5 == QLatin1String("refusal") ||
        std::any_of(request.rights.cbegin(), request.rights.cend(), [](const RequestedRight &right) {
            return right.outcome == QLatin1String("refused") && !right.restriction.isEmpty();
        });
    if (request.status == QLatin1String("refused") && !groundedRefusal)
        add(findings, "rights", Severity::Error,
            tr("The case is refused: record which right was refused and on which legal ground (Art. 12(4) "
               "GDPR)."));

    // The answer.
    if (answered && !request.responseOn.isValid())
        add(findings, "responseOn", Severity::Error, tr("Enter the day the answer was sent."));
    if (request.responseOn.isValid() && request.dueOn.isValid() && request.responseOn > request.dueOn)
        add(findings, "responseOn", Severity::Warning,
            tr("The answer was sent on %1, after the deadline of %2 (Art. 12(3) GDPR).")
                .arg(day(request.responseOn), day(request.dueOn)));
    if (request.isRefusal() && (answered || request.responseOn.isValid()) && !request.remediesNotice)
        add(findings, "remediesNotice", Severity::Error,
            tr("An answer that does not grant the request in full must tell the requester that they can "
               "complain to the Autoriteit Persoonsgegevens and go to court (Art. 12(4) GDPR)."));

    // The search and the access answer (Art. 15).
    const bool searches = std::any_of(request.rights.cbegin(), request.rights.cend(), [](const RequestedRight &r) {
        return r.right != QLatin1String("withdraw_consent") && r.right != QLatin1String("information") &&
               r.right != QLatin1String("objection_marketing");
    });
    if (searches && request.activities.isEmpty() && request.status != QLatin1String("received") &&
        request.status != QLatin1String("withdrawn"))
        add(findings, "activities", Severity::Warning,
            tr("Record the processing activities searched for the requester's data: the register lists where "
               "it may be."));
    const auto access = std::find_if(request.rights.cbegin(), request.rights.cend(),
                                     [](const RequestedRight &r) { return r.right == QLatin1String("access"); });
    if (answered && access != request.rights.cend() && granted(*access)) {
        QStringList expected = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                                QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("copy")};
        // Art. 15(2) where a searched activity transfers data outside the EEA.
        for (const Domain::ProcessingActivity &activity : snapshot.activities) {
            if (request.activities.contains(activity.uuid) && !activity.transfers.isEmpty()) {
                expected.insert(8, QStringLiteral("transfers"));
                break;
            }
        }
        QStringList missing;
        for (const QString &element : std::as_const(expected)) {
            if (!request.accessElements.contains(element))
                missing << Codes::label(Codes::Kind::AccessElement, element);
        }
        if (!missing.isEmpty())
            add(findings, "accessElements", Severity::Warning,
                tr("The access answer does not give everything Art. 15 GDPR asks for. Missing: %1.")
                    .arg(missing.join(QLatin1String("; "))));
    }

    // Art. 19: the recipients told of a rectification, erasure or restriction, by name.
    const bool notifiable = std::any_of(request.rights.cbegin(), request.rights.cend(), [](const RequestedRight &r) {
        return granted(r) && (r.right == QLatin1String("rectification") || r.right == QLatin1String("erasure") ||
                              r.right == QLatin1String("restriction"));
    });
    if (notifiable && answered) {
        if (request.recipients.isEmpty() && !request.recipientsImpossible)
            add(findings, "recipients", Severity::Warning,
                tr("Tell each recipient of the data of the rectification, erasure or restriction, or record why "
                   "that is impossible or takes disproportionate effort (Art. 19 GDPR)."));
        if (request.recipientsImpossible && request.recipientsReasoning.trimmed().isEmpty())
            add(findings, "recipientsReasoning", Severity::Warning,
                tr("Explain why the recipients cannot be told (Art. 19 GDPR)."));
        // Processors of the searched activities act on the organisation's instruction (Art. 28(3)(e)).
        if (request.processors.isEmpty()) {
            for (const Domain::ProcessingActivity &activity : snapshot.activities) {
                if (!request.activities.contains(activity.uuid))
                    continue;
                const bool usesProcessor =
                    std::any_of(activity.recipients.cbegin(), activity.recipients.cend(),
                                [](const Domain::Recipient &r) { return r.kind == QLatin1String("processor"); });
                if (usesProcessor) {
                    add(findings, "processors", Severity::Warning,
                        tr("The processing activity \"%1\" uses a processor: record that it was instructed to "
                           "carry out the rectification, erasure or restriction (Art. 28(3)(e) GDPR).")
                            .arg(activity.name));
                    break;
                }
            }
        }
    }
    checkAwbDecision(findings, request, snapshot);
    return findings;
}

} // namespace Custodian::Register
