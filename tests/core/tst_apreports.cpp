// The reports for the Autoriteit Persoonsgegevens (the Dutch ecosystem, part 10): the register as the
// AP asks for it, as PDF/A (read back with pdftotext), as a web page and as a workbook (read back with
// the import's own reader), and one breach as the answers for the AP's notification form. What the AP
// is shown is what Art. 30 asks of the activities in use: no retired activity, no DPO notes, no
// fields from imports.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "DocumentLanguage.h"
#include "RegisterTestSupport.h"
#include "domain/Codes.h"
#include "exchange/Xlsx.h"
#include "register/BreachApForm.h"
#include "register/DemoRegister.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "reports/Controls.h"
#include "reports/Report.h"

using namespace Custodian;
using RegisterTest::TestRegister;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text as compared: without white space and hyphens (a value wraps where its cell ends; pdftotext
// joins a word broken after a hyphen).
QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\-]+"));
    return text.remove(space);
}

// A workbook's sheets as the import reads them; empty when it cannot be read.
QList<Exchange::RawTable> readWorkbook(const QString &path)
{
    QFile file(path);
    QList<Exchange::RawTable> tables;
    QList<Exchange::ImportFinding> findings;
    if (!file.open(QIODevice::ReadOnly) || !Exchange::Xlsx::read(file.readAll(), path, &tables, &findings))
        tables.clear();
    return tables;
}

QStringList sheetNames(const QList<Exchange::RawTable> &tables)
{
    QStringList names;
    for (const Exchange::RawTable &table : tables)
        names.append(table.sheet);
    return names;
}

const Exchange::RawTable *sheet(const QList<Exchange::RawTable> &tables, const QString &name)
{
    for (const Exchange::RawTable &table : tables) {
        if (table.sheet == name)
            return &table;
    }
    return nullptr;
}

} // namespace

class TestApReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theRegisterShowsWhatTheApAsks_data();
    void theRegisterShowsWhatTheApAsks();
    void theRegisterIsAWorkbookToo_data();
    void theRegisterIsAWorkbookToo();
    void onlyTheRegisterForTheApIsAWorkbook();
    void theDossierNamesWhereEachControlIsEvidenced_data();
    void theDossierNamesWhereEachControlIsEvidenced();
    void theDossierIsAWorkbookToo();
    void aWorkbookReplacesAFileWhole();
    void theBreachFormAnswersTheApsQuestions_data();
    void theBreachFormAnswersTheApsQuestions();
    void aBreachMustBeChosenAndExist();
    void commandLine();

private:
    Status build(const Reports::Request &request, Reports::Report *report);
    QString pdf(const Reports::Request &request, const QString &name);

    std::unique_ptr<TestRegister> m_register;
    QTemporaryDir m_dir;
    QList<Domain::ProcessingActivity> m_inUse;
    Domain::ProcessingActivity m_retired;
    Domain::Breach m_breach;
};

void TestApReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    Storage::Store &store = m_register->database();
    QVERIFY_OK(Register::DemoRegister::write(store));
    // An activity no longer in use: the AP is not shown it.
    m_retired.name = QStringLiteral("Nieuwsbrief van vroeger");
    m_retired.purpose = QStringLiteral("Een nieuwsbrief die niet meer verschijnt");
    m_retired.status = QStringLiteral("retired");
    QVERIFY_OK(Register::ActivityService(store).save(&m_retired));
    QList<Domain::ProcessingActivity> all;
    QVERIFY_OK(Register::ActivityService(store).list(&all));
    for (const Domain::ProcessingActivity &activity : std::as_const(all)) {
        if (activity.status != QLatin1String("retired"))
            m_inUse.append(activity);
    }
    QVERIFY(m_inUse.size() >= 3);
    QList<Domain::Breach> breaches;
    QVERIFY_OK(Register::BreachService(store).list(&breaches));
    QVERIFY(!breaches.isEmpty());
    m_breach = breaches.constFirst();
}

Status TestApReports::build(const Reports::Request &request, Reports::Report *report)
{
    return Reports::Report::build(m_register->database(), request, report);
}

QString TestApReports::pdf(const Reports::Request &request, const QString &name)
{
    Reports::Report report;
    const Status built = build(request, &report);
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
    return withoutSpace(pdfText(path));
}

