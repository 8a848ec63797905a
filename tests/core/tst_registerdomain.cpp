// The register's value types without a database: the codes agree with schema 0003's CHECK lists and
// have labels a privacy officer can read; validate() reports input errors only, each on the member it
// concerns; toJson() carries every member.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include "domain/Agreement.h"
#include "domain/Codes.h"
#include "domain/Cookie.h"
#include "domain/Organisation.h"
#include "domain/Party.h"
#include "domain/ProcessingActivity.h"
#include "domain/RequestCase.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"
#include "storage/Migrator.h"

using namespace Custodian::Domain;
using Kind = Codes::Kind;

Q_DECLARE_METATYPE(Custodian::Domain::Codes::Kind)
Q_DECLARE_METATYPE(Custodian::Domain::Findings)

namespace {

// table.column -> the values its CHECK (... IN (...)) allows, read from the migration itself.
// Every "column IN ('a', 'b')" check of the schema as the migrations leave it: table.column ->
// its codes. A later migration's check (a new column, a rebuilt table) replaces an earlier one.
QHash<QString, QStringList> schemaChecks()
{
    const Custodian::Storage::Migrator migrator;
    QHash<QString, QStringList> checks;
    static const QRegularExpression table(QStringLiteral("(?:CREATE|ALTER) TABLE (\\w+)"));
    static const QRegularExpression check(QStringLiteral("(\\w+)\\s+IN\\s*\\(([^)]*)\\)"));
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (const Custodian::Storage::Migrator::Migration &migration : migrator.migrations()) {
        const QString &sql = migration.script;
        QList<QPair<qsizetype, QString>> starts;
        for (QRegularExpressionMatchIterator tables = table.globalMatch(sql); tables.hasNext();) {
            const QRegularExpressionMatch m = tables.next();
            QString name = m.captured(1);
            name.remove(QLatin1String("_rebuilt"));
            starts.append({m.capturedStart(), name});
        }
        for (QRegularExpressionMatchIterator found = check.globalMatch(sql); found.hasNext();) {
            const QRegularExpressionMatch m = found.next();
            QString current;
            for (const auto &[start, name] : std::as_const(starts)) {
                if (start < m.capturedStart())
                    current = name;
            }
            QStringList values;
            for (QRegularExpressionMatchIterator items = quoted.globalMatch(m.captured(2)); items.hasNext();) {
                const QString value = items.next().captured(1);
                if (!value.isEmpty())
                    values.append(value);
            }
            if (!values.isEmpty())
                checks.insert(current + QLatin1Char('.') + m.captured(1), values);
        }
    }
    return checks;
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> set(const char *words)
{
    const QStringList list = QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

bool hasFinding(const Findings &findings, const QString &field, Finding::Severity severity)
{
    for (const Finding &finding : findings) {
        if (finding.field == field && finding.severity == severity)
            return true;
    }
    return false;
}

} // namespace

class TestRegisterDomain : public QObject
{
    Q_OBJECT

private slots:
    void codesMatchTheSchema_data();
    void codesMatchTheSchema();
    void everyCodeHasALabel();
    void labels();
    void emptyClausesAreAllNineInOrder();
    void partyValidation();
    void measureValidation();
    void cookieValidation_data();
    void cookieValidation();
    void retentionValidation();
    void periodText();
    void activityValidation_data();
    void activityValidation();
    void processorActivityValidation();
    void agreementValidation_data();
    void agreementValidation();
    void validMinimalItemsHaveNoErrors();
    void toJsonCarriesEveryMember();
    void isExpired();
    void supplierFileRules();
    void extraFieldsValidation();
    void extraFieldsMerge();
    void publicBodyValidation();
};

void TestRegisterDomain::codesMatchTheSchema_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("party_role.role") << QStringLiteral("party_role.role") << Kind::PartyRole;
    QTest::newRow("security_measure.kind") << QStringLiteral("security_measure.kind") << Kind::MeasureKind;
    QTest::newRow("retention_rule.period_unit") << QStringLiteral("retention_rule.period_unit") << Kind::PeriodUnit;
    QTest::newRow("retention_rule.basis_type") << QStringLiteral("retention_rule.basis_type") << Kind::RetentionBasis;
    QTest::newRow("agreement.kind") << QStringLiteral("agreement.kind") << Kind::AgreementKind;
    QTest::newRow("agreement.subprocessor_authorisation")
        << QStringLiteral("agreement.subprocessor_authorisation") << Kind::Authorisation;
    QTest::newRow("agreement.end_of_contract") << QStringLiteral("agreement.end_of_contract") << Kind::EndOfContract;
    QTest::newRow("agreement.status") << QStringLiteral("agreement.status") << Kind::AgreementStatus;
    QTest::newRow("agreement_clause.clause") << QStringLiteral("agreement_clause.clause") << Kind::AgreementClause;
    QTest::newRow("subprocessor_notice.decision")
        << QStringLiteral("subprocessor_notice.decision") << Kind::NoticeDecision;
    QTest::newRow("activity_data_category.art9_exception")
        << QStringLiteral("activity_data_category.art9_exception") << Kind::Art9Exception;
    QTest::newRow("activity.dpia_required") << QStringLiteral("activity.dpia_required") << Kind::DpiaRequired;
    QTest::newRow("activity.dpia_status") << QStringLiteral("activity.dpia_status") << Kind::DpiaStatus;
    QTest::newRow("activity.status") << QStringLiteral("activity.status") << Kind::ActivityStatus;
    QTest::newRow("processor_activity.status") << QStringLiteral("processor_activity.status") << Kind::ActivityStatus;
    QTest::newRow("activity_lawful_basis.basis") << QStringLiteral("activity_lawful_basis.basis") << Kind::LawfulBasis;
    QTest::newRow("activity_dpia_criterion.criterion")
        << QStringLiteral("activity_dpia_criterion.criterion") << Kind::DpiaCriterion;
    QTest::newRow("activity_data_category.special_category")
        << QStringLiteral("activity_data_category.special_category") << Kind::SpecialCategory;
    QTest::newRow("activity_recipient.kind") << QStringLiteral("activity_recipient.kind") << Kind::RecipientKind;
    QTest::newRow("transfer.mechanism") << QStringLiteral("transfer.mechanism") << Kind::TransferMechanism;
    QTest::newRow("transfer.scc_module") << QStringLiteral("transfer.scc_module") << Kind::SccModule;
    // Schema 7 and 8.
    QTest::newRow("organisation.dpo_status") << QStringLiteral("organisation.dpo_status") << Kind::DpoStatus;
    QTest::newRow("agreement.window_counting") << QStringLiteral("agreement.window_counting") << Kind::WindowCounting;
    QTest::newRow("agreement.window_start") << QStringLiteral("agreement.window_start") << Kind::WindowStart;
    QTest::newRow("activity.art22_exception") << QStringLiteral("activity.art22_exception") << Kind::Art22Exception;
    QTest::newRow("activity.dpia_residual_risk") << QStringLiteral("activity.dpia_residual_risk") << Kind::ResidualRisk;
    QTest::newRow("activity_wp248_criterion.criterion")
        << QStringLiteral("activity_wp248_criterion.criterion") << Kind::Wp248Criterion;
    QTest::newRow("activity_recipient.disclosure")
        << QStringLiteral("activity_recipient.disclosure") << Kind::Disclosure;
    QTest::newRow("retention_rule.period_kind") << QStringLiteral("retention_rule.period_kind") << Kind::PeriodKind;
    QTest::newRow("transfer.derogation") << QStringLiteral("transfer.derogation") << Kind::Derogation;
    // Schema 17: the privacy statement.
    QTest::newRow("activity_audience.audience") << QStringLiteral("activity_audience.audience") << Kind::Audience;
    QTest::newRow("activity.provision_requirement")
        << QStringLiteral("activity.provision_requirement") << Kind::ProvisionRequirement;
    QTest::newRow("organisation.recipient_naming")
        << QStringLiteral("organisation.recipient_naming") << Kind::RecipientNaming;
    QTest::newRow("organisation.data_language") << QStringLiteral("organisation.data_language") << Kind::Language;
    // Schema 18: cookies.
    QTest::newRow("cookie.technique") << QStringLiteral("cookie.technique") << Kind::TrackerKind;
    QTest::newRow("cookie.category") << QStringLiteral("cookie.category") << Kind::CookieCategory;
    QTest::newRow("cookie.lifetime_unit") << QStringLiteral("cookie.lifetime_unit") << Kind::PeriodUnit;
    // Schema 20: activity numbers and versions.
    QTest::newRow("activity.confidentiality") << QStringLiteral("activity.confidentiality") << Kind::Confidentiality;
    QTest::newRow("breach.notification_type") << QStringLiteral("breach.notification_type") << Kind::NotificationType;
    QTest::newRow("breach_inform_medium.medium") << QStringLiteral("breach_inform_medium.medium") << Kind::InformMedium;
    QTest::newRow("request_case.objection_outcome")
        << QStringLiteral("request_case.objection_outcome") << Kind::ObjectionOutcome;
    // Schema 24: agreement models, annexes, assurance, reviews.
    QTest::newRow("agreement.model") << QStringLiteral("agreement.model") << Kind::AgreementModel;
    QTest::newRow("agreement_annex.kind") << QStringLiteral("agreement_annex.kind") << Kind::AnnexKind;
    QTest::newRow("agreement_assurance.kind") << QStringLiteral("agreement_assurance.kind") << Kind::AssuranceKind;
    QTest::newRow("agreement_review.outcome") << QStringLiteral("agreement_review.outcome") << Kind::ReviewOutcome;
    QTest::newRow("activity.log_retention_unit") << QStringLiteral("activity.log_retention_unit") << Kind::PeriodUnit;
}

void TestRegisterDomain::codesMatchTheSchema()
{
    QFETCH(QString, column);
    QFETCH(Kind, kind);
    static const QHash<QString, QStringList> checks = schemaChecks();
    QVERIFY2(checks.contains(column), qPrintable(column));
    QCOMPARE(Codes::codes(kind), checks.value(column));
}

void TestRegisterDomain::everyCodeHasALabel()
{
    QList<int> kinds;
    for (int k = int(Kind::LawfulBasis); k <= int(Kind::EndOfContract); ++k)
        kinds.append(k);
    kinds << int(Kind::Audience) << int(Kind::ProvisionRequirement) << int(Kind::RecipientNaming)
          << int(Kind::CookieCategory) << int(Kind::TrackerKind) << int(Kind::AgreementModel) << int(Kind::AnnexKind)
          << int(Kind::AssuranceKind) << int(Kind::ReviewOutcome) << int(Kind::ReportKind);
    for (const int k : std::as_const(kinds)) {
        const QStringList codes = Codes::codes(Kind(k));
        QVERIFY2(!codes.isEmpty(), qPrintable(QString::number(k)));
        QSet<QString> labels;
        for (const QString &code : codes) {
            QVERIFY(Codes::isValid(Kind(k), code));
            const QString label = Codes::label(Kind(k), code);
            QVERIFY2(!label.isEmpty() && label != code, qPrintable(code));
            labels.insert(label);
        }
        QCOMPARE(labels.size(), codes.size()); // no two codes read the same
        QVERIFY(!Codes::isValid(Kind(k), QStringLiteral("no-such-code")));
        QVERIFY(!Codes::isValid(Kind(k), QString()));
    }
}

void TestRegisterDomain::labels()
{
    QCOMPARE(Codes::label(Kind::LawfulBasis, QStringLiteral("b")),
             QStringLiteral("Contract with the data subject (Art. 6(1)(b))"));
    QCOMPARE(Codes::label(Kind::Art9Exception, QStringLiteral("a")), QStringLiteral("Explicit consent (Art. 9(2)(a))"));
    QCOMPARE(Codes::label(Kind::DpiaCriterion, QStringLiteral("covert_investigation")),
             QStringLiteral("Covert investigation"));
    QCOMPARE(Codes::label(Kind::DpiaCriterion, QStringLiteral("blacklists")), QStringLiteral("Blacklists"));
    QCOMPARE(Codes::label(Kind::DpiaCriterion, QStringLiteral("behaviour_observation")),
             QStringLiteral("Observing and influencing behaviour"));
    QCOMPARE(
        Codes::label(Kind::AgreementClause, QStringLiteral("infringement_notice")),
        QStringLiteral("Notice of instructions that infringe the GDPR or other data protection provisions (Art. 28(3) "
                       "second subparagraph)"));
    for (const char *clause : {"a", "b", "c", "d", "e", "f", "g", "h"}) {
        const QString label = Codes::label(Kind::AgreementClause, QLatin1String(clause));
        QVERIFY2(label.contains(QStringLiteral("Art. 28(3)(%1)").arg(QLatin1String(clause))), qPrintable(label));
    }
    QVERIFY(Codes::label(Kind::AgreementClause, QStringLiteral("h")).contains(QLatin1String("audit")));
    // An unknown code (a newer file) is shown as it is rather than as nothing.
    QCOMPARE(Codes::label(Kind::LawfulBasis, QStringLiteral("z")), QStringLiteral("z"));
    QCOMPARE(Codes::codes(Kind::LawfulBasis),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                          QStringLiteral("e"), QStringLiteral("f")}));
}

