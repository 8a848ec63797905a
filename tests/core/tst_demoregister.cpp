// The demo register: written through the services into a new register, it passes the integrity
// check, every item has its audit entry, and the completeness check shows exactly the two gaps left
// on purpose (see core/register/DemoRegister.cpp) and nothing else.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "clocks/Deadlines.h"
#include "domain/AgreementRules.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "storage/PassphrasePolicy.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

class TestDemoRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passphrase();
    void writesAConsistentRegister();
    void everyItemIsAudited();
    void checkShowsExactlyTheDeliberateGaps();
    void contentIsFictional();
    void refusesARegisterThatIsNotEmpty();
    void opensReadOnlyWithTheDemoPassphrase();

private:
    std::unique_ptr<TestRegister> m_register;
    RegisterSnapshot m_snapshot;
};

void TestDemoRegister::initTestCase()
{
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    QVERIFY_OK(DemoRegister::write(m_register->database()));
    QVERIFY_OK(RegisterSnapshot::load(m_register->database(), &m_snapshot));
}

void TestDemoRegister::passphrase()
{
    QVERIFY(DemoRegister::passphrase().size() >= 10);
    QVERIFY(Storage::PassphrasePolicy::isAcceptable(DemoRegister::passphrase()));
    QCOMPARE(DemoRegister::passphrase(), DemoRegister::passphrase());
}

void TestDemoRegister::writesAConsistentRegister()
{
    const Storage::Store::IntegrityReport report = m_register->database().checkIntegrity();
    QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));

    QCOMPARE(m_snapshot.organisation.name, QStringLiteral("Voorbeeldsoft B.V."));
    QVERIFY(!m_snapshot.organisation.dpoName.isEmpty());
    QCOMPARE(m_snapshot.activities.size(), 3);
    QCOMPARE(m_snapshot.processorActivities.size(), 1);
    QCOMPARE(m_snapshot.parties.size(), 6);
    QCOMPARE(m_snapshot.measures.size(), 6);
    QCOMPARE(m_snapshot.retentionRules.size(), 17); // the 12 of the catalogue and 5 policy rules
    QCOMPARE(m_snapshot.agreements.size(), 7);
    // The website's cookies, two that need consent (statistics and the visitor-identification script).
    QCOMPARE(m_snapshot.cookies.size(), 4);
    QCOMPARE(std::count_if(m_snapshot.cookies.cbegin(), m_snapshot.cookies.cend(),
                           [](const Cookie &cookie) { return cookie.needsConsent(); }),
             2);

    // The sub-processing agreement for the application data hangs below the customer's agreement, and
    // Klantwolk's agreement with Cloudstack below ours with Klantwolk: each parent's processor is the
    // controller of the agreement below it.
    int subProcessing = 0;
    for (const Agreement &agreement : std::as_const(m_snapshot.agreements)) {
        QCOMPARE(agreement.attachments.size(), 1);
        QCOMPARE(agreement.clauses.size(), 9);
        if (agreement.kind == QLatin1String("sub_processing")) {
            ++subProcessing;
            const Agreement *parent = m_snapshot.agreement(agreement.parentUuid);
            QVERIFY(parent);
            QCOMPARE(parent->processorUuid, agreement.controllerUuid);
        }
        for (const SubprocessorNotice &notice : agreement.notices) {
            const auto calendar = Clocks::HolidayCalendar::load(QStringLiteral("NL"));
            QVERIFY(calendar);
            // Calendar days from the day the notice was sent, as the agreement counts them (A8).
            QCOMPARE(agreement.windowCounting, QStringLiteral("calendar_days"));
            QVERIFY(notice.sentOn.isValid());
            QCOMPARE(notice.objectionDeadline, notice.sentOn.addDays(agreement.objectionWindowDays));
            QCOMPARE(notice.objectionDeadline, AgreementRules::objectionDeadline(agreement, notice, *calendar));
        }
    }
    QCOMPARE(subProcessing, 2);

    // The CRM activity transfers to the US sub-processor under the Data Privacy Framework.
    bool transfer = false;
    for (const ProcessingActivity &activity : std::as_const(m_snapshot.activities)) {
        for (const Transfer &t : activity.transfers) {
            transfer = true;
            QCOMPARE(t.country, QStringLiteral("US"));
            QCOMPARE(t.mechanism, QStringLiteral("dpf"));
            QVERIFY(m_snapshot.party(t.partyUuid));
            // Art. 13(1)(f): where a copy of the safeguards is to be had.
            QVERIFY(!t.safeguardsCopyVia.isEmpty());
        }
    }
    QVERIFY(transfer);

    // What the privacy statement will say: every activity is published, for its own audiences,
    // with its purpose in the public's words and whether the data must be provided.
    QCOMPARE(m_snapshot.organisation.dataLanguage, QStringLiteral("en")); // written by the English texts
    QCOMPARE(m_snapshot.organisation.recipientNaming, QStringLiteral("names"));
    QCOMPARE(m_snapshot.organisation.tradeNames, QStringLiteral("Briefwerk"));
    QSet<QString> audiences;
    for (const ProcessingActivity &activity : std::as_const(m_snapshot.activities)) {
        QVERIFY2(activity.publish, qPrintable(activity.name));
        QVERIFY2(!activity.audiences.isEmpty(), qPrintable(activity.name));
        QVERIFY2(!activity.publicPurpose.isEmpty(), qPrintable(activity.name));
        QVERIFY2(!activity.provisionRequirement.isEmpty(), qPrintable(activity.name));
        QVERIFY2(!activity.provisionConsequence.isEmpty(), qPrintable(activity.name));
        for (const QString &audience : activity.audiences)
            audiences.insert(audience);
    }
    QCOMPARE(audiences, (QSet<QString>{QStringLiteral("customers"), QStringLiteral("prospects"),
                                       QStringLiteral("website_visitors")}));
    for (const SecurityMeasure &measure : std::as_const(m_snapshot.measures))
        QVERIFY2(!measure.publicSummary.isEmpty(), qPrintable(measure.title));
    for (const Party &party : std::as_const(m_snapshot.parties)) {
        // Every processor is named in the statement, with what it does.
        if (party.roles.contains(QStringLiteral("processor")) || party.roles.contains(QStringLiteral("sub_processor")))
            QVERIFY2(!party.publicDescription.isEmpty(), qPrintable(party.name));
    }
    QVERIFY(!m_snapshot.processorActivities.constFirst().publicDescription.isEmpty());
    const ProcessorActivity &application = m_snapshot.processorActivities.constFirst();
    QCOMPARE(application.controllerUuids.size(), 1);
    QVERIFY(m_snapshot.party(application.controllerUuids.constFirst()));
    QVERIFY(m_snapshot.party(application.controllerUuids.constFirst())->roles.contains(QStringLiteral("controller")));
}