void TestApReports::theRegisterShowsWhatTheApAsks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Register of processing activities for the Autoriteit "
                                                      "Persoonsgegevens"),
                                       QStringLiteral("Art. 30(4) GDPR"),
                                       QStringLiteral("Purpose and lawful basis (Art. 30(1)(b), Art. 6)"),
                                       QStringLiteral("Established activity version 1"),
                                       QStringLiteral("Processing as a processor (Art. 30(2))"),
                                       QStringLiteral("Accountability")};
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList{QStringLiteral("Verwerkingsregister voor de Autoriteit Persoonsgegevens"),
                                       QStringLiteral("art. 30 lid 4 AVG"), QStringLiteral("Vastgestelde versie 1"),
                                       QStringLiteral("Verwerkingen als verwerker (art. 30 lid 2 AVG)"),
                                       QStringLiteral("Verantwoording")};
}

void TestApReports::theRegisterShowsWhatTheApAsks()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    Reports::Request request;
    request.kind = Reports::Kind::ApRegister;
    request.language = language;
    const QString text = pdf(request, QStringLiteral("ap-register-%1.pdf").arg(language));
    QVERIFY(!text.isEmpty());
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(withoutSpace(word)), qPrintable(word));
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse)) {
        QVERIFY2(text.contains(withoutSpace(activity.name)), qPrintable(activity.name));
        QVERIFY2(text.contains(withoutSpace(activity.purpose)), qPrintable(activity.purpose));
    }
    // Each category's retention period (Art. 30(1)(f)), from the rule it names.
    const DocumentLanguage ruleLanguage(language);
    QList<Domain::RetentionRule> rules;
    QVERIFY_OK(Register::RetentionRuleService(m_register->database()).list(&rules));
    int periods = 0;
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse)) {
        for (const Domain::DataCategory &category : activity.dataCategories) {
            for (const Domain::RetentionRule &rule : std::as_const(rules)) {
                if (rule.uuid == category.retentionRuleUuid && rule.periodCount > 0) {
                    // As the retention schedule writes it: "7 years".
                    const QString period = QStringLiteral("%1 %2").arg(
                        ruleLanguage.locale().toString(rule.periodCount),
                        Domain::Codes::label(Domain::Codes::Kind::PeriodUnit, rule.periodUnit, ruleLanguage).toLower());
                    QVERIFY2(text.contains(withoutSpace(rule.name + period)), qPrintable(rule.name + period));
                    ++periods;
                }
            }
        }
    }
    QVERIFY(periods > 0);
    // The processing as a processor by what Art. 30(2) asks: not its owner or its description for the
    // customers' users.
    QList<Domain::ProcessorActivity> processing;
    QVERIFY_OK(Register::ProcessorActivityService(m_register->database()).list(&processing));
    QVERIFY(!processing.isEmpty());
    for (const Domain::ProcessorActivity &item : std::as_const(processing)) {
        QVERIFY2(text.contains(withoutSpace(item.name)), qPrintable(item.name));
        if (!item.publicDescription.isEmpty())
            QVERIFY2(!text.contains(withoutSpace(item.publicDescription)), qPrintable(item.publicDescription));
    }
    // Not what is retired, nor the DPO's notes, nor the columns of an old spreadsheet, nor the
    // confidentiality or the systems the AP did not ask for.
    QVERIFY(!text.contains(withoutSpace(m_retired.name)));
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse)) {
        if (!activity.dpoNotes.isEmpty())
            QVERIFY2(!text.contains(withoutSpace(activity.dpoNotes)), qPrintable(activity.dpoNotes));
        for (const Domain::ExtraField &extra : activity.extraFields)
            QVERIFY2(!text.contains(withoutSpace(extra.value)), qPrintable(extra.value));
        if (!activity.systems.isEmpty())
            QVERIFY2(!text.contains(withoutSpace(activity.systems)), qPrintable(activity.systems));
    }
    // The controls it is evidence for, on its first page and in the accountability part.
    const DocumentLanguage document(language);
    for (const Reports::Control &control : Reports::Controls::forKind(Reports::Kind::ApRegister, &document))
        QVERIFY2(text.contains(withoutSpace(control.title)), qPrintable(control.title));

    // The web page says the same.
    Reports::Report report;
    QVERIFY_OK(build(request, &report));
    const QString html = m_dir.filePath(QStringLiteral("ap-register-%1.html").arg(language));
    QVERIFY_OK(report.write(html, Reports::Format::Html));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.contains(m_inUse.constFirst().name.toHtmlEscaped()));
    QVERIFY(!page.contains(m_retired.name));
}

