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

    // Art. 28(2): the last day to object to a notice. The window is contractual, so it is counted as
    // the agreement says (A8): calendar days (the default: no moving past weekends), working days, or
    // days under Reg. 1182/71 (moved past weekends and holidays, to the act-by date); from the day the
    // notice was sent, or received, as the agreement names it. Invalid without a window.
    static QDate objectionDeadline(const Agreement &agreement, const SubprocessorNotice &notice,
                                   const Clocks::HolidayCalendar &calendar);
    // Sets each notice's objection deadline as above; also gives new notices their uuid.
    static void setObjectionDeadlines(Agreement &agreement, const Clocks::HolidayCalendar &calendar);
};

} // namespace Custodian::Domain
