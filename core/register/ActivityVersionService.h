#pragma once

#include "domain/ActivityVersion.h"
#include "domain/ProcessingActivity.h"
#include "register/EntityService.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace Custodian::Register {

// The established versions of the processing activities (DECISIONS.md: "activity version"). An
// approved activity is established as its next version: a snapshot of what it says, with the names
// of what it links to and the retention rules of its data, who established it, when, in which
// register state, and a URI that log lines point to. Written once, by establish(), never changed or
// deleted afterwards (the register's triggers refuse it as well). An import may bring the versions
// of another register, each as it was.
class ActivityVersionService : public EntityService<Domain::ActivityVersion>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::ActivityVersionService)
public:
    explicit ActivityVersionService(Storage::Store &store, QObject *parent = nullptr);

    // Establishes the activity (number or uuid) as its next version, in one audited transaction.
    // Refused, with the reason, unless the activity is approved and has no input errors, and when
    // it says exactly what its latest version says.
    [[nodiscard]] Status establish(const QString &activity, const QString &changeNote,
                                   Domain::ActivityVersion *established);
    // The versions of an activity, the latest first.
    [[nodiscard]] Status versionsOf(const QString &activityUuid, QList<Domain::ActivityVersion> *versions) const;
    // Refused: an established version is kept as it was.
    [[nodiscard]] Status remove(const QString &uuid);

    // What the activity says now, as establish() would record it (canonical JSON, see
    // ActivityVersion::content).
    [[nodiscard]] Status contentOf(const Domain::ProcessingActivity &activity, QJsonObject *content) const;
    // The same from look-ups of the items it links to (the completeness check reads a snapshot): the
    // name of a linked item as its list shows it (empty when it is gone), and the fields of a linked
    // retention rule (nullopt when it is gone).
    using NameOf = std::function<QString(Domain::EntityKind kind, const QString &uuid)>;
    using RuleOf = std::function<std::optional<QJsonObject>(const QString &uuid)>;
    static QJsonObject contentOf(const Domain::ProcessingActivity &activity, const NameOf &nameOf,
                                 const RuleOf &ruleOf);
    // The canonical text of a content object (compact, keys sorted), which the digest is taken of.
    static QString canonical(const QJsonObject &content);
    // An item's fields without its bookkeeping (uuid, timestamps, row version).
    static QJsonObject withoutBookkeeping(QJsonObject object);
    // The latest version of each activity that has one, by activity uuid (number, URI, digest, when
    // and by whom; not the content), in one query.
    [[nodiscard]] static Status latestOfEach(Storage::Store &store, QHash<QString, Domain::ActivityVersion> *latest);
    // The differences between what a version recorded and what the activity says now (its working
    // record), one line each as the history shows them, in the language of the moment: the
    // activity's fields, then the retention rules of its data. Empty when nothing differs.
    [[nodiscard]] Status differences(const Domain::ActivityVersion &version, const Domain::ProcessingActivity &activity,
                                     QStringList *lines) const;

    // The version's state: established while it is the latest of an activity in use.
    static Domain::ActivityVersion::State stateOf(const Domain::ActivityVersion &version, int latestNumber,
                                                  bool activityRetired);
    // BASE/activity/UUID/NUMBER.
    static QString uriOf(const QString &base, const QString &activityUuid, int number);

protected:
    Status check(QSqlDatabase &db, const Domain::ActivityVersion &next, qint64 id, Domain::Findings *findings) override;
};

} // namespace Custodian::Register
