#include "RequestService.h"

#include "clocks/Deadlines.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "register/CaseNumbers.h"
#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "storage/Store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Custodian::Register {

using Domain::RequestCase;

namespace {

const QString closedStatuses = QStringLiteral("'answered', 'refused', 'withdrawn'");

} // namespace

RequestService::RequestService(Storage::Store &store, QObject *parent) : EntityService<RequestCase>(store, parent) {}

Status RequestService::select(const QString &where, const QVariantList &binds, QList<RequestCase> *cases) const
{
    EntityTable::Filter filter;
    filter.ids = QStringLiteral("SELECT id FROM request_case") +
                 (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    filter.binds = binds;
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, cases);
    if (!status)
        return status;
    // Most urgent first; the number breaks ties (and orders cases without a date).
    std::stable_sort(cases->begin(), cases->end(), [](const RequestCase &a, const RequestCase &b) {
        if (a.actBy != b.actBy) {
            if (!a.actBy.isValid() || !b.actBy.isValid())
                return a.actBy.isValid();
            return a.actBy < b.actBy;
        }
        return a.number < b.number;
    });
    return Status::ok();
}

Status RequestService::prepareNew(Domain::RequestCase *request) const
{
    Domain::Organisation organisation;
    const Status status = OrganisationService(m_store).load(&organisation);
    if (status)
        request->awbDecision = organisation.publicBody;
    return status;
}

Status RequestService::listByStatus(const QStringList &statuses, QList<RequestCase> *cases) const
{
    if (statuses.isEmpty())
        return select(QString(), {}, cases);
    QStringList marks;
    QVariantList binds;
    for (const QString &status : statuses) {
        marks << QStringLiteral("?");
        binds << status;
    }
    return select(QStringLiteral("status IN (%1)").arg(marks.join(QLatin1String(", "))), binds, cases);
}

Status RequestService::listOpen(QList<RequestCase> *cases) const
{
    return select(openCondition(), {}, cases);
}

QString RequestService::openCondition(const QString &alias)
{
    QStringList open;
    for (const QString &code : Domain::Codes::codes(Domain::Codes::Kind::RequestStatus)) {
        if (!RequestCase::isClosedStatus(code))
            open << QLatin1Char('\'') + code + QLatin1Char('\'');
    }
    return (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) +
           QStringLiteral("status IN (%1)").arg(open.join(QLatin1String(", ")));
}

Status RequestService::listItems(bool includeClosed, QList<RequestListItem> *items) const
{
    return selectItems(includeClosed ? QString() : openCondition(), {}, items);
}

Status RequestService::listItem(const QString &uuid, std::optional<RequestListItem> *item) const
{
    QList<RequestListItem> items;
    const Status status = selectItems(QStringLiteral("uuid = ?"), {uuid}, &items);
    if (status && !items.isEmpty())
        *item = items.constFirst();
    else
        item->reset();
    return status;
}

Status RequestService::selectItems(const QString &where, const QVariantList &binds, QList<RequestListItem> *items) const
{
    items->clear();
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT id, uuid, number, status, requester_name, requester_contact, "
                           "representative_name, received_on, due_on, act_by, response_on, closed_on, "
                           "purged_on, CASE WHEN awb_decision = 1 AND objection_received_on IS NOT NULL AND "
                           "objection_decided_on IS NULL AND objection_outcome IN ('', 'pending') "
                           "THEN 1 ELSE 0 END FROM request_case") +
                condition,
            binds))
        return EntityTable::readError(query);
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), items->size());
        RequestListItem &item = items->emplaceBack();
        item.uuid = query.value(1).toString();
        item.number = query.value(2).toString();
        item.status = query.value(3).toString();
        item.requesterName = query.value(4).toString();
        item.requesterContact = query.value(5).toString();
        item.representativeName = query.value(6).toString();
        item.receivedOn = Domain::IsoTime::daySql(query.value(7));
        item.dueOn = Domain::IsoTime::daySql(query.value(8));
        item.actBy = Domain::IsoTime::daySql(query.value(9));
        item.responseOn = Domain::IsoTime::daySql(query.value(10));
        item.closedOn = Domain::IsoTime::daySql(query.value(11));
        item.purged = !query.value(12).isNull();
        item.objectionPending = query.value(13).toInt() == 1;
    }
    if (items->isEmpty())
        return Status::ok();
    // The rights, each case's in its order; the cases' ids come from the same condition.
    const QString rights = where.isEmpty()
                               ? QStringLiteral("SELECT request_id, request_right FROM request_right ORDER BY "
                                                "request_id, position")
                               : QStringLiteral("SELECT request_id, request_right FROM request_right WHERE request_id "
                                                "IN (SELECT id FROM request_case%1) ORDER BY request_id, position")
                                     .arg(condition);
    if (!EntityTable::run(query, rights, binds))
        return EntityTable::readError(query);
    while (query.next()) {
        const qsizetype at = index.value(query.value(0).toLongLong(), -1);
        if (at >= 0)
            (*items)[at].rights.append(query.value(1).toString());
    }
    return Status::ok();
}

