// The controls the reports are evidence for (the Dutch ecosystem, part 9): the shipped catalogue
// holds only numbers the references give without "(verify)"; every report for auditors names the
// controls of its kind on its first page, in its language, with the organisation's own controls of
// that kind (not the retired ones, not those of other kinds); the public privacy statement names
// none; the organisation's controls are kept, validated, exported and listed by `custodian-cli
// controls`.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include "DocumentLanguage.h"
#include "RegisterTestSupport.h"
#include "domain/Codes.h"
#include "domain/ControlReference.h"
#include "exchange/RegisterJson.h"
#include "register/Services.h"
#include "reports/Controls.h"
#include "reports/Report.h"

using namespace Custodian;
using RegisterTest::TestRegister;

namespace {

QString run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {},
            int *exitCode = nullptr)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The document as pdftotext reads it, without white space and hyphens (a value wraps where its cell
// ends).
QString pdfText(const QString &path)
{
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00AD}-]")));
    return text;
}

QString compact(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00AD}-]")));
    return text;
}

Domain::ControlReference control(const char *framework, const char *code, const char *title, const QStringList &kinds,
                                 bool retired = false)
{
    Domain::ControlReference control;
    control.framework = QString::fromUtf8(framework);
    control.code = QString::fromUtf8(code);
    control.title = QString::fromUtf8(title);
    control.reportKinds = kinds;
    control.retired = retired;
    return control;
}

} // namespace

class TestControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noUnverifiedIdIsShipped();
    void everyKindHasItsControls();
    void theLineGroupsControlsByFramework();
    void everyReportNamesItsControls_data();
    void everyReportNamesItsControls();
    void thePublicStatementNamesNone();
    void theRetentionScheduleShowsSelectionListsAndTests();
    void ownControlsAreValidatedAndKept();
    void ownControlsTravelInTheExport();
    void commandLineListsTheControls();

private:
    QString write(const Reports::Request &request, const QString &name);

    std::unique_ptr<TestRegister> m_register;
    QTemporaryDir m_dir;
    QString m_activityUuid;
    QString m_breachNumber;
};

void TestControls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    Storage::Store &store = m_register->database();
    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Payroll");
    QVERIFY_OK(Register::ActivityService(store).save(&activity));
    m_activityUuid = activity.uuid;
    // A breach, for the answers for the AP's form.
    Domain::Breach breach;
    breach.title = QStringLiteral("Laptop lost");
    breach.summary = QStringLiteral("A laptop was left on a train.");
    breach.detectedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    breach.awareAt = breach.detectedAt;
    QVERIFY_OK(Register::BreachService(store).save(&breach));
    m_breachNumber = breach.number;
    // One of the organisation's own controls for every kind, one retired, and one for the agreements
    // only.
    // A rule from a selection list, tested (BIO2 5.33.01: the retention schedule shows both).
    Domain::RetentionRule rule;
    rule.name = QStringLiteral("Personnel files");
    rule.periodCount = 7;
    rule.periodUnit = QStringLiteral("years");
    rule.selectionList = QStringLiteral("Selectielijst gemeenten 2020");
    rule.selectionListCategory = QStringLiteral("1.1.2");
    rule.lastTestedOn = QDate(2026, 5, 4);
    QVERIFY_OK(Register::RetentionRuleService(store).save(&rule));
    Register::ControlReferenceService controls(store);
    QStringList every = Domain::Codes::codes(Domain::Codes::Kind::ReportKind);
    Domain::ControlReference everywhere = control("NOREA PCF", "4.1", "Register kept", every);
    Domain::ControlReference retired = control("ENSIA", "Q-77", "No longer asked", every, true);
    Domain::ControlReference agreements =
        control("Own policy", "PB-9", "Contracts first", {QStringLiteral("agreements")});
    for (Domain::ControlReference *item : {&everywhere, &retired, &agreements})
        QVERIFY_OK(controls.save(item));
}

