#include "RegisterSettingsService.h"

#include "domain/IsoTime.h"

#include "register/AuditLog.h"
#include "register/RequestService.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Custodian::Register {

using Domain::Finding;
using Domain::Findings;

RegisterSettingsService::RegisterSettingsService(Storage::Store &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

Status RegisterSettingsService::extraHolidays(const QString &calendar, QList<ExtraHoliday> *days) const
{
    days->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uuid, day, name FROM extra_holiday WHERE calendar = ? ORDER BY day"));
    query.addBindValue(calendar);
    if (!query.exec())
        return Status::error(Status::Code::DatabaseError, tr("The register settings could not be read."),
                             query.lastError().text());
    while (query.next())
        days->append({query.value(0).toString(), Domain::IsoTime::parseDay(query.value(1).toString()),
                      query.value(2).toString()});
    return Status::ok();
}

Status RegisterSettingsService::load(RegisterSettings *settings) const
{
    *settings = RegisterSettings();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM register_setting")))
        return Status::error(Status::Code::DatabaseError, tr("The register settings could not be read."),
                             query.lastError().text());
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("holiday_calendar"))
            settings->holidayCalendar = query.value(1).toString();
        else if (key == QLatin1String("internal_margin_working_days"))
            settings->internalMarginWorkingDays = query.value(1).toInt();
        else if (key == QLatin1String("request_purge_months"))
            settings->requestPurgeMonths = query.value(1).toInt();
    }
    return extraHolidays(settings->holidayCalendar, &settings->extraHolidays);
}

