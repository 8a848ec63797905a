// The public privacy statement written from the register (issue #9, docs/design/privacy-statement.md):
// what the demo register holds reaches the statement in both languages and formats, and what is
// internal does not; the audience chooses the activities; the rights follow from the bases; what
// the register does not say yet is listed above a draft; the web page is plain, semantic HTML.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "DocumentLanguage.h"
#include "RegisterTestSupport.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "reports/Report.h"
#include "statement/Publication.h"
#include "statement/Statement.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using Domain::ProcessingActivity;
using RegisterTest::TestRegister;
using Statement::Right;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr, QString *errors = nullptr,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text as drawn, every run of white space one space.
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
}

// The HTML page's text: the markup gone, entities read, white space one space.
QString htmlText(const QString &html)
{
    QXmlStreamReader reader(html);
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            text += reader.text().toString() + QLatin1Char(' ');
    }
    return text.simplified();
}

// Without white space and hyphens: pdftotext joins a word broken after a hyphen.
QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    return text.remove(space);
}

ProcessingActivity activityWith(const char *uuid, const QStringList &bases)
{
    ProcessingActivity a;
    a.uuid = QLatin1String(uuid);
    a.name = QLatin1String(uuid);
    a.lawfulBases = bases;
    return a;
}

} // namespace

Q_DECLARE_METATYPE(QList<Custodian::Domain::ProcessingActivity>)
Q_DECLARE_METATYPE(QList<Custodian::Statement::RightScope>)

class TestStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoStatementHoldsTheRegistersFacts_data();
    void demoStatementHoldsTheRegistersFacts();
    void demoStatementSaysWhatTheSeedSays_data();
    void demoStatementSaysWhatTheSeedSays();
    void internalDetailsStayInternal();
    void audienceChoosesTheActivities();
    void rightsFollowTheBases_data();
    void rightsFollowTheBases();
    void aDraftListsWhatTheRegisterLacks();
    void theWebPageIsPlainHtml();
    void theDraftNamesWhatItLeavesOut();
    void cookiesSayWhetherTheyWaitForConsent();
    void publishingKeepsEachVersion();
    void aPublishedVersionIsNeverChanged();
    void publishingWaitsForWhatTheRegisterLacks();
    void anAudienceReadsOneStatement();
    void translationsGiveTheOtherLanguage();
    void commandLine();

private:
    // The statement of the demo register as PDF text and as the web page's text.
    bool write(const Reports::Request &request, QString *pdf, QString *html, Reports::Report *report = nullptr);

    std::unique_ptr<TestRegister> m_register;
    Register::RegisterSnapshot m_snapshot;
    QTemporaryDir m_dir;
    int m_written = 0;
};

void TestStatement::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    QVERIFY_OK(Register::DemoRegister::write(m_register->database()));
    QVERIFY_OK(Register::RegisterSnapshot::load(m_register->database(), &m_snapshot));
}

bool TestStatement::write(const Reports::Request &request, QString *pdf, QString *html, Reports::Report *given)
{
    Reports::Report own;
    Reports::Report *report = given ? given : &own;
    const Status built = Reports::Report::build(m_register->database(), request, report);
    if (!built) {
        qWarning() << RegisterTest::describe(built);
        return false;
    }
    const QString name = QStringLiteral("statement-%1").arg(++m_written);
    const QString pdfPath = m_dir.filePath(name + QStringLiteral(".pdf"));
    const QString htmlPath = m_dir.filePath(name + QStringLiteral(".html"));
    for (const auto &[path, format] :
         {std::pair{pdfPath, Reports::Format::Pdf}, std::pair{htmlPath, Reports::Format::Html}}) {
        const Status written = report->write(path, format);
        if (!written) {
            qWarning() << RegisterTest::describe(written);
            return false;
        }
    }
    *pdf = pdfText(pdfPath);
    // No page without text of its own (a heading kept with its text must not leave one empty).
    const QString info = run(QStringLiteral("pdfinfo"), {pdfPath});
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(info).captured(1).toInt();
    if (pages < 1)
        return false;
    for (int page = 1; page <= pages; ++page) {
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                              QString::number(page), pdfPath, QStringLiteral("-")});
        if (text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() <
            30) { // the header and footer alone have about 24
            qWarning() << "page" << page << "of" << pages << "has no text of its own:" << text.simplified();
            return false;
        }
    }
    QFile file(htmlPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *html = htmlText(QString::fromUtf8(file.readAll()));
    return true;
}

void TestStatement::demoStatementHoldsTheRegistersFacts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("phrases"); // the statement's own words in the language
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Privacy statement"),
                                       QStringLiteral("Who we are"),
                                       QStringLiteral("Your rights"),
                                       QStringLiteral("Chamber of Commerce (KvK) number"),
                                       QStringLiteral("Autoriteit Persoonsgegevens"),
                                       QStringLiteral("United States")};
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList{QStringLiteral("Wijzigingen in deze verklaring"),
                                       QStringLiteral("Wie wij zijn"),
                                       QStringLiteral("Uw rechten"),
                                       QStringLiteral("KvK-nummer"),
                                       QStringLiteral("Autoriteit Persoonsgegevens"),
                                       QStringLiteral("Verenigde Staten")};
}