void TestApReports::theRegisterIsAWorkbookToo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QString>("purpose"); // the purpose's header
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Organisation"), QStringLiteral("Processing activities"),
                                       QStringLiteral("Processing as a processor"), QStringLiteral("Accountability")}
                        << QStringLiteral("Purpose");
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList{QStringLiteral("Organisatie"), QStringLiteral("Verwerkingsactiviteiten"),
                                       QStringLiteral("Verwerkingen als verwerker"), QStringLiteral("Verantwoording")}
                        << QStringLiteral("Doel");
}

// The workbook: a sheet per part in the document's language, a row per activity in use with the
// profile's columns, and the controls with the register's state.
void TestApReports::theRegisterIsAWorkbookToo()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sheets);
    QFETCH(QString, purpose);
    Reports::Request request;
    request.kind = Reports::Kind::ApRegister;
    request.language = language;
    Reports::Report report;
    QVERIFY_OK(build(request, &report));
    const QString path = m_dir.filePath(QStringLiteral("ap-register-%1.xlsx").arg(language));
    QVERIFY_OK(report.write(path, Reports::Format::Xlsx));
    const QList<Exchange::RawTable> tables = readWorkbook(path);
    const QStringList names = sheetNames(tables);
    QCOMPARE(names, sheets);

    const Exchange::RawTable *organisation = sheet(tables, sheets.at(0));
    Domain::Organisation stored;
    QVERIFY_OK(Register::OrganisationService(m_register->database()).load(&stored));
    QCOMPARE(organisation->rows.constFirst().at(1).toString(), stored.name);

    const Exchange::RawTable *activities = sheet(tables, sheets.at(1));
    const int name = int(
        activities->headers.indexOf(language == QLatin1String("nl") ? QStringLiteral("Naam") : QStringLiteral("Name")));
    const int purposeColumn = int(activities->headers.indexOf(purpose));
    QVERIFY2(name >= 0 && purposeColumn >= 0, qPrintable(activities->headers.join(u'|')));
    QCOMPARE(activities->rows.size(), m_inUse.size());
    QHash<QString, QString> purposes;
    for (const QVariantList &row : activities->rows)
        purposes.insert(row.at(name).toString(), row.at(purposeColumn).toString());
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse))
        QCOMPARE(purposes.value(activity.name), activity.purpose);
    QVERIFY(!purposes.contains(m_retired.name));
    // The retention of each category with its rule, period and trigger (once) and its source, in a
    // column of its own; the latest version's URI, which log lines name.
    const int retention =
        int(activities->headers.indexOf(language == QLatin1String("nl") ? QStringLiteral("Bewaartermijn per categorie")
                                                                        : QStringLiteral("Retention per category")));
    const int uri = int(activities->headers.indexOf(QStringLiteral("URI")));
    QVERIFY(retention >= 0 && uri >= 0);
    const DocumentLanguage words(language);
    QList<Domain::RetentionRule> rules;
    QVERIFY_OK(Register::RetentionRuleService(m_register->database()).list(&rules));
    int retentionLines = 0;
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse)) {
        const QVariantList *row = nullptr;
        for (const QVariantList &candidate : activities->rows) {
            if (candidate.at(name).toString() == activity.name)
                row = &candidate;
        }
        QVERIFY2(row, qPrintable(activity.name));
        QVERIFY2(row->at(uri).toString().contains(activity.uuid), qPrintable(row->at(uri).toString()));
        const QStringList cell = row->at(retention).toString().split(u'\n');
        for (const Domain::DataCategory &category : activity.dataCategories) {
            for (const Domain::RetentionRule &rule : std::as_const(rules)) {
                if (rule.uuid != category.retentionRuleUuid || rule.periodCount == 0)
                    continue;
                QString expected = QStringLiteral("%1: %2, %3").arg(category.name, rule.name, rule.periodText(&words));
                if (!rule.legalSource.isEmpty())
                    expected += QStringLiteral(" (%1)").arg(rule.legalSource);
                QVERIFY2(cell.contains(expected), qPrintable(expected + QStringLiteral(" | ") + cell.join(u'|')));
                ++retentionLines;
            }
        }
    }
    QVERIFY(retentionLines > 0);
    // No DPO notes, no extra fields: not as a column, not as a value.
    for (const QVariantList &row : activities->rows) {
        for (const QVariant &cell : row)
            QVERIFY(!cell.toString().contains(QStringLiteral("AVG-03")));
    }

    const Exchange::RawTable *accountability = sheet(tables, sheets.at(3));
    QStringList lines;
    for (const QVariantList &row : accountability->rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells.append(cell.toString());
        lines.append(cells.join(u'|'));
    }
    QVERIFY2(lines.join(u'\n').contains(QStringLiteral("|") + report.state().shortText()),
             qPrintable(lines.join(u'\n')));
    const DocumentLanguage document(language);
    for (const Reports::Control &control : Reports::Controls::forKind(Reports::Kind::ApRegister, &document))
        QVERIFY2(lines.contains(QStringLiteral("%1|%2|%3").arg(control.framework, control.code, control.title)),
                 qPrintable(control.name()));
}