void TestRegisterDomain::emptyClausesAreAllNineInOrder()
{
    const QList<ClauseCheck> clauses = Agreement::emptyClauses();
    QCOMPARE(clauses.size(), 9);
    QStringList codes;
    for (const ClauseCheck &clause : clauses) {
        QVERIFY(!clause.ticked);
        QVERIFY(clause.reference.isEmpty());
        codes.append(clause.clause);
    }
    QCOMPARE(codes, Codes::codes(Kind::AgreementClause));
    QCOMPARE(codes.constLast(), QStringLiteral("infringement_notice"));
}

void TestRegisterDomain::partyValidation()
{
    Party party;
    QVERIFY(hasFinding(party.validate(), QStringLiteral("name"), Finding::Severity::Error));
    party.name = QStringLiteral("Hostingpartner");
    QVERIFY(party.validate().isEmpty());
    party.country = QStringLiteral("Netherlands");
    QVERIFY(hasFinding(party.validate(), QStringLiteral("country"), Finding::Severity::Error));
    party.country = QStringLiteral("nl");
    QVERIFY(party.validate().isEmpty());
    party.contactEmail = QStringLiteral("not an address");
    QVERIFY(hasFinding(party.validate(), QStringLiteral("contactEmail"), Finding::Severity::Error));
    party.contactEmail = QStringLiteral("privacy@host.example");
    party.contactPhone = QStringLiteral("call me");
    QVERIFY(hasFinding(party.validate(), QStringLiteral("contactPhone"), Finding::Severity::Error));
    party.contactPhone.clear();
    party.roles = {QStringLiteral("processor"), QStringLiteral("owner")};
    const Findings findings = party.validate();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().field, QStringLiteral("roles"));
    QVERIFY(findings.constFirst().message.contains(QLatin1String("owner")));
    party.roles = {QStringLiteral("processor"), QStringLiteral("processor")};
    QVERIFY(hasFinding(party.validate(), QStringLiteral("roles"), Finding::Severity::Error));
}