// Every fact the statement needs from the demo register stands in it, in PDF and on the web page.
void TestStatement::demoStatementHoldsTheRegistersFacts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, phrases);
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    request.language = language;
    QString pdf;
    QString html;
    QVERIFY(write(request, &pdf, &html));

    const Domain::Organisation &o = m_snapshot.organisation;
    QVERIFY(!m_snapshot.statements.isEmpty());
    const Domain::PrivacyStatement &statement = m_snapshot.statements.constFirst();
    QStringList facts = phrases;
    facts << o.name << o.tradeNames << o.registrationNumber << o.website << o.privacyEmail << o.dpoEmail << o.dpoPhone
          << QStringLiteral("https://autoriteitpersoonsgegevens.nl");
    for (const ProcessingActivity &activity : m_snapshot.activities) {
        facts << activity.name << activity.publicPurpose << activity.provisionConsequence;
        facts << activity.subjectCategories;
        if (!activity.legitimateInterest.isEmpty())
            facts << activity.legitimateInterest;
        if (!activity.legalProvision.isEmpty())
            facts << activity.legalProvision;
        if (!activity.consentWithdrawal.isEmpty())
            facts << activity.consentWithdrawal;
        const DocumentLanguage document(language);
        for (const Domain::DataCategory &category : activity.dataCategories) {
            facts << category.name;
            // The moment the period runs from is the register's text too.
            Domain::RetentionRule rule = *m_snapshot.retentionRule(category.retentionRuleUuid);
            const QString trigger = statement.translation(language, rule.trigger.trimmed());
            if (language != o.dataLanguage && !trigger.isEmpty())
                rule.trigger = trigger;
            facts << rule.periodText(&document);
        }
        for (const Domain::Transfer &transfer : activity.transfers)
            facts << transfer.safeguardsCopyVia;
    }
    for (const Domain::Party &party : m_snapshot.parties) {
        // Named, as the organisation chose: the processors with what they do.
        if (party.roles.contains(QLatin1String("processor")))
            facts << party.name << party.publicDescription;
    }
    // The measures that protect what the statement describes, in the public's words.
    for (const Domain::SecurityMeasure &measure : m_snapshot.measures) {
        const bool applied =
            std::any_of(m_snapshot.activities.cbegin(), m_snapshot.activities.cend(),
                        [&measure](const ProcessingActivity &a) { return a.measureUuids.contains(measure.uuid); });
        if (applied)
            facts << measure.publicSummary;
    }
    facts << m_snapshot.processorActivities.constFirst().publicDescription;
    // Every cookie of the website, what it is for and how long it stays.
    const DocumentLanguage document(language);
    for (const Domain::Cookie &cookie : m_snapshot.cookies) {
        facts << cookie.name << cookie.purpose;
        if (!cookie.sessionOnly)
            facts << cookie.lifetimeText(&document);
    }
    // The register's own texts in the statement's language: as written, or as the statement
    // translates them.
    for (QString &fact : facts) {
        const QString translated = statement.translation(language, fact.trimmed());
        if (language != o.dataLanguage && !translated.isEmpty())
            fact = translated;
    }
    // A line may break anywhere in a long address: the PDF's text is compared without white space.
    const QString pdfWords = withoutSpace(pdf);
    for (const QString &fact : std::as_const(facts)) {
        QVERIFY2(pdfWords.contains(withoutSpace(fact)), qPrintable(QStringLiteral("PDF: ") + fact));
        QVERIFY2(html.contains(fact.simplified()), qPrintable(QStringLiteral("HTML: ") + fact));
    }
}

void TestStatement::demoStatementSaysWhatTheSeedSays_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
}

// DOMAIN-REVIEW Part H: every element of the seed statement (items 1-23), and what it left out,
// stands in the demo's published statement, in each language, on the web page and in the PDF.
void TestStatement::demoStatementSaysWhatTheSeedSays()
{
    QFETCH(QString, language);
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    request.language = language;
    Reports::Report report;
    QString pdf;
    QString html;
    QVERIFY(write(request, &pdf, &html, &report));
    QVERIFY(report.notes().isEmpty()); // the published version: nothing left to say

    const Domain::Organisation &o = m_snapshot.organisation;
    QCOMPARE(m_snapshot.statements.size(), 1);
    const Domain::PrivacyStatement &statement = m_snapshot.statements.constFirst();
    const DocumentLanguage document(language);
    // The register's texts as the statement gives them; the program's sentences in the language.
    const auto own = [&](const QString &text) {
        const QString translated = statement.translation(language, text.trimmed());
        return language == o.dataLanguage || translated.isEmpty() ? text.trimmed() : translated;
    };
    const auto says = [&](const char *source) { return document.translate("Custodian::Statement", source); };
    const auto activity = [this](const char *name) -> const ProcessingActivity & {
        return *std::find_if(m_snapshot.activities.cbegin(), m_snapshot.activities.cend(),
                             [name](const ProcessingActivity &a) { return a.name == QLatin1String(name); });
    };
    const auto party = [this](const char *name) -> const Domain::Party & {
        return *std::find_if(m_snapshot.parties.cbegin(), m_snapshot.parties.cend(),
                             [name](const Domain::Party &p) { return p.name.startsWith(QLatin1String(name)); });
    };
    const ProcessingActivity &contracts = activity("Performing contracts");
    const ProcessingActivity &relationship = activity("Customer relationship in third-party applications");
    const ProcessingActivity &website = activity("Website and e-mail");
    const QString authority = says("the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)");

    QList<QPair<QString, QStringList>> items = {
        {QStringLiteral("1 trade name"), {o.tradeNames}},
        {QStringLiteral("2 contracts"), {own(contracts.name), own(contracts.publicPurpose)}},
        {QStringLiteral("3 Art. 13(2)(e)"),
         {says("We need this data to enter into a contract with you."), own(contracts.provisionConsequence)}},
        {QStringLiteral("4 customer relationship"), {own(relationship.name), own(relationship.publicPurpose)}},
        {QStringLiteral("7 processing for customers"), {own(m_snapshot.processorActivities[0].publicDescription)}},
        {QStringLiteral("12 visitor identification"),
         {party("Bezoekerslens").name, own(party("Bezoekerslens").publicDescription)}},
        {QStringLiteral("14 hosting partner"),
         {party("Hostingpartner").name, own(party("Hostingpartner").publicDescription)}},
        {QStringLiteral("15 processing agreements"),
         {says("A processor processes your data only on our behalf and on our instructions, under a processing "
               "agreement with us (Art. 28 GDPR).")}},
        {QStringLiteral("17 breaches"),
         {says("If a breach of security nevertheless affects your personal data, we notify %1 without undue delay "
               "and where feasible within 72 hours, unless it is unlikely to result in a risk to you; when the "
               "risk to you is high, we also inform you without undue delay.")
              .arg(authority)}},
        {QStringLiteral("18 rights from the bases"),
         {says("Access (Art. 15 GDPR): you may ask whether we process your personal data, and receive a copy of it "
               "with an explanation of how we use it."),
          says("Objection (Art. 21(1) GDPR): you may object to our use of your data on grounds relating to your "
               "particular situation; we then stop unless we have compelling legitimate grounds that override your "
               "interests, or need the data for legal claims."),
          says("Withdrawal of consent (Art. 7(3) GDPR): you may withdraw your consent at any time; this does not "
               "affect what we did with your consent before.")}},
        {QStringLiteral("19 one month"),
         {says("We answer within one month of receiving your request. When a request is complex, or we receive "
               "many, we may take two more months; we then tell you so within the first month, with the reasons "
               "(Art. 12(3) GDPR).")}},
        {QStringLiteral("20 sample letters"), {own(statement.rightsNote)}},
        {QStringLiteral("21 versions"),
         {own(statement.changeChannel), own(statement.introduction), own(statement.title),
          says("Version %1 · effective from %2")
              .arg(QStringLiteral("1"), document.longDate(m_snapshot.statementVersions.constFirst().effectiveOn))}},
        {QStringLiteral("22 contact"), {o.privacyEmail, o.streetAddress, o.city}},
        {QStringLiteral("23 complaint"), {authority, QStringLiteral("https://autoriteitpersoonsgegevens.nl")}},
        // What the seed left out.
        {QStringLiteral("lawful bases and interests"),
         {says("Our legitimate interests (Art. 6(1)(f) GDPR): %1.").arg(own(relationship.legitimateInterest)),
          says("Your consent (Art. 6(1)(a) GDPR).")}},
        {QStringLiteral("DPO"), {o.dpoEmail}},
        {QStringLiteral("sources"), {own(relationship.dataSource), own(website.dataSource)}},
        {QStringLiteral("transfer safeguards"), {own(relationship.transfers[0].safeguardsCopyVia)}},
        {QStringLiteral("withdrawal of consent"), {own(website.consentWithdrawal)}},
    };
    QStringList data;
    for (const ProcessingActivity *a : {&relationship, &website}) {
        for (const Domain::DataCategory &category : a->dataCategories) {
            Domain::RetentionRule rule = *m_snapshot.retentionRule(category.retentionRuleUuid);
            rule.trigger = own(rule.trigger);
            data << own(category.name) << rule.periodText(&document); // 5, 9, 11, 13
        }
    }
    items.append({QStringLiteral("5, 9, 11, 13 data and retention"), data});
    QStringList recipients;
    for (const Domain::Recipient &recipient : relationship.recipients) {
        if (recipient.kind == QLatin1String("processor"))
            recipients << m_snapshot.party(recipient.partyUuid)->name; // 6: named, as the organisation chose
    }
    items.append({QStringLiteral("6 third-party applications"), recipients});
    QStringList cookies{says("Only with your consent.")};
    for (const Domain::Cookie &cookie : m_snapshot.cookies)
        cookies << cookie.name << own(cookie.purpose);
    items.append({QStringLiteral("10 cookies"), cookies});
    QStringList measures;
    // The measures of the activities described (the application's are its customers' to tell: item 7).
    for (const Domain::SecurityMeasure &measure : m_snapshot.measures) {
        const bool applied = std::any_of(
            m_snapshot.activities.cbegin(), m_snapshot.activities.cend(),
            [&measure](const ProcessingActivity &a) { return a.publish && a.measureUuids.contains(measure.uuid); });
        if (applied && !measure.publicSummary.isEmpty())
            measures << own(measure.publicSummary);
    }
    items.append({QStringLiteral("8, 16 security"), measures});

    const QString pdfWords = withoutSpace(pdf);
    for (const auto &[item, phrases] : std::as_const(items)) {
        QVERIFY2(!phrases.isEmpty(), qPrintable(item));
        for (const QString &phrase : phrases) {
            QVERIFY2(!phrase.trimmed().isEmpty(), qPrintable(item));
            QVERIFY2(html.contains(phrase.simplified()), qPrintable(QStringLiteral("HTML, %1: %2").arg(item, phrase)));
            QVERIFY2(pdfWords.contains(withoutSpace(phrase)),
                     qPrintable(QStringLiteral("PDF, %1: %2").arg(item, phrase)));
        }
    }
    // Not what the seed got wrong: business contacts kept on a legal obligation and legitimate
    // interests, not on a contract "with you"; no breach report to "the controller"; no "as soon as
    // possible" for requests.
    QVERIFY(!relationship.lawfulBases.contains(QLatin1String("b")));
    QVERIFY(!html.contains(QStringLiteral("verantwoordelijke)")));
    QVERIFY(!html.contains(QStringLiteral("zo snel mogelijk")));
    QVERIFY(!html.contains(QStringLiteral("as soon as possible")));
}

