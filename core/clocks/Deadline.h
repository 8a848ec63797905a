#pragma once

#include "Holiday.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Custodian::Clocks {

// A computed statutory deadline and how it was reached: the rule, the raw end of the period, the days the end was
// moved past and why, and an internal target date before it. Built by the functions in Deadlines.h; a
// default-constructed Deadline is invalid.
class Deadline
{
    Q_DECLARE_TR_FUNCTIONS(Deadline)

public:
    // Five working days of margin unless the organisation configures another: a deadline met late is the
    // dangerous error, so the internal target comes first.
    static constexpr int DefaultTargetWorkingDays = 5;

    // How the period is counted.
    enum class Rule
    {
        None,
        Months, // Reg. 1182/71 art. 3(2)(c), moved by art. 3(4)
        Days,   // Reg. 1182/71 art. 3(2)(b), moved by art. 3(4)
        Hours,  // elapsed time; never moved (art. 3(4) covers only periods not expressed in hours)
    };
    // What the deadline is for; only changes the wording of ruleText().
    enum class Purpose
    {
        Period,             // a period of the given length with no particular legal meaning attached
        Request,            // GDPR art. 12(3): one month from receipt of a data subject's request
        ExtendedRequest,    // GDPR art. 12(3): extended by two further months, three months from receipt
        ExtensionNotice,    // GDPR art. 12(3): tell the data subject of the extension within the first month
        BreachNotification, // GDPR art. 33(1): notify the supervisory authority within 72 hours of awareness
    };
    enum class SkipReason
    {
        Saturday,
        Sunday,
        PublicHoliday,
        // The end had reached a working day but the period still held fewer than two (Reg. 1182/71 art. 3(5)).
        TooFewWorkingDays,
    };

    struct SkippedDay
    {
        QDate date;
        SkipReason reason = SkipReason::Saturday;
        QList<Holiday> holidays; // for PublicHoliday; a holiday on a Saturday or Sunday is recorded as a holiday

        // The holiday names in `language` (empty: the default QLocale's language), listed together.
        QString holidayName(const QString &language = QString()) const;
        // "Saturday 28 February 2026 is a Saturday." and the like, translated.
        QString reasonText() const;
        friend bool operator==(const SkippedDay &, const SkippedDay &) = default;
    };

    Deadline() = default;
    // A period in months or days: `event` is the day of the event (receipt, notice); the period starts the next day.
    Deadline(Rule rule, Purpose purpose, int length, QDate event, QDate rawEnd, QDate due, QList<SkippedDay> skipped,
             QString calendarCode);
    // A period in hours from the moment `event`; `due` is expressed in the same time zone or offset as `event`.
    Deadline(Purpose purpose, int hours, const QDateTime &event, const QDateTime &due);

    bool isValid() const { return m_rule != Rule::None; }
    Rule rule() const { return m_rule; }
    Purpose purpose() const { return m_purpose; }
    void setPurpose(Purpose purpose) { m_purpose = purpose; }
    // Number of months, days or hours.
    int length() const { return m_length; }
    // The period as ISO 8601 duration: "P1M", "P3M", "P14D", "PT72H".
    QString isoPeriod() const;

    QDate eventDate() const { return m_event; }
    QDateTime eventMoment() const { return m_eventMoment; }
    // The last day of the period before art. 3(4) moved it off a weekend or holiday (the due moment for hours).
    QDate rawEnd() const { return m_rawEnd; }
    // The statutory deadline: the period ends at the end of this day (for hours: the date of dueMoment()).
    QDate due() const { return m_due; }
    // For hours: the exact moment, in the time zone or offset of the event. Invalid for periods in days or months.
    QDateTime dueMoment() const { return m_dueMoment; }
    QList<SkippedDay> skippedDays() const { return m_skipped; }
    QString calendarCode() const { return m_calendarCode; }

    // The day to act by: due() computed with the disputed holidays of the calendar as working days
    // (DECISIONS.md, "Dates of a deadline"); never later than due(), and equal to it on most days. For hours: the
    // date of dueMoment(). "Overdue" means past this day.
    QDate actBy() const { return m_actBy.isValid() ? m_actBy : m_due; }
    // The disputed holidays that make due() later than actBy(); empty when the two are the same day.
    QList<Holiday> disputedDays() const { return m_disputedDays; }
    void setActBy(QDate actBy, QList<Holiday> disputedDays);

    // The internal target date: a number of working days before actBy() (never before the event day). Invalid for
    // periods in hours, where a margin in working days means nothing.
    QDate internalTarget() const { return m_target; }
    int targetWorkingDays() const { return m_targetWorkingDays; }
    // True when the margin would have put the target before the event, so the target is the event day itself.
    bool isTargetClamped() const { return m_targetClamped; }
    void setInternalTarget(QDate target, int workingDaysEarlier, bool clamped);

    // One sentence naming the legal rule, e.g. "One month from receipt of the request (GDPR art. 12(3)), ...".
    QString ruleText() const;
    // How the deadline was reached, one sentence per line: rule, counting, raw end, each day skipped and why,
    // the result and the internal target. Translated; meant for the UI and letters.
    QStringList explanationLines() const;
    QString explanation() const;

private:
    QString countingText() const;

    Rule m_rule = Rule::None;
    Purpose m_purpose = Purpose::Period;
    int m_length = 0;
    QDate m_event;
    QDateTime m_eventMoment;
    QDate m_rawEnd;
    QDate m_due;
    QDate m_actBy;
    QList<Holiday> m_disputedDays;
    QDateTime m_dueMoment;
    QList<SkippedDay> m_skipped;
    QString m_calendarCode;
    QDate m_target;
    int m_targetWorkingDays = 0;
    bool m_targetClamped = false;
};

} // namespace Custodian::Clocks
