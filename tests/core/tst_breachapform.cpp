// A breach as the answers for the AP's notification form (BreachApForm): the sections in the form's
// order, no gaps for a fully recorded breach, "(not recorded)" for what an empty one lacks, the
// questions that only some breaches get (a supplement's number, the reasons for a delay, the
// controllers of a processor), dates and numbers as the document's language writes them, and the text.
//
// Questions and titles are looked up through the document's translator (phrase() below), so that the tests
// hold whether or not the Dutch translation of this context is loaded.
#include <QtTest>

#include <functional>

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "register/BreachApForm.h"

using namespace Custodian;
using Domain::Breach;
using Register::BreachApForm;

namespace {

const char *const Context = "Custodian::Register::BreachApForm";

const QString ActivityUuid = QStringLiteral("0c3b7f1e-2222-4c3e-9d5e-0b6f3a1c8e01");
const QString ControllerUuid = QStringLiteral("7a5e8a4c-1111-4c3e-9d5e-0b6f3a1c8e01");
const QString SecondControllerUuid = QStringLiteral("7a5e8a4c-1111-4c3e-9d5e-0b6f3a1c8e02");
const QString UnknownUuid = QStringLiteral("7a5e8a4c-1111-4c3e-9d5e-0b6f3a1c8eff");

// The sections' English titles, in the form's order.
const QStringList Titles = {
    QStringLiteral("About this notification"),
    QStringLiteral("Contact details and other general information"),
    QStringLiteral("Timeline"),
    QStringLiteral("Details of the data breach"),
    QStringLiteral("Personal data involved in the data breach"),
    QStringLiteral("The group of people whose personal data are involved in the data breach"),
    QStringLiteral("Measures taken before the data breach"),
    QStringLiteral("Consequences of the data breach"),
    QStringLiteral("Follow-up actions after the data breach"),
    QStringLiteral("Other"),
};

// Local time, as the form's answers are written.
QDateTime local(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

Domain::Organisation organisation()
{
    Domain::Organisation o;
    o.uuid = QStringLiteral("5d4c3b2a-0000-4000-8000-000000000001");
    o.name = QStringLiteral("Voorbeeldsoft B.V.");
    o.registrationNumber = QStringLiteral("87654321");
    o.streetAddress = QStringLiteral("Stationsplein 12");
    o.postalCode = QStringLiteral("3818 LE");
    o.city = QStringLiteral("Amersfoort");
    o.country = QStringLiteral("NL");
    o.contactName = QStringLiteral("Privacy desk");
    o.contactEmail = QStringLiteral("privacy@voorbeeldsoft.example");
    o.contactPhone = QStringLiteral("+31 33 000 1234");
    o.dpoStatus = QStringLiteral("appointed");
    o.dpoName = QStringLiteral("Sanne Bakker");
    o.dpoEmail = QStringLiteral("fg@voorbeeldsoft.example");
    o.dpoPhone = QStringLiteral("+31 33 000 1299");
    return o;
}

// A stolen laptop with health data of 1,500 to 2,500 employees, notified in time, the people informed:
// every field the form asks about recorded.
Breach full()
{
    Breach b;
    b.uuid = QStringLiteral("9e8d7c6b-0000-4000-8000-000000000001");
    b.number = QStringLiteral("B-2026-0007");
    b.summary = QStringLiteral("A laptop with the HR export was stolen from an employee's car.");
    b.occurredFrom = local(2026, 12, 3, 22, 0);
    b.occurredTo = local(2026, 12, 4, 7, 45);
    b.detectedAt = local(2026, 12, 4, 8, 0);
    b.detectedBy = QStringLiteral("J. de Vries");
    b.detectionSource = QStringLiteral("staff");
    b.awareAt = local(2026, 12, 4, 14, 30);
    b.awarenessReasoning = QStringLiteral("IT confirmed the disk was not encrypted.");
    b.cia = {QStringLiteral("confidentiality"), QStringLiteral("availability")};
    b.effects = {QStringLiteral("read"), QStringLiteral("stolen")};
    b.incidentType = QStringLiteral("stolen_device");
    b.cause = QStringLiteral("malicious");
    b.activities = {ActivityUuid};
    b.dataTypes = {QStringLiteral("naw"), QStringLiteral("bsn"), QStringLiteral("special")};
    b.specialCategories = {QStringLiteral("health")};
    b.subjectGroups = QStringLiteral("Employees and former employees");
    b.vulnerableGroups = {QStringLiteral("employees")};
    b.subjectsMin = 1500;
    b.subjectsMax = 2500;
    b.recordsMin = 12000;
    b.recordsMax = 12000;
    b.systems = QStringLiteral("HR system\nLaptop image 2025");
    b.encrypted = false;
    b.pseudonymised = true;
    b.protectionNotes = QStringLiteral("Windows login only; the disk was not encrypted.");
    b.consequences = QStringLiteral("Health data and BSNs may be read and misused.");
    b.harms = {QStringLiteral("identity_fraud"), QStringLiteral("fear_of_misuse")};
    b.riskLevel = QStringLiteral("high");
    b.riskReasoning = QStringLiteral("Health data and BSNs of many people, not encrypted.");
    b.notifyAp = QStringLiteral("yes");
    b.apNotifiedAt = local(2026, 12, 5, 10, 0);
    b.apPhase = QStringLiteral("initial");
    b.notificationType = QStringLiteral("final");
    b.reporterName = QStringLiteral("Sanne Bakker");
    b.reporterFunction = QStringLiteral("Functionaris gegevensbescherming");
    b.reporterPhone = QStringLiteral("+31 33 000 1299");
    b.reporterEmail = QStringLiteral("fg@voorbeeldsoft.example");
    b.rootCause = QStringLiteral("Laptops were issued without disk encryption.");
    b.informMedia = {QStringLiteral("letter")};
    b.contactPoint = QStringLiteral("Sanne Bakker, FG, +31 33 000 1299");
    b.crossBorder = true;
    b.otherAuthorities = QStringLiteral("BfDI (Germany)");
    b.informSubjects = QStringLiteral("yes");
    b.subjectsInformedAt = local(2026, 12, 6, 9, 0);
    b.informChannel = QStringLiteral("Letter to each employee");
    b.informReasoning = QStringLiteral("High risk: Art. 34(1).");
    b.otherNotifications = QStringLiteral("Police report filed on 4 December.");
    b.measures = QStringLiteral("Laptop wiped remotely; disk encryption rolled out.");
    b.actions = {{QStringLiteral("Encrypt every laptop"), QStringLiteral("IT"), QDate(2027, 1, 15), QDate()},
                 {QStringLiteral("Report to the board"), QString(), QDate(2026, 12, 10), QDate(2026, 12, 9)}};
    b.setClocks([](const QString &) { return 24; });
    return b;
}

QString activityName(const QString &uuid)
{
    return uuid == ActivityUuid ? QStringLiteral("Personnel administration") : QString();
}

QString partyName(const QString &uuid)
{
    if (uuid == ControllerUuid)
        return QStringLiteral("Gemeente Voorbeeld");
    if (uuid == SecondControllerUuid)
        return QStringLiteral("Zorggroep Noord");
    return {};
}

QList<BreachApForm::Section> answers(const Breach &breach, const DocumentLanguage &language,
                                     const Domain::Organisation &o = organisation())
{
    return BreachApForm::answers(breach, o, activityName, partyName, language);
}

QString phrase(const DocumentLanguage &language, const char *source)
{
    return language.translate(Context, source);
}

// Every answer, as "question" -> "answer" (each question is asked once).
QHash<QString, QString> byQuestion(const QList<BreachApForm::Section> &sections)
{
    QHash<QString, QString> found;
    for (const BreachApForm::Section &section : sections) {
        for (const BreachApForm::Answer &answer : section.answers) {
            if (found.contains(answer.question))
                qWarning() << "asked twice:" << answer.question;
            found.insert(answer.question, answer.answer);
        }
    }
    return found;
}

QStringList titles(const QList<BreachApForm::Section> &sections)
{
    QStringList found;
    for (const BreachApForm::Section &section : sections)
        found.append(section.title);
    return found;
}

QStringList translated(const DocumentLanguage &language, const QStringList &sources)
{
    QStringList found;
    for (const QString &source : sources)
        found.append(language.translate(Context, source.toUtf8().constData()));
    return found;
}

using Change = std::function<void(Breach &)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestBreachApForm : public QObject
{
    Q_OBJECT

private slots:
    void fullBreachHasNoGaps_data();
    void fullBreachHasNoGaps();
    void emptyBreachSaysWhatIsNotRecorded_data();
    void emptyBreachSaysWhatIsNotRecorded();
    void emptyBreachAnswersTheFixedQuestions();
    void dutchDatesNumbersAndCodes();
    void englishDatesAndNumbers();
    void ranges_data();
    void ranges();
    void delayReasons_data();
    void delayReasons();
    void supplementGivesTheReference_data();
    void supplementGivesTheReference();
    void processorListsItsControllers();
    void informingThePeople_data();
    void informingThePeople();
    void specialCategories_data();
    void specialCategories();
    void textLayout();
    void textOfAFullBreach();
    void reporterIsAsked_data();
    void reporterIsAsked();
    void involvedOrganisationIsNamed();
    void mediaAreListed();
};

void TestBreachApForm::fullBreachHasNoGaps_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "nl"}) {
        QTest::addRow("as recorded, %s", language) << Change([](Breach &) {}) << QString::fromLatin1(language);
        QTest::addRow("still going on, %s", language) << Change([](Breach &b) {
            b.ongoing = true;
            b.occurredTo = QDateTime();
        }) << QString::fromLatin1(language);
        QTest::addRow("supplement, %s", language) << Change([](Breach &b) {
            b.apPhase = QStringLiteral("supplement");
            b.apReference = QStringLiteral("M123456789");
        }) << QString::fromLatin1(language);
        QTest::addRow("late, %s", language) << Change([](Breach &b) {
            b.apNotifiedAt = local(2026, 12, 9, 10, 0);
            b.delayReasons = QStringLiteral("The forensic report came on 8 December.");
        }) << QString::fromLatin1(language);
        QTest::addRow("processor, %s", language) << Change([](Breach &b) {
            b.controllers = {{ControllerUuid, QString(), local(2026, 12, 5, 14, 30), local(2026, 12, 4, 16, 0)},
                             {SecondControllerUuid, QString(), local(2026, 12, 5, 14, 30), QDateTime()}};
            b.processorNoticeAt = QDateTime();
        }) << QString::fromLatin1(language);
        QTest::addRow("encrypted, not informed, %s", language) << Change([](Breach &b) {
            b.encrypted = true;
            b.keyCompromised = false;
            b.informSubjects = QStringLiteral("no");
            b.art34Exception = QStringLiteral("disproportionate");
            b.informChannel = QStringLiteral("Notice on the website and in two newspapers");
        }) << QString::fromLatin1(language);
        QTest::addRow("informing planned, telecom, %s", language) << Change([](Breach &b) {
            b.informSubjects = QStringLiteral("planned");
            b.subjectsInformedAt = local(2026, 12, 8, 9, 0);
            b.telecomAct = true;
            b.processorNoticeAt = local(2026, 12, 4, 9, 0);
        }) << QString::fromLatin1(language);
    }
}