QString TestControls::write(const Reports::Request &request, const QString &name)
{
    Reports::Report report;
    const Status built = Reports::Report::build(m_register->database(), request, &report);
    if (!built) {
        qWarning() << RegisterTest::describe(built);
        return {};
    }
    const QString path = m_dir.filePath(name);
    const Status written = report.writePdf(path);
    if (!written) {
        qWarning() << RegisterTest::describe(written);
        return {};
    }
    return path;
}

// DECISIONS.md: an ID the references mark "(verify)" is not shipped. Every PRIV and BIO2 number is
// one DUTCH-STANDARDS.md gives without "(verify)" (§4.2, §4.5); BIO 1.04 numbers, ENSIA questions,
// NOREA PCF codes, the PRIV_U norms and the DPIA model's URN are none of them.
void TestControls::noUnverifiedIdIsShipped()
{
    static const QStringList verified = {
        // CIP Privacy Baseline, §4.2
        QStringLiteral("PRIV_B.01"), QStringLiteral("PRIV_B.01.01.01"), QStringLiteral("PRIV_B.01.01.02"),
        QStringLiteral("PRIV_B.02"), QStringLiteral("PRIV_B.03"), QStringLiteral("PRIV_B.03.01.02"),
        QStringLiteral("PRIV_B.03.03.01–PRIV_B.03.03.05"), QStringLiteral("PRIV_C.01"), QStringLiteral("PRIV_C.02"),
        QStringLiteral("PRIV_C.02.03.01"), QStringLiteral("PRIV_C.03"),
        // BIO2, §4.5
        QStringLiteral("5.01.01"), QStringLiteral("5.02.01"), QStringLiteral("5.09.01"), QStringLiteral("5.12.01"),
        QStringLiteral("5.19.01"), QStringLiteral("5.20.01"), QStringLiteral("5.20.02"), QStringLiteral("5.20.03"),
        QStringLiteral("5.20.04"), QStringLiteral("5.20.05"), QStringLiteral("5.20.06"),
        QStringLiteral("5.21.02–5.21.05"), QStringLiteral("5.22.01"), QStringLiteral("5.22.02"),
        QStringLiteral("5.23.01"), QStringLiteral("5.24.01"), QStringLiteral("5.24.02"), QStringLiteral("5.24.04"),
        QStringLiteral("5.24.07"), QStringLiteral("5.26.02"), QStringLiteral("5.27.01"), QStringLiteral("5.27.02"),
        QStringLiteral("5.28.01"), QStringLiteral("5.33.01"), QStringLiteral("5.34.01"), QStringLiteral("5.35.02"),
        QStringLiteral("5.36.01"), QStringLiteral("8.15.01"), QStringLiteral("8.15.03–8.15.06")};
    const QList<Reports::Controls::Entry> catalogue = Reports::Controls::catalogue();
    QCOMPARE(catalogue.size(), 13 + 7 + 27);
    for (const Reports::Controls::Entry &entry : catalogue) {
        const QString name = entry.control.name();
        QVERIFY2(!entry.control.own && !entry.control.title.isEmpty() && !entry.kinds.isEmpty(), qPrintable(name));
        if (entry.framework == Reports::Controls::Framework::Gdpr)
            QVERIFY2(entry.control.code.startsWith(QLatin1String("Art. ")), qPrintable(name));
        else
            QVERIFY2(verified.contains(entry.control.code), qPrintable(name));
    }
}

