// Register::OrganisationService on a real register, on both stores: every field round trips, every
// save is one transaction together with its audit entry, a refused, failed or stale save changes
// nothing.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

#include "RegisterTestSupport.h"
#include "Status.h"
#include "domain/Organisation.h"
#include "register/AuditLog.h"
#include "register/OrganisationService.h"

using Custodian::Status;
using Custodian::Domain::Finding;
using Custodian::Domain::Findings;
using Custodian::Domain::JointController;
using Custodian::Domain::Organisation;
using Custodian::Register::AuditLog;
using Custodian::Register::OrganisationService;
using RegisterTest::TestRegister;

namespace {

const QString actor = QStringLiteral("a.de.vries");

using RegisterTest::describe;

// Every field filled, with text that needs care: non-ASCII, quotes, a line break in an arrangement.
Organisation fullOrganisation()
{
    Organisation o;
    o.name = QStringLiteral("Stichting Zorg & Welzijn \"De Linde\"");
    o.streetAddress = QStringLiteral("Oudegracht 231");
    o.postalCode = QStringLiteral("3511 NK");
    o.city = QStringLiteral("Utrecht");
    o.country = QStringLiteral("NL");
    o.registrationNumber = QStringLiteral("41178923");
    o.contactName = QStringLiteral("Joëlle van 't Hek");
    o.contactEmail = QStringLiteral("privacy@delinde.example");
    o.contactPhone = QStringLiteral("+31 30 123 4567");
    o.dpoName = QStringLiteral("Ruud Ó Briain");
    o.dpoEmail = QStringLiteral("fg@delinde.example");
    o.dpoPhone = QStringLiteral("030-7654321");
    o.representativeName = QStringLiteral("Not applicable (established in the EU)");
    o.representativeContact = QStringLiteral("—");
    o.tradeNames = QStringLiteral("De Linde Thuiszorg");
    o.website = QStringLiteral("https://www.delinde.example/zorg");
    o.privacyEmail = QStringLiteral("privacy@delinde.example");
    o.privacyWebForm = QStringLiteral("https://www.delinde.example/privacy/verzoek");
    o.dpoPublishName = true;
    o.supervisoryAuthority = QStringLiteral("Autoriteit Persoonsgegevens");
    o.supervisoryAuthorityUrl = QStringLiteral("https://autoriteitpersoonsgegevens.nl");
    o.recipientNaming = QStringLiteral("names");
    o.dataLanguage = QStringLiteral("nl");
    o.jointControllers = {
        {QString(), QStringLiteral("Zorggroep Noord"), QStringLiteral("info@zgn.example"),
         QStringLiteral("Gezamenlijk cliëntdossier;\nZGN beantwoordt verzoeken van betrokkenen.")},
        {QString(), QStringLiteral("Apotheek Centrum"), QStringLiteral("030-1112233"),
         QStringLiteral("Medicatieoverzicht")},
        {QString(), QStringLiteral("Gemeente Utrecht"), QString(), QString()},
    };
    return o;
}

// The stored fields only: uuids and timestamps are assigned by the service.
void compareFields(const Organisation &actual, const Organisation &expected)
{
    for (const QString &field : Organisation::fieldNames())
        QVERIFY2(
            actual.fieldValue(field) == expected.fieldValue(field),
            qPrintable(
                QStringLiteral("%1: '%2' != '%3'").arg(field, actual.fieldValue(field), expected.fieldValue(field))));
    QCOMPARE(actual.jointControllers.size(), expected.jointControllers.size());
    for (int i = 0; i < expected.jointControllers.size(); ++i) {
        QCOMPARE(actual.jointControllers.at(i).name, expected.jointControllers.at(i).name);
        QCOMPARE(actual.jointControllers.at(i).contact, expected.jointControllers.at(i).contact);
        QCOMPARE(actual.jointControllers.at(i).arrangement, expected.jointControllers.at(i).arrangement);
    }
}

} // namespace

