// The register as CSV files and workbooks, and back (Exchange::Tabular, Csv, Xlsx): what a privacy
// officer exchanges with a spreadsheet comes back as it went out, an ICO-template spreadsheet comes
// in with findings for what had to be guessed, and a malformed row is answered with a finding at
// its file, sheet, row and column and changes nothing. Runs on the SQLCipher file and PostgreSQL.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include "DocumentLanguage.h"
#include "ImportTestSupport.h"
#include "RegisterTestSupport.h"
#include "exchange/Csv.h"
#include "exchange/Tabular.h"
#include "exchange/TabularSupport.h"
#include "exchange/Xlsx.h"
#include "exchange/Zip.h"
#include "register/DemoRegister.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using Exchange::ImportFinding;
using Exchange::ImportSummary;
using Exchange::Layout;
using Exchange::RawTable;
using Exchange::Table;
using Exchange::Tabular;
using RegisterTest::TestRegister;
using Severity = Domain::Finding::Severity;

namespace {

using ImportTest::Outcome;

Outcome importTables(Storage::Store &store, const QList<RawTable> &tables, Layout layout = Layout::Custodian,
                     bool dryRun = false)
{
    Outcome outcome;
    Tabular::ImportOptions options;
    options.layout = layout;
    options.dryRun = dryRun;
    outcome.status = Tabular::import(store, tables, options, &outcome.findings, &outcome.summary);
    return outcome;
}

QList<RawTable> readCsv(const QByteArray &data, const QString &name = QStringLiteral("list.csv"))
{
    QList<RawTable> tables;
    QList<ImportFinding> findings;
    if (!Tabular::readData(data, name, QChar(), &tables, &findings))
        qWarning() << "not read:" << (findings.isEmpty() ? QString() : findings.constFirst().text());
    return tables;
}

QList<Table> exportTables(Storage::Store &store, Layout layout, const QString &language = QStringLiteral("en"))
{
    const DocumentLanguage documentLanguage(language);
    QList<Table> tables;
    Storage::HistoryHead head;
    const Status status = Tabular::exportTables(store, layout, documentLanguage, &tables, &head);
    if (!status)
        qWarning() << RegisterTest::describe(status);
    return tables;
}

const Table *tableOf(const QList<Table> &tables, const QString &key)
{
    for (const Table &table : tables) {
        if (table.key == key)
            return &table;
    }
    return nullptr;
}

qint64 historyCount(Storage::Store &store)
{
    Storage::HistoryHead head;
    if (!Storage::HistoryChain::readHead(store.connection(), &head))
        return -1;
    return head.count;
}

// A CSV file as a person writes it: a header row and rows, separated by ;.
QByteArray csv(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")).toUtf8();
}

} // namespace