void TestBreachApForm::fullBreachHasNoGaps()
{
    QFETCH(Change, change);
    QFETCH(QString, language);
    const DocumentLanguage document(language);
    Breach breach = full();
    change(breach);
    const QList<BreachApForm::Section> sections = answers(breach, document);
    QCOMPARE(titles(sections), translated(document, Titles));
    const QString notRecorded = phrase(document, "(not recorded)");
    for (const BreachApForm::Section &section : sections) {
        QVERIFY2(!section.answers.isEmpty(), qPrintable(section.title));
        for (const BreachApForm::Answer &answer : section.answers) {
            QVERIFY2(!answer.question.isEmpty(), qPrintable(section.title));
            QVERIFY2(!answer.answer.trimmed().isEmpty(), qPrintable(answer.question));
            QVERIFY2(!answer.answer.contains(notRecorded),
                     qPrintable(answer.question + QLatin1String(": ") + answer.answer));
        }
    }
}

void TestBreachApForm::emptyBreachSaysWhatIsNotRecorded_data()
{
    QTest::addColumn<QString>("question");
    for (const char *question : {
             "Is this a new notification, a supplement to an earlier notification or its withdrawal?",
             "Is the notification provisional or final?",
             "Which organisation is this about?",
             "Chamber of Commerce (KvK) number",
             "Address",
             "Who is reporting the data breach?",
             "Whom can the AP contact for more information about the notification?",
             "Data protection officer (FG)",
             "When did the breach begin?",
             "When did the breach end?",
             "When was the breach discovered?",
             "How was the breach discovered, and by whom?",
             "When did the organisation become aware of the breach?",
             "Summarise the incident in which the security of personal data was breached",
             "What is the nature of the incident in which the security of personal data was breached?",
             "Which aspects of security were breached: confidentiality, integrity, availability?",
             "What type of incident was it?",
             "What caused the breach?",
             "In which processing activities did it occur?",
             "Which systems were affected?",
             "Which kinds of personal data are involved?",
             "Which special categories of personal data are involved?",
             "How many data records were affected by the breach (approximately, if need be)?",
             "How many people are affected by the breach (approximately, if need be)?",
             "Which groups of people are affected?",
             "Are vulnerable groups affected, such as children?",
             "Explain how the personal data were protected",
             "What are the consequences of the breach of the confidentiality, integrity or availability of the data "
             "for the people affected?",
             "What consequences can the breach have for the private lives of the people affected (physical, material "
             "or immaterial harm)?",
             "Estimate the severity of the possible consequences for the people affected",
             "Have you informed the people affected of the breach, or do you intend to?",
             "Explain your choice",
             "Which measures have you taken, or do you intend to take, to address the breach and limit its "
             "consequences?",
             "The organisation's own reference for the breach",
             "Other notifications of the breach (police, insurer, NCSC, sector regulators)",
         })
        QTest::newRow(question) << QString::fromUtf8(question);
}