void TestRegisterDomain::measureValidation()
{
    SecurityMeasure measure;
    QVERIFY(hasFinding(measure.validate(), QStringLiteral("title"), Finding::Severity::Error));
    measure.title = QStringLiteral("TLS");
    QVERIFY(measure.validate().isEmpty());
    measure.kind = QStringLiteral("physical");
    QVERIFY(hasFinding(measure.validate(), QStringLiteral("kind"), Finding::Severity::Error));
}

void TestRegisterDomain::cookieValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("name") << QStringLiteral("name");
    QTest::newRow("technique") << QStringLiteral("technique");
    QTest::newRow("category") << QStringLiteral("category");
    QTest::newRow("count without unit") << QStringLiteral("lifetimeUnit");
    QTest::newRow("unknown unit") << QStringLiteral("lifetimeUnit");
    QTest::newRow("session with a lifetime") << QStringLiteral("lifetimeCount");
    QTest::newRow("country") << QStringLiteral("country");
}

// Each row breaks one thing of a valid cookie: exactly that error, and what consent it needs.
void TestRegisterDomain::cookieValidation()
{
    QFETCH(QString, field);
    Cookie cookie;
    cookie.name = QStringLiteral("_ga");
    cookie.category = QStringLiteral("analytics");
    cookie.lifetimeCount = 13;
    cookie.lifetimeUnit = QStringLiteral("months");
    QVERIFY(cookie.validate().isEmpty());
    QVERIFY(cookie.needsConsent());
    QCOMPARE(cookie.lifetimeText(), QStringLiteral("13 month(s)"));
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("name"))
        cookie.name = QStringLiteral(" ");
    else if (row == QLatin1String("technique"))
        cookie.technique = QStringLiteral("beacon");
    else if (row == QLatin1String("category"))
        cookie.category = QStringLiteral("functional");
    else if (row == QLatin1String("count without unit"))
        cookie.lifetimeUnit.clear();
    else if (row == QLatin1String("unknown unit"))
        cookie.lifetimeUnit = QStringLiteral("fortnights");
    else if (row == QLatin1String("session with a lifetime"))
        cookie.sessionOnly = true;
    else if (row == QLatin1String("country"))
        cookie.country = QStringLiteral("USA");
    const Findings findings = cookie.validate();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().field, field);
    QCOMPARE(findings.constFirst().severity, Finding::Severity::Error);
    // Consent follows the category: none for what is necessary or analytics with little impact.
    QVERIFY(!Cookie::categoryNeedsConsent(QStringLiteral("necessary")));
    QVERIFY(!Cookie::categoryNeedsConsent(QStringLiteral("analytics_exempt")));
    QVERIFY(Cookie::categoryNeedsConsent(QStringLiteral("preferences")));
    QVERIFY(Cookie::categoryNeedsConsent(QStringLiteral("marketing")));
}

void TestRegisterDomain::retentionValidation()
{
    RetentionRule rule;
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("name"), Finding::Severity::Error));
    rule.name = QStringLiteral("Fiscal records");
    QVERIFY(rule.validate().isEmpty()); // no fixed period is allowed
    rule.periodCount = 7;
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("periodUnit"), Finding::Severity::Error));
    rule.periodUnit = QStringLiteral("years");
    QVERIFY(rule.validate().isEmpty());
    rule.periodCount = 0;
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("periodCount"), Finding::Severity::Error));
    rule.periodCount = 7;
    rule.periodUnit = QStringLiteral("decades");
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("periodUnit"), Finding::Severity::Error));
    rule.periodUnit = QStringLiteral("years");
    rule.basisType = QStringLiteral("statute");
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("legalSource"), Finding::Severity::Warning));
    QVERIFY(!hasErrors(rule.validate()));
    rule.legalSource = QStringLiteral("AWR art. 52(4)");
    rule.legalHold = true;
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("legalHoldReason"), Finding::Severity::Warning));
    rule.legalHoldReason = QStringLiteral("Tax audit 2025");
    QVERIFY(rule.validate().isEmpty());
    rule.basisType = QStringLiteral("whim");
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("basisType"), Finding::Severity::Error));
}

