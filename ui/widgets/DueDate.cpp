#include "widgets/DueDate.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Custodian::Ui {

DueDate::Urgency DueDate::urgency(QDate date, QDate today)
{
    if (!date.isValid())
        return Urgency::NotSet;
    if (date < today)
        return Urgency::Overdue;
    if (date <= today.addDays(7))
        return Urgency::ThisWeek;
    return Urgency::Later;
}

QString DueDate::text(QDate date, QDate today)
{
    if (!date.isValid())
        return tr("Not set");
    const QString shown = QLocale().toString(date, QLocale::ShortFormat);
    switch (urgency(date, today)) {
    case Urgency::Overdue:
        return tr("%1 — overdue").arg(shown);
    case Urgency::ThisWeek:
        return tr("%1 — due this week").arg(shown);
    case Urgency::NotSet:
    case Urgency::Later:
        break;
    }
    return shown;
}

QVariant DueDate::foreground(Urgency urgency)
{
    // Mid tones that read on light and dark palettes; the words carry the meaning.
    switch (urgency) {
    case Urgency::Overdue:
        return QBrush(QColor(0xd0, 0x3b, 0x2f));
    case Urgency::ThisWeek:
        return QBrush(QColor(0xc0, 0x75, 0x00));
    case Urgency::NotSet:
    case Urgency::Later:
        break;
    }
    return {};
}

} // namespace Custodian::Ui
