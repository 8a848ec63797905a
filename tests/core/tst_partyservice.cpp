// PartyService and SecurityMeasureService on a real register: every field round trips through
// save/load/list, every write is one transaction with its audit entry (none for an unchanged save),
// a refused or failed write changes nothing, retiring is audited, and removal is refused while
// something still refers to the item.
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

namespace {

Party fullParty()
{
    Party p;
    p.name = QStringLiteral("  Hostingpartner Noord B.V.  ");
    p.country = QStringLiteral("nl");
    p.contactName = QStringLiteral("Joëlle van 't Hek");
    p.contactEmail = QStringLiteral("security@hostingpartner.example");
    p.contactPhone = QStringLiteral("+31 50 123 4567");
    p.dpoName = QStringLiteral("Ruud Ó Briain");
    p.dpoContact = QStringLiteral("fg@hostingpartner.example");
    p.notes = QStringLiteral("Two data centres;\n\"no active access\"");
    p.roles = {QStringLiteral("sub_processor"), QStringLiteral("processor"), QStringLiteral("sub_processor")};
    return p;
}

} // namespace

class TestPartyService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void listIsInNameOrder();
    void auditEntryPerWrite();
    void unchangedSaveWritesNothing();
    void refusedInputWritesNothing();
    void failedWriteLeavesNeitherDataNorAudit();
    void updateOfUnknownUuidIsNotFound();
    void retire();
    void staleSaveIsAConflict();
    void staleRetireIsAppliedToTheStoredVersion();
    void removeRefusedWhileReferenced();
    void removeIsAudited();
    void measureRoundTripAndAudit();
    void measureRemoveRefusedWhileLinked();

private:
    std::unique_ptr<TestRegister> m_register;
    std::unique_ptr<PartyService> m_parties;
    std::unique_ptr<SecurityMeasureService> m_measures;
};

void TestPartyService::init()
{
    AuditLog::setActor(QStringLiteral("a.de.vries"));
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    m_parties = std::make_unique<PartyService>(m_register->database());
    m_measures = std::make_unique<SecurityMeasureService>(m_register->database());
}

void TestPartyService::cleanup()
{
    m_measures.reset();
    m_parties.reset();
    m_register.reset();
}

void TestPartyService::roundTrip()
{
    Party party = fullParty();
    QSignalSpy changed(m_parties.get(), &PartyService::changed);
    QVERIFY_OK(m_parties->save(&party));
    QVERIFY(!party.uuid.isEmpty());
    QVERIFY(party.createdAt.isValid());
    QCOMPARE(party.createdAt, party.updatedAt);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), party.uuid);
    // Normalised on the way in, and handed back so: trimmed, upper-case country, roles once in order.
    QCOMPARE(party.name, QStringLiteral("Hostingpartner Noord B.V."));
    QCOMPARE(party.country, QStringLiteral("NL"));
    QCOMPARE(party.roles, QStringList({QStringLiteral("processor"), QStringLiteral("sub_processor")}));

    Party loaded;
    QVERIFY_OK(m_parties->load(party.uuid, &loaded));
    QCOMPARE(loaded, party);
    QList<Party> all;
    QVERIFY_OK(m_parties->list(&all));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst(), party);
    QCOMPARE(loaded.notes, QStringLiteral("Two data centres;\n\"no active access\""));

    Party missing;
    QCOMPARE(m_parties->load(QStringLiteral("no-such-uuid"), &missing).code(), Status::Code::NotFound);
}

void TestPartyService::listIsInNameOrder()
{
    for (const char *name : {"bravo", "Alpha", "charlie"}) {
        Party p;
        p.name = QLatin1String(name);
        QVERIFY_OK(m_parties->save(&p));
    }
    QList<Party> all;
    QVERIFY_OK(m_parties->list(&all));
    QStringList names;
    for (const Party &p : std::as_const(all))
        names << p.name;
    QCOMPARE(names, QStringList({QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("charlie")}));
}

void TestPartyService::auditEntryPerWrite()
{
    Party party = fullParty();
    QVERIFY_OK(m_parties->save(&party));
    QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("party"), party.uuid);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, AuditLog::Action::Create);
    QCOMPARE(entries.at(0).actor, m_register->database().actor());
    const QJsonObject created = entries.at(0).changes;
    QCOMPARE(created.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("Hostingpartner Noord B.V."));
    QVERIFY(created.contains(QStringLiteral("roles")));
    QVERIFY(!created.contains(QStringLiteral("uuid")));
    QVERIFY(!created.contains(QStringLiteral("createdAt")));

    const QDateTime before = party.updatedAt;
    QTest::qWait(1100); // timestamps have one-second resolution
    party.contactPhone = QStringLiteral("+31 50 765 4321");
    party.roles.append(QStringLiteral("recipient"));
    QVERIFY_OK(m_parties->save(&party));
    QVERIFY(party.updatedAt > before);
    entries = m_register->entries(QStringLiteral("party"), party.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, AuditLog::Action::Update);
    const QJsonObject changes = entries.at(1).changes;
    QCOMPARE(changes.keys(), QStringList({QStringLiteral("contactPhone"), QStringLiteral("roles")}));
    QCOMPARE(changes.value(QStringLiteral("contactPhone")).toObject().value(QStringLiteral("old")).toString(),
             QStringLiteral("+31 50 123 4567"));
    QCOMPARE(changes.value(QStringLiteral("contactPhone")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("+31 50 765 4321"));
    QCOMPARE(changes.value(QStringLiteral("roles")).toObject().value(QStringLiteral("new")).toArray().size(), 3);
}