void TestRegisterDomain::periodText()
{
    RetentionRule rule;
    rule.name = QStringLiteral("Fiscal records");
    QCOMPARE(rule.periodText(), QStringLiteral("No fixed period"));
    rule.trigger = QStringLiteral("as long as the contract runs");
    QCOMPARE(rule.periodText(), QStringLiteral("as long as the contract runs"));
    rule.periodCount = 7;
    rule.periodUnit = QStringLiteral("years");
    rule.trigger = QStringLiteral("after the end of the financial year");
    // Without a translator Qt shows the plural source form; with custodian_en.qm it reads "7 years".
    QVERIFY2(rule.periodText().startsWith(QLatin1String("7 year")), qPrintable(rule.periodText()));
    QVERIFY(rule.periodText().endsWith(QLatin1String(" after the end of the financial year")));
    rule.periodUnit = QStringLiteral("weeks");
    rule.periodCount = 4;
    rule.trigger.clear();
    QVERIFY2(rule.periodText().startsWith(QLatin1String("4 week")), qPrintable(rule.periodText()));
}

void TestRegisterDomain::activityValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("error");
    // Each row breaks one thing of an otherwise valid activity, through a lambda picked by row name.
    QTest::newRow("name") << QStringLiteral("name") << true;
    QTest::newRow("lawfulBases") << QStringLiteral("lawfulBases") << true;
    QTest::newRow("dataCategories exception") << QStringLiteral("dataCategories") << true;
    QTest::newRow("dataCategories exception without special") << QStringLiteral("dataCategories") << true;
    QTest::newRow("jointControllers") << QStringLiteral("jointControllers") << true;
    QTest::newRow("subjectCategories") << QStringLiteral("subjectCategories") << true;
    QTest::newRow("dataCategories name") << QStringLiteral("dataCategories") << true;
    QTest::newRow("dataCategories special") << QStringLiteral("dataCategories") << true;
    QTest::newRow("recipients kind") << QStringLiteral("recipients") << true;
    QTest::newRow("recipients empty") << QStringLiteral("recipients") << true;
    QTest::newRow("transfers mechanism") << QStringLiteral("transfers") << true;
    QTest::newRow("transfers module") << QStringLiteral("transfers") << true;
    QTest::newRow("transfers module without scc") << QStringLiteral("transfers") << true;
    QTest::newRow("dpiaRequired") << QStringLiteral("dpiaRequired") << true;
    QTest::newRow("dpiaCriteria") << QStringLiteral("dpiaCriteria") << true;
    QTest::newRow("dpiaStatus") << QStringLiteral("dpiaStatus") << true;
    QTest::newRow("status") << QStringLiteral("status") << true;
    QTest::newRow("nextReview") << QStringLiteral("nextReview") << true;
    QTest::newRow("audiences") << QStringLiteral("audiences") << true;
    QTest::newRow("provisionRequirement") << QStringLiteral("provisionRequirement") << true;
}

void TestRegisterDomain::activityValidation()
{
    QFETCH(QString, field);
    QFETCH(bool, error);
    ProcessingActivity a;
    a.name = QStringLiteral("Payroll");
    QVERIFY(a.validate().isEmpty());
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("name"))
        a.name = QStringLiteral("   ");
    else if (row == QLatin1String("lawfulBases"))
        a.lawfulBases = {QStringLiteral("b"), QStringLiteral("g")};
    else if (row == QLatin1String("dataCategories exception"))
        a.dataCategories = {{QStringLiteral("Diagnosis"), QStringLiteral("health"), QString(), QStringLiteral("k")}};
    else if (row == QLatin1String("dataCategories exception without special"))
        a.dataCategories = {{QStringLiteral("Diagnosis"), QString(), QString(), QStringLiteral("h")}};
    else if (row == QLatin1String("jointControllers"))
        a.jointControllers = {{QString(), QStringLiteral("Covenant 7"), QString(), QString()}};
    else if (row == QLatin1String("subjectCategories"))
        a.subjectCategories = {QStringLiteral("Employees"), QString()};
    else if (row == QLatin1String("dataCategories name"))
        a.dataCategories = {{QStringLiteral(" "), QString(), QString()}};
    else if (row == QLatin1String("dataCategories special"))
        a.dataCategories = {{QStringLiteral("Diagnosis"), QStringLiteral("medical"), QString()}};
    else if (row == QLatin1String("recipients kind"))
        a.recipients = {{QString(), QStringLiteral("friend"), QStringLiteral("Pension fund"), QString()}};
    else if (row == QLatin1String("recipients empty"))
        a.recipients = {{QString(), QStringLiteral("external"), QString(), QString()}};
    else if (row == QLatin1String("transfers mechanism"))
        a.transfers = {{QStringLiteral("US"), QString(), QStringLiteral("handshake"), QString(), QString(), {}, {}}};
    else if (row == QLatin1String("transfers module"))
        a.transfers = {
            {QStringLiteral("US"), QString(), QStringLiteral("scc"), QStringLiteral("m5"), QString(), {}, {}}};
    else if (row == QLatin1String("transfers module without scc"))
        a.transfers = {
            {QStringLiteral("US"), QString(), QStringLiteral("dpf"), QStringLiteral("c2p"), QString(), {}, {}}};
    else if (row == QLatin1String("dpiaRequired"))
        a.dpiaRequired = QStringLiteral("maybe");
    else if (row == QLatin1String("dpiaCriteria"))
        a.dpiaCriteria = {QStringLiteral("astrology")};
    else if (row == QLatin1String("dpiaStatus"))
        a.dpiaStatus = QStringLiteral("done");
    else if (row == QLatin1String("status"))
        a.status = QStringLiteral("archived");
    else if (row == QLatin1String("audiences"))
        a.audiences = {QStringLiteral("customers"), QStringLiteral("everyone")};
    else if (row == QLatin1String("provisionRequirement"))
        a.provisionRequirement = QStringLiteral("mandatory");
    else if (row == QLatin1String("nextReview")) {
        a.lastReviewed = QDate(2026, 3, 1);
        a.nextReview = QDate(2026, 2, 1);
    }
    const Findings findings = a.validate();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().field, field);
    QCOMPARE(findings.constFirst().severity == Finding::Severity::Error, error);
    QVERIFY(findings.constFirst().message.endsWith(QLatin1Char('.')));
}

