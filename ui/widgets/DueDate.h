#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

namespace Custodian::Ui {

// A date that matters in a list (next review, expiry): the locale's short date with its urgency
// in words ("overdue", "due this week"), and a colour as well for those who see it.
class DueDate
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Ui::DueDate)
public:
    enum class Urgency
    {
        NotSet,
        Later,
        ThisWeek,
        Overdue
    };

    static Urgency urgency(QDate date, QDate today);
    // "12-03-2026 — overdue"; "Not set" for an invalid date.
    static QString text(QDate date, QDate today);
    // For Qt::ForegroundRole: a brush for overdue and due this week, otherwise invalid.
    static QVariant foreground(Urgency urgency);
};

} // namespace Custodian::Ui
