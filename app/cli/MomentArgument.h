#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Custodian::Cli {

// ISO 8601 with the offset always written out (+02:00, also +00:00 for UTC), so the output says
// which clock the time is on; QDateTime::toString(Qt::ISODate) leaves it out for local time.
QString isoMoment(const QDateTime &moment);

// A moment given on the command line: ISO 8601 date and time, with Z, an offset, or none for local
// time (the earlier of two when the clocks go back; refused when they skip it, or when TZ names a
// zone the C library does not know). Nothing, and the reason in *problem, when it cannot be read.
std::optional<QDateTime> parseMomentArgument(const QString &text, QString *problem);

} // namespace Custodian::Cli
