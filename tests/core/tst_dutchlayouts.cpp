// The Dutch register layouts (docs/design/dutch-ecosystem.md §8–9, §12–16): a Dutch
// municipality's workbook comes in with the findings a privacy officer needs, goes out with Dutch
// headers under a hidden row of keys, and comes back changing nothing; a cell summing up a list the
// register holds richer (a transfer's TIA, a category's national ground) changes nothing when it
// comes back as it went out, and only what a person edited when it does not. Runs on the SQLCipher
// file and PostgreSQL.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "DocumentLanguage.h"
#include "ImportTestSupport.h"
#include "RegisterTestSupport.h"
#include "exchange/DutchVocabulary.h"
#include "exchange/ExportFile.h"
#include "exchange/Tabular.h"
#include "exchange/Xlsx.h"
#include "exchange/Zip.h"
#include "register/DemoRegister.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using Exchange::ImportFinding;
using Exchange::Layout;
using Exchange::RawTable;
using Exchange::Table;
using Exchange::Tabular;
using ImportTest::Outcome;
using RegisterTest::TestRegister;
using Severity = Domain::Finding::Severity;

namespace {

const QString SampleDir = QStringLiteral(CUSTODIAN_TEST_DATA_DIR "/dutch/nl-workbook");

Outcome importPath(Storage::Store &store, const QString &path, bool dryRun = false)
{
    Outcome outcome;
    QList<RawTable> tables;
    if (!Tabular::readPath(path, QChar(), &tables, &outcome.findings)) {
        outcome.status = Status::error(Status::Code::InvalidInput, QStringLiteral("not read"));
        return outcome;
    }
    Tabular::ImportOptions options;
    options.layout = Layout::NlWorkbook;
    options.dryRun = dryRun;
    outcome.status = Tabular::import(store, tables, options, &outcome.findings, &outcome.summary);
    return outcome;
}

Status exportTo(Storage::Store &store, const QString &path, Exchange::ExportRequest::Format format)
{
    Exchange::ExportRequest request;
    request.format = format;
    request.layout = Layout::NlWorkbook;
    request.language = QStringLiteral("nl");
    request.path = path;
    Storage::HistoryHead state;
    QStringList warnings;
    return Exchange::ExportFile::write(store, request, &state, &warnings);
}

qint64 historyCount(Storage::Store &store)
{
    Storage::HistoryHead head;
    if (!Storage::HistoryChain::readHead(store.connection(), &head))
        return -1;
    return head.count;
}

QList<Domain::ProcessingActivity> activities(Storage::Store &store)
{
    QList<Domain::ProcessingActivity> list;
    if (!Register::ActivityService(store).list(&list))
        qWarning() << "activities not read";
    return list;
}

// (A pointer into `list`: keep the list, not a temporary, while it is used.)
const Domain::ProcessingActivity *byName(const QList<Domain::ProcessingActivity> &list, const QString &name)
{
    for (const Domain::ProcessingActivity &activity : list) {
        if (activity.name == name)
            return &activity;
    }
    return nullptr;
}

QString extra(const Domain::ProcessingActivity &activity, const QString &name)
{
    for (const Domain::ExtraField &field : activity.extraFields) {
        if (field.name == name)
            return field.value;
    }
    return QStringLiteral("<none>");
}

bool hasFinding(const Outcome &outcome, Severity severity, const QString &column, const QString &containing)
{
    for (const ImportFinding &finding : outcome.findings) {
        if (finding.severity == severity && finding.column == column && finding.message.contains(containing))
            return true;
    }
    return false;
}

// The errors and warnings of an import, for a failing check.
QString problems(const Outcome &outcome)
{
    QStringList lines;
    for (const ImportFinding &finding : outcome.findings) {
        if (finding.severity != Severity::Info)
            lines << finding.text();
    }
    return lines.join(u'\n');
}

// A CSV file of one sheet, headers first, cells joined by ';' (none holds one).
QByteArray csv(const QStringList &headers, const QList<QStringList> &rows)
{
    QByteArray data = headers.join(u';').toUtf8() + "\r\n";
    for (const QStringList &row : rows)
        data += row.join(u';').toUtf8() + "\r\n";
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The raw sheets an export gives, as a reader would give them (cells as text), for editing in a test.
QList<RawTable> rawSheets(const QList<Table> &tables)
{
    QList<RawTable> raw;
    for (const Table &table : tables) {
        RawTable sheet{QStringLiteral("register.xlsx"), table.title, {}, {}, {}};
        for (const Exchange::TableColumn &column : table.columns)
            sheet.headers << column.header;
        int number = 2;
        for (const QVariantList &row : table.rows) {
            QVariantList cells;
            for (const QVariant &cell : row)
                cells << QVariant(Tabular::cellText(cell));
            sheet.rows << cells;
            sheet.rowNumbers << number++;
        }
        raw << sheet;
    }
    return raw;
}

QList<Table> nlTables(Storage::Store &store)
{
    QList<Table> tables;
    Storage::HistoryHead head;
    if (!Tabular::exportTables(store, Layout::NlWorkbook, DocumentLanguage(QStringLiteral("nl")), &tables, &head))
        qWarning() << "not exported";
    return tables;
}

Outcome importRaw(Storage::Store &store, const QList<RawTable> &raw)
{
    Outcome outcome;
    Tabular::ImportOptions options;
    options.layout = Layout::NlWorkbook;
    outcome.status = Tabular::import(store, raw, options, &outcome.findings, &outcome.summary);
    return outcome;
}

// The cell of a sheet's row for an item (by its ID) in a column (by its header).
QVariant *cellOf(QList<RawTable> &raw, const QString &sheet, const QString &uuid, const QString &header)
{
    for (RawTable &table : raw) {
        if (table.sheet != sheet)
            continue;
        const qsizetype column = table.headers.indexOf(header);
        for (QVariantList &row : table.rows) {
            if (column >= 0 && Tabular::cellText(row.value(0)) == uuid)
                return &row[column];
        }
    }
    return nullptr;
}
} // namespace

class TestDutchLayouts : public QObject
{
    Q_OBJECT

private slots:
    void vocabulary();
    void nlWorkbookSampleImports();
    void nlWorkbookRoundTrip_data();
    void nlWorkbookRoundTrip();
    void keyRowIsHiddenAndOptional();
    void extraColumnsSurvive();
    void lossyCellsDoNotOverwrite();
    void editedCellsAreRead();
    void badCellsChangeNothing();
    void requestsSheetHoldsNoRequester();
    void takenNumberGetsTheNext();
    void absentColumnsKeepWhatTheyHold();
    void twoTransfersToOneCountryKeepTheirRecords();
    void aValueWithASemicolonStaysOneValue();
    void anOlderWorkbookIsSaid();
    void aColumnAddedAfterTheKeyedOnesIsKept();
    void commandLine();
};

void TestDutchLayouts::vocabulary()
{
    namespace Words = Exchange::DutchVocabulary;
    QCOMPARE(Words::lawfulBasis(QStringLiteral("6.1.e")), QStringLiteral("e"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("art. 6.1 (e) AVG")), QStringLiteral("e"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("artikel 6 lid 1 onder c")), QStringLiteral("c"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("Publieke taak")), QStringLiteral("e"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("Taak van algemeen belang")), QStringLiteral("e"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("Wettelijke verplichting")), QStringLiteral("c"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("Toestemming (art. 6 lid 1 onder a AVG)")), QStringLiteral("a"));
    QCOMPARE(Words::lawfulBasis(QStringLiteral("Art. 6(1)(f)")), QStringLiteral("f"));
    QVERIFY(Words::lawfulBasis(QStringLiteral("Artikel 16")).isEmpty());
    QCOMPARE(Words::split(QStringLiteral("Inwoners | Medewerkers")),
             (QStringList{QStringLiteral("Inwoners"), QStringLiteral("Medewerkers")}));
    QCOMPARE(Words::split(QStringLiteral("Inwoners\nMedewerkers")),
             (QStringList{QStringLiteral("Inwoners"), QStringLiteral("Medewerkers")}));
    QCOMPARE(Words::split(QStringLiteral("Inwoners; Medewerkers")),
             (QStringList{QStringLiteral("Inwoners"), QStringLiteral("Medewerkers")}));
    QCOMPARE(Words::yesNo(QStringLiteral("Ja")), std::optional<bool>(true));
    QCOMPARE(Words::yesNo(QStringLiteral("onwaar")), std::optional<bool>(false));
    QVERIFY(!Words::yesNo(QStringLiteral("misschien")));
    QCOMPARE(Words::date(QStringLiteral("1-3-2026")), QDate(2026, 3, 1));
    QCOMPARE(Words::date(QStringLiteral("01-03-2026 14:30")), QDate(2026, 3, 1));
    QCOMPARE(Words::date(QStringLiteral("2026-03-01")), QDate(2026, 3, 1));
    QCOMPARE(Words::activityStatus(QStringLiteral("Vastgesteld")), QStringLiteral("approved"));
    QCOMPARE(Words::activityStatus(QStringLiteral("In beoordeling")), QStringLiteral("in_review"));
    QCOMPARE(Words::activityStatus(QStringLiteral("Beeindigd")), QStringLiteral("retired"));
    QCOMPARE(Words::retentionBasis(QStringLiteral("Eigen beleid")), QStringLiteral("policy"));
    QCOMPARE(Words::retentionBasis(QStringLiteral("Wet")), QStringLiteral("statute"));
}

void TestDutchLayouts::nlWorkbookSampleImports()
{
    TestRegister target;
    QVERIFY(target.ok());
    const Outcome outcome = importPath(target.database(), SampleDir);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QVERIFY2(outcome.summary.applied, qPrintable(outcome.text()));

    // The organisation's sheet.
    Domain::Organisation organisation;
    QVERIFY_OK(Register::OrganisationService(target.database()).load(&organisation));
    QCOMPARE(organisation.name, QStringLiteral("Gemeente Voorbeeld"));
    QCOMPARE(organisation.oin, QStringLiteral("00000001001234567000"));
    QCOMPARE(organisation.registrationNumber, QStringLiteral("12345678"));
    QCOMPARE(organisation.rsin, QStringLiteral("001234567"));
    QCOMPARE(organisation.streetAddress, QStringLiteral("Raadhuisplein 1"));
    QCOMPARE(organisation.postalCode, QStringLiteral("1234 AB"));
    QCOMPARE(organisation.city, QStringLiteral("Voorbeeld"));
    QCOMPARE(organisation.country, QStringLiteral("NL"));
    QCOMPARE(organisation.dpoName, QStringLiteral("M. de Vries"));
    QCOMPARE(organisation.dpoEmail, QStringLiteral("fg@voorbeeld.nl"));
    QCOMPARE(organisation.activityUriBase, QStringLiteral("https://register.voorbeeld.nl/verwerkingen"));

    // The rules' sheet, and the rule an activity names that the sheet lacks.
    QList<Domain::RetentionRule> rules;
    QVERIFY_OK(Register::RetentionRuleService(target.database()).list(&rules));
    QHash<QString, Domain::RetentionRule> ruleByName;
    for (const Domain::RetentionRule &rule : std::as_const(rules))
        ruleByName.insert(rule.name, rule);
    for (const char *name :
         {"BRP-dossiers", "Bezwaarschriften", "Sollicitaties niet aangenomen", "Camerabeelden", "Parkeerdossiers"})
        QVERIFY2(ruleByName.contains(QLatin1String(name)), name);
    const Domain::RetentionRule brp = ruleByName.value(QStringLiteral("BRP-dossiers"));
    QCOMPARE(brp.periodCount, 20);
    QCOMPARE(brp.periodUnit, QStringLiteral("years"));
    QCOMPARE(brp.trigger, QStringLiteral("na overlijden"));
    QCOMPARE(brp.selectionList, QStringLiteral("Selectielijst gemeenten en intergemeentelijke organen 2020"));
    QCOMPARE(brp.selectionListCategory, QStringLiteral("1.1.2"));
    QCOMPARE(brp.lastTestedOn, QDate(2026, 3, 1));
    QCOMPARE(ruleByName.value(QStringLiteral("Bezwaarschriften")).lastTestedOn, QDate(2026, 3, 1)); // 1-3-2026
    const Domain::RetentionRule hiring = ruleByName.value(QStringLiteral("Sollicitaties niet aangenomen"));
    QCOMPARE(hiring.basisType, QStringLiteral("policy"));
    QCOMPARE(hiring.periodCount, 4);
    QCOMPARE(hiring.periodUnit, QStringLiteral("weeks"));
    QCOMPARE(ruleByName.value(QStringLiteral("Camerabeelden")).basisType, QStringLiteral("statute"));
    const Domain::RetentionRule parking = ruleByName.value(QStringLiteral("Parkeerdossiers"));
    QCOMPARE(parking.periodCount, 2);
    QCOMPARE(parking.periodUnit, QStringLiteral("years"));
    QCOMPARE(parking.trigger, QStringLiteral("na einde vergunning"));
    QCOMPARE(parking.basisType, QStringLiteral("policy"));
    QCOMPARE(parking.legalSource, QStringLiteral("parkeerbeleid"));
    QVERIFY2(hasFinding(outcome, Severity::Info, QStringLiteral("Bewaartermijn (omschrijving)"),
                        QStringLiteral("Parkeerdossiers")),
             qPrintable(outcome.text()));

    // The activities.
    const QList<Domain::ProcessingActivity> list = activities(target.database());
    QCOMPARE(list.size(), 8);
    const Domain::ProcessingActivity *brpActivity = byName(list, QStringLiteral("BRP-bijhouding"));
    QVERIFY(brpActivity);
    QCOMPARE(brpActivity->number, QStringLiteral("VA-0001"));
    QCOMPARE(brpActivity->status, QStringLiteral("approved"));
    QCOMPARE(brpActivity->lawfulBases, QStringList{QStringLiteral("c")});
    QCOMPARE(brpActivity->category, QStringLiteral("Burgerzaken"));
    QCOMPARE(brpActivity->confidentiality, QStringLiteral("confidential"));
    QCOMPARE(brpActivity->logRetentionCount, 1);
    QCOMPARE(brpActivity->logRetentionUnit, QStringLiteral("years"));
    QVERIFY(brpActivity->bsn);
    QCOMPARE(brpActivity->bsnGround, QStringLiteral("art. 10 Wet BRP"));
    QCOMPARE(brpActivity->subjectCategories,
             (QStringList{QStringLiteral("Inwoners"), QStringLiteral("Niet-ingezetenen")}));
    QCOMPARE(brpActivity->dataCategories.size(), 4);
    for (const Domain::DataCategory &category : brpActivity->dataCategories)
        QCOMPARE(category.retentionRuleUuid, brp.uuid);
    QCOMPARE(brpActivity->nextReview, QDate(2027, 1, 15));
    QCOMPARE(brpActivity->controllerBodyUuids.size(), 1);
    // The columns of the reference no field takes, and the file's own, are kept.
    QCOMPARE(extra(*brpActivity, QStringLiteral("Taak")), QStringLiteral("Bijhouden van de basisregistratie personen"));
    QCOMPARE(extra(*brpActivity, QStringLiteral("Interne code")), QStringLiteral("BZ-01"));
    // The version columns are the register's to make: said once, not read.
    QVERIFY2(hasFinding(outcome, Severity::Info, QStringLiteral("Versie"), QStringLiteral("not read")),
             qPrintable(outcome.text()));

    const Domain::ProcessingActivity *objections = byName(list, QStringLiteral("Bezwaarschriften behandelen"));
    QVERIFY(objections);
    QCOMPARE(objections->lawfulBases, QStringList{QStringLiteral("e")}); // "6.1.e"
    QVERIFY(!objections->bsn && !objections->criminalData);

    const Domain::ProcessingActivity *hiringActivity = byName(list, QStringLiteral("Werving en selectie"));
    QVERIFY(hiringActivity);
    QCOMPARE(hiringActivity->status, QStringLiteral("in_review"));
    QCOMPARE(hiringActivity->lawfulBases, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(hiringActivity->transfers.size(), 1);
    QCOMPARE(hiringActivity->transfers.first().country, QStringLiteral("US"));
    QCOMPARE(hiringActivity->transfers.first().mechanism, QStringLiteral("scc"));
    bool processor = false;
    for (const Domain::Recipient &recipient : hiringActivity->recipients)
        processor = processor || (recipient.kind == QLatin1String("processor") &&
                                  recipient.description == QLatin1String("Voorbeeld Cloud B.V."));
    QVERIFY(processor);
    QVERIFY2(hasFinding(outcome, Severity::Info, QStringLiteral("Verwerkers (overeenkomsten)"),
                        QStringLiteral("Voorbeeld Cloud B.V.")),
             qPrintable(outcome.text()));

    const Domain::ProcessingActivity *camera = byName(list, QStringLiteral("Cameratoezicht openbare ruimte"));
    QVERIFY(camera);
    QCOMPARE(camera->lawfulBases, QStringList{QStringLiteral("e")}); // "Taak van algemeen belang"
    QCOMPARE(camera->jointControllers.size(), 1);
    QVERIFY(!camera->jointControllers.first().essence.isEmpty());
    QCOMPARE(camera->nextReview, QDate(2027, 1, 15)); // 15-1-2027

    const Domain::ProcessingActivity *parkingActivity = byName(list, QStringLiteral("Parkeervergunningen"));
    QVERIFY(parkingActivity);
    QVERIFY(parkingActivity->automatedDecisions);
    QVERIFY(!parkingActivity->automatedLogic.isEmpty());
    QVERIFY(!parkingActivity->automatedConsequences.isEmpty());
    QCOMPARE(parkingActivity->dpiaStatus, QStringLiteral("in_progress"));

    const Domain::ProcessingActivity *care = byName(list, QStringLiteral("Wmo-maatwerkvoorzieningen"));
    QVERIFY(care);
    bool health = false;
    for (const Domain::DataCategory &category : care->dataCategories) {
        if (category.specialCategory == QLatin1String("health")) {
            health = true;
            QCOMPARE(category.art9Exception, QStringLiteral("h"));
            QCOMPARE(category.nationalGround, QStringLiteral("art. 30 UAVG"));
        }
    }
    QVERIFY(health);
    QCOMPARE(care->dpiaStatus, QStringLiteral("completed"));
    QCOMPARE(care->dpiaCompletedOn, QDate(2025, 11, 14));
    QCOMPARE(care->dpiaReference, QStringLiteral("DPIA-2025-03"));

    // The row without a number gets the next free one; the retired activity stays retired.
    const Domain::ProcessingActivity *complaints = byName(list, QStringLiteral("Klachtbehandeling"));
    QVERIFY(complaints);
    QVERIFY(complaints->number.startsWith(QLatin1String("VA-")));
    QCOMPARE(complaints->controllerBodyUuids.size(), 2);
    // Bodies the register lacked are the organisation's own administrative bodies.
    QList<Domain::Party> parties;
    QVERIFY_OK(Register::PartyService(target.database()).list(&parties));
    bool council = false;
    for (const Domain::Party &party : std::as_const(parties))
        council = council || (party.name == QLatin1String("Gemeenteraad") && party.ownBody);
    QVERIFY(council);
    QCOMPARE(byName(list, QStringLiteral("Nieuwsbrief"))->status, QStringLiteral("retired"));

    // Measures the register lacks: said, and kept on the activity.
    QVERIFY2(hasFinding(outcome, Severity::Warning, QStringLiteral("Technische en organisatorische maatregelen"),
                        QStringLiteral("Versleuteling")),
             qPrintable(outcome.text()));
    QCOMPARE(extra(*brpActivity, QStringLiteral("Technische en organisatorische maatregelen")),
             QStringLiteral("Toegangsbeheer | Logging | Versleuteling"));

    // The agreements: the relation, the model, the parent of a sub-processing agreement, a row of
    // controllers' arrangements imported as a draft, the file's own column kept.
    QList<Domain::Agreement> agreements;
    QVERIFY_OK(Register::AgreementService(target.database()).list(&agreements));
    QCOMPARE(agreements.size(), 3);
    QHash<QString, Domain::Agreement> agreementByTitle;
    for (const Domain::Agreement &agreement : std::as_const(agreements))
        agreementByTitle.insert(agreement.title, agreement);
    const Domain::Agreement cloud = agreementByTitle.value(QStringLiteral("Verwerkersovereenkomst Voorbeeld Cloud"));
    QCOMPARE(cloud.kind, QStringLiteral("processing"));
    QCOMPARE(cloud.model, QStringLiteral("standard_vwo_municipalities"));
    QCOMPARE(cloud.modelVersion, QStringLiteral("2.0"));
    QCOMPARE(cloud.effectiveOn, QDate(2024, 4, 1)); // 1-4-2024
    QCOMPARE(cloud.expiresOn, QDate(2028, 3, 31));
    QCOMPARE(cloud.objectionWindowDays, 30);
    QCOMPARE(cloud.breachNoticeHours, 24);
    QCOMPARE(cloud.endOfContract, QStringLiteral("deleted"));
    QCOMPARE(cloud.status, QStringLiteral("active"));
    QVERIFY(!cloud.processorUuid.isEmpty());
    bool manager = false;
    for (const Domain::ExtraField &field : cloud.extraFields)
        manager =
            manager || (field.name == QLatin1String("Contractbeheerder") && field.value == QLatin1String("Inkoop"));
    QVERIFY(manager);
    const Domain::Agreement hosting = agreementByTitle.value(QStringLiteral("Subverwerkersovereenkomst hosting"));
    QCOMPARE(hosting.kind, QStringLiteral("sub_processing"));
    QCOMPARE(hosting.parentUuid, cloud.uuid);
    const Domain::Agreement joint = agreementByTitle.value(QStringLiteral("Samenwerkingsafspraken Veiligheidsregio"));
    QCOMPARE(joint.status, QStringLiteral("draft"));
    QVERIFY2(hasFinding(outcome, Severity::Info, QStringLiteral("Type relatie"), QStringLiteral("processor relation")),
             qPrintable(outcome.text()));

    // The processor's own register (Art. 30(2)).
    QList<Domain::ProcessorActivity> processing;
    QVERIFY_OK(Register::ProcessorActivityService(target.database()).list(&processing));
    QCOMPARE(processing.size(), 2);
    const Domain::ProcessorActivity *payroll = nullptr;
    for (const Domain::ProcessorActivity &activity : std::as_const(processing)) {
        if (activity.name == QLatin1String("Salarisadministratie voor Werkvoorzieningsschap"))
            payroll = &activity;
    }
    QVERIFY(payroll);
    QCOMPARE(payroll->controllerUuids.size(), 2);
    QCOMPARE(payroll->agreementUuids, QStringList{cloud.uuid});
    QVERIFY(payroll->specialCategories && payroll->bsn && !payroll->criminalData);
    QCOMPARE(payroll->transfers.size(), 1);
    QCOMPARE(payroll->transfers.first().country, QStringLiteral("US"));
    QCOMPARE(payroll->status, QStringLiteral("draft"));
    QCOMPARE(payroll->nextReview, QDate(2027, 9, 15));

    // The breach register: one notified late with its reasons, one with a range of records, one
    // without a number (it gets the next), the processor a breach involved.
    QList<Domain::Breach> breaches;
    QVERIFY_OK(Register::BreachService(target.database()).list(&breaches));
    QCOMPARE(breaches.size(), 3);
    QHash<QString, Domain::Breach> breachByTitle;
    for (const Domain::Breach &breach : std::as_const(breaches))
        breachByTitle.insert(breach.title, breach);
    const Domain::Breach letter = breachByTitle.value(QStringLiteral("Wmo-beschikking naar verkeerd adres"));
    QVERIFY(letter.number.startsWith(QLatin1String("B-2026-")));
    QCOMPARE(letter.notifyAp, QStringLiteral("yes"));
    QCOMPARE(letter.apPhase, QStringLiteral("initial"));
    QCOMPARE(letter.awareAt, QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toUTC()); // 2-3-2026 09:00
    QCOMPARE(letter.incidentType, QStringLiteral("misaddressed_mail"));
    QCOMPARE(letter.riskLevel, QStringLiteral("high"));
    QCOMPARE(letter.apReference, QStringLiteral("M-2026-01234"));
    QVERIFY(!letter.delayReasons.isEmpty());
    QCOMPARE(letter.reporterName, QStringLiteral("A. Bakker"));
    QCOMPARE(letter.reporterFunction, QStringLiteral("Privacy officer"));
    QCOMPARE(letter.reporterEmail, QStringLiteral("privacy@voorbeeld.nl"));
    QCOMPARE(letter.specialCategories, QStringList{QStringLiteral("health")});
    QCOMPARE(letter.informSubjects, QStringLiteral("yes"));
    QCOMPARE(letter.informMedia, QStringList{QStringLiteral("letter")});
    QCOMPARE(letter.activities.size(), 1);
    QCOMPARE(letter.status, QStringLiteral("closed"));
    const Domain::Breach phishing = breachByTitle.value(QStringLiteral("Phishingmail bij Belastingen"));
    QCOMPARE(phishing.recordsMin, 100);
    QCOMPARE(phishing.recordsMax, 250);
    QCOMPARE(phishing.cia, (QStringList{QStringLiteral("confidentiality"), QStringLiteral("integrity")}));
    QVERIFY(phishing.ongoing);
    const Domain::Breach stick = breachByTitle.value(QStringLiteral("Verloren usb-stick sollicitaties"));
    QVERIFY(stick.number.startsWith(QLatin1String("B-2026-")));
    QVERIFY(!stick.involvedPartyUuid.isEmpty());
    QCOMPARE(stick.involvedPartyUuid, cloud.processorUuid);

    // The requests: rights as articles or words, a representative with a power of attorney, an
    // extension, an Awb decision with its objection.
    QList<Domain::RequestCase> requests;
    QVERIFY_OK(Register::RequestService(target.database()).list(&requests));
    QCOMPARE(requests.size(), 4);
    QHash<QString, Domain::RequestCase> requestByNumber;
    for (const Domain::RequestCase &request : std::as_const(requests))
        requestByNumber.insert(request.number, request);
    const Domain::RequestCase access = requestByNumber.value(QStringLiteral("R-2026-0001"));
    QCOMPARE(access.rights.size(), 1);
    QCOMPARE(access.rights.first().right, QStringLiteral("access")); // "15 inzage"
    QVERIFY(access.awbDecision);
    QVERIFY(!access.decidingBodyUuid.isEmpty());
    QCOMPARE(access.objectionReceivedOn, QDate(2026, 3, 10));
    QCOMPARE(access.objectionOutcome, QStringLiteral("rejected"));
    QVERIFY(access.requesterName.isEmpty());
    const Domain::RequestCase erasure = requestByNumber.value(QStringLiteral("R-2026-0002"));
    QCOMPARE(erasure.receivedOn, QDate(2026, 2, 12)); // 12-2-2026
    QCOMPARE(erasure.rights.size(), 2);
    QCOMPARE(erasure.rights.at(0).right, QStringLiteral("erasure"));   // "art. 17"
    QCOMPARE(erasure.rights.at(1).right, QStringLiteral("objection")); // "21"
    QCOMPARE(erasure.requesterRole, QStringLiteral("representative"));
    QCOMPARE(erasure.mandate, QStringLiteral("power_of_attorney"));
    QVERIFY(erasure.extended);
    QCOMPARE(erasure.extensionReason, QStringLiteral("complexity"));
    bool withdrawal = false;
    for (const Domain::RequestCase &request : std::as_const(requests))
        withdrawal = withdrawal ||
                     (!request.rights.isEmpty() && request.rights.first().right == QLatin1String("withdraw_consent"));
    QVERIFY(withdrawal);

    // Imported again, the same workbook changes nothing.
    const qint64 before = historyCount(target.database());
    const Outcome again = importPath(target.database(), SampleDir);
    QVERIFY2(again.status, qPrintable(again.text()));
    QCOMPARE(again.summary.created(), 0);
    QCOMPARE(again.summary.updated(), 0);
    QCOMPARE(historyCount(target.database()), before);
}

void TestDutchLayouts::nlWorkbookRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");
    QTest::newRow("xlsx") << QStringLiteral("register.xlsx") << int(Exchange::ExportRequest::Format::Xlsx);
    QTest::newRow("csv in a zip") << QStringLiteral("register.zip") << int(Exchange::ExportRequest::Format::Csv);
    QTest::newRow("csv folder") << QStringLiteral("lists") << int(Exchange::ExportRequest::Format::Csv);
}

void TestDutchLayouts::nlWorkbookRoundTrip()
{
    QFETCH(QString, fileName);
    QFETCH(int, format);
    TestRegister demo;
    QVERIFY(demo.ok());
    QVERIFY_OK(Register::DemoRegister::write(demo.database()));
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QVERIFY_OK(exportTo(demo.database(), path, Exchange::ExportRequest::Format(format)));
    const qint64 before = historyCount(demo.database());
    const Outcome outcome = importPath(demo.database(), path);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    if (outcome.summary.updated() != 0)
        qWarning().noquote() << outcome.text();
    QCOMPARE(outcome.summary.created(), 0);
    QCOMPARE(outcome.summary.updated(), 0);
    QCOMPARE(historyCount(demo.database()), before);
    for (const ImportFinding &finding : outcome.findings)
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.text()));

    // Into an empty register, the workbook makes the activities, the rules and the organisation.
    TestRegister empty;
    QVERIFY(empty.ok());
    const Outcome fresh = importPath(empty.database(), path);
    QVERIFY2(fresh.status, qPrintable(problems(fresh)));
    const QList<Domain::ProcessingActivity> original = activities(demo.database());
    const QList<Domain::ProcessingActivity> copied = activities(empty.database());
    QCOMPARE(copied.size(), original.size());
    for (const Domain::ProcessingActivity &activity : original) {
        const Domain::ProcessingActivity *copy = byName(copied, activity.name);
        QVERIFY2(copy, qPrintable(activity.name));
        QCOMPARE(copy->uuid, activity.uuid);
        QCOMPARE(copy->number, activity.number);
        QCOMPARE(copy->lawfulBases, activity.lawfulBases);
        QCOMPARE(copy->purpose, activity.purpose);
        QCOMPARE(copy->dataCategories.size(), activity.dataCategories.size());
        QCOMPARE(copy->transfers.size(), activity.transfers.size());
        QCOMPARE(copy->nextReview, activity.nextReview);
    }
    QList<Domain::Agreement> agreementsBefore, agreementsAfter;
    QVERIFY_OK(Register::AgreementService(demo.database()).list(&agreementsBefore));
    QVERIFY_OK(Register::AgreementService(empty.database()).list(&agreementsAfter));
    QCOMPARE(agreementsAfter.size(), agreementsBefore.size());
    QList<Domain::ProcessorActivity> processorBefore, processorAfter;
    QVERIFY_OK(Register::ProcessorActivityService(demo.database()).list(&processorBefore));
    QVERIFY_OK(Register::ProcessorActivityService(empty.database()).list(&processorAfter));
    QCOMPARE(processorAfter.size(), processorBefore.size());
    QList<Domain::Breach> breachesBefore, breachesAfter;
    QVERIFY_OK(Register::BreachService(demo.database()).list(&breachesBefore));
    QVERIFY_OK(Register::BreachService(empty.database()).list(&breachesAfter));
    QCOMPARE(breachesAfter.size(), breachesBefore.size());
    QList<Domain::RequestCase> requestsBefore, requestsAfter;
    QVERIFY_OK(Register::RequestService(demo.database()).list(&requestsBefore));
    QVERIFY_OK(Register::RequestService(empty.database()).list(&requestsAfter));
    QCOMPARE(requestsAfter.size(), requestsBefore.size());
    for (const Domain::RequestCase &request : std::as_const(requestsAfter))
        QVERIFY2(request.requesterName.isEmpty(), qPrintable(request.number));
    // And that copy, exported and imported again, is unchanged too.
    const QString second = dir.filePath(QStringLiteral("second-") + fileName);
    QVERIFY_OK(exportTo(empty.database(), second, Exchange::ExportRequest::Format(format)));
    const Outcome back = importPath(empty.database(), second);
    QVERIFY2(back.status, qPrintable(back.text()));
    QCOMPARE(back.summary.updated(), 0);
}