class TestTabular : public QObject
{
    Q_OBJECT

private:
    TestRegister m_demo;
    QTemporaryDir m_folder;

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.ok());
        QVERIFY_OK(Register::DemoRegister::write(m_demo.database()));
    }

    // ---- CSV ---------------------------------------------------------------------------------------

    void csvQuotesWhatItMust()
    {
        Table table{QStringLiteral("t"),
                    QStringLiteral("T"),
                    {{QStringLiteral("a"), QStringLiteral("Name"), Exchange::TableColumn::Type::Text},
                     {QStringLiteral("b"), QStringLiteral("Notes; more"), Exchange::TableColumn::Type::LongText},
                     {QStringLiteral("c"), QStringLiteral("Day"), Exchange::TableColumn::Type::Date}},
                    {{QStringLiteral("Plain"), QStringLiteral("Two\nlines with \"quotes\""), QDate(2026, 12, 4)},
                     {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+31 6"), QVariant()}}};
        const QByteArray written = Exchange::Csv::write(table, u';');
        QVERIFY(written.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(written.contains("\"Two\nlines with \"\"quotes\"\"\""), written.constData());
        QVERIFY(written.contains("\"Notes; more\""));
        // A formula is written as text (with an apostrophe) so that a spreadsheet does not run it.
        QVERIFY(written.contains("'=HYPERLINK"));
        QVERIFY(written.contains("'+31 6"));

        const QList<RawTable> read = readCsv(written);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).headers,
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Notes; more"), QStringLiteral("Day")}));
        QCOMPARE(read.at(0).rows.size(), 2);
        QCOMPARE(read.at(0).rows.at(0).at(1).toString(), QStringLiteral("Two\nlines with \"quotes\""));
        QCOMPARE(read.at(0).rows.at(0).at(2).toString(), QStringLiteral("2026-12-04"));
        QCOMPARE(read.at(0).rows.at(1).at(0).toString(), QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(read.at(0).rows.at(1).at(1).toString(), QStringLiteral("+31 6"));
        // The row numbers are the spreadsheet's: the header is row 1, a two-line cell is one row.
        QCOMPARE(read.at(0).rowNumbers, (QList<int>{2, 3}));
    }

    void csvReadsWhatExcelWrites()
    {
        // Windows-1252 with a comma separator and a euro sign.
        const QByteArray windows("Name,Purpose\r\nCaf\xe9 \x80,Te\x92st\r\n");
        QList<RawTable> tables;
        QList<ImportFinding> findings;
        QVERIFY(Tabular::readData(windows, QStringLiteral("excel.csv"), QChar(), &tables, &findings));
        QCOMPARE(tables.at(0).rows.at(0).at(0).toString(), QStringLiteral("Café €"));
        QCOMPARE(tables.at(0).rows.at(0).at(1).toString(), QStringLiteral("Te\u2019st"));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, Severity::Info);
    }

    void csvRefusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("row");
        QTest::newRow("unterminated quote") << QByteArray("Name;Purpose\nA;\"never closed\nB;x\n") << 2;
        QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << 0;
        QTest::newRow("binary") << QByteArray("Name\0;x", 7) << 0;
    }
    void csvRefusesWhatItCannotRead()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, row);
        QList<RawTable> tables;
        QList<ImportFinding> findings;
        QVERIFY(!Tabular::readData(data, QStringLiteral("bad.csv"), QChar(), &tables, &findings));
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.last().severity, Severity::Error);
        QCOMPARE(findings.last().row, row);
    }

    void csvRowWithTooManyValuesIsAFinding()
    {
        QList<RawTable> tables;
        QList<ImportFinding> findings;
        QVERIFY(Tabular::readData("Name;Purpose\nA;B\nC;D;E\n", QStringLiteral("x.csv"), QChar(), &tables, &findings));
        QCOMPARE(tables.at(0).rows.size(), 1);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).row, 3);
        QCOMPARE(findings.at(0).severity, Severity::Error);
    }

    // ---- XLSX --------------------------------------------------------------------------------------

    void xlsxKeepsTypes()
    {
        const QDateTime moment(QDate(2026, 3, 1), QTime(9, 30, 15), Qt::UTC);
        Table table{QStringLiteral("t"),
                    QStringLiteral("A sheet: with [odd] characters that is too long"),
                    {{QStringLiteral("a"), QStringLiteral("Text"), Exchange::TableColumn::Type::LongText},
                     {QStringLiteral("b"), QStringLiteral("Number"), Exchange::TableColumn::Type::Number},
                     {QStringLiteral("c"), QStringLiteral("Day"), Exchange::TableColumn::Type::Date},
                     {QStringLiteral("d"), QStringLiteral("Moment"), Exchange::TableColumn::Type::Moment}},
                    {{QStringLiteral("Ünïcode\nand a line"), qint64(42), QDate(2026, 12, 4), moment},
                     {QVariant(), QVariant(), QVariant(), QVariant()},
                     {QStringLiteral("=1+1"), qint64(-7), QDate(1900, 1, 1), QVariant()}}};
        const QString path = m_folder.filePath(QStringLiteral("types.xlsx"));
        QStringList warnings;
        QVERIFY_OK(Exchange::Xlsx::write({table}, path, QStringLiteral("Test"), &warnings));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // Never over an existing file.
        QVERIFY(!Exchange::Xlsx::write({table}, path, QStringLiteral("Test"), &warnings));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<RawTable> read;
        QList<ImportFinding> findings;
        QVERIFY2(Exchange::Xlsx::read(file.readAll(), QStringLiteral("types.xlsx"), &read, &findings),
                 qPrintable(findings.isEmpty() ? QString() : findings.constFirst().text()));
        QCOMPARE(read.size(), 1);
        QVERIFY(read.at(0).sheet.size() <= 31);
        QVERIFY(!read.at(0).sheet.contains(u'['));
        QCOMPARE(read.at(0).headers, (QStringList{QStringLiteral("Text"), QStringLiteral("Number"),
                                                  QStringLiteral("Day"), QStringLiteral("Moment")}));
        // The empty row is left out; the others keep their spreadsheet row numbers.
        QCOMPARE(read.at(0).rowNumbers, (QList<int>{2, 4}));
        const QVariantList first = read.at(0).rows.at(0);
        QCOMPARE(first.at(0).toString(), QStringLiteral("Ünïcode\nand a line"));
        QCOMPARE(first.at(1).toDouble(), 42.0);
        QCOMPARE(first.at(2).toDate(), QDate(2026, 12, 4));
        QCOMPARE(first.at(3).toDateTime().toUTC(), moment);
        const QVariantList third = read.at(0).rows.at(1);
        QCOMPARE(third.at(0).toString(), QStringLiteral("=1+1")); // text, not a formula
        QCOMPARE(third.at(2).toDate(), QDate(1900, 1, 1));
    }

    void xlsxRefusesWhatIsNotAWorkbook_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 this is not a zip at all");
        QTest::newRow("text") << QByteArray("Name;Purpose\n");
        QTest::newRow("truncated") << QByteArray();
    }
    void xlsxRefusesWhatIsNotAWorkbook()
    {
        QFETCH(QByteArray, data);
        if (data.isEmpty()) {
            // A real workbook cut in half.
            Table table{QStringLiteral("t"),
                        QStringLiteral("T"),
                        {{QStringLiteral("a"), QStringLiteral("A"), Exchange::TableColumn::Type::Text}},
                        {{QStringLiteral("x")}}};
            const QString path = m_folder.filePath(QStringLiteral("half.xlsx"));
            QStringList warnings;
            QVERIFY_OK(Exchange::Xlsx::write({table}, path, QString(), &warnings));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            data = file.readAll();
            data.truncate(data.size() / 2);
        }
        QList<RawTable> read;
        QList<ImportFinding> findings;
        QVERIFY(!Exchange::Xlsx::read(data, QStringLiteral("bad.xlsx"), &read, &findings));
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.last().severity, Severity::Error);
    }

    // ---- Our layout --------------------------------------------------------------------------------

    void theExportHasAListPerKindWithHeadersInItsLanguage()
    {
        const QList<Table> english = exportTables(m_demo.database(), Layout::Custodian, QStringLiteral("en"));
        const QList<Table> dutch = exportTables(m_demo.database(), Layout::Custodian, QStringLiteral("nl"));
        const Table *activities = tableOf(english, QStringLiteral("activity"));
        QVERIFY(activities);
        QCOMPARE(activities->title, QStringLiteral("Processing activities"));
        QVERIFY(tableOf(english, QStringLiteral("activity.transfers")));
        QVERIFY(tableOf(english, QStringLiteral("request")));
        QVERIFY(tableOf(english, QStringLiteral("breach")));
        const Table *verwerkingen = tableOf(dutch, QStringLiteral("activity"));
        QVERIFY(verwerkingen);
        QVERIFY(verwerkingen->title != activities->title);
        qsizetype purpose = -1;
        for (qsizetype i = 0; i < activities->columns.size(); ++i) {
            if (activities->columns.at(i).key == QLatin1String("purpose"))
                purpose = i;
        }
        QVERIFY(purpose > 0);
        QCOMPARE(activities->columns.at(purpose).header, QStringLiteral("Purpose"));
        QCOMPARE(verwerkingen->columns.at(purpose).header, QStringLiteral("Doel"));
        // Codes as labels in the language, not as codes.
        qsizetype bases = -1;
        for (qsizetype i = 0; i < activities->columns.size(); ++i) {
            if (activities->columns.at(i).key == QLatin1String("lawfulBases"))
                bases = i;
        }
        QVERIFY(bases > 0);
        bool labelled = false;
        for (const QVariantList &row : activities->rows)
            labelled = labelled || row.at(bases).toString().contains(QLatin1String("(Art. 6(1)("));
        QVERIFY(labelled);
    }

    void aWorkbookRoundTripGivesTheSameLists()
    {
        const QList<Table> before = exportTables(m_demo.database(), Layout::Custodian, QStringLiteral("nl"));
        const QString path = m_folder.filePath(QStringLiteral("register.xlsx"));
        QStringList warnings;
        QVERIFY_OK(Exchange::Xlsx::write(before, path, QStringLiteral("Register"), &warnings));
        QList<RawTable> read;
        QList<ImportFinding> findings;
        QVERIFY(Tabular::readPath(path, QChar(), &read, &findings));

        TestRegister target;
        QVERIFY(target.ok());
        const Outcome outcome = importTables(target.database(), read);
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.text()));
        QVERIFY2(!Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        QVERIFY(outcome.summary.applied);
        QVERIFY(outcome.summary.created() > 20);

        // Every list of the items the import created (with the file's IDs) is the same; the
        // organisation and the retention catalogue the new register already had keep their IDs.
        const QList<Table> beforeEnglish = exportTables(m_demo.database(), Layout::Custodian);
        const QList<Table> afterEnglish = exportTables(target.database(), Layout::Custodian);
        for (const Table &table : beforeEnglish) {
            if (table.key.startsWith(QLatin1String("organisation")) || table.key == QLatin1String("retention_rule"))
                continue;
            const Table *other = tableOf(afterEnglish, table.key);
            QVERIFY2(other, qPrintable(table.key));
            QCOMPARE(other->columns.size(), table.columns.size());
            QCOMPARE(other->rows.size(), table.rows.size());
            for (qsizetype r = 0; r < table.rows.size(); ++r)
                QCOMPARE(other->rows.at(r), table.rows.at(r));
        }

        // The same file again: nothing new, nothing changed.
        const qint64 history = historyCount(target.database());
        const Outcome again = importTables(target.database(), read);
        QVERIFY2(again.status.isOk(), qPrintable(again.text()));
        QCOMPARE(again.summary.created(), 0);
        QCOMPARE(again.summary.updated(), 0);
        QCOMPARE(historyCount(target.database()), history);
    }

    void aCsvFolderRoundTripGivesTheSameLists()
    {
        const QList<Table> before = exportTables(m_demo.database(), Layout::Custodian, QStringLiteral("en"));
        const QString zip = m_folder.filePath(QStringLiteral("lists.zip"));
        QVERIFY_OK(Tabular::writeCsv(before, zip, u','));
        QVERIFY(!Tabular::writeCsv(before, zip, u',')); // never over a file
        QList<RawTable> read;
        QList<ImportFinding> findings;
        QVERIFY(Tabular::readPath(zip, QChar(), &read, &findings));
        QCOMPARE(read.size(), before.size());

        TestRegister target;
        QVERIFY(target.ok());
        const Outcome outcome = importTables(target.database(), read);
        QVERIFY2(outcome.status.isOk() && !Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        const QList<Table> after = exportTables(target.database(), Layout::Custodian);
        for (const Table &table : before) {
            if (table.key.startsWith(QLatin1String("organisation")) || table.key == QLatin1String("retention_rule"))
                continue;
            const Table *other = tableOf(after, table.key);
            QVERIFY(other);
            QCOMPARE(other->rows, table.rows);
        }
    }

    void aListIsRecognisedByItsHeadersInEitherLanguage()
    {
        RawTable dutch{QStringLiteral("partijen.csv"),
                       QStringLiteral("partijen"),
                       {QStringLiteral("Naam"), QStringLiteral("Land"), QStringLiteral("Iets anders")},
                       {},
                       {}};
        const Tabular::Plan plan = Tabular::plan(dutch, Layout::Custodian);
        QCOMPARE(plan.listKey, QStringLiteral("party"));
        QCOMPARE(plan.columns.at(0), QStringLiteral("name"));
        QCOMPARE(plan.columns.at(2), QString());
        RawTable nothing{
            QStringLiteral("x.csv"), QStringLiteral("x"), {QStringLiteral("Foo"), QStringLiteral("Bar")}, {}, {}};
        QVERIFY(Tabular::plan(nothing, Layout::Custodian).listKey.isEmpty());
    }

    void aCsvFileAddsPartiesAndActivitiesByName()
    {
        TestRegister target;
        QVERIFY(target.ok());
        const QList<RawTable> parties =
            readCsv(csv({QStringLiteral("Name;Country;Kind"), QStringLiteral("Hosting B.V.;NL;Processor")}),
                    QStringLiteral("parties.csv"));
        // The activity names a party that is in the other file, a retention rule of the catalogue and
        // a party that is nowhere: that one is created.
        const QList<RawTable> activities =
            readCsv(csv({QStringLiteral("Name;Purpose;Lawful bases;Categories of data subjects;Status"),
                         QStringLiteral("Payroll;Paying salaries;Legal obligation;Employees;Draft"),
                         QStringLiteral("Newsletter;Sending news;\"Consent (Art. 6(1)(a))\nLegitimate "
                                        "interests\";\"Customers\nProspects\";Concept")}),
                    QStringLiteral("activities.csv"));
        const QList<RawTable> transfers =
            readCsv(csv({QStringLiteral("Processing activity;Country;Recipient;Transfer mechanism"),
                         QStringLiteral("Newsletter;US;Mailer Inc.;Standard contractual clauses (Art. 46(2)(c))")}),
                    QStringLiteral("transfers.csv"));
        const Outcome outcome = importTables(target.database(), parties + activities + transfers);
        QVERIFY2(outcome.status.isOk() && !Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        QCOMPARE(outcome.summary.perKind.value(QStringLiteral("activity")).created, 2);
        QCOMPARE(outcome.summary.perKind.value(QStringLiteral("party")).created, 2); // Hosting B.V. and Mailer Inc.
        QVERIFY2(outcome.find(Severity::Info, 2, QStringLiteral("Recipient")), qPrintable(outcome.text()));

        Register::ActivityService activities_(target.database());
        QList<Domain::ProcessingActivity> stored;
        QVERIFY_OK(activities_.list(&stored));
        QCOMPARE(stored.size(), 2);
        const Domain::ProcessingActivity &newsletter =
            stored.at(0).name == QLatin1String("Newsletter") ? stored.at(0) : stored.at(1);
        QCOMPARE(newsletter.lawfulBases, (QStringList{QStringLiteral("a"), QStringLiteral("f")}));
        QCOMPARE(newsletter.subjectCategories, (QStringList{QStringLiteral("Customers"), QStringLiteral("Prospects")}));
        QCOMPARE(newsletter.status, QStringLiteral("draft"));
        QCOMPARE(newsletter.transfers.size(), 1);
        QCOMPARE(newsletter.transfers.at(0).mechanism, QStringLiteral("scc"));
        QVERIFY(!newsletter.transfers.at(0).partyUuid.isEmpty());
    }

    // A spreadsheet typed without accents (DUTCH-STANDARDS.md §6.8): its headers and code labels
    // match ours with them.
    void headersAndLabelsMatchWithoutTheirAccents()
    {
        TestRegister target;
        QVERIFY(target.ok());
        const QList<RawTable> activities =
            readCsv(csv({QStringLiteral("Naam;Doel;CATEGORIEEN VAN BETROKKENEN;Status"),
                         QStringLiteral("Salarisadministratie;Salarissen betalen;Werknemers;Beeindigd")}),
                    QStringLiteral("verwerkingen.csv"));
        const Outcome outcome = importTables(target.database(), activities);
        QVERIFY2(outcome.status.isOk() && !Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        QList<Domain::ProcessingActivity> stored;
        QVERIFY_OK(Register::ActivityService(target.database()).list(&stored));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().subjectCategories, QStringList{QStringLiteral("Werknemers")});
        QCOMPARE(stored.constFirst().status, QStringLiteral("retired"));
        QVERIFY(stored.constFirst().extraFields.isEmpty()); // no column left over
        QCOMPARE(Exchange::TabularSupport::normalised(QStringLiteral("Categorieën van betrokkenen:")),
                 QStringLiteral("categorieenvanbetrokkenen"));
    }

    void everyMalformedRowIsAFindingAndChangesNothing_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::newRow("date") << QStringLiteral("A;p;yes;31-31-2026;Draft;") << QStringLiteral("Next review");
        QTest::newRow("code") << QStringLiteral("A;p;yes;;Maybe;") << QStringLiteral("Status");
        QTest::newRow("bool") << QStringLiteral("A;p;perhaps;;Draft;") << QStringLiteral("Children");
        QTest::newRow("link") << QStringLiteral("A;p;no;;Draft;No such measure") << QStringLiteral("Security measures");
        QTest::newRow("uuid") << QStringLiteral("A;p;no;;Draft;;not-a-uuid") << QStringLiteral("ID");
        QTest::newRow("validation") << QStringLiteral(";p;no;;Draft;") << QStringLiteral("Name");
    }
    void everyMalformedRowIsAFindingAndChangesNothing()
    {
        QFETCH(QString, row);
        QFETCH(QString, column);
        TestRegister target;
        QVERIFY(target.ok());
        const qint64 history = historyCount(target.database());
        const QList<RawTable> tables =
            readCsv(csv({QStringLiteral("Name;Purpose;Children;Next review;Status;Security measures;ID"),
                         QStringLiteral("Good;A fine purpose;no;2027-01-31;Draft;;"), row}),
                    QStringLiteral("activities.csv"));
        const Outcome outcome = importTables(target.database(), tables);
        QCOMPARE(outcome.status.code(), Status::Code::InvalidInput);
        const ImportFinding *finding = outcome.find(Severity::Error, 3, column);
        QVERIFY2(finding, qPrintable(outcome.text()));
        QCOMPARE(finding->file, QStringLiteral("activities.csv"));
        QVERIFY(!outcome.summary.applied);
        QCOMPARE(historyCount(target.database()), history);
        Register::ActivityService activities(target.database());
        QList<Domain::ProcessingActivity> stored;
        QVERIFY_OK(activities.list(&stored));
        QVERIFY(stored.isEmpty()); // not even the good row
    }

    // ---- The ICO layout ----------------------------------------------------------------------------

    void anIcoSpreadsheetComesInWithFindings()
    {
        TestRegister target;
        QVERIFY(target.ok());
        const Outcome rules =
            importTables(target.database(), readCsv(csv({QStringLiteral("Name"), QStringLiteral("Fiscal records")}),
                                                    QStringLiteral("retention rules.csv")));
        QCOMPARE(rules.summary.perKind.value(QStringLiteral("retention_rule")).created, 1);
        QVERIFY2(rules.status.isOk(), qPrintable(rules.text()));
        // As organisations fill the template: headers of an older download, free text everywhere.
        const QList<RawTable> tables = readCsv(
            csv({QStringLiteral(
                     "Business function,Purpose of processing,Name and contact details of joint controller,"
                     "Categories of individuals,Categories of personal data,Categories of recipients,"
                     "Link to contract with processor,Names of third countries or international organisations that "
                     "personal data are transferred to,Safeguards for exceptional transfers of personal data to third "
                     "countries or international organisations,Retention schedule (if possible),General description "
                     "of technical and organisational security measures,Article 6 lawful basis for processing "
                     "personal data,Article 9 basis for processing special category data,Legitimate interests for "
                     "the processing (if applicable),Link to record of legitimate interests assessment,Rights "
                     "available to individuals,\"Existence of automated decision-making, including profiling "
                     "(yes/no)\",The source of the personal data,Link to record of consent,Location of personal "
                     "data,Data Protection Impact Assessment required? (yes/no),Data Protection Impact Assessment "
                     "progress,Link to Data Protection Impact Assessment,Personal data breach? (yes/no),Link to "
                     "record of personal data breach"),
                 QStringLiteral("HR,\"Payroll\nPaying staff and reporting to the tax office\",,\"Employees, "
                                "former employees\",\"Contact details; bank account; salary\",Tax office (HMRC),"
                                "Payroll provider contract,,,Fiscal records,\"Access control; encryption\","
                                "Legal obligation,N/A,,,\"Access, rectification\",No,Employee,,Payroll "
                                "system (EU),No,,,No,"),
                 QStringLiteral("Marketing,Newsletter to customers,Partner Co (privacy@partner.example),"
                                "Customers,Email address,Mailing processor,,United States,Standard contractual "
                                "clauses,2 years after unsubscribing,,\"Consent, Art. 6(1)(f)\",,Direct "
                                "marketing,LIA-2024-03,,Yes - profiling for segments,Customer,CRM consent log,"
                                "CRM,Yes,In progress,DPIA-7,No,")}),
            QStringLiteral("ico.csv"));
        const Tabular::Plan plan = Tabular::plan(tables.at(0), Layout::Ico);
        QCOMPARE(plan.listKey, QStringLiteral("ico"));
        QVERIFY(!plan.columns.contains(QString())); // every header of the template recognised

        const Outcome outcome = importTables(target.database(), tables, Layout::Ico);
        QVERIFY2(outcome.status.isOk() && !Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        QCOMPARE(outcome.summary.perKind.value(QStringLiteral("activity")).created, 2);
        // What had to be guessed or kept as text is said, at its row and column.
        QVERIFY2(outcome.find(Severity::Warning, 2, QStringLiteral("Link to contract with processor")),
                 qPrintable(outcome.text()));
        QVERIFY(outcome.find(Severity::Info, 2, QStringLiteral("Categories of recipients")));
        QVERIFY(outcome.find(Severity::Info, 3, QStringLiteral("Retention schedule (if possible)")));
        QVERIFY(outcome.find(Severity::Info, 3, QStringLiteral("Name and contact details of joint controller")));

        Register::ActivityService activities(target.database());
        QList<Domain::ProcessingActivity> stored;
        QVERIFY_OK(activities.list(&stored));
        QCOMPARE(stored.size(), 2);
        const Domain::ProcessingActivity &payroll =
            stored.at(0).name == QLatin1String("Payroll") ? stored.at(0) : stored.at(1);
        const Domain::ProcessingActivity &newsletter = &payroll == &stored.at(0) ? stored.at(1) : stored.at(0);
        QCOMPARE(payroll.purpose, QStringLiteral("Paying staff and reporting to the tax office"));
        QCOMPARE(payroll.ownerDepartment, QStringLiteral("HR"));
        QCOMPARE(payroll.lawfulBases, QStringList{QStringLiteral("c")});
        QCOMPARE(payroll.subjectCategories,
                 (QStringList{QStringLiteral("Employees"), QStringLiteral("former employees")}));
        QCOMPARE(payroll.dataCategories.size(), 3);
        QCOMPARE(payroll.recipients.size(), 1);
        QCOMPARE(payroll.recipients.at(0).kind, QStringLiteral("authority"));
        QCOMPARE(payroll.dpiaRequired, QStringLiteral("no"));
        // The register's retention rule is found by its name for every category.
        QVERIFY(!payroll.dataCategories.at(0).retentionRuleUuid.isEmpty());
        QVERIFY(payroll.description.contains(QLatin1String("Payroll provider contract")));

        QCOMPARE(newsletter.name, QStringLiteral("Newsletter to customers"));
        QCOMPARE(newsletter.lawfulBases, (QStringList{QStringLiteral("a"), QStringLiteral("f")}));
        QVERIFY(newsletter.automatedDecisions);
        QVERIFY(newsletter.profiling);
        QCOMPARE(newsletter.transfers.size(), 1);
        QCOMPARE(newsletter.transfers.at(0).country, QStringLiteral("US"));
        QCOMPARE(newsletter.transfers.at(0).mechanism, QStringLiteral("scc"));
        QCOMPARE(newsletter.jointControllers.size(), 1); // the party is created
        QCOMPARE(newsletter.dpiaStatus, QStringLiteral("in_progress"));
        QCOMPARE(newsletter.legitimateInterest, QStringLiteral("Direct marketing"));
        QVERIFY(newsletter.description.contains(QLatin1String("2 years after unsubscribing")));

        // The same file again: no duplicates.
        const Outcome again = importTables(target.database(), tables, Layout::Ico);
        QVERIFY2(again.status.isOk(), qPrintable(again.text()));
        QCOMPARE(again.summary.created(), 0);
    }

    void theIcoExportHasTheTemplatesColumns()
    {
        const QList<Table> tables = exportTables(m_demo.database(), Layout::Ico);
        QCOMPARE(tables.size(), 1);
        // The template's 25, then the demo's extra fields (columns an import kept).
        QCOMPARE(tables.at(0).columns.size(), 27);
        QCOMPARE(tables.at(0).columns.at(11).header,
                 QStringLiteral("Article 6 lawful basis for processing personal data"));
        QCOMPARE(tables.at(0).columns.at(25).header, QStringLiteral("Cost centre"));
        QCOMPARE(tables.at(0).columns.at(26).header, QStringLiteral("Number in the old spreadsheet"));
        QVERIFY(!tables.at(0).rows.isEmpty());
        // Read back as the ICO layout, every column of the template is recognised; the others are extra.
        RawTable raw{QStringLiteral("ico.csv"), QStringLiteral("ico"), {}, {}, {}};
        for (const Exchange::TableColumn &column : tables.at(0).columns)
            raw.headers << column.header;
        QCOMPARE(Tabular::plan(raw, Layout::Ico).columns.indexOf(QString()), 25);
    }

    // ---- Extra fields ------------------------------------------------------------------------------

    // A column of a list of ours that no field takes is kept on each item, written back by the
    // export, and a later file of the same columns updates it: a changed cell its value, an emptied
    // cell removes it, and the same file again changes nothing.
    void unknownColumnsBecomeExtraFields()
    {
        TestRegister target;
        QVERIFY(target.ok());
        const auto activities = [&target] {
            QList<Domain::ProcessingActivity> stored;
            if (!Register::ActivityService(target.database()).list(&stored))
                return QHash<QString, Domain::ProcessingActivity>();
            QHash<QString, Domain::ProcessingActivity> byName;
            for (const Domain::ProcessingActivity &activity : std::as_const(stored))
                byName.insert(activity.name, activity);
            return byName;
        };
        const auto extra = [](const char *name, const char *value) {
            return Domain::ExtraField{QStringLiteral("custodian"), QLatin1String(name), QLatin1String(value)};
        };
        const QList<RawTable> first = readCsv(csv({QStringLiteral("Name;Purpose;Archiefcode;Kostenplaats"),
                                                   QStringLiteral("Payroll;Paying salaries;HR;4711"),
                                                   QStringLiteral("Newsletter;Sending news;Marketing;")}),
                                              QStringLiteral("activities.csv"));
        const Outcome outcome = importTables(target.database(), first);
        QVERIFY2(outcome.status.isOk() && !Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        QVERIFY2(outcome.find(Severity::Info, 1, QStringLiteral("Archiefcode")), qPrintable(outcome.text()));
        QVERIFY(!outcome.find(Severity::Warning, 1, QStringLiteral("Archiefcode")));
        QHash<QString, Domain::ProcessingActivity> stored = activities();
        QCOMPARE(stored.value(QStringLiteral("Payroll")).extraFields,
                 (QList<Domain::ExtraField>{extra("Archiefcode", "HR"), extra("Kostenplaats", "4711")}));
        // An empty cell says nothing.
        QCOMPARE(stored.value(QStringLiteral("Newsletter")).extraFields,
                 QList<Domain::ExtraField>{extra("Archiefcode", "Marketing")});

        // The same file again: nothing changes.
        qint64 history = historyCount(target.database());
        const Outcome again = importTables(target.database(), first);
        QVERIFY2(again.status.isOk(), qPrintable(again.text()));
        QCOMPARE(again.summary.updated(), 0);
        QCOMPARE(historyCount(target.database()), history);

        // Our export lists them; its list read back into another register gives them again.
        const QList<Table> exported = exportTables(target.database(), Layout::Custodian);
        const Table *list = tableOf(exported, QStringLiteral("activity.extraFields"));
        QVERIFY(list);
        QCOMPARE(list->rows.size(), 3);
        QVERIFY(list->rows.contains(
            QVariantList{QStringLiteral("Payroll"), stored.value(QStringLiteral("Payroll")).uuid,
                         QStringLiteral("Kostenplaats"), QStringLiteral("4711"), QStringLiteral("custodian")}));

        // A changed cell changes that field only; an emptied one removes it; a field the item has from
        // elsewhere (the ICO template) stays, and its name is matched case and accents aside.
        Domain::ProcessingActivity payroll = stored.value(QStringLiteral("Payroll"));
        payroll.extraFields.append({QStringLiteral("ico"), QStringLiteral("Opmerking"), QStringLiteral("kept")});
        payroll.extraFields.append({QStringLiteral("ico"), QStringLiteral("Categorieën"), QStringLiteral("old")});
        QVERIFY_OK(Register::ActivityService(target.database()).save(&payroll));
        const Outcome changed =
            importTables(target.database(),
                         readCsv(csv({QStringLiteral("Name;Purpose;Department;Archiefcode;Kostenplaats;CATEGORIEEN"),
                                      QStringLiteral("Payroll;Paying salaries;;Finance;;new")}),
                                 QStringLiteral("activities.csv")));
        QVERIFY2(changed.status.isOk(), qPrintable(changed.text()));
        QCOMPARE(changed.summary.updated(), 1);
        stored = activities();
        QCOMPARE(
            stored.value(QStringLiteral("Payroll")).extraFields,
            (QList<Domain::ExtraField>{extra("Archiefcode", "Finance"),
                                       {QStringLiteral("ico"), QStringLiteral("Opmerking"), QStringLiteral("kept")},
                                       {QStringLiteral("ico"), QStringLiteral("Categorieën"), QStringLiteral("new")}}));
        QCOMPARE(stored.value(QStringLiteral("Newsletter")).extraFields,
                 QList<Domain::ExtraField>{extra("Archiefcode", "Marketing")});

        // A column the person leaves out in the import's plan is not kept.
        const QList<RawTable> planned = readCsv(csv({QStringLiteral("Name;Purpose;Archiefcode;Interne code"),
                                                     QStringLiteral("Newsletter;Sending news;Sales;ignore me")}),
                                                QStringLiteral("activities.csv"));
        Tabular::Plan plan = Tabular::plan(planned.at(0), Layout::Custodian);
        QCOMPARE(plan.listKey, QStringLiteral("activity"));
        QCOMPARE(plan.columns.at(3), QString());
        plan.columns[3] = Tabular::leftOut();
        Tabular::ImportOptions options;
        options.plans.insert(Tabular::planKey(planned.at(0)), plan);
        Outcome leftOut;
        leftOut.status = Tabular::import(target.database(), planned, options, &leftOut.findings, &leftOut.summary);
        QVERIFY2(leftOut.status.isOk(), qPrintable(leftOut.text()));
        QCOMPARE(activities().value(QStringLiteral("Newsletter")).extraFields,
                 QList<Domain::ExtraField>{extra("Archiefcode", "Sales")});
    }

    // The ICO template's columns are 25; a spreadsheet with more keeps the others on its activities,
    // and the ICO export writes them back after the template's, so the file goes round unchanged.
    void icoColumnsOutsideTheTemplateAreKept()
    {
        TestRegister target;
        QVERIFY(target.ok());
        const QList<RawTable> tables =
            readCsv(csv({QStringLiteral("Business function,Purpose of processing,Categories of individuals,"
                                        "Article 6 lawful basis for processing personal data,Cost centre,Reviewer"),
                         QStringLiteral("HR,Payroll,Employees,Legal obligation,4711,Anna"),
                         QStringLiteral("Marketing,Newsletter,Customers,Consent,4800,Bram")}),
                    QStringLiteral("ico.csv"));
        const Outcome outcome = importTables(target.database(), tables, Layout::Ico);
        QVERIFY2(outcome.status.isOk() && !Exchange::hasErrors(outcome.findings), qPrintable(outcome.text()));
        QVERIFY2(outcome.find(Severity::Info, 1, QStringLiteral("Cost centre")), qPrintable(outcome.text()));
        const auto payroll = [&target] {
            QList<Domain::ProcessingActivity> stored;
            if (!Register::ActivityService(target.database()).list(&stored))
                return Domain::ProcessingActivity();
            for (const Domain::ProcessingActivity &activity : std::as_const(stored)) {
                if (activity.name == QLatin1String("Payroll"))
                    return activity;
            }
            return Domain::ProcessingActivity();
        };
        const QList<Domain::ExtraField> expected{
            {QStringLiteral("ico"), QStringLiteral("Cost centre"), QStringLiteral("4711")},
            {QStringLiteral("ico"), QStringLiteral("Reviewer"), QStringLiteral("Anna")}};
        QCOMPARE(payroll().extraFields, expected);

        const QList<Table> exported = exportTables(target.database(), Layout::Ico);
        QCOMPARE(exported.size(), 1);
        const Table &ico = exported.at(0);
        QCOMPARE(ico.columns.size(), 27);
        QCOMPARE(ico.columns.at(25).header, QStringLiteral("Cost centre"));
        QCOMPARE(ico.columns.at(26).header, QStringLiteral("Reviewer"));
        // The file as exported, read back: nothing changes.
        RawTable raw{QStringLiteral("ico.csv"), QStringLiteral("ico"), {}, {}, {}};
        for (const Exchange::TableColumn &column : ico.columns)
            raw.headers << column.header;
        for (qsizetype r = 0; r < ico.rows.size(); ++r) {
            raw.rows << ico.rows.at(r);
            raw.rowNumbers << int(r + 2);
        }
        const Outcome again = importTables(target.database(), {raw}, Layout::Ico);
        QVERIFY2(again.status.isOk(), qPrintable(again.text()));
        QCOMPARE(again.summary.created(), 0);
        QCOMPARE(payroll().extraFields, expected);
    }
};

QTEST_GUILESS_MAIN(TestTabular)
#include "tst_tabular.moc"