// What the register keeps for itself does not reach the public: the DPO's name (not to be
// published), the measures' internal descriptions, internal recipients, an authority's inquiry.
void TestStatement::internalDetailsStayInternal()
{
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    QString pdf;
    QString html;
    QVERIFY(write(request, &pdf, &html));
    QStringList internal{m_snapshot.organisation.dpoName,     m_snapshot.organisation.dpoReasoning,
                         QStringLiteral("Sales and finance"), QStringLiteral("Tax authority"),
                         QStringLiteral("LIA-2025-01"),       QStringLiteral("TIA-2025-01")};
    for (const Domain::SecurityMeasure &measure : m_snapshot.measures)
        internal << measure.description;
    for (const QString &text : std::as_const(internal)) {
        QVERIFY2(!pdf.contains(text.simplified()), qPrintable(text));
        QVERIFY2(!html.contains(text.simplified()), qPrintable(text));
    }
}

void TestStatement::audienceChoosesTheActivities()
{
    const DocumentLanguage english(QStringLiteral("en"));
    const QDate today(2026, 12, 5);
    QHash<QString, QString> uuidOf;
    for (const ProcessingActivity &activity : m_snapshot.activities)
        uuidOf.insert(activity.name, activity.uuid);
    const Statement::Model visitors =
        Statement::build(m_snapshot, {QStringLiteral("website_visitors")}, english, today);
    QCOMPARE(visitors.activityUuids, QStringList{uuidOf.value(QStringLiteral("Website and e-mail"))});
    // Website visitors are not the customers the application serves.
    const auto hasSection = [](const Statement::Model &model, const char *id) {
        return std::any_of(model.sections.cbegin(), model.sections.cend(),
                           [id](const Statement::Section &section) { return section.id == QLatin1String(id); });
    };
    QVERIFY(!hasSection(visitors, "on-behalf-of-customers"));
    QVERIFY(visitors.lead.contains(QStringLiteral("Website visitors")));
    const Statement::Model customers = Statement::build(m_snapshot, {QStringLiteral("customers")}, english, today);
    QCOMPARE(customers.activityUuids.size(), 2);
    QVERIFY(!customers.activityUuids.contains(uuidOf.value(QStringLiteral("Website and e-mail"))));
    QVERIFY(hasSection(customers, "on-behalf-of-customers"));
    const Statement::Model everyone = Statement::build(m_snapshot, {}, english, today);
    QCOMPARE(everyone.activityUuids.size(), 3);
    QVERIFY(everyone.gaps.isEmpty());
    // Nobody's: no activity, said above the draft.
    const Statement::Model staff = Statement::build(m_snapshot, {QStringLiteral("employees")}, english, today);
    QVERIFY(staff.activityUuids.isEmpty());
    QCOMPARE(staff.gaps.size(), 1);
    QVERIFY(staff.gaps.constFirst().contains(QStringLiteral("No processing activity is published")));

    // An activity not approved, or not to be published, stays out of every statement.
    Register::RegisterSnapshot changed = m_snapshot;
    for (ProcessingActivity &activity : changed.activities) {
        if (activity.name == QLatin1String("Website and e-mail"))
            activity.status = QStringLiteral("in_review");
        if (activity.name == QLatin1String("Performing contracts"))
            activity.publish = false;
    }
    changed.buildIndex();
    QCOMPARE(Statement::build(changed, {}, english, today).activityUuids,
             QStringList{uuidOf.value(QStringLiteral("Customer relationship in third-party applications"))});
}