void TestDutchLayouts::keyRowIsHiddenAndOptional()
{
    TestRegister demo;
    QVERIFY(demo.ok());
    QVERIFY_OK(Register::DemoRegister::write(demo.database()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    QVERIFY_OK(exportTo(demo.database(), path, Exchange::ExportRequest::Format::Xlsx));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QList<RawTable> sheets;
    QList<ImportFinding> findings;
    QVERIFY(Exchange::Xlsx::read(data, QStringLiteral("register.xlsx"), &sheets, &findings));
    QStringList names;
    for (const RawTable &sheet : std::as_const(sheets))
        names << sheet.sheet;
    QCOMPARE(names, (QStringList{QStringLiteral("Organisatie"), QStringLiteral("Bewaartermijnen"),
                                 QStringLiteral("Verwerkingen"), QStringLiteral("Verwerkersovereenkomsten"),
                                 QStringLiteral("Verwerkingen als verwerker"), QStringLiteral("Datalekken"),
                                 QStringLiteral("Verzoeken")}));
    const RawTable &activitiesSheet = sheets.at(2);
    QCOMPARE(activitiesSheet.headers.value(0), QStringLiteral("id"));
    QCOMPARE(activitiesSheet.headers.value(5), QStringLiteral("naam"));
    QCOMPARE(Tabular::cellText(activitiesSheet.rows.first().value(5)), QStringLiteral("Naam verwerking"));
    QCOMPARE(activitiesSheet.rowNumbers.first(), 2);
    // The key row is hidden in the sheet's XML.
    Exchange::ZipReader zip(data);
    QByteArray sheetXml;
    QCOMPARE(zip.read(QStringLiteral("xl/worksheets/sheet3.xml"), 1 << 26, &sheetXml), Exchange::ZipReader::Result::Ok);
    QVERIFY2(sheetXml.contains("<row r=\"1\"") && sheetXml.contains("hidden=\"1\""), sheetXml.left(600).constData());

    // A workbook whose key row a person deleted imports by its Dutch headers.
    QList<RawTable> withoutKeys = sheets;
    for (RawTable &sheet : withoutKeys) {
        QStringList headers;
        for (const QVariant &cell : sheet.rows.first())
            headers << Tabular::cellText(cell);
        sheet.headers = headers;
        sheet.rows.removeFirst();
        sheet.rowNumbers.removeFirst();
        for (int &number : sheet.rowNumbers)
            --number;
    }
    const qint64 before = historyCount(demo.database());
    Outcome outcome;
    Tabular::ImportOptions options;
    options.layout = Layout::NlWorkbook;
    outcome.status = Tabular::import(demo.database(), withoutKeys, options, &outcome.findings, &outcome.summary);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QCOMPARE(outcome.summary.updated(), 0);
    QCOMPARE(historyCount(demo.database()), before);
    // Each sheet is recognised by its headers, whatever its name.
    for (const RawTable &sheet : std::as_const(withoutKeys)) {
        RawTable renamed = sheet;
        renamed.sheet = QStringLiteral("Blad1");
        QCOMPARE(Tabular::plan(renamed, Layout::NlWorkbook).listKey, Tabular::plan(sheet, Layout::NlWorkbook).listKey);
        QVERIFY(!Tabular::plan(renamed, Layout::NlWorkbook).listKey.isEmpty());
    }
}

void TestDutchLayouts::extraColumnsSurvive()
{
    TestRegister target;
    QVERIFY(target.ok());
    const Outcome outcome = importPath(target.database(), SampleDir);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QList<Table> tables;
    Storage::HistoryHead head;
    QVERIFY_OK(Tabular::exportTables(target.database(), Layout::NlWorkbook, DocumentLanguage(QStringLiteral("en")),
                                     &tables, &head));
    QCOMPARE(tables.size(), 7);
    const Table &sheet = tables.at(2);
    QCOMPARE(sheet.title, QStringLiteral("Verwerkingen")); // Dutch whatever the language
    QVERIFY(sheet.keyRow);
    auto column = [&sheet](const QString &header) {
        for (qsizetype c = 0; c < sheet.columns.size(); ++c) {
            if (sheet.columns.at(c).header == header)
                return c;
        }
        return qsizetype(-1);
    };
    const qsizetype name = column(QStringLiteral("Naam verwerking"));
    const qsizetype own = column(QStringLiteral("Interne code"));
    const qsizetype task = column(QStringLiteral("Taak"));
    QVERIFY(name >= 0 && own > name && task >= 0);
    QCOMPARE(own, sheet.columns.size() - 1); // the file's own column after the reference's
    bool found = false;
    for (const QVariantList &row : sheet.rows) {
        if (row.value(name).toString() != QLatin1String("BRP-bijhouding"))
            continue;
        found = true;
        QCOMPARE(row.value(own).toString(), QStringLiteral("BZ-01"));
        QCOMPARE(row.value(task).toString(), QStringLiteral("Bijhouden van de basisregistratie personen"));
        QCOMPARE(row.value(column(QStringLiteral("Technische en organisatorische maatregelen"))).toString(),
                 QStringLiteral("Toegangsbeheer | Logging | Versleuteling"));
        QCOMPARE(row.value(column(QStringLiteral("Rechtsgrond (art. 6 lid 1)"))).toString(),
                 DocumentLanguage(QStringLiteral("nl"))
                     .translate("Custodian::Domain::Codes", "Legal obligation (Art. 6(1)(c))"));
    }
    QVERIFY(found);
}

void TestDutchLayouts::lossyCellsDoNotOverwrite()
{
    // The demo's activities hold what a cell does not carry: a transfer's TIA and SCC module.
    TestRegister demo;
    QVERIFY(demo.ok());
    QVERIFY_OK(Register::DemoRegister::write(demo.database()));
    QList<Domain::ProcessingActivity> list = activities(demo.database());
    Domain::ProcessingActivity *withTransfer = nullptr;
    for (Domain::ProcessingActivity &activity : list) {
        if (!activity.transfers.isEmpty() && !withTransfer)
            withTransfer = &activity;
    }
    QVERIFY(withTransfer);
    withTransfer->transfers.first().tiaReference = QStringLiteral("TIA-2026-07");
    withTransfer->transfers.first().sccModule = QStringLiteral("c2p");
    withTransfer->transfers.first().mechanism = QStringLiteral("scc");
    withTransfer->dataCategories.first().nationalGround = QStringLiteral("art. 22 lid 2 onder a UAVG");
    QVERIFY_OK(Register::ActivityService(demo.database()).save(withTransfer));
    const QString uuid = withTransfer->uuid;

    // The sheets as a reader gives them, one activity's remarks edited.
    QList<RawTable> raw = rawSheets(nlTables(demo.database()));
    QVariant *remarks = cellOf(raw, QStringLiteral("Verwerkingen"), uuid, QStringLiteral("Opmerkingen"));
    QVERIFY(remarks);
    *remarks = QStringLiteral("Bijgewerkt na de jaarlijkse review.");
    const Outcome outcome = importRaw(demo.database(), raw);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QCOMPARE(outcome.summary.created(), 0);
    QCOMPARE(outcome.summary.updated(), 1);
    Domain::ProcessingActivity stored;
    QVERIFY_OK(Register::ActivityService(demo.database()).load(uuid, &stored));
    QCOMPARE(stored.description, QStringLiteral("Bijgewerkt na de jaarlijkse review."));
    QCOMPARE(stored.transfers.first().tiaReference, QStringLiteral("TIA-2026-07"));
    QCOMPARE(stored.transfers.first().sccModule, QStringLiteral("c2p"));
    QCOMPARE(stored.dataCategories.first().nationalGround, QStringLiteral("art. 22 lid 2 onder a UAVG"));
    QCOMPARE(stored.transfers, withTransfer->transfers);
    QCOMPARE(stored.recipients, withTransfer->recipients);
}

void TestDutchLayouts::editedCellsAreRead()
{
    // An edited summary cell is read over the item, keeping what its records hold beyond it.
    TestRegister target;
    QVERIFY(target.ok());
    QVERIFY2(importPath(target.database(), SampleDir).status, "sample");
    const Domain::ProcessingActivity before =
        *byName(activities(target.database()), QStringLiteral("Werving en selectie"));
    Domain::ProcessingActivity withTia = before;
    withTia.transfers.first().tiaReference = QStringLiteral("TIA-7");
    withTia.transfers.first().safeguards.clear();
    QVERIFY_OK(Register::ActivityService(target.database()).save(&withTia));

    QTemporaryDir dir;
    QVERIFY_OK(
        exportTo(target.database(), dir.filePath(QStringLiteral("lists")), Exchange::ExportRequest::Format::Csv));
    // Edit the CSV: the safeguard of the transfer, and a category added.
    QFile file(dir.filePath(QStringLiteral("lists/Verwerkingen.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(text.contains(QStringLiteral("Standaardcontractbepalingen")) || text.contains(QStringLiteral("art. 46")));
    const QString label = DocumentLanguage(QStringLiteral("nl"))
                              .translate("Custodian::Domain::Codes", "Standard contractual clauses (Art. 46(2)(c))");
    QVERIFY2(text.contains(label), qPrintable(label));
    const QString cell = QStringLiteral("Verenigde Staten: ") + label;
    QVERIFY2(text.contains(QStringLiteral(";") + cell + QStringLiteral(";")), qPrintable(cell));
    text.replace(cell, QStringLiteral("\"%1; aanvullende versleuteling\"").arg(cell));
    QVERIFY(writeFile(file.fileName(), text.toUtf8()));
    const Outcome outcome = importPath(target.database(), dir.filePath(QStringLiteral("lists")));
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QCOMPARE(outcome.summary.updated(), 1);
    const Domain::ProcessingActivity after =
        *byName(activities(target.database()), QStringLiteral("Werving en selectie"));
    QCOMPARE(after.transfers.first().safeguards, QStringLiteral("aanvullende versleuteling"));
    QCOMPARE(after.transfers.first().mechanism, QStringLiteral("scc"));
    QCOMPARE(after.transfers.first().tiaReference, QStringLiteral("TIA-7"));
}

void TestDutchLayouts::badCellsChangeNothing()
{
    TestRegister target;
    QVERIFY(target.ok());
    QTemporaryDir dir;
    const QStringList headers = {QStringLiteral("Naam verwerking"), QStringLiteral("Status"),
                                 QStringLiteral("Rechtsgrond (art. 6 lid 1)"), QStringLiteral("Periodieke review"),
                                 QStringLiteral("Bewaartermijn logging")};
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("Verwerkingen.csv")),
                  csv(headers, {{QStringLiteral("Goed"), QStringLiteral("Concept"), QStringLiteral("6.1.c"),
                                 QStringLiteral("2027-01-01"), QStringLiteral("P1Y")},
                                {QStringLiteral("Fout"), QStringLiteral("Misschien"), QStringLiteral("Wettelijke taak"),
                                 QStringLiteral("31-2-2027"), QStringLiteral("P1Y6M")}})));
    const Outcome outcome = importPath(target.database(), dir.filePath(QStringLiteral("Verwerkingen.csv")));
    QVERIFY(!outcome.status);
    QVERIFY(!outcome.summary.applied);
    QVERIFY2(outcome.has(QStringLiteral("Verwerkingen"), 3, QStringLiteral("Status")), qPrintable(outcome.text()));
    QVERIFY2(outcome.has(QStringLiteral("Verwerkingen"), 3, QStringLiteral("Rechtsgrond (art. 6 lid 1)")),
             qPrintable(outcome.text()));
    QVERIFY2(outcome.has(QStringLiteral("Verwerkingen"), 3, QStringLiteral("Periodieke review")),
             qPrintable(outcome.text()));
    QVERIFY2(outcome.has(QStringLiteral("Verwerkingen"), 3, QStringLiteral("Bewaartermijn logging")),
             qPrintable(outcome.text()));
    QVERIFY(activities(target.database()).isEmpty());
}

void TestDutchLayouts::requestsSheetHoldsNoRequester()
{
    // The workbook is shared more widely than the register: no requester's name or contact in it.
    TestRegister demo;
    QVERIFY(demo.ok());
    QVERIFY_OK(Register::DemoRegister::write(demo.database()));
    Domain::RequestCase request;
    request.receivedOn = QDate(2026, 11, 2);
    request.rights.append({QStringLiteral("access"), QStringLiteral("pending"), QString(), QString()});
    request.requesterName = QStringLiteral("Femke de Vries");
    request.requesterContact = QStringLiteral("femke@example.nl");
    request.representativeName = QStringLiteral("Mr. J. Jansen");
    QVERIFY_OK(Register::RequestService(demo.database()).save(&request));
    QList<Table> tables;
    Storage::HistoryHead head;
    QVERIFY_OK(Tabular::exportTables(demo.database(), Layout::NlWorkbook, DocumentLanguage(QStringLiteral("nl")),
                                     &tables, &head));
    bool found = false;
    for (const Table &table : std::as_const(tables)) {
        for (const QVariantList &row : table.rows) {
            for (const QVariant &cell : row) {
                const QString text = Tabular::cellText(cell);
                QVERIFY2(!text.contains(QLatin1String("Femke")) && !text.contains(QLatin1String("femke@")) &&
                             !text.contains(QLatin1String("Jansen")),
                         qPrintable(table.title + QStringLiteral(": ") + text));
                found = found || text == request.number;
            }
        }
    }
    QVERIFY(found); // the case itself is there, by its number
}

void TestDutchLayouts::takenNumberGetsTheNext()
{
    TestRegister target;
    QVERIFY(target.ok());
    QVERIFY2(importPath(target.database(), SampleDir).status, "sample");
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("Verwerkingen.csv")),
                      csv({QStringLiteral("Nummer"), QStringLiteral("Naam verwerking")},
                          {{QStringLiteral("VA-0001"), QStringLiteral("Evenementenvergunningen")}})));
    const Outcome outcome = importPath(target.database(), dir.filePath(QStringLiteral("Verwerkingen.csv")));
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QVERIFY2(hasFinding(outcome, Severity::Info, QStringLiteral("Nummer"), QStringLiteral("VA-0001")),
             qPrintable(outcome.text()));
    const QList<Domain::ProcessingActivity> list = activities(target.database());
    const Domain::ProcessingActivity *events = byName(list, QStringLiteral("Evenementenvergunningen"));
    QVERIFY(events);
    QVERIFY(events->number != QLatin1String("VA-0001"));
    QVERIFY(events->number.startsWith(QLatin1String("VA-")));
}

