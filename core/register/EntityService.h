#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

#include "Status.h"
#include "domain/FieldSpec.h"
#include "domain/Finding.h"
#include "register/AuditLog.h"
#include "register/EntityTable.h"
#include "storage/Store.h"

namespace Custodian::Register {

// The skeleton every register service shares, written once. Contract:
// - save(&x): validates (errors refuse the write, with *findings filled); creates when x.uuid is
//   empty (assigning uuid, timestamps and row version back into x), updates otherwise. One
//   transaction reads the stored version, refuses a save based on an older one (Status::Conflict,
//   naming who changed it and when), resolves the links, writes the row, its child rows and one
//   AuditLog entry (the changed top-level fields of toJson() as {"field": {"old", "new"}}). Nothing
//   is written when nothing changed. Announces the change after the commit.
// - remove(uuid): refuses with a clear message naming what still refers to the item (prefer
//   retiring); otherwise deletes it with an audit entry (action delete, the old toJson()).
// - Failures change nothing and come back as a Status with a translated sentence.
// - list(): everything, in name order, children included, one query per table.
class ServiceBase : public QObject
{
    Q_OBJECT
public:
    ServiceBase(Storage::Store &store, Domain::EntityKind kind, QObject *parent = nullptr);

signals:
    void changed(const QString &uuid);

protected:
    enum class Message
    {
        NotFound,     // "The party could not be found: it may have been deleted."
        NotSaved,     // "The party was not saved: correct the marked fields first."
        SaveFailed,   // "The party could not be saved. Nothing was changed."
        DeleteFailed, // "The party could not be deleted. Nothing was changed."
        RetireFailed, // "The party could not be retired. Nothing was changed."
        Item,         // "The party %1" (the name, quoted)
    };
    // The sentences of each kind, translated (every kind has its own: the article and the noun
    // differ per language).
    QString message(Message which, const QString &name = QString()) const;

    void announce(const QString &uuid);
    // Ends a transaction of several writes: rolled back when none was written, else committed and
    // each item written announced; a failed commit changes nothing and says `failure`.
    [[nodiscard]] Status commitWritten(const QStringList &written, const QString &failure);
    QString newUuid() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    // {"field": {"old", "new"}} for every top-level member that differs; uuid and the timestamps
    // are bookkeeping, not changes.
    static QJsonObject diff(const QJsonObject &before, const QJsonObject &after);
    static QJsonObject deletionChanges(const QJsonObject &before);
    // Messages every service shares.
    static Status conflict(QSqlDatabase &db, Domain::EntityKind kind, const QString &uuid, const QString &item);
    static QString unknownLinkMessage(Domain::EntityKind target);
    static Status refused(const QString &message, const QString &detail = QString());
    // The referrers of a row ("the processing activity "A"", at most a few) and their number.
    static Status referrers(QSqlDatabase &db, Domain::EntityKind kind, qint64 id, QStringList *found, int *total);
    static Status refuseRemoval(const QString &item, const QStringList &found, int total);
    static Status failed(const QString &message, const QString &detail);

