#include "EntityServices.h"

#include "clocks/Deadlines.h"
#include "clocks/HolidayCalendar.h"
#include "domain/Codes.h"
#include "register/AuditLog.h"
#include "register/RegisterSettingsService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>
#include <vector>

namespace Custodian::Register {

using Domain::Agreement;
using Domain::AttachmentInfo;
using Domain::ClauseCheck;
using Domain::Codes;
using Domain::DataCategory;
using Domain::Finding;
using Domain::Findings;
using Domain::Party;
using Domain::ProcessingActivity;
using Domain::ProcessorActivity;
using Domain::Recipient;
using Domain::RetentionRule;
using Domain::SecurityMeasure;
using Domain::SubprocessorNotice;
using Domain::Transfer;

namespace {

// Messages shared by several services.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::EntityServices)
};

// ---------------------------------------------------------------------------------------------
// Values

// The text columns are NOT NULL: an empty field is stored as '' (a null QString would bind as NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Calendar dates are YYYY-MM-DD text, NULL when not set. A QVariant holding an invalid QDate is not
// null in Qt 6, so it is never bound directly.
QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toMoment(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Position of each code of a kind in Codes order, built once for every kind (list() sorts thousands
// of lists; a function-local static is also safe when services run on several threads).
const QHash<QString, int> &codeOrder(Codes::Kind kind)
{
    static const QHash<int, QHash<QString, int>> orders = [] {
        QHash<int, QHash<QString, int>> all;
        for (int k = int(Codes::Kind::LawfulBasis); k <= int(Codes::Kind::EndOfContract); ++k) {
            const QStringList codes = Codes::codes(Codes::Kind(k));
            QHash<QString, int> order;
            for (int i = 0; i < codes.size(); ++i)
                order.insert(codes.at(i), i);
            all.insert(k, order);
        }
        return all;
    }();
    static const QHash<QString, int> none;
    const auto it = orders.constFind(int(kind));
    return it == orders.cend() ? none : it.value();
}

// Lists stored without a position (lawful bases, roles, criteria) are kept in Codes order, once each.
QStringList normalisedCodes(const QStringList &codes, Codes::Kind kind)
{
    if (codes.size() == 1 && codes.constFirst() == codes.constFirst().trimmed())
        return codes;
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!result.contains(trimmed))
            result.append(trimmed);
    }
    const QHash<QString, int> &order = codeOrder(kind);
    std::stable_sort(result.begin(), result.end(), [&order](const QString &a, const QString &b) {
        return order.value(a, 1000) < order.value(b, 1000);
    });
    return result;
}

// Links stored in tables without a position (measures, agreements): deduplicated, in uuid order, so
// a save and a load give the same list.
QStringList normalisedLinks(const QStringList &uuids)
{
    QStringList result;
    for (const QString &uuid : uuids) {
        const QString trimmed = uuid.trimmed();
        if (!result.contains(trimmed))
            result.append(trimmed);
    }
    std::sort(result.begin(), result.end());
    return result;
}

// {"field": {"old", "new"}} for every top-level member of toJson() that differs; uuid and the
// timestamps are bookkeeping, not changes.
QJsonObject diff(const QJsonObject &before, const QJsonObject &after)
{
    static const QSet<QString> ignored = {QStringLiteral("uuid"), QStringLiteral("createdAt"),
                                          QStringLiteral("updatedAt")};
    QJsonObject changes;
    QStringList keys = after.keys();
    for (const QString &key : before.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (ignored.contains(key))
            continue;
        const QJsonValue oldValue = before.value(key);
        const QJsonValue newValue = after.value(key);
        if (oldValue != newValue)
            changes.insert(key, QJsonObject{{QStringLiteral("old"), oldValue.isUndefined() ? QJsonValue() : oldValue},
                                            {QStringLiteral("new"), newValue.isUndefined() ? QJsonValue() : newValue}});
    }
    return changes;
}

// A deleted item's audit entry keeps everything it was: every member of toJson() as old, new null.
QJsonObject deletionChanges(const QJsonObject &before)
{
    QJsonObject changes;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        changes.insert(it.key(),
                       QJsonObject{{QStringLiteral("old"), it.value()}, {QStringLiteral("new"), QJsonValue()}});
    return changes;
}

// Assigns uuid and timestamps to next (a create, or an update of previous) and returns the changes.
template<typename Entity> QJsonObject stamp(Entity &next, const Entity &previous, bool create)
{
    const QDateTime now = QDateTime::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), Qt::ISODate);
    if (create) {
        next.uuid = newUuid();
        next.createdAt = now;
        next.updatedAt = now;
        return diff(Entity().toJson(), next.toJson());
    }
    next.uuid = previous.uuid;
    next.createdAt = previous.createdAt;
    next.updatedAt = previous.updatedAt;
    const QJsonObject changes = diff(previous.toJson(), next.toJson());
    if (!changes.isEmpty())
        next.updatedAt = now;
    return changes;
}

QString momentText(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

// ---------------------------------------------------------------------------------------------
// SQL

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

// Runs an already prepared statement again with new values.
bool rerun(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

Status readError(const QSqlQuery &query)
{
    return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."),
                         query.lastError().text());
}

// Which rows a bulk read covers: every row, or those whose id a subquery selects.
struct Filter
{
    QString ids; // SQL selecting row ids (only text from this file, values bound); empty = every row
    QVariantList binds;

    static Filter all() { return {}; }
    static Filter byUuid(const QString &table, const QString &uuid)
    {
        return {QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}};
    }
    // " WHERE column IN (...)", or " AND column IN (...)" after an existing WHERE.
    QString clause(const QString &column, bool hasWhere = false) const
    {
        if (ids.isEmpty())
            return QString();
        return (hasWhere ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ")) + column + QStringLiteral(" IN (") +
               ids + QStringLiteral(")");
    }
};

bool select(QSqlQuery &query, const QString &sql, const Filter &filter)
{
    query.setForwardOnly(true);
    return run(query, sql, filter.binds);
}

// Sorts a list read in row-id order by name, ignoring case; equal names keep row-id order. Sorting
// here rather than with ORDER BY spares SQLite a sort of whole rows, which cost more than this.
template<typename T> void sortByName(QList<T> *items, QString T::*name)
{
    const QList<T> &list = *items;
    QList<qsizetype> order(list.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&list, name](qsizetype a, qsizetype b) {
        return QString::compare(list.at(a).*name, list.at(b).*name, Qt::CaseInsensitive) < 0;
    });
    QList<T> sorted;
    sorted.reserve(list.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(std::move((*items)[i]));
    *items = std::move(sorted);
}

// Reads one child table in a single query and hands each row to its owner through the id index.
// Column 0 is the owner's id; for positioned lists column 1 is the position and orderBy names the
// owner and position columns. The services write an item's child rows in position order, so row-id
// order is normally position order and no ORDER BY (a sort of every row) is needed; should a position
// come out of order, the lists are cleared and read again in explicit order.
template<typename Owner, typename Value>
Status readChildren(QSqlDatabase &db, const QString &sql, const Filter &filter, const QString &ownerColumn,
                    const QString &orderBy, const QHash<qint64, qsizetype> &index, QList<Owner> *owners,
                    const std::function<Value(const QSqlQuery &)> &read,
                    const std::function<void(Owner &, Value &&)> &place, const std::function<void(Owner &)> &reset = {})
{
    const bool positioned = !orderBy.isEmpty();
    const QString condition = filter.clause(ownerColumn, sql.contains(QLatin1String(" WHERE ")));
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(db);
        const QString order = attempt == 0 ? QString() : QStringLiteral(" ORDER BY ") + orderBy;
        if (!select(query, sql + condition + order, filter))
            return readError(query);
        std::vector<int> last(positioned ? size_t(owners->size()) : 0, std::numeric_limits<int>::min());
        bool ordered = true;
        while (query.next()) {
            const qsizetype at = index.value(query.value(0).toLongLong(), -1);
            if (at < 0)
                continue;
            if (positioned && attempt == 0) {
                const int position = query.value(1).toInt();
                if (position < last[size_t(at)]) {
                    ordered = false;
                    break;
                }
                last[size_t(at)] = position;
            }
            place((*owners)[at], read(query));
        }
        if (ordered)
            return Status::ok();
        for (Owner &owner : *owners)
            reset(owner);
    }
    return Status::ok();
}

// The row id of a uuid in table: 0 when there is none, -1 on a database error.
qint64 rowId(QSqlDatabase &db, const QString &table, const QString &uuid)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid}))
        return -1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Maps linked uuids to row ids. Unknown uuids are collected, not an error here: they are the
// caller's input error.
bool resolve(QSqlDatabase &db, const QString &table, const QStringList &uuids, QHash<QString, qint64> *ids,
             QStringList *unknown, QString *detail)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table))) {
        *detail = query.lastError().text();
        return false;
    }
    for (const QString &uuid : uuids) {
        if (uuid.isEmpty() || ids->contains(uuid))
            continue;
        if (!rerun(query, {uuid})) {
            *detail = query.lastError().text();
            return false;
        }
        if (query.next())
            ids->insert(uuid, query.value(0).toLongLong());
        else if (!unknown->contains(uuid))
            unknown->append(uuid);
        query.finish();
    }
    return true;
}

// Inserts or updates one main row. columns/values exclude uuid and the timestamps.
bool writeRow(QSqlQuery &query, const QString &table, const QStringList &columns, const QVariantList &values,
              bool create, const QString &uuid, const QDateTime &createdAt, const QDateTime &updatedAt, qint64 *id)
{
    if (create) {
        const QString sql =
            QStringLiteral("INSERT INTO %1 (uuid, created_at, updated_at, %2) VALUES (?, ?, ?%3)")
                .arg(table, columns.join(QLatin1String(", ")), QStringLiteral(", ?").repeated(columns.size()));
        if (!run(query, sql, QVariantList{uuid, momentText(createdAt), momentText(updatedAt)} + values))
            return false;
        *id = query.lastInsertId().toLongLong();
        return *id > 0;
    }
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    const QString sql = QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?")
                            .arg(table, assignments.join(QLatin1String(", ")));
    return run(query, sql, values + QVariantList{momentText(updatedAt), *id});
}

// Replaces an item's child rows: deletes them all, then inserts rows (each row's values in the
// order of insertSql's placeholders). Rows go in in position order, which list() relies on.
bool replaceChildren(QSqlDatabase &db, const QString &deleteSql, qint64 ownerId, const QString &insertSql,
                     const QList<QVariantList> &rows, QString *detail)
{
    QSqlQuery query(db);
    if (!run(query, deleteSql, {ownerId})) {
        *detail = query.lastError().text();
        return false;
    }
    if (rows.isEmpty())
        return true;
    if (!query.prepare(insertSql)) {
        *detail = query.lastError().text();
        return false;
    }
    for (const QVariantList &row : rows) {
        if (!rerun(query, row)) {
            *detail = query.lastError().text();
            return false;
        }
    }
    return true;
}

// One transaction: write() puts the rows, then the audit entry goes in, then commit. On any
// failure everything is rolled back and the failure message comes back.
Status transact(QSqlDatabase &db, const QString &failure, const std::function<bool(QString *)> &write,
                const QString &entity, const QString &uuid, AuditLog::Action action, const QJsonObject &changes)
{
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, failure, db.lastError().text());
    QString detail;
    bool ok = write(&detail);
    if (ok) {
        const Status status = AuditLog::append(db, entity, uuid, action, changes);
        ok = status.isOk();
        if (!ok)
            detail = status.detail();
    }
    if (ok && !db.commit()) {
        ok = false;
        detail = db.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return Status::error(Status::Code::DatabaseError, failure, detail);
    }
    return Status::ok();
}