void TestPartyService::unchangedSaveWritesNothing()
{
    Party party = fullParty();
    QVERIFY_OK(m_parties->save(&party));
    const qint64 audit = m_register->auditCount();
    QSignalSpy changed(m_parties.get(), &PartyService::changed);
    Party again = party;
    again.name = QStringLiteral(" Hostingpartner Noord B.V. "); // the same after trimming
    QVERIFY_OK(m_parties->save(&again));
    QCOMPARE(m_register->auditCount(), audit);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(again, party);
}

void TestPartyService::refusedInputWritesNothing()
{
    Party party;
    party.country = QStringLiteral("Netherlands");
    Findings findings;
    const Status status = m_parties->save(&party, &findings);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(!status.message().isEmpty());
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).field, QStringLiteral("name"));
    QCOMPARE(findings.at(1).field, QStringLiteral("country"));
    QVERIFY(party.uuid.isEmpty());
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM party")), 0);
    QCOMPARE(m_register->auditCount(), 0);
}

void TestPartyService::failedWriteLeavesNeitherDataNorAudit()
{
    QVERIFY(m_register->injectFailure(QStringLiteral("party_role")));
    Party party = fullParty();
    const Status status = m_parties->save(&party);
    QCOMPARE(status.code(), Status::Code::DatabaseError);
    QVERIFY(status.detail().contains(QLatin1String("injected")));
    QVERIFY(party.uuid.isEmpty()); // the caller's copy is untouched
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM party")), 0);
    QCOMPARE(m_register->auditCount(), 0);

    // An update that fails keeps the old row and history too.
    QVERIFY(m_register->removeFailure());
    QVERIFY_OK(m_parties->save(&party));
    const qint64 audit = m_register->auditCount();
    QVERIFY(m_register->injectFailure(QStringLiteral("party_role")));
    Party changedParty = party;
    changedParty.name = QStringLiteral("Renamed");
    QCOMPARE(m_parties->save(&changedParty).code(), Status::Code::DatabaseError);
    Party loaded;
    QVERIFY_OK(m_parties->load(party.uuid, &loaded));
    QCOMPARE(loaded, party);
    QCOMPARE(m_register->auditCount(), audit);
}

void TestPartyService::updateOfUnknownUuidIsNotFound()
{
    Party party = fullParty();
    party.uuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QCOMPARE(m_parties->save(&party).code(), Status::Code::NotFound);
    QCOMPARE(m_register->auditCount(), 0);
}

void TestPartyService::retire()
{
    Party party = fullParty();
    QVERIFY_OK(m_parties->save(&party));
    QVERIFY_OK(m_parties->setRetired(party.uuid, true));
    QVERIFY_OK(m_parties->setRetired(party.uuid, true)); // already retired: nothing to record
    Party loaded;
    QVERIFY_OK(m_parties->load(party.uuid, &loaded));
    QVERIFY(loaded.retired);
    QVERIFY_OK(m_parties->setRetired(party.uuid, false));
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("party"), party.uuid);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).action, AuditLog::Action::Retire);
    QCOMPARE(entries.at(1).changes.value(QStringLiteral("retired")).toObject().value(QStringLiteral("new")).toBool(),
             true);
    QCOMPARE(entries.at(2).action, AuditLog::Action::Update);
    QCOMPARE(m_parties->setRetired(QStringLiteral("nope"), true).code(), Status::Code::NotFound);
}

