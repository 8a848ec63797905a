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

QDate AgreementRules::objectionDeadline(const Agreement &agreement, const SubprocessorNotice &notice,
                                        const Clocks::HolidayCalendar &calendar)
{
    const int days = agreement.objectionWindowDays;
    // The window runs from the event the agreement names; without the day of sending, from receipt.
    const QDate start =
        agreement.windowStart == QLatin1String("sent") && notice.sentOn.isValid() ? notice.sentOn : notice.receivedOn;
    if (days <= 0 || !Clocks::isSupportedDate(start))
        return QDate();
    if (agreement.windowCounting == QLatin1String("reg_1182_71"))
        return Clocks::addDays(start, days, calendar).actBy();
    if (agreement.windowCounting == QLatin1String("working_days")) {
        // Disputed holidays count as working days here too: the earlier end is the safe one.
        const Clocks::HolidayCalendar narrow = calendar.withoutDisputed();
        QDate end = start;
        for (int counted = 0; counted < days && end.isValid();) {
            end = end.addDays(1);
            if (narrow.isWorkingDay(end))
                ++counted;
        }
        return Clocks::isSupportedDate(end) ? end : QDate();
    }
    // Calendar days, the usual wording of a contract: the day after the start is day 1, and the window ends on
    // day N whatever day of the week that is.
    const QDate end = start.addDays(days);
    return Clocks::isSupportedDate(end) ? end : QDate();
}

void AgreementRules::setObjectionDeadlines(Agreement &agreement, const Clocks::HolidayCalendar &calendar)
{
    for (SubprocessorNotice &notice : agreement.notices) {
        if (agreement.objectionWindowDays > 0 && notice.receivedOn.isValid())
            notice.objectionDeadline = objectionDeadline(agreement, notice, calendar);
        if (notice.uuid.isEmpty())
            notice.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
}

} // namespace Custodian::Domain
