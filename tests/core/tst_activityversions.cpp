// Activity numbers and established activity versions (the Dutch ecosystem, part 1), on a real
// register: numbers are given once and never again; only an approved activity is established; a
// version, once established, cannot be changed or deleted by the service, by SQL or by an import;
// the difference with the working record names a later edit, of the activity and of the retention
// rule of its data; the URI follows the organisation's base; versions lapse; a restore keeps them.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "exchange/RegisterJson.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "register/queries/RegisterCounts.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

namespace {

ProcessingActivity approvedActivity(const QString &name)
{
    ProcessingActivity activity;
    activity.name = name;
    activity.purpose = QStringLiteral("Paying the staff");
    activity.lawfulBases = {QStringLiteral("c")};
    activity.subjectCategories = {QStringLiteral("Employees")};
    activity.status = QStringLiteral("approved");
    activity.approvedBy = QStringLiteral("Board");
    activity.approvedOn = QDate(2026, 11, 2);
    return activity;
}

// Kept seven years, by law.
RetentionRule salaryRule()
{
    RetentionRule rule;
    rule.name = QStringLiteral("Salary records");
    rule.periodCount = 7;
    rule.periodUnit = QStringLiteral("years");
    rule.periodKind = QStringLiteral("minimum");
    rule.basisType = QStringLiteral("statute");
    rule.legalSource = QStringLiteral("AWR art. 52");
    return rule;
}

} // namespace