void TestBreachApForm::emptyBreachSaysWhatIsNotRecorded()
{
    QFETCH(QString, question);
    const DocumentLanguage document(QStringLiteral("nl"));
    const QList<BreachApForm::Section> sections = answers(Breach(), document, Domain::Organisation());
    QCOMPARE(titles(sections), translated(document, Titles));
    const QHash<QString, QString> found = byQuestion(sections);
    const QString asked = phrase(document, question.toUtf8().constData());
    QVERIFY2(found.contains(asked), qPrintable(asked));
    QCOMPARE(found.value(asked), phrase(document, "(not recorded)"));
}

void TestBreachApForm::emptyBreachAnswersTheFixedQuestions()
{
    const DocumentLanguage document(QStringLiteral("en"));
    const QHash<QString, QString> found = byQuestion(answers(Breach(), document, Domain::Organisation()));
    // What a flag or the law answers.
    QCOMPARE(found.value(QStringLiteral("Under which legislation are you making this notification?")),
             QStringLiteral("The General Data Protection Regulation (AVG)"));
    QCOMPARE(found.value(QStringLiteral("Is the breach still going on?")), QStringLiteral("No"));
    QCOMPARE(found.value(QStringLiteral("Was another organisation involved in the breach?")), QStringLiteral("No"));
    for (const char *flag : {"Were the personal data encrypted, hashed or otherwise made unintelligible or "
                             "inaccessible to unauthorised persons?",
                             "Encrypted to the state of the art", "Hashed", "Pseudonymised",
                             "Did the breach occur in cross-border processing (people affected in other EU member "
                             "states)?",
                             "Have you notified the breach to other supervisory authorities as well? To which?"})
        QCOMPARE(found.value(QString::fromUtf8(flag)), QStringLiteral("No"));
    // Questions that only some breaches get.
    for (const char *absent :
         {"The number the AP gave the earlier notification (meldnummer)", "When was the earlier notification made?",
          "When did the processor inform the organisation of the breach?",
          "Why is the breach notified more than 72 hours after becoming aware of it?",
          "The controllers for whom the organisation processes the data (Art. 33(2) GDPR)",
          "Has the key or password come into the hands of unauthorised persons as well?", "Follow-up actions",
          "When were the people affected informed?", "Why do you not inform the people affected?"})
        QVERIFY2(!found.contains(QString::fromUtf8(absent)), absent);
    int questions = 0;
    for (const BreachApForm::Section &section : answers(Breach(), document, Domain::Organisation()))
        questions += int(section.answers.size());
    QCOMPARE(questions, found.size());
}