void TestStatement::rightsFollowTheBases_data()
{
    QTest::addColumn<QList<ProcessingActivity>>("activities");
    QTest::addColumn<QList<Statement::RightScope>>("rights");
    const QList<Statement::RightScope> always = {
        {Right::Access, {}}, {Right::Rectification, {}}, {Right::Erasure, {}}, {Right::Restriction, {}}};
    const ProcessingActivity legal = activityWith("legal", {QStringLiteral("c")});
    const ProcessingActivity contract = activityWith("contract", {QStringLiteral("b")});
    const ProcessingActivity interest = activityWith("interest", {QStringLiteral("f")});
    ProcessingActivity marketing = activityWith("marketing", {QStringLiteral("f")});
    marketing.directMarketing = true;
    ProcessingActivity consent = activityWith("consent", {QStringLiteral("a")});
    ProcessingActivity health = activityWith("health", {QStringLiteral("c")});
    health.dataCategories = {{QStringLiteral("Diagnosis"), QStringLiteral("health"), QString(), QStringLiteral("a")}};
    ProcessingActivity scoring = activityWith("scoring", {QStringLiteral("b")});
    scoring.automatedDecisions = true;
    scoring.art22Exception = QStringLiteral("explicit_consent");

    QTest::newRow("legal obligation: the four rights only") << QList<ProcessingActivity>{legal} << always;
    QTest::newRow("contract: portability")
        << QList<ProcessingActivity>{contract} << always + QList<Statement::RightScope>{{Right::Portability, {}}};
    QTest::newRow("interests: objection, for the activity that has them")
        << QList<ProcessingActivity>{legal, interest}
        << always + QList<Statement::RightScope>{{Right::Objection, {QStringLiteral("interest")}}};
    QTest::newRow("direct marketing: objection and absolute objection")
        << QList<ProcessingActivity>{marketing}
        << always + QList<Statement::RightScope>{{Right::Objection, {}}, {Right::MarketingObjection, {}}};
    QTest::newRow("consent: portability and withdrawal")
        << QList<ProcessingActivity>{consent}
        << always + QList<Statement::RightScope>{{Right::Portability, {}}, {Right::WithdrawConsent, {}}};
    QTest::newRow("explicit consent for health data: withdrawal")
        << QList<ProcessingActivity>{health, legal}
        << always + QList<Statement::RightScope>{{Right::WithdrawConsent, {QStringLiteral("health")}}};
    ProcessingActivity byLaw = activityWith("by-law", {QStringLiteral("e")});
    byLaw.automatedDecisions = true;
    byLaw.art22Exception = QStringLiteral("law");
    QTest::newRow("automated decisions a law allows: its own safeguards, not Art. 22(3)")
        << QList<ProcessingActivity>{byLaw} << always + QList<Statement::RightScope>{{Right::Objection, {}}};
    QTest::newRow("automated decisions on explicit consent")
        << QList<ProcessingActivity>{scoring}
        << always + QList<Statement::RightScope>{
                        {Right::Portability, {}}, {Right::WithdrawConsent, {}}, {Right::AutomatedDecisions, {}}};
}

void TestStatement::rightsFollowTheBases()
{
    QFETCH(QList<ProcessingActivity>, activities);
    QFETCH(QList<Statement::RightScope>, rights);
    QList<const ProcessingActivity *> pointers;
    for (const ProcessingActivity &activity : std::as_const(activities))
        pointers.append(&activity);
    QCOMPARE(Statement::rightsFor(pointers), rights);
}

// A register that does not say what the statement needs gives a draft that lists it, above the
// text in the PDF and on the web page, and on the command line.
void TestStatement::aDraftListsWhatTheRegisterLacks()
{
    Register::RegisterSnapshot lacking = m_snapshot;
    for (ProcessingActivity &activity : lacking.activities) {
        if (activity.name == QLatin1String("Customer relationship in third-party applications")) {
            activity.publicPurpose.clear();
            activity.legitimateInterest.clear();
            activity.transfers[0].mechanism = QStringLiteral("scc");
            activity.transfers[0].safeguardsCopyVia.clear();
        }
        if (activity.name == QLatin1String("Website and e-mail")) {
            activity.consentWithdrawal.clear();
            activity.provisionRequirement.clear();
            activity.dataCategories[0].retentionRuleUuid.clear();
        }
    }
    lacking.buildIndex();
    const Statement::Model model =
        Statement::build(lacking, {}, DocumentLanguage(QStringLiteral("en")), QDate(2026, 12, 5));
    const QStringList expected = {
        QStringLiteral("Customer relationship in third-party applications: no purpose in words for the public"),
        QStringLiteral("Customer relationship in third-party applications: the legitimate interests of basis (f)"),
        QStringLiteral("Customer relationship in third-party applications: the transfer to United States does not "
                       "say how to obtain a copy"),
        QStringLiteral("Website and e-mail: how consent is withdrawn is not recorded."),
        QStringLiteral("Website and e-mail: whether people must provide the data is not recorded"),
        QStringLiteral("Website and e-mail: the data \"IP address and visited pages\" has no retention period."),
    };
    QCOMPARE(model.gaps.size(), expected.size());
    for (const QString &gap : expected) {
        QVERIFY2(std::any_of(model.gaps.cbegin(), model.gaps.cend(),
                             [&gap](const QString &line) { return line.startsWith(gap); }),
                 qPrintable(gap));
    }
    // Without the purpose for the public, the purpose as recorded.
    const QString html = Statement::toHtml(model, QString());
    for (const ProcessingActivity &activity : lacking.activities) {
        if (activity.publicPurpose.isEmpty())
            QVERIFY(htmlText(html).contains(activity.purpose));
    }
    QVERIFY(html.contains(QStringLiteral("<aside class=\"draft-notes\">")));
    QVERIFY(htmlText(html).contains(QStringLiteral("Draft: the register does not say this yet.")));

    // A Dutch draft of the English texts without the statement's translations quotes them, and says so.
    const Statement::Model untranslated =
        Statement::build(m_snapshot, {}, DocumentLanguage(QStringLiteral("nl")), QDate(2026, 12, 5));
    QCOMPARE(untranslated.gaps.size(), 1);
    QVERIFY(untranslated.gaps.constFirst().contains(QStringLiteral("Engels")));
    QVERIFY(htmlText(Statement::toHtml(untranslated, QString())).contains(QStringLiteral("Website and e-mail")));
}