Status refused(const QString &message, const QString &detail = QString())
{
    return Status::error(Status::Code::InvalidInput, message, detail);
}

// Something that may still refer to an item: a query selecting the referrers' names (every ? is
// bound to the item's id) and how to name one of them.
struct Reference
{
    QString sql;
    std::function<QString(const QString &)> describe;
};

// The referrers of row id, described ("the processing activity "Payroll""), at most a few.
bool referrers(QSqlDatabase &db, qint64 id, const QList<Reference> &references, QStringList *found, int *total,
               QString *detail)
{
    *total = 0;
    for (const Reference &reference : references) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QVariantList binds;
        for (qsizetype i = 0; i < reference.sql.count(QLatin1Char('?')); ++i)
            binds.append(id);
        if (!run(query, reference.sql, binds)) {
            *detail = query.lastError().text();
            return false;
        }
        while (query.next()) {
            ++*total;
            if (found->size() < 3)
                found->append(reference.describe(query.value(0).toString()));
        }
    }
    return true;
}

// "X cannot be deleted: the processing activity "A", the agreement "B" and 2 more still refer to it..."
Status refuseRemoval(const QString &item, const QStringList &found, int total)
{
    QString list = found.join(QLatin1String(", "));
    if (total > found.size())
        list = Tr::tr("%1 and %n more", nullptr, int(total - found.size())).arg(list);
    return Status::error(Status::Code::InvalidInput,
                         Tr::tr("%1 cannot be deleted because %2 still refers to it. Retire it instead, or remove "
                                "those references first.")
                             .arg(item, list));
}

// Deletes row id of table (child rows go with it through ON DELETE CASCADE) with its audit entry.
Status removeRow(QSqlDatabase &db, const QString &table, qint64 id, const QString &entity, const QString &uuid,
                 const QJsonObject &before, const QString &failure)
{
    return transact(
        db, failure,
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id})) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        entity, uuid, AuditLog::Action::Delete, deletionChanges(before));
}

QString quoted(const QString &name)
{
    return QStringLiteral("\"%1\"").arg(name);
}

// The referrer descriptions used by the remove() checks.
QString activityReferrer(const QString &name)
{
    return Tr::tr("the processing activity %1").arg(quoted(name));
}
QString processorActivityReferrer(const QString &name)
{
    return Tr::tr("the processing for a controller %1").arg(quoted(name));
}
QString agreementReferrer(const QString &name)
{
    return Tr::tr("the agreement %1").arg(quoted(name));
}

// Sets *findings (when given) and returns the refusal for unknown linked uuids.
Status unknownLinks(const QStringList &unknown, const QString &field, const QString &message, Findings *all,
                    Findings *findingsOut)
{
    all->append({field, Finding::Severity::Error, message});
    if (findingsOut)
        *findingsOut = *all;
    return refused(message, unknown.join(QLatin1String(", ")));
}

// Loads the register's holiday calendar for the objection deadlines; the Dutch one when the
// settings cannot be read.
Clocks::HolidayCalendar registerCalendar(Storage::Database &database)
{
    RegisterSettingsService settings(database);
    if (std::optional<Clocks::HolidayCalendar> calendar = settings.calendar())
        return *calendar;
    if (std::optional<Clocks::HolidayCalendar> dutch = Clocks::HolidayCalendar::load(QStringLiteral("NL")))
        return *dutch;
    return Clocks::HolidayCalendar();
}

// ---------------------------------------------------------------------------------------------
// Transfers, shared by both kinds of activity.

const QString transferColumns =
    QStringLiteral("t.country, tp.uuid, t.mechanism, t.scc_module, t.tia_reference, t.dpf_checked_on, t.safeguards");

Transfer readTransfer(const QSqlQuery &query, int offset)
{
    Transfer transfer;
    transfer.country = query.value(offset).toString();
    transfer.partyUuid = query.value(offset + 1).toString();
    transfer.mechanism = query.value(offset + 2).toString();
    transfer.sccModule = query.value(offset + 3).toString();
    transfer.tiaReference = query.value(offset + 4).toString();
    transfer.dpfCheckedOn = toDate(query.value(offset + 5));
    transfer.safeguards = query.value(offset + 6).toString();
    return transfer;
}

Transfer normalisedTransfer(Transfer transfer)
{
    transfer.country = transfer.country.trimmed();
    transfer.partyUuid = transfer.partyUuid.trimmed();
    transfer.mechanism = transfer.mechanism.trimmed();
    transfer.sccModule = transfer.sccModule.trimmed();
    transfer.tiaReference = transfer.tiaReference.trimmed();
    transfer.safeguards = transfer.safeguards.trimmed();
    return transfer;
}

QList<QVariantList> transferRows(qint64 ownerId, const QList<Transfer> &transfers,
                                 const QHash<QString, qint64> &parties)
{
    QList<QVariantList> rows;
    for (int i = 0; i < transfers.size(); ++i) {
        const Transfer &t = transfers.at(i);
        rows.append({ownerId, i, text(t.country), idOrNull(parties.value(t.partyUuid)), text(t.mechanism),
                     text(t.sccModule), text(t.tiaReference), dateValue(t.dpfCheckedOn), text(t.safeguards)});
    }
    return rows;
}

// ---------------------------------------------------------------------------------------------
// Parties

const QStringList partyColumns = {
    QStringLiteral("name"),          QStringLiteral("country"),       QStringLiteral("contact_name"),
    QStringLiteral("contact_email"), QStringLiteral("contact_phone"), QStringLiteral("dpo_name"),
    QStringLiteral("dpo_contact"),   QStringLiteral("notes"),         QStringLiteral("retired")};

QVariantList partyValues(const Party &p)
{
    return {text(p.name),    text(p.country),    text(p.contactName), text(p.contactEmail), text(p.contactPhone),
            text(p.dpoName), text(p.dpoContact), text(p.notes),       p.retired ? 1 : 0};
}

Status fetchParties(QSqlDatabase &db, const Filter &filter, QList<Party> *parties)
{
    parties->clear();
    QHash<qint64, qsizetype> index;
    QSqlQuery query(db);
    if (!select(query,
                QStringLiteral("SELECT id, uuid, created_at, updated_at, ") + partyColumns.join(QLatin1String(", ")) +
                    QStringLiteral(" FROM party") + filter.clause(QStringLiteral("id")),
                filter))
        return readError(query);
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), parties->size());
        Party &p = parties->emplaceBack();
        p.uuid = query.value(1).toString();
        p.createdAt = toMoment(query.value(2));
        p.updatedAt = toMoment(query.value(3));
        p.name = query.value(4).toString();
        p.country = query.value(5).toString();
        p.contactName = query.value(6).toString();
        p.contactEmail = query.value(7).toString();
        p.contactPhone = query.value(8).toString();
        p.dpoName = query.value(9).toString();
        p.dpoContact = query.value(10).toString();
        p.notes = query.value(11).toString();
        p.retired = query.value(12).toInt() != 0;
    }
    QSqlQuery roles(db);
    if (!select(roles,
                QStringLiteral("SELECT party_id, role FROM party_role") + filter.clause(QStringLiteral("party_id")),
                filter))
        return readError(roles);
    while (roles.next()) {
        const qsizetype at = index.value(roles.value(0).toLongLong(), -1);
        if (at >= 0)
            (*parties)[at].roles.append(roles.value(1).toString());
    }
    for (Party &p : *parties) {
        if (p.roles.size() > 1)
            p.roles = normalisedCodes(p.roles, Codes::Kind::PartyRole);
    }
    sortByName(parties, &Party::name);
    return Status::ok();
}

Party normalisedParty(Party p)
{
    for (QString *value :
         {&p.name, &p.country, &p.contactName, &p.contactEmail, &p.contactPhone, &p.dpoName, &p.dpoContact, &p.notes})
        *value = value->trimmed();
    p.country = p.country.toUpper();
    p.roles = normalisedCodes(p.roles, Codes::Kind::PartyRole);
    return p;
}

// ---------------------------------------------------------------------------------------------
// Security measures

const QStringList measureColumns = {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("kind"),
                                    QStringLiteral("retired")};