void TestBreachApForm::dutchDatesNumbersAndCodes()
{
    const DocumentLanguage document(QStringLiteral("nl"));
    const QHash<QString, QString> found = byQuestion(answers(full(), document));
    const QString aware = found.value(phrase(document, "When did the organisation become aware of the breach?"));
    QCOMPARE(aware, QStringLiteral("4 december 2026 14:30\nIT confirmed the disk was not encrypted."));
    QCOMPARE(found.value(phrase(document, "When did the breach begin?")), QStringLiteral("3 december 2026 22:00"));
    QCOMPARE(found.value(phrase(document, "How many people are affected by the breach (approximately, if need be)?")),
             phrase(document, "at least %1, at most %2").arg(QStringLiteral("1.500"), QStringLiteral("2.500")));
    QCOMPARE(
        found.value(phrase(document, "How many data records were affected by the breach (approximately, if need be)?")),
        QStringLiteral("12.000"));
    // The code labels in Dutch (the AP form's own words for the nature of the breach).
    QCOMPARE(found.value(phrase(
                 document, "What is the nature of the incident in which the security of personal data was breached?")),
             QStringLiteral("Lezen (vertrouwelijkheid)\nDiefstal"));
    QCOMPARE(found.value(phrase(document, "Address")),
             QStringLiteral("Stationsplein 12\n3818 LE Amersfoort\nNederland"));
    const QString actions = found.value(phrase(document, "Follow-up actions"));
    QVERIFY2(actions.contains(QLatin1String("15 januari 2027")), qPrintable(actions));
    QVERIFY2(actions.contains(QLatin1String("9 december 2026")), qPrintable(actions));
    QCOMPARE(found.value(phrase(document, "Is the breach still going on?")), phrase(document, "No"));
}

void TestBreachApForm::englishDatesAndNumbers()
{
    const DocumentLanguage document(QStringLiteral("en"));
    const QHash<QString, QString> found = byQuestion(answers(full(), document));
    QCOMPARE(found.value(QStringLiteral("When did the organisation become aware of the breach?")),
             QStringLiteral("4 December 2026 14:30\nIT confirmed the disk was not encrypted."));
    QCOMPARE(found.value(QStringLiteral("How many people are affected by the breach (approximately, if need be)?")),
             QStringLiteral("at least 1,500, at most 2,500"));
    QCOMPARE(found.value(QStringLiteral("What is the nature of the incident in which the security of personal data "
                                        "was breached?")),
             QStringLiteral("Read (confidentiality)\nStolen"));
    QCOMPARE(found.value(QStringLiteral("Address")),
             QStringLiteral("Stationsplein 12\n3818 LE Amersfoort\nNetherlands"));
    QCOMPARE(found.value(QStringLiteral("Follow-up actions")),
             QStringLiteral("Encrypt every laptop (responsible: IT; due by 15 January 2027)\n"
                            "Report to the board (done on 9 December 2026)"));
    QCOMPARE(found.value(QStringLiteral("Who is reporting the data breach?")),
             QStringLiteral("Sanne Bakker, Functionaris gegevensbescherming\nTelephone: +31 33 000 1299\nE-mail: "
                            "fg@voorbeeldsoft.example"));
    QCOMPARE(found.value(QStringLiteral("How was the breach discovered, and by whom?")),
             QStringLiteral("An employee (J. de Vries)"));
    QCOMPARE(found.value(QStringLiteral("In which processing activities did it occur?")),
             QStringLiteral("Personnel administration"));
    QCOMPARE(found.value(QStringLiteral("Which systems were affected?")),
             QStringLiteral("HR system\nLaptop image 2025"));
    QCOMPARE(found.value(QStringLiteral("Estimate the severity of the possible consequences for the people affected")),
             QStringLiteral("A high risk (Art. 34(1))\nHealth data and BSNs of many people, not encrypted."));
}