    Storage::Store &m_store;
    Domain::EntityKind m_kind;
};

template<class T> class EntityService : public ServiceBase
{
public:
    EntityService(Storage::Store &store, QObject *parent = nullptr) : ServiceBase(store, T::spec().kind, parent) {}

    [[nodiscard]] Status list(QList<T> *items) const
    {
        return EntityTable::fetch(m_store.connection(), spec(), EntityTable::Filter::all(), items);
    }

    // The items' own fields only, without their child lists: what a list shows, in one query.
    [[nodiscard]] Status listSummaries(QList<T> *items) const
    {
        return EntityTable::fetch(m_store.connection(), spec(), EntityTable::Filter::all(), items, false);
    }

    [[nodiscard]] Status load(const QString &uuid, T *item) const
    {
        QList<T> found;
        const Status status = EntityTable::fetch(m_store.connection(), spec(), byUuid(uuid), &found);
        if (!status)
            return status;
        if (found.isEmpty())
            return Status::error(Status::Code::NotFound, message(Message::NotFound));
        *item = found.constFirst();
        return Status::ok();
    }

    [[nodiscard]] Status save(T *item, Domain::Findings *findings = nullptr)
    {
        T next = *item;
        spec().normalise(next);
        normalise(next);
        Domain::Findings found = next.validate();
        if (findings)
            *findings = found;
        if (Domain::hasErrors(found))
            return refused(message(Message::NotSaved));
        return write(std::move(next), std::nullopt, item, findings, &found);
    }

    [[nodiscard]] Status remove(const QString &uuid)
    {
        QSqlDatabase &db = m_store.connection();
        if (!db.transaction())
            return failed(message(Message::DeleteFailed), db.lastError().text());
        auto rollback = [&db](const Status &status) {
            db.rollback();
            return status;
        };
        T item;
        qint64 id = 0;
        Status status = loadLocked(uuid, &item, &id);
        if (!status)
            return rollback(status);
        QStringList found;
        int total = 0;
        status = referrers(db, m_kind, id, &found, &total);
        if (!status)
            return rollback(status);
        if (total > 0)
            return rollback(refuseRemoval(message(Message::Item, displayName(item)), found, total));
        QSqlQuery query(db);
        if (!EntityTable::run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table()), {id}))
            return rollback(failed(message(Message::DeleteFailed), query.lastError().text()));
        const QString entity = Domain::EntityKinds::code(m_kind);
        status = AuditLog::append(m_store, entity, uuid, AuditLog::Action::Delete, deletionChanges(spec().toJson(item)),
                                  personalKeys());
        // A deleted item keeps no readable personal data in the history (DECISIONS.md); kinds
        // without such fields have no key to erase.
        if (status && !personalKeys().isEmpty())
            status = AuditLog::erasePersonalData(m_store, entity, uuid);
        if (!status)
            return rollback(failed(message(Message::DeleteFailed), status.detail()));
        if (!db.commit())
            return rollback(failed(message(Message::DeleteFailed), db.lastError().text()));
        announce(uuid);
        return Status::ok();
    }

    // For an import, inside the caller's transaction: writes item as save() would (normalised,
    // validated, checked, one audit entry), creating it when create is true (keeping item->uuid
    // when it has one: an item from another register keeps its identity) and updating the stored
    // item otherwise (item->rowVersion must be the stored one). Error findings refuse it, with
    // nothing written; *written is false when nothing changed. The caller commits and announces
    // (Store::changes()).
    [[nodiscard]] Status importItem(T *item, bool create, Domain::Findings *findings, bool *written)
    {
        T next = *item;
        spec().normalise(next);
        normalise(next);
        *findings = next.validate();
        *written = false;
        if (Domain::hasErrors(*findings))
            return refused(message(Message::NotSaved));
        if (create) {
            const QString uuid = next.uuid.isEmpty() ? newUuid() : next.uuid;
            next.uuid.clear();
            m_importUuid = uuid;
        }
        const Status status = store(next, std::nullopt, findings, written);
        m_importUuid.clear();
        if (status)
            *item = next;
        return status;
    }
    // Kinds retired by a flag (EntityKinds: RetireStyle::Flag): sets or clears it, audited as a
    // retirement (or an update when restored).
    [[nodiscard]] Status setRetired(const QString &uuid, bool retired)
    {
        return changeRetirement(uuid, QStringLiteral("retired"), QJsonValue(retired),
                                retired ? AuditLog::Action::Retire : AuditLog::Action::Update);
    }
    // Kinds retired by their status (RetireStyle::Status): status "retired", audited as a retirement;
    // nothing happens for one already retired.
    [[nodiscard]] Status retire(const QString &uuid)
    {
        return changeRetirement(uuid, QStringLiteral("status"), QJsonValue(QStringLiteral("retired")),
                                AuditLog::Action::Retire);
    }

