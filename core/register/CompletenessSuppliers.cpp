// The completeness rules of a supplier file (docs/design/dutch-ecosystem.md part 6): an active agreement
// under which our organisation engages a processor shows the processor's guarantees with a report or
// certificate valid today, and the supplier is reviewed every year (Art. 28(1)).
#include "Completeness.h"

#include "domain/Codes.h"
#include "register/CompletenessParts.h"

namespace Custodian::Register {

using Domain::Findings;
using Severity = Domain::Finding::Severity;
using CheckParts::add;
using CheckParts::day;

void CompletenessCheck::checkSupplier(Findings &findings, const Domain::Agreement &agreement, QDate today)
{
    if (agreement.status != QLatin1String("active") || !agreement.isSupplier())
        return;
    // A cloud service holds the data outside the organisation's own walls: its evidence weighs more
    // (BIO2 5.23).
    const Severity missingEvidence = agreement.cloudService ? Severity::Warning : Severity::Info;
    const Domain::AssuranceReport *latest = nullptr;
    bool validToday = false;
    bool dated = false;
    for (const Domain::AssuranceReport &report : agreement.assurances) {
        validToday = validToday || report.isValidOn(today);
        dated = dated || report.isDated();
        if (report.validUntil.isValid() && (!latest || latest->validUntil < report.validUntil))
            latest = &report;
    }
    if (agreement.assurances.isEmpty() && agreement.auditEvidence.trimmed().isEmpty())
        add(findings, "auditEvidence", Severity::Warning,
            tr("Record the evidence that the processor gives sufficient guarantees, such as a certification or "
               "an audit report (Art. 28(1))."));
    else if (!dated)
        add(findings, "assurances", missingEvidence,
            tr("Add the processor's reports and certificates with the dates they are valid, so that the register "
               "tells you when they expire (Art. 28(1))."));
    else if (!validToday && latest && latest->validUntil < today)
        add(findings, "assurances", missingEvidence,
            tr("No report or certificate of the processor is valid today: the latest, %1, expired on %2. Ask for "
               "the current one (Art. 28(1)).")
                .arg(Domain::Codes::label(Domain::Codes::Kind::AssuranceKind, latest->kind), day(latest->validUntil)));
    else if (!validToday)
        add(findings, "assurances", missingEvidence,
            tr("No report or certificate of the processor is valid today: check their dates (Art. 28(1))."));

    const QDate due = agreement.nextReviewDue();
    const Domain::SupplierReview *review = agreement.latestReview();
    if (review && review->reviewedOn > today)
        add(findings, "reviews", Severity::Warning,
            tr("The supplier review of %1 has not come yet: enter the day the supplier was reviewed.")
                .arg(day(review->reviewedOn)));
    else if (review && due < today)
        add(findings, "reviews", Severity::Warning,
            tr("The supplier was last reviewed on %1: review it every year, whether its guarantees still hold and "
               "what risks remain (Art. 28(1)).")
                .arg(day(review->reviewedOn)));
    else if (!review && (!due.isValid() || due < today))
        add(findings, "reviews", Severity::Warning,
            tr("No review of the supplier is recorded: review it every year, whether its guarantees still hold and "
               "what risks remain (Art. 28(1))."));
}

} // namespace Custodian::Register