void TestBreachApForm::ranges_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("dutchNumbers"); // the numbers as Dutch writes them, in order
    QTest::newRow("range") << 1500 << 2500 << QStringLiteral("at least 1,500, at most 2,500")
                           << QStringLiteral("1.500 2.500");
    QTest::newRow("exact") << 40 << 40 << QStringLiteral("40") << QStringLiteral("40");
    QTest::newRow("lowest only") << 1000 << 0 << QStringLiteral("at least 1,000") << QStringLiteral("1.000");
    QTest::newRow("highest only") << 0 << 1000000 << QStringLiteral("at most 1,000,000") << QStringLiteral("1.000.000");
    QTest::newRow("none") << 0 << 0 << QStringLiteral("(not recorded)") << QString();
}

void TestBreachApForm::ranges()
{
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(QString, english);
    QFETCH(QString, dutchNumbers);
    Breach breach = full();
    breach.subjectsMin = breach.recordsMin = minimum;
    breach.subjectsMax = breach.recordsMax = maximum;
    const char *people = "How many people are affected by the breach (approximately, if need be)?";
    const char *records = "How many data records were affected by the breach (approximately, if need be)?";
    const DocumentLanguage en(QStringLiteral("en"));
    const QHash<QString, QString> inEnglish = byQuestion(answers(breach, en));
    QCOMPARE(inEnglish.value(QString::fromUtf8(people)), english);
    QCOMPARE(inEnglish.value(QString::fromUtf8(records)), english);
    const DocumentLanguage nl(QStringLiteral("nl"));
    const QString dutch = byQuestion(answers(breach, nl)).value(phrase(nl, people));
    for (const QString &number : dutchNumbers.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        QVERIFY2(dutch.contains(number), qPrintable(dutch));
    if (dutchNumbers.isEmpty())
        QCOMPARE(dutch, phrase(nl, "(not recorded)"));
}

void TestBreachApForm::delayReasons_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<QString>("answer");
    const QString reasons = QStringLiteral("The forensic report came on 8 December.");
    QTest::newRow("in time") << Change([](Breach &) {}) << false << QString();
    QTest::newRow("in time, reasons recorded anyway")
        << Change([reasons](Breach &b) { b.delayReasons = reasons; }) << false << QString();
    QTest::newRow("after 72 hours") << Change([reasons](Breach &b) {
        b.apNotifiedAt = local(2026, 12, 9, 10, 0);
        b.delayReasons = reasons;
    }) << true << reasons;
    QTest::newRow("after 72 hours, no reasons") << Change([](Breach &b) { b.apNotifiedAt = local(2026, 12, 9, 10, 0); })
                                                << true << QStringLiteral("(not recorded)");
    QTest::newRow("a minute after the 72 hours") << Change([](Breach &b) {
        b.apNotifiedAt = b.notifyBy.addSecs(60);
        b.delayReasons = QStringLiteral("Network outage.");
    }) << true << QStringLiteral("Network outage.");
    QTest::newRow("on the 72nd hour") << Change([](Breach &b) { b.apNotifiedAt = b.notifyBy; }) << false << QString();
    QTest::newRow("after 72 hours, deadline not yet counted") << Change([reasons](Breach &b) {
        b.apNotifiedAt = local(2026, 12, 9, 10, 0);
        b.notifyBy = QDateTime();
        b.delayReasons = reasons;
    }) << true << reasons;
    // Not notified yet: the notification made now comes late once the 72 hours have passed.
    QTest::newRow("still to notify, 72 hours passed") << Change([reasons](Breach &b) {
        b.awareAt = QDateTime::currentDateTimeUtc().addDays(-5);
        b.detectedAt = b.awareAt;
        b.apNotifiedAt = QDateTime();
        b.delayReasons = reasons;
        b.setClocks([](const QString &) { return 0; });
    }) << true << reasons;
    QTest::newRow("still to notify, in time") << Change([](Breach &b) {
        b.awareAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        b.detectedAt = b.awareAt;
        b.apNotifiedAt = QDateTime();
        b.setClocks([](const QString &) { return 0; });
    }) << false << QString();
    QTest::newRow("not to be notified") << Change([](Breach &b) {
        b.notifyAp = QStringLiteral("no");
        b.apNotifiedAt = QDateTime();
        b.apPhase.clear();
    }) << false << QString();
}

void TestBreachApForm::delayReasons()
{
    QFETCH(Change, change);
    QFETCH(bool, asked);
    QFETCH(QString, answer);
    Breach breach = full();
    change(breach);
    const DocumentLanguage document(QStringLiteral("en"));
    const QList<BreachApForm::Section> sections = answers(breach, document);
    const QString question =
        QStringLiteral("Why is the breach notified more than 72 hours after becoming aware of it?");
    const QHash<QString, QString> found = byQuestion(sections);
    QCOMPARE(found.contains(question), asked);
    if (!asked)
        return;
    QCOMPARE(found.value(question), answer);
    // In the timeline, right after the moment of awareness.
    const BreachApForm::Section &timeline = sections.at(2);
    QCOMPARE(timeline.title, QStringLiteral("Timeline"));
    QCOMPARE(timeline.answers.constLast().question, question);
    QCOMPARE(timeline.answers.at(timeline.answers.size() - 2).question,
             QStringLiteral("When did the organisation become aware of the breach?"));
}