void TestDutchLayouts::absentColumnsKeepWhatTheyHold()
{
    // A sheet cut down to a few columns: what the missing ones carry stays as the register has it.
    TestRegister target;
    QVERIFY(target.ok());
    QVERIFY2(importPath(target.database(), SampleDir).status, "sample");
    const Domain::ProcessingActivity care =
        *byName(activities(target.database()), QStringLiteral("Wmo-maatwerkvoorzieningen"));
    QTemporaryDir dir;
    QStringList categories;
    for (const Domain::DataCategory &category : care.dataCategories)
        categories << category.name;
    categories << QStringLiteral("Inkomensgegevens");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("Verwerkingen.csv")),
                      csv({QStringLiteral("ID"), QStringLiteral("Naam verwerking"),
                           QStringLiteral("Categorieën persoonsgegevens"), QStringLiteral("Categorieën ontvangers")},
                          {{care.uuid, care.name, categories.join(QStringLiteral(" | ")), QStringLiteral("CAK")}})));
    const Outcome outcome = importPath(target.database(), dir.filePath(QStringLiteral("Verwerkingen.csv")));
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QCOMPARE(outcome.summary.updated(), 1);
    Domain::ProcessingActivity after;
    QVERIFY_OK(Register::ActivityService(target.database()).load(care.uuid, &after));
    QCOMPARE(after.dataCategories.size(), care.dataCategories.size() + 1);
    for (qsizetype i = 0; i < care.dataCategories.size(); ++i)
        QCOMPARE(after.dataCategories.at(i), care.dataCategories.at(i)); // special category, Art. 9, rule
    QCOMPARE(after.transfers, care.transfers);
    // The processors stay when the sheet has no column of them.
    qsizetype processors = 0, before = 0;
    for (const Domain::Recipient &recipient : after.recipients)
        processors += recipient.kind == QLatin1String("processor") ? 1 : 0;
    for (const Domain::Recipient &recipient : care.recipients)
        before += recipient.kind == QLatin1String("processor") ? 1 : 0;
    QCOMPARE(processors, before);
}