// The design's table: each kind the controls it evidences.
void TestControls::everyKindHasItsControls()
{
    const auto names = [](Reports::Kind kind) {
        QStringList list;
        for (const Reports::Control &control : Reports::Controls::forKind(kind))
            list.append(control.name());
        return list;
    };
    // The codes a control of the organisation's own names its reports by are the kinds of the reports
    // for auditors (the public statement prints none).
    QStringList kinds;
    for (const Reports::Kind kind : Reports::allKinds()) {
        if (kind != Reports::Kind::Statement)
            kinds.append(Reports::kindName(kind));
    }
    QCOMPARE(Domain::Codes::codes(Domain::Codes::Kind::ReportKind), kinds);
    // The design's table (dutch-ecosystem.md §10), kind by kind.
    const auto bio = [](const char *code) { return QStringLiteral("BIO2 ") + QString::fromUtf8(code); };
    const auto cip = [](const char *code) { return QStringLiteral("CIP Privacy Baseline ") + QString::fromUtf8(code); };
    const auto gdpr = [](const char *code) { return QStringLiteral("GDPR Art. ") + QString::fromUtf8(code); };
    const QHash<Reports::Kind, QStringList> table = {
        {Reports::Kind::Register, {gdpr("30"), bio("5.09.01"), bio("5.12.01"), bio("5.34.01")}},
        {Reports::Kind::Activity, {gdpr("30(1)"), bio("5.12.01")}},
        {Reports::Kind::Processor, {gdpr("30(2)")}},
        {Reports::Kind::Agreements,
         {gdpr("28"), bio("5.19.01"), bio("5.20.01"), bio("5.20.02"), bio("5.20.03"), bio("5.20.04"), bio("5.20.05"),
          bio("5.20.06"), bio("5.21.02–5.21.05"), bio("5.22.01"), bio("5.22.02"), bio("5.23.01")}},
        {Reports::Kind::Transfers, {gdpr("44–49")}},
        {Reports::Kind::Retention, {gdpr("5(1)(e)"), gdpr("30(1)(f)"), bio("5.33.01")}},
        {Reports::Kind::Measures, {gdpr("32")}},
        {Reports::Kind::Findings, {gdpr("5(2)"), gdpr("30"), cip("PRIV_C.01")}},
        {Reports::Kind::History, {gdpr("5(2)"), gdpr("30")}},
        {Reports::Kind::Requests, {gdpr("12–22"), cip("PRIV_C.02"), cip("PRIV_C.02.03.01")}},
        {Reports::Kind::Breaches,
         {gdpr("33"), gdpr("34"), cip("PRIV_C.03"), bio("5.24.01"), bio("5.24.02"), bio("5.24.04"), bio("5.24.07"),
          bio("5.26.02"), bio("5.27.01"), bio("5.27.02"), bio("5.28.01")}},
        {Reports::Kind::ApRegister, {gdpr("30"), bio("5.09.01"), bio("5.34.01")}},
        {Reports::Kind::ApBreachForm, {gdpr("33"), gdpr("34"), cip("PRIV_C.03"), bio("5.26.02")}},
        {Reports::Kind::Statement, {gdpr("12–14"), cip("PRIV_C.02"), cip("PRIV_C.02.03.01")}},
    };
    for (const Reports::Kind kind : Reports::allKinds()) {
        if (kind != Reports::Kind::AuditDossier)
            QCOMPARE(names(kind), table.value(kind));
    }
    // The audit dossier: every control one of its parts is evidence for (not the public statement's
    // own), and those its completeness part prints.
    QStringList dossier = {cip("PRIV_B.02"),      cip("PRIV_B.03"), cip("PRIV_B.03.03.01–PRIV_B.03.03.05"),
                           bio("5.01.01"),        bio("5.02.01"),   bio("8.15.01"),
                           bio("8.15.03–8.15.06")};
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        for (const QString &name : it.value()) {
            if (it.key() != Reports::Kind::Statement && !dossier.contains(name))
                dossier.append(name);
        }
    }
    QStringList printed = names(Reports::Kind::AuditDossier);
    QCOMPARE(printed.size(), dossier.size());
    dossier.sort();
    printed.sort();
    QCOMPARE(printed, dossier);
    QVERIFY(!printed.contains(gdpr("12–14")));
    // In Dutch: the AVG and its articles as Dutch writes them.
    const DocumentLanguage dutch(QStringLiteral("nl"));
    const QList<Reports::Control> nl = Reports::Controls::forKind(Reports::Kind::Agreements, &dutch);
    QCOMPARE(nl.constFirst().name(), QStringLiteral("AVG art. 28"));
    QCOMPARE(Reports::Controls::forKind(Reports::Kind::Retention, &dutch).at(1).name(),
             QStringLiteral("AVG art. 30 lid 1 onder f"));
    QVERIFY(nl.constFirst().title != Reports::Controls::forKind(Reports::Kind::Agreements).constFirst().title);
}