class TestActivityVersions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        AuditLog::setActor(QStringLiteral("tester"));
        m_register = std::make_unique<TestRegister>();
        QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    }
    void cleanup() { m_register.reset(); }

    void numbersAreGivenAndNeverReused()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        ProcessingActivity recruitment = approvedActivity(QStringLiteral("Recruitment"));
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(activities.save(&recruitment));
        QCOMPARE(payroll.number, QStringLiteral("VA-0001"));
        QCOMPARE(recruitment.number, QStringLiteral("VA-0002"));
        // Processing for customers draws from the same series.
        ProcessorActivityService processing(m_register->database());
        ProcessorActivity hosting;
        hosting.name = QStringLiteral("Hosting for customers");
        QVERIFY_OK(processing.save(&hosting));
        QCOMPARE(hosting.number, QStringLiteral("VA-0003"));
        // A deleted activity's number is not given again.
        QVERIFY_OK(activities.remove(recruitment.uuid));
        ProcessingActivity marketing = approvedActivity(QStringLiteral("Marketing"));
        QVERIFY_OK(activities.save(&marketing));
        QCOMPARE(marketing.number, QStringLiteral("VA-0004"));
        // An editor cannot renumber an activity.
        payroll.number = QStringLiteral("VA-0999");
        payroll.purpose = QStringLiteral("Paying the staff and their pensions");
        QVERIFY_OK(activities.save(&payroll));
        QCOMPARE(payroll.number, QStringLiteral("VA-0001"));
        // An import keeps a free number, and the series counts on after it; a taken one is replaced.
        ProcessingActivity imported = approvedActivity(QStringLiteral("Imported"));
        imported.number = QStringLiteral("VA-0100");
        Findings findings;
        bool written = false;
        QVERIFY(m_register->db().transaction());
        QVERIFY_OK(activities.importItem(&imported, true, &findings, &written));
        ProcessingActivity clash = approvedActivity(QStringLiteral("Clash"));
        clash.number = QStringLiteral("VA-0001");
        QVERIFY_OK(activities.importItem(&clash, true, &findings, &written));
        QVERIFY(m_register->db().commit());
        QCOMPARE(imported.number, QStringLiteral("VA-0100"));
        QCOMPARE(clash.number, QStringLiteral("VA-0101"));
        ProcessingActivity next = approvedActivity(QStringLiteral("Next"));
        QVERIFY_OK(activities.save(&next));
        QCOMPARE(next.number, QStringLiteral("VA-0102"));
        // Found by number, in any case or as a bare number, and by uuid.
        ProcessingActivity found;
        QVERIFY_OK(activities.find(QStringLiteral("va-0100"), &found));
        QCOMPARE(found.uuid, imported.uuid);
        QVERIFY_OK(activities.find(QStringLiteral("1"), &found));
        QCOMPARE(found.uuid, payroll.uuid);
        QVERIFY_OK(activities.find(payroll.uuid, &found));
        QCOMPARE(found.number, QStringLiteral("VA-0001"));
        QCOMPARE(activities.find(QStringLiteral("VA-0002"), &found).code(), Status::Code::NotFound);
    }

    void establishNeedsApproval()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        payroll.status = QStringLiteral("in_review");
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        const qint64 entries = m_register->auditCount();
        Status status = versions.establish(payroll.number, QString(), &version);
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY2(status.message().contains(QStringLiteral("approved")), qPrintable(status.message()));
        QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM activity_version")), 0);
        QCOMPARE(m_register->auditCount(), entries);

        payroll.status = QStringLiteral("approved");
        QVERIFY_OK(activities.save(&payroll));
        Storage::HistoryHead before;
        QVERIFY_OK(Storage::HistoryChain::readHead(m_register->db(), &before));
        QVERIFY_OK(versions.establish(payroll.number, QStringLiteral("First established"), &version));
        QCOMPARE(version.number, 1);
        QCOMPARE(version.activityNumber, QStringLiteral("VA-0001"));
        QCOMPARE(version.name, QStringLiteral("Payroll"));
        // Who the history names: the person on a file, the server's user on PostgreSQL.
        QVERIFY(!version.establishedBy.isEmpty());
        QCOMPARE(version.establishedBy, m_register->database().actor());
        QCOMPARE(version.approvedBy, QStringLiteral("Board"));
        QCOMPARE(version.changeNote, QStringLiteral("First established"));
        QCOMPARE(version.registerStateCount, before.count);
        QCOMPARE(version.registerStateHash, before.hash);
        QCOMPARE(version.activityRowVersion, payroll.rowVersion);
        QCOMPARE(version.digest, ActivityVersion::digestOf(version.content));
        // The content is canonical and holds the activity as it was.
        const QJsonObject content = QJsonDocument::fromJson(version.content.toUtf8()).object();
        QCOMPARE(content.value(QStringLiteral("activity")).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("Paying the staff"));
        QCOMPARE(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)), version.content);
        QCOMPARE(m_register->entries(QStringLiteral("activity_version"), version.uuid).size(), 1);

        // Establishing again without a change is refused; after a change it makes version 2.
        status = versions.establish(payroll.uuid, QString(), &version);
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY2(status.message().contains(QStringLiteral("version 1")), qPrintable(status.message()));
        payroll.storageLocation = QStringLiteral("Payroll system, Amsterdam");
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        QCOMPARE(version.number, 2);
        QList<ActivityVersion> list;
        QVERIFY_OK(versions.versionsOf(payroll.uuid, &list));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).number, 2);
        QCOMPARE(list.at(1).number, 1);
        QVERIFY(Storage::HistoryChain::verify(m_register->db()).ok);
    }

    void aVersionOnceEstablishedCannotChange()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));

        QCOMPARE(versions.remove(version.uuid).code(), Status::Code::InvalidInput);
        QSqlQuery query(m_register->db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE activity_version SET change_note = 'rewritten'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM activity_version")));
        // The activity it belongs to is retired, not deleted.
        const Status removal = activities.remove(payroll.uuid);
        QVERIFY(!removal);
        QVERIFY2(removal.message().contains(QStringLiteral("Payroll")), qPrintable(removal.message()));
        QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM activity")), 1);

        // An import that brings the version with other content is refused, all of it.
        QJsonObject document;
        QVERIFY_OK(Exchange::RegisterJson::exportRegister(m_register->database(), &document));
        QJsonObject items = document.value(QStringLiteral("items")).toObject();
        QJsonArray exported = items.value(QStringLiteral("activity_version")).toArray();
        QCOMPARE(exported.size(), 1);
        QJsonObject changed = exported.at(0).toObject();
        changed.insert(QStringLiteral("changeNote"), QStringLiteral("rewritten"));
        exported[0] = changed;
        items.insert(QStringLiteral("activity_version"), exported);
        document.insert(QStringLiteral("items"), items);
        const qint64 entries = m_register->auditCount();
        QList<Exchange::ImportFinding> findings;
        Exchange::ImportSummary summary;
        const Status imported =
            Exchange::RegisterJson::importDocument(m_register->database(), document, {}, &findings, &summary);
        QCOMPARE(imported.code(), Status::Code::InvalidInput);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Exchange::ImportFinding &finding) {
            return finding.message.contains(QStringLiteral("kept as it was"));
        }));
        QCOMPARE(m_register->auditCount(), entries);
        ActivityVersion stored;
        QVERIFY_OK(versions.load(version.uuid, &stored));
        QCOMPARE(stored, version);
    }

    void theDifferenceShowsALaterEdit()
    {
        RetentionRuleService rules(m_register->database());
        RetentionRule fiscal = salaryRule();
        QVERIFY_OK(rules.save(&fiscal));
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        payroll.dataCategories = {{QStringLiteral("Salary"), QString(), fiscal.uuid}};
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        QStringList lines;
        QVERIFY_OK(versions.differences(version, payroll, &lines));
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        // Links in another order (as an editor's list shows them) are the same links.
        SecurityMeasureService measures(m_register->database());
        SecurityMeasure tls;
        tls.title = QStringLiteral("TLS");
        SecurityMeasure access;
        access.title = QStringLiteral("Access control");
        QVERIFY_OK(measures.save(&tls));
        QVERIFY_OK(measures.save(&access));
        payroll.measureUuids = {tls.uuid, access.uuid};
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        ProcessingActivity reordered = payroll;
        std::reverse(reordered.measureUuids.begin(), reordered.measureUuids.end());
        QVERIFY_OK(versions.differences(version, reordered, &lines));
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));

        payroll.purpose = QStringLiteral("Paying the staff and their pensions");
        QVERIFY_OK(activities.save(&payroll));
        fiscal.periodCount = 10;
        QVERIFY_OK(rules.save(&fiscal));
        // A rename of the rule alone reads the same in the version: it is named as it is now.
        QVERIFY_OK(versions.differences(version, payroll, &lines));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("Purpose")) &&
                     lines.at(0).contains(QStringLiteral("Paying the staff and their pensions")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Retention rule \"Salary records\"")) &&
                     lines.at(1).contains(QStringLiteral("7")) && lines.at(1).contains(QStringLiteral("10")),
                 qPrintable(lines.at(1)));
        // A linked party renamed since: the version named it as it was.
        PartyService parties(m_register->database());
        Party bureau;
        bureau.name = QStringLiteral("Salary bureau");
        QVERIFY_OK(parties.save(&bureau));
        payroll.recipients = {{bureau.uuid, QStringLiteral("processor"), QString(), QString()}};
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        bureau.name = QStringLiteral("Salary bureau Noord");
        QVERIFY_OK(parties.save(&bureau));
        QVERIFY_OK(versions.differences(version, payroll, &lines));
        QCOMPARE(lines, QStringList{QStringLiteral("Party \"Salary bureau\" is now named \"Salary bureau Noord\".")});
        // What the version recorded has not moved.
        ActivityVersion stored;
        QVERIFY_OK(versions.load(version.uuid, &stored));
        QCOMPARE(stored.content, version.content);
    }

    void uriFollowsTheBase()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        ActivityVersion first;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &first));
        const QString registerId = m_register->database().registerId();
        QVERIFY(!registerId.isEmpty());
        QCOMPARE(first.uri, QStringLiteral("urn:custodian:%1/activity/%2/1").arg(registerId, payroll.uuid));

        OrganisationService organisations(m_register->database());
        Organisation organisation;
        QVERIFY_OK(organisations.load(&organisation));
        organisation.name = QStringLiteral("Voorbeeld B.V.");
        organisation.contactEmail = QStringLiteral("privacy@voorbeeld.nl");
        for (const QString &wrong : {QStringLiteral("https://register.example.nl/"), QStringLiteral("register"),
                                     QStringLiteral("https://register example.nl")}) {
            organisation.activityUriBase = wrong;
            Findings findings;
            QVERIFY2(!organisations.save(organisation, &findings), qPrintable(wrong));
            QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
                return finding.field == QLatin1String("activityUriBase");
            }));
        }
        organisation.activityUriBase = QStringLiteral("https://register.example.nl");
        QVERIFY_OK(organisations.save(organisation));

        payroll.description = QStringLiteral("Monthly salaries");
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersion second;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &second));
        QCOMPARE(second.uri, QStringLiteral("https://register.example.nl/activity/%1/2").arg(payroll.uuid));
        // The first version keeps the URI log lines already point to.
        ActivityVersion stored;
        QVERIFY_OK(versions.load(first.uuid, &stored));
        QCOMPARE(stored.uri, first.uri);
    }

    void lapsedWhenSupersededOrRetired()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        ActivityVersion first;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &first));
        QCOMPARE(ActivityVersionService::stateOf(first, 1, false), ActivityVersion::State::Established);
        payroll.purpose = QStringLiteral("Paying the staff and their pensions");
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersion second;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &second));
        QCOMPARE(ActivityVersionService::stateOf(first, second.number, false), ActivityVersion::State::Lapsed);
        QCOMPARE(ActivityVersionService::stateOf(second, second.number, false), ActivityVersion::State::Established);
        QVERIFY_OK(activities.retire(payroll.uuid));
        QCOMPARE(ActivityVersionService::stateOf(second, second.number, true), ActivityVersion::State::Lapsed);
        // A retired activity is not established again.
        ActivityVersion third;
        QCOMPARE(versions.establish(payroll.uuid, QString(), &third).code(), Status::Code::InvalidInput);
    }

    // The check warns once an approved activity no longer says what its latest version says, exactly:
    // an edit of the activity or of its retention rule, but not a save that changed nothing.
    // A version established before a list was added to the activity (extra fields came with schema
    // 21) has no such key in its content: its fingerprint is taken without it, as it was then, so
    // that it still matches and the activity does not read as changed.
    void aListAddedLaterLeavesOldFingerprintsAlone()
    {
        QJsonObject activity = ActivityVersionService::withoutBookkeeping(ProcessingActivity().toJson());
        activity.insert(QStringLiteral("name"), QStringLiteral("Payroll"));
        // The activity as schema 20 knew it: without the lists and fields added since.
        for (const char *key : {"extraFields", "category", "basedOn", "controllerBodyUuids", "dpoNotes"})
            activity.remove(QLatin1String(key));
        const QJsonObject content{{QStringLiteral("activity"), activity},
                                  {QStringLiteral("names"), QJsonObject()},
                                  {QStringLiteral("retention"), QJsonObject()}};
        // What the fingerprint was taken of before schema 21: the activity and its retention rules.
        const QByteArray then = QJsonDocument(QJsonObject{{QStringLiteral("activity"), activity},
                                                          {QStringLiteral("retention"), QJsonObject()}})
                                    .toJson(QJsonDocument::Compact);
        QCOMPARE(ActivityVersion::digestOf(ActivityVersionService::canonical(content)),
                 QString::fromLatin1(QCryptographicHash::hash(then, QCryptographicHash::Sha256).toHex()));
    }

    // Schema 23 gave the activity a category, a model it is based on, its controlling bodies and the
    // DPO's notes. A version established before (its content has none of them) keeps its fingerprint,
    // and so does one that leaves them empty; the DPO's notes are never part of a version.
    void fieldsAddedLaterLeaveOldFingerprintsAlone()
    {
        QJsonObject now = ActivityVersionService::withoutBookkeeping(ProcessingActivity().toJson());
        now.insert(QStringLiteral("name"), QStringLiteral("Payroll"));
        now.remove(QStringLiteral("extraFields"));
        now.remove(QStringLiteral("dpoNotes"));
        QVERIFY(now.contains(QStringLiteral("category")) && now.contains(QStringLiteral("controllerBodyUuids")));
        QJsonObject before = now; // what a version established at schema 22 holds
        for (const char *key : {"category", "basedOn", "controllerBodyUuids"})
            before.remove(QLatin1String(key));
        const auto contentOf = [](const QJsonObject &activity) {
            return ActivityVersionService::canonical(QJsonObject{{QStringLiteral("activity"), activity},
                                                                 {QStringLiteral("names"), QJsonObject()},
                                                                 {QStringLiteral("retention"), QJsonObject()}});
        };
        const QByteArray then = QJsonDocument(QJsonObject{{QStringLiteral("activity"), before},
                                                          {QStringLiteral("retention"), QJsonObject()}})
                                    .toJson(QJsonDocument::Compact);
        const QString stored = QString::fromLatin1(QCryptographicHash::hash(then, QCryptographicHash::Sha256).toHex());
        QCOMPARE(ActivityVersion::digestOf(contentOf(before)), stored);
        QCOMPARE(ActivityVersion::digestOf(contentOf(now)), stored);
        QJsonObject categorised = now;
        categorised.insert(QStringLiteral("category"), QStringLiteral("Personnel"));
        QVERIFY(ActivityVersion::digestOf(contentOf(categorised)) != stored);
        // Pinned: the fingerprint of a stored content, computed outside Qt (SHA-256 of the compact
        // JSON of the activity and its retention, without the names of what it links to).
        const QString pinned = QStringLiteral("a73352177eb49c1811262a4d625b03afabd4b2a6e70bd976f30e77e425a4d330");
        QCOMPARE(
            ActivityVersion::digestOf(QStringLiteral(R"({"activity":{"name":"Payroll"},"names":{},"retention":{}})")),
            pinned);
        QCOMPARE(
            ActivityVersion::digestOf(QStringLiteral(
                R"({"activity":{"basedOn":"","category":"","controllerBodyUuids":[],"name":"Payroll"},"names":{},"retention":{}})")),
            pinned);

        // Through the register, with a retention rule and a measure linked: what the service reads
        // now, less the fields added since, fingerprints as it did.
        RetentionRuleService rules(m_register->database());
        RetentionRule fiscal = salaryRule();
        QVERIFY_OK(rules.save(&fiscal));
        SecurityMeasureService measures(m_register->database());
        SecurityMeasure encryption;
        encryption.title = QStringLiteral("Encrypted disks");
        QVERIFY_OK(measures.save(&encryption));
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        payroll.dataCategories = {{QStringLiteral("Salary"), QString(), fiscal.uuid}};
        payroll.measureUuids = {encryption.uuid};
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        QJsonObject read;
        QVERIFY_OK(versions.contentOf(payroll, &read));
        QJsonObject asBefore = read;
        QJsonObject fields = asBefore.value(QStringLiteral("activity")).toObject();
        for (const char *key : {"category", "basedOn", "controllerBodyUuids"})
            fields.remove(QLatin1String(key));
        asBefore.insert(QStringLiteral("activity"), fields);
        QCOMPARE(ActivityVersion::digestOf(ActivityVersionService::canonical(read)),
                 ActivityVersion::digestOf(ActivityVersionService::canonical(asBefore)));
        // The DPO's notes change nothing a version says; a category does.
        ActivityVersion version;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        QVERIFY(!version.content.contains(QStringLiteral("dpoNotes")));
        payroll.dpoNotes = QStringLiteral("Ask HR about the archive");
        QVERIFY_OK(activities.save(&payroll));
        QCOMPARE(versions.establish(payroll.uuid, QString(), &version).code(), Status::Code::InvalidInput);
        payroll.category = QStringLiteral("Personnel");
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        QCOMPARE(version.number, 2);
        QVERIFY(version.content.contains(QStringLiteral("\"category\":\"Personnel\"")));
        QVERIFY(!version.content.contains(QStringLiteral("Ask HR")));
    }

    void findingsFollowEdits()
    {
        RetentionRuleService rules(m_register->database());
        RetentionRule fiscal = salaryRule();
        QVERIFY_OK(rules.save(&fiscal));
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        payroll.dataCategories = {{QStringLiteral("Salary"), QString(), fiscal.uuid}};
        QVERIFY_OK(activities.save(&payroll));
        const auto findingsOf = [this](const QString &field) {
            RegisterSnapshot snapshot;
            Findings found;
            if (!RegisterSnapshot::load(m_register->database(), &snapshot) || snapshot.activities.size() != 1) {
                found.append({QStringLiteral("load"), Finding::Severity::Error, QStringLiteral("not loaded")});
                return found;
            }
            for (const Finding &finding :
                 CompletenessCheck::forActivity(snapshot.activities.constFirst(), snapshot, QDate(2026, 12, 6))) {
                if (finding.field == field)
                    found.append(finding);
            }
            return found;
        };
        // Never established: nothing to say of versions, or of confidentiality.
        QVERIFY(findingsOf(QStringLiteral("versions")).isEmpty());
        QVERIFY(findingsOf(QStringLiteral("confidentiality")).isEmpty());
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        QVERIFY(findingsOf(QStringLiteral("versions")).isEmpty());
        QCOMPARE(findingsOf(QStringLiteral("confidentiality")).size(), 1);
        QCOMPARE(findingsOf(QStringLiteral("confidentiality")).constFirst().severity, Finding::Severity::Info);

        fiscal.periodCount = 10;
        QVERIFY_OK(rules.save(&fiscal));
        Findings found = findingsOf(QStringLiteral("versions"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().severity, Finding::Severity::Warning);
        QVERIFY2(found.constFirst().message.contains(QStringLiteral("version 1")),
                 qPrintable(found.constFirst().message));
        fiscal.periodCount = 7;
        QVERIFY_OK(rules.save(&fiscal));
        QVERIFY(findingsOf(QStringLiteral("versions")).isEmpty());
        // The rule's notes are not what the activity says of its retention.
        fiscal.notes = QStringLiteral("Checked with the accountant");
        QVERIFY_OK(rules.save(&fiscal));
        QVERIFY(findingsOf(QStringLiteral("versions")).isEmpty());
        // Nor are the columns an import kept that no field takes: a version says what the register
        // records, and establishing again is refused as saying nothing new.
        payroll.extraFields = {{QStringLiteral("ico"), QStringLiteral("Cost centre"), QStringLiteral("4711")}};
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY(findingsOf(QStringLiteral("versions")).isEmpty());
        QCOMPARE(versions.establish(payroll.uuid, QString(), &version).code(), Status::Code::InvalidInput);
        QJsonObject content;
        QVERIFY_OK(versions.contentOf(payroll, &content));
        QVERIFY(content.value(QStringLiteral("activity")).toObject().contains(QStringLiteral("purpose")));
        QVERIFY(!content.value(QStringLiteral("activity")).toObject().contains(QStringLiteral("extraFields")));
        payroll.confidentiality = QStringLiteral("normal");
        QVERIFY_OK(activities.save(&payroll));
        QCOMPARE(findingsOf(QStringLiteral("versions")).size(), 1);
        QVERIFY(findingsOf(QStringLiteral("confidentiality")).isEmpty());
    }

    // The dashboard counts the approved activities saved with a change since their latest version.
    void theDashboardCountsChangedActivities()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        ProcessingActivity never = approvedActivity(QStringLiteral("Never established"));
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(activities.save(&never));
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        const QDate today(2026, 12, 6);
        RegisterCounts counts;
        QVERIFY_OK(RegisterCounts::read(m_register->database(), today, &counts));
        QCOMPARE(counts.changedSinceEstablished, 0);
        never.purpose = QStringLiteral("Changed, but never established");
        QVERIFY_OK(activities.save(&never));
        payroll.purpose = QStringLiteral("Paying the staff and their pensions");
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(RegisterCounts::read(m_register->database(), today, &counts));
        QCOMPARE(counts.changedSinceEstablished, 1);
        QVERIFY_OK(versions.establish(payroll.uuid, QString(), &version));
        QVERIFY_OK(RegisterCounts::read(m_register->database(), today, &counts));
        QCOMPARE(counts.changedSinceEstablished, 0);
    }

    // An export made before activities had numbers restores with them, in the order they were made.
    void anOlderExportIsNumberedOnRestore()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        ProcessingActivity recruitment = approvedActivity(QStringLiteral("Recruitment"));
        QVERIFY_OK(activities.save(&payroll));
        QVERIFY_OK(activities.save(&recruitment));
        QJsonObject document;
        QVERIFY_OK(Exchange::RegisterJson::exportRegister(m_register->database(), &document));
        QJsonObject items = document.value(QStringLiteral("items")).toObject();
        QJsonArray old = items.value(QStringLiteral("activity")).toArray();
        QCOMPARE(old.size(), 2);
        for (qsizetype i = 0; i < old.size(); ++i) {
            QJsonObject item = old.at(i).toObject();
            item.remove(QStringLiteral("number"));
            old[i] = item;
        }
        items.insert(QStringLiteral("activity"), old);
        document.insert(QStringLiteral("items"), items);
        QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
        tables.insert(QStringLiteral("counters"), QJsonArray());
        document.insert(QStringLiteral("tables"), tables);

        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        Exchange::RegisterJson::Options options;
        options.mode = Exchange::RegisterJson::Mode::Restore;
        QList<Exchange::ImportFinding> findings;
        Exchange::ImportSummary summary;
        const Status status =
            Exchange::RegisterJson::importDocument(target.database(), document, options, &findings, &summary);
        QVERIFY2(status, qPrintable(findings.isEmpty() ? status.message() : findings.constFirst().text()));
        // In the order they were made; made in the same millisecond, in either order.
        ActivityService restored(target.database());
        ProcessingActivity first;
        ProcessingActivity second;
        QVERIFY_OK(restored.load(payroll.uuid, &first));
        QVERIFY_OK(restored.load(recruitment.uuid, &second));
        QStringList numbers = {first.number, second.number};
        numbers.sort();
        QCOMPARE(numbers, (QStringList{QStringLiteral("VA-0001"), QStringLiteral("VA-0002")}));
        if (first.createdAt < second.createdAt)
            QCOMPARE(first.number, QStringLiteral("VA-0001"));
        ProcessingActivity next = approvedActivity(QStringLiteral("Marketing"));
        QVERIFY_OK(restored.save(&next));
        QCOMPARE(next.number, QStringLiteral("VA-0003"));
    }

    void versionsSurviveRestore()
    {
        ActivityService activities(m_register->database());
        ProcessingActivity payroll = approvedActivity(QStringLiteral("Payroll"));
        QVERIFY_OK(activities.save(&payroll));
        ActivityVersionService versions(m_register->database());
        ActivityVersion version;
        QVERIFY_OK(versions.establish(payroll.uuid, QStringLiteral("First"), &version));
        QJsonObject document;
        QVERIFY_OK(Exchange::RegisterJson::exportRegister(m_register->database(), &document));

        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        Exchange::RegisterJson::Options options;
        options.mode = Exchange::RegisterJson::Mode::Restore;
        QList<Exchange::ImportFinding> findings;
        Exchange::ImportSummary summary;
        const Status status =
            Exchange::RegisterJson::importDocument(target.database(), document, options, &findings, &summary);
        QVERIFY2(status, qPrintable(findings.isEmpty() ? status.message() : findings.constFirst().text()));
        ActivityVersionService restored(target.database());
        ActivityVersion copy;
        QVERIFY_OK(restored.load(version.uuid, &copy));
        QCOMPARE(copy, version);
        // The series counts on in the restored register.
        ActivityService restoredActivities(target.database());
        ProcessingActivity next = approvedActivity(QStringLiteral("Recruitment"));
        QVERIFY_OK(restoredActivities.save(&next));
        QCOMPARE(next.number, QStringLiteral("VA-0002"));
    }

private:
    std::unique_ptr<TestRegister> m_register;
};

QTEST_GUILESS_MAIN(TestActivityVersions)
#include "tst_activityversions.moc"
