#pragma once

#include <QDate>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// What the dashboard counts, read in one SQL query (never the whole register in memory).
struct RegisterCounts
{
    int activities = 0;
    int activeActivities = 0;   // not retired
    int approvedActivities = 0; // approved and not retired
    int overdueReviews = 0;     // not retired, next review before today
    // Approved, established, and saved with a change since its latest activity version (a little
    // eager: a change undone again counts; the editor's Versions page and the check are exact).
    int changedSinceEstablished = 0;
    int processorActivities = 0;
    int agreements = 0;
    int expiredAgreements = 0; // active, expiry date before today
    int parties = 0;
    int retentionRules = 0;
    int measures = 0;
    int openRequests = 0;      // not answered, refused or withdrawn
    int overdueRequests = 0;   // open, act-by day before today
    int openBreaches = 0;      // not closed
    int undecidedBreaches = 0; // open, neither notified to the AP nor decided not to

    [[nodiscard]] static Status read(Storage::Store &store, QDate today, RegisterCounts *counts);
};

} // namespace Custodian::Register