void TestDutchLayouts::twoTransfersToOneCountryKeepTheirRecords()
{
    TestRegister target;
    QVERIFY(target.ok());
    QVERIFY2(importPath(target.database(), SampleDir).status, "sample");
    Domain::ProcessingActivity hiring = *byName(activities(target.database()), QStringLiteral("Werving en selectie"));
    Domain::Transfer second = hiring.transfers.first();
    hiring.transfers.first().tiaReference = QStringLiteral("TIA-Microsoft");
    second.mechanism = QStringLiteral("dpf");
    second.safeguards.clear();
    second.tiaReference = QStringLiteral("TIA-Zoom");
    hiring.transfers << second;
    QVERIFY_OK(Register::ActivityService(target.database()).save(&hiring));
    QList<RawTable> raw = rawSheets(nlTables(target.database()));
    QVariant *safeguards =
        cellOf(raw, QStringLiteral("Verwerkingen"), hiring.uuid, QStringLiteral("Waarborg doorgifte"));
    QVERIFY(safeguards);
    const QStringList lines = Tabular::cellText(*safeguards).split(QStringLiteral(" | "));
    QCOMPARE(lines.size(), 2);
    *safeguards =
        QStringList{lines.at(0), lines.at(1) + QStringLiteral("; gecertificeerd")}.join(QStringLiteral(" | "));
    const Outcome outcome = importRaw(target.database(), raw);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QCOMPARE(outcome.summary.updated(), 1);
    Domain::ProcessingActivity after;
    QVERIFY_OK(Register::ActivityService(target.database()).load(hiring.uuid, &after));
    QCOMPARE(after.transfers.size(), 2);
    QCOMPARE(after.transfers.at(0).tiaReference, QStringLiteral("TIA-Microsoft"));
    QCOMPARE(after.transfers.at(0).mechanism, QStringLiteral("scc"));
    QCOMPARE(after.transfers.at(1).tiaReference, QStringLiteral("TIA-Zoom"));
    QCOMPARE(after.transfers.at(1).mechanism, QStringLiteral("dpf"));
    QCOMPARE(after.transfers.at(1).safeguards, QStringLiteral("gecertificeerd"));
}