void TestBreachApForm::supplementGivesTheReference_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("referenced");
    QTest::newRow("initial") << QStringLiteral("initial") << QStringLiteral("A new notification") << false;
    QTest::newRow("supplement") << QStringLiteral("supplement")
                                << QStringLiteral("A supplement to an earlier notification") << true;
    QTest::newRow("withdrawal") << QStringLiteral("withdrawal")
                                << QStringLiteral("The withdrawal of an earlier notification") << true;
    QTest::newRow("not recorded") << QString() << QStringLiteral("(not recorded)") << false;
}

void TestBreachApForm::supplementGivesTheReference()
{
    QFETCH(QString, phase);
    QFETCH(QString, kind);
    QFETCH(bool, referenced);
    Breach breach = full();
    breach.apPhase = phase;
    breach.apReference = QStringLiteral("M123456789");
    const DocumentLanguage document(QStringLiteral("en"));
    const QList<BreachApForm::Section> sections = answers(breach, document);
    const BreachApForm::Section &about = sections.constFirst();
    QCOMPARE(about.answers.at(1).question,
             QStringLiteral("Is this a new notification, a supplement to an earlier notification or its withdrawal?"));
    QCOMPARE(about.answers.at(1).answer, kind);
    QCOMPARE(about.answers.at(2).question, QStringLiteral("Is the notification provisional or final?"));
    QCOMPARE(about.answers.at(2).answer, QStringLiteral("Final"));
    QCOMPARE(about.answers.size(), referenced ? 5 : 3);
    if (referenced) {
        QCOMPARE(about.answers.at(3).question,
                 QStringLiteral("The number the AP gave the earlier notification (meldnummer)"));
        QCOMPARE(about.answers.at(3).answer, QStringLiteral("M123456789"));
        QCOMPARE(about.answers.at(4).answer, QStringLiteral("5 December 2026 10:00"));
    }
    // A supplement without the number says so.
    breach.apReference.clear();
    if (referenced)
        QCOMPARE(answers(breach, document).constFirst().answers.at(3).answer, QStringLiteral("(not recorded)"));
}

void TestBreachApForm::processorListsItsControllers()
{
    Breach breach = full();
    breach.controllers = {{ControllerUuid, QString(), local(2026, 12, 5, 14, 30), local(2026, 12, 4, 16, 0)},
                          {SecondControllerUuid, QString(), local(2026, 12, 5, 14, 30), QDateTime()},
                          {UnknownUuid, QString(), QDateTime(), QDateTime()}};
    for (const char *language : {"en", "nl"}) {
        const DocumentLanguage document(QString::fromLatin1(language));
        const QList<BreachApForm::Section> sections = answers(breach, document);
        const BreachApForm::Section &contact = sections.at(1);
        QCOMPARE(contact.answers.at(contact.answers.size() - 2).question,
                 phrase(document, "Was another organisation involved in the breach?"));
        QCOMPARE(contact.answers.at(contact.answers.size() - 2).answer,
                 phrase(document, "Yes: the organisation is the processor of the controllers below"));
        QCOMPARE(contact.answers.constLast().question,
                 phrase(document, "The controllers for whom the organisation processes the data (Art. 33(2) GDPR)"));
        const QStringList lines = contact.answers.constLast().answer.split(QLatin1Char('\n'));
        const bool dutch = document.code() == QLatin1String("nl");
        QCOMPARE(lines,
                 (QStringList{
                     phrase(document, "%1 (informed on %2)")
                         .arg(QStringLiteral("Gemeente Voorbeeld"), dutch ? QStringLiteral("4 december 2026 16:00")
                                                                          : QStringLiteral("4 December 2026 16:00")),
                     phrase(document, "%1 (to be informed by %2)")
                         .arg(QStringLiteral("Zorggroep Noord"), dutch ? QStringLiteral("5 december 2026 14:30")
                                                                       : QStringLiteral("5 December 2026 14:30")),
                     phrase(document, "(not recorded)")}));
    }
    // A controller's own breach names its processor when one told it.
    Breach own = full();
    own.processorNoticeAt = local(2026, 12, 4, 9, 0);
    const DocumentLanguage en(QStringLiteral("en"));
    const QHash<QString, QString> found = byQuestion(answers(own, en));
    QCOMPARE(found.value(QStringLiteral("Was another organisation involved in the breach?")),
             QStringLiteral("Yes: a processor of the organisation"));
    QCOMPARE(found.value(QStringLiteral("When did the processor inform the organisation of the breach?")),
             QStringLiteral("4 December 2026 09:00"));
    QVERIFY(!found.contains(
        QStringLiteral("The controllers for whom the organisation processes the data (Art. 33(2) GDPR)")));
}

