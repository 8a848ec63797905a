// The public privacy statement written from the register (issue #9, docs/design/privacy-statement.md):
// what the demo register holds reaches the statement in both languages and formats, and what is
// internal does not; the audience chooses the activities; the rights follow from the bases; what
// the register does not say yet is listed above a draft; the web page is plain, semantic HTML.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "DocumentLanguage.h"
#include "RegisterTestSupport.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "reports/Report.h"
#include "statement/Statement.h"

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
    void internalDetailsStayInternal();
    void audienceChoosesTheActivities();
    void rightsFollowTheBases_data();
    void rightsFollowTheBases();
    void aDraftListsWhatTheRegisterLacks();
    void theWebPageIsPlainHtml();
    void theDraftNamesWhatItLeavesOut();
    void cookiesSayWhetherTheyWaitForConsent();
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
                        << QStringList{QStringLiteral("Privacyverklaring"),
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
            facts << m_snapshot.retentionRule(category.retentionRuleUuid)->periodText(&document);
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
    // A line may break anywhere in a long address: the PDF's text is compared without white space.
    const QString pdfWords = withoutSpace(pdf);
    for (const QString &fact : std::as_const(facts)) {
        QVERIFY2(pdfWords.contains(withoutSpace(fact)), qPrintable(QStringLiteral("PDF: ") + fact));
        QVERIFY2(html.contains(fact.simplified()), qPrintable(QStringLiteral("HTML: ") + fact));
    }
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

    // The demo's statement in Dutch quotes the demo's English texts: it says so.
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    request.language = QStringLiteral("nl");
    Reports::Report report;
    QString pdf;
    QString page;
    QVERIFY(write(request, &pdf, &page, &report));
    QCOMPARE(report.notes().size(), 1);
    QVERIFY(report.notes().constFirst().contains(QStringLiteral("Engels")));
    QVERIFY(pdf.contains(report.notes().constFirst()));
    QVERIFY(page.contains(report.notes().constFirst()));
    QVERIFY(pdf.contains(QStringLiteral("Concept, niet gepubliceerd")));
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
        cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("statement"),
                QStringLiteral("--audience"), QStringLiteral("website-visitors"), QStringLiteral("--lang"),
                QStringLiteral("nl"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html},
               &errors),
        0);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = htmlText(QString::fromUtf8(page.readAll()));
    QVERIFY(text.contains(QStringLiteral("Website and e-mail")));
    QVERIFY(!text.contains(QStringLiteral("Performing contracts")));
    // The English demo in a Dutch statement: the draft's note on stderr too.
    QVERIFY2(errors.contains(QStringLiteral("Draft: ")), qPrintable(errors));
    const QString other = m_dir.filePath(QStringLiteral("cli-other.pdf"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("statement"),
                     QStringLiteral("--audience"), QStringLiteral("members"), QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--audience"), QStringLiteral("customers"),
                     QStringLiteral("-o"), other}),
             2);
    QVERIFY(!QFileInfo::exists(other));
}

QTEST_MAIN(TestStatement)
#include "tst_statement.moc"
