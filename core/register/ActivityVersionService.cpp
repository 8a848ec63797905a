#include "ActivityVersionService.h"

#include "domain/IsoTime.h"
#include "register/ActivityService.h"
#include "register/HistoryText.h"
#include "register/OrganisationService.h"
#include "register/RetentionRuleService.h"
#include "storage/HistoryChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Custodian::Register {

ActivityVersionService::ActivityVersionService(Storage::Store &store, QObject *parent)
    : EntityService<Domain::ActivityVersion>(store, parent)
{}

QString ActivityVersionService::uriOf(const QString &base, const QString &activityUuid, int number)
{
    return QStringLiteral("%1/activity/%2/%3").arg(base, activityUuid).arg(number);
}

Domain::ActivityVersion::State ActivityVersionService::stateOf(const Domain::ActivityVersion &version, int latestNumber,
                                                               bool activityRetired)
{
    return version.number >= latestNumber && !activityRetired ? Domain::ActivityVersion::State::Established
                                                              : Domain::ActivityVersion::State::Lapsed;
}

Status ActivityVersionService::versionsOf(const QString &activityUuid, QList<Domain::ActivityVersion> *versions) const
{
    const EntityTable::Filter filter{
        QStringLiteral("SELECT v.id FROM activity_version v JOIN activity a ON a.id = v.activity_id WHERE a.uuid = ?"),
        {activityUuid}};
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, versions);
    if (!status)
        return status;
    std::sort(versions->begin(), versions->end(),
              [](const Domain::ActivityVersion &a, const Domain::ActivityVersion &b) { return a.number > b.number; });
    return Status::ok();
}

Status ActivityVersionService::remove(const QString &)
{
    return refused(message(Message::DeleteFailed));
}

QJsonObject ActivityVersionService::withoutBookkeeping(QJsonObject object)
{
    for (const char *key : {"uuid", "createdAt", "updatedAt", "rowVersion"})
        object.remove(QLatin1String(key));
    return object;
}