void TestControls::theLineGroupsControlsByFramework()
{
    const QList<Reports::Control> controls = {
        {QStringLiteral("GDPR"), QStringLiteral("Art. 33"), {}, false},
        {QStringLiteral("GDPR"), QStringLiteral("Art. 34"), {}, false},
        {QStringLiteral("BIO2"), QStringLiteral("5.24.01"), {}, false},
        {QStringLiteral("BIO2"), QStringLiteral("5.28.01"), {}, false},
        {QStringLiteral("NOREA PCF"), QStringLiteral("4.1"), {}, true},
    };
    QCOMPARE(Reports::Controls::evidenceLine(controls),
             QStringLiteral("GDPR Art. 33, Art. 34 · BIO2 5.24.01, 5.28.01 (as numbered in the MinBZK GitHub text of "
                            "23 March 2026, without formal status) · NOREA PCF 4.1 (entered by the organisation)"));
    // The organisation's controls come in the order of their codes, their frameworks mixed: a group
    // each, a code once.
    const QList<Reports::Control> mixed = {
        {QStringLiteral("NOREA PCF"), QStringLiteral("2.1"), {}, true},
        {QStringLiteral("ENSIA"), QStringLiteral("3.1"), {}, true},
        {QStringLiteral("NOREA PCF"), QStringLiteral("4.1"), {}, true},
        {QStringLiteral("NOREA PCF"), QStringLiteral("4.1"), {}, true},
    };
    QCOMPARE(Reports::Controls::evidenceLine(mixed),
             QStringLiteral("NOREA PCF 2.1, 4.1 (entered by the organisation) · ENSIA 3.1 (entered by the "
                            "organisation)"));
    const DocumentLanguage dutch(QStringLiteral("nl"));
    QCOMPARE(Reports::Controls::evidenceLine({controls.constLast()}, &dutch),
             QStringLiteral("NOREA PCF 4.1 (door de organisatie opgegeven)"));
    QCOMPARE(Reports::Controls::evidenceLine({}), QString());
}

void TestControls::everyReportNamesItsControls_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    for (const Reports::Kind kind : Reports::allKinds()) {
        if (kind == Reports::Kind::Statement)
            continue;
        for (const char *language : {"en", "nl"})
            QTest::addRow("%s-%s", qPrintable(Reports::kindName(kind)), language)
                << int(kind) << QString::fromLatin1(language);
    }
}

// The facts (on the first page; on the activity sheet under "About this sheet") name the kind's
// shipped controls and the organisation's own of that kind.
void TestControls::everyReportNamesItsControls()
{
    QFETCH(int, kind);
    QFETCH(QString, language);
    Reports::Request request;
    request.kind = Reports::Kind(kind);
    request.language = language;
    request.uuid = m_activityUuid;
    request.breach = m_breachNumber;
    const QString path = write(request, QStringLiteral("%1-%2.pdf").arg(Reports::kindName(request.kind), language));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    const DocumentLanguage document(language);
    QList<Reports::Control> expected = Reports::Controls::forKind(request.kind, &document);
    expected.append({QStringLiteral("NOREA PCF"), QStringLiteral("4.1"), QString(), true});
    // (The audit dossier holds the agreements' report: it names their control too.)
    if (request.kind == Reports::Kind::Agreements || request.kind == Reports::Kind::AuditDossier)
        expected.append({QStringLiteral("Own policy"), QStringLiteral("PB-9"), QString(), true});
    const QString line = Reports::Controls::evidenceLine(expected, &document);
    // The facts' row: its label, then exactly the line (nothing after it: not the retired control, not
    // another kind's; the next row may stand on the next page).
    const bool dutch = language == QLatin1String("nl");
    const QString row = compact(dutch ? QStringLiteral("Bewijs voor") : QStringLiteral("Evidence for")) + compact(line);
    QVERIFY2(text.contains(row), qPrintable(line));
    QVERIFY2(!text.contains(row + QStringLiteral("·")), qPrintable(line));
    QVERIFY(!text.contains(QLatin1String("Q77")) || request.kind == Reports::Kind::History ||
            request.kind == Reports::Kind::AuditDossier);
    QVERIFY(text.contains(QLatin1String("PB9")) ==
                (request.kind == Reports::Kind::Agreements || request.kind == Reports::Kind::AuditDossier) ||
            request.kind == Reports::Kind::History);
}