void TestBreachApForm::informingThePeople_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("questions"); // after the first, before "Explain your choice"
    QTest::newRow("informed") << Change([](Breach &) {})
                              << QStringList{QStringLiteral("When were the people affected informed?"),
                                             QStringLiteral("How were the people affected informed?")};
    QTest::newRow("planned") << Change([](Breach &b) { b.informSubjects = QStringLiteral("planned"); })
                             << QStringList{QStringLiteral("When do you intend to inform the people affected?"),
                                            QStringLiteral("How will the people affected be informed?")};
    QTest::newRow("not, encrypted") << Change([](Breach &b) {
        b.informSubjects = QStringLiteral("no");
        b.art34Exception = QStringLiteral("unintelligible");
    }) << QStringList{QStringLiteral("Why do you not inform the people affected?")};
    QTest::newRow("not, a public communication")
        << Change([](Breach &b) {
               b.informSubjects = QStringLiteral("no");
               b.art34Exception = QStringLiteral("disproportionate");
           })
        << QStringList{QStringLiteral("Why do you not inform the people affected?"),
                       QStringLiteral("Informing every person affected would take disproportionate effort: how do you "
                                      "inform them through a public communication?")};
    QTest::newRow("not decided") << Change([](Breach &b) { b.informSubjects.clear(); }) << QStringList();
}

void TestBreachApForm::informingThePeople()
{
    QFETCH(Change, change);
    QFETCH(QStringList, questions);
    Breach breach = full();
    change(breach);
    const DocumentLanguage document(QStringLiteral("en"));
    const BreachApForm::Section followUp = answers(breach, document).at(8);
    QStringList asked;
    for (const BreachApForm::Answer &answer : followUp.answers)
        asked.append(answer.question);
    QCOMPARE(asked.constFirst(),
             QStringLiteral("Have you informed the people affected of the breach, or do you intend to?"));
    QCOMPARE(asked.mid(1, questions.size()), questions);
    QCOMPARE(asked.at(1 + questions.size()), QStringLiteral("Explain your choice"));
    // Then the measures and the international aspects, in the form's order.
    QCOMPARE(asked.mid(2 + questions.size()),
             (QStringList{QStringLiteral("Which measures have you taken, or do you intend to take, to address the "
                                         "breach and limit its consequences?"),
                          QStringLiteral("Follow-up actions"),
                          QStringLiteral("Did the breach occur in cross-border processing (people affected in other EU "
                                         "member states)?"),
                          QStringLiteral("Have you notified the breach to other supervisory authorities as well? To "
                                         "which?")}));
}

void TestBreachApForm::specialCategories_data()
{
    QTest::addColumn<QStringList>("dataTypes");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("answer");
    QTest::newRow("health") << QStringList{QStringLiteral("special")} << QStringList{QStringLiteral("health")}
                            << QStringLiteral("Data concerning health");
    QTest::newRow("none among the data") << QStringList{QStringLiteral("naw")} << QStringList()
                                         << QStringLiteral("None");
    QTest::newRow("special, which not recorded")
        << QStringList{QStringLiteral("special")} << QStringList() << QStringLiteral("(not recorded)");
    QTest::newRow("no data recorded") << QStringList() << QStringList() << QStringLiteral("(not recorded)");
}

void TestBreachApForm::specialCategories()
{
    QFETCH(QStringList, dataTypes);
    QFETCH(QStringList, categories);
    QFETCH(QString, answer);
    Breach breach = full();
    breach.dataTypes = dataTypes;
    breach.specialCategories = categories;
    const DocumentLanguage document(QStringLiteral("en"));
    QCOMPARE(byQuestion(answers(breach, document))
                 .value(QStringLiteral("Which special categories of personal data are involved?")),
             answer);
}

void TestBreachApForm::textLayout()
{
    const QList<BreachApForm::Section> sections = {
        {QStringLiteral("Tijdlijn"),
         {{QStringLiteral("Duurt de inbreuk nog voort?"), QStringLiteral("Nee")},
          {QStringLiteral("Wie meldt het datalek?"), QStringLiteral("Privacy desk\r\nTelefoonnummer: 033\n\n  x  ")}}},
        {QStringLiteral("Overig"), {{QStringLiteral("Eigen kenmerk"), QStringLiteral("B-2026-0007")}}},
    };
    QCOMPARE(BreachApForm::text(sections), QStringLiteral("Tijdlijn\n"
                                                          "========\n"
                                                          "Duurt de inbreuk nog voort? Nee\n"
                                                          "Wie meldt het datalek?\n"
                                                          "    Privacy desk\n"
                                                          "    Telefoonnummer: 033\n"
                                                          "\n"
                                                          "      x\n"
                                                          "\n"
                                                          "Overig\n"
                                                          "======\n"
                                                          "Eigen kenmerk: B-2026-0007\n"));
    QCOMPARE(BreachApForm::text({}), QString());
}

void TestBreachApForm::textOfAFullBreach()
{
    const DocumentLanguage document(QStringLiteral("nl"));
    const QList<BreachApForm::Section> sections = answers(full(), document);
    const QString text = BreachApForm::text(sections);
    const QStringList lines = text.split(QLatin1Char('\n'));
    // Each title underlined, in order.
    qsizetype from = 0;
    for (const QString &title : translated(document, Titles)) {
        const qsizetype at = lines.indexOf(title, from);
        QVERIFY2(at >= 0, qPrintable(title));
        QCOMPARE(lines.at(at + 1), QString(title.size(), QLatin1Char('=')));
        from = at + 2;
    }
    QVERIFY(text.contains(QLatin1String("4 december 2026 14:30")));
    QVERIFY(text.contains(QStringLiteral("    Lezen (vertrouwelijkheid)\n    Diefstal\n")));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    QVERIFY(!text.contains(QLatin1String(" \n")));
}