void TestRegisterDomain::processorActivityValidation()
{
    ProcessorActivity a;
    QVERIFY(hasFinding(a.validate(), QStringLiteral("name"), Finding::Severity::Error));
    a.name = QStringLiteral("Hosting for a customer");
    QVERIFY(a.validate().isEmpty()); // a missing controller is the completeness check's business
    a.status = QStringLiteral("archived");
    QVERIFY(hasFinding(a.validate(), QStringLiteral("status"), Finding::Severity::Error));
    a.status = QStringLiteral("approved");
    a.transfers = {{QStringLiteral("US"), QString(), QStringLiteral("carrier pigeon"), QString(), QString(), {}, {}}};
    QVERIFY(hasFinding(a.validate(), QStringLiteral("transfers"), Finding::Severity::Error));
    a.transfers.clear();
    a.lastReviewed = QDate(2026, 5, 1);
    a.nextReview = QDate(2026, 4, 1);
    QVERIFY(hasFinding(a.validate(), QStringLiteral("nextReview"), Finding::Severity::Error));
}

void TestRegisterDomain::agreementValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("title") << QStringLiteral("title");
    QTest::newRow("kind") << QStringLiteral("kind");
    QTest::newRow("both ours") << QStringLiteral("processorUuid");
    QTest::newRow("same party") << QStringLiteral("processorUuid");
    QTest::newRow("sub without parent") << QStringLiteral("parentUuid");
    QTest::newRow("parent on processing") << QStringLiteral("parentUuid");
    QTest::newRow("expires before effective") << QStringLiteral("expiresOn");
    QTest::newRow("unknown clause") << QStringLiteral("clauses");
    QTest::newRow("clause twice") << QStringLiteral("clauses");
    QTest::newRow("authorisation") << QStringLiteral("subprocessorAuthorisation");
    QTest::newRow("negative window") << QStringLiteral("objectionWindowDays");
    QTest::newRow("notice without date") << QStringLiteral("notices");
    QTest::newRow("notice decision") << QStringLiteral("notices");
    QTest::newRow("notice decided before received") << QStringLiteral("notices");
    QTest::newRow("end of contract") << QStringLiteral("endOfContract");
    QTest::newRow("status") << QStringLiteral("status");
}

void TestRegisterDomain::agreementValidation()
{
    QFETCH(QString, field);
    Agreement a;
    a.title = QStringLiteral("Processing agreement hosting");
    a.processorUuid = QStringLiteral("p-1");
    a.clauses = Agreement::emptyClauses();
    a.signedOn = QDate(2024, 2, 20);
    a.effectiveOn = QDate(2024, 3, 1); // effective after signing is fine, and so is before it
    QVERIFY(a.validate().isEmpty());
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == QLatin1String("title"))
        a.title.clear();
    else if (row == QLatin1String("kind"))
        a.kind = QStringLiteral("joint");
    else if (row == QLatin1String("both ours"))
        a.processorUuid.clear();
    else if (row == QLatin1String("same party"))
        a.controllerUuid = a.processorUuid;
    else if (row == QLatin1String("sub without parent"))
        a.kind = QStringLiteral("sub_processing");
    else if (row == QLatin1String("parent on processing"))
        a.parentUuid = QStringLiteral("g-1");
    else if (row == QLatin1String("expires before effective"))
        a.expiresOn = QDate(2024, 2, 25);
    else if (row == QLatin1String("unknown clause"))
        a.clauses.append({QStringLiteral("z"), true, QString()});
    else if (row == QLatin1String("clause twice"))
        a.clauses.append({QStringLiteral("a"), true, QString()});
    else if (row == QLatin1String("authorisation"))
        a.subprocessorAuthorisation = QStringLiteral("implicit");
    else if (row == QLatin1String("negative window"))
        a.objectionWindowDays = -5;
    else if (row == QLatin1String("notice without date"))
        a.notices = {SubprocessorNotice()};
    else if (row == QLatin1String("notice decision")) {
        SubprocessorNotice notice;
        notice.receivedOn = QDate(2026, 4, 24);
        notice.decision = QStringLiteral("ignored");
        a.notices = {notice};
    } else if (row == QLatin1String("notice decided before received")) {
        SubprocessorNotice notice;
        notice.receivedOn = QDate(2026, 4, 24);
        notice.decision = QStringLiteral("accepted");
        notice.decidedOn = QDate(2026, 4, 20);
        a.notices = {notice};
    } else if (row == QLatin1String("end of contract"))
        a.endOfContract = QStringLiteral("shredded");
    else if (row == QLatin1String("status"))
        a.status = QStringLiteral("signed");
    const Findings findings = a.validate();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().field, field);
    QCOMPARE(findings.constFirst().severity, Finding::Severity::Error);
}

void TestRegisterDomain::validMinimalItemsHaveNoErrors()
{
    // Completeness is not validation: an activity with only a name is valid input.
    ProcessingActivity activity;
    activity.name = QStringLiteral("Newsletter");
    QVERIFY(activity.validate().isEmpty());
    Agreement sub;
    sub.title = QStringLiteral("Sub-processing");
    sub.kind = QStringLiteral("sub_processing");
    sub.parentUuid = QStringLiteral("parent");
    sub.uuid = QStringLiteral("child");
    sub.controllerUuid = QStringLiteral("a");
    sub.processorUuid = QStringLiteral("b");
    QVERIFY(sub.validate().isEmpty());
    sub.parentUuid = sub.uuid;
    QVERIFY(hasFinding(sub.validate(), QStringLiteral("parentUuid"), Finding::Severity::Error));
}