// Each cookie says whether it waits for the visitor's consent, and how to withdraw it; a retired
// cookie, or one of an activity the statement does not describe, is not listed; a cookie that needs
// consent on an activity without it is a gap of the draft.
void TestStatement::cookiesSayWhetherTheyWaitForConsent()
{
    const DocumentLanguage english(QStringLiteral("en"));
    const QDate today(2026, 12, 5);
    const auto section = [](const Statement::Model &model) -> const Statement::Section * {
        for (const Statement::Section &s : model.sections) {
            if (s.id == QLatin1String("cookies"))
                return &s;
        }
        return nullptr;
    };
    const Statement::Model visitors =
        Statement::build(m_snapshot, {QStringLiteral("website_visitors")}, english, today);
    const Statement::Section *cookies = section(visitors);
    QVERIFY(cookies);
    QStringList items;
    for (const Statement::Block &block : cookies->blocks)
        items += block.items;
    QCOMPARE(items.size(), 4);
    const auto itemOf = [&items](const char *name) {
        for (const QString &item : std::as_const(items)) {
            if (item.startsWith(QLatin1String(name) + QLatin1Char(' ')))
                return item;
        }
        return QString();
    };
    QVERIFY2(itemOf("vs_session").contains(QStringLiteral("Needs no consent.")), qPrintable(itemOf("vs_session")));
    QVERIFY(itemOf("vs_session").contains(QStringLiteral("Deleted when you close the browser.")));
    QVERIFY2(itemOf("_vs_stats").contains(QStringLiteral("Lifetime: 13 months. Only with your consent.")),
             qPrintable(itemOf("_vs_stats")));
    QVERIFY2(itemOf("_bl_vid").startsWith(QStringLiteral("_bl_vid (Third-party script of Bezoekerslens B.V.):")),
             qPrintable(itemOf("_bl_vid")));
    QVERIFY(Statement::toHtml(visitors, QString()).contains(QStringLiteral("\"Cookie settings\" link")) ||
            htmlText(Statement::toHtml(visitors, QString())).contains(QStringLiteral("Cookie settings")));
    // Customers' statement: the website is not theirs, nor its cookies.
    QVERIFY(!section(Statement::build(m_snapshot, {QStringLiteral("customers")}, english, today)));

    Register::RegisterSnapshot changed = m_snapshot;
    for (Domain::Cookie &cookie : changed.cookies) {
        if (cookie.name == QLatin1String("vs_consent"))
            cookie.retired = true;
    }
    for (ProcessingActivity &activity : changed.activities) {
        if (activity.name == QLatin1String("Website and e-mail"))
            activity.lawfulBases = {QStringLiteral("f")};
    }
    changed.buildIndex();
    const Statement::Model without = Statement::build(changed, {QStringLiteral("website_visitors")}, english, today);
    QStringList left;
    for (const Statement::Block &block : section(without)->blocks)
        left += block.items;
    QCOMPARE(left.size(), 3);
    QCOMPARE(without.gaps.size(), 2); // the statistics and the script need consent the activity lacks
    QVERIFY(without.gaps.constFirst().contains(QStringLiteral("needs consent")));
}

// What the statement leaves out, or cannot say, is a gap of the draft: a rule without a period, an
// activity published for no audience, a cookie of no activity, a recipient without a name; an
// Art. 49 derogation has no safeguards to copy, compelling interests do. The breach rule follows
// Art. 33(1): without undue delay, unless a risk is unlikely.
void TestStatement::theDraftNamesWhatItLeavesOut()
{
    Register::RegisterSnapshot changed = m_snapshot;
    QString relationship;
    for (ProcessingActivity &activity : changed.activities) {
        if (activity.name == QLatin1String("Customer relationship in third-party applications")) {
            relationship = activity.uuid;
            activity.transfers[0].mechanism = QStringLiteral("derogation");
            activity.transfers[0].derogation = QStringLiteral("a");
            activity.transfers[0].safeguardsCopyVia.clear();
            activity.recipients.append({QString(), QStringLiteral("external"), QString(), QString()});
        }
        if (activity.name == QLatin1String("Performing contracts"))
            activity.audiences.clear();
    }
    for (Domain::RetentionRule &rule : changed.retentionRules) {
        rule.periodCount = 0;
        rule.trigger.clear();
    }
    changed.cookies[0].activityUuid.clear();
    changed.buildIndex();
    const DocumentLanguage english(QStringLiteral("en"));
    const Statement::Model model = Statement::build(changed, {}, english, QDate(2026, 12, 5));
    const auto has = [&model](const QString &text) {
        return std::any_of(model.gaps.cbegin(), model.gaps.cend(),
                           [&text](const QString &gap) { return gap.contains(text); });
    };
    QVERIFY2(has(QStringLiteral("has no retention period")), qPrintable(model.gaps.join(QLatin1Char('\n'))));
    QVERIFY(has(QStringLiteral("Performing contracts is marked for the privacy statement, but for no audience")));
    QVERIFY(has(QStringLiteral("The cookie %1 serves no processing activity").arg(changed.cookies[0].name)));
    QVERIFY(has(QStringLiteral("a recipient has no description")));
    QVERIFY(!has(QStringLiteral("copy of the safeguards")));
    for (ProcessingActivity &activity : changed.activities) {
        if (activity.uuid == relationship)
            activity.transfers[0].derogation = QStringLiteral("compelling");
    }
    const Statement::Model compelling = Statement::build(changed, {}, english, QDate(2026, 12, 5));
    QVERIFY(std::any_of(compelling.gaps.cbegin(), compelling.gaps.cend(),
                        [](const QString &gap) { return gap.contains(QStringLiteral("copy of the safeguards")); }));
    const QString html = Statement::toHtml(model, QString());
    QVERIFY(!html.contains(QStringLiteral("<dl/>")));
    QVERIFY(!html.contains(QStringLiteral("<ul/>")));
    QVERIFY(
        htmlText(html).contains(QStringLiteral("without undue delay and where feasible within 72 hours, unless it is "
                                               "unlikely to result in a risk to you")));
}

void TestStatement::theWebPageIsPlainHtml()
{
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    Reports::Report first;
    QVERIFY_OK(Reports::Report::build(m_register->database(), request, &first));
    const QString html = first.html();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    // Well formed, one title, sections with ids the contents link to; nothing a website's own
    // style or security policy would have to undo.
    QXmlStreamReader reader(html);
    int h1 = 0;
    QStringList ids;
    QStringList links;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("h1"))
            ++h1;
        if (reader.name() == QLatin1String("section"))
            ids << reader.attributes().value(QStringLiteral("id")).toString();
        if (reader.name() == QLatin1String("a"))
            links << reader.attributes().value(QStringLiteral("href")).toString().mid(1);
        QVERIFY(!reader.attributes().hasAttribute(QStringLiteral("style")));
        QVERIFY(reader.name() != QLatin1String("script") && reader.name() != QLatin1String("style"));
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(h1, 1);
    QCOMPARE(links, ids);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    // The same register gives the same page (the day it was written is in its footer).
    Reports::Report second;
    QVERIFY_OK(Reports::Report::build(m_register->database(), request, &second));
    if (first.generatedAt().date() == second.generatedAt().date())
        QCOMPARE(second.html(), html);
}