void TestDemoRegister::everyItemIsAudited()
{
    QSqlDatabase &db = m_register->db();
    auto audited = [&db](const QString &entity, const QString &uuid) {
        return !AuditLog::entriesFor(db, entity, uuid).isEmpty();
    };
    QVERIFY(audited(QStringLiteral("organisation"), m_snapshot.organisation.uuid));
    for (const Party &p : std::as_const(m_snapshot.parties))
        QVERIFY(audited(QStringLiteral("party"), p.uuid));
    for (const SecurityMeasure &m : std::as_const(m_snapshot.measures))
        QVERIFY(audited(QStringLiteral("security_measure"), m.uuid));
    for (const RetentionRule &r : std::as_const(m_snapshot.retentionRules))
        QVERIFY(audited(QStringLiteral("retention_rule"), r.uuid));
    for (const ProcessingActivity &a : std::as_const(m_snapshot.activities))
        QVERIFY(audited(QStringLiteral("activity"), a.uuid));
    for (const ProcessorActivity &a : std::as_const(m_snapshot.processorActivities))
        QVERIFY(audited(QStringLiteral("processor_activity"), a.uuid));
    for (const Agreement &a : std::as_const(m_snapshot.agreements)) {
        const QList<AuditLog::Entry> entries = AuditLog::entriesFor(db, QStringLiteral("agreement"), a.uuid);
        QCOMPARE(entries.size(), 2); // created, then its signed copy attached
        QVERIFY(entries.at(1).changes.contains(QStringLiteral("attachments")));
    }
    // The privacy statement for customers, prospects and visitors, and its first version, published
    // last so that the register still says what it says.
    QList<PrivacyStatement> statements;
    QVERIFY(Register::PrivacyStatementService(m_register->database()).list(&statements));
    QCOMPARE(statements.size(), 1);
    QVERIFY(audited(QStringLiteral("privacy_statement"), statements.constFirst().uuid));
    QList<StatementVersion> versions;
    QVERIFY(
        Register::StatementVersionService(m_register->database()).versionsOf(statements.constFirst().uuid, &versions));
    QCOMPARE(versions.size(), 1);
    QVERIFY(audited(QStringLiteral("statement_version"), versions.constFirst().uuid));
    const QList<AuditLog::Entry> last =
        AuditLog::entriesFor(db, QStringLiteral("statement_version"), versions.constFirst().uuid);
    QCOMPARE(last.size(), 1);
}