void TestApReports::onlyTheRegisterForTheApIsAWorkbook()
{
    for (const Reports::Kind kind : Reports::allKinds())
        QCOMPARE(Reports::formats(kind).contains(Reports::Format::Xlsx),
                 kind == Reports::Kind::ApRegister || kind == Reports::Kind::AuditDossier);
    Reports::Report report;
    QVERIFY_OK(build(Reports::Request{}, &report));
    const QString path = m_dir.filePath(QStringLiteral("register.xlsx"));
    const Status status = report.write(path, Reports::Format::Xlsx);
    QCOMPARE(status.code(), Status::Code::InvalidInput);
    QVERIFY(!QFileInfo::exists(path));
}

// A file chosen to be replaced is replaced by a whole workbook; a folder that is not there leaves
// nothing behind.
void TestApReports::aWorkbookReplacesAFileWhole()
{
    Reports::Request request;
    request.kind = Reports::Kind::ApRegister;
    Reports::Report report;
    QVERIFY_OK(build(request, &report));
    const QString path = m_dir.filePath(QStringLiteral("replaced.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    QVERIFY_OK(report.write(path, Reports::Format::Xlsx));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/ap.xlsx"));
    const Status status = report.write(nowhere, Reports::Format::Xlsx);
    QVERIFY(!status);
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestApReports::theBreachFormAnswersTheApsQuestions_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Breach notification to the AP: the answers");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Melding van een datalek aan de AP: de antwoorden");
}

// Every section and question of the form, with the breach's own answers, in the document's language.
void TestApReports::theBreachFormAnswersTheApsQuestions()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    Reports::Request request;
    request.kind = Reports::Kind::ApBreachForm;
    request.language = language;
    request.breach = m_breach.number;
    const QString text = pdf(request, QStringLiteral("ap-breach-form-%1.pdf").arg(language));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(withoutSpace(title)));
    QVERIFY(text.contains(withoutSpace(m_breach.number)));
    QVERIFY(text.contains(withoutSpace(m_breach.title)));
    Domain::Organisation organisation;
    QVERIFY_OK(Register::OrganisationService(m_register->database()).load(&organisation));
    const DocumentLanguage document(language);
    const QList<Register::BreachApForm::Section> sections = Register::BreachApForm::answers(
        m_breach, organisation, [](const QString &) { return QString(); }, [](const QString &) { return QString(); },
        document);
    QVERIFY(sections.size() >= 8);
    for (const Register::BreachApForm::Section &section : sections) {
        QVERIFY2(text.contains(withoutSpace(section.title)), qPrintable(section.title));
        for (const Register::BreachApForm::Answer &answer : section.answers)
            QVERIFY2(text.contains(withoutSpace(answer.question)), qPrintable(answer.question));
    }
    QVERIFY(text.contains(withoutSpace(m_breach.summary)));
    // By its uuid as well; the evidence it is: the duty to notify.
    request.breach = m_breach.uuid;
    Reports::Report report;
    QVERIFY_OK(build(request, &report));
    QVERIFY(report.scope().startsWith(m_breach.number));
    QVERIFY(text.contains(QStringLiteral("PRIV_C.03")));
    QVERIFY(text.contains(QStringLiteral("5.26.02")));
}