void TestStatement::commandLine()
{
    const QString cli = QStringLiteral(CUSTODIAN_CLI_PATH);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("cli statement test passphrase"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const auto cliRun = [&](const QStringList &arguments, QString *errors = nullptr) {
        int code = -1;
        run(cli, arguments, &code, errors, environment);
        return code;
    };
    const QString file = m_dir.filePath(QStringLiteral("cli.cstd"));
    QCOMPARE(cliRun({QStringLiteral("demo"), file}), 0);
    const QString html = m_dir.filePath(QStringLiteral("cli-visitors.html"));
    QString errors;
    QCOMPARE(
        cliRun({QStringLiteral("statement"), file, QStringLiteral("--audience"), QStringLiteral("website-visitors"),
                QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("-o"), html},
               &errors),
        0);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = htmlText(QString::fromUtf8(page.readAll()));
    // The statement that covers website visitors, with the customers' purposes it also covers.
    QVERIFY(text.contains(QStringLiteral("Website en e-mail")));
    QVERIFY(text.contains(QStringLiteral("Uitvoeren van overeenkomsten")));
    // The demo's statement is published in Dutch too: no draft.
    QVERIFY2(!errors.contains(QStringLiteral("Draft: ")), qPrintable(errors));
    QVERIFY(text.contains(QStringLiteral("Versie 1 · geldig vanaf")));
    // A draft for an audience no statement covers has only its own purposes (none, in the demo).
    const QString staff = m_dir.filePath(QStringLiteral("cli-staff.html"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("statement"),
                     QStringLiteral("--audience"), QStringLiteral("employees"), QStringLiteral("--format"),
                     QStringLiteral("html"), QStringLiteral("-o"), staff},
                    &errors),
             0);
    QVERIFY2(errors.contains(QStringLiteral("No processing activity is published")), qPrintable(errors));

    // The list of statements, publishing, and the archive.
    const auto listed = [&]() {
        int code = -1;
        const QString json =
            run(cli, {QStringLiteral("statements"), file, QStringLiteral("--json")}, &code, nullptr, environment);
        return QJsonDocument::fromJson(json.toUtf8()).array();
    };
    QJsonArray statements = listed();
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.at(0)[QStringLiteral("versions")].toArray().size(), 1);
    QVERIFY(statements.at(0)[QStringLiteral("changed_sections")].toArray().isEmpty());
    QCOMPARE(cliRun({QStringLiteral("statement"), QStringLiteral("publish"), file, QStringLiteral("--effective"),
                     QStringLiteral("2026-13-01")},
                    &errors),
             2);
    QCOMPARE(cliRun({QStringLiteral("statement"), QStringLiteral("publish"), file, QStringLiteral("--effective"),
                     QStringLiteral("2027-01-01"), QStringLiteral("--changes"), QStringLiteral("Clearer wording."),
                     QStringLiteral("--changes-translated"), QStringLiteral("Duidelijker geformuleerd.")},
                    &errors),
             0);
    statements = listed();
    QCOMPARE(statements.at(0)[QStringLiteral("versions")].toArray().size(), 2);
    QCOMPARE(statements.at(0)[QStringLiteral("versions")].toArray().at(0)[QStringLiteral("number")].toInt(), 2);
    // Before the version it follows: refused, with the reason, nothing written.
    QCOMPARE(cliRun({QStringLiteral("statement"), QStringLiteral("publish"), file, QStringLiteral("--effective"),
                     QStringLiteral("2026-12-31")},
                    &errors),
             1);
    QVERIFY2(errors.contains(QStringLiteral("cannot take effect before it")), qPrintable(errors));
    QCOMPARE(listed().at(0)[QStringLiteral("versions")].toArray().size(), 2);
    const QString archived = m_dir.filePath(QStringLiteral("cli-v2.html"));
    QCOMPARE(cliRun({QStringLiteral("statement"), file, QStringLiteral("--version"), QStringLiteral("2"),
                     QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), archived}),
             0);
    QFile v2(archived);
    QVERIFY(v2.open(QIODevice::ReadOnly));
    const QString v2text = htmlText(QString::fromUtf8(v2.readAll()));
    QVERIFY(v2text.contains(QStringLiteral("Clearer wording.")));
    QVERIFY(v2text.contains(QStringLiteral("Version 2 · effective from 1 January 2027")));
    QCOMPARE(cliRun({QStringLiteral("statement"), file, QStringLiteral("--version"), QStringLiteral("3"),
                     QStringLiteral("-o"), m_dir.filePath(QStringLiteral("cli-v3.html"))}),
             1);
    const QString other = m_dir.filePath(QStringLiteral("cli-other.pdf"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("statement"),
                     QStringLiteral("--audience"), QStringLiteral("members"), QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--audience"), QStringLiteral("customers"),
                     QStringLiteral("-o"), other}),
             2);
    QVERIFY(!QFileInfo::exists(other));
}

namespace {

// A register holding the demo, whose statement has its version 1.
std::unique_ptr<TestRegister> demoRegister()
{
    auto made = std::make_unique<TestRegister>();
    if (!made->ok() || !Register::DemoRegister::write(made->database()))
        return nullptr;
    return made;
}

Domain::PrivacyStatement demoStatement(Storage::Store &store)
{
    QList<Domain::PrivacyStatement> statements;
    if (!Register::PrivacyStatementService(store).list(&statements) || statements.size() != 1)
        return {};
    return statements.constFirst();
}

QList<Domain::StatementVersion> versionsOf(Storage::Store &store, const QString &statement)
{
    QList<Domain::StatementVersion> versions;
    if (!Register::StatementVersionService(store).versionsOf(statement, &versions))
        return {};
    return versions;
}

Status statementReport(Storage::Store &store, Reports::Report *report, const QString &language = QStringLiteral("en"),
                       int version = 0)
{
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    request.language = language;
    request.statementVersion = version;
    return Reports::Report::build(store, request, report);
}

} // namespace