void TestDemoRegister::checkShowsExactlyTheDeliberateGaps()
{
    const QList<EntityFinding> findings = CompletenessCheck::run(m_snapshot, QDate::currentDate());
    QStringList lines;
    for (const EntityFinding &f : findings)
        lines << QStringLiteral("%1 %2 %3: %4").arg(f.entity, f.name, f.finding.field, f.finding.message);
    QVERIFY2(findings.size() == 2, qPrintable(lines.join(QLatin1Char('\n'))));

    // Activities come before agreements. Gap 2: the website activity has no storage location.
    QCOMPARE(findings.at(0).entity, QStringLiteral("activity"));
    QCOMPARE(findings.at(0).name, QStringLiteral("Website and e-mail"));
    QCOMPARE(findings.at(0).finding.field, QStringLiteral("storageLocation"));
    QCOMPARE(findings.at(0).finding.severity, Finding::Severity::Warning);
    // Gap 1: the CRM vendor's agreement does not tick Art. 28(3)(h), audits.
    QCOMPARE(findings.at(1).entity, QStringLiteral("agreement"));
    QCOMPARE(findings.at(1).name, QStringLiteral("Processing agreement Klantwolk CRM"));
    QCOMPARE(findings.at(1).finding.field, QStringLiteral("clauses.h"));
    QCOMPARE(findings.at(1).finding.severity, Finding::Severity::Error);
    QVERIFY(findings.at(1).finding.message.contains(QLatin1String("Art. 28(3)(h)")));
}

void TestDemoRegister::contentIsFictional()
{
    // Modelled on a real privacy statement, but naming no real company or product of it.
    QJsonArray everything;
    for (const ProcessingActivity &a : std::as_const(m_snapshot.activities))
        everything.append(a.toJson());
    for (const Party &p : std::as_const(m_snapshot.parties))
        everything.append(p.toJson());
    for (const Agreement &a : std::as_const(m_snapshot.agreements))
        everything.append(a.toJson());
    everything.append(m_snapshot.processorActivities.constFirst().toJson());
    QString text = QString::fromUtf8(QJsonDocument(everything).toJson());
    text += m_snapshot.organisation.name + m_snapshot.organisation.contactEmail + m_snapshot.organisation.city;
    for (const char *real : {"INTERACTION", "xential", "Leadinfo", "Holten", "Oranjestraat"})
        QVERIFY2(!text.contains(QLatin1String(real), Qt::CaseInsensitive), real);
}

void TestDemoRegister::refusesARegisterThatIsNotEmpty()
{
    const qint64 audit = m_register->auditCount();
    const Status status = DemoRegister::write(m_register->database());
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QCOMPARE(m_register->auditCount(), audit);
}

void TestDemoRegister::opensReadOnlyWithTheDemoPassphrase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.cstd"));
    {
        Storage::Database database;
        QVERIFY_OK(database.create(path, DemoRegister::passphrase()));
        QVERIFY_OK(DemoRegister::write(database));
    }
    Storage::Database database;
    QVERIFY_OK(database.open(path, DemoRegister::passphrase(), Storage::Database::Mode::ReadOnly));
    RegisterSnapshot snapshot;
    QVERIFY_OK(RegisterSnapshot::load(database, &snapshot));
    QCOMPARE(CompletenessCheck::run(snapshot, QDate::currentDate()).size(), 2);
}

QTEST_GUILESS_MAIN(TestDemoRegister)
#include "tst_demoregister.moc"