void TestApReports::aBreachMustBeChosenAndExist()
{
    Reports::Request request;
    request.kind = Reports::Kind::ApBreachForm;
    Reports::Report report;
    QCOMPARE(build(request, &report).code(), Status::Code::InvalidInput);
    request.breach = QStringLiteral("B-1999-0001");
    const Status status = build(request, &report);
    QCOMPARE(status.code(), Status::Code::NotFound);
    QVERIFY(status.message().contains(QStringLiteral("B-1999-0001")));
}

void TestApReports::commandLine()
{
    const QString cli = QStringLiteral(CUSTODIAN_CLI_PATH);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("cli ap report test passphrase"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const auto cliRun = [&](const QStringList &arguments, QString *err = nullptr) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(cli, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    const QString file = m_dir.filePath(QStringLiteral("cli.cstd"));
    QCOMPARE(cliRun({QStringLiteral("demo"), file}), 0);
    const QString workbook = m_dir.filePath(QStringLiteral("cli-ap.xlsx"));
    QString err;
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("ap-register"),
                     QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--lang"), QStringLiteral("nl"),
                     QStringLiteral("-o"), workbook},
                    &err),
             0);
    const QList<Exchange::RawTable> tables = readWorkbook(workbook);
    QVERIFY2(!tables.isEmpty(), qPrintable(err));
    QVERIFY(sheet(tables, QStringLiteral("Verwerkingsactiviteiten")));
    const QString form = m_dir.filePath(QStringLiteral("cli-form.pdf"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("ap-breach-form"),
                     QStringLiteral("--number"), m_breach.number, QStringLiteral("-o"), form},
                    &err),
             0);
    QVERIFY2(withoutSpace(pdfText(form)).contains(withoutSpace(m_breach.number)), qPrintable(err));
    // Wrong usage is 2; a breach that is not there 1; no file either way.
    const QString other = m_dir.filePath(QStringLiteral("other.xlsx"));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--format"), QStringLiteral("xlsx"),
                     QStringLiteral("-o"), other},
                    &err),
             2);
    QVERIFY(err.contains(QStringLiteral("xlsx")));
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("ap-breach-form"),
                     QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("register"),
                     QStringLiteral("--number"), m_breach.number, QStringLiteral("-o"), other}),
             2);
    QCOMPARE(cliRun({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("ap-breach-form"),
                     QStringLiteral("--number"), QStringLiteral("B-1999-0001"), QStringLiteral("-o"), other},
                    &err),
             1);
    QVERIFY(err.contains(QStringLiteral("B-1999-0001")));
    QVERIFY(!QFileInfo::exists(other));
}

void TestApReports::theDossierNamesWhereEachControlIsEvidenced_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Audit dossier"),
                                       QStringLiteral("Accountability"),
                                       QStringLiteral("Completeness and currency"),
                                       QStringLiteral("Processing agreements (Art. 28)"),
                                       QStringLiteral("Retention schedule (Art. 30(1)(f))"),
                                       QStringLiteral("Breach register (Art. 33(5))"),
                                       QStringLiteral("Completeness findings"),
                                       QStringLiteral("History of changes")};
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList{QStringLiteral("Auditdossier"),
                                       QStringLiteral("Verantwoording"),
                                       QStringLiteral("Volledigheid en actualiteit"),
                                       QStringLiteral("Verwerkersovereenkomsten (art. 28 AVG)"),
                                       QStringLiteral("Bewaartermijnen (art. 30 lid 1 onder f AVG)"),
                                       QStringLiteral("Register van datalekken (art. 33 lid 5 AVG)"),
                                       QStringLiteral("Bevindingen van de volledigheidscontrole"),
                                       QStringLiteral("Wijzigingsgeschiedenis")};
}