Status fetchMeasures(QSqlDatabase &db, const Filter &filter, QList<SecurityMeasure> *measures)
{
    measures->clear();
    QSqlQuery query(db);
    if (!select(query,
                QStringLiteral("SELECT uuid, created_at, updated_at, ") + measureColumns.join(QLatin1String(", ")) +
                    QStringLiteral(" FROM security_measure") + filter.clause(QStringLiteral("id")),
                filter))
        return readError(query);
    while (query.next()) {
        SecurityMeasure &m = measures->emplaceBack();
        m.uuid = query.value(0).toString();
        m.createdAt = toMoment(query.value(1));
        m.updatedAt = toMoment(query.value(2));
        m.title = query.value(3).toString();
        m.description = query.value(4).toString();
        m.kind = query.value(5).toString();
        m.retired = query.value(6).toInt() != 0;
    }
    sortByName(measures, &SecurityMeasure::title);
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// Retention rules

const QStringList ruleColumns = {
    QStringLiteral("seed_key"),          QStringLiteral("name"),         QStringLiteral("period_count"),
    QStringLiteral("period_unit"),       QStringLiteral("trigger_text"), QStringLiteral("basis_type"),
    QStringLiteral("legal_source"),      QStringLiteral("notes"),        QStringLiteral("legal_hold"),
    QStringLiteral("legal_hold_reason"), QStringLiteral("retired")};

QVariantList ruleValues(const RetentionRule &r)
{
    return {r.seedKey.isEmpty() ? QVariant() : QVariant(r.seedKey), // UNIQUE: NULL for the organisation's own
            text(r.name),
            r.periodCount > 0 ? QVariant(r.periodCount) : QVariant(),
            text(r.periodUnit),
            text(r.trigger),
            text(r.basisType),
            text(r.legalSource),
            text(r.notes),
            r.legalHold ? 1 : 0,
            text(r.legalHoldReason),
            r.retired ? 1 : 0};
}

Status fetchRules(QSqlDatabase &db, const Filter &filter, QList<RetentionRule> *rules)
{
    rules->clear();
    QSqlQuery query(db);
    if (!select(query,
                QStringLiteral("SELECT uuid, created_at, updated_at, ") + ruleColumns.join(QLatin1String(", ")) +
                    QStringLiteral(" FROM retention_rule") + filter.clause(QStringLiteral("id")),
                filter))
        return readError(query);
    while (query.next()) {
        RetentionRule &r = rules->emplaceBack();
        r.uuid = query.value(0).toString();
        r.createdAt = toMoment(query.value(1));
        r.updatedAt = toMoment(query.value(2));
        r.seedKey = query.value(3).toString();
        r.name = query.value(4).toString();
        r.periodCount = query.value(5).isNull() ? 0 : query.value(5).toInt();
        r.periodUnit = query.value(6).toString();
        r.trigger = query.value(7).toString();
        r.basisType = query.value(8).toString();
        r.legalSource = query.value(9).toString();
        r.notes = query.value(10).toString();
        r.legalHold = query.value(11).toInt() != 0;
        r.legalHoldReason = query.value(12).toString();
        r.retired = query.value(13).toInt() != 0;
    }
    sortByName(rules, &RetentionRule::name);
    return Status::ok();
}

RetentionRule normalisedRule(RetentionRule r)
{
    for (QString *value :
         {&r.seedKey, &r.name, &r.periodUnit, &r.trigger, &r.basisType, &r.legalSource, &r.notes, &r.legalHoldReason})
        *value = value->trimmed();
    return r;
}

// ---------------------------------------------------------------------------------------------
// Processing activities (Art. 30(1))

const QStringList activityColumns = {QStringLiteral("name"),
                                     QStringLiteral("purpose"),
                                     QStringLiteral("description"),
                                     QStringLiteral("art9_exception"),
                                     QStringLiteral("art9_national_ground"),
                                     QStringLiteral("lia_reference"),
                                     QStringLiteral("criminal_data"),
                                     QStringLiteral("criminal_data_ground"),
                                     QStringLiteral("bsn"),
                                     QStringLiteral("bsn_ground"),
                                     QStringLiteral("data_source"),
                                     QStringLiteral("systems"),
                                     QStringLiteral("storage_location"),
                                     QStringLiteral("automated_decisions"),
                                     QStringLiteral("profiling"),
                                     QStringLiteral("automated_logic"),
                                     QStringLiteral("dpia_required"),
                                     QStringLiteral("dpia_reasoning"),
                                     QStringLiteral("dpia_status"),
                                     QStringLiteral("dpia_reference"),
                                     QStringLiteral("owner_department"),
                                     QStringLiteral("owner_person"),
                                     QStringLiteral("status"),
                                     QStringLiteral("last_reviewed"),
                                     QStringLiteral("next_review")};

QVariantList activityValues(const ProcessingActivity &a)
{
    return {text(a.name),
            text(a.purpose),
            text(a.description),
            text(a.art9Exception),
            text(a.art9NationalGround),
            text(a.liaReference),
            a.criminalData ? 1 : 0,
            text(a.criminalDataGround),
            a.bsn ? 1 : 0,
            text(a.bsnGround),
            text(a.dataSource),
            text(a.systems),
            text(a.storageLocation),
            a.automatedDecisions ? 1 : 0,
            a.profiling ? 1 : 0,
            text(a.automatedLogic),
            text(a.dpiaRequired),
            text(a.dpiaReasoning),
            text(a.dpiaStatus),
            text(a.dpiaReference),
            text(a.ownerDepartment),
            text(a.ownerPerson),
            text(a.status),
            dateValue(a.lastReviewed),
            dateValue(a.nextReview)};
}

Status fetchActivities(QSqlDatabase &db, const Filter &filter, QList<ProcessingActivity> *activities,
                       bool withChildren = true)
{
    activities->clear();
    QHash<qint64, qsizetype> index;
    QSqlQuery query(db);
    if (!select(query,
                QStringLiteral("SELECT id, uuid, created_at, updated_at, ") +
                    activityColumns.join(QLatin1String(", ")) + QStringLiteral(" FROM activity") +
                    filter.clause(QStringLiteral("id")),
                filter))
        return readError(query);
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), activities->size());
        ProcessingActivity &a = activities->emplaceBack();
        a.uuid = query.value(1).toString();
        a.createdAt = toMoment(query.value(2));
        a.updatedAt = toMoment(query.value(3));
        int c = 4;
        a.name = query.value(c++).toString();
        a.purpose = query.value(c++).toString();
        a.description = query.value(c++).toString();
        a.art9Exception = query.value(c++).toString();
        a.art9NationalGround = query.value(c++).toString();
        a.liaReference = query.value(c++).toString();
        a.criminalData = query.value(c++).toInt() != 0;
        a.criminalDataGround = query.value(c++).toString();
        a.bsn = query.value(c++).toInt() != 0;
        a.bsnGround = query.value(c++).toString();
        a.dataSource = query.value(c++).toString();
        a.systems = query.value(c++).toString();
        a.storageLocation = query.value(c++).toString();
        a.automatedDecisions = query.value(c++).toInt() != 0;
        a.profiling = query.value(c++).toInt() != 0;
        a.automatedLogic = query.value(c++).toString();
        a.dpiaRequired = query.value(c++).toString();
        a.dpiaReasoning = query.value(c++).toString();
        a.dpiaStatus = query.value(c++).toString();
        a.dpiaReference = query.value(c++).toString();
        a.ownerDepartment = query.value(c++).toString();
        a.ownerPerson = query.value(c++).toString();
        a.status = query.value(c++).toString();
        a.lastReviewed = toDate(query.value(c++));
        a.nextReview = toDate(query.value(c++));
    }
    if (activities->isEmpty() || !withChildren)
        return Status::ok();

    using A = ProcessingActivity;
    const QString owner = QStringLiteral("activity_id");
    auto text1 = [](const QSqlQuery &q) { return q.value(1).toString(); };
    Status status = readChildren<A, QString>(db, QStringLiteral("SELECT activity_id, basis FROM activity_lawful_basis"),
                                             filter, owner, QString(), index, activities, text1,
                                             [](A &a, QString &&v) { a.lawfulBases.append(std::move(v)); });
    if (status)
        status = readChildren<A, QString>(
            db, QStringLiteral("SELECT activity_id, criterion FROM activity_dpia_criterion"), filter, owner, QString(),
            index, activities, text1, [](A &a, QString &&v) { a.dpiaCriteria.append(std::move(v)); });
    if (status)
        status = readChildren<A, QString>(
            db, QStringLiteral("SELECT activity_id, position, name FROM activity_subject_category"), filter, owner,
            QStringLiteral("activity_id, position, id"), index, activities,
            [](const QSqlQuery &q) { return q.value(2).toString(); },
            [](A &a, QString &&v) { a.subjectCategories.append(std::move(v)); },
            [](A &a) { a.subjectCategories.clear(); });
    if (status)
        status = readChildren<A, DataCategory>(
            db,
            QStringLiteral("SELECT c.activity_id, c.position, c.name, c.special_category, r.uuid "
                           "FROM activity_data_category c LEFT JOIN retention_rule r ON r.id = c.retention_rule_id"),
            filter, QStringLiteral("c.activity_id"), QStringLiteral("c.activity_id, c.position, c.id"), index,
            activities,
            [](const QSqlQuery &q) {
                return DataCategory{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
            },
            [](A &a, DataCategory &&v) { a.dataCategories.append(std::move(v)); },
            [](A &a) { a.dataCategories.clear(); });
    if (status)
        status = readChildren<A, Recipient>(
            db,
            QStringLiteral("SELECT r.activity_id, r.position, p.uuid, r.kind, r.description "
                           "FROM activity_recipient r LEFT JOIN party p ON p.id = r.party_id"),
            filter, QStringLiteral("r.activity_id"), QStringLiteral("r.activity_id, r.position, r.id"), index,
            activities,
            [](const QSqlQuery &q) {
                return Recipient{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
            },
            [](A &a, Recipient &&v) { a.recipients.append(std::move(v)); }, [](A &a) { a.recipients.clear(); });
    if (status)
        status = readChildren<A, Transfer>(
            db,
            QStringLiteral("SELECT t.activity_id, t.position, ") + transferColumns +
                QStringLiteral(" FROM transfer t LEFT JOIN party tp ON tp.id = t.party_id "
                               "WHERE t.activity_id IS NOT NULL"),
            filter, QStringLiteral("t.activity_id"), QStringLiteral("t.activity_id, t.position, t.id"), index,
            activities, [](const QSqlQuery &q) { return readTransfer(q, 2); },
            [](A &a, Transfer &&v) { a.transfers.append(std::move(v)); }, [](A &a) { a.transfers.clear(); });
    if (status)
        status = readChildren<A, QString>(db,
                                          QStringLiteral("SELECT am.activity_id, m.uuid FROM activity_measure am "
                                                         "JOIN security_measure m ON m.id = am.measure_id"),
                                          filter, QStringLiteral("am.activity_id"), QString(), index, activities, text1,
                                          [](A &a, QString &&v) { a.measureUuids.append(std::move(v)); });
    if (status)
        status = readChildren<A, QString>(db,
                                          QStringLiteral("SELECT aa.activity_id, g.uuid FROM activity_agreement aa "
                                                         "JOIN agreement g ON g.id = aa.agreement_id"),
                                          filter, QStringLiteral("aa.activity_id"), QString(), index, activities, text1,
                                          [](A &a, QString &&v) { a.agreementUuids.append(std::move(v)); });
    if (!status)
        return status;
    for (ProcessingActivity &a : *activities) {
        if (a.lawfulBases.size() > 1)
            a.lawfulBases = normalisedCodes(a.lawfulBases, Codes::Kind::LawfulBasis);
        if (a.dpiaCriteria.size() > 1)
            a.dpiaCriteria = normalisedCodes(a.dpiaCriteria, Codes::Kind::DpiaCriterion);
        std::sort(a.measureUuids.begin(), a.measureUuids.end());
        std::sort(a.agreementUuids.begin(), a.agreementUuids.end());
    }
    sortByName(activities, &ProcessingActivity::name);
    return Status::ok();
}

ProcessingActivity normalisedActivity(ProcessingActivity a)
{
    for (QString *value : {&a.name, &a.purpose, &a.description, &a.art9Exception, &a.art9NationalGround,
                           &a.liaReference, &a.criminalDataGround, &a.bsnGround, &a.dataSource, &a.systems,
                           &a.storageLocation, &a.automatedLogic, &a.dpiaRequired, &a.dpiaReasoning, &a.dpiaStatus,
                           &a.dpiaReference, &a.ownerDepartment, &a.ownerPerson, &a.status})
        *value = value->trimmed();
    a.lawfulBases = normalisedCodes(a.lawfulBases, Codes::Kind::LawfulBasis);
    a.dpiaCriteria = normalisedCodes(a.dpiaCriteria, Codes::Kind::DpiaCriterion);
    for (QString &category : a.subjectCategories)
        category = category.trimmed();
    for (DataCategory &category : a.dataCategories) {
        category.name = category.name.trimmed();
        category.specialCategory = category.specialCategory.trimmed();
        category.retentionRuleUuid = category.retentionRuleUuid.trimmed();
    }
    for (Recipient &recipient : a.recipients) {
        recipient.partyUuid = recipient.partyUuid.trimmed();
        recipient.kind = recipient.kind.trimmed();
        recipient.description = recipient.description.trimmed();
    }
    for (Transfer &transfer : a.transfers)
        transfer = normalisedTransfer(transfer);
    a.measureUuids = normalisedLinks(a.measureUuids);
    a.agreementUuids = normalisedLinks(a.agreementUuids);
    return a;
}

// ---------------------------------------------------------------------------------------------
// Processor activities (Art. 30(2))

const QStringList processorColumns = {QStringLiteral("name"),
                                      QStringLiteral("controller_party_id"),
                                      QStringLiteral("processing_categories"),
                                      QStringLiteral("description"),
                                      QStringLiteral("storage_location"),
                                      QStringLiteral("owner_department"),
                                      QStringLiteral("owner_person"),
                                      QStringLiteral("status"),
                                      QStringLiteral("last_reviewed"),
                                      QStringLiteral("next_review")};

Status fetchProcessorActivities(QSqlDatabase &db, const Filter &filter, QList<ProcessorActivity> *activities)
{
    activities->clear();
    QHash<qint64, qsizetype> index;
    QSqlQuery query(db);
    if (!select(query,
                QStringLiteral("SELECT a.id, a.uuid, a.created_at, a.updated_at, a.name, c.uuid, "
                               "a.processing_categories, a.description, a.storage_location, a.owner_department, "
                               "a.owner_person, a.status, a.last_reviewed, a.next_review FROM processor_activity a "
                               "LEFT JOIN party c ON c.id = a.controller_party_id") +
                    filter.clause(QStringLiteral("a.id")),
                filter))
        return readError(query);
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), activities->size());
        ProcessorActivity &a = activities->emplaceBack();
        a.uuid = query.value(1).toString();
        a.createdAt = toMoment(query.value(2));
        a.updatedAt = toMoment(query.value(3));
        a.name = query.value(4).toString();
        a.controllerUuid = query.value(5).toString();
        a.processingCategories = query.value(6).toString();
        a.description = query.value(7).toString();
        a.storageLocation = query.value(8).toString();
        a.ownerDepartment = query.value(9).toString();
        a.ownerPerson = query.value(10).toString();
        a.status = query.value(11).toString();
        a.lastReviewed = toDate(query.value(12));
        a.nextReview = toDate(query.value(13));
    }
    if (activities->isEmpty())
        return Status::ok();

    using P = ProcessorActivity;
    auto text1 = [](const QSqlQuery &q) { return q.value(1).toString(); };
    Status status = readChildren<P, Transfer>(
        db,
        QStringLiteral("SELECT t.processor_activity_id, t.position, ") + transferColumns +
            QStringLiteral(" FROM transfer t LEFT JOIN party tp ON tp.id = t.party_id "
                           "WHERE t.processor_activity_id IS NOT NULL"),
        filter, QStringLiteral("t.processor_activity_id"), QStringLiteral("t.processor_activity_id, t.position, t.id"),
        index, activities, [](const QSqlQuery &q) { return readTransfer(q, 2); },
        [](P &a, Transfer &&v) { a.transfers.append(std::move(v)); }, [](P &a) { a.transfers.clear(); });
    if (status)
        status = readChildren<P, QString>(
            db,
            QStringLiteral("SELECT pm.processor_activity_id, m.uuid FROM processor_activity_measure pm "
                           "JOIN security_measure m ON m.id = pm.measure_id"),
            filter, QStringLiteral("pm.processor_activity_id"), QString(), index, activities, text1,
            [](P &a, QString &&v) { a.measureUuids.append(std::move(v)); });
    if (status)
        status = readChildren<P, QString>(
            db,
            QStringLiteral("SELECT pa.processor_activity_id, g.uuid FROM processor_activity_agreement pa "
                           "JOIN agreement g ON g.id = pa.agreement_id"),
            filter, QStringLiteral("pa.processor_activity_id"), QString(), index, activities, text1,
            [](P &a, QString &&v) { a.agreementUuids.append(std::move(v)); });
    if (!status)
        return status;
    for (ProcessorActivity &a : *activities) {
        std::sort(a.measureUuids.begin(), a.measureUuids.end());
        std::sort(a.agreementUuids.begin(), a.agreementUuids.end());
    }
    sortByName(activities, &ProcessorActivity::name);
    return Status::ok();
}