Status RegisterSettingsService::save(const RegisterSettings &input, Findings *findingsOut)
{
    RegisterSettings settings = input;
    std::sort(settings.extraHolidays.begin(), settings.extraHolidays.end(),
              [](const ExtraHoliday &a, const ExtraHoliday &b) { return a.date < b.date; });
    for (ExtraHoliday &day : settings.extraHolidays)
        day.name = day.name.trimmed();
    const Findings findings = settings.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return Status::error(Status::Code::InvalidInput,
                             tr("The register settings were not saved: correct the marked fields first."));
    RegisterSettings previous;
    Status status = load(&previous);
    if (!status)
        return status;
    QList<ExtraHoliday> previousDays;
    status = extraHolidays(settings.holidayCalendar, &previousDays);
    if (!status)
        return status;

    QSqlDatabase &db = m_database.connection();
    auto fail = [&db](const QString &detail) {
        db.rollback();
        return Status::error(Status::Code::DatabaseError,
                             tr("The register settings could not be saved. Nothing was changed."), detail);
    };
    if (!db.transaction())
        return fail(db.lastError().text());

    QSqlQuery query(db);
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("holiday_calendar"), settings.holidayCalendar},
        {QStringLiteral("internal_margin_working_days"), QString::number(settings.internalMarginWorkingDays)},
        {QStringLiteral("request_purge_months"), QString::number(settings.requestPurgeMonths)},
    };
    for (const auto &[key, value] : values) {
        query.prepare(m_database.dialect().upsert(QStringLiteral("register_setting"),
                                                  {QStringLiteral("key"), QStringLiteral("value")},
                                                  QStringLiteral("key")));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    query.prepare(QStringLiteral("DELETE FROM extra_holiday WHERE calendar = ?"));
    query.addBindValue(settings.holidayCalendar);
    if (!query.exec())
        return fail(query.lastError().text());
    for (const ExtraHoliday &day : std::as_const(settings.extraHolidays)) {
        query.prepare(QStringLiteral("INSERT INTO extra_holiday (uuid, calendar, day, name) VALUES (?, ?, ?, ?)"));
        query.addBindValue(day.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : day.uuid);
        query.addBindValue(settings.holidayCalendar);
        query.addBindValue(Domain::IsoTime::day(day.date));
        query.addBindValue(day.name);
        if (!query.exec())
            return fail(query.lastError().text());
    }

    QJsonObject changes;
    AuditLog::recordChange(changes, QStringLiteral("holidayCalendar"), previous.holidayCalendar,
                           settings.holidayCalendar);
    AuditLog::recordChange(changes, QStringLiteral("internalMarginWorkingDays"),
                           QString::number(previous.internalMarginWorkingDays),
                           QString::number(settings.internalMarginWorkingDays));
    AuditLog::recordChange(changes, QStringLiteral("requestPurgeMonths"), QString::number(previous.requestPurgeMonths),
                           QString::number(settings.requestPurgeMonths));
    auto daysJson = [](const QList<ExtraHoliday> &days) {
        QJsonArray array;
        for (const ExtraHoliday &day : days)
            array.append(QJsonObject{{QStringLiteral("date"), Domain::IsoTime::day(day.date)},
                                     {QStringLiteral("name"), day.name}});
        return array;
    };
    const QJsonArray oldDays = daysJson(previousDays);
    const QJsonArray newDays = daysJson(settings.extraHolidays);
    if (oldDays != newDays)
        changes.insert(QStringLiteral("extraHolidays"),
                       QJsonObject{{QStringLiteral("old"), oldDays}, {QStringLiteral("new"), newDays}});
    if (changes.isEmpty()) {
        db.rollback();
        return Status::ok();
    }
    status = AuditLog::append(m_database, QStringLiteral("register_settings"), m_database.registerId(),
                              AuditLog::Action::Update, changes);
    if (!status)
        return fail(status.detail());
    int recounted = 0;
    // The stored deadlines of open requests follow the calendar and the margin, in the same
    // transaction (DECISIONS.md: dates of a deadline).
    if (changes.contains(QStringLiteral("holidayCalendar")) || changes.contains(QStringLiteral("extraHolidays")) ||
        changes.contains(QStringLiteral("internalMarginWorkingDays"))) {
        std::optional<Clocks::HolidayCalendar> holidays = calendar(&status);
        if (!holidays)
            return fail(status.detail());
        status =
            RequestService::recountDeadlines(m_database, *holidays, settings.internalMarginWorkingDays, &recounted);
        if (!status)
            return fail(status.detail());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    emit changed();
    m_database.changes().announce(Domain::EntityKind::RegisterSettings, QString());
    if (recounted > 0)
        m_database.changes().announce(Domain::EntityKind::RequestCase, QString());
    return Status::ok();
}

Status RegisterSettingsService::importExtraHolidays(const QString &calendar, const QList<ExtraHoliday> &days,
                                                    int *added, int *recounted)
{
    *added = 0;
    *recounted = 0;
    if (!Clocks::HolidayCalendar::availableCalendars().contains(calendar))
        return Status::error(
            Status::Code::InvalidInput,
            tr("There is no holiday calendar \"%1\" in this version of Custodian.").arg(calendar.left(40)));
    RegisterSettings settings;
    Status status = load(&settings);
    if (!status)
        return status;
    QList<ExtraHoliday> before;
    status = extraHolidays(calendar, &before);
    if (!status)
        return status;
    QList<ExtraHoliday> after = before;
    auto failed = [](const QString &detail) {
        return Status::error(Status::Code::DatabaseError,
                             tr("The register settings could not be saved. Nothing was changed."), detail);
    };
    QSqlQuery query(m_database.connection());
    for (const ExtraHoliday &day : days) {
        if (!day.date.isValid())
            return Status::error(Status::Code::InvalidInput, tr("An extra holiday needs a valid date."));
        const bool known = std::any_of(after.cbegin(), after.cend(),
                                       [&day](const ExtraHoliday &existing) { return existing.date == day.date; });
        if (known)
            continue;
        // The file's uuid, unless the register uses it for another day.
        QString uuid = QUuid::fromString(day.uuid).isNull() ? QString() : day.uuid;
        if (!uuid.isEmpty()) {
            query.prepare(QStringLiteral("SELECT 1 FROM extra_holiday WHERE uuid = ?"));
            query.addBindValue(uuid);
            if (!query.exec())
                return failed(query.lastError().text());
            if (query.next())
                uuid.clear();
            query.finish();
        }
        const ExtraHoliday written{uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid, day.date,
                                   day.name.trimmed()};
        query.prepare(QStringLiteral("INSERT INTO extra_holiday (uuid, calendar, day, name) VALUES (?, ?, ?, ?)"));
        query.addBindValue(written.uuid);
        query.addBindValue(calendar);
        query.addBindValue(Domain::IsoTime::day(written.date));
        query.addBindValue(written.name);
        if (!query.exec())
            return failed(query.lastError().text());
        after.append(written);
        ++*added;
    }
    if (*added == 0)
        return Status::ok();
    std::sort(after.begin(), after.end(), [](const ExtraHoliday &a, const ExtraHoliday &b) { return a.date < b.date; });
    auto daysJson = [&calendar](const QList<ExtraHoliday> &list) {
        QJsonArray array;
        for (const ExtraHoliday &day : list)
            array.append(QJsonObject{{QStringLiteral("calendar"), calendar},
                                     {QStringLiteral("date"), Domain::IsoTime::day(day.date)},
                                     {QStringLiteral("name"), day.name}});
        return array;
    };
    status = AuditLog::append(
        m_database, QStringLiteral("register_settings"), m_database.registerId(), AuditLog::Action::Update,
        QJsonObject{{QStringLiteral("extraHolidays"), QJsonObject{{QStringLiteral("old"), daysJson(before)},
                                                                  {QStringLiteral("new"), daysJson(after)}}}});
    if (!status)
        return failed(status.detail());
    // The stored deadlines of open requests follow the register's calendar (DECISIONS.md).
    if (calendar == settings.holidayCalendar) {
        settings.extraHolidays = after;
        std::optional<Clocks::HolidayCalendar> holidays = RegisterSettingsService::calendar(settings, &status);
        if (!holidays)
            return failed(status.detail());
        status = RequestService::recountDeadlines(m_database, *holidays, settings.internalMarginWorkingDays, recounted);
        if (!status)
            return failed(status.detail());
    }
    return Status::ok();
}

std::optional<Clocks::HolidayCalendar> RegisterSettingsService::calendar(Status *statusOut) const
{
    RegisterSettings settings;
    Status status = load(&settings);
    if (!status) {
        if (statusOut)
            *statusOut = status;
        return std::nullopt;
    }
    return calendar(settings, statusOut);
}

std::optional<Clocks::HolidayCalendar> RegisterSettingsService::calendar(const RegisterSettings &settings,
                                                                         Status *statusOut)
{
    QString error;
    std::optional<Clocks::HolidayCalendar> calendar = Clocks::HolidayCalendar::load(settings.holidayCalendar, &error);
    if (!calendar) {
        if (statusOut)
            *statusOut = Status::error(Status::Code::NotFound, error);
        return std::nullopt;
    }
    for (const ExtraHoliday &day : std::as_const(settings.extraHolidays))
        calendar->addExtraDay(day.date, day.name);
    if (statusOut)
        *statusOut = Status::ok();
    return calendar;
}

} // namespace Custodian::Register