void TestPartyService::removeRefusedWhileReferenced()
{
    Party processor;
    processor.name = QStringLiteral("Klantwolk Ltd.");
    QVERIFY_OK(m_parties->save(&processor));
    Party controller;
    controller.name = QStringLiteral("Gemeente Voorbeeldstad");
    QVERIFY_OK(m_parties->save(&controller));
    Party recipient;
    recipient.name = QStringLiteral("Cloudstack Inc.");
    QVERIFY_OK(m_parties->save(&recipient));

    ActivityService activities(m_register->database());
    ProcessingActivity activity;
    activity.name = QStringLiteral("Customer relationship");
    activity.recipients = {{recipient.uuid, QStringLiteral("processor"), QString(), QString()}};
    QVERIFY_OK(activities.save(&activity));
    ProcessingActivity transferring;
    transferring.name = QStringLiteral("Support");
    transferring.transfers = {{QStringLiteral("US"), recipient.uuid, QStringLiteral("dpf"), QString(), QString(),
                               QDate(2026, 1, 5), QString()}};
    QVERIFY_OK(activities.save(&transferring));

    AgreementService agreements(m_register->database());
    Agreement agreement;
    agreement.title = QStringLiteral("DPA Klantwolk");
    agreement.processorUuid = processor.uuid;
    QVERIFY_OK(agreements.save(&agreement));

    ProcessorActivityService processing(m_register->database());
    ProcessorActivity forCustomer;
    forCustomer.name = QStringLiteral("Hosting for Voorbeeldstad");
    forCustomer.controllerUuids = {controller.uuid};
    QVERIFY_OK(processing.save(&forCustomer));

    const qint64 audit = m_register->auditCount();
    Status status = m_parties->remove(recipient.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY2(status.message().contains(QLatin1String("\"Customer relationship\"")), qPrintable(status.message()));
    QVERIFY2(status.message().contains(QLatin1String("\"Support\"")), qPrintable(status.message()));
    QVERIFY(status.message().contains(QLatin1String("Retire")));
    status = m_parties->remove(processor.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY2(status.message().contains(QLatin1String("the agreement \"DPA Klantwolk\"")), qPrintable(status.message()));
    status = m_parties->remove(controller.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY2(status.message().contains(QLatin1String("\"Hosting for Voorbeeldstad\"")), qPrintable(status.message()));
    QCOMPARE(m_register->auditCount(), audit);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM party")), 3);

    // Once nothing refers to it any more, it can go.
    activity.recipients.clear();
    QVERIFY_OK(activities.save(&activity));
    QVERIFY_OK(activities.remove(transferring.uuid));
    QVERIFY_OK(m_parties->remove(recipient.uuid));
}

void TestPartyService::removeIsAudited()
{
    Party party = fullParty();
    QVERIFY_OK(m_parties->save(&party));
    QSignalSpy changed(m_parties.get(), &PartyService::changed);
    QVERIFY_OK(m_parties->remove(party.uuid));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM party")), 0);
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM party_role")), 0);
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("party"), party.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, AuditLog::Action::Delete);
    // The entry keeps everything the party was.
    const QJsonObject changes = entries.at(1).changes;
    for (const QString &key : party.toJson().keys())
        QVERIFY2(changes.contains(key), qPrintable(key));
    QCOMPARE(changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("old")).toString(), party.name);
    QVERIFY(changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("new")).isNull());
    QCOMPARE(m_parties->remove(party.uuid).code(), Status::Code::NotFound);
}

void TestPartyService::measureRoundTripAndAudit()
{
    SecurityMeasure measure;
    measure.title = QStringLiteral("Encryption at rest");
    measure.description = QStringLiteral("AES-256, keys kept apart");
    measure.kind = QStringLiteral("technical");
    QVERIFY_OK(m_measures->save(&measure));
    SecurityMeasure loaded;
    QVERIFY_OK(m_measures->load(measure.uuid, &loaded));
    QCOMPARE(loaded, measure);
    SecurityMeasure second;
    second.title = QStringLiteral("Confidentiality clause");
    second.kind = QStringLiteral("organisational");
    QVERIFY_OK(m_measures->save(&second));
    QList<SecurityMeasure> all;
    QVERIFY_OK(m_measures->list(&all));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), second); // "Confidentiality" before "Encryption"
    QCOMPARE(all.at(1), measure);

    const qint64 audit = m_register->auditCount();
    QVERIFY_OK(m_measures->save(&loaded)); // unchanged
    QCOMPARE(m_register->auditCount(), audit);
    loaded.kind = QStringLiteral("organisational");
    QVERIFY_OK(m_measures->save(&loaded));
    const QList<AuditLog::Entry> entries = m_register->entries(QStringLiteral("security_measure"), measure.uuid);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).changes.keys(), QStringList({QStringLiteral("kind")}));

    QVERIFY_OK(m_measures->setRetired(measure.uuid, true));
    QVERIFY_OK(m_measures->load(measure.uuid, &loaded));
    QVERIFY(loaded.retired);
    QCOMPARE(m_register->entries(QStringLiteral("security_measure"), measure.uuid).constLast().action,
             AuditLog::Action::Retire);

    SecurityMeasure invalid;
    Findings findings;
    QCOMPARE(m_measures->save(&invalid, &findings).code(), Status::Code::InvalidInput);
    QCOMPARE(findings.constFirst().field, QStringLiteral("title"));
}

