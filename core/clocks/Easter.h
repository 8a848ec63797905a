#pragma once

#include <QDate>

namespace Custodian::Clocks {

// Easter Sunday by the Gregorian computus (the date Western churches and most member states use), as a Gregorian
// date. Invalid before 1583, when the Gregorian calendar did not exist yet.
QDate westernEaster(int year);

// Easter Sunday by the Julian computus (Orthodox churches; Greece, Cyprus, Romania and Bulgaria use it for their
// public holidays), converted to a Gregorian date. Invalid outside 1583-4099, where the conversion below holds.
QDate orthodoxEaster(int year);

} // namespace Custodian::Clocks