class TestOrganisationService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestRegister> m_register;
    std::unique_ptr<Custodian::Storage::Store> m_reopened; // after reopen()
    std::unique_ptr<OrganisationService> m_service;

    Custodian::Storage::Store &store() { return m_reopened ? *m_reopened : m_register->database(); }
    QSqlDatabase &db() { return store().connection(); }

    Organisation load()
    {
        Organisation organisation;
        const Status status = m_service->load(&organisation);
        if (!status)
            qWarning() << "load failed:" << describe(status);
        return organisation;
    }

    qint64 auditCount() { return AuditLog::count(db()); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // The raw organisation row, to compare before and after a refused or failed save.
    QVariantList organisationRow()
    {
        QVariantList row;
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("SELECT * FROM organisation")) && query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
        }
        return row;
    }

    QList<QVariantList> jointRows()
    {
        QList<QVariantList> rows;
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("SELECT * FROM joint_controller ORDER BY id"))) {
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i);
                rows << row;
            }
        }
        return rows;
    }

    // Closes the register and opens it again through a new connection.
    void reopen()
    {
        m_service.reset();
        m_register->database().close();
        m_reopened = m_register->openAgain();
        QVERIFY(m_reopened);
        m_service = std::make_unique<OrganisationService>(*m_reopened);
    }

