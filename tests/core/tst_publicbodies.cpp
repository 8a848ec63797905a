// What a public body records (the Dutch ecosystem, part 4), on a real register: its administrative
// bodies as parties, added when asked and never twice; the bodies that are an activity's
// controller; the selection list and the test of a retention rule; a request answered by a
// decision under the Awb, its objection in the completeness check and in the requests list. Each
// finding of a public body is absent for an organisation that is not one.
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

namespace {

const QDate today(2026, 12, 6);

Findings onField(const Findings &findings, const QString &field)
{
    Findings found;
    for (const Finding &finding : findings) {
        if (finding.field == field)
            found.append(finding);
    }
    return found;
}

} // namespace

class TestPublicBodies : public QObject
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

    void municipalBodiesAreAddedOnceAndMarked()
    {
        PartyService parties(m_register->database());
        // A party of one of the names is marked, not added again.
        Party council;
        council.name = QStringLiteral("gemeenteraad");
        QVERIFY_OK(parties.save(&council));
        int changed = 0;
        const QStringList names = PartyService::municipalBodies();
        QVERIFY(names.contains(QStringLiteral("College van burgemeester en wethouders")));
        QVERIFY_OK(parties.addOwnBodies(names, &changed));
        QCOMPARE(changed, int(names.size()));
        QList<Party> all;
        QVERIFY_OK(parties.list(&all));
        QCOMPARE(all.size(), names.size());
        for (const Party &party : std::as_const(all)) {
            QVERIFY2(party.ownBody, qPrintable(party.name));
            QVERIFY(party.validate().isEmpty());
        }
        Party marked;
        QVERIFY_OK(parties.load(council.uuid, &marked));
        QVERIFY(marked.ownBody);
        QCOMPARE(marked.name, QStringLiteral("gemeenteraad"));
        // Asked again: nothing changes.
        QVERIFY_OK(parties.addOwnBodies(names, &changed));
        QCOMPARE(changed, 0);
        QVERIFY_OK(parties.list(&all));
        QCOMPARE(all.size(), names.size());
    }

    void anActivityNamesItsControllingBody()
    {
        PartyService parties(m_register->database());
        Party college;
        college.name = QStringLiteral("College van burgemeester en wethouders");
        college.ownBody = true;
        Party supplier;
        supplier.name = QStringLiteral("Burgerzaken Software B.V.");
        QVERIFY_OK(parties.save(&college));
        QVERIFY_OK(parties.save(&supplier));
        ActivityService activities(m_register->database());
        ProcessingActivity brp;
        brp.name = QStringLiteral("Basisregistratie personen");
        QVERIFY_OK(activities.save(&brp));

        // A company: no body to name.
        QVERIFY(onField(activityFindings(), QStringLiteral("controllerBodyUuids")).isEmpty());
        setPublicBody(true);
        Findings found = onField(activityFindings(), QStringLiteral("controllerBodyUuids"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().severity, Finding::Severity::Warning);
        brp.controllerBodyUuids = {supplier.uuid};
        QVERIFY_OK(activities.save(&brp));
        found = onField(activityFindings(), QStringLiteral("controllerBodyUuids"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.constFirst().message.contains(supplier.name), qPrintable(found.constFirst().message));
        brp.controllerBodyUuids = {college.uuid};
        QVERIFY_OK(activities.save(&brp));
        QVERIFY(onField(activityFindings(), QStringLiteral("controllerBodyUuids")).isEmpty());
        // The body is what the activity refers to: it cannot be deleted from under it.
        const Status removed = parties.remove(college.uuid);
        QVERIFY(!removed);
        Party still;
        QVERIFY_OK(parties.load(college.uuid, &still));
        QVERIFY(still.ownBody);
    }

    void aPublicBodysRetentionComesFromASelectionList()
    {
        RetentionRuleService rules(m_register->database());
        RetentionRule rule;
        rule.name = QStringLiteral("Paspoortaanvragen");
        rule.periodCount = 11;
        rule.periodUnit = QStringLiteral("years");
        QVERIFY_OK(rules.save(&rule));
        QVERIFY(ruleFindings().isEmpty());
        rule.lastTestedOn = today.addDays(3);
        QVERIFY_OK(rules.save(&rule));
        QCOMPARE(onField(ruleFindings(), QStringLiteral("lastTestedOn")).size(), 1); // in the future, for anyone
        rule.lastTestedOn = QDate();
        QVERIFY_OK(rules.save(&rule));

        setPublicBody(true);
        QCOMPARE(onField(ruleFindings(), QStringLiteral("selectionList")).size(), 1);
        QCOMPARE(onField(ruleFindings(), QStringLiteral("selectionList")).constFirst().severity,
                 Finding::Severity::Warning);
        QCOMPARE(onField(ruleFindings(), QStringLiteral("lastTestedOn")).constFirst().severity,
                 Finding::Severity::Info);
        rule.selectionList = QStringLiteral("Selectielijst gemeenten en intergemeentelijke organen 2020");
        rule.selectionListCategory = QStringLiteral("1.1.3");
        rule.lastTestedOn = today.addMonths(-13);
        QVERIFY_OK(rules.save(&rule));
        Findings found = ruleFindings();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().field, QStringLiteral("lastTestedOn"));
        QVERIFY(found.constFirst().message.contains(QStringLiteral("more than a year ago")));
        rule.lastTestedOn = today.addMonths(-2);
        QVERIFY_OK(rules.save(&rule));
        QVERIFY(ruleFindings().isEmpty());
    }

    void aRefusalIsADecisionUnderTheAwb()
    {
        PartyService parties(m_register->database());
        Party college;
        college.name = QStringLiteral("College van burgemeester en wethouders");
        college.ownBody = true;
        QVERIFY_OK(parties.save(&college));
        RequestService requests(m_register->database());
        RequestCase request;
        request.receivedOn = QDate(2026, 10, 1);
        request.requesterName = QStringLiteral("Femke de Vries");
        request.rights = {{QStringLiteral("erasure"), QStringLiteral("refused"), QStringLiteral("art17_3_b"),
                           QStringLiteral("The Archiefwet requires the file to be kept.")}};
        request.status = QStringLiteral("refused");
        request.responseOn = QDate(2026, 10, 20);
        request.remediesNotice = true;
        QVERIFY_OK(requests.save(&request));
        QVERIFY(onField(requestFindings(), QStringLiteral("awbDecision")).isEmpty()); // a company
        setPublicBody(true);
        QCOMPARE(onField(requestFindings(), QStringLiteral("awbDecision")).size(), 1);
        request.awbDecision = true;
        request.decidingBodyUuid = college.uuid;
        QVERIFY_OK(requests.save(&request));
        QVERIFY(awbFindings().isEmpty());

        // The objection: pending until decided, then its outcome.
        request.objectionReceivedOn = QDate(2026, 11, 2);
        QVERIFY_OK(requests.save(&request));
        Findings found = onField(requestFindings(), QStringLiteral("objectionOutcome"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().severity, Finding::Severity::Info);
        QVERIFY(listItem(request.uuid).objectionPending);
        request.objectionDecidedOn = QDate(2026, 12, 1);
        QVERIFY_OK(requests.save(&request));
        found = onField(requestFindings(), QStringLiteral("objectionOutcome"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().severity, Finding::Severity::Warning);
        QVERIFY(!listItem(request.uuid).objectionPending);
        request.objectionOutcome = QStringLiteral("rejected");
        QVERIFY_OK(requests.save(&request));
        QVERIFY(awbFindings().isEmpty());
        RequestCase read;
        QVERIFY_OK(requests.load(request.uuid, &read));
        QCOMPARE(read.objectionOutcome, QStringLiteral("rejected"));
        QCOMPARE(read.decidingBodyUuid, college.uuid);
    }

private:
    void setPublicBody(bool publicBody)
    {
        OrganisationService organisations(m_register->database());
        Organisation organisation;
        QVERIFY_OK(organisations.load(&organisation));
        organisation.name = QStringLiteral("Gemeente Voorbeeld");
        organisation.contactEmail = QStringLiteral("privacy@voorbeeld.example");
        organisation.publicBody = publicBody;
        QVERIFY_OK(organisations.save(organisation));
    }

    RegisterSnapshot snapshot()
    {
        RegisterSnapshot loaded;
        const Status status = RegisterSnapshot::load(m_register->database(), &loaded);
        if (!status)
            qWarning() << status.message() << status.detail();
        return loaded;
    }

    Findings activityFindings()
    {
        const RegisterSnapshot s = snapshot();
        return s.activities.isEmpty() ? Findings()
                                      : CompletenessCheck::forActivity(s.activities.constFirst(), s, today);
    }

    Findings ruleFindings()
    {
        const RegisterSnapshot s = snapshot();
        return s.retentionRules.isEmpty()
                   ? Findings()
                   : CompletenessCheck::forRetentionRule(s.retentionRules.constFirst(), s, today);
    }

    Findings requestFindings()
    {
        const RegisterSnapshot s = snapshot();
        return s.requests.isEmpty() ? Findings() : CompletenessCheck::forRequest(s.requests.constFirst(), s, today);
    }

    // What the check says of the decision under the Awb (the rest of the case is other tests' business).
    Findings awbFindings()
    {
        Findings found;
        for (const char *field : {"awbDecision", "decidingBodyUuid", "objectionOutcome"})
            found += onField(requestFindings(), QLatin1String(field));
        return found;
    }

    RequestListItem listItem(const QString &uuid)
    {
        std::optional<RequestListItem> item;
        const Status status = RequestService(m_register->database()).listItem(uuid, &item);
        return status && item ? *item : RequestListItem();
    }

    std::unique_ptr<TestRegister> m_register;
};

QTEST_GUILESS_MAIN(TestPublicBodies)
#include "tst_publicbodies.moc"