ProcessorActivity normalisedProcessorActivity(ProcessorActivity a)
{
    for (QString *value : {&a.name, &a.controllerUuid, &a.processingCategories, &a.description, &a.storageLocation,
                           &a.ownerDepartment, &a.ownerPerson, &a.status})
        *value = value->trimmed();
    for (Transfer &transfer : a.transfers)
        transfer = normalisedTransfer(transfer);
    a.measureUuids = normalisedLinks(a.measureUuids);
    a.agreementUuids = normalisedLinks(a.agreementUuids);
    return a;
}

// ---------------------------------------------------------------------------------------------
// Agreements (Art. 28)

const QStringList agreementColumns = {QStringLiteral("title"),
                                      QStringLiteral("kind"),
                                      QStringLiteral("controller_party_id"),
                                      QStringLiteral("processor_party_id"),
                                      QStringLiteral("parent_agreement_id"),
                                      QStringLiteral("subject_matter"),
                                      QStringLiteral("duration"),
                                      QStringLiteral("nature_purpose"),
                                      QStringLiteral("data_types"),
                                      QStringLiteral("subject_categories"),
                                      QStringLiteral("signed_on"),
                                      QStringLiteral("effective_on"),
                                      QStringLiteral("expires_on"),
                                      QStringLiteral("review_on"),
                                      QStringLiteral("subprocessor_authorisation"),
                                      QStringLiteral("objection_window_days"),
                                      QStringLiteral("audit_evidence"),
                                      QStringLiteral("end_of_contract"),
                                      QStringLiteral("end_of_contract_proof"),
                                      QStringLiteral("status")};

Status fetchAgreements(QSqlDatabase &db, const Filter &filter, QList<Agreement> *agreements)
{
    agreements->clear();
    QHash<qint64, qsizetype> index;
    QSqlQuery query(db);
    if (!select(query,
                QStringLiteral("SELECT a.id, a.uuid, a.created_at, a.updated_at, a.title, a.kind, c.uuid, p.uuid, "
                               "up.uuid, a.subject_matter, a.duration, a.nature_purpose, a.data_types, "
                               "a.subject_categories, a.signed_on, a.effective_on, a.expires_on, a.review_on, "
                               "a.subprocessor_authorisation, a.objection_window_days, a.audit_evidence, "
                               "a.end_of_contract, a.end_of_contract_proof, a.status FROM agreement a "
                               "LEFT JOIN party c ON c.id = a.controller_party_id "
                               "LEFT JOIN party p ON p.id = a.processor_party_id "
                               "LEFT JOIN agreement up ON up.id = a.parent_agreement_id") +
                    filter.clause(QStringLiteral("a.id")),
                filter))
        return readError(query);
    const QList<ClauseCheck> emptyClauses = Agreement::emptyClauses();
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), agreements->size());
        Agreement &a = agreements->emplaceBack();
        a.uuid = query.value(1).toString();
        a.createdAt = toMoment(query.value(2));
        a.updatedAt = toMoment(query.value(3));
        int c = 4;
        a.title = query.value(c++).toString();
        a.kind = query.value(c++).toString();
        a.controllerUuid = query.value(c++).toString();
        a.processorUuid = query.value(c++).toString();
        a.parentUuid = query.value(c++).toString();
        a.subjectMatter = query.value(c++).toString();
        a.duration = query.value(c++).toString();
        a.naturePurpose = query.value(c++).toString();
        a.dataTypes = query.value(c++).toString();
        a.subjectCategories = query.value(c++).toString();
        a.signedOn = toDate(query.value(c++));
        a.effectiveOn = toDate(query.value(c++));
        a.expiresOn = toDate(query.value(c++));
        a.reviewOn = toDate(query.value(c++));
        a.subprocessorAuthorisation = query.value(c++).toString();
        a.objectionWindowDays = query.value(c).isNull() ? 0 : query.value(c).toInt();
        ++c;
        a.auditEvidence = query.value(c++).toString();
        a.endOfContract = query.value(c++).toString();
        a.endOfContractProof = query.value(c++).toString();
        a.status = query.value(c++).toString();
        a.clauses = emptyClauses;
    }
    if (agreements->isEmpty())
        return Status::ok();

    QSqlQuery clauses(db);
    if (!select(clauses,
                QStringLiteral("SELECT agreement_id, clause, ticked, reference FROM agreement_clause") +
                    filter.clause(QStringLiteral("agreement_id")),
                filter))
        return readError(clauses);
    const QHash<QString, int> &clauseSlots = codeOrder(Codes::Kind::AgreementClause);
    while (clauses.next()) {
        const qsizetype at = index.value(clauses.value(0).toLongLong(), -1);
        const qsizetype slot = clauseSlots.value(clauses.value(1).toString(), -1);
        if (at >= 0 && slot >= 0) {
            ClauseCheck &check = (*agreements)[at].clauses[slot];
            check.ticked = clauses.value(2).toInt() != 0;
            check.reference = clauses.value(3).toString();
        }
    }
    QSqlQuery notices(db);
    if (!select(notices,
                QStringLiteral("SELECT agreement_id, uuid, received_on, change_description, objection_deadline, "
                               "decision, decided_on, notes FROM subprocessor_notice") +
                    filter.clause(QStringLiteral("agreement_id")) +
                    QStringLiteral(" ORDER BY agreement_id, received_on, id"),
                filter))
        return readError(notices);
    while (notices.next()) {
        const qsizetype at = index.value(notices.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        SubprocessorNotice notice;
        notice.uuid = notices.value(1).toString();
        notice.receivedOn = toDate(notices.value(2));
        notice.change = notices.value(3).toString();
        notice.objectionDeadline = toDate(notices.value(4));
        notice.decision = notices.value(5).toString();
        notice.decidedOn = toDate(notices.value(6));
        notice.notes = notices.value(7).toString();
        (*agreements)[at].notices.append(notice);
    }
    // The attachments' description only: their content is read one at a time, on request.
    QSqlQuery attachments(db);
    if (!select(attachments,
                QStringLiteral("SELECT agreement_id, uuid, file_name, mime_type, size, sha256, description, added_at "
                               "FROM attachment") +
                    filter.clause(QStringLiteral("agreement_id")) +
                    QStringLiteral(" ORDER BY agreement_id, added_at, id"),
                filter))
        return readError(attachments);
    while (attachments.next()) {
        const qsizetype at = index.value(attachments.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        AttachmentInfo info;
        info.uuid = attachments.value(1).toString();
        info.fileName = attachments.value(2).toString();
        info.mimeType = attachments.value(3).toString();
        info.size = attachments.value(4).toLongLong();
        info.sha256 = attachments.value(5).toString();
        info.description = attachments.value(6).toString();
        info.addedAt = QDateTime::fromString(attachments.value(7).toString(), Qt::ISODate);
        (*agreements)[at].attachments.append(info);
    }
    QSqlQuery measures(db);
    if (!select(measures,
                QStringLiteral("SELECT am.agreement_id, m.uuid FROM agreement_measure am "
                               "JOIN security_measure m ON m.id = am.measure_id") +
                    filter.clause(QStringLiteral("am.agreement_id")),
                filter))
        return readError(measures);
    while (measures.next()) {
        const qsizetype at = index.value(measures.value(0).toLongLong(), -1);
        if (at >= 0)
            (*agreements)[at].measureUuids.append(measures.value(1).toString());
    }
    for (Agreement &a : *agreements)
        std::sort(a.measureUuids.begin(), a.measureUuids.end());
    sortByName(agreements, &Agreement::title);
    return Status::ok();
}

Agreement normalisedAgreement(Agreement a)
{
    for (QString *value :
         {&a.title, &a.kind, &a.controllerUuid, &a.processorUuid, &a.parentUuid, &a.subjectMatter, &a.duration,
          &a.naturePurpose, &a.dataTypes, &a.subjectCategories, &a.subprocessorAuthorisation, &a.auditEvidence,
          &a.endOfContract, &a.endOfContractProof, &a.status})
        *value = value->trimmed();
    for (ClauseCheck &clause : a.clauses) {
        clause.clause = clause.clause.trimmed();
        clause.reference = clause.reference.trimmed();
    }
    for (SubprocessorNotice &notice : a.notices) {
        notice.change = notice.change.trimmed();
        notice.decision = notice.decision.trimmed();
        notice.notes = notice.notes.trimmed();
    }
    // Stored without a position: kept in the order they arrived, which is how they load.
    std::stable_sort(a.notices.begin(), a.notices.end(), [](const SubprocessorNotice &x, const SubprocessorNotice &y) {
        return x.receivedOn < y.receivedOn;
    });
    a.measureUuids = normalisedLinks(a.measureUuids);
    return a;
}

// All nine Art. 28(3) items in Codes order, whatever subset the input listed.
QList<ClauseCheck> allClauses(const QList<ClauseCheck> &given)
{
    QList<ClauseCheck> clauses = Agreement::emptyClauses();
    for (ClauseCheck &slot : clauses) {
        for (const ClauseCheck &check : given) {
            if (check.clause == slot.clause) {
                slot.ticked = check.ticked;
                slot.reference = check.reference;
            }
        }
    }
    return clauses;
}

QJsonArray attachmentsJson(const QList<AttachmentInfo> &attachments)
{
    Agreement holder;
    holder.attachments = attachments;
    return holder.toJson().value(QStringLiteral("attachments")).toArray();
}

} // namespace

