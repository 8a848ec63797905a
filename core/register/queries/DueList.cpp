#include "DueList.h"

#include <QSaveFile>

#include "clocks/Deadlines.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "register/EntityTable.h"
#include "register/RegisterSettingsService.h"
#include "register/RequestService.h"
#include "register/queries/Agenda.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace Custodian::Register {

namespace {

void setDates(DueItem &item, QDate due, QDate actBy, QDate target, QDate asOf)
{
    item.due = due;
    item.actBy = actBy.isValid() ? actBy : due;
    item.target = target.isValid() ? target : item.actBy;
    item.overdue = item.actBy < asOf;
    item.daysLeft = int(asOf.daysTo(item.actBy));
}

void setMoment(DueItem &item, const QDateTime &moment, QDate asOf)
{
    item.moment = moment;
    const QDate local = moment.toLocalTime().date();
    item.due = item.actBy = item.target = local;
    // As of the end of that day, in local time.
    item.overdue = moment < QDateTime(asOf.addDays(1), QTime(0, 0));
    item.daysLeft = int(asOf.daysTo(local));
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

Status DueList::read(Storage::Store &store, QDate asOf, int withinDays, QList<DueItem> *items)
{
    items->clear();
    const QDate horizon = asOf.addDays(withinDays);
    const QString horizonDay = Domain::IsoTime::day(horizon);
    const QString horizonMoment = Domain::IsoTime::moment(QDateTime(horizon.addDays(1), QTime(0, 0)));
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    const QString openRequest = RequestService::openCondition();

    // Requests: open, with their internal target within the window (the target is never after act_by).
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT uuid, number, due_on, act_by, target_on FROM request_case WHERE %1 "
                                         "AND target_on <= ?")
                              .arg(openRequest),
                          {horizonDay}))
        return EntityTable::readError(query);
    QHash<QString, qsizetype> requests;
    while (query.next()) {
        DueItem item;
        item.kind = QStringLiteral("request");
        item.entity = QStringLiteral("request");
        item.uuid = query.value(0).toString();
        item.number = query.value(1).toString();
        setDates(item, Domain::IsoTime::daySql(query.value(2)), Domain::IsoTime::daySql(query.value(3)),
                 Domain::IsoTime::daySql(query.value(4)), asOf);
        requests.insert(item.uuid, items->size());
        items->append(item);
    }
    if (!requests.isEmpty()) {
        // The rights of those cases name them (never the requester: a calendar is not the register).
        if (!EntityTable::run(query,
                              QStringLiteral("SELECT c.uuid, r.request_right FROM request_right r JOIN "
                                             "request_case c ON c.id = r.request_id WHERE r.request_id IN (SELECT id "
                                             "FROM request_case WHERE %1 AND target_on <= ?) ORDER BY r.request_id, "
                                             "r.position")
                                  .arg(openRequest),
                              {horizonDay}))
            return EntityTable::readError(query);
        QHash<QString, QStringList> rights;
        while (query.next())
            rights[query.value(0).toString()]
                << Domain::Codes::label(Domain::Codes::Kind::RequestRight, query.value(1).toString());
        for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
            DueItem &item = (*items)[it.value()];
            item.title = tr("Request %1: %2").arg(item.number, rights.value(item.uuid).join(QLatin1String(", ")));
        }
    }

    // Extension notices still to send, due by the end of the first month.
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT uuid, number, notice_due_on FROM request_case WHERE %1 AND extended = "
                                         "1 AND extension_notice_on IS NULL AND notice_due_on IS NOT NULL")
                              .arg(openRequest)))
        return EntityTable::readError(query);
    QList<DueItem> notices;
    while (query.next()) {
        DueItem item;
        item.kind = QStringLiteral("extension-notice");
        item.entity = QStringLiteral("request");
        item.uuid = query.value(0).toString();
        item.number = query.value(1).toString();
        item.due = Domain::IsoTime::daySql(query.value(2));
        item.title = tr("Tell the requester of %1 about the extension, with its reasons").arg(item.number);
        notices.append(item);
    }
    if (!notices.isEmpty()) {
        RegisterSettingsService settingsService(store);
        Domain::RegisterSettings settings;
        const Status status = settingsService.load(&settings);
        if (!status)
            return status;
        const std::optional<Clocks::HolidayCalendar> calendar = settingsService.calendar();
        for (DueItem &item : notices) {
            const QDate target = Clocks::internalTarget(item.due, settings.internalMarginWorkingDays,
                                                        calendar ? *calendar : Clocks::HolidayCalendar());
            setDates(item, item.due, item.due, target, asOf);
            if (item.target <= horizon)
                items->append(item);
        }
    }

    // Breaches: the authority's 72 hours, and each controller to tell where we are the processor.
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT uuid, number, summary, notify_by, '' FROM breach WHERE status = 'open' AND "
                           "notify_ap <> 'no' AND ap_notified_at IS NULL AND notify_by IS NOT NULL AND "
                           "notify_by < ?"),
            {horizonMoment}))
        return EntityTable::readError(query);
    // Each row: uuid, number, a name for the title, the moment, the part. The titles name no one
    // affected: the summary stays in the register, out of calendars and mail.
    const auto appendBreaches = [&](const QString &kind,
                                    const std::function<QString(const QString &number, const QString &name)> &title) {
        while (query.next()) {
            DueItem item;
            item.kind = kind;
            item.entity = QStringLiteral("breach");
            item.uuid = query.value(0).toString();
            item.number = query.value(1).toString();
            item.title = title(item.number, firstLine(query.value(2).toString()));
            setMoment(item, Domain::IsoTime::parseMoment(query.value(3).toString()), asOf);
            item.part = query.value(4).toString();
            items->append(item);
        }
    };
    appendBreaches(QStringLiteral("breach"), [](const QString &number, const QString &) {
        return tr("Notify breach %1 to the supervisory authority, unless it is unlikely to result in a risk")
            .arg(number);
    });
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT b.uuid, b.number, p.name, c.due_at, COALESCE(p.uuid, '') FROM breach_controller c "
                           "JOIN "
                           "breach b ON b.id = c.breach_id LEFT JOIN party p ON p.id = c.party_id WHERE "
                           "b.status = 'open' AND c.notified_at IS NULL AND c.due_at IS NOT NULL AND "
                           "c.due_at < ?"),
            {horizonMoment}))
        return EntityTable::readError(query);
    appendBreaches(QStringLiteral("breach-controller"), [](const QString &number, const QString &controller) {
        return tr("Tell %1 of breach %2 (Art. 33(2))").arg(controller, number);
    });
    query.finish();

    // Agreements and reviews.
    QList<AgendaItem> dated;
    const Status status = Agenda::readUpTo(store, horizon, &dated);
    if (!status)
        return status;
    for (const AgendaItem &agenda : std::as_const(dated)) {
        DueItem item;
        item.entity = agenda.entity;
        item.uuid = agenda.uuid;
        switch (agenda.reason) {
        case AgendaItem::Reason::AgreementExpiry:
            item.kind = QStringLiteral("agreement-expiry");
            item.title = tr("Agreement \"%1\" ends").arg(agenda.name);
            break;
        case AgendaItem::Reason::ObjectionWindow:
            item.kind = QStringLiteral("objection-window");
            item.title = tr("Objection window of \"%1\" closes: %2").arg(agenda.name, firstLine(agenda.detail));
            item.part = agenda.detail;
            break;
        case AgendaItem::Reason::NotifiedWindow:
            item.kind = QStringLiteral("objection-window");
            item.title = tr("The controller's objection window under \"%1\" closes: %2")
                             .arg(agenda.name, firstLine(agenda.detail));
            item.part = agenda.detail;
            break;
        case AgendaItem::Reason::AssuranceExpiry:
            item.kind = QStringLiteral("assurance-expiry");
            item.title = tr("%1 of the supplier under \"%2\" ends")
                             .arg(Domain::Codes::label(Domain::Codes::Kind::AssuranceKind, agenda.detail), agenda.name);
            item.part = agenda.detail;
            break;
        case AgendaItem::Reason::SupplierReview:
            item.kind = QStringLiteral("supplier-review");
            item.title = tr("Review the supplier under \"%1\" (yearly)").arg(agenda.name);
            break;
        case AgendaItem::Reason::ActivityReview:
        case AgendaItem::Reason::AgreementReview:
            item.kind = QStringLiteral("review");
            item.part = agenda.entity;
            item.title = tr("Review \"%1\"").arg(agenda.name);
            break;
        }
        setDates(item, agenda.date, agenda.date, agenda.date, asOf);
        items->append(item);
    }

    std::stable_sort(items->begin(), items->end(), [](const DueItem &a, const DueItem &b) {
        if (a.actBy != b.actBy)
            return a.actBy < b.actBy;
        if (a.isBreach() != b.isBreach())
            return a.isBreach(); // the 72 hours before a day's other dates
        return a.moment < b.moment;
    });
    return Status::ok();
}

