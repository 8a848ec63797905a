#pragma once

#include <QDate>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Bench {

// Fills an empty, open register with a generated register of the given size for the benchmarks:
// 20 security measures, 30 retention rules, `parties` parties, `agreements` agreements (with
// clauses, notices, attachments and measures) and `activities` processing activities (every child
// table filled), in one transaction with prepared statements and bound values. Going through the
// services would write one audited transaction per item and measure the writes, not the reads the
// benchmarks are about; the rows have the shape the services write.
//
// Activity names are realistic ("Klantrelatiebeheer 00012", "Salarisadministratie 00013", ...) so
// a search as a person types it ("klant", "klantrelatie 12") matches some of the list, not all or
// none. A share of the items is incomplete on purpose: the completeness check has findings to report.
// On failure the transaction is rolled back and the SQL error is in Status::detail().
Status generateRegister(Storage::Store &db, int activities, int parties, int agreements);

// Adds `requests` data-subject request cases received over the last four years up to `today`, of
// which `closedPercent` per cent are answered, refused or withdrawn (the rest open, a share of them
// extended and a few overdue), each with one to three rights and its deadline dates counted under the
// register's calendar; and `breaches` breaches, a few still within their 72 hours. One transaction.
Status generateCases(Storage::Store &db, int requests, int closedPercent, int breaches, QDate today);

} // namespace Custodian::Bench