namespace {

// Sets or clears the retired flag of a party, measure or retention rule, audited as a retirement
// (or an update when restored).
Status setRetiredFlag(QSqlDatabase &db, const QString &table, const QString &uuid, bool retired, const QString &failure)
{
    const QString now = momentText(QDateTime::currentDateTimeUtc());
    return transact(
        db, failure,
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!run(query, QStringLiteral("UPDATE %1 SET retired = ?, updated_at = ? WHERE uuid = ?").arg(table),
                     {retired ? 1 : 0, now, uuid})) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        table, uuid, retired ? AuditLog::Action::Retire : AuditLog::Action::Update,
        QJsonObject{{QStringLiteral("retired"),
                     QJsonObject{{QStringLiteral("old"), !retired}, {QStringLiteral("new"), retired}}}});
}

} // namespace

// =============================================================================================
// PartyService

PartyService::PartyService(Storage::Database &database, QObject *parent) : QObject(parent), m_database(database) {}

Status PartyService::list(QList<Party> *parties) const
{
    return fetchParties(m_database.connection(), Filter::all(), parties);
}

Status PartyService::load(const QString &uuid, Party *party) const
{
    QList<Party> found;
    const Status status = fetchParties(m_database.connection(), Filter::byUuid(QStringLiteral("party"), uuid), &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound, tr("The party could not be found: it may have been deleted."));
    *party = found.constFirst();
    return Status::ok();
}

Status PartyService::save(Party *party, Findings *findingsOut)
{
    Party next = normalisedParty(*party);
    const Findings findings = next.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return refused(tr("The party was not saved: correct the marked fields first."));
    QSqlDatabase &db = m_database.connection();
    const bool create = next.uuid.isEmpty();
    Party previous;
    qint64 id = 0;
    if (!create) {
        const Status status = load(next.uuid, &previous);
        if (!status)
            return status;
        id = rowId(db, QStringLiteral("party"), next.uuid);
    }
    const QJsonObject changes = stamp(next, previous, create);
    if (!create && changes.isEmpty()) {
        *party = previous; // nothing changed: no write, no history line
        return Status::ok();
    }
    const Status status = transact(
        db, tr("The party could not be saved. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!writeRow(query, QStringLiteral("party"), partyColumns, partyValues(next), create, next.uuid,
                          next.createdAt, next.updatedAt, &id)) {
                *detail = query.lastError().text();
                return false;
            }
            QList<QVariantList> roles;
            for (const QString &role : std::as_const(next.roles))
                roles.append({id, role});
            return replaceChildren(db, QStringLiteral("DELETE FROM party_role WHERE party_id = ?"), id,
                                   QStringLiteral("INSERT INTO party_role (party_id, role) VALUES (?, ?)"), roles,
                                   detail);
        },
        QStringLiteral("party"), next.uuid, create ? AuditLog::Action::Create : AuditLog::Action::Update, changes);
    if (!status)
        return status;
    *party = next;
    emit changed(next.uuid);
    return Status::ok();
}

