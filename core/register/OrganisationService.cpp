#include "OrganisationService.h"

#include "register/AuditLog.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Custodian::Register {

using Domain::JointController;
using Domain::Organisation;

namespace {

// Column names in the order of Organisation::fieldNames().
const QStringList &columns()
{
    static const QStringList names = {QStringLiteral("name"),
                                      QStringLiteral("street_address"),
                                      QStringLiteral("postal_code"),
                                      QStringLiteral("city"),
                                      QStringLiteral("country"),
                                      QStringLiteral("registration_number"),
                                      QStringLiteral("contact_name"),
                                      QStringLiteral("contact_email"),
                                      QStringLiteral("contact_phone"),
                                      QStringLiteral("dpo_name"),
                                      QStringLiteral("dpo_email"),
                                      QStringLiteral("dpo_phone"),
                                      QStringLiteral("representative_name"),
                                      QStringLiteral("representative_contact")};
    return names;
}

// An empty field is stored as '' (the columns are NOT NULL); a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonArray jointControllersJson(const QList<JointController> &list)
{
    QJsonArray array;
    for (const JointController &joint : list)
        array.append(QJsonObject{{QStringLiteral("name"), joint.name},
                                 {QStringLiteral("contact"), joint.contact},
                                 {QStringLiteral("arrangement"), joint.arrangement}});
    return array;
}

} // namespace

OrganisationService::OrganisationService(Storage::Store &database, QObject *parent)
    : QObject(parent), m_database(database)
{}

Status OrganisationService::load(Organisation *organisation) const
{
    *organisation = Organisation();
    QSqlDatabase &db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid, created_at, updated_at, ") + columns().join(QLatin1String(", ")) +
                    QStringLiteral(" FROM organisation WHERE id = 1")))
        return Status::error(Status::Code::DatabaseError, tr("The organisation details could not be read."),
                             query.lastError().text());
    if (!query.next())
        return Status::ok();
    organisation->uuid = query.value(0).toString();
    organisation->createdAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    organisation->updatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    QList<QString *> targets = {&organisation->name,
                                &organisation->streetAddress,
                                &organisation->postalCode,
                                &organisation->city,
                                &organisation->country,
                                &organisation->registrationNumber,
                                &organisation->contactName,
                                &organisation->contactEmail,
                                &organisation->contactPhone,
                                &organisation->dpoName,
                                &organisation->dpoEmail,
                                &organisation->dpoPhone,
                                &organisation->representativeName,
                                &organisation->representativeContact};
    for (int i = 0; i < targets.size(); ++i)
        *targets[i] = query.value(3 + i).toString();

    QSqlQuery joint(db);
    joint.setForwardOnly(true);
    if (!joint.exec(QStringLiteral("SELECT uuid, name, contact, arrangement FROM joint_controller "
                                   "WHERE organisation_id = 1 ORDER BY position, id")))
        return Status::error(Status::Code::DatabaseError, tr("The organisation details could not be read."),
                             joint.lastError().text());
    while (joint.next())
        organisation->jointControllers.append({joint.value(0).toString(), joint.value(1).toString(),
                                               joint.value(2).toString(), joint.value(3).toString()});
    return Status::ok();
}

Status OrganisationService::save(const Organisation &input, Domain::Findings *findingsOut)
{
    const Organisation organisation = input.normalised();
    const Domain::Findings findings = organisation.validate();
    if (findingsOut)
        *findingsOut = findings;
    if (Domain::hasErrors(findings))
        return Status::error(Status::Code::InvalidInput,
                             tr("The organisation details were not saved: correct the marked fields first."));

    Organisation previous;
    Status status = load(&previous);
    if (!status)
        return status;

    QSqlDatabase &db = m_database.connection();
    auto fail = [&db](const QString &detail) {
        db.rollback();
        return Status::error(Status::Code::DatabaseError,
                             tr("The organisation details could not be saved. Nothing was changed."), detail);
    };
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError,
                             tr("The organisation details could not be saved. Nothing was changed."),
                             db.lastError().text());

    const bool exists = !previous.uuid.isEmpty();
    const QString uuid = exists ? previous.uuid : newUuid();
    const QString now = m_database.now().toUTC().toString(Qt::ISODate);
    const QStringList fields = Organisation::fieldNames();

    QSqlQuery query(db);
    if (exists) {
        QStringList assignments;
        for (const QString &column : columns())
            assignments << column + QStringLiteral(" = ?");
        query.prepare(QStringLiteral("UPDATE organisation SET ") + assignments.join(QLatin1String(", ")) +
                      QStringLiteral(", updated_at = ? WHERE id = 1"));
        for (const QString &field : fields)
            query.addBindValue(text(organisation.fieldValue(field)));
        query.addBindValue(now);
    } else {
        query.prepare(QStringLiteral("INSERT INTO organisation (id, uuid, created_at, updated_at, ") +
                      columns().join(QLatin1String(", ")) + QStringLiteral(") VALUES (1, ?, ?, ?") +
                      QStringLiteral(", ?").repeated(columns().size()) + QStringLiteral(")"));
        query.addBindValue(uuid);
        query.addBindValue(now);
        query.addBindValue(now);
        for (const QString &field : fields)
            query.addBindValue(text(organisation.fieldValue(field)));
    }
    if (!query.exec())
        return fail(query.lastError().text());

    // Joint controllers are a small ordered list owned by the organisation: replace it whole,
    // keeping each entry's uuid.
    if (!query.exec(QStringLiteral("DELETE FROM joint_controller WHERE organisation_id = 1")))
        return fail(query.lastError().text());
    for (int i = 0; i < organisation.jointControllers.size(); ++i) {
        const JointController &joint = organisation.jointControllers.at(i);
        query.prepare(QStringLiteral("INSERT INTO joint_controller (uuid, organisation_id, position, name, contact, "
                                     "arrangement) VALUES (?, 1, ?, ?, ?, ?)"));
        query.addBindValue(joint.uuid.isEmpty() ? newUuid() : joint.uuid);
        query.addBindValue(i);
        query.addBindValue(text(joint.name));
        query.addBindValue(text(joint.contact));
        query.addBindValue(text(joint.arrangement));
        if (!query.exec())
            return fail(query.lastError().text());
    }

    QJsonObject changes;
    for (const QString &field : fields)
        AuditLog::recordChange(changes, field, previous.fieldValue(field), organisation.fieldValue(field));
    const QJsonArray oldJoint = jointControllersJson(previous.jointControllers);
    const QJsonArray newJoint = jointControllersJson(organisation.jointControllers);
    if (oldJoint != newJoint)
        changes.insert(QStringLiteral("jointControllers"),
                       QJsonObject{{QStringLiteral("old"), oldJoint}, {QStringLiteral("new"), newJoint}});
    if (exists && changes.isEmpty()) {
        db.rollback(); // nothing changed: no write, no history line
        return Status::ok();
    }
    status = AuditLog::append(m_database, QStringLiteral("organisation"), uuid,
                              exists ? AuditLog::Action::Update : AuditLog::Action::Create, changes);
    if (!status)
        return fail(status.detail());
    if (!db.commit())
        return fail(db.lastError().text());
    emit changed();
    return Status::ok();
}

} // namespace Custodian::Register
