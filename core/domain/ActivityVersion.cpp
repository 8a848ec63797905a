#include "ActivityVersion.h"

#include "domain/FieldSpec.h"
#include "domain/ProcessingActivity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Custodian::Domain {

QString ActivityVersion::stateLabel(State state)
{
    switch (state) {
    case State::Established:
        return tr("Established");
    case State::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

namespace {

// What a content says, with the items it links to named rather than identified: the same activity
// linked to the same party, rule or measure in another register (a merge matches them by name and
// they get that register's uuids) says the same.
QJsonObject named(const QJsonObject &content)
{
    const QJsonObject names = content.value(QStringLiteral("names")).toObject();
    const auto nameOf = [&names](EntityKind kind, const QJsonValue &uuid) -> QJsonValue {
        const QJsonValue name = names.value(EntityKinds::code(kind)).toObject().value(uuid.toString());
        return name.isString() && !name.toString().isEmpty() ? name : uuid;
    };
    QJsonObject activity = content.value(QStringLiteral("activity")).toObject();
    // Keys the activity gained after versions were first established (schema 23: public bodies) count
    // only once they say something: a version established before them, or one that leaves them empty,
    // keeps its fingerprint.
    for (const char *key : {"category", "basedOn", "controllerBodyUuids"}) {
        const QJsonValue value = activity.value(QLatin1String(key));
        if (value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
            (value.isArray() && value.toArray().isEmpty()))
            activity.remove(QLatin1String(key));
    }
    const EntitySpec<ProcessingActivity> &spec = ProcessingActivity::spec();
    for (const Field<ProcessingActivity> &field : spec.fields) {
        if (field.type == FieldType::Link && activity.contains(field.keyName()))
            activity.insert(field.keyName(), nameOf(field.target, activity.value(field.keyName())));
    }
    for (const Child<ProcessingActivity> &child : spec.children) {
        const QString key = QLatin1String(child.key);
        // A list the content does not hold (one added to the register later, or left out of versions)
        // stays out: the digests of versions established before it came keep matching.
        if (!activity.contains(key))
            continue;
        QJsonArray rows = activity.value(key).toArray();
        if (child.kind == ChildKind::Links) {
            QStringList linked;
            for (const QJsonValue &uuid : std::as_const(rows))
                linked << nameOf(child.target, uuid).toString();
            std::sort(linked.begin(), linked.end());
            activity.insert(key, QJsonArray::fromStringList(linked));
        } else if (const RowOps<ProcessingActivity> *ops = child.rowOps()) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QJsonObject row = rows.at(i).toObject();
                for (const FieldInfo *field : ops->fields()) {
                    if (field->type == FieldType::Link && row.contains(field->keyName()))
                        row.insert(field->keyName(), nameOf(field->target, row.value(field->keyName())));
                }
                rows[i] = row;
            }
            activity.insert(key, rows);
        }
    }
    QJsonObject retention;
    const QJsonObject rules = content.value(QStringLiteral("retention")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it)
        retention.insert(nameOf(EntityKind::RetentionRule, it.key()).toString(), it.value());
    return QJsonObject{{QStringLiteral("activity"), activity}, {QStringLiteral("retention"), retention}};
}

} // namespace

QString ActivityVersion::digestOf(const QString &content)
{
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8());
    // Content that is not an object (never written so) is hashed as it is.
    const QByteArray hashed =
        document.isObject() ? QJsonDocument(named(document.object())).toJson(QJsonDocument::Compact) : content.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex());
}

Findings ActivityVersion::validate() const
{
    using Severity = Finding::Severity;
    Findings findings;
    if (activityUuid.isEmpty())
        findings.append({QStringLiteral("activityUuid"), Severity::Error,
                         tr("An activity version belongs to a processing activity: choose the activity.")});
    if (number <= 0)
        findings.append(
            {QStringLiteral("number"), Severity::Error, tr("An activity version has a number of 1 or more.")});
    if (uri.trimmed().isEmpty() || uri.contains(QLatin1Char(' ')))
        findings.append({QStringLiteral("uri"), Severity::Error,
                         tr("An activity version has a URI without spaces, which log lines point to.")});
    if (!establishedAt.isValid())
        findings.append({QStringLiteral("establishedAt"), Severity::Error,
                         tr("An activity version records when it was established.")});
    if (content.isEmpty())
        findings.append({QStringLiteral("content"), Severity::Error,
                         tr("An activity version records what the activity said when it was established.")});
    else if (digest != digestOf(content))
        findings.append({QStringLiteral("digest"), Severity::Error,
                         tr("The fingerprint of the activity version does not match what it records: the version "
                            "was altered.")});
    return findings;
}

const EntitySpec<ActivityVersion> &ActivityVersion::spec()
{
    using T = FieldType;
    using F = Field<ActivityVersion>;
    using V = ActivityVersion;
    // One field a line.
    // clang-format off
    static const EntitySpec<ActivityVersion> spec = {
        EntityKind::ActivityVersion,
        {
            F("activityUuid", "activity_id", T::Link, &V::activityUuid, QT_TRANSLATE_NOOP("Custodian::Fields", "Processing activity")).linkTo(EntityKind::ProcessingActivity),
            F("number", "number", T::Int, &V::number, QT_TRANSLATE_NOOP("Custodian::Fields", "Activity version")),
            F("uri", "uri", T::Text, &V::uri, QT_TRANSLATE_NOOP("Custodian::Fields", "URI")),
            F("activityNumber", "activity_number", T::Text, &V::activityNumber, QT_TRANSLATE_NOOP("Custodian::Fields", "Activity number")),
            F("name", "name", T::Text, &V::name, QT_TRANSLATE_NOOP("Custodian::Fields", "Name")),
            F("establishedAt", "established_at", T::Moment, &V::establishedAt, QT_TRANSLATE_NOOP("Custodian::Fields", "Established at")),
            F("establishedBy", "established_by", T::Text, &V::establishedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Established by")),
            F("approvedBy", "approved_by", T::Text, &V::approvedBy, QT_TRANSLATE_NOOP("Custodian::Fields", "Approved by")),
            F("approvedOn", "approved_on", T::Date, &V::approvedOn, QT_TRANSLATE_NOOP("Custodian::Fields", "Approved on")),
            F("changeNote", "change_note", T::LongText, &V::changeNote, QT_TRANSLATE_NOOP("Custodian::Fields", "What changed")),
            F("content", "content", T::LongText, &V::content, QT_TRANSLATE_NOOP("Custodian::Fields", "What the activity said")),
            F("digest", "digest", T::Text, &V::digest, QT_TRANSLATE_NOOP("Custodian::Fields", "Fingerprint")),
            F("activityRowVersion", "activity_row_version", T::BigInt, &V::activityRowVersion, QT_TRANSLATE_NOOP("Custodian::Fields", "Save of the activity")),
            F("registerStateCount", "register_state_count", T::BigInt, &V::registerStateCount, QT_TRANSLATE_NOOP("Custodian::Fields", "Register state")),
            F("registerStateHash", "register_state_hash", T::Text, &V::registerStateHash, QT_TRANSLATE_NOOP("Custodian::Fields", "Register state fingerprint")),
        },
        {},
        {},
    };
    // clang-format on
    return spec;
}

QJsonObject ActivityVersion::toJson() const
{
    return spec().toJson(*this);
}

} // namespace Custodian::Domain