Status PartyService::setRetired(const QString &uuid, bool retired)
{
    Party party;
    Status status = load(uuid, &party);
    if (!status)
        return status;
    if (party.retired == retired)
        return Status::ok();
    status = setRetiredFlag(m_database.connection(), QStringLiteral("party"), uuid, retired,
                            tr("The party could not be saved. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

Status PartyService::remove(const QString &uuid)
{
    Party party;
    Status status = load(uuid, &party);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    const qint64 id = rowId(db, QStringLiteral("party"), uuid);
    const QList<Reference> references = {
        {QStringLiteral("SELECT DISTINCT a.name FROM activity a JOIN activity_recipient r ON r.activity_id = a.id "
                        "WHERE r.party_id = ? ORDER BY a.name"),
         activityReferrer},
        {QStringLiteral("SELECT DISTINCT a.name FROM activity a JOIN transfer t ON t.activity_id = a.id "
                        "WHERE t.party_id = ? ORDER BY a.name"),
         activityReferrer},
        {QStringLiteral("SELECT DISTINCT a.name FROM processor_activity a LEFT JOIN transfer t "
                        "ON t.processor_activity_id = a.id WHERE a.controller_party_id = ? OR t.party_id = ? "
                        "ORDER BY a.name"),
         processorActivityReferrer},
        {QStringLiteral("SELECT title FROM agreement WHERE controller_party_id = ? OR processor_party_id = ? "
                        "ORDER BY title"),
         agreementReferrer},
    };
    QStringList found;
    int total = 0;
    QString detail;
    if (!referrers(db, id, references, &found, &total, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (total > 0)
        return refuseRemoval(tr("The party %1").arg(quoted(party.name)), found, total);
    status = removeRow(db, QStringLiteral("party"), id, QStringLiteral("party"), uuid, party.toJson(),
                       tr("The party could not be deleted. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

// =============================================================================================
// SecurityMeasureService

SecurityMeasureService::SecurityMeasureService(Storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

Status SecurityMeasureService::list(QList<SecurityMeasure> *measures) const
{
    return fetchMeasures(m_database.connection(), Filter::all(), measures);
}

Status SecurityMeasureService::load(const QString &uuid, SecurityMeasure *measure) const
{
    QList<SecurityMeasure> found;
    const Status status =
        fetchMeasures(m_database.connection(), Filter::byUuid(QStringLiteral("security_measure"), uuid), &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound,
                             tr("The security measure could not be found: it may have been deleted."));
    *measure = found.constFirst();
    return Status::ok();
}

Status SecurityMeasureService::save(SecurityMeasure *measure, Findings *findingsOut)
{
    SecurityMeasure next = *measure;
    next.title = next.title.trimmed();
    next.description = next.description.trimmed();
    next.kind = next.kind.trimmed();
    const Findings findings = next.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return refused(tr("The security measure was not saved: correct the marked fields first."));
    QSqlDatabase &db = m_database.connection();
    const bool create = next.uuid.isEmpty();
    SecurityMeasure previous;
    qint64 id = 0;
    if (!create) {
        const Status status = load(next.uuid, &previous);
        if (!status)
            return status;
        id = rowId(db, QStringLiteral("security_measure"), next.uuid);
    }
    const QJsonObject changes = stamp(next, previous, create);
    if (!create && changes.isEmpty()) {
        *measure = previous;
        return Status::ok();
    }
    const Status status = transact(
        db, tr("The security measure could not be saved. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!writeRow(query, QStringLiteral("security_measure"), measureColumns,
                          {text(next.title), text(next.description), text(next.kind), next.retired ? 1 : 0}, create,
                          next.uuid, next.createdAt, next.updatedAt, &id)) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("security_measure"), next.uuid, create ? AuditLog::Action::Create : AuditLog::Action::Update,
        changes);
    if (!status)
        return status;
    *measure = next;
    emit changed(next.uuid);
    return Status::ok();
}

Status SecurityMeasureService::setRetired(const QString &uuid, bool retired)
{
    SecurityMeasure measure;
    Status status = load(uuid, &measure);
    if (!status)
        return status;
    if (measure.retired == retired)
        return Status::ok();
    status = setRetiredFlag(m_database.connection(), QStringLiteral("security_measure"), uuid, retired,
                            tr("The security measure could not be saved. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

Status SecurityMeasureService::remove(const QString &uuid)
{
    SecurityMeasure measure;
    Status status = load(uuid, &measure);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    const qint64 id = rowId(db, QStringLiteral("security_measure"), uuid);
    const QList<Reference> references = {
        {QStringLiteral("SELECT a.name FROM activity a JOIN activity_measure m ON m.activity_id = a.id "
                        "WHERE m.measure_id = ? ORDER BY a.name"),
         activityReferrer},
        {QStringLiteral("SELECT a.name FROM processor_activity a JOIN processor_activity_measure m "
                        "ON m.processor_activity_id = a.id WHERE m.measure_id = ? ORDER BY a.name"),
         processorActivityReferrer},
        {QStringLiteral("SELECT g.title FROM agreement g JOIN agreement_measure m ON m.agreement_id = g.id "
                        "WHERE m.measure_id = ? ORDER BY g.title"),
         agreementReferrer},
    };
    QStringList found;
    int total = 0;
    QString detail;
    if (!referrers(db, id, references, &found, &total, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (total > 0)
        return refuseRemoval(tr("The security measure %1").arg(quoted(measure.title)), found, total);
    status = removeRow(db, QStringLiteral("security_measure"), id, QStringLiteral("security_measure"), uuid,
                       measure.toJson(), tr("The security measure could not be deleted. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

// =============================================================================================
// RetentionRuleService

RetentionRuleService::RetentionRuleService(Storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

Status RetentionRuleService::list(QList<RetentionRule> *rules) const
{
    return fetchRules(m_database.connection(), Filter::all(), rules);
}

Status RetentionRuleService::load(const QString &uuid, RetentionRule *rule) const
{
    QList<RetentionRule> found;
    const Status status =
        fetchRules(m_database.connection(), Filter::byUuid(QStringLiteral("retention_rule"), uuid), &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound,
                             tr("The retention rule could not be found: it may have been deleted."));
    *rule = found.constFirst();
    return Status::ok();
}

Status RetentionRuleService::save(RetentionRule *rule, Findings *findingsOut)
{
    RetentionRule next = normalisedRule(*rule);
    Findings findings = next.validate();
    QSqlDatabase &db = m_database.connection();
    const bool create = next.uuid.isEmpty();
    // The seed key is the catalogue's identity: a second rule with the same key would break seeding.
    if (!next.seedKey.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!run(query, QStringLiteral("SELECT uuid FROM retention_rule WHERE seed_key = ?"), {next.seedKey}))
            return readError(query);
        if (query.next() && query.value(0).toString() != next.uuid)
            findings.append({QStringLiteral("seedKey"), Finding::Severity::Error,
                             tr("Another retention rule already comes from this catalogue entry: edit that rule "
                                "instead.")});
    }
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return refused(tr("The retention rule was not saved: correct the marked fields first."));
    RetentionRule previous;
    qint64 id = 0;
    if (!create) {
        const Status status = load(next.uuid, &previous);
        if (!status)
            return status;
        id = rowId(db, QStringLiteral("retention_rule"), next.uuid);
    }
    const QJsonObject changes = stamp(next, previous, create);
    if (!create && changes.isEmpty()) {
        *rule = previous;
        return Status::ok();
    }
    const Status status = transact(
        db, tr("The retention rule could not be saved. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!writeRow(query, QStringLiteral("retention_rule"), ruleColumns, ruleValues(next), create, next.uuid,
                          next.createdAt, next.updatedAt, &id)) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("retention_rule"), next.uuid, create ? AuditLog::Action::Create : AuditLog::Action::Update,
        changes);
    if (!status)
        return status;
    *rule = next;
    emit changed(next.uuid);
    return Status::ok();
}

Status RetentionRuleService::setRetired(const QString &uuid, bool retired)
{
    RetentionRule rule;
    Status status = load(uuid, &rule);
    if (!status)
        return status;
    if (rule.retired == retired)
        return Status::ok();
    status = setRetiredFlag(m_database.connection(), QStringLiteral("retention_rule"), uuid, retired,
                            tr("The retention rule could not be saved. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

Status RetentionRuleService::remove(const QString &uuid)
{
    RetentionRule rule;
    Status status = load(uuid, &rule);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    const qint64 id = rowId(db, QStringLiteral("retention_rule"), uuid);
    const QList<Reference> references = {
        {QStringLiteral("SELECT DISTINCT a.name FROM activity a JOIN activity_data_category c "
                        "ON c.activity_id = a.id WHERE c.retention_rule_id = ? ORDER BY a.name"),
         activityReferrer},
    };
    QStringList found;
    int total = 0;
    QString detail;
    if (!referrers(db, id, references, &found, &total, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (total > 0)
        return refuseRemoval(tr("The retention rule %1").arg(quoted(rule.name)), found, total);
    status = removeRow(db, QStringLiteral("retention_rule"), id, QStringLiteral("retention_rule"), uuid, rule.toJson(),
                       tr("The retention rule could not be deleted. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

namespace {

// GDPR-REFERENCE §6: the Dutch periods. Names and triggers are translated when seeded; legal
// sources are citations and stay as written, except where they are prose.
struct SeedEntry
{
    const char *key;
    const char *name;
    int count;
    const char *unit;
    const char *trigger;
    const char *basis;
    const char *source;
    bool sourceIsProse;
    bool verify; // the source comes from secondary literature: marked "(verify)" in the notes
};

const SeedEntry seedEntries[] = {
    {"nl.fiscal_records",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "Fiscal records (ledger, debtors and creditors, stock, purchases and sales, payroll)"),
     7, "years", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the end of the financial year"),
     "statute", "AWR art. 52(4); BW 2:10(3)", false, false},
    {"nl.real_estate_vat",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Real-estate data (VAT revision)"), 10, "years",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the end of the financial year"), "statute",
     "AWR art. 52; Wet OB", false, true},
    {"nl.payroll_tax_and_id_copy",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "Payroll-tax declarations and copy of the employee's ID"),
     5, "years",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "after the end of the year in which employment ended"),
     "statute", "Wet LB 1964", false, true},
    {"nl.foreign_employee_id",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "ID copy of a foreign employee"), 5, "years",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after employment ends"), "statute", "Wav art. 15",
     false, true},
    {"nl.personnel_file",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Personnel file (contract, appraisals, absence)"),
     2, "years", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the employee leaves"),
     "guidance",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "AP guidance (former Vrijstellingsbesluit)"), true,
     false},
    {"nl.job_applications", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Job applications"), 4,
     "weeks",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the end of the application procedure"),
     "guidance", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "NVP Sollicitatiecode; AP guidance"),
     true, false},
    {"nl.job_applications_consent",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Job applications, with the applicant's consent"),
     1, "years",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the end of the application procedure"),
     "guidance", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "NVP Sollicitatiecode; AP guidance"),
     true, false},
    {"nl.camera_images",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Camera images (private organisation)"), 4, "weeks",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "after recording; longer when they show an incident"),
     "guidance", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "AP guidance"), true, false},
    {"nl.working_hours", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Working-hours records"), 52,
     "weeks", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "at least, after recording"), "statute",
     "Arbeidstijdenbesluit art. 3.2:1", false, false},
    {"nl.wwft_due_diligence",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Wwft customer due diligence"), 5, "years",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the business relationship ends"), "statute",
     "Wwft arts. 33-34", false, false},
    {"nl.medical_file", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Medical file"), 20, "years",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "after the last change to the file"), "statute",
     "BW 7:454(3)", false, false},
    {"nl.logs_backups_policy",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Logs, backups and website visitor data"), 0, "",
     QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService",
                       "as set in the organisation's own policy (no statutory period)"),
     "policy", QT_TRANSLATE_NOOP("Custodian::Register::RetentionRuleService", "Organisation's own policy"), true,
     false},
};

} // namespace

Status RetentionRuleService::seedCatalogue()
{
    QSqlDatabase &db = m_database.connection();
    QSet<QString> present;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT seed_key FROM retention_rule WHERE seed_key IS NOT NULL")))
            return readError(query);
        while (query.next())
            present.insert(query.value(0).toString());
    }
    QList<RetentionRule> added;
    for (const SeedEntry &entry : seedEntries) {
        const QString key = QLatin1String(entry.key);
        if (present.contains(key))
            continue; // renamed, edited or retired by the organisation: theirs now
        RetentionRule rule;
        rule.seedKey = key;
        rule.name = tr(entry.name);
        rule.periodCount = entry.count;
        rule.periodUnit = QLatin1String(entry.unit);
        rule.trigger = tr(entry.trigger);
        rule.basisType = QLatin1String(entry.basis);
        rule.legalSource = entry.sourceIsProse ? tr(entry.source) : QString::fromUtf8(entry.source);
        if (entry.verify)
            rule.notes = QStringLiteral("(verify) ") +
                         tr("The article comes from secondary sources: check the text of the law before relying on "
                            "it.");
        added.append(rule);
    }
    if (added.isEmpty())
        return Status::ok();

    const QString failure = tr("The retention catalogue could not be added. Nothing was changed.");
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, failure, db.lastError().text());
    QString detail;
    for (RetentionRule &rule : added) {
        stamp(rule, RetentionRule(), true);
        QSqlQuery query(db);
        qint64 id = 0;
        if (!writeRow(query, QStringLiteral("retention_rule"), ruleColumns, ruleValues(rule), true, rule.uuid,
                      rule.createdAt, rule.updatedAt, &id)) {
            detail = query.lastError().text();
            break;
        }
        const Status status = AuditLog::append(db, QStringLiteral("retention_rule"), rule.uuid,
                                               AuditLog::Action::Create, diff(RetentionRule().toJson(), rule.toJson()));
        if (!status) {
            detail = status.detail();
            break;
        }
    }
    if (detail.isEmpty() && !db.commit())
        detail = db.lastError().text();
    if (!detail.isEmpty()) {
        db.rollback();
        return Status::error(Status::Code::DatabaseError, failure, detail);
    }
    for (const RetentionRule &rule : std::as_const(added))
        emit changed(rule.uuid);
    return Status::ok();
}

namespace {

// Sets an activity's status to "retired" (the activity and processor_activity tables), audited as
// a retirement; nothing happens for one already retired.
Status retireActivityRow(QSqlDatabase &db, const QString &table, const QString &uuid, const QString &oldStatus,
                         const QString &failure)
{
    const QString retired = QStringLiteral("retired");
    if (oldStatus == retired)
        return Status::ok();
    const QString now = momentText(QDateTime::currentDateTimeUtc());
    return transact(
        db, failure,
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!run(query, QStringLiteral("UPDATE %1 SET status = ?, updated_at = ? WHERE uuid = ?").arg(table),
                     {retired, now, uuid})) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        table, uuid, AuditLog::Action::Retire,
        QJsonObject{{QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("old"), oldStatus}, {QStringLiteral("new"), retired}}}});
}

} // namespace

// =============================================================================================
// ActivityService

ActivityService::ActivityService(Storage::Database &database, QObject *parent) : QObject(parent), m_database(database)
{}

Status ActivityService::list(QList<ProcessingActivity> *activities) const
{
    return fetchActivities(m_database.connection(), Filter::all(), activities);
}

Status ActivityService::listSummaries(QList<ProcessingActivity> *activities) const
{
    return fetchActivities(m_database.connection(), Filter::all(), activities, false);
}

Status ActivityService::load(const QString &uuid, ProcessingActivity *activity) const
{
    QList<ProcessingActivity> found;
    const Status status =
        fetchActivities(m_database.connection(), Filter::byUuid(QStringLiteral("activity"), uuid), &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound,
                             tr("The processing activity could not be found: it may have been deleted."));
    *activity = found.constFirst();
    return Status::ok();
}

Status ActivityService::save(ProcessingActivity *activity, Findings *findingsOut)
{
    ProcessingActivity next = normalisedActivity(*activity);
    Findings findings = next.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return refused(tr("The processing activity was not saved: correct the marked fields first."));

    QSqlDatabase &db = m_database.connection();
    QHash<QString, qint64> parties;
    QHash<QString, qint64> rules;
    QHash<QString, qint64> measures;
    QHash<QString, qint64> agreements;
    QStringList partyUuids;
    for (const Recipient &recipient : std::as_const(next.recipients))
        partyUuids.append(recipient.partyUuid);
    for (const Transfer &transfer : std::as_const(next.transfers))
        partyUuids.append(transfer.partyUuid);
    QStringList ruleUuids;
    for (const DataCategory &category : std::as_const(next.dataCategories))
        ruleUuids.append(category.retentionRuleUuid);
    QStringList unknownParties;
    QStringList unknownRules;
    QStringList unknownMeasures;
    QStringList unknownAgreements;
    QString detail;
    if (!resolve(db, QStringLiteral("party"), partyUuids, &parties, &unknownParties, &detail) ||
        !resolve(db, QStringLiteral("retention_rule"), ruleUuids, &rules, &unknownRules, &detail) ||
        !resolve(db, QStringLiteral("security_measure"), next.measureUuids, &measures, &unknownMeasures, &detail) ||
        !resolve(db, QStringLiteral("agreement"), next.agreementUuids, &agreements, &unknownAgreements, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (!unknownParties.isEmpty())
        return unknownLinks(unknownParties, QStringLiteral("recipients"),
                            tr("A recipient or transfer names a party that is not in the register (it may have been "
                               "deleted): choose another party."),
                            &findings, findingsOut);
    if (!unknownRules.isEmpty())
        return unknownLinks(unknownRules, QStringLiteral("dataCategories"),
                            tr("A category of personal data links to a retention rule that is not in the register "
                               "(it may have been deleted): choose another rule."),
                            &findings, findingsOut);
    if (!unknownMeasures.isEmpty())
        return unknownLinks(unknownMeasures, QStringLiteral("measureUuids"),
                            tr("A linked security measure is not in the register (it may have been deleted): remove "
                               "the link or choose another measure."),
                            &findings, findingsOut);
    if (!unknownAgreements.isEmpty())
        return unknownLinks(unknownAgreements, QStringLiteral("agreementUuids"),
                            tr("A linked agreement is not in the register (it may have been deleted): remove the "
                               "link or choose another agreement."),
                            &findings, findingsOut);

    const bool create = next.uuid.isEmpty();
    ProcessingActivity previous;
    qint64 id = 0;
    if (!create) {
        const Status status = load(next.uuid, &previous);
        if (!status)
            return status;
        id = rowId(db, QStringLiteral("activity"), next.uuid);
    }
    const QJsonObject changes = stamp(next, previous, create);
    if (!create && changes.isEmpty()) {
        *activity = previous;
        return Status::ok();
    }
    const Status status = transact(
        db, tr("The processing activity could not be saved. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!writeRow(query, QStringLiteral("activity"), activityColumns, activityValues(next), create, next.uuid,
                          next.createdAt, next.updatedAt, &id)) {
                *detail = query.lastError().text();
                return false;
            }
            QList<QVariantList> bases, criteria, subjects, categories, recipients, measureRows, agreementRows;
            for (const QString &basis : std::as_const(next.lawfulBases))
                bases.append({id, basis});
            for (const QString &criterion : std::as_const(next.dpiaCriteria))
                criteria.append({id, criterion});
            for (int i = 0; i < next.subjectCategories.size(); ++i)
                subjects.append({id, i, next.subjectCategories.at(i)});
            for (int i = 0; i < next.dataCategories.size(); ++i) {
                const DataCategory &c = next.dataCategories.at(i);
                categories.append({id, i, c.name, text(c.specialCategory), idOrNull(rules.value(c.retentionRuleUuid))});
            }
            for (int i = 0; i < next.recipients.size(); ++i) {
                const Recipient &r = next.recipients.at(i);
                recipients.append({id, i, idOrNull(parties.value(r.partyUuid)), text(r.kind), text(r.description)});
            }
            for (const QString &uuid : std::as_const(next.measureUuids))
                measureRows.append({id, measures.value(uuid)});
            for (const QString &uuid : std::as_const(next.agreementUuids))
                agreementRows.append({id, agreements.value(uuid)});
            return replaceChildren(db, QStringLiteral("DELETE FROM activity_lawful_basis WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO activity_lawful_basis (activity_id, basis) "
                                                  "VALUES (?, ?)"),
                                   bases, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM activity_dpia_criterion WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO activity_dpia_criterion (activity_id, criterion) "
                                                  "VALUES (?, ?)"),
                                   criteria, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM activity_subject_category WHERE activity_id = ?"),
                                   id,
                                   QStringLiteral("INSERT INTO activity_subject_category (activity_id, position, "
                                                  "name) VALUES (?, ?, ?)"),
                                   subjects, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM activity_data_category WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO activity_data_category (activity_id, position, name, "
                                                  "special_category, retention_rule_id) VALUES (?, ?, ?, ?, ?)"),
                                   categories, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM activity_recipient WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO activity_recipient (activity_id, position, party_id, "
                                                  "kind, description) VALUES (?, ?, ?, ?, ?)"),
                                   recipients, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM transfer WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO transfer (activity_id, position, country, party_id, "
                                                  "mechanism, scc_module, tia_reference, dpf_checked_on, safeguards) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   transferRows(id, next.transfers, parties), detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM activity_measure WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO activity_measure (activity_id, measure_id) "
                                                  "VALUES (?, ?)"),
                                   measureRows, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM activity_agreement WHERE activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO activity_agreement (activity_id, agreement_id) "
                                                  "VALUES (?, ?)"),
                                   agreementRows, detail);
        },
        QStringLiteral("activity"), next.uuid, create ? AuditLog::Action::Create : AuditLog::Action::Update, changes);
    if (!status)
        return status;
    *activity = next;
    emit changed(next.uuid);
    return Status::ok();
}

Status ActivityService::retire(const QString &uuid)
{
    ProcessingActivity activity;
    Status status = load(uuid, &activity);
    if (status)
        status = retireActivityRow(m_database.connection(), QStringLiteral("activity"), uuid, activity.status,
                                   tr("The processing activity could not be retired. Nothing was changed."));
    if (!status)
        return status;
    if (activity.status != QLatin1String("retired"))
        emit changed(uuid);
    return Status::ok();
}

Status ActivityService::remove(const QString &uuid)
{
    // Nothing in the register refers to a controller's activity: its child rows go with it.
    ProcessingActivity activity;
    Status status = load(uuid, &activity);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    status = removeRow(db, QStringLiteral("activity"), rowId(db, QStringLiteral("activity"), uuid),
                       QStringLiteral("activity"), uuid, activity.toJson(),
                       tr("The processing activity could not be deleted. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

// =============================================================================================
// ProcessorActivityService

ProcessorActivityService::ProcessorActivityService(Storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

Status ProcessorActivityService::list(QList<ProcessorActivity> *activities) const
{
    return fetchProcessorActivities(m_database.connection(), Filter::all(), activities);
}

Status ProcessorActivityService::load(const QString &uuid, ProcessorActivity *activity) const
{
    QList<ProcessorActivity> found;
    const Status status = fetchProcessorActivities(m_database.connection(),
                                                   Filter::byUuid(QStringLiteral("processor_activity"), uuid), &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound,
                             tr("The processing for a controller could not be found: it may have been deleted."));
    *activity = found.constFirst();
    return Status::ok();
}

Status ProcessorActivityService::save(ProcessorActivity *activity, Findings *findingsOut)
{
    ProcessorActivity next = normalisedProcessorActivity(*activity);
    Findings findings = next.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return refused(tr("The processing for a controller was not saved: correct the marked fields first."));

    QSqlDatabase &db = m_database.connection();
    QHash<QString, qint64> parties;
    QHash<QString, qint64> measures;
    QHash<QString, qint64> agreements;
    QStringList partyUuids = {next.controllerUuid};
    for (const Transfer &transfer : std::as_const(next.transfers))
        partyUuids.append(transfer.partyUuid);
    QStringList unknownParties;
    QStringList unknownMeasures;
    QStringList unknownAgreements;
    QString detail;
    if (!resolve(db, QStringLiteral("party"), partyUuids, &parties, &unknownParties, &detail) ||
        !resolve(db, QStringLiteral("security_measure"), next.measureUuids, &measures, &unknownMeasures, &detail) ||
        !resolve(db, QStringLiteral("agreement"), next.agreementUuids, &agreements, &unknownAgreements, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (unknownParties.contains(next.controllerUuid))
        return unknownLinks(unknownParties, QStringLiteral("controllerUuid"),
                            tr("The controller is not in the register (it may have been deleted): choose another "
                               "party."),
                            &findings, findingsOut);
    if (!unknownParties.isEmpty())
        return unknownLinks(unknownParties, QStringLiteral("transfers"),
                            tr("A transfer names a party that is not in the register (it may have been deleted): "
                               "choose another party."),
                            &findings, findingsOut);
    if (!unknownMeasures.isEmpty())
        return unknownLinks(unknownMeasures, QStringLiteral("measureUuids"),
                            tr("A linked security measure is not in the register (it may have been deleted): remove "
                               "the link or choose another measure."),
                            &findings, findingsOut);
    if (!unknownAgreements.isEmpty())
        return unknownLinks(unknownAgreements, QStringLiteral("agreementUuids"),
                            tr("A linked agreement is not in the register (it may have been deleted): remove the "
                               "link or choose another agreement."),
                            &findings, findingsOut);

    const bool create = next.uuid.isEmpty();
    ProcessorActivity previous;
    qint64 id = 0;
    if (!create) {
        const Status status = load(next.uuid, &previous);
        if (!status)
            return status;
        id = rowId(db, QStringLiteral("processor_activity"), next.uuid);
    }
    const QJsonObject changes = stamp(next, previous, create);
    if (!create && changes.isEmpty()) {
        *activity = previous;
        return Status::ok();
    }
    const Status status = transact(
        db, tr("The processing for a controller could not be saved. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            const QVariantList values = {text(next.name),
                                         idOrNull(parties.value(next.controllerUuid)),
                                         text(next.processingCategories),
                                         text(next.description),
                                         text(next.storageLocation),
                                         text(next.ownerDepartment),
                                         text(next.ownerPerson),
                                         text(next.status),
                                         dateValue(next.lastReviewed),
                                         dateValue(next.nextReview)};
            if (!writeRow(query, QStringLiteral("processor_activity"), processorColumns, values, create, next.uuid,
                          next.createdAt, next.updatedAt, &id)) {
                *detail = query.lastError().text();
                return false;
            }
            QList<QVariantList> measureRows, agreementRows;
            for (const QString &uuid : std::as_const(next.measureUuids))
                measureRows.append({id, measures.value(uuid)});
            for (const QString &uuid : std::as_const(next.agreementUuids))
                agreementRows.append({id, agreements.value(uuid)});
            return replaceChildren(db, QStringLiteral("DELETE FROM transfer WHERE processor_activity_id = ?"), id,
                                   QStringLiteral("INSERT INTO transfer (processor_activity_id, position, country, "
                                                  "party_id, mechanism, scc_module, tia_reference, dpf_checked_on, "
                                                  "safeguards) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   transferRows(id, next.transfers, parties), detail) &&
                   replaceChildren(
                       db, QStringLiteral("DELETE FROM processor_activity_measure WHERE processor_activity_id = ?"), id,
                       QStringLiteral("INSERT INTO processor_activity_measure (processor_activity_id, measure_id) "
                                      "VALUES (?, ?)"),
                       measureRows, detail) &&
                   replaceChildren(
                       db, QStringLiteral("DELETE FROM processor_activity_agreement WHERE processor_activity_id = ?"),
                       id,
                       QStringLiteral("INSERT INTO processor_activity_agreement (processor_activity_id, agreement_id) "
                                      "VALUES (?, ?)"),
                       agreementRows, detail);
        },
        QStringLiteral("processor_activity"), next.uuid, create ? AuditLog::Action::Create : AuditLog::Action::Update,
        changes);
    if (!status)
        return status;
    *activity = next;
    emit changed(next.uuid);
    return Status::ok();
}

Status ProcessorActivityService::retire(const QString &uuid)
{
    ProcessorActivity activity;
    Status status = load(uuid, &activity);
    if (status)
        status = retireActivityRow(m_database.connection(), QStringLiteral("processor_activity"), uuid, activity.status,
                                   tr("The processing for a controller could not be retired. Nothing was changed."));
    if (!status)
        return status;
    if (activity.status != QLatin1String("retired"))
        emit changed(uuid);
    return Status::ok();
}

Status ProcessorActivityService::remove(const QString &uuid)
{
    ProcessorActivity activity;
    Status status = load(uuid, &activity);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    status = removeRow(db, QStringLiteral("processor_activity"), rowId(db, QStringLiteral("processor_activity"), uuid),
                       QStringLiteral("processor_activity"), uuid, activity.toJson(),
                       tr("The processing for a controller could not be deleted. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

// =============================================================================================
// AgreementService

AgreementService::AgreementService(Storage::Database &database, QObject *parent) : QObject(parent), m_database(database)
{}

Status AgreementService::list(QList<Agreement> *agreements) const
{
    return fetchAgreements(m_database.connection(), Filter::all(), agreements);
}

Status AgreementService::load(const QString &uuid, Agreement *agreement) const
{
    QList<Agreement> found;
    const Status status =
        fetchAgreements(m_database.connection(), Filter::byUuid(QStringLiteral("agreement"), uuid), &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound, tr("The agreement could not be found: it may have been deleted."));
    *agreement = found.constFirst();
    return Status::ok();
}

Status AgreementService::save(Agreement *agreement, Findings *findingsOut)
{
    Agreement next = normalisedAgreement(*agreement);
    Findings findings = next.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return refused(tr("The agreement was not saved: correct the marked fields first."));
    next.clauses = allClauses(next.clauses);

    QSqlDatabase &db = m_database.connection();
    QHash<QString, qint64> parties;
    QHash<QString, qint64> parents;
    QHash<QString, qint64> measures;
    QStringList unknownParties;
    QStringList unknownParents;
    QStringList unknownMeasures;
    QString detail;
    if (!resolve(db, QStringLiteral("party"), {next.controllerUuid, next.processorUuid}, &parties, &unknownParties,
                 &detail) ||
        !resolve(db, QStringLiteral("agreement"), {next.parentUuid}, &parents, &unknownParents, &detail) ||
        !resolve(db, QStringLiteral("security_measure"), next.measureUuids, &measures, &unknownMeasures, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (!unknownParties.isEmpty())
        return unknownLinks(unknownParties,
                            unknownParties.contains(next.controllerUuid) ? QStringLiteral("controllerUuid")
                                                                         : QStringLiteral("processorUuid"),
                            tr("A party of the agreement is not in the register (it may have been deleted): choose "
                               "another party."),
                            &findings, findingsOut);
    if (!unknownParents.isEmpty())
        return unknownLinks(unknownParents, QStringLiteral("parentUuid"),
                            tr("The agreement above this one is not in the register (it may have been deleted): "
                               "choose another parent agreement."),
                            &findings, findingsOut);
    if (!unknownMeasures.isEmpty())
        return unknownLinks(unknownMeasures, QStringLiteral("measureUuids"),
                            tr("A linked security measure is not in the register (it may have been deleted): remove "
                               "the link or choose another measure."),
                            &findings, findingsOut);

    const bool create = next.uuid.isEmpty();
    Agreement previous;
    qint64 id = 0;
    if (!create) {
        const Status status = load(next.uuid, &previous);
        if (!status)
            return status;
        id = rowId(db, QStringLiteral("agreement"), next.uuid);
    }

    // Art. 28(4) chains go down from controller to processor to sub-processor: walking up from
    // the new parent must never come back to this agreement.
    const qint64 parentId = parents.value(next.parentUuid);
    if (parentId > 0 && id > 0) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT parent_agreement_id FROM agreement WHERE id = ?")))
            return readError(query);
        QSet<qint64> seen;
        for (qint64 current = parentId; current > 0 && !seen.contains(current);) {
            if (current == id) {
                const QString message = tr("This agreement cannot sit below the one chosen as its parent: that "
                                           "agreement is already below this one, so the chain would loop. Choose "
                                           "another parent.");
                findings.append({QStringLiteral("parentUuid"), Finding::Severity::Error, message});
                if (findingsOut)
                    *findingsOut = findings;
                return refused(message);
            }
            seen.insert(current);
            if (!rerun(query, {current}))
                return readError(query);
            current = query.next() ? query.value(0).toLongLong() : 0;
            query.finish();
        }
    }

    // Art. 28(2): the objection deadline is a day period of the agreed window, from the day of
    // receipt (Reg. 1182/71 art. 3), on the register's holiday calendar.
    if (next.objectionWindowDays > 0 && !next.notices.isEmpty()) {
        const Clocks::HolidayCalendar calendar = registerCalendar(m_database);
        for (SubprocessorNotice &notice : next.notices) {
            if (notice.receivedOn.isValid())
                notice.objectionDeadline = Clocks::addDays(notice.receivedOn, next.objectionWindowDays, calendar).due();
        }
    }
    for (SubprocessorNotice &notice : next.notices) {
        if (notice.uuid.isEmpty())
            notice.uuid = newUuid();
    }
    next.attachments = previous.attachments; // managed through addAttachment/removeAttachment only

    const QJsonObject changes = stamp(next, previous, create);
    if (!create && changes.isEmpty()) {
        *agreement = previous;
        return Status::ok();
    }
    const Status status = transact(
        db, tr("The agreement could not be saved. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            const QVariantList values = {text(next.title),
                                         text(next.kind),
                                         idOrNull(parties.value(next.controllerUuid)),
                                         idOrNull(parties.value(next.processorUuid)),
                                         idOrNull(parentId),
                                         text(next.subjectMatter),
                                         text(next.duration),
                                         text(next.naturePurpose),
                                         text(next.dataTypes),
                                         text(next.subjectCategories),
                                         dateValue(next.signedOn),
                                         dateValue(next.effectiveOn),
                                         dateValue(next.expiresOn),
                                         dateValue(next.reviewOn),
                                         text(next.subprocessorAuthorisation),
                                         next.objectionWindowDays > 0 ? QVariant(next.objectionWindowDays) : QVariant(),
                                         text(next.auditEvidence),
                                         text(next.endOfContract),
                                         text(next.endOfContractProof),
                                         text(next.status)};
            if (!writeRow(query, QStringLiteral("agreement"), agreementColumns, values, create, next.uuid,
                          next.createdAt, next.updatedAt, &id)) {
                *detail = query.lastError().text();
                return false;
            }
            QList<QVariantList> clauseRows, noticeRows, measureRows;
            for (const ClauseCheck &clause : std::as_const(next.clauses))
                clauseRows.append({id, clause.clause, clause.ticked ? 1 : 0, text(clause.reference)});
            for (const SubprocessorNotice &n : std::as_const(next.notices))
                noticeRows.append({n.uuid, id, dateValue(n.receivedOn), text(n.change), dateValue(n.objectionDeadline),
                                   text(n.decision), dateValue(n.decidedOn), text(n.notes)});
            for (const QString &uuid : std::as_const(next.measureUuids))
                measureRows.append({id, measures.value(uuid)});
            return replaceChildren(db, QStringLiteral("DELETE FROM agreement_clause WHERE agreement_id = ?"), id,
                                   QStringLiteral("INSERT INTO agreement_clause (agreement_id, clause, ticked, "
                                                  "reference) VALUES (?, ?, ?, ?)"),
                                   clauseRows, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM subprocessor_notice WHERE agreement_id = ?"), id,
                                   QStringLiteral("INSERT INTO subprocessor_notice (uuid, agreement_id, received_on, "
                                                  "change_description, objection_deadline, decision, decided_on, "
                                                  "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                   noticeRows, detail) &&
                   replaceChildren(db, QStringLiteral("DELETE FROM agreement_measure WHERE agreement_id = ?"), id,
                                   QStringLiteral("INSERT INTO agreement_measure (agreement_id, measure_id) "
                                                  "VALUES (?, ?)"),
                                   measureRows, detail);
        },
        QStringLiteral("agreement"), next.uuid, create ? AuditLog::Action::Create : AuditLog::Action::Update, changes);
    if (!status)
        return status;
    *agreement = next;
    emit changed(next.uuid);
    return Status::ok();
}

Status AgreementService::remove(const QString &uuid)
{
    Agreement agreement;
    Status status = load(uuid, &agreement);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    const qint64 id = rowId(db, QStringLiteral("agreement"), uuid);
    const QList<Reference> references = {
        {QStringLiteral("SELECT a.name FROM activity a JOIN activity_agreement l ON l.activity_id = a.id "
                        "WHERE l.agreement_id = ? ORDER BY a.name"),
         activityReferrer},
        {QStringLiteral("SELECT a.name FROM processor_activity a JOIN processor_activity_agreement l "
                        "ON l.processor_activity_id = a.id WHERE l.agreement_id = ? ORDER BY a.name"),
         processorActivityReferrer},
        {QStringLiteral("SELECT title FROM agreement WHERE parent_agreement_id = ? ORDER BY title"),
         [](const QString &name) { return tr("the sub-processing agreement %1").arg(quoted(name)); }},
    };
    QStringList found;
    int total = 0;
    QString detail;
    if (!referrers(db, id, references, &found, &total, &detail))
        return Status::error(Status::Code::DatabaseError, Tr::tr("The register could not be read."), detail);
    if (total > 0)
        return refuseRemoval(tr("The agreement %1").arg(quoted(agreement.title)), found, total);
    status = removeRow(db, QStringLiteral("agreement"), id, QStringLiteral("agreement"), uuid, agreement.toJson(),
                       tr("The agreement could not be deleted. Nothing was changed."));
    if (!status)
        return status;
    emit changed(uuid);
    return Status::ok();
}

Status AgreementService::addAttachment(const QString &agreementUuid, const QString &fileName, const QString &mimeType,
                                       const QByteArray &content, const QString &description, AttachmentInfo *added)
{
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return refused(tr("The document was not added: it needs a file name."));
    Agreement agreement;
    Status status = load(agreementUuid, &agreement);
    if (!status)
        return status;
    QSqlDatabase &db = m_database.connection();
    const qint64 id = rowId(db, QStringLiteral("agreement"), agreementUuid);

    AttachmentInfo info;
    info.uuid = newUuid();
    info.fileName = name;
    info.mimeType = mimeType.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : mimeType.trimmed();
    info.size = content.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    info.description = description.trimmed();
    info.addedAt = QDateTime::fromString(momentText(QDateTime::currentDateTimeUtc()), Qt::ISODate);

    const QJsonArray before = attachmentsJson(agreement.attachments);
    QList<AttachmentInfo> after = agreement.attachments;
    after.append(info);
    status = transact(
        db, tr("The document could not be added. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            // An empty QByteArray is null and would bind as NULL: content is NOT NULL.
            const QByteArray bytes = content.isNull() ? QByteArray("") : content;
            if (!run(query,
                     QStringLiteral("INSERT INTO attachment (uuid, agreement_id, file_name, mime_type, size, sha256, "
                                    "description, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {info.uuid, id, info.fileName, info.mimeType, info.size, info.sha256, text(info.description),
                      bytes, momentText(info.addedAt)}) ||
                !run(query, QStringLiteral("UPDATE agreement SET updated_at = ? WHERE id = ?"),
                     {momentText(info.addedAt), id})) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("agreement"), agreementUuid, AuditLog::Action::Update,
        QJsonObject{{QStringLiteral("attachments"),
                     QJsonObject{{QStringLiteral("old"), before}, {QStringLiteral("new"), attachmentsJson(after)}}}});
    if (!status)
        return status;
    if (added)
        *added = info;
    emit changed(agreementUuid);
    return Status::ok();
}

Status AgreementService::attachmentContent(const QString &attachmentUuid, QByteArray *content) const
{
    content->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT content FROM attachment WHERE uuid = ?"), {attachmentUuid}))
        return readError(query);
    if (!query.next())
        return Status::error(Status::Code::NotFound, tr("The document could not be found: it may have been removed."));
    *content = query.value(0).toByteArray();
    return Status::ok();
}

Status AgreementService::removeAttachment(const QString &attachmentUuid)
{
    QSqlDatabase &db = m_database.connection();
    QString agreementUuid;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!run(query,
                 QStringLiteral("SELECT g.uuid FROM attachment t JOIN agreement g ON g.id = t.agreement_id "
                                "WHERE t.uuid = ?"),
                 {attachmentUuid}))
            return readError(query);
        if (!query.next())
            return Status::error(Status::Code::NotFound,
                                 tr("The document could not be found: it may have been removed."));
        agreementUuid = query.value(0).toString();
    }
    Agreement agreement;
    Status status = load(agreementUuid, &agreement);
    if (!status)
        return status;
    QList<AttachmentInfo> after = agreement.attachments;
    after.removeIf([&attachmentUuid](const AttachmentInfo &info) { return info.uuid == attachmentUuid; });
    const QString now = momentText(QDateTime::currentDateTimeUtc());
    status = transact(
        db, tr("The document could not be removed. Nothing was changed."),
        [&](QString *detail) {
            QSqlQuery query(db);
            if (!run(query, QStringLiteral("DELETE FROM attachment WHERE uuid = ?"), {attachmentUuid}) ||
                !run(query, QStringLiteral("UPDATE agreement SET updated_at = ? WHERE uuid = ?"),
                     {now, agreementUuid})) {
                *detail = query.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("agreement"), agreementUuid, AuditLog::Action::Update,
        QJsonObject{
            {QStringLiteral("attachments"), QJsonObject{{QStringLiteral("old"), attachmentsJson(agreement.attachments)},
                                                        {QStringLiteral("new"), attachmentsJson(after)}}}});
    if (!status)
        return status;
    emit changed(agreementUuid);
    return Status::ok();
}

Status AgreementService::chainBelow(const QString &uuid, QList<Agreement> *agreements) const
{
    agreements->clear();
    QSqlDatabase &db = m_database.connection();
    // Every agreement below this one, through a recursive query; UNION (not UNION ALL) stops even
    // if a damaged file held a loop.
    const Filter below{
        QStringLiteral("WITH RECURSIVE below(id) AS ("
                       "SELECT id FROM agreement WHERE parent_agreement_id = "
                       "(SELECT id FROM agreement WHERE uuid = ?) "
                       "UNION SELECT a.id FROM agreement a JOIN below b ON a.parent_agreement_id = b.id) "
                       "SELECT id FROM below"),
        {uuid}};
    QList<Agreement> found;
    const Status status = fetchAgreements(db, below, &found);
    if (!status)
        return status;
    QHash<QString, QList<qsizetype>> children; // parent uuid -> positions in found, in title order
    for (qsizetype i = 0; i < found.size(); ++i)
        children[found.at(i).parentUuid].append(i);
    // Depth first: each agreement followed by the agreements below it.
    QSet<QString> visited;
    std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (const qsizetype i : children.value(parent)) {
            const Agreement &child = found.at(i);
            if (visited.contains(child.uuid))
                continue;
            visited.insert(child.uuid);
            agreements->append(child);
            visit(child.uuid);
        }
    };
    visit(uuid);
    return Status::ok();
}

} // namespace Custodian::Register
