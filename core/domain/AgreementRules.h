#pragma once

#include <QCoreApplication>

#include <functional>

#include "domain/Agreement.h"

namespace Custodian::Clocks {
class HolidayCalendar;
}

namespace Custodian::Domain {

// Rules of Art. 28 that need more than one agreement or the calendar; the services apply them.
class AgreementRules
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::AgreementRules)
public:
    // Art. 28(4): chains go down from controller to processor to sub-processor. Walking up from
    // parent (parentOf gives each item's parent, 0 for none) must never reach self. A loop already
    // in the data above parent is not followed forever.
    static bool chainLoops(qint64 self, qint64 parent, const std::function<qint64(qint64)> &parentOf);
    static QString chainLoopMessage();

    // Art. 28(2): each notice's objection deadline is a day period of the agreed window from the day
    // of receipt (Reg. 1182/71 art. 3), on the register's holiday calendar. Also gives new notices
    // their uuid.
    static void setObjectionDeadlines(Agreement &agreement, const Clocks::HolidayCalendar &calendar);
};

} // namespace Custodian::Domain