// The privacy statement is for the public: it is no auditor's evidence sheet.
void TestControls::thePublicStatementNamesNone()
{
    Reports::Request request;
    request.kind = Reports::Kind::Statement;
    const QString path = write(request, QStringLiteral("statement.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(!text.contains(QLatin1String("Evidencefor")));
    QVERIFY(!text.contains(QLatin1String("NOREAPCF")));
}

// BIO2 5.33.01 asks retention set out in selection lists and tested: the schedule the retention
// report is named for shows both.
void TestControls::theRetentionScheduleShowsSelectionListsAndTests()
{
    Reports::Request request;
    request.kind = Reports::Kind::Retention;
    request.language = QStringLiteral("nl");
    const QString text = pdfText(write(request, QStringLiteral("retention-selection.pdf")));
    for (const char *expected : {"Selectielijst", "Selectielijstgemeenten2020", "1.1.2", "4mei2026"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void TestControls::ownControlsAreValidatedAndKept()
{
    Storage::Store &store = m_register->database();
    Register::ControlReferenceService service(store);
    QList<Domain::ControlReference> before;
    QVERIFY_OK(service.list(&before));

    // No framework, no code, a kind that is not one: refused, nothing written.
    Domain::ControlReference bad = control("", "", "Nothing", {QStringLiteral("poster")});
    const Domain::Findings findings = bad.validate();
    QStringList fields;
    for (const Domain::Finding &finding : findings)
        fields.append(finding.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("framework"), QStringLiteral("code"), QStringLiteral("reportKinds")}));
    QCOMPARE(service.save(&bad).code(), Status::Code::InvalidInput);
    QList<Domain::ControlReference> after;
    QVERIFY_OK(service.list(&after));
    QCOMPARE(after.size(), before.size());

    // Saved and read back whole; retired and restored.
    Domain::ControlReference good = control("CIP Privacy Baseline", "PRIV_U.02", "Purpose limitation",
                                            {QStringLiteral("register"), QStringLiteral("activity")});
    good.notes = QStringLiteral("Taken from the NORA list of 2026.");
    QVERIFY_OK(service.save(&good));
    Domain::ControlReference loaded;
    QVERIFY_OK(service.load(good.uuid, &loaded));
    QCOMPARE(loaded.framework, good.framework);
    QCOMPARE(loaded.code, good.code);
    QCOMPARE(loaded.notes, good.notes);
    QCOMPARE(loaded.reportKinds, good.reportKinds);
    QVERIFY_OK(service.setRetired(good.uuid, true));
    QVERIFY_OK(service.load(good.uuid, &loaded));
    QVERIFY(loaded.retired);
    QVERIFY_OK(service.remove(good.uuid));
    QCOMPARE(service.load(good.uuid, &loaded).code(), Status::Code::NotFound);
}

// The register's JSON export carries the organisation's controls, and a merge into another register
// brings them along.
void TestControls::ownControlsTravelInTheExport()
{
    QJsonObject root;
    QVERIFY_OK(Exchange::RegisterJson::exportRegister(m_register->database(), &root));
    const QJsonArray exported =
        root.value(QStringLiteral("items")).toObject().value(QStringLiteral("control_reference")).toArray();
    QCOMPARE(exported.size(), 3);
    QStringList codes;
    for (const QJsonValue &value : exported)
        codes.append(value.toObject().value(QStringLiteral("code")).toString());
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("4.1"), QStringLiteral("PB-9"), QStringLiteral("Q-77")}));

    TestRegister other;
    QVERIFY2(other.ok(), qPrintable(other.error()));
    Exchange::RegisterJson::Options options;
    options.mode = Exchange::RegisterJson::Mode::Merge;
    QList<Exchange::ImportFinding> findings;
    Exchange::ImportSummary summary;
    QVERIFY_OK(Exchange::RegisterJson::import(other.database(), Exchange::RegisterJson::toText(root), options,
                                              &findings, &summary));
    QList<Domain::ControlReference> merged;
    QVERIFY_OK(Register::ControlReferenceService(other.database()).list(&merged));
    QCOMPARE(merged.size(), 3);
}

