// A register written by an older version is upgraded on open, keeps its data, and the file as it
// was is kept beside it.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "register/RegisterUpkeep.h"
#include "register/Services.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"
#include "support/OldRegister.h"

using namespace Custodian;

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("upgrade passphrase");

    bool writeVersion(const QString &path, int version = 1)
    {
        return OldRegister::write(path, m_passphrase, version,
                                  QStringLiteral("5c4e3a00-0000-4000-8000-00000000000%1").arg(version), m_dir.path());
    }

    // Runs statements on a register file as an older version would have written them.
    bool writeRows(const QString &path, const QStringList &statements)
    {
        bool ok = false;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("rows"));
            raw.setDatabaseName(path);
            ok = raw.open(QString(), m_passphrase) && Storage::CipherProfile::pinned().apply(raw).isOk();
            QSqlQuery query(raw);
            for (const QString &statement : statements) {
                ok = ok && query.exec(statement);
                if (!ok) {
                    qWarning() << statement << query.lastError().text();
                    break;
                }
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rows"));
        return ok;
    }

private slots:
    // The heads this computer remembers (Database::rememberedHead) go to a test folder.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void upgradesAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.custodian"));
        QVERIFY(writeVersion(path));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        QVERIFY(database.schemaVersion() > 1);
        QCOMPARE(database.registerId(), QStringLiteral("5c4e3a00-0000-4000-8000-000000000001"));

        Register::OrganisationService organisations(database);
        Domain::Organisation organisation;
        QVERIFY(organisations.load(&organisation));
        QCOMPARE(organisation.name, QStringLiteral("Oud Register B.V."));
        QCOMPARE(organisation.city, QStringLiteral("Zwolle"));
        Register::RegisterSettingsService settings(database);
        Register::RegisterSettings loaded;
        QVERIFY(settings.load(&loaded));
        QCOMPARE(loaded.holidayCalendar, QStringLiteral("NL"));

        // The history of the older version is sealed into the chain, and the register checks out.
        const auto report = database.checkIntegrity();
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        // A verified upgrade keeps no copy of the older file (which would keep the old state, and
        // the passphrase it had, in force); the person is told what happened.
        QVERIFY(database.migrationBackupPath().isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".schema-1.bak")));
        QVERIFY2(database.notices().join(QLatin1Char(' ')).contains(QLatin1String("upgraded from schema 1")),
                 qPrintable(database.notices().join(QLatin1Char(' '))));
    }

    // Version 6 copies the audit log to accept erasures (SQLite cannot change a CHECK): the chain
    // keeps every entry, id and hash, the head stays, and no entry can be changed, removed or replaced.
    void theChainSurvivesTheAuditLogsRebuild()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5.custodian"));
        QVERIFY(writeVersion(path, 5));
        Storage::HistoryHead before;
        {
            Storage::Database old;
            QVERIFY(old.open(path, m_passphrase, Storage::Database::Mode::ReadOnly));
            QCOMPARE(old.schemaVersion(), 5);
            before = old.historyHead();
        }
        QCOMPARE(before.count, 3);

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 6);
        QCOMPARE(database.historyHead(), before);
        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(database.connection());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, 3);

        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 2")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        QVERIFY(!query.exec(QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, actor, entity, entity_uuid, "
                                           "action, seq, hash) SELECT id, at, actor, entity, entity_uuid, action, "
                                           "seq, 'h' FROM audit_log WHERE seq = 2")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_uuid, action, seq, "
                                           "hash) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'note', 'n1', 'rename', "
                                           "4, 'h')")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    // Version 16 lets SQLite insert into the audit log without triggers (they made every insert copy
    // its pages into the encrypted statement journal). An entry that something other than Custodian
    // slipped in without its place in the chain is not sealed as a legacy one at the next open: the
    // verification names it.
    void anUnsealedEntryAfterTheChainIsReportedNotSealed()
    {
        const QString path = m_dir.filePath(QStringLiteral("slipped.custodian"));
        {
            Storage::Database database;
            QVERIFY(database.create(path, m_passphrase));
            Register::OrganisationService organisations(database);
            Domain::Organisation organisation;
            QVERIFY(organisations.load(&organisation));
            organisation.name = QStringLiteral("Eerlijk B.V.");
            QVERIFY(organisations.save(organisation));
            QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
        }
        QVERIFY(writeRows(path, {QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_uuid, action) "
                                                "VALUES ('2026-01-01T00:00:00.000Z', 'x', 'note', 'n1', 'update')")}));

        Storage::Database database;
        QVERIFY(database.open(path, m_passphrase));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(database.connection());
        QVERIFY(!report.ok);
        QVERIFY2(report.problem.contains(QLatin1String("without their place in the chain")),
                 qPrintable(report.problem));
    }

    // Version 8 moves three things (DOMAIN-REVIEW A6, A14, A22): the activity's single Art. 9(2)
    // exception onto each special category, the processor record's one controller into its list of
    // controllers, and (when the register is opened for writing) the organisation's joint
    // controllers into parties. Nothing is lost, and the register checks out afterwards.
    void version8MovesValuesToTheirNewPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("v7.custodian"));
        QVERIFY(writeVersion(path, 7));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path,
            {QStringLiteral("INSERT INTO party (id, uuid, name, created_at, updated_at) VALUES (1, 'p-customer', "
                            "'Gemeente Oudstad', %1)")
                 .arg(stamp),
             QStringLiteral("INSERT INTO party (id, uuid, name, notes, created_at, updated_at) VALUES (2, 'p-zorg', "
                            "'Zorgpartner B.V.', 'Existing notes', %1)")
                 .arg(stamp),
             QStringLiteral("INSERT INTO activity (id, uuid, name, art9_exception, art9_national_ground, created_at, "
                            "updated_at) VALUES (1, 'a-reintegration', 'Reintegration', 'h', 'UAVG art. 30', %1)")
                 .arg(stamp),
             QStringLiteral("INSERT INTO activity_data_category (activity_id, position, name, special_category) "
                            "VALUES (1, 0, 'Contact details', ''), (1, 1, 'Sick-leave notes', 'health')"),
             QStringLiteral("INSERT INTO processor_activity (id, uuid, name, controller_party_id, created_at, "
                            "updated_at) VALUES (1, 'pa-hosting', 'Hosting', 1, %1)")
                 .arg(stamp),
             QStringLiteral("INSERT INTO agreement (id, uuid, title, controller_party_id, end_of_contract, "
                            "objection_window_days, created_at, updated_at) VALUES (1, 'ag-1', 'DPA Oudstad', 1, "
                            "'deleted', 30, %1), (2, 'ag-2', 'Sub DPA', 2, '', NULL, %1)")
                 .arg(stamp),
             QStringLiteral("UPDATE agreement SET kind = 'sub_processing', parent_agreement_id = 1 WHERE id = 2"),
             QStringLiteral("INSERT INTO subprocessor_notice (uuid, agreement_id, received_on, objection_deadline) "
                            "VALUES ('n-1', 1, '2026-05-01', '2026-06-02')"),
             QStringLiteral("INSERT INTO processor_activity_agreement (processor_activity_id, agreement_id) "
                            "VALUES (1, 1)"),
             QStringLiteral("INSERT INTO joint_controller (uuid, organisation_id, position, name, contact, "
                            "arrangement) VALUES ('j1', 1, 0, 'Zorgpartner B.V.', 'privacy@zorg.example', "
                            "'Shared portal'), ('j2', 1, 1, 'Kraanvogel U.A.', '', 'Covenant 2024')")}));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());

        Domain::ProcessingActivity activity;
        QVERIFY(Register::ActivityService(database).load(QStringLiteral("a-reintegration"), &activity));
        QCOMPARE(activity.dataCategories.size(), 2);
        QCOMPARE(activity.dataCategories.at(0).art9Exception, QString());
        QCOMPARE(activity.dataCategories.at(0).nationalGround, QString());
        QCOMPARE(activity.dataCategories.at(1).art9Exception, QStringLiteral("h"));
        QCOMPARE(activity.dataCategories.at(1).nationalGround, QStringLiteral("UAVG art. 30"));
        Domain::ProcessorActivity hosting;
        QVERIFY(Register::ProcessorActivityService(database).load(QStringLiteral("pa-hosting"), &hosting));
        QCOMPARE(hosting.controllerUuids, QStringList{QStringLiteral("p-customer")});
        // The rebuilt agreements keep their ids, so everything that refers to them still does.
        QCOMPARE(hosting.agreementUuids, QStringList{QStringLiteral("ag-1")});
        Domain::Agreement dpa;
        QVERIFY(Register::AgreementService(database).load(QStringLiteral("ag-1"), &dpa));
        QCOMPARE(dpa.endOfContract, QStringLiteral("deleted"));
        QCOMPARE(dpa.notices.size(), 1);
        Domain::Agreement sub;
        QVERIFY(Register::AgreementService(database).load(QStringLiteral("ag-2"), &sub));
        QCOMPARE(sub.parentUuid, QStringLiteral("ag-1"));

        // Opened for writing, the register moves the joint controllers into parties, with history.
        QStringList notices;
        QVERIFY(Register::RegisterUpkeep::run(database, &notices));
        QVERIFY2(notices.join(QLatin1Char(' ')).contains(QLatin1String("2 joint controller")),
                 qPrintable(notices.join(QLatin1Char(' '))));
        // The notice's deadline was counted under Reg. 1182/71 (rolled past Whit Monday); the
        // contract's calendar days end on Sunday 31 May.
        QVERIFY2(notices.join(QLatin1Char(' ')).contains(QLatin1String("1 agreement")),
                 qPrintable(notices.join(QLatin1Char(' '))));
        QVERIFY(Register::AgreementService(database).load(QStringLiteral("ag-1"), &dpa));
        QCOMPARE(dpa.notices.constFirst().objectionDeadline, QDate(2026, 5, 31));
        Domain::Organisation organisation;
        QVERIFY(Register::OrganisationService(database).load(&organisation));
        QVERIFY(organisation.jointControllers.isEmpty());
        QList<Domain::Party> parties;
        QVERIFY(Register::PartyService(database).list(&parties));
        QCOMPARE(parties.size(), 3); // the existing Zorgpartner is used, Kraanvogel is new
        for (const Domain::Party &party : std::as_const(parties)) {
            if (party.uuid == QLatin1String("p-customer")) {
                QVERIFY(party.roles.isEmpty());
            } else if (party.uuid == QLatin1String("p-zorg")) {
                QCOMPARE(party.roles, QStringList{QStringLiteral("joint_controller")});
                QVERIFY(party.notes.startsWith(QLatin1String("Existing notes\n")));
                QVERIFY(party.notes.contains(QLatin1String("privacy@zorg.example")));
                QVERIFY(party.notes.contains(QLatin1String("Shared portal")));
            } else {
                QCOMPARE(party.name, QStringLiteral("Kraanvogel U.A."));
                QCOMPARE(party.roles, QStringList{QStringLiteral("joint_controller")});
                QVERIFY(party.notes.contains(QLatin1String("Covenant 2024")));
            }
        }
        // Once is enough: a second run finds nothing to move.
        notices.clear();
        QVERIFY(Register::RegisterUpkeep::run(database, &notices));
        QVERIFY(notices.isEmpty());
        // The rows above were written without history, as a test can; the moves are in the chain.
        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(database.connection());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, 3 + 4); // the old file's three, the agreement, two parties, the organisation
    }

    // Version 9 has legal holds of their own (DOMAIN-REVIEW A9): a hold set on a whole retention rule
    // becomes a hold under that rule when the register is opened for writing, and the rule's flag
    // is cleared; a reason left by a released hold moves into the rule's notes.
    void version9MakesHoldsOfRuleFlags()
    {
        const QString path = m_dir.filePath(QStringLiteral("v8.custodian"));
        QVERIFY(writeVersion(path, 8));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO retention_rule (id, uuid, name, legal_hold, legal_hold_reason, notes, "
                                  "created_at, updated_at) VALUES (1, 'r-fiscal', 'Fiscal records', 1, "
                                  "'Tax inquiry 2024', '', %1), (2, 'r-staff', 'Personnel files', 0, "
                                  "'Dismissal case 2022', 'Kept by HR', %1), (3, 'r-logs', 'Logs', 0, '', '', %1)")
                       .arg(stamp)}));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        QStringList notices;
        QVERIFY(Register::RegisterUpkeep::run(database, &notices));
        QVERIFY2(notices.join(QLatin1Char(' ')).contains(QLatin1String("1 legal hold")),
                 qPrintable(notices.join(QLatin1Char(' '))));

        QList<Domain::LegalHold> holds;
        QVERIFY(Register::LegalHoldService(database).list(&holds));
        QCOMPARE(holds.size(), 1);
        QCOMPARE(holds.constFirst().retentionRuleUuid, QStringLiteral("r-fiscal"));
        QCOMPARE(holds.constFirst().reason, QStringLiteral("Tax inquiry 2024"));
        QVERIFY(holds.constFirst().title.contains(QLatin1String("Fiscal records")));
        // The scope is for a person to describe: the check asks for it.
        QVERIFY(holds.constFirst().scope.isEmpty());
        QVERIFY(!Register::CompletenessCheck::forLegalHold(holds.constFirst(), QDate(2026, 6, 1)).isEmpty());

        QList<Domain::RetentionRule> rules;
        QVERIFY(Register::RetentionRuleService(database).list(&rules));
        QCOMPARE(rules.size(), 3);
        for (const Domain::RetentionRule &rule : std::as_const(rules)) {
            QVERIFY(!rule.legalHold);
            QVERIFY(rule.legalHoldReason.isEmpty());
            if (rule.uuid == QLatin1String("r-staff"))
                QVERIFY2(rule.notes.startsWith(QLatin1String("Kept by HR\n")) &&
                             rule.notes.contains(QLatin1String("Dismissal case 2022")),
                         qPrintable(rule.notes));
        }
        notices.clear();
        QVERIFY(Register::RegisterUpkeep::run(database, &notices));
        QVERIFY(notices.isEmpty());
        QVERIFY(Register::LegalHoldService(database).list(&holds));
        QCOMPARE(holds.size(), 1);
        const Storage::HistoryChain::Report report = Storage::HistoryChain::verify(database.connection());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, 3 + 3); // the old file's three, the hold, the two rules
    }

    // Version 10 knows every instrument of Art. 46 (DOMAIN-REVIEW A13): the transfers table is rebuilt
    // for its new CHECK, its rows keep their ids and values, and a new instrument can be saved.
    void version10KeepsTransfersAndTakesEveryInstrument()
    {
        const QString path = m_dir.filePath(QStringLiteral("v9.custodian"));
        QVERIFY(writeVersion(path, 9));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO activity (id, uuid, name, created_at, updated_at) VALUES (1, 'a-crm', "
                                  "'CRM', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO transfer (id, activity_id, position, country, mechanism, tia_reference, "
                                  "safeguards, derogation) VALUES (7, 1, 0, 'IN', 'other', 'TIA-3', "
                                  "'Code of conduct of the outsourcing sector', ''), (8, 1, 1, 'BR', 'derogation', "
                                  "'', '', 'b')")}));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, mechanism, tia_reference, derogation, sa_authorisation FROM "
                                          "transfer ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 7);
        QCOMPARE(query.value(1).toString(), QStringLiteral("other"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("TIA-3"));
        QCOMPARE(query.value(4).toString(), QString());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 8);
        QCOMPARE(query.value(3).toString(), QStringLiteral("b"));
        QVERIFY(!query.next());

        Register::ActivityService activities(database);
        Domain::ProcessingActivity crm;
        QVERIFY(activities.load(QStringLiteral("a-crm"), &crm));
        QCOMPARE(crm.transfers.size(), 2);
        crm.transfers[0].mechanism = QStringLiteral("ad_hoc_clauses");
        crm.transfers[0].saAuthorisation = QStringLiteral("AP decision z2026-01234");
        const Status saved = activities.save(&crm);
        QVERIFY2(saved, qPrintable(saved.message() + QLatin1Char(' ') + saved.detail()));
        QVERIFY(activities.load(QStringLiteral("a-crm"), &crm));
        QCOMPARE(crm.transfers.at(0).mechanism, QStringLiteral("ad_hoc_clauses"));
        QCOMPARE(crm.transfers.at(0).saAuthorisation, QStringLiteral("AP decision z2026-01234"));
        // A code the schema does not know is still refused by the table itself.
        QVERIFY(!query.exec(QStringLiteral("UPDATE transfer SET mechanism = 'treaty' WHERE activity_id = 1")));
    }

    void version12AddsRequestsAndBreachesAndKeepsAgreements()
    {
        const QString path = m_dir.filePath(QStringLiteral("v10.custodian"));
        QVERIFY(writeVersion(path, 10));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO party (id, uuid, name, created_at, updated_at) VALUES (5, 'p-1', "
                                  "'Customer', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO agreement (id, uuid, title, controller_party_id, created_at, "
                                  "updated_at) VALUES (3, 'ag-1', 'Hosting', 5, %1)")
                       .arg(stamp)}));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        // The agreement is kept, without a breach term; the settings know the purge period.
        Register::AgreementService agreements(database);
        Domain::Agreement hosting;
        QVERIFY(agreements.load(QStringLiteral("ag-1"), &hosting));
        QCOMPARE(hosting.title, QStringLiteral("Hosting"));
        QCOMPARE(hosting.breachNoticeHours, 0);
        Register::RegisterSettings settings;
        QVERIFY(Register::RegisterSettingsService(database).load(&settings));
        QCOMPARE(settings.requestPurgeMonths, 12);
        // Requests and breaches can be logged, and the term counts a controller's notice.
        hosting.breachNoticeHours = 36;
        QVERIFY(agreements.save(&hosting));
        Domain::RequestCase request;
        request.receivedOn = QDate(2026, 1, 31);
        request.rights = {{QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()}};
        QVERIFY(Register::RequestService(database).save(&request));
        QCOMPARE(request.number, QStringLiteral("R-2026-0001"));
        QCOMPARE(request.actBy, QDate(2026, 3, 2));
        Domain::Breach breach;
        breach.summary = QStringLiteral("Backup tape lost");
        breach.awareAt = QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC);
        breach.controllers = {{QString(), QStringLiteral("ag-1"), QDateTime(), QDateTime()}};
        Domain::Findings findings;
        QVERIFY(!Register::BreachService(database).save(&breach, &findings)); // a controller must be named
        breach.controllers[0].partyUuid = QStringLiteral("p-1");
        QVERIFY(Register::BreachService(database).save(&breach));
        QCOMPARE(breach.controllers.at(0).dueAt, QDateTime(QDate(2026, 2, 3), QTime(21, 0), Qt::UTC));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    // Version 17 adds what the privacy statement needs: the records keep their data, the new fields
    // start as "not yet said", and the statement's fields can be filled in at once.
    void version17AddsThePublicFieldsAndKeepsTheRecords()
    {
        const QString path = m_dir.filePath(QStringLiteral("v16.custodian"));
        QVERIFY(writeVersion(path, 16));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO party (id, uuid, name, created_at, updated_at) VALUES (5, 'p-1', "
                                  "'Hosting B.V.', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO activity (id, uuid, name, purpose, created_at, updated_at) VALUES "
                                  "(1, 'a-1', 'Newsletter', 'Sending the newsletter', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO transfer (activity_id, position, country, mechanism) VALUES "
                                  "(1, 0, 'US', 'scc')"),
                   QStringLiteral("INSERT INTO security_measure (id, uuid, title, created_at, updated_at) VALUES "
                                  "(1, 'm-1', 'Encryption', %1)")
                       .arg(stamp)}));

        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QCOMPARE(database.schemaVersion(), Storage::Database::supportedSchemaVersion());
        QVERIFY(database.schemaVersion() >= 17);
        Register::ActivityService activities(database);
        Domain::ProcessingActivity newsletter;
        QVERIFY(activities.load(QStringLiteral("a-1"), &newsletter));
        QCOMPARE(newsletter.purpose, QStringLiteral("Sending the newsletter"));
        QVERIFY(!newsletter.publish);
        QVERIFY(newsletter.audiences.isEmpty());
        QVERIFY(newsletter.provisionRequirement.isEmpty());
        QCOMPARE(newsletter.transfers.size(), 1);
        QVERIFY(newsletter.transfers.at(0).safeguardsCopyVia.isEmpty());
        Register::OrganisationService organisations(database);
        Domain::Organisation organisation;
        QVERIFY(organisations.load(&organisation));
        QCOMPARE(organisation.name, QStringLiteral("Oud Register B.V."));
        QCOMPARE(organisation.recipientNaming, QStringLiteral("categories"));
        QVERIFY(organisation.dataLanguage.isEmpty());

        newsletter.publish = true;
        newsletter.audiences = {QStringLiteral("customers"), QStringLiteral("website_visitors")};
        newsletter.provisionRequirement = QStringLiteral("voluntary");
        newsletter.directMarketing = true;
        newsletter.transfers[0].safeguardsCopyVia = QStringLiteral("privacy@oud.example");
        QVERIFY(activities.save(&newsletter));
        Domain::ProcessingActivity reloaded;
        QVERIFY(activities.load(QStringLiteral("a-1"), &reloaded));
        QCOMPARE(reloaded.audiences, newsletter.audiences);
        QVERIFY(reloaded.directMarketing);
        QCOMPARE(reloaded.transfers.at(0).safeguardsCopyVia, QStringLiteral("privacy@oud.example"));
        organisation.dataLanguage = QStringLiteral("nl");
        organisation.recipientNaming = QStringLiteral("names");
        QVERIFY(organisations.save(organisation));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    // Version 19 adds the privacy statements: a register of version 18 opens with none, takes one and
    // publishes it, and keeps its published versions as they are.
    void version19AddsPrivacyStatements()
    {
        const QString path = m_dir.filePath(QStringLiteral("v18.custodian"));
        QVERIFY(writeVersion(path, 18));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 19);
        Register::PrivacyStatementService statements(database);
        QList<Domain::PrivacyStatement> none;
        QVERIFY(statements.list(&none));
        QVERIFY(none.isEmpty());
        Domain::PrivacyStatement statement;
        statement.title = QStringLiteral("Privacyverklaring");
        statement.audiences = {QStringLiteral("customers")};
        statement.languages = {QStringLiteral("nl")};
        statement.translations = {
            {QStringLiteral("en"), QStringLiteral("Privacyverklaring"), QStringLiteral("Privacy statement")}};
        QVERIFY(statements.save(&statement));
        Domain::PrivacyStatement reloaded;
        QVERIFY(statements.load(statement.uuid, &reloaded));
        QCOMPARE(reloaded.translations, statement.translations);
        Domain::StatementVersion version;
        version.statementUuid = statement.uuid;
        version.number = 1;
        version.effectiveOn = QDate(2027, 1, 1);
        version.publishedAt = QDateTime(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc());
        version.manifest = QStringLiteral("{}");
        version.htmlNl = QStringLiteral("<!DOCTYPE html>");
        Register::StatementVersionService versions(database);
        QVERIFY(versions.save(&version));
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE privacy_statement_version SET number = 2")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM privacy_statement_version")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    // Version 20 numbers the activities in the order they were made, controller activities first, and
    // counts on from there; it adds the activity versions, which are kept as they are.
    void version20NumbersTheActivities()
    {
        const QString path = m_dir.filePath(QStringLiteral("v19.custodian"));
        QVERIFY(writeVersion(path, 19));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO activity (id, uuid, name, status, created_at, updated_at) VALUES "
                                  "(7, 'a-late', 'Newsletter', 'approved', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO activity (id, uuid, name, created_at, updated_at) VALUES "
                                  "(3, 'a-early', 'Payroll', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO processor_activity (id, uuid, name, created_at, updated_at) VALUES "
                                  "(2, 'p-1', 'Hosting', %1)")
                       .arg(stamp)}));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 20);
        Register::ActivityService activities(database);
        Domain::ProcessingActivity payroll;
        Domain::ProcessingActivity newsletter;
        QVERIFY(activities.load(QStringLiteral("a-early"), &payroll));
        QVERIFY(activities.load(QStringLiteral("a-late"), &newsletter));
        QCOMPARE(payroll.number, QStringLiteral("VA-0001"));
        QCOMPARE(newsletter.number, QStringLiteral("VA-0002"));
        QVERIFY(newsletter.confidentiality.isEmpty());
        QCOMPARE(newsletter.logRetentionCount, 0);
        Domain::ProcessorActivity hosting;
        QVERIFY(Register::ProcessorActivityService(database).load(QStringLiteral("p-1"), &hosting));
        QCOMPARE(hosting.number, QStringLiteral("VA-0003"));
        Domain::ProcessingActivity next;
        next.name = QStringLiteral("Recruitment");
        QVERIFY(activities.save(&next));
        QCOMPARE(next.number, QStringLiteral("VA-0004"));
        Domain::ActivityVersion version;
        Register::ActivityVersionService versions(database);
        QVERIFY(versions.establish(QStringLiteral("VA-0002"), QString(), &version));
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE activity_version SET number = 2")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM activity_version")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE activity SET number = 'VA-0001' WHERE uuid = 'a-late'")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    void version21KeepsExtraFields()
    {
        const QString path = m_dir.filePath(QStringLiteral("v20.custodian"));
        QVERIFY(writeVersion(path, 20));
        const QString stamp = QStringLiteral("'2025-02-01T00:00:00Z', '2025-02-01T00:00:00Z'");
        QVERIFY(writeRows(path, {QStringLiteral("INSERT INTO activity (id, uuid, number, name, created_at, updated_at) "
                                                "VALUES (3, 'a-1', 'VA-0001', 'Payroll', %1)")
                                     .arg(stamp),
                                 QStringLiteral("INSERT INTO retention_rule (id, uuid, name, created_at, updated_at) "
                                                "VALUES (4, 'r-1', 'Fiscal records', %1)")
                                     .arg(stamp)}));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 21);
        Register::ActivityService activities(database);
        Domain::ProcessingActivity payroll;
        QVERIFY(activities.load(QStringLiteral("a-1"), &payroll));
        QVERIFY(payroll.extraFields.isEmpty());
        payroll.extraFields = {{QStringLiteral("ico"), QStringLiteral("Cost centre"), QStringLiteral("4711")},
                               {QStringLiteral("ico"), QStringLiteral("Reviewer"), QStringLiteral("Anna")}};
        QVERIFY(activities.save(&payroll));
        Domain::ProcessingActivity read;
        QVERIFY(activities.load(QStringLiteral("a-1"), &read));
        QCOMPARE(read.extraFields, payroll.extraFields);
        Register::RetentionRuleService rules(database);
        Domain::RetentionRule rule;
        QVERIFY(rules.load(QStringLiteral("r-1"), &rule));
        rule.extraFields = {{QStringLiteral("custodian"), QStringLiteral("Selectielijst"), QStringLiteral("1.1.3")}};
        QVERIFY(rules.save(&rule));
        Domain::RetentionRule readRule;
        QVERIFY(rules.load(QStringLiteral("r-1"), &readRule));
        QCOMPARE(readRule.extraFields, rule.extraFields);
        // A name is what the file called the column: never empty.
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO activity_extra_field (activity_id, position, source, name) VALUES (3, 9, 'ico', ' ')")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    void version22AddsTheApFormFieldsToBreaches()
    {
        const QString path = m_dir.filePath(QStringLiteral("v21.custodian"));
        QVERIFY(writeVersion(path, 21));
        QVERIFY(
            writeRows(path, {QStringLiteral("INSERT INTO breach (id, uuid, number, summary, aware_at, incident_type, "
                                            "created_at, updated_at) VALUES (5, 'b-1', 'B-2026-0001', 'Laptop "
                                            "stolen', '2026-03-27T13:30:00Z', 'stolen_device', "
                                            "'2026-03-27T13:30:00Z', '2026-03-27T13:30:00Z')")}));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 22);
        Register::BreachService breaches(database);
        Domain::Breach breach;
        QVERIFY(breaches.load(QStringLiteral("b-1"), &breach));
        QCOMPARE(breach.summary, QStringLiteral("Laptop stolen"));
        QCOMPARE(breach.incidentType, QStringLiteral("stolen_device"));
        QVERIFY(breach.title.isEmpty() && breach.notificationType.isEmpty() && breach.informMedia.isEmpty());
        // The new fields and codes are kept.
        breach.title = QStringLiteral("Laptop HR");
        breach.notificationType = QStringLiteral("provisional");
        breach.reporterName = QStringLiteral("Sanne Bakker");
        breach.dpoInformedAt = QDateTime(QDate(2026, 3, 27), QTime(15, 0), Qt::UTC);
        breach.incidentType = QStringLiteral("email_cc");
        breach.dataTypes = {QStringLiteral("location"), QStringLiteral("unknown")};
        breach.informMedia = {QStringLiteral("letter"), QStringLiteral("website")};
        breach.rootCause = QStringLiteral("No disk encryption");
        QVERIFY(breaches.save(&breach));
        Domain::Breach read;
        QVERIFY(breaches.load(QStringLiteral("b-1"), &read));
        QCOMPARE(read.title, breach.title);
        QCOMPARE(read.notificationType, breach.notificationType);
        QCOMPARE(read.reporterName, breach.reporterName);
        QCOMPARE(read.dpoInformedAt, breach.dpoInformedAt);
        QCOMPARE(read.incidentType, breach.incidentType);
        QCOMPARE(read.dataTypes, breach.dataTypes);
        QCOMPARE(read.informMedia, breach.informMedia);
        QCOMPARE(read.rootCause, breach.rootCause);
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE breach SET notification_type = 'maybe'")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO breach_inform_medium (breach_id, medium) VALUES (5, 'fax')")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    void version23AddsWhatPublicBodiesRecord()
    {
        const QString path = m_dir.filePath(QStringLiteral("v22.custodian"));
        QVERIFY(writeVersion(path, 22));
        const QString stamp = QStringLiteral("'2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO party (id, uuid, name, created_at, updated_at) VALUES (2, 'p-1', "
                                  "'College van burgemeester en wethouders', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO activity (id, uuid, number, name, created_at, updated_at) VALUES (3, "
                                  "'a-1', 'VA-0001', 'Basisregistratie personen', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO retention_rule (id, uuid, name, created_at, updated_at) VALUES (4, "
                                  "'r-1', 'Paspoortaanvragen', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO request_case (id, uuid, number, received_on, created_at, updated_at) "
                                  "VALUES (5, 'q-1', 'R-2026-0001', '2026-01-05', %1)")
                       .arg(stamp),
                   // A public body: its letters named the objection under the Awb before the upgrade.
                   QStringLiteral("UPDATE organisation SET public_body = 1")}));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 23);
        Register::PartyService parties(database);
        Domain::Party college;
        QVERIFY(parties.load(QStringLiteral("p-1"), &college));
        QVERIFY(!college.ownBody && college.oin.isEmpty());
        college.ownBody = true;
        college.oin = QStringLiteral("00000001001234567000");
        QVERIFY(parties.save(&college));
        Register::ActivityService activities(database);
        Domain::ProcessingActivity brp;
        QVERIFY(activities.load(QStringLiteral("a-1"), &brp));
        QVERIFY(brp.controllerBodyUuids.isEmpty() && brp.category.isEmpty());
        brp.controllerBodyUuids = {QStringLiteral("p-1")};
        brp.category = QStringLiteral("Burgerzaken");
        brp.dpoNotes = QStringLiteral("Check the access log yearly");
        QVERIFY(activities.save(&brp));
        Domain::ProcessingActivity readBrp;
        QVERIFY(activities.load(QStringLiteral("a-1"), &readBrp));
        QCOMPARE(readBrp.controllerBodyUuids, brp.controllerBodyUuids);
        QCOMPARE(readBrp.category, brp.category);
        QCOMPARE(readBrp.dpoNotes, brp.dpoNotes);
        Register::RetentionRuleService rules(database);
        Domain::RetentionRule rule;
        QVERIFY(rules.load(QStringLiteral("r-1"), &rule));
        rule.selectionList = QStringLiteral("Selectielijst gemeenten en intergemeentelijke organen 2020");
        rule.selectionListCategory = QStringLiteral("1.1.3");
        rule.lastTestedOn = QDate(2026, 1, 15);
        QVERIFY(rules.save(&rule));
        Domain::RetentionRule readRule;
        QVERIFY(rules.load(QStringLiteral("r-1"), &readRule));
        QCOMPARE(readRule.selectionListCategory, rule.selectionListCategory);
        QCOMPARE(readRule.lastTestedOn, rule.lastTestedOn);
        Register::RequestService requests(database);
        Domain::RequestCase request;
        QVERIFY(requests.load(QStringLiteral("q-1"), &request));
        QVERIFY(request.awbDecision); // and so its cases stay decisions under the Awb
        request.rights = {{QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()}};
        request.awbDecision = true;
        request.decidingBodyUuid = QStringLiteral("p-1");
        request.responseOn = QDate(2026, 1, 30);
        request.objectionReceivedOn = QDate(2026, 2, 20);
        request.objectionOutcome = QStringLiteral("pending");
        QVERIFY(requests.save(&request));
        Domain::RequestCase readRequest;
        QVERIFY(requests.load(QStringLiteral("q-1"), &readRequest));
        QCOMPARE(readRequest.decidingBodyUuid, request.decidingBodyUuid);
        QCOMPARE(readRequest.objectionReceivedOn, request.objectionReceivedOn);
        QCOMPARE(readRequest.objectionOutcome, request.objectionOutcome);
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE request_case SET objection_outcome = 'maybe'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE party SET own_body = 2")));
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO activity_controller_body (activity_id, party_id) VALUES (3, 99)")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    void version24AddsTheSupplierFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("v23.custodian"));
        QVERIFY(writeVersion(path, 23));
        const QString stamp = QStringLiteral("'2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'");
        QVERIFY(writeRows(
            path, {QStringLiteral("INSERT INTO party (id, uuid, name, created_at, updated_at) VALUES (2, 'p-1', "
                                  "'Hosting B.V.', %1)")
                       .arg(stamp),
                   QStringLiteral("INSERT INTO agreement (id, uuid, title, processor_party_id, status, "
                                  "audit_evidence, created_at, updated_at) VALUES (3, 'g-1', 'DPA hosting', 2, "
                                  "'active', 'ISO 27001', %1)")
                       .arg(stamp)}));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 24);
        Register::AgreementService agreements(database);
        Domain::Agreement hosting;
        QVERIFY(agreements.load(QStringLiteral("g-1"), &hosting));
        QCOMPARE(hosting.auditEvidence, QStringLiteral("ISO 27001"));
        QVERIFY(hosting.model.isEmpty() && !hosting.cloudService && hosting.assurances.isEmpty() &&
                hosting.reviews.isEmpty() && hosting.annexes.isEmpty());
        hosting.clauses = Domain::Agreement::completeClauses(hosting.clauses);
        hosting.model = QStringLiteral("standard_vwo_municipalities");
        hosting.modelVersion = QStringLiteral("2.42");
        hosting.cloudService = true;
        hosting.exitStrategy = QStringLiteral("Data back as CSV");
        hosting.annexes = {{QStringLiteral("privacy_insert"), QStringLiteral("Portal"), QStringLiteral("1.0"),
                            QDate(2026, 1, 5), QString()}};
        hosting.assurances = {{QStringLiteral("nen7510"), QStringLiteral("Certifier"), QString(), QString(),
                               QDate(2025, 6, 1), QDate(2028, 5, 31)}};
        hosting.reviews = {{QDate(2026, 2, 1), QStringLiteral("DPO"), QStringLiteral("actions_needed"),
                            QStringLiteral("Logs kept too long"), QStringLiteral("Shorten log retention")}};
        QVERIFY(agreements.save(&hosting));
        Domain::Agreement read;
        QVERIFY(agreements.load(QStringLiteral("g-1"), &read));
        QCOMPARE(read.model, hosting.model);
        QCOMPARE(read.modelVersion, hosting.modelVersion);
        QVERIFY(read.cloudService);
        QCOMPARE(read.exitStrategy, hosting.exitStrategy);
        QCOMPARE(read.annexes, hosting.annexes);
        QCOMPARE(read.assurances, hosting.assurances);
        QCOMPARE(read.reviews, hosting.reviews);
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE agreement SET model = 'own_text'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE agreement_assurance SET valid_until = '2020-01-01'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE agreement_review SET outcome = 'fine'")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    void version25AddsTheOrganisationsControls()
    {
        const QString path = m_dir.filePath(QStringLiteral("v24.custodian"));
        QVERIFY(writeVersion(path, 24));
        Storage::Database database;
        const Status status = database.open(path, m_passphrase);
        QVERIFY2(status, qPrintable(status.message() + QLatin1Char(' ') + status.detail()));
        QVERIFY(database.schemaVersion() >= 25);
        Register::ControlReferenceService controls(database);
        Domain::ControlReference control;
        control.framework = QStringLiteral("NOREA PCF");
        control.code = QStringLiteral("4.1");
        control.reportKinds = {QStringLiteral("register"), QStringLiteral("agreements")};
        QVERIFY(controls.save(&control));
        Domain::ControlReference read;
        QVERIFY(controls.load(control.uuid, &read));
        QCOMPARE(read.reportKinds, control.reportKinds);
        QSqlQuery query(database.connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE control_reference SET code = ' '")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE control_reference_kind SET kind = ''")));
        QVERIFY(Storage::HistoryChain::verify(database.connection()).ok);
    }

    void readOnlyOpenDoesNotUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.custodian"));
        QVERIFY(writeVersion(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            Storage::Database database;
            QVERIFY(database.open(path, m_passphrase, Storage::Database::Mode::ReadOnly));
            QCOMPARE(database.schemaVersion(), 1);
            QVERIFY(database.migrationBackupPath().isEmpty());
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".schema-1.bak")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schemaupgrade.moc"