QString ActivityVersionService::canonical(const QJsonObject &content)
{
    // QJsonObject keeps its keys sorted: the compact text is the canonical form.
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QJsonObject ActivityVersionService::contentOf(const Domain::ProcessingActivity &given, const NameOf &nameOf,
                                              const RuleOf &ruleOf)
{
    // As a save would store it: an editor's lists of links come in the order it shows them.
    Domain::ProcessingActivity activity = given;
    Domain::ProcessingActivity::spec().normalise(activity);
    // The names of what it links to, as they are now: a later rename does not change the version.
    QJsonObject names;
    for (const EntityTable::LinkRef &link : EntityTable::linksOf(Domain::ProcessingActivity::spec(), activity)) {
        if (link.uuid.isEmpty())
            continue;
        const QString kind = Domain::EntityKinds::code(link.target);
        QJsonObject ofKind = names.value(kind).toObject();
        if (ofKind.contains(link.uuid))
            continue;
        ofKind.insert(link.uuid, nameOf(link.target, link.uuid));
        names.insert(kind, ofKind);
    }
    // The retention rules of its data, whole: a changed period changes what the activity says.
    QJsonObject retention;
    for (const Domain::DataCategory &category : activity.dataCategories) {
        if (category.retentionRuleUuid.isEmpty() || retention.contains(category.retentionRuleUuid))
            continue;
        // What the rule says of the period and its ground; not its notes, a hold or its catalogue key.
        const std::optional<QJsonObject> rule = ruleOf(category.retentionRuleUuid);
        QJsonObject period;
        for (const char *key :
             {"name", "periodCount", "periodUnit", "periodKind", "trigger", "basisType", "legalSource"}) {
            if (rule && rule->contains(QLatin1String(key)))
                period.insert(QLatin1String(key), rule->value(QLatin1String(key)));
        }
        retention.insert(category.retentionRuleUuid, period);
    }
    // Not what imports left on it that no field takes: a version says what the register records (and
    // the LDV export publishes it), not a file's unmapped columns. Nor the DPO's notes, which are never
    // published.
    QJsonObject fields = withoutBookkeeping(activity.toJson());
    fields.remove(QStringLiteral("extraFields"));
    fields.remove(QStringLiteral("dpoNotes"));
    return QJsonObject{{QStringLiteral("activity"), fields},
                       {QStringLiteral("names"), names},
                       {QStringLiteral("retention"), retention}};
}

Status ActivityVersionService::contentOf(const Domain::ProcessingActivity &activity, QJsonObject *content) const
{
    QSqlDatabase &db = m_store.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    Status failure = Status::ok();
    const NameOf nameOf = [&](Domain::EntityKind kind, const QString &uuid) {
        const Domain::EntityKindInfo &info = Domain::EntityKinds::info(kind);
        if (!failure)
            return QString();
        if (!EntityTable::run(query,
                              QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?")
                                  .arg(QLatin1String(info.displayColumn), QLatin1String(info.table)),
                              {uuid})) {
            failure = EntityTable::readError(query);
            return QString();
        }
        return query.next() ? query.value(0).toString() : QString();
    };
    RetentionRuleService rules(m_store);
    const RuleOf ruleOf = [&](const QString &uuid) -> std::optional<QJsonObject> {
        Domain::RetentionRule rule;
        const Status status = failure ? rules.load(uuid, &rule) : failure;
        if (status)
            return rule.toJson();
        if (status.code() != Status::Code::NotFound)
            failure = status;
        return std::nullopt;
    };
    *content = contentOf(activity, nameOf, ruleOf);
    return failure;
}

Status ActivityVersionService::latestOfEach(Storage::Store &store, QHash<QString, Domain::ActivityVersion> *latest)
{
    latest->clear();
    QSqlQuery query(store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(
            query,
            QStringLiteral("SELECT a.uuid, v.uuid, v.number, v.digest, v.established_at, v.established_by, v.uri "
                           "FROM activity_version v JOIN activity a ON a.id = v.activity_id WHERE "
                           "v.number = (SELECT max(w.number) FROM activity_version w WHERE "
                           "w.activity_id = v.activity_id)"),
            {}))
        return EntityTable::readError(query);
    while (query.next()) {
        Domain::ActivityVersion version;
        version.activityUuid = query.value(0).toString();
        version.uuid = query.value(1).toString();
        version.number = query.value(2).toInt();
        version.digest = query.value(3).toString();
        version.establishedAt = Domain::IsoTime::parseMoment(query.value(4).toString());
        version.establishedBy = query.value(5).toString();
        version.uri = query.value(6).toString();
        latest->insert(version.activityUuid, version);
    }
    return Status::ok();
}

Status ActivityVersionService::differences(const Domain::ActivityVersion &version,
                                           const Domain::ProcessingActivity &activity, QStringList *lines) const
{
    lines->clear();
    QJsonObject now;
    const Status status = contentOf(activity, &now);
    if (!status)
        return status;
    const QJsonObject then = QJsonDocument::fromJson(version.content.toUtf8()).object();
    // A name as the register has it now, else as the version recorded it (the item is gone).
    const QJsonObject namesNow = now.value(QStringLiteral("names")).toObject();
    const QJsonObject namesThen = then.value(QStringLiteral("names")).toObject();
    const HistoryText text([&namesNow, &namesThen](Domain::EntityKind kind, const QString &uuid) {
        const QString code = Domain::EntityKinds::code(kind);
        const QString current = namesNow.value(code).toObject().value(uuid).toString();
        return current.isEmpty() ? namesThen.value(code).toObject().value(uuid).toString() : current;
    });
    QJsonObject activityThen = then.value(QStringLiteral("activity")).toObject();
    QJsonObject activityNow = now.value(QStringLiteral("activity")).toObject();
    // A field added to the register after the version was made is not a change of the activity.
    for (auto it = activityNow.begin(); it != activityNow.end(); ++it) {
        if (!activityThen.contains(it.key()))
            activityThen.insert(
                it.key(), Domain::ProcessingActivity::spec().toJson(Domain::ProcessingActivity()).value(it.key()));
    }
    *lines = text.describe(Domain::EntityKind::ProcessingActivity, diff(activityThen, activityNow));

    // An item it links to that has been renamed since (the version names it as it was).
    for (auto kind = namesThen.begin(); kind != namesThen.end(); ++kind) {
        const std::optional<Domain::EntityKind> entity = Domain::EntityKinds::fromCode(kind.key());
        const QJsonObject before = kind.value().toObject();
        const QJsonObject after = namesNow.value(kind.key()).toObject();
        for (auto it = before.begin(); it != before.end(); ++it) {
            const QString was = it.value().toString();
            const QString is = after.value(it.key()).toString();
            // A retention rule's name is among its fields, below.
            if (entity && *entity != Domain::EntityKind::RetentionRule && after.contains(it.key()) && !is.isEmpty() &&
                is != was)
                lines->append(
                    tr("%1 \"%2\" is now named \"%3\".").arg(Domain::EntityKinds::singular(*entity), was, is));
        }
    }
    const QJsonObject rulesThen = then.value(QStringLiteral("retention")).toObject();
    const QJsonObject rulesNow = now.value(QStringLiteral("retention")).toObject();
    QStringList uuids = rulesThen.keys() + rulesNow.keys();
    uuids.removeDuplicates();
    for (const QString &uuid : std::as_const(uuids)) {
        // A rule no longer linked shows as a change of the data categories above.
        if (!rulesThen.contains(uuid) || !rulesNow.contains(uuid))
            continue;
        const QJsonObject before = rulesThen.value(uuid).toObject();
        const QJsonObject after = rulesNow.value(uuid).toObject();
        const QStringList changed = text.describe(Domain::EntityKind::RetentionRule, diff(before, after));
        const QString name = after.value(QStringLiteral("name")).toString();
        for (const QString &line : changed)
            lines->append(tr("Retention rule \"%1\": %2").arg(name, line));
    }
    return Status::ok();
}

Status ActivityVersionService::establish(const QString &activityKey, const QString &changeNote,
                                         Domain::ActivityVersion *established)
{
    QSqlDatabase &db = m_store.connection();
    const QString failure = message(Message::SaveFailed);
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    auto rollback = [&db](const Status &status) {
        db.rollback();
        return status;
    };
    Domain::ProcessingActivity activity;
    Status status = ActivityService(m_store).find(activityKey, &activity);
    if (!status)
        return rollback(status);
    const QString name = QStringLiteral("\"%1\"").arg(activity.name);
    if (activity.status != QLatin1String("approved"))
        return rollback(refused(tr("%1 is not established: only an approved activity is. Set its status to Approved "
                                   "first, once it has been reviewed.")
                                    .arg(name)));
    if (Domain::hasErrors(activity.validate()))
        return rollback(
            refused(tr("%1 is not established: correct the marked fields of the activity first.").arg(name)));

    QJsonObject content;
    status = contentOf(activity, &content);
    QList<Domain::ActivityVersion> versions;
    if (status)
        status = versionsOf(activity.uuid, &versions);
    Domain::Organisation organisation;
    if (status)
        status = OrganisationService(m_store).load(&organisation);
    Storage::HistoryHead head;
    if (status)
        status = Storage::HistoryChain::readHead(db, &head);
    if (!status)
        return rollback(status);

    Domain::ActivityVersion version;
    version.content = canonical(content);
    version.digest = Domain::ActivityVersion::digestOf(version.content);
    if (!versions.isEmpty() && versions.constFirst().digest == version.digest)
        return rollback(refused(tr("%1 is not established again: it says exactly what its activity version %2 says.")
                                    .arg(name)
                                    .arg(versions.constFirst().number)));
    version.activityUuid = activity.uuid;
    version.number = versions.isEmpty() ? 1 : versions.constFirst().number + 1;
    version.uri = uriOf(organisation.activityUriBaseOr(m_store.registerId()), activity.uuid, version.number);
    version.activityNumber = activity.number;
    version.name = activity.name;
    version.establishedAt = Domain::IsoTime::parseMoment(Domain::IsoTime::moment(m_store.now()));
    version.establishedBy = m_store.actor();
    version.approvedBy = activity.approvedBy;
    version.approvedOn = activity.approvedOn;
    version.changeNote = changeNote.trimmed();
    version.activityRowVersion = activity.rowVersion;
    version.registerStateCount = head.count;
    version.registerStateHash = head.hash;

    Domain::Findings findings = version.validate();
    if (Domain::hasErrors(findings))
        return rollback(refused(message(Message::NotSaved), findings.constFirst().message));
    bool written = false;
    status = store(version, std::nullopt, &findings, &written);
    if (!status)
        return rollback(status);
    if (!db.commit())
        return rollback(failed(failure, db.lastError().text()));
    announce(version.uuid);
    *established = version;
    return Status::ok();
}

Status ActivityVersionService::check(QSqlDatabase &db, const Domain::ActivityVersion &next, qint64 id,
                                     Domain::Findings *findings)
{
    if (id != 0) {
        // An import may bring a version the register already holds; only as it is.
        Domain::ActivityVersion stored;
        const Status status = load(next.uuid, &stored);
        if (!status)
            return status;
        if (withoutBookkeeping(spec().toJson(stored)) != withoutBookkeeping(spec().toJson(next)))
            findings->append({QStringLiteral("number"), Domain::Finding::Severity::Error,
                              tr("An established activity version is kept as it was: it cannot be changed. Establish "
                                 "the activity again instead.")});
        return Status::ok();
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!EntityTable::run(query,
                          QStringLiteral("SELECT 1 FROM activity_version v JOIN activity a ON a.id = v.activity_id "
                                         "WHERE a.uuid = ? AND v.number = ?"),
                          {next.activityUuid, next.number}))
        return EntityTable::readError(query);
    if (query.next())
        findings->append(
            {QStringLiteral("number"), Domain::Finding::Severity::Error,
             tr("Version %1 of this activity has been established already, in the meantime.").arg(next.number)});
    return Status::ok();
}

} // namespace Custodian::Register