private slots:
    void initTestCase() { AuditLog::setActor(actor); }

    void init()
    {
        m_register = std::make_unique<TestRegister>();
        QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
        m_service = std::make_unique<OrganisationService>(m_register->database());
    }

    void cleanup()
    {
        m_service.reset();
        m_reopened.reset();
        m_register.reset();
    }

    void emptyRegisterHasNoOrganisation()
    {
        const Organisation organisation = load();
        QVERIFY(organisation.uuid.isEmpty());
        QVERIFY(organisation.name.isEmpty());
        QVERIFY(organisation.jointControllers.isEmpty());
        QCOMPARE(auditCount(), 0);
    }

    void everyFieldRoundTrips()
    {
        const Organisation input = fullOrganisation();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        Findings findings;
        const Status status = m_service->save(input, &findings);
        QVERIFY2(status, qPrintable(describe(status)));
        QVERIFY(!Custodian::Domain::hasErrors(findings));

        const Organisation loaded = load();
        compareFields(loaded, input);
        QVERIFY(!loaded.uuid.isEmpty());
        QVERIFY(loaded.createdAt.isValid());
        QVERIFY(loaded.createdAt >= before);
        QCOMPARE(loaded.updatedAt, loaded.createdAt);
        QStringList jointUuids;
        for (const JointController &joint : loaded.jointControllers) {
            QVERIFY(!joint.uuid.isEmpty());
            jointUuids << joint.uuid;
        }
        jointUuids.removeDuplicates();
        QCOMPARE(jointUuids.size(), input.jointControllers.size());

        // Surrounding whitespace is not stored.
        Organisation padded = loaded;
        padded.city = QStringLiteral("  Amersfoort \t");
        QVERIFY(m_service->save(padded));
        QCOMPARE(load().city, QStringLiteral("Amersfoort"));
    }

    void jointControllersKeepOrderAndUuids()
    {
        QVERIFY(m_service->save(fullOrganisation()));
        Organisation loaded = load();
        QCOMPARE(loaded.jointControllers.size(), 3);
        const QList<JointController> original = loaded.jointControllers;

        // Resaving with a change elsewhere keeps every joint controller's uuid.
        loaded.city = QStringLiteral("Zeist");
        QVERIFY(m_service->save(loaded));
        Organisation resaved = load();
        QCOMPARE(resaved.jointControllers, original);
        QCOMPARE(resaved.uuid, loaded.uuid);

        // Reordered: the order is kept and each uuid travels with its entry.
        resaved.jointControllers = {original.at(2), original.at(0), original.at(1)};
        QVERIFY(m_service->save(resaved));
        Organisation reordered = load();
        QCOMPARE(reordered.jointControllers, resaved.jointControllers);

        // One removed, one added: the others keep their uuids, the new one gets a fresh one.
        reordered.jointControllers.removeAt(1);
        reordered.jointControllers.append({QString(), QStringLiteral("Huisartsenpraktijk Oost"), QString(), QString()});
        QVERIFY(m_service->save(reordered));
        const Organisation changed = load();
        QCOMPARE(changed.jointControllers.size(), 3);
        QCOMPARE(changed.jointControllers.at(0), original.at(2));
        QCOMPARE(changed.jointControllers.at(1), original.at(1));
        QCOMPARE(changed.jointControllers.at(2).name, QStringLiteral("Huisartsenpraktijk Oost"));
        QVERIFY(!changed.jointControllers.at(2).uuid.isEmpty());
        for (const JointController &joint : original)
            QVERIFY(joint.uuid != changed.jointControllers.at(2).uuid);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM joint_controller")), 3);
    }

    void eachSaveWritesOneAuditEntry()
    {
        Organisation input;
        input.name = QStringLiteral("Bakkerij Van Dam");
        input.contactEmail = QStringLiteral("info@vandam.example");
        QVERIFY(m_service->save(input));
        QCOMPARE(auditCount(), 1);
        Organisation saved = load();

        QList<AuditLog::Entry> entries = AuditLog::entriesFor(db(), QStringLiteral("organisation"), saved.uuid);
        QCOMPARE(entries.size(), 1);
        const AuditLog::Entry &created = entries.at(0);
        QCOMPARE(created.actor, store().actor());
        QCOMPARE(created.entity, QStringLiteral("organisation"));
        QCOMPARE(created.entityUuid, saved.uuid);
        QCOMPARE(created.action, AuditLog::Action::Create);
        QVERIFY(created.at.isValid());
        QVERIFY(qAbs(created.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(created.changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(),
                 input.name);
        QCOMPARE(created.changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("old")).toString(),
                 QString());
        QCOMPARE(
            created.changes.value(QStringLiteral("contactEmail")).toObject().value(QStringLiteral("new")).toString(),
            input.contactEmail);
        QVERIFY2(!created.changes.contains(QStringLiteral("city")), "an empty field that stayed empty is no change");

        // Update: exactly the changed fields, each with old and new.
        saved.name = QStringLiteral("Bakkerij Van Dam & Zn.");
        saved.city = QStringLiteral("Gouda");
        saved.jointControllers = {{QString(), QStringLiteral("Molen De Roos"), QString(), QStringLiteral("Inkoop")}};
        QVERIFY(m_service->save(saved));
        QCOMPARE(auditCount(), 2);
        entries = AuditLog::entriesFor(db(), QStringLiteral("organisation"), saved.uuid);
        QCOMPARE(entries.size(), 2);
        const AuditLog::Entry &updated = entries.at(1);
        QCOMPARE(updated.action, AuditLog::Action::Update);
        QCOMPARE(updated.actor, store().actor());
        QCOMPARE(updated.entity, QStringLiteral("organisation"));
        QStringList fields = updated.changes.keys();
        fields.sort();
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("city"), QStringLiteral("jointControllers"), QStringLiteral("name")}));
        const QJsonObject name = updated.changes.value(QStringLiteral("name")).toObject();
        QCOMPARE(name.value(QStringLiteral("old")).toString(), QStringLiteral("Bakkerij Van Dam"));
        QCOMPARE(name.value(QStringLiteral("new")).toString(), QStringLiteral("Bakkerij Van Dam & Zn."));
        const QJsonObject city = updated.changes.value(QStringLiteral("city")).toObject();
        QCOMPARE(city.value(QStringLiteral("old")).toString(), QString());
        QCOMPARE(city.value(QStringLiteral("new")).toString(), QStringLiteral("Gouda"));
        const QJsonObject joint = updated.changes.value(QStringLiteral("jointControllers")).toObject();
        QVERIFY(joint.value(QStringLiteral("old")).toArray().isEmpty());
        QCOMPARE(joint.value(QStringLiteral("new")).toArray().size(), 1);
        QCOMPARE(joint.value(QStringLiteral("new")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Molen De Roos"));

        // The raw row says the same, with the action's code.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT actor, entity, entity_uuid, action FROM audit_log ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(3).toString(), QStringLiteral("create"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), store().actor());
        QCOMPARE(query.value(1).toString(), QStringLiteral("organisation"));
        QCOMPARE(query.value(2).toString(), saved.uuid);
        QCOMPARE(query.value(3).toString(), QStringLiteral("update"));
        QVERIFY(!query.next());
    }

    void unchangedSaveWritesNothing()
    {
        QVERIFY(m_service->save(fullOrganisation()));
        const Organisation saved = load();
        const QVariantList row = organisationRow();
        QCOMPARE(auditCount(), 1);

        QTest::qWait(1100); // so that a rewritten updated_at would differ
        QVERIFY(m_service->save(saved));
        QCOMPARE(auditCount(), 1);
        QCOMPARE(organisationRow(), row);
        QCOMPARE(load().updatedAt, saved.updatedAt);

        // Whitespace only differs before normalising: still no change.
        Organisation padded = saved;
        padded.name = QStringLiteral("  ") + saved.name + QStringLiteral(" ");
        QVERIFY(m_service->save(padded));
        QCOMPARE(auditCount(), 1);
        QCOMPARE(organisationRow(), row);

        // A real change moves updated_at and leaves created_at.
        Organisation changed = saved;
        changed.dpoPhone = QStringLiteral("+31 6 12345678");
        QVERIFY(m_service->save(changed));
        QCOMPARE(auditCount(), 2);
        const Organisation after = load();
        QCOMPARE(after.createdAt, saved.createdAt);
        QVERIFY(after.updatedAt > saved.updatedAt);
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << QStringLiteral("name") << QString();
        QTest::newRow("blank name") << QStringLiteral("name") << QStringLiteral("   ");
        QTest::newRow("contact e-mail") << QStringLiteral("contactEmail") << QStringLiteral("info at example.nl");
        QTest::newRow("DPO e-mail") << QStringLiteral("dpoEmail") << QStringLiteral("fg@localhost");
        QTest::newRow("contact phone") << QStringLiteral("contactPhone") << QStringLiteral("call me maybe");
        QTest::newRow("privacy e-mail") << QStringLiteral("privacyEmail") << QStringLiteral("privacy@");
        QTest::newRow("website without scheme") << QStringLiteral("website") << QStringLiteral("www.delinde.example");
        QTest::newRow("web form without host")
            << QStringLiteral("privacyWebForm") << QStringLiteral("https://intranet");
        QTest::newRow("authority's site as mail")
            << QStringLiteral("supervisoryAuthorityUrl") << QStringLiteral("mailto:info@ap.example");
        QTest::newRow("unknown naming") << QStringLiteral("recipientNaming") << QStringLiteral("some");
        QTest::newRow("unknown language") << QStringLiteral("dataLanguage") << QStringLiteral("de");
    }

    void invalidInputIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto withField = [&](Organisation organisation) {
            if (field == QLatin1String("name"))
                organisation.name = value;
            else if (field == QLatin1String("contactEmail"))
                organisation.contactEmail = value;
            else if (field == QLatin1String("dpoEmail"))
                organisation.dpoEmail = value;
            else if (field == QLatin1String("contactPhone"))
                organisation.contactPhone = value;
            else if (field == QLatin1String("privacyEmail"))
                organisation.privacyEmail = value;
            else if (field == QLatin1String("website"))
                organisation.website = value;
            else if (field == QLatin1String("privacyWebForm"))
                organisation.privacyWebForm = value;
            else if (field == QLatin1String("supervisoryAuthorityUrl"))
                organisation.supervisoryAuthorityUrl = value;
            else if (field == QLatin1String("recipientNaming"))
                organisation.recipientNaming = value;
            else if (field == QLatin1String("dataLanguage"))
                organisation.dataLanguage = value;
            return organisation;
        };
        QSignalSpy changed(m_service.get(), &OrganisationService::changed);

        // Nothing saved yet: still nothing afterwards.
        Findings findings;
        Status status = m_service->save(withField(fullOrganisation()), &findings);
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY(!status.message().isEmpty());
        const Findings forField = Custodian::Domain::findingsFor(findings, field);
        QVERIFY2(!forField.isEmpty(), qPrintable(field));
        QCOMPARE(forField.first().severity, Finding::Severity::Error);
        QVERIFY(!forField.first().message.isEmpty());
        for (const Finding &finding : std::as_const(findings)) {
            if (finding.severity == Finding::Severity::Error)
                QCOMPARE(finding.field, field); // no error is pinned on a field that is fine
        }
        QVERIFY(load().uuid.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organisation")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM joint_controller")), 0);
        QCOMPARE(auditCount(), 0);

        // An existing organisation is left exactly as it was.
        QVERIFY(m_service->save(fullOrganisation()));
        QCOMPARE(changed.count(), 1);
        const QVariantList row = organisationRow();
        const QList<QVariantList> joints = jointRows();
        Organisation edited = withField(load());
        edited.city = QStringLiteral("Den Haag");
        edited.jointControllers.removeLast();
        status = m_service->save(edited, &findings);
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY(!Custodian::Domain::findingsFor(findings, field).isEmpty());
        QCOMPARE(organisationRow(), row);
        QCOMPARE(jointRows(), joints);
        QCOMPARE(auditCount(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void failedWriteLeavesNothing()
    {
        QSignalSpy changed(m_service.get(), &OrganisationService::changed);
        QVERIFY(m_register->injectFailure(QStringLiteral("joint_controller")));

        // Creating: no organisation row, no audit entry.
        Status status = m_service->save(fullOrganisation());
        QVERIFY(!status.isOk());
        QCOMPARE(status.code(), Status::Code::DatabaseError);
        QVERIFY2(status.detail().contains(QLatin1String("injected")), qPrintable(status.detail()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organisation")), 0);
        QCOMPARE(auditCount(), 0);
        QCOMPARE(changed.count(), 0);

        // Without a joint controller the same save goes through.
        Organisation plain = fullOrganisation();
        plain.jointControllers.clear();
        status = m_service->save(plain);
        QVERIFY2(status, qPrintable(describe(status)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(auditCount(), 1);

        // Updating: the row, the (empty) list and the history stay exactly as they were.
        const QVariantList row = organisationRow();
        Organisation edited = load();
        edited.name = QStringLiteral("Renamed In A Failed Save");
        edited.jointControllers = {{QString(), QStringLiteral("Partner"), QString(), QString()}};
        status = m_service->save(edited);
        QCOMPARE(status.code(), Status::Code::DatabaseError);
        QCOMPARE(organisationRow(), row);
        QCOMPARE(load().name, plain.name);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM joint_controller")), 0);
        QCOMPARE(auditCount(), 1);
        QCOMPARE(changed.count(), 1);

        // No transaction was left open: once the fault is gone, saving works again.
        QVERIFY(m_register->removeFailure());
        status = m_service->save(edited);
        QVERIFY2(status, qPrintable(describe(status)));
        QCOMPARE(load().name, edited.name);
        QCOMPARE(auditCount(), 2);
        QCOMPARE(changed.count(), 2);
    }

    void failedWriteWithAPersistentTrigger()
    {
        // The same fault as a trigger stored in the register itself (as the brief's example).
        QVERIFY(m_service->save(fullOrganisation()));
        const QVariantList row = organisationRow();
        const QList<QVariantList> joints = jointRows();
        QVERIFY(m_register->injectFailure(QStringLiteral("joint_controller")));
        QSignalSpy changed(m_service.get(), &OrganisationService::changed);
        Organisation edited = load();
        edited.name = QStringLiteral("Never Saved B.V.");
        const Status status = m_service->save(edited);
        QCOMPARE(status.code(), Status::Code::DatabaseError);
        QCOMPARE(organisationRow(), row);
        QCOMPARE(jointRows(), joints); // the DELETE before the failing INSERT was rolled back too
        QCOMPARE(auditCount(), 1);
        QCOMPARE(changed.count(), 0);
    }

    void auditLogIsAppendOnly()
    {
        QVERIFY(m_service->save(fullOrganisation()));
        Organisation edited = load();
        edited.city = QStringLiteral("Arnhem");
        QVERIFY(m_service->save(edited));
        QCOMPARE(auditCount(), 2);
        const QList<AuditLog::Entry> before = AuditLog::entriesFor(db(), QStringLiteral("organisation"), edited.uuid);

        QSqlQuery query(db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE id = 1")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        if (RegisterTest::onPostgres()) {
            // TRUNCATE skips row triggers: refused by a statement trigger.
            QVERIFY(!query.exec(QStringLiteral("TRUNCATE audit_log")));
        } else {
            // REPLACE deletes the old row without an UPDATE or a DELETE statement: still refused.
            QVERIFY(!query.exec(QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, actor, entity, "
                                               "entity_uuid, action) VALUES (1, 'x', 'x', 'x', 'x', 'create')")));
        }

        QCOMPARE(auditCount(), 2);
        const QList<AuditLog::Entry> after = AuditLog::entriesFor(db(), QStringLiteral("organisation"), edited.uuid);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).actor, before.at(i).actor);
            QCOMPARE(after.at(i).changes, before.at(i).changes);
            QCOMPARE(after.at(i).at, before.at(i).at);
        }
    }

    // Two people on the same register: the second save based on the details as they were before the
    // first is refused, names who changed them, and changes nothing; so is a second creation.
    void staleSaveIsAConflict()
    {
        QVERIFY(m_service->save(fullOrganisation()));
        Custodian::Storage::Store *other = m_register->colleague();
        QVERIFY(other);
        OrganisationService colleague(*other);
        Organisation theirs;
        QVERIFY(colleague.load(&theirs));
        Organisation mine = load();
        QCOMPARE(mine.rowVersion, theirs.rowVersion);

        theirs.city = QStringLiteral("Amersfoort");
        QVERIFY(colleague.save(theirs));
        const QVariantList row = organisationRow();
        const qint64 entries = auditCount();

        mine.dpoPhone = QStringLiteral("+31 6 87654321");
        const Status stale = m_service->save(mine);
        QCOMPARE(stale.code(), Status::Code::Conflict);
        QVERIFY2(stale.message().contains(other->actor()), qPrintable(stale.message()));
        QCOMPARE(organisationRow(), row);
        QCOMPARE(auditCount(), entries);
        QCOMPARE(load().city, QStringLiteral("Amersfoort"));

        // Created meanwhile by someone else: a second creation is refused the same way.
        const Status again = m_service->save(fullOrganisation());
        QCOMPARE(again.code(), Status::Code::Conflict);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organisation")), 1);
        QCOMPARE(auditCount(), entries);

        // Loaded afresh, the same change goes through.
        Organisation fresh = load();
        fresh.dpoPhone = mine.dpoPhone;
        QVERIFY(m_service->save(fresh));
        QCOMPARE(load().city, QStringLiteral("Amersfoort"));
        QCOMPARE(load().dpoPhone, mine.dpoPhone);
    }

    void changedFiresOncePerSuccessfulSave()
    {
        QSignalSpy changed(m_service.get(), &OrganisationService::changed);
        QVERIFY(changed.isValid());
        Organisation organisation = fullOrganisation();
        QVERIFY(m_service->save(organisation));
        QCOMPARE(changed.count(), 1);
        organisation = load();
        organisation.city = QStringLiteral("Leiden");
        QVERIFY(m_service->save(organisation));
        QCOMPARE(changed.count(), 2);
        organisation.name.clear();
        QVERIFY(!m_service->save(organisation).isOk());
        QCOMPARE(changed.count(), 2);
    }

    void valuesSurviveReopen()
    {
        const Organisation input = fullOrganisation();
        QVERIFY(m_service->save(input));
        const Organisation saved = load();
        Organisation edited = saved;
        edited.contactName = QStringLiteral("Mevrouw Ç. Doğan");
        QVERIFY(m_service->save(edited));
        const Organisation beforeClose = load();

        reopen();
        if (QTest::currentTestFailed())
            return;
        const Organisation reopened = load();
        QCOMPARE(reopened, beforeClose);
        QCOMPARE(reopened.contactName, QStringLiteral("Mevrouw Ç. Doğan"));
        QCOMPARE(reopened.uuid, saved.uuid);
        QCOMPARE(reopened.jointControllers, saved.jointControllers);
        QCOMPARE(AuditLog::entriesFor(db(), QStringLiteral("organisation"), saved.uuid).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationService)
#include "tst_organisationservice.moc"
