#include "AgreementRules.h"

#include "clocks/Deadlines.h"
#include "clocks/HolidayCalendar.h"

#include <QSet>
#include <QUuid>

namespace Custodian::Domain {

bool AgreementRules::chainLoops(qint64 self, qint64 parent, const std::function<qint64(qint64)> &parentOf)
{
    if (self <= 0)
        return false;
    QSet<qint64> seen;
    for (qint64 current = parent; current > 0 && !seen.contains(current); current = parentOf(current)) {
        if (current == self)
            return true;
        seen.insert(current);
    }
    return false;
}

QString AgreementRules::chainLoopMessage()
{
    return tr("This agreement cannot sit below the one chosen as its parent: that agreement is already below this "
              "one, so the chain would loop. Choose another parent.");
}

void AgreementRules::setObjectionDeadlines(Agreement &agreement, const Clocks::HolidayCalendar &calendar)
{
    for (SubprocessorNotice &notice : agreement.notices) {
        if (agreement.objectionWindowDays > 0 && notice.receivedOn.isValid())
            notice.objectionDeadline =
                Clocks::addDays(notice.receivedOn, agreement.objectionWindowDays, calendar).due();
        if (notice.uuid.isEmpty())
            notice.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
}

} // namespace Custodian::Domain