void TestControls::commandLineListsTheControls()
{
    // (A register file whatever the store under test: the command line opens files.)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("cli controls test passphrase"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const QString cli = QStringLiteral(CUSTODIAN_CLI_PATH);
    const QString file = m_dir.filePath(QStringLiteral("cli.cstd"));
    int exitCode = -1;
    run(cli, {QStringLiteral("demo"), file}, environment, &exitCode);
    QCOMPARE(exitCode, 0);
    const QString json = run(cli, {QStringLiteral("controls"), file, QStringLiteral("--json")}, environment, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    QCOMPARE(array.size(), Reports::Controls::catalogue().size() + 1); // the demo's own policy control
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("framework"), QStringLiteral("own"),
                                        QStringLiteral("reportKinds"), QStringLiteral("title")}));
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("framework")) == QLatin1String("BIO2"))
            QVERIFY(value.toObject().value(QStringLiteral("edition")).toString().contains(QLatin1String("MinBZK")));
    }
    const QJsonObject own = array.last().toObject();
    QVERIFY(own.value(QStringLiteral("own")).toBool());
    QCOMPARE(own.value(QStringLiteral("code")).toString(), QStringLiteral("PB-4.2"));
    QVERIFY(own.value(QStringLiteral("reportKinds")).toArray().contains(QStringLiteral("agreements")));
    // The same names in Dutch: only the titles speak the language.
    QProcessEnvironment dutch = environment;
    dutch.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nl"));
    dutch.insert(QStringLiteral("LC_ALL"), QStringLiteral("nl_NL.UTF-8"));
    const QJsonArray nl =
        QJsonDocument::fromJson(
            run(cli, {QStringLiteral("controls"), file, QStringLiteral("--json")}, dutch, &exitCode).toUtf8())
            .array();
    QCOMPARE(exitCode, 0);
    QCOMPARE(nl.size(), array.size());
    for (qsizetype i = 0; i < nl.size(); ++i) {
        QCOMPARE(nl.at(i).toObject().value(QStringLiteral("framework")),
                 array.at(i).toObject().value(QStringLiteral("framework")));
        QCOMPARE(nl.at(i).toObject().value(QStringLiteral("code")),
                 array.at(i).toObject().value(QStringLiteral("code")));
    }
    QVERIFY(array.first().toObject().value(QStringLiteral("code")).toString().startsWith(QLatin1String("Art. ")));
    QVERIFY(nl.first().toObject().value(QStringLiteral("title")) !=
            array.first().toObject().value(QStringLiteral("title")));
    const QString text = run(cli, {QStringLiteral("controls"), file}, environment, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(text.contains(QStringLiteral("5.22.02")));
    QVERIFY(text.contains(QStringLiteral("(entered by the organisation)")));
    run(cli, {QStringLiteral("controls")}, environment, &exitCode);
    QCOMPARE(exitCode, 2);
}

QTEST_MAIN(TestControls)
#include "tst_controls.moc"