void TestRegisterDomain::toJsonCarriesEveryMember()
{
    Party party;
    party.roles = {QStringLiteral("processor")};
    party.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QJsonObject partyJson = party.toJson();
    QCOMPARE(keysOf(partyJson), set("uuid name country contactName contactEmail contactPhone dpoName dpoContact notes "
                                    "roles retired createdAt updatedAt representative publicDescription "
                                    "registrationNumber oin ownBody"));
    QVERIFY(partyJson.value(QStringLiteral("roles")).isArray());
    QCOMPARE(partyJson.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));
    QVERIFY(partyJson.value(QStringLiteral("updatedAt")).isNull());

    QCOMPARE(keysOf(SecurityMeasure().toJson()),
             set("uuid title description kind publicSummary retired createdAt updatedAt"));
    QCOMPARE(keysOf(Cookie().toJson()),
             set("uuid name technique category purpose partyUuid domain sessionOnly lifetimeCount lifetimeUnit country "
                 "activityUuid retired createdAt updatedAt"));
    QCOMPARE(keysOf(RetentionRule().toJson()),
             set("uuid seedKey name periodCount periodUnit periodKind trigger basisType legalSource notes legalHold "
                 "legalHoldReason retired createdAt updatedAt extraFields selectionList selectionListCategory "
                 "destructionMethod lastTestedOn"));

    ProcessingActivity activity;
    activity.lastReviewed = QDate(2026, 4, 24);
    activity.dataCategories = {{QStringLiteral("Salary"), QString(), QStringLiteral("r-1")}};
    activity.transfers = {{QStringLiteral("US"), QStringLiteral("p"), QStringLiteral("dpf"), QString(),
                           QStringLiteral("TIA-1"), QDate(2026, 1, 31), QString()}};
    activity.recipients = {{QString(), QStringLiteral("internal"), QStringLiteral("HR"), QString()}};
    const QJsonObject activityJson = activity.toJson();
    QCOMPARE(
        keysOf(activityJson),
        set("uuid name purpose description lawfulBases liaReference jointControllers "
            "criminalData criminalDataGround bsn bsnGround subjectCategories dataCategories recipients transfers "
            "dataSource systems storageLocation automatedDecisions profiling automatedLogic automatedConsequences "
            "dpiaRequired "
            "dpiaCriteria dpiaReasoning dpiaStatus dpiaReference measureUuids agreementUuids ownerDepartment "
            "ownerPerson status lastReviewed nextReview createdAt updatedAt noRecipients sourcePublic children "
            "art22Exception art22LawReference art22Safeguards publicMonitoring wp248Criteria dpiaScreenedBy "
            "dpiaScreenedOn dpiaCompletedOn dpiaResidualRisk priorConsultationOn priorConsultationReference "
            "priorConsultationOutcome dpiaReviewOn approvedBy approvedOn basisScope legalProvision legitimateInterest "
            "consentRecord consentWithdrawal publish audiences publicPurpose provisionRequirement "
            "provisionConsequence directMarketing number confidentiality logRetentionCount logRetentionUnit "
            "extraFields controllerBodyUuids category basedOn dpoNotes"));
    QCOMPARE(activityJson.value(QStringLiteral("lastReviewed")).toString(), QStringLiteral("2026-04-24"));
    const QJsonObject transfer = activityJson.value(QStringLiteral("transfers")).toArray().at(0).toObject();
    QCOMPARE(keysOf(transfer),
             set("country partyUuid mechanism sccModule tiaReference dpfCheckedOn safeguards derogation dpfHrCovered "
                 "saAuthorisation safeguardsCopyVia"));
    QCOMPARE(transfer.value(QStringLiteral("dpfCheckedOn")).toString(), QStringLiteral("2026-01-31"));
    QCOMPARE(keysOf(activityJson.value(QStringLiteral("dataCategories")).toArray().at(0).toObject()),
             set("name specialCategory retentionRuleUuid art9Exception nationalGround"));
    QCOMPARE(keysOf(activityJson.value(QStringLiteral("recipients")).toArray().at(0).toObject()),
             set("partyUuid kind description disclosure"));

    QCOMPARE(keysOf(ProcessorActivity().toJson()),
             set("uuid name controllerUuids processingCategories description transfers measureUuids agreementUuids "
                 "storageLocation ownerDepartment ownerPerson status lastReviewed nextReview createdAt updatedAt "
                 "subjectCategories dataCategories specialCategories criminalData bsn dataSource publicDescription "
                 "number extraFields"));

    Agreement agreement;
    agreement.clauses = Agreement::emptyClauses();
    SubprocessorNotice notice;
    notice.receivedOn = QDate(2026, 4, 24);
    agreement.notices = {notice};
    agreement.attachments = {{QStringLiteral("u"), QStringLiteral("signed.pdf"), QStringLiteral("application/pdf"), 3,
                              QStringLiteral("abc"), QString(), QDateTime()}};
    const QJsonObject agreementJson = agreement.toJson();
    QCOMPARE(keysOf(agreementJson),
             set("uuid title kind controllerUuid processorUuid parentUuid subjectMatter duration naturePurpose "
                 "dataTypes subjectCategories signedOn effectiveOn expiresOn reviewOn clauses "
                 "subprocessorAuthorisation objectionWindowDays breachNoticeHours notices attachments measureUuids "
                 "auditEvidence "
                 "endOfContract endOfContractProof status createdAt updatedAt controllerRights windowCounting "
                 "windowStart authorisedOn authorisationRef endOfContractLaw extraFields model modelVersion "
                 "mainContractRef locations transferSafeguard exitStrategy documentLocation cloudService annexes "
                 "assurances reviews"));
    QCOMPARE(agreementJson.value(QStringLiteral("clauses")).toArray().size(), 9);
    QCOMPARE(keysOf(agreementJson.value(QStringLiteral("clauses")).toArray().at(0).toObject()),
             set("clause ticked reference"));
    QCOMPARE(keysOf(agreementJson.value(QStringLiteral("notices")).toArray().at(0).toObject()),
             set("uuid receivedOn sentOn change objectionDeadline decision decidedOn notes"));
    QCOMPARE(keysOf(agreementJson.value(QStringLiteral("attachments")).toArray().at(0).toObject()),
             set("uuid fileName mimeType size sha256 description addedAt"));
    agreement.annexes = {{}};
    agreement.assurances = {{}};
    agreement.reviews = {{}};
    const QJsonObject withRows = agreement.toJson();
    QCOMPARE(keysOf(withRows.value(QStringLiteral("annexes")).toArray().at(0).toObject()),
             set("kind product version dated reference"));
    QCOMPARE(keysOf(withRows.value(QStringLiteral("assurances")).toArray().at(0).toObject()),
             set("kind issuer scope reference issuedOn validUntil"));
    QCOMPARE(keysOf(withRows.value(QStringLiteral("reviews")).toArray().at(0).toObject()),
             set("reviewedOn reviewedBy outcome residualRisks actions"));
    agreement.extraFields = {{QStringLiteral("ico"), QStringLiteral("Reviewer"), QStringLiteral("Anna")}};
    QCOMPARE(keysOf(agreement.toJson().value(QStringLiteral("extraFields")).toArray().at(0).toObject()),
             set("source name value"));
}