Status RequestService::listForCheck(QDate since, QList<RequestCase> *cases) const
{
    return select(QStringLiteral("purged_on IS NULL AND (closed_on IS NULL OR closed_on >= ?)"),
                  {Domain::IsoTime::day(since)}, cases);
}

Status RequestService::findByRequester(const QString &text, QList<RequestCase> *cases) const
{
    cases->clear();
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return Status::ok();
    // Compared here rather than in SQL: SQLite's lower() folds ASCII only, and "Öz" must find
    // "Özdemir" on either store.
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT id, requester_name, requester_contact, representative_name "
                                                "FROM request_case WHERE purged_on IS NULL")))
        return EntityTable::readError(query);
    QVariantList ids;
    while (query.next()) {
        for (int column = 1; column <= 3; ++column) {
            if (query.value(column).toString().contains(needle, Qt::CaseInsensitive)) {
                ids << query.value(0);
                break;
            }
        }
    }
    if (ids.isEmpty())
        return Status::ok();
    // SQLite takes at most 999 values in one statement: a search that matches many cases reads
    // every case and keeps the matching ones.
    constexpr qsizetype MaximumBound = 500;
    if (ids.size() <= MaximumBound) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), ids.size());
        return select(QStringLiteral("id IN (%1)").arg(marks.join(QLatin1String(", "))), ids, cases);
    }
    QList<RequestCase> all;
    const Status status = select(QStringLiteral("purged_on IS NULL"), {}, &all);
    if (!status)
        return status;
    QSet<QString> matching;
    for (const RequestCase &request : std::as_const(all)) {
        for (const QString *field : {&request.requesterName, &request.requesterContact, &request.representativeName}) {
            if (field->contains(needle, Qt::CaseInsensitive)) {
                matching.insert(request.uuid);
                break;
            }
        }
    }
    for (const RequestCase &request : std::as_const(all)) {
        if (matching.contains(request.uuid))
            cases->append(request);
    }
    return Status::ok();
}

void RequestService::normalise(RequestCase &next) const
{
    if (next.status == QLatin1String("extended"))
        next.extended = true;
    if (!next.isClosed())
        next.closedOn = QDate();
    // The personal data of a case is the minimum needed: no representative without one.
    if (next.requesterRole != QLatin1String("representative")) {
        next.representativeName.clear();
        next.mandate.clear();
        next.mandateCheckedOn = QDate();
    }
}

void RequestService::prepare(RequestCase &next, const RequestCase &previous)
{
    if (!previous.uuid.isEmpty())
        next.number = previous.number;
    else
        next.number.clear();
    if (!m_purging)
        next.purgedOn = previous.purgedOn; // only purge() sets it
    if (next.isPurged())
        next.clearPersonalData();
    const QDate today = m_store.now().toLocalTime().date();
    if (next.isClosed() && !next.closedOn.isValid())
        next.closedOn = next.responseOn.isValid() ? next.responseOn : today;
}