QJsonArray DueList::toJson(const QList<DueItem> &items)
{
    QJsonArray array;
    for (const DueItem &item : items) {
        QJsonObject object{{QStringLiteral("kind"), item.kind},
                           {QStringLiteral("uuid"), item.uuid},
                           {QStringLiteral("number"), item.number.isEmpty() ? QJsonValue() : QJsonValue(item.number)},
                           {QStringLiteral("title"), item.title},
                           {QStringLiteral("overdue"), item.overdue},
                           {QStringLiteral("days_left"), item.daysLeft}};
        if (item.isBreach()) {
            // The instant in local time with its offset written out.
            const QString text = Domain::IsoTime::withOffset(item.moment.toLocalTime());
            for (const char *key : {"due", "act_by", "target"})
                object.insert(QLatin1String(key), text);
        } else {
            object.insert(QStringLiteral("due"), Domain::IsoTime::dayJson(item.due));
            object.insert(QStringLiteral("act_by"), Domain::IsoTime::dayJson(item.actBy));
            object.insert(QStringLiteral("target"), Domain::IsoTime::dayJson(item.target));
        }
        array.append(object);
    }
    return array;
}

namespace {

// RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped.
QString icsText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char(';'), QLatin1String("\\;"))
        .replace(QLatin1Char(','), QLatin1String("\\,"))
        .replace(QLatin1String("\r\n"), QLatin1String("\\n"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return escaped;
}

// RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a space, never inside a
// UTF-8 sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start) + "\r\n";
}