void TestDutchLayouts::aValueWithASemicolonStaysOneValue()
{
    TestRegister source;
    QVERIFY(source.ok());
    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Stages");
    activity.purpose = QStringLiteral("Begeleiden van stagiairs");
    activity.subjectCategories = {QStringLiteral("Medewerkers; stagiairs")};
    QVERIFY_OK(Register::ActivityService(source.database()).save(&activity));
    const QList<RawTable> raw = rawSheets(nlTables(source.database()));
    TestRegister target;
    QVERIFY(target.ok());
    const Outcome outcome = importRaw(target.database(), raw);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    const QList<Domain::ProcessingActivity> list = activities(target.database());
    const Domain::ProcessingActivity *copy = byName(list, QStringLiteral("Stages"));
    QVERIFY(copy);
    QCOMPARE(copy->subjectCategories, activity.subjectCategories);
}

void TestDutchLayouts::anOlderWorkbookIsSaid()
{
    TestRegister target;
    QVERIFY(target.ok());
    QVERIFY2(importPath(target.database(), SampleDir).status, "sample");
    QList<RawTable> old = rawSheets(nlTables(target.database()));
    QTest::qWait(2100); // a change more than a second after the export
    Domain::ProcessingActivity brp = *byName(activities(target.database()), QStringLiteral("BRP-bijhouding"));
    brp.purpose = QStringLiteral("Bijgewerkt doel");
    QVERIFY_OK(Register::ActivityService(target.database()).save(&brp));
    QVariant *remark = cellOf(old, QStringLiteral("Verwerkingen"), brp.uuid, QStringLiteral("Opmerkingen"));
    QVERIFY(remark);
    *remark = QStringLiteral("Een opmerking uit de oude werkmap");
    const Outcome outcome = importRaw(target.database(), old);
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    QVERIFY2(
        hasFinding(outcome, Severity::Warning, QStringLiteral("Gewijzigd op"), QStringLiteral("after this workbook")),
        qPrintable(outcome.text()));
}

