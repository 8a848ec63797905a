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
    void ownControlsAreValidatedAndKept();
    void ownControlsTravelInTheExport();
    void commandLineListsTheControls();

private:
    QString write(const Reports::Request &request, const QString &name);

    std::unique_ptr<TestRegister> m_register;
    QTemporaryDir m_dir;
    QString m_activityUuid;
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
    // One of the organisation's own controls for every kind, one retired, and one for the agreements
    // only.
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

// DECISIONS.md: an ID the references mark "(verify)" is not shipped. BIO 1.04 numbers, ENSIA
// questions, NOREA PCF codes, the PRIV_U norms and the DPIA model's URN are all of that kind.
void TestControls::noUnverifiedIdIsShipped()
{
    const QList<Reports::Controls::Entry> catalogue = Reports::Controls::catalogue();
    QVERIFY(catalogue.size() >= 30);
    for (const Reports::Controls::Entry &entry : catalogue) {
        const QString name = entry.control.name();
        QVERIFY2(!name.contains(QLatin1String("PRIV_U")), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String("urn:")), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String("PCF")) && !name.contains(QLatin1String("NOREA")), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String("ENSIA")), qPrintable(name));
        QVERIFY2(!entry.control.own, qPrintable(name));
        QVERIFY2(!entry.control.title.isEmpty(), qPrintable(name));
        QVERIFY2(!entry.kinds.isEmpty(), qPrintable(name));
        // BIO 1.04 numbers its controls like ISO 27002:2013 (18.1.4, 12.4.1); BIO2 as 5.22.02.
        if (entry.framework == Reports::Controls::Framework::Bio2) {
            static const QRegularExpression bio2(QStringLiteral("^\\d\\.\\d\\d\\.\\d\\d(–\\d\\.\\d\\d\\.\\d\\d)?$"));
            QVERIFY2(bio2.match(entry.control.code).hasMatch(), qPrintable(name));
        }
        if (entry.framework == Reports::Controls::Framework::CipPrivacyBaseline)
            QVERIFY2(entry.control.code.startsWith(QLatin1String("PRIV_C.")), qPrintable(name));
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
    // The codes a control of the organisation's own names its reports by are the report kinds.
    QStringList kinds;
    for (const Reports::Kind kind : Reports::allKinds()) {
        QVERIFY2(!names(kind).isEmpty(), qPrintable(Reports::kindName(kind)));
        kinds.append(Reports::kindName(kind));
    }
    QCOMPARE(Domain::Codes::codes(Domain::Codes::Kind::ReportKind), kinds);
    QVERIFY(names(Reports::Kind::Agreements).contains(QStringLiteral("BIO2 5.22.02")));
    QVERIFY(names(Reports::Kind::Agreements).contains(QStringLiteral("GDPR Art. 28")));
    QVERIFY(names(Reports::Kind::Breaches).contains(QStringLiteral("CIP Privacy Baseline PRIV_C.03")));
    QVERIFY(names(Reports::Kind::Breaches).contains(QStringLiteral("BIO2 5.28.01")));
    QVERIFY(names(Reports::Kind::Retention).contains(QStringLiteral("BIO2 5.33.01")));
    QVERIFY(names(Reports::Kind::Register).contains(QStringLiteral("GDPR Art. 30")));
    QVERIFY(names(Reports::Kind::Processor).contains(QStringLiteral("GDPR Art. 30(2)")));
    QVERIFY(names(Reports::Kind::Requests).contains(QStringLiteral("CIP Privacy Baseline PRIV_C.02")));
    QVERIFY(!names(Reports::Kind::Requests).contains(QStringLiteral("BIO2 5.22.02")));
    // In Dutch: the AVG and its lower-case articles.
    const DocumentLanguage dutch(QStringLiteral("nl"));
    const QList<Reports::Control> nl = Reports::Controls::forKind(Reports::Kind::Agreements, &dutch);
    QCOMPARE(nl.constFirst().name(), QStringLiteral("AVG art. 28"));
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
             QStringLiteral("GDPR Art. 33, Art. 34 · BIO2 5.24.01, 5.28.01 (as numbered in the MinBZK text of 23 "
                            "March 2026) · NOREA PCF 4.1 (entered by the organisation)"));
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
    const QString path = write(request, QStringLiteral("%1-%2.pdf").arg(Reports::kindName(request.kind), language));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    const DocumentLanguage document(language);
    QList<Reports::Control> expected = Reports::Controls::forKind(request.kind, &document);
    expected.append({QStringLiteral("NOREA PCF"), QStringLiteral("4.1"), QString(), true});
    if (request.kind == Reports::Kind::Agreements)
        expected.append({QStringLiteral("Own policy"), QStringLiteral("PB-9"), QString(), true});
    const QString line = Reports::Controls::evidenceLine(expected, &document);
    // The facts' row: its label, then exactly the line, then the next label.
    const bool dutch = language == QLatin1String("nl");
    const QString row =
        compact(dutch ? QStringLiteral("Bewijs voor %1 Gemaakt") : QStringLiteral("Evidence for %1 Generated"))
            .arg(compact(line));
    QVERIFY2(text.contains(row), qPrintable(line + QLatin1Char('\n') + text));
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
    const QJsonObject own = array.last().toObject();
    QVERIFY(own.value(QStringLiteral("own")).toBool());
    QCOMPARE(own.value(QStringLiteral("code")).toString(), QStringLiteral("PB-4.2"));
    QVERIFY(own.value(QStringLiteral("reportKinds")).toArray().contains(QStringLiteral("agreements")));
    const QString text = run(cli, {QStringLiteral("controls"), file}, environment, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(text.contains(QStringLiteral("5.22.02")));
    QVERIFY(text.contains(QStringLiteral("(entered by the organisation)")));
    run(cli, {QStringLiteral("controls")}, environment, &exitCode);
    QCOMPARE(exitCode, 2);
}

QTEST_MAIN(TestControls)
#include "tst_controls.moc"