protected:
    // Entity rules the spec does not express (sorting notices, completing the checklist).
    virtual void normalise(T &) const {}
    // Checks that need the register, inside the save's transaction; errors go to *findings.
    virtual Status check(QSqlDatabase &, const T & /*next*/, qint64 /*id*/, Domain::Findings *) { return Status::ok(); }
    // The last changes before writing: computed fields, members save() does not manage.
    virtual void prepare(T & /*next*/, const T & /*previous*/) {}
    // After prepare(), inside the save's transaction, for work that can fail: values the register
    // hands out (a case number), values read from other items, and values of other items that
    // follow from this one. previous is empty (no uuid) when next is created.
    virtual Status allocate(QSqlDatabase &, T & /*next*/, const T & /*previous*/) { return Status::ok(); }
    // After a save's commit and its own announcement: announces the other items allocate() changed.
    virtual void announceOthers() {}

    static const Domain::EntitySpec<T> &spec() { return T::spec(); }
    // The fields and child lists that hold a data subject's personal data: sealed in the history
    // (AuditLog::append).
    static const QStringList &personalKeys()
    {
        static const QStringList keys = [] {
            QStringList found;
            for (const Domain::Field<T> &field : spec().fields) {
                if (field.has(Domain::FieldFlag::Personal))
                    found << field.keyName();
            }
            for (const Domain::Child<T> &child : spec().children) {
                if (child.has(Domain::FieldFlag::Personal))
                    found << QLatin1String(child.key);
            }
            return found;
        }();
        return keys;
    }
    static QString table() { return QLatin1String(spec().info().table); }
    static EntityTable::Filter byUuid(const QString &uuid) { return EntityTable::Filter::byUuid(table(), uuid); }
    static QString displayName(const T &item)
    {
        const Domain::Field<T> *field = spec().displayField();
        return field ? *field->text(item) : item.uuid;
    }

    // Retires or restores by setting one field of the spec; audited as action. No validation: an old
    // item can always be retired. Acts on the stored version, whichever an editor holds.
    [[nodiscard]] Status changeRetirement(const QString &uuid, const QString &key, const QJsonValue &value,
                                          AuditLog::Action action)
    {
        const Domain::Field<T> *field = spec().field(QLatin1StringView(key.toLatin1()));
        if (!field)
            return refused(message(Message::RetireFailed), QStringLiteral("no field %1").arg(key));
        T item;
        Status status = load(uuid, &item);
        if (!status)
            return status;
        if (field->json(item) == value)
            return Status::ok();
        field->setJson(item, value);
        Domain::Findings findings;
        return write(std::move(item), action, nullptr, nullptr, &findings);
    }

    // The stored item and its row id, inside the current transaction.
    [[nodiscard]] Status loadLocked(const QString &uuid, T *item, qint64 *id) const
    {
        const Status status = load(uuid, item);
        if (!status)
            return status;
        return EntityTable::rowId(m_store.connection(), table(), uuid, id);
    }

    // Writes next inside the caller's transaction: the stored version, links, checks, the rows and
    // the audit entry. On return next is what is stored; *written is false when nothing changed.
    // A refusal leaves its findings in *findings; the caller rolls back on any failure.
    [[nodiscard]] Status store(T &next, std::optional<AuditLog::Action> action, Domain::Findings *findings,
                               bool *written)
    {
        QSqlDatabase &db = m_store.connection();
        *written = false;
        const bool create = next.uuid.isEmpty();
        const QString failure = message(action ? Message::RetireFailed : Message::SaveFailed);
        T previous;
        qint64 id = 0;
        if (!create) {
            const Status status = loadLocked(next.uuid, &previous, &id);
            if (!status)
                return status;
            if (next.rowVersion != previous.rowVersion)
                return conflict(db, m_kind, next.uuid, message(Message::Item, displayName(previous)));
        }

        EntityTable::LinkIds ids;
        QList<EntityTable::LinkRef> unknown;
        Status status = EntityTable::resolve(db, EntityTable::linksOf(spec(), next), &ids, &unknown);
        if (!status)
            return status;
        if (!unknown.isEmpty()) {
            const EntityTable::LinkRef &first = unknown.constFirst();
            const QString text = unknownLinkMessage(first.target);
            findings->append({first.key, Domain::Finding::Severity::Error, text});
            QStringList uuids;
            for (const EntityTable::LinkRef &link : std::as_const(unknown))
                uuids << link.uuid;
            return refused(text, uuids.join(QLatin1String(", ")));
        }
        if (!action) {
            status = check(db, next, id, findings);
            if (!status)
                return status;
            if (Domain::hasErrors(*findings))
                return refused(message(Message::NotSaved));
        }
        prepare(next, previous);
        status = allocate(db, next, previous);
        if (!status)
            return failed(failure, status.detail());

        const QDateTime now = Domain::IsoTime::parseMoment(Domain::IsoTime::moment(m_store.now()));
        QJsonObject changes;
        if (create) {
            next.uuid = m_importUuid.isEmpty() ? newUuid() : m_importUuid;
            next.createdAt = now;
            next.updatedAt = now;
            next.rowVersion = 1;
            static const QJsonObject blank = spec().toJson(T()); // an item made from nothing
            changes = diff(blank, spec().toJson(next));
        } else {
            next.createdAt = previous.createdAt;
            next.updatedAt = previous.updatedAt;
            changes = diff(spec().toJson(previous), spec().toJson(next));
            if (changes.isEmpty()) {
                next = previous; // nothing changed: no write, no history line
                return Status::ok();
            }
            next.updatedAt = now;
            next.rowVersion = previous.rowVersion + 1;
        }

        const QList<const Domain::FieldInfo *> fields = EntityTable::infos(spec());
        QVariantList values = EntityTable::mainValues(spec(), next, ids);
        QSqlQuery query(db);
        if (create) {
            QVariantList head = {next.uuid, Domain::IsoTime::moment(next.createdAt),
                                 Domain::IsoTime::moment(next.updatedAt), next.rowVersion};
            if (spec().singleRowId > 0)
                head.prepend(spec().singleRowId);
            const QString sql = EntityTable::insertMain(spec().info().table, fields, spec().singleRowId > 0);
            if (!m_store.dialect().insert(query, sql, head + values, &id))
                return failed(failure, query.lastError().text());
        } else {
            values << Domain::IsoTime::moment(next.updatedAt) << id << previous.rowVersion;
            if (!EntityTable::run(query, EntityTable::updateMain(spec().info().table, fields), values))
                return failed(failure, query.lastError().text());
            if (query.numRowsAffected() != 1)
                return conflict(db, m_kind, next.uuid, message(Message::Item, displayName(previous)));
        }
        QString detail;
        if (!EntityTable::writeChildren(db, spec(), id, next, ids, &detail,
                                        create && spec().singleRowId == 0 ? EntityTable::Owner::New
                                                                          : EntityTable::Owner::Existing))
            return failed(failure, detail);
        const AuditLog::Action audited =
            action ? *action : (create ? AuditLog::Action::Create : AuditLog::Action::Update);
        status =
            AuditLog::append(m_store, Domain::EntityKinds::code(m_kind), next.uuid, audited, changes, personalKeys());
        if (!status)
            return failed(failure, status.detail());
        *written = true;
        return Status::ok();
    }

private:
    QString m_importUuid; // importItem(): the uuid a created item keeps

    // store() in a transaction of its own.
    Status write(T next, std::optional<AuditLog::Action> action, T *out, Domain::Findings *findingsOut,
                 Domain::Findings *findings)
    {
        QSqlDatabase &db = m_store.connection();
        if (!db.transaction())
            return failed(message(action ? Message::RetireFailed : Message::SaveFailed), db.lastError().text());
        bool written = false;
        const Status status = store(next, action, findings, &written);
        if (!status) {
            db.rollback();
            if (findingsOut)
                *findingsOut = *findings;
            return status;
        }
        if (!written) {
            db.rollback();
        } else if (!db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return failed(message(action ? Message::RetireFailed : Message::SaveFailed), detail);
        }
        if (out)
            *out = next;
        if (written) {
            announce(next.uuid);
            announceOthers();
        }
        return Status::ok();
    }
};

} // namespace Custodian::Register