void TestDutchLayouts::aColumnAddedAfterTheKeyedOnesIsKept()
{
    // A keyed sheet (keys in row 1, Dutch headers in row 2) with a column a person added at its right.
    TestRegister target;
    QVERIFY(target.ok());
    RawTable sheet{QStringLiteral("register.xlsx"),
                   QStringLiteral("Verwerkingen"),
                   {QStringLiteral("id"), QStringLiteral("naam"), QStringLiteral("doelen")},
                   {},
                   {}};
    sheet.rows << QVariantList{QStringLiteral("ID"), QStringLiteral("Naam verwerking"),
                               QStringLiteral("Verwerkingsdoeleinden"), QStringLiteral("Budgethouder")};
    sheet.rows << QVariantList{QString(), QStringLiteral("Subsidies"), QStringLiteral("Verlenen van subsidies"),
                               QStringLiteral("Team Subsidies")};
    sheet.rowNumbers << 2 << 3;
    const Outcome outcome = importRaw(target.database(), {sheet});
    QVERIFY2(outcome.status, qPrintable(problems(outcome)));
    const QList<Domain::ProcessingActivity> list = activities(target.database());
    const Domain::ProcessingActivity *grants = byName(list, QStringLiteral("Subsidies"));
    QVERIFY(grants);
    QCOMPARE(grants->purpose, QStringLiteral("Verlenen van subsidies"));
    QCOMPARE(extra(*grants, QStringLiteral("Budgethouder")), QStringLiteral("Team Subsidies"));
}