QString icsDay(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString icsUtc(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")) + QLatin1Char('Z');
}

qint64 icsSequence(const QDateTime &stamp)
{
    static const QDateTime epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return std::max<qint64>(0, epoch.secsTo(stamp) / 60);
}

} // namespace

QByteArray DueList::toIcs(const QList<DueItem> &items, const QDateTime &stamp)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Custodian//Deadlines//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    for (const DueItem &item : items) {
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        // The item, the obligation and which part of the item, never the date: a newer export of a
        // moved deadline updates the event. A digest of the part keeps the UID short and its text out.
        QString part;
        if (!item.part.isEmpty())
            part = QLatin1Char('-') +
                   QString::fromLatin1(
                       QCryptographicHash::hash(item.part.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        appendLine(out, QStringLiteral("UID:%1-%2%3@custodian").arg(item.kind, item.uuid, part));
        appendLine(out, QStringLiteral("DTSTAMP:") + icsUtc(stamp));
        // A calendar takes a changed event only with a higher sequence (RFC 5545 3.8.7.4); the
        // register keeps no count of exports, so the minute of the export is the sequence: each
        // newer export wins over the one before.
        appendLine(out, QStringLiteral("SEQUENCE:%1").arg(icsSequence(stamp)));
        appendLine(out, QStringLiteral("SUMMARY:") + icsText(item.title));
        QString description;
        if (item.isBreach()) {
            appendLine(out, QStringLiteral("DTSTART:") + icsUtc(item.moment));
            appendLine(out, QStringLiteral("DTEND:") + icsUtc(item.moment.addSecs(30 * 60)));
            description = tr("Deadline: %1").arg(QLocale().toString(item.moment.toLocalTime(), QLocale::LongFormat));
        } else {
            appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + icsDay(item.actBy));
            appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + icsDay(item.actBy.addDays(1)));
            description = tr("Act by %1. Statutory deadline %2. Internal target %3.")
                              .arg(QLocale().toString(item.actBy, QLocale::LongFormat),
                                   QLocale().toString(item.due, QLocale::LongFormat),
                                   QLocale().toString(item.target, QLocale::LongFormat));
        }
        appendLine(out, QStringLiteral("DESCRIPTION:") + icsText(description));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("BEGIN:VALARM"));
        appendLine(out, QStringLiteral("ACTION:DISPLAY"));
        appendLine(out, QStringLiteral("DESCRIPTION:") + icsText(item.title));
        if (item.isBreach())
            appendLine(out, QStringLiteral("TRIGGER:-PT12H"));
        else // nine in the morning, local time, of the internal target
            appendLine(out, QStringLiteral("TRIGGER;VALUE=DATE-TIME:") + icsUtc(QDateTime(item.target, QTime(9, 0))));
        appendLine(out, QStringLiteral("END:VALARM"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

Status DueList::writeIcs(const QList<DueItem> &items, const QString &path, const QDateTime &stamp)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toIcs(items, stamp)) < 0 || !file.commit())
        return Status::error(Status::Code::IoError, tr("%1 could not be written: %2").arg(path, file.errorString()));
    return Status::ok();
}

} // namespace Custodian::Register