void TestRegisterDomain::supplierFileRules()
{
    Agreement a;
    a.title = QStringLiteral("Hosting");
    a.processorUuid = QStringLiteral("p");
    a.clauses = Agreement::emptyClauses();
    QVERIFY(a.isSupplier());
    const auto errorsOn = [](const Agreement &agreement, const char *field) {
        int count = 0;
        for (const auto &finding : agreement.validate())
            count += finding.field == QLatin1String(field) &&
                     finding.severity == Custodian::Domain::Finding::Severity::Error;
        return count;
    };
    QCOMPARE(errorsOn(a, "model"), 0);
    a.model = QStringLiteral("not-a-model");
    QCOMPARE(errorsOn(a, "model"), 1);
    a.model = QStringLiteral("data_pro_code");
    QCOMPARE(errorsOn(a, "model"), 0);

    Custodian::Domain::AssuranceReport report;
    report.issuedOn = QDate(2026, 3, 1);
    report.validUntil = QDate(2026, 2, 28);
    a.assurances = {report};
    QCOMPARE(errorsOn(a, "assurances"), 1);
    a.assurances[0].validUntil = QDate(2029, 3, 1);
    QCOMPARE(errorsOn(a, "assurances"), 0);
    QVERIFY(a.assurances[0].isValidOn(QDate(2029, 3, 1))); // to the end of its last day
    QVERIFY(!a.assurances[0].isValidOn(QDate(2029, 3, 2)));
    QVERIFY(!a.assurances[0].isValidOn(QDate(2026, 2, 28))); // not before it was issued
    // Without an end, valid for a year from its issue; without dates, never.
    Custodian::Domain::AssuranceReport open;
    open.issuedOn = QDate(2026, 3, 1);
    QVERIFY(open.isValidOn(QDate(2027, 2, 28)));
    QVERIFY(!open.isValidOn(QDate(2027, 3, 1)));
    QVERIFY(!Custodian::Domain::AssuranceReport().isValidOn(QDate(2026, 3, 1)));
    QVERIFY(!Custodian::Domain::AssuranceReport().isDated());
    a.assurances[0].kind = QStringLiteral("soc3");
    QCOMPARE(errorsOn(a, "assurances"), 1);

    // The next review: a year after the latest, else after the agreement took effect or was signed.
    QVERIFY(!a.nextReviewDue().isValid());
    a.signedOn = QDate(2025, 1, 10);
    QCOMPARE(a.nextReviewDue(), QDate(2026, 1, 10));
    a.effectiveOn = QDate(2024, 2, 29);
    QCOMPARE(a.nextReviewDue(), QDate(2025, 2, 28));
    Custodian::Domain::SupplierReview older;
    older.reviewedOn = QDate(2026, 5, 1);
    Custodian::Domain::SupplierReview later;
    later.reviewedOn = QDate(2026, 9, 15);
    a.reviews = {later, older};
    QCOMPARE(a.latestReview(), &a.reviews[0]);
    QCOMPARE(a.nextReviewDue(), QDate(2027, 9, 15));
    QCOMPARE(errorsOn(a, "reviews"), 0);
    a.reviews.append(Custodian::Domain::SupplierReview());
    QCOMPARE(errorsOn(a, "reviews"), 1); // a review without a date
    a.reviews.last().reviewedOn = QDate(2026, 10, 1);
    a.reviews.last().outcome = QStringLiteral("fine");
    QCOMPARE(errorsOn(a, "reviews"), 1);

    // Where we are the processor, the controller reviews us: not a supplier of ours.
    a.controllerUuid = QStringLiteral("c");
    a.processorUuid.clear();
    QVERIFY(!a.isSupplier());
}

void TestRegisterDomain::isExpired()
{
    Agreement a;
    QVERIFY(!a.isExpired(QDate(2030, 1, 1)));
    a.expiresOn = QDate(2026, 4, 30);
    QVERIFY(!a.isExpired(QDate(2026, 4, 30))); // runs to the end of its last day
    QVERIFY(a.isExpired(QDate(2026, 5, 1)));
}

void TestRegisterDomain::extraFieldsValidation()
{
    RetentionRule rule;
    rule.name = QStringLiteral("Fiscal records");
    rule.extraFields = {{QStringLiteral("ico"), QStringLiteral("Owner"), QStringLiteral("Finance")}};
    QVERIFY(rule.validate().isEmpty());
    rule.extraFields.append({QStringLiteral("ico"), QStringLiteral(" "), QStringLiteral("x")});
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("extraFields"), Finding::Severity::Error));
    rule.extraFields.removeLast();
    // What a spreadsheet cell holds, and no more.
    rule.extraFields.append({QStringLiteral("ico"), QStringLiteral("Long"), QString(ExtraFields::MaximumLength, u'x')});
    QVERIFY(rule.validate().isEmpty());
    rule.extraFields.last().value += u'x';
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("extraFields"), Finding::Severity::Error));
    rule.extraFields.removeLast();
    while (rule.extraFields.size() < ExtraFields::MaximumCount)
        rule.extraFields.append({QStringLiteral("ico"), QStringLiteral("Column %1").arg(rule.extraFields.size()), {}});
    QVERIFY(rule.validate().isEmpty());
    rule.extraFields.append({QStringLiteral("ico"), QStringLiteral("One too many"), {}});
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("extraFields"), Finding::Severity::Error));
    ProcessingActivity activity;
    activity.extraFields = rule.extraFields;
    QVERIFY(hasFinding(activity.validate(), QStringLiteral("extraFields"), Finding::Severity::Error));
}