// The dossier: its parts in the document's language, every control it is evidence for with a part,
// each activity in use in its completeness part, and the changes of the period.
void TestApReports::theDossierNamesWhereEachControlIsEvidenced()
{
    QFETCH(QString, language);
    QFETCH(QStringList, parts);
    Reports::Request request;
    request.kind = Reports::Kind::AuditDossier;
    request.language = language;
    const QString text = pdf(request, QStringLiteral("dossier-%1.pdf").arg(language));
    QVERIFY(!text.isEmpty());
    for (const QString &part : std::as_const(parts))
        QVERIFY2(text.contains(withoutSpace(part)), qPrintable(part));
    const DocumentLanguage document(language);
    const QList<Reports::Control> controls = Reports::Controls::forKind(Reports::Kind::AuditDossier, &document);
    QVERIFY(controls.size() > 40);
    for (const Reports::Control &control : controls)
        QVERIFY2(text.contains(withoutSpace(control.title)), qPrintable(control.name()));
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse))
        QVERIFY2(text.contains(withoutSpace(activity.name)), qPrintable(activity.name));
    // The statement's own control is not the dossier's; the requests' log and the breach are in it.
    QVERIFY(!text.contains(
        withoutSpace(document.translate("Custodian::Reports::Controls", "Transparent information to data subjects"))));
    QVERIFY(text.contains(withoutSpace(m_breach.number)));
    // A period that ends before it begins is refused.
    request.from = QDate(2026, 5, 1);
    request.to = QDate(2026, 4, 1);
    Reports::Report report;
    QCOMPARE(build(request, &report).code(), Status::Code::InvalidInput);
}

// As a workbook: the Dutch workbook's sheets, then the changes, the completeness and the controls.
void TestApReports::theDossierIsAWorkbookToo()
{
    Reports::Request request;
    request.kind = Reports::Kind::AuditDossier;
    request.language = QStringLiteral("nl");
    Reports::Report report;
    QVERIFY_OK(build(request, &report));
    const QString path = m_dir.filePath(QStringLiteral("dossier.xlsx"));
    QVERIFY_OK(report.write(path, Reports::Format::Xlsx));
    const QList<Exchange::RawTable> tables = readWorkbook(path);
    const QStringList names = sheetNames(tables);
    QCOMPARE(names, (QStringList{QStringLiteral("Organisatie"), QStringLiteral("Bewaartermijnen"),
                                 QStringLiteral("Verwerkingen"), QStringLiteral("Verwerkersovereenkomsten"),
                                 QStringLiteral("Verwerkingen als verwerker"), QStringLiteral("Datalekken"),
                                 QStringLiteral("Verzoeken"), QStringLiteral("Wijzigingsgeschiedenis"),
                                 QStringLiteral("Volledigheid en actualiteit"), QStringLiteral("Verantwoording")}));
    QVERIFY(!sheet(tables, QStringLiteral("Wijzigingsgeschiedenis"))->rows.isEmpty());
    QCOMPARE(sheet(tables, QStringLiteral("Volledigheid en actualiteit"))->rows.size(), m_inUse.size());
    // Each activity's latest version with the URI its log lines name.
    const Exchange::RawTable *currency = sheet(tables, QStringLiteral("Volledigheid en actualiteit"));
    const int version = int(currency->headers.indexOf(QStringLiteral("Vastgestelde versie")));
    QVERIFY(version >= 0);
    for (const Domain::ProcessingActivity &activity : std::as_const(m_inUse)) {
        bool found = false;
        for (const QVariantList &row : currency->rows)
            found = found || row.at(version).toString().contains(activity.uuid);
        QVERIFY2(found, qPrintable(activity.name));
    }
    const DocumentLanguage dutch(QStringLiteral("nl"));
    const Exchange::RawTable *accountability = sheet(tables, QStringLiteral("Verantwoording"));
    QStringList controls;
    for (const QVariantList &row : accountability->rows) {
        controls.append(row.at(0).toString());
        QVERIFY2(!row.value(2).toString().isEmpty(), qPrintable(row.at(0).toString()));
    }
    for (const Reports::Control &control : Reports::Controls::forKind(Reports::Kind::AuditDossier, &dutch))
        QVERIFY2(controls.contains(control.name()), qPrintable(control.name()));
}

QTEST_MAIN(TestApReports)
#include "tst_apreports.moc"