void TestBreachApForm::reporterIsAsked_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("nl") << QStringLiteral("nl");
}

// The AP asks who reports the breach, with a function and a telephone number: the reporter the breach
// names, else the organisation's contact, whose function the register does not hold.
void TestBreachApForm::reporterIsAsked()
{
    QFETCH(QString, language);
    const DocumentLanguage document(language);
    const QString question = phrase(document, "Who is reporting the data breach?");
    Breach breach = full();
    QCOMPARE(byQuestion(answers(breach, document)).value(question),
             QStringLiteral("Sanne Bakker, Functionaris gegevensbescherming\n%1\n%2")
                 .arg(phrase(document, "Telephone: %1").arg(QStringLiteral("+31 33 000 1299")),
                      phrase(document, "E-mail: %1").arg(QStringLiteral("fg@voorbeeldsoft.example"))));
    // Without a reporter: the organisation's contact.
    breach.reporterName.clear();
    breach.reporterFunction.clear();
    breach.reporterPhone.clear();
    breach.reporterEmail.clear();
    const QString fallback = byQuestion(answers(breach, document)).value(question);
    QVERIFY2(fallback.startsWith(phrase(document, "%1 (function not recorded)").arg(QStringLiteral("Privacy desk"))),
             qPrintable(fallback));
    QVERIFY(fallback.contains(QStringLiteral("+31 33 000 1234")));
    QCOMPARE(byQuestion(answers(breach, document, Domain::Organisation())).value(question),
             phrase(document, "(not recorded)"));
    // A reporter with a telephone number only is still the reporter; an organisation without a
    // contact name still gives its telephone number.
    breach.reporterPhone = QStringLiteral("+31 6 1234 5678");
    QCOMPARE(byQuestion(answers(breach, document)).value(question),
             phrase(document, "Telephone: %1").arg(QStringLiteral("+31 6 1234 5678")));
    breach.reporterPhone.clear();
    Domain::Organisation nameless = organisation();
    nameless.contactName.clear();
    QVERIFY(byQuestion(answers(breach, document, nameless))
                .value(question)
                .startsWith(phrase(document, "Telephone: %1").arg(QStringLiteral("+31 33 000 1234"))));
    QCOMPARE(byQuestion(answers(full(), document)).value(phrase(document, "Is the notification provisional or final?")),
             Domain::Codes::label(Domain::Codes::Kind::NotificationType, QStringLiteral("final"), document));
}

void TestBreachApForm::involvedOrganisationIsNamed()
{
    for (const char *code : {"en", "nl"}) {
        const DocumentLanguage document(QString::fromLatin1(code));
        const QString question = phrase(document, "Was another organisation involved in the breach?");
        Breach breach = full();
        breach.involvedPartyUuid = SecondControllerUuid;
        QCOMPARE(byQuestion(answers(breach, document)).value(question),
                 phrase(document, "Yes: %1").arg(QStringLiteral("Zorggroep Noord")));
        // A party no longer in the register: the organisation was involved, its name is not recorded.
        breach.involvedPartyUuid = UnknownUuid;
        QCOMPARE(byQuestion(answers(breach, document)).value(question),
                 phrase(document, "Yes: %1").arg(phrase(document, "(not recorded)")));
        // As processor too: both are said.
        breach.involvedPartyUuid = SecondControllerUuid;
        breach.controllers = {{ControllerUuid, QString(), QDateTime(), QDateTime()}};
        QCOMPARE(byQuestion(answers(breach, document)).value(question),
                 phrase(document, "Yes: %1").arg(QStringLiteral("Zorggroep Noord")) + QLatin1Char('\n') +
                     phrase(document, "Yes: the organisation is the processor of the controllers below"));
    }
}

void TestBreachApForm::mediaAreListed()
{
    for (const char *code : {"en", "nl"}) {
        const DocumentLanguage document(QString::fromLatin1(code));
        Breach breach = full();
        breach.informMedia = {QStringLiteral("letter"), QStringLiteral("email")};
        const QString label = [&] {
            return Domain::Codes::label(Domain::Codes::Kind::InformMedium, QStringLiteral("letter"), document) +
                   QStringLiteral(", ") +
                   Domain::Codes::label(Domain::Codes::Kind::InformMedium, QStringLiteral("email"), document);
        }();
        QCOMPARE(
            byQuestion(answers(breach, document)).value(phrase(document, "How were the people affected informed?")),
            label + QStringLiteral("\nLetter to each employee"));
        breach.informSubjects = QStringLiteral("planned");
        breach.informChannel.clear();
        QCOMPARE(
            byQuestion(answers(breach, document)).value(phrase(document, "How will the people affected be informed?")),
            label);
        // The root cause under the cause.
        QCOMPARE(byQuestion(answers(breach, document)).value(phrase(document, "What caused the breach?")),
                 Domain::Codes::label(Domain::Codes::Kind::BreachCause, QStringLiteral("malicious"), document) +
                     QStringLiteral("\nLaptops were issued without disk encryption."));
    }
}

QTEST_GUILESS_MAIN(TestBreachApForm)
#include "tst_breachapform.moc"