void TestRegisterDomain::extraFieldsMerge()
{
    const auto field = [](const char *source, const char *name, const char *value) {
        return ExtraField{QLatin1String(source), QString::fromUtf8(name), QString::fromUtf8(value)};
    };
    const QList<ExtraField> stored = {field("custodian", "Afdeling", "HR"), field("ico", "Afdeling", "Sales"),
                                      field("ico", "Opmerking", "kept"), field("ico", "Categorieën", "old")};
    // The same source and name first, then the name alone (case and accents aside); an empty value
    // removes the field; a new name is added at the end, unless it is empty.
    QCOMPARE(ExtraFields::merged(stored, {field("ico", "afdeling", "Finance"), field("vws", "CATEGORIEEN", "new"),
                                          field("ico", "Opmerking", " "), field("vws", "Nieuw", "1"),
                                          field("vws", "Leeg", "")}),
             (QList<ExtraField>{field("custodian", "Afdeling", "HR"), field("ico", "Afdeling", "Finance"),
                                field("ico", "Categorieën", "new"), field("vws", "Nieuw", "1")}));
    // Two fields of one name in the file take the stored ones of that name in turn.
    QCOMPARE(ExtraFields::merged(stored, {field("x", "Afdeling", "1"), field("x", "Afdeling", "2")}),
             (QList<ExtraField>{field("custodian", "Afdeling", "1"), field("ico", "Afdeling", "2"),
                                field("ico", "Opmerking", "kept"), field("ico", "Categorieën", "old")}));
    QCOMPARE(ExtraFields::merged(stored, {}), stored);
}

// What public bodies record (the Dutch ecosystem, part 4): identifiers, the model an activity follows,
// the selection list of a retention rule, and the objection to a decision on a request.
void TestRegisterDomain::publicBodyValidation()
{
    Organisation organisation;
    organisation.name = QStringLiteral("Gemeente Voorbeeld");
    organisation.contactEmail = QStringLiteral("privacy@voorbeeld.nl");
    organisation.oin = QStringLiteral("00000001001234567000");
    organisation.rsin = QStringLiteral("001234567");
    QVERIFY(organisation.validate().isEmpty());
    organisation.oin = QStringLiteral("0000000100123456700"); // 19 digits
    QVERIFY(hasFinding(organisation.validate(), QStringLiteral("oin"), Finding::Severity::Error));
    organisation.oin = QStringLiteral("0000000100123456700A");
    QVERIFY(hasFinding(organisation.validate(), QStringLiteral("oin"), Finding::Severity::Error));
    organisation.oin.clear();
    organisation.rsin = QStringLiteral("0012.34.567");
    QVERIFY(hasFinding(organisation.validate(), QStringLiteral("rsin"), Finding::Severity::Warning));
    QVERIFY(!hasErrors(organisation.validate()));

    Party college;
    college.name = QStringLiteral("College van burgemeester en wethouders");
    college.ownBody = true;
    college.oin = QStringLiteral("123");
    QVERIFY(hasFinding(college.validate(), QStringLiteral("oin"), Finding::Severity::Error));
    college.oin = QStringLiteral("00000001001234567000");
    college.registrationNumber = QStringLiteral("KvK 1234");
    QVERIFY(college.validate().isEmpty()); // a registration number abroad or unknown: any text
    college.country = QStringLiteral("NL");
    QVERIFY(hasFinding(college.validate(), QStringLiteral("registrationNumber"), Finding::Severity::Warning));
    college.registrationNumber = QStringLiteral("12345678");
    QVERIFY(college.validate().isEmpty());

    ProcessingActivity activity;
    activity.name = QStringLiteral("Basisregistratie personen");
    activity.basedOn = QStringLiteral("gemma verwerking 12");
    QVERIFY(hasFinding(activity.validate(), QStringLiteral("basedOn"), Finding::Severity::Error));
    activity.basedOn = QStringLiteral("https://www.gemmaonline.nl/verwerking/12");
    QVERIFY(!hasFinding(activity.validate(), QStringLiteral("basedOn"), Finding::Severity::Error));

    RetentionRule rule;
    rule.name = QStringLiteral("Paspoortaanvragen");
    rule.selectionListCategory = QStringLiteral("1.1.3");
    QVERIFY(hasFinding(rule.validate(), QStringLiteral("selectionList"), Finding::Severity::Warning));
    rule.selectionList = QStringLiteral("Selectielijst gemeenten en intergemeentelijke organen 2020");
    QVERIFY(rule.validate().isEmpty());

    RequestCase request;
    request.receivedOn = QDate(2026, 3, 2);
    request.rights = {{QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()}};
    request.responseOn = QDate(2026, 3, 20);
    QVERIFY(request.validate().isEmpty());
    request.objectionReceivedOn = QDate(2026, 4, 1);
    // An objection belongs to a decision under the Awb.
    QVERIFY(hasFinding(request.validate(), QStringLiteral("awbDecision"), Finding::Severity::Warning));
    request.awbDecision = true;
    QVERIFY(request.validate().isEmpty());
    request.objectionReceivedOn = QDate(2026, 3, 19);
    QVERIFY(hasFinding(request.validate(), QStringLiteral("objectionReceivedOn"), Finding::Severity::Error));
    request.objectionReceivedOn = QDate(2026, 4, 1);
    request.objectionDecidedOn = QDate(2026, 3, 30);
    QVERIFY(hasFinding(request.validate(), QStringLiteral("objectionDecidedOn"), Finding::Severity::Error));
    request.objectionDecidedOn = QDate(2026, 5, 6);
    request.objectionOutcome = QStringLiteral("rejected");
    QVERIFY(request.validate().isEmpty());
    request.objectionOutcome = QStringLiteral("granted");
    QVERIFY(hasFinding(request.validate(), QStringLiteral("objectionOutcome"), Finding::Severity::Error));
    request.objectionOutcome.clear();
    request.objectionReceivedOn = QDate();
    QVERIFY(hasFinding(request.validate(), QStringLiteral("objectionReceivedOn"), Finding::Severity::Error));
}

QTEST_GUILESS_MAIN(TestRegisterDomain)
#include "tst_registerdomain.moc"