void TestDutchLayouts::commandLine()
{
    // (A register file whatever the store under test: the command line opens files.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.cstd"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QStringLiteral("cli dutch layouts passphrase"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    auto run = [&](const QStringList &arguments, QString *output = nullptr) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CUSTODIAN_CLI_PATH), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    QCOMPARE(run({QStringLiteral("demo"), path}), 0);
    const QString workbook = dir.filePath(QStringLiteral("register.xlsx"));
    QString output;
    QCOMPARE(run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("--layout"), QStringLiteral("nl-workbook"), QStringLiteral("-o"), workbook},
                 &output),
             0);
    QVERIFY2(QFileInfo::exists(workbook), qPrintable(output));
    // As CSV for Dutch Excel: ';' between the cells whatever the locale, UTF-8 with a BOM.
    const QString folder = dir.filePath(QStringLiteral("lists"));
    QCOMPARE(run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--layout"), QStringLiteral("nl-workbook"), QStringLiteral("-o"), folder}),
             0);
    QFile sheet(QDir(folder).filePath(QStringLiteral("Verwerkingen.csv")));
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    const QByteArray firstLine = sheet.readLine();
    QVERIFY2(firstLine.startsWith("\xEF\xBB\xBFID;Nummer;Versie;"), firstLine.constData());
    // The Dutch workbook's headers are Dutch: --lang is refused, as is JSON.
    QCOMPARE(run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("--layout"), QStringLiteral("nl-workbook"), QStringLiteral("--lang"),
                  QStringLiteral("en"), QStringLiteral("-o"), dir.filePath(QStringLiteral("en.xlsx"))}),
             2);
    QCOMPARE(run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--layout"), QStringLiteral("nl-workbook"), QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("x.json"))}),
             2);
    QCOMPARE(run({QStringLiteral("import"), path, workbook, QStringLiteral("--layout"), QStringLiteral("nl-workbook"),
                  QStringLiteral("--dry-run")},
                 &output),
             0);
    QVERIFY2(output.contains(QStringLiteral("0 item(s) created")) || output.contains(QStringLiteral("0 items created")),
             qPrintable(output));
    // A dry run of a file with errors exits 1.
    const QString bad = dir.filePath(QStringLiteral("Verwerkingen.csv"));
    QVERIFY(writeFile(bad, csv({QStringLiteral("Naam verwerking"), QStringLiteral("Periodieke review")},
                               {{QStringLiteral("Fout"), QStringLiteral("morgen")}})));
    QCOMPARE(run({QStringLiteral("import"), path, bad, QStringLiteral("--layout"), QStringLiteral("nl-workbook"),
                  QStringLiteral("--dry-run")},
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("Periodieke review")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestDutchLayouts)
#include "tst_dutchlayouts.moc"