// Each version is written from the register as it is when published and kept as it was: the
// statement written later is stamped with the latest version while the register still says what it
// says, and is a draft of the next one once it does not; the archive gives each version's text.
void TestStatement::publishingKeepsEachVersion()
{
    const auto made = demoRegister();
    QVERIFY(made);
    Storage::Store &store = made->database();
    const Domain::PrivacyStatement statement = demoStatement(store);
    QCOMPARE(statement.audiences.size(), 3);
    QList<Domain::StatementVersion> versions = versionsOf(store, statement.uuid);
    QCOMPARE(versions.size(), 1);
    const Domain::StatementVersion first = versions.constFirst();
    QCOMPARE(first.number, 1);
    // In both languages: the demo's English texts with their Dutch translations.
    QVERIFY(first.htmlEn.contains(QStringLiteral("Version 1 · effective from")));
    QVERIFY(first.htmlNl.contains(QStringLiteral("Versie 1 · geldig vanaf")));
    QVERIFY(htmlText(first.htmlNl).contains(QStringLiteral("Website en e-mail")));
    QVERIFY(!htmlText(first.htmlNl).contains(QStringLiteral("Website and e-mail")));
    Storage::HistoryHead head;
    QVERIFY_OK(Storage::HistoryChain::readHead(store.connection(), &head));
    // The version's own history entry came after the state it was written from.
    QCOMPARE(first.registerStateCount, head.count - 1);
    Statement::Manifest manifest;
    QVERIFY(Statement::Manifest::fromJson(first.manifest.toUtf8(), &manifest));
    QCOMPARE(manifest.activities.size(), 3);
    QCOMPARE(manifest.cookies.size(), 4);
    QVERIFY(!manifest.processors.isEmpty());
    for (const auto &[party, agreement] : std::as_const(manifest.processors))
        QVERIFY2(!agreement.isEmpty(), qPrintable(party)); // every processor named under its agreement

    Reports::Report stamped;
    QVERIFY_OK(statementReport(store, &stamped));
    QVERIFY2(stamped.notes().isEmpty(), qPrintable(stamped.notes().join(QLatin1Char('\n'))));
    // The same register state, the same text (the register keeps it without the file's last newline).
    QCOMPARE(stamped.html(), first.htmlEn + QLatin1Char('\n'));
    QVERIFY(!stamped.html().contains(QStringLiteral("Draft")));

    // A purpose said differently: a draft of version 2, which names the section that changed.
    Register::ActivityService activities(store);
    QList<Domain::ProcessingActivity> all;
    QVERIFY_OK(activities.list(&all));
    Domain::ProcessingActivity website = *std::find_if(
        all.begin(), all.end(), [](const auto &a) { return a.name == QLatin1String("Website and e-mail"); });
    website.publicPurpose = QStringLiteral("To run our website and answer the questions you send us.");
    QVERIFY_OK(activities.save(&website));
    Reports::Report draft;
    QVERIFY_OK(statementReport(store, &draft));
    QCOMPARE(draft.notes().size(), 1);
    QVERIFY(draft.notes().constFirst().contains(QStringLiteral("changed since version 1")));
    QVERIFY(draft.html().contains(QStringLiteral("Draft, not published")));
    Register::RegisterSnapshot snapshot;
    QVERIFY_OK(Statement::readRegister(store, &snapshot, &head));
    QCOMPARE(manifest.changedSections(Statement::manifestOf(snapshot, statement, QDate::currentDate())),
             QStringList{QStringLiteral("purposes")});

    // Published in Dutch too: the new purpose needs its translation first.
    QStringList problems;
    QVERIFY_OK(Statement::Publisher(store).problems(statement.uuid, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().contains(QStringLiteral("To run our website")));
    Domain::PrivacyStatement translated = statement;
    translated.translations.append({QStringLiteral("nl"), website.publicPurpose,
                                    QStringLiteral("Om onze website te laten werken en uw vragen te beantwoorden.")});
    QVERIFY_OK(Register::PrivacyStatementService(store).save(&translated));
    Domain::StatementVersion second;
    // What changed, said in Dutch too; without it the Dutch page could not be written.
    QCOMPARE(Statement::Publisher(store)
                 .publish(statement.uuid, first.effectiveOn.addMonths(1),
                          QStringLiteral("The website's purpose in plainer words."), &second, &problems)
                 .code(),
             Status::Code::InvalidInput);
    QVERIFY(problems.contains(QStringLiteral("Say what changed in Dutch too.")));
    QVERIFY_OK(Statement::Publisher(store).publish(
        statement.uuid, first.effectiveOn.addMonths(1), QStringLiteral("The website's purpose in plainer words."),
        QStringLiteral("Het doel van de website in eenvoudiger woorden."), &second, &problems));
    QVERIFY(htmlText(second.htmlNl).contains(QStringLiteral("Het doel van de website in eenvoudiger woorden.")));
    QVERIFY(problems.isEmpty());
    QCOMPARE(second.number, 2);
    Reports::Report now;
    QVERIFY_OK(statementReport(store, &now));
    QVERIFY(now.notes().isEmpty());
    const QString text = htmlText(now.html());
    QVERIFY(text.contains(QStringLiteral("To run our website and answer the questions you send us.")));
    QVERIFY(text.contains(QStringLiteral("What changed in this version: The website's purpose in plainer words.")));
    QVERIFY2(text.contains(QStringLiteral("Version 1, effective from %1")
                               .arg(DocumentLanguage(QStringLiteral("en")).longDate(first.effectiveOn))),
             qPrintable(text));
    // The archive: version 1 as it was published, whatever the register says now.
    Reports::Report archived;
    QVERIFY_OK(statementReport(store, &archived, QStringLiteral("en"), 1));
    QCOMPARE(archived.html(), stamped.html()); // byte for byte what was published
    QVERIFY(!htmlText(archived.html()).contains(QStringLiteral("To run our website and answer the questions")));
    const QString pdfPath = m_dir.filePath(QStringLiteral("archived-1.pdf"));
    QVERIFY_OK(archived.write(pdfPath, Reports::Format::Pdf));
    QVERIFY(pdfText(pdfPath).contains(QStringLiteral("Version 1 · effective from")));
    Reports::Report missing;
    QCOMPARE(statementReport(store, &missing, QStringLiteral("en"), 3).code(), Status::Code::NotFound);
    Reports::Report dutch;
    QVERIFY_OK(statementReport(store, &dutch, QStringLiteral("nl"), 1));
    QCOMPARE(dutch.html(), first.htmlNl + QLatin1Char('\n'));
    // Headed with the title it was published under in its own language.
    QCOMPARE(archived.title(), QStringLiteral("Privacy statement of Voorbeeldsoft"));
    QCOMPARE(dutch.title(), QStringLiteral("Privacyverklaring van Voorbeeldsoft"));
    const QString dutchPdf = m_dir.filePath(QStringLiteral("archived-1-nl.pdf"));
    QVERIFY_OK(dutch.write(dutchPdf, Reports::Format::Pdf));
    QVERIFY(pdfText(dutchPdf).contains(QStringLiteral("Voorbeeldsoft B.V. · Privacyverklaring van Voorbeeldsoft")));
}

// A published version is the organisation's record of what it told people: neither the service
// nor the file itself lets it be changed or deleted.
void TestStatement::aPublishedVersionIsNeverChanged()
{
    const auto made = demoRegister();
    QVERIFY(made);
    Storage::Store &store = made->database();
    const Domain::PrivacyStatement statement = demoStatement(store);
    Domain::StatementVersion version = versionsOf(store, statement.uuid).value(0);
    QVERIFY(!version.uuid.isEmpty());
    const Domain::StatementVersion stored = version;
    Register::StatementVersionService service(store);
    version.changeLog = QStringLiteral("Rewritten afterwards.");
    Domain::Findings findings;
    QVERIFY(!service.save(&version, &findings));
    QVERIFY(Domain::hasErrors(findings));
    QVERIFY(!service.remove(version.uuid));
    // Nor by SQL past the program.
    QSqlQuery query(store.connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE privacy_statement_version SET change_log = 'x'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM privacy_statement_version")));
    QVERIFY(versionsOf(store, statement.uuid) == QList<Domain::StatementVersion>{stored});
    // The statement its versions belong to is retired, not deleted.
    QVERIFY(!Register::PrivacyStatementService(store).remove(statement.uuid));
}

// Publishing is refused, with the reasons, while a draft would list what the register lacks, and
// for a day before the latest version's; nothing is written then.
void TestStatement::publishingWaitsForWhatTheRegisterLacks()
{
    const auto made = demoRegister();
    QVERIFY(made);
    Storage::Store &store = made->database();
    const Domain::PrivacyStatement statement = demoStatement(store);
    const Domain::StatementVersion first = versionsOf(store, statement.uuid).value(0);
    Register::ActivityService activities(store);
    QList<Domain::ProcessingActivity> all;
    QVERIFY_OK(activities.list(&all));
    Domain::ProcessingActivity relationship = *std::find_if(all.begin(), all.end(), [](const auto &a) {
        return a.name == QLatin1String("Customer relationship in third-party applications");
    });
    const QString interest = relationship.legitimateInterest;
    relationship.legitimateInterest.clear();
    QVERIFY_OK(activities.save(&relationship));
    Statement::Publisher publisher(store);
    QStringList problems;
    QVERIFY_OK(publisher.problems(statement.uuid, &problems));
    QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.constFirst().contains(QStringLiteral("the legitimate interests of basis (f)")));
    Domain::StatementVersion version;
    const Status refused = publisher.publish(statement.uuid, first.effectiveOn, QString(), &version, &problems);
    QCOMPARE(refused.code(), Status::Code::InvalidInput);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(versionsOf(store, statement.uuid).size(), 1);

    QVERIFY_OK(activities.load(relationship.uuid, &relationship));
    // Said again as before, and so with its translation.
    relationship.legitimateInterest = interest;
    QVERIFY_OK(activities.save(&relationship));
    QCOMPARE(publisher.publish(statement.uuid, first.effectiveOn.addDays(-1), QString(), &version, &problems).code(),
             Status::Code::InvalidInput);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().contains(QStringLiteral("cannot take effect before it")));
    QCOMPARE(publisher.publish(statement.uuid, QDate(), QString(), &version, &problems).code(),
             Status::Code::InvalidInput);
    QCOMPARE(versionsOf(store, statement.uuid).size(), 1);
    QVERIFY_OK(publisher.publish(statement.uuid, first.effectiveOn, QString(), &version, &problems));
    QCOMPARE(version.number, 2);

    // A retired statement is not published.
    QVERIFY_OK(Register::PrivacyStatementService(store).setRetired(statement.uuid, true));
    QCOMPARE(publisher.publish(statement.uuid, first.effectiveOn, QString(), &version, &problems).code(),
             Status::Code::InvalidInput);
    QVERIFY(problems.constFirst().contains(QStringLiteral("retired")));
}