void TestPartyService::measureRemoveRefusedWhileLinked()
{
    SecurityMeasure tls;
    tls.title = QStringLiteral("TLS");
    QVERIFY_OK(m_measures->save(&tls));
    SecurityMeasure unused;
    unused.title = QStringLiteral("Clean desk");
    QVERIFY_OK(m_measures->save(&unused));
    Party processor;
    processor.name = QStringLiteral("Hosting");
    QVERIFY_OK(m_parties->save(&processor));

    ActivityService activities(m_register->database());
    ProcessingActivity activity;
    activity.name = QStringLiteral("Website");
    activity.measureUuids = {tls.uuid};
    QVERIFY_OK(activities.save(&activity));
    AgreementService agreements(m_register->database());
    Agreement agreement;
    agreement.title = QStringLiteral("Hosting DPA");
    agreement.processorUuid = processor.uuid;
    agreement.measureUuids = {tls.uuid};
    QVERIFY_OK(agreements.save(&agreement));
    ProcessorActivityService processing(m_register->database());
    ProcessorActivity hosting;
    hosting.name = QStringLiteral("Application hosting");
    hosting.measureUuids = {tls.uuid};
    QVERIFY_OK(processing.save(&hosting));

    const Status status = m_measures->remove(tls.uuid);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY2(status.message().contains(QLatin1String("\"TLS\"")), qPrintable(status.message()));
    QVERIFY(status.message().contains(QLatin1String("the processing activity \"Website\"")));
    QVERIFY(status.message().contains(QLatin1String("the agreement \"Hosting DPA\"")));
    QVERIFY(status.message().contains(QLatin1String("\"Application hosting\"")));
    QVERIFY_OK(m_measures->remove(unused.uuid));
    QCOMPARE(m_register->entries(QStringLiteral("security_measure"), unused.uuid).constLast().action,
             AuditLog::Action::Delete);
}

void TestPartyService::staleSaveIsAConflict()
{
    Party party = fullParty();
    QVERIFY_OK(m_parties->save(&party));
    QCOMPARE(party.rowVersion, 1);
    Storage::Store *other = m_register->colleague();
    QVERIFY(other);
    PartyService colleague(*other);

    Party mine;
    QVERIFY_OK(m_parties->load(party.uuid, &mine));
    Party theirs;
    QVERIFY_OK(colleague.load(party.uuid, &theirs));
    theirs.notes = QStringLiteral("Changed by a colleague");
    QVERIFY_OK(colleague.save(&theirs));
    QCOMPARE(theirs.rowVersion, 2);

    // My save rests on version 1: refused, naming who changed it, and nothing of mine is written.
    const qint64 audit = m_register->auditCount();
    mine.notes = QStringLiteral("My change");
    mine.contactName = QStringLiteral("Someone else");
    const Status status = m_parties->save(&mine);
    QCOMPARE(status.code(), Status::Code::Conflict);
    QVERIFY2(status.message().contains(other->actor()), qPrintable(status.message()));
    QVERIFY2(status.message().contains(QLatin1String("Hostingpartner Noord B.V.")), qPrintable(status.message()));
    QCOMPARE(mine.notes, QStringLiteral("My change")); // the caller keeps its edits to reapply
    Party stored;
    QVERIFY_OK(m_parties->load(party.uuid, &stored));
    QCOMPARE(stored.notes, QStringLiteral("Changed by a colleague"));
    QCOMPARE(stored.contactName, party.contactName);
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(m_register->auditCount(), audit);

    // Reloaded, the same change goes through on top of the colleague's.
    QVERIFY_OK(m_parties->load(party.uuid, &mine));
    mine.contactName = QStringLiteral("Someone else");
    QVERIFY_OK(m_parties->save(&mine));
    QCOMPARE(mine.rowVersion, 3);
    QVERIFY_OK(colleague.load(party.uuid, &theirs));
    QCOMPARE(theirs.notes, QStringLiteral("Changed by a colleague"));
    QCOMPARE(theirs.contactName, QStringLiteral("Someone else"));
}

void TestPartyService::staleRetireIsAppliedToTheStoredVersion()
{
    // Retiring names the item, not a version of it: it acts on what is stored and moves the
    // version on, so an editor still holding the older version cannot undo it unnoticed.
    Party party = fullParty();
    QVERIFY_OK(m_parties->save(&party));
    QVERIFY_OK(m_parties->setRetired(party.uuid, true));
    party.notes = QStringLiteral("edited in an editor opened before the retirement");
    QCOMPARE(m_parties->save(&party).code(), Status::Code::Conflict);
    Party stored;
    QVERIFY_OK(m_parties->load(party.uuid, &stored));
    QVERIFY(stored.retired);
    QCOMPARE(stored.rowVersion, 2);
}

QTEST_GUILESS_MAIN(TestPartyService)
#include "tst_partyservice.moc"
