#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "Status.h"

namespace Custodian::Register {

// Case numbers per year that are never handed out twice: "R-2026-0001" for requests, "B-2026-0001"
// for breaches. A counter per prefix and year (register_counter) is raised inside the caller's
// transaction, so a number given to a case that is later deleted is not given again, and two
// colleagues adding at once on a team register get two numbers (the row lock orders them).
class CaseNumbers
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::CaseNumbers)
public:
    // The next number of `prefix` ("R", "B") in `year`; `table` holds the numbers already given (an
    // import may bring some): the first number of a year comes after the highest of them. A series
    // without years (year 0) numbers on for good: "VA-0042".
    [[nodiscard]] static Status next(QSqlDatabase &db, const QString &prefix, int year, const QString &table,
                                     QString *number);
    // A number of the series taken from elsewhere (an import keeps a file's number when it is free):
    // the series counts on after it.
    [[nodiscard]] static Status taken(QSqlDatabase &db, const QString &prefix, int year, const QString &number);
    static QString format(const QString &prefix, int year, qint64 value);
};

} // namespace Custodian::Register