Status RequestService::allocate(QSqlDatabase &db, RequestCase &next, const RequestCase &previous)
{
    // A case that was closed keeps the dates it was answered against (the statistics); the others
    // are counted with the register's calendar and margin as they are now.
    if (previous.isClosed() && next.isClosed() && previous.receivedOn == next.receivedOn &&
        previous.extended == next.extended) {
        next.dueOn = previous.dueOn;
        next.actBy = previous.actBy;
        next.targetOn = previous.targetOn;
        next.noticeDueOn = previous.noticeDueOn;
    } else {
        RegisterSettingsService settingsService(m_store);
        Domain::RegisterSettings settings;
        Status status = settingsService.load(&settings);
        if (!status)
            return status;
        const std::optional<Clocks::HolidayCalendar> calendar = RegisterSettingsService::calendar(settings, &status);
        if (!calendar)
            return status;
        next.setDeadlines(*calendar, settings.internalMarginWorkingDays);
    }
    if (!previous.uuid.isEmpty())
        return Status::ok();
    return CaseNumbers::next(db, QStringLiteral("R"), next.receivedOn.year(), QStringLiteral("request_case"),
                             &next.number);
}

Status RequestService::purge(const QString &uuid)
{
    QSqlDatabase &db = m_store.connection();
    const QString failure = tr("The requester's details could not be erased. Nothing was changed.");
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    RequestCase item;
    qint64 id = 0;
    Status status = loadLocked(uuid, &item, &id);
    if (status && !item.isClosed())
        status = refused(tr("Only a closed case can be purged: answer, refuse or withdraw it first."));
    if (status && !item.isPurged()) {
        item.clearPersonalData();
        item.purgedOn = m_store.now().toLocalTime().date();
        bool written = false;
        Domain::Findings findings;
        m_purging = true;
        status = store(item, AuditLog::Action::Update, &findings, &written);
        m_purging = false;
        if (status)
            status = AuditLog::erasePersonalData(m_store, Domain::EntityKinds::code(m_kind), uuid);
    }
    // The case's letters hold the requester's details: they go with them (also any that reached a
    // case purged before).
    QSqlQuery letters(db);
    if (status && !EntityTable::run(letters, QStringLiteral("DELETE FROM letter WHERE request_id = ?"), {id}))
        status = failed(failure, letters.lastError().text());
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return failed(failure, detail);
    }
    announce(uuid);
    return Status::ok();
}

Status RequestService::purgeDue(QDate today, int months, int *purged)
{
    *purged = 0;
    const QDate before = today.addMonths(-months);
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT uuid FROM request_case WHERE purged_on IS NULL AND closed_on IS NOT "
                                         "NULL AND closed_on <= ? AND status IN (%1) ORDER BY closed_on")
                              .arg(closedStatuses),
                          {Domain::IsoTime::day(before)}))
        return EntityTable::readError(query);
    QStringList uuids;
    while (query.next())
        uuids << query.value(0).toString();
    query.finish();
    for (const QString &uuid : std::as_const(uuids)) {
        const Status status = purge(uuid);
        if (!status)
            return status;
        ++*purged;
    }
    return Status::ok();
}

Status RequestService::recountDeadlines(Storage::Store &store, const Clocks::HolidayCalendar &calendar,
                                        int marginWorkingDays, int *changed)
{
    *changed = 0;
    QSqlDatabase &db = store.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT id, received_on, extended, due_on, act_by, target_on, "
                                                "notice_due_on FROM request_case WHERE ") +
                                     openCondition()))
        return EntityTable::readError(query);
    QList<QVariantList> updates;
    while (query.next()) {
        RequestCase item;
        item.receivedOn = Domain::IsoTime::daySql(query.value(1));
        item.extended = query.value(2).toInt() != 0;
        if (!item.receivedOn.isValid())
            continue;
        item.setDeadlines(calendar, marginWorkingDays);
        const QVariantList dates = {Domain::IsoTime::daySql(item.dueOn), Domain::IsoTime::daySql(item.actBy),
                                    Domain::IsoTime::daySql(item.targetOn), Domain::IsoTime::daySql(item.noticeDueOn)};
        bool same = true;
        for (int i = 0; i < 4; ++i)
            same = same && dates.at(i).toString() == query.value(3 + i).toString();
        if (!same)
            updates.append(dates + QVariantList{query.value(0)});
    }
    query.finish();
    QString detail;
    if (!EntityTable::runRows(db,
                              QStringLiteral("UPDATE request_case SET due_on = ?, act_by = ?, target_on = ?, "
                                             "notice_due_on = ? WHERE id = ?"),
                              updates, &detail))
        return Status::error(Status::Code::DatabaseError,
                             tr("The deadlines of the requests could not be counted again."), detail);
    *changed = int(updates.size());
    return Status::ok();
}

} // namespace Custodian::Register