// A visitor reads one statement: an audience is in one statement in use at most.
void TestStatement::anAudienceReadsOneStatement()
{
    const auto made = demoRegister();
    QVERIFY(made);
    Storage::Store &store = made->database();
    Register::PrivacyStatementService service(store);
    Domain::PrivacyStatement staff;
    staff.title = QStringLiteral("Privacy statement for employees and customers");
    staff.audiences = {QStringLiteral("employees"), QStringLiteral("customers")};
    staff.languages = {QStringLiteral("en")};
    Domain::Findings findings;
    QVERIFY(!service.save(&staff, &findings));
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Domain::Finding &f) {
        return f.field == QLatin1String("audiences") && f.message.contains(QStringLiteral("already covers Customers"));
    }));
    staff.audiences = {QStringLiteral("employees")};
    QVERIFY_OK(service.save(&staff, &findings));
    Domain::PrivacyStatement found;
    QVERIFY_OK(service.forAudience(QStringLiteral("employees"), &found));
    QCOMPARE(found.uuid, staff.uuid);
    QCOMPARE(service.forAudience(QStringLiteral("suppliers"), &found).code(), Status::Code::NotFound);
    // Retired, its audience is free again.
    QVERIFY_OK(service.setRetired(staff.uuid, true));
    Domain::PrivacyStatement again = staff;
    again.uuid.clear();
    again.retired = false;
    QVERIFY_OK(service.save(&again, &findings));
    // Nothing to publish yet: no activity is published for employees.
    QStringList problems;
    QVERIFY_OK(Statement::Publisher(store).problems(again.uuid, &problems));
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const QString &p) {
        return p.contains(QStringLiteral("No processing activity is published"));
    }));
    // Its fields are checked.
    Domain::PrivacyStatement empty;
    QVERIFY(!service.save(&empty, &findings));
    QStringList fields;
    for (const Domain::Finding &finding : std::as_const(findings))
        fields << finding.field;
    QVERIFY(fields.contains(QStringLiteral("title")));
    QVERIFY(fields.contains(QStringLiteral("audiences")));
    QVERIFY(fields.contains(QStringLiteral("languages")));
}

// In a language other than the register's texts, the statement uses its translations of them;
// what it lacks is listed, and publishing in that language waits for it.
void TestStatement::translationsGiveTheOtherLanguage()
{
    const auto made = demoRegister();
    QVERIFY(made);
    Storage::Store &store = made->database();
    Domain::PrivacyStatement statement = demoStatement(store);
    QCOMPARE(statement.languages, (QStringList{QStringLiteral("nl"), QStringLiteral("en")}));
    statement.translations.clear();
    Register::PrivacyStatementService service(store);
    QVERIFY_OK(service.save(&statement));
    Statement::Publisher publisher(store);
    QStringList problems;
    QVERIFY_OK(publisher.problems(statement.uuid, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("have no translation into Dutch")),
             qPrintable(problems.constFirst()));

    Register::RegisterSnapshot snapshot;
    Storage::HistoryHead head;
    QVERIFY_OK(Statement::readRegister(store, &snapshot, &head));
    Statement::Edition edition;
    edition.statement = &statement;
    const DocumentLanguage dutch(QStringLiteral("nl"));
    const Statement::Model untranslated = Statement::build(snapshot, {}, dutch, QDate(2026, 12, 5), edition);
    QVERIFY(untranslated.untranslated.contains(statement.title));
    QVERIFY(untranslated.untranslated.contains(QStringLiteral("Website and e-mail")));
    for (const QString &text : untranslated.untranslated)
        statement.translations.append({QStringLiteral("nl"), text, QStringLiteral("[nl] ") + text});
    QVERIFY_OK(service.save(&statement));
    QVERIFY_OK(publisher.problems(statement.uuid, &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    Domain::StatementVersion version;
    QVERIFY_OK(publisher.publish(statement.uuid, QDate::currentDate(), QString(), &version, &problems));
    const QString dutchPage = htmlText(version.htmlNl);
    QVERIFY(dutchPage.contains(QStringLiteral("[nl] Website and e-mail")));
    QVERIFY(dutchPage.contains(QStringLiteral("[nl] ") + statement.title));
    QVERIFY(dutchPage.contains(QStringLiteral("Wijzigingen in deze verklaring")));
    QVERIFY(!htmlText(version.htmlEn).contains(QStringLiteral("[nl]")));
}

QTEST_MAIN(TestStatement)
#include "tst_statement.moc"
