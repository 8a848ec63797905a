// Letters: the template syntax (resources/letters/README.md) with its mistakes named by line,
// values written as text whatever they hold, every built-in letter in Dutch and English made from
// a fully kept register with every value filled in, letters kept with their case (history names
// them, a purge removes them), and a register's own templates checked before they are stored.
#include <QTextDocument>
#include <QtTest>

#include "DocumentLanguage.h"
#include "RegisterTestSupport.h"
#include "domain/IsoTime.h"
#include "letters/LetterCatalogue.h"
#include "letters/LetterTemplate.h"
#include "register/LetterService.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using namespace Custodian::Register;
using Letters::LetterCatalogue;
using Letters::LetterTemplate;
using Letters::TemplateError;
using RegisterTest::TestRegister;

Q_DECLARE_METATYPE(QVariantMap)

namespace {

LetterTemplate parsed(const QString &text, QList<TemplateError> *errors, const QHash<QString, QString> &parts = {})
{
    return LetterTemplate::parse(
        text,
        [parts](const QString &name, QString *partText) {
            if (!parts.contains(name))
                return false;
            *partText = parts.value(name);
            return true;
        },
        errors);
}

// The text a reader sees of Markdown.
QString seen(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText();
}

// Names of a value tree: "case.number", "rights[].right".
QStringList namesOf(const QVariantMap &values, const QString &prefix = QString())
{
    QStringList names;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString name = prefix + it.key();
        if (it.value().typeId() == QMetaType::QVariantMap) {
            names += namesOf(it.value().toMap(), name + QLatin1Char('.'));
        } else if (it.value().typeId() == QMetaType::QVariantList) {
            names << name + QStringLiteral("[]");
            const QVariantList items = it.value().toList();
            if (!items.isEmpty())
                names += namesOf(items.first().toMap(), name + QStringLiteral("[]."));
        } else {
            names << name + (it.value().typeId() == QMetaType::Bool ? QStringLiteral("?") : QString());
        }
    }
    names.sort();
    return names;
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    // The syntax.
    void mistakesAreNamedByLine_data();
    void mistakesAreNamedByLine();
    void namesAreCheckedAgainstTheLetter_data();
    void namesAreCheckedAgainstTheLetter();
    void rendersConditionsListsAndParts();
    void valuesAreTextNeverMarkdown_data();
    void valuesAreTextNeverMarkdown();
    void missingValuesAreMarkedAndListed();
    // The built-in letters.
    void everyBuiltInTemplateIsValid_data();
    void everyBuiltInTemplateIsValid();
    void valuesMatchTheDocumentedSchema_data();
    void valuesMatchTheDocumentedSchema();
    void everyLetterIsFilledInBothLanguages_data();
    void everyLetterIsFilledInBothLanguages();
    void remediesFollowTheAwbDecision();
    void theArt12_5DecisionDecidesTheFee();
    // Kept with the case.
    void lettersAreKeptWithTheirCase();
    void purgeRemovesTheLetters();
    // The register's own templates.
    void ownTemplatesAreCheckedBeforeTheyAreStored();

private:
    void fillRegister();
    ComposedLetter composed(const QString &kind, const QString &language, const QString &party = QString());

    std::unique_ptr<TestRegister> m_register;
    Domain::RequestCase m_request;
    Domain::Breach m_breach;
    Domain::Party m_recipient;
    Domain::Party m_processor;
};

void TestLetters::init()
{
    AuditLog::setActor(QStringLiteral("tester"));
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
}

void TestLetters::cleanup()
{
    m_register.reset();
}

void TestLetters::mistakesAreNamedByLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("if never closed") << QStringLiteral("a\n{{#if x}}\nb\n") << 2 << QStringLiteral("never closed");
    QTest::newRow("wrong closer") << QStringLiteral("{{#each xs}}\n{{/if}}\n") << 2 << QStringLiteral("does not close");
    QTest::newRow("closes nothing") << QStringLiteral("a\n\n{{/each}}") << 3 << QStringLiteral("closes nothing");
    QTest::newRow("tag without end") << QStringLiteral("a\nb {{name\n") << 2 << QStringLiteral("not closed");
    QTest::newRow("unknown block") << QStringLiteral("{{#with x}}\n{{/with}}") << 1 << QStringLiteral("not a tag");
    QTest::newRow("bad name") << QStringLiteral("Dear {{first name}},") << 1 << QStringLiteral("not a tag");
    QTest::newRow("else twice") << QStringLiteral("{{#if x}}\na\n{{else}}\nb\n{{else}}\nc\n{{/if}}") << 5
                                << QStringLiteral("twice");
    QTest::newRow("else in each") << QStringLiteral("{{#each xs}}\n{{else}}\n{{/each}}") << 2
                                  << QStringLiteral("does not close");
    QTest::newRow("missing part") << QStringLiteral("x\n{{> footer}}") << 2 << QStringLiteral("no part");
    QTest::newRow("part includes itself") << QStringLiteral("{{> loop}}") << 1 << QStringLiteral("includes itself");
}

void TestLetters::mistakesAreNamedByLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    QList<TemplateError> errors;
    const LetterTemplate compiled = parsed(text, &errors, {{QStringLiteral("loop"), QStringLiteral("a {{> loop}}")}});
    QVERIFY(!compiled.isValid());
    QVERIFY(!errors.isEmpty());
    const TemplateError &first = errors.constFirst();
    if (qstrcmp(QTest::currentDataTag(), "part includes itself") == 0) {
        QCOMPARE(first.part, QStringLiteral("loop"));
    } else {
        QVERIFY(first.part.isEmpty());
    }
    QCOMPARE(first.line, line);
    QVERIFY2(first.message.contains(says), qPrintable(first.message));
    QVERIFY(first.text().contains(QString::number(line)));
    QVERIFY(compiled.render({}).isEmpty());
}

void TestLetters::namesAreCheckedAgainstTheLetter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says"); // empty: no mistake
    QTest::newRow("known") << QStringLiteral("{{case.number}} {{#each rights}}{{right}}{{/each}}") << QString();
    QTest::newRow("outer name inside a list")
        << QStringLiteral("{{#each rights}}\n{{case.number}}\n{{/each}}") << QString();
    QTest::newRow("unknown") << QStringLiteral("{{case.numbr}}") << QStringLiteral("no value named");
    QTest::newRow("item name outside its list") << QStringLiteral("{{right}}") << QStringLiteral("no value named");
    QTest::newRow("list as a value") << QStringLiteral("{{rights}}") << QStringLiteral("is a list");
    QTest::newRow("group as a value") << QStringLiteral("{{case}}") << QStringLiteral("is a group");
    QTest::newRow("flag as a value") << QStringLiteral("{{case.extended}}") << QStringLiteral("yes or no");
    QTest::newRow("each over text") << QStringLiteral("{{#each case.number}}\n{{/each}}")
                                    << QStringLiteral("not a list");
    QTest::newRow("breach value in a request letter")
        << QStringLiteral("{{breach.summary}}") << QStringLiteral("no value named");
}

void TestLetters::namesAreCheckedAgainstTheLetter()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QList<TemplateError> errors;
    const LetterTemplate compiled = parsed(text, &errors);
    QVERIFY(compiled.isValid());
    const QList<TemplateError> found = compiled.check(LetterCatalogue::schema(QStringLiteral("refusal")));
    if (says.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text()));
    } else {
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.constFirst().message.contains(says), qPrintable(found.constFirst().message));
    }
}

void TestLetters::rendersConditionsListsAndParts()
{
    QList<TemplateError> errors;
    const LetterTemplate compiled = parsed(
        QStringLiteral("{{> head}}\n"
                       "{{! a remark }}\n"
                       "{{#if vip}}\nDear {{name}},\n{{else}}\nHello {{name}},\n{{/if}}\n"
                       "{{#unless items}}\nNothing.\n{{/unless}}\n"
                       "{{#each items}}\n- {{label}} ({{name}}, {{owner.name}})\n{{/each}}\n"
                       "End {{> sign}}."),
        &errors,
        {{QStringLiteral("head"), QStringLiteral("# {{title}}\n")}, {QStringLiteral("sign"), QStringLiteral("A.\n")}});
    QVERIFY2(compiled.isValid(), qPrintable(errors.value(0).text()));
    const QVariantMap values{
        {QStringLiteral("title"), QStringLiteral("Letter")},
        {QStringLiteral("vip"), false},
        {QStringLiteral("name"), QStringLiteral("Femke")},
        {QStringLiteral("owner"), QVariantMap{{QStringLiteral("name"), QStringLiteral("Jan")}}},
        {QStringLiteral("items"), QVariantList{QVariantMap{{QStringLiteral("label"), QStringLiteral("one")}},
                                               QVariantMap{{QStringLiteral("label"), QStringLiteral("two")},
                                                           {QStringLiteral("name"), QStringLiteral("inner")}}}},
    };
    QStringList gaps;
    // Block tags alone on their line leave no line; the remark is not written; an item's own
    // name hides the outer one; an inline part adds no line end.
    QCOMPARE(compiled.render(values, &gaps), QStringLiteral("# Letter\n"
                                                            "Hello Femke,\n"
                                                            "- one (Femke, Jan)\n"
                                                            "- two (inner, Jan)\n"
                                                            "End A.."));
    QVERIFY(gaps.isEmpty());
    QVariantMap other = values;
    other.insert(QStringLiteral("vip"), true);
    other.insert(QStringLiteral("items"), QVariantList());
    QCOMPARE(compiled.render(other), QStringLiteral("# Letter\nDear Femke,\nNothing.\nEnd A.."));

    // A part alone on its line stands for whole lines, even when its text has no line end.
    const LetterTemplate bare =
        parsed(QStringLiteral("{{> head}}\nNext"), &errors, {{QStringLiteral("head"), QStringLiteral("Head")}});
    QCOMPARE(bare.render({}), QStringLiteral("Head\nNext"));
}

void TestLetters::valuesAreTextNeverMarkdown_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("emphasis") << QStringLiteral("*not bold* and _not italic_ **x**");
    QTest::newRow("heading and list") << QStringLiteral("# not a heading\n- not a bullet\n1. not numbered");
    QTest::newRow("link and html") << QStringLiteral("[click](http://evil.example) <b>x</b> ![i](x.png)");
    QTest::newRow("rule and table") << QStringLiteral("---\n| a | b |\n===");
    QTest::newRow("code and quote") << QStringLiteral("`code` > quoted\n    indented");
    QTest::newRow("tags") << QStringLiteral("{{case.number}} {{#if x}}");
    QTest::newRow("numbered with a parenthesis") << QStringLiteral("1) laptop stolen\n2) phone lost");
    QTest::newRow("backslash and entity") << QStringLiteral("C:\\temp\\ &amp; 5 > 3");
}

void TestLetters::valuesAreTextNeverMarkdown()
{
    QFETCH(QString, value);
    QList<TemplateError> errors;
    const LetterTemplate compiled = parsed(QStringLiteral("Before\n\n{{v}}\n\nAfter"), &errors);
    QVERIFY(compiled.isValid());
    const QString text = seen(compiled.render({{QStringLiteral("v"), value}}));
    // Every line of the value is there as it was, each on its own line.
    QStringList expected{QStringLiteral("Before")};
    for (const QString &line : value.split(QLatin1Char('\n')))
        expected << line.trimmed();
    expected << QStringLiteral("After");
    QCOMPARE(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

void TestLetters::missingValuesAreMarkedAndListed()
{
    QList<TemplateError> errors;
    const LetterTemplate compiled =
        parsed(QStringLiteral("{{requester.name}}\n{{requester.contact}}\n{{requester.contact}}"), &errors);
    QStringList gaps;
    const QString markdown =
        compiled.render({{QStringLiteral("requester"), QVariantMap{{QStringLiteral("name"), QStringLiteral("Femke")},
                                                                   {QStringLiteral("contact"), QStringLiteral("  ")}}}},
                        &gaps);
    QCOMPARE(gaps, QStringList{QStringLiteral("requester.contact")});
    QCOMPARE(seen(markdown), QStringLiteral("Femke [requester.contact] [requester.contact]"));
}

void TestLetters::everyBuiltInTemplateIsValid_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        for (const QString &kind : LetterCatalogue::allKinds())
            QTest::newRow(qPrintable(language + QLatin1Char('/') + kind)) << kind << language;
    }
}

void TestLetters::everyBuiltInTemplateIsValid()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    const QString text = LetterCatalogue::builtIn(kind, language);
    QVERIFY2(!text.isEmpty(), "the template is missing from :/letters");
    QList<TemplateError> errors;
    const LetterTemplate compiled = LetterTemplate::parse(
        text,
        [&language](const QString &part, QString *partText) {
            *partText = LetterCatalogue::builtIn(LetterCatalogue::partTemplateName(part), language);
            return !partText->isEmpty();
        },
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).text()));
    const QList<TemplateError> found = compiled.check(LetterCatalogue::schema(kind));
    QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text()));
}

void TestLetters::valuesMatchTheDocumentedSchema_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : LetterCatalogue::allKinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestLetters::valuesMatchTheDocumentedSchema()
{
    QFETCH(QString, kind);
    fillRegister();
    LetterService letters(m_register->database());
    const DocumentLanguage language(QStringLiteral("en"));
    QVariantMap values;
    const bool breach = LetterCatalogue::subjectOf(kind) == Letters::Subject::Breach;
    QVERIFY_OK(letters.values(kind, breach ? m_breach.uuid : m_request.uuid,
                              LetterCatalogue::addressedToParty(kind) ? m_recipient.uuid : QString(), language,
                              &values));
    // The letter's values are exactly the ones its templates may name.
    QCOMPARE(namesOf(values), namesOf(LetterCatalogue::schema(kind)));
    // And the README documents every one of them.
    QFile readme(QStringLiteral(CUSTODIAN_SOURCE_DIR "/resources/letters/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString documented = QString::fromUtf8(readme.readAll());
    for (QString name : namesOf(values)) {
        name.remove(QLatin1Char('?'));
        const QString leaf = name.contains(QStringLiteral("[].")) ? name.section(QStringLiteral("[]."), 1) : name;
        const QString shown = leaf.endsWith(QStringLiteral("[]")) ? leaf.chopped(2) : leaf;
        QVERIFY2(documented.contains(QLatin1Char('`') + shown + QLatin1Char('`')), qPrintable(shown));
    }
}

void TestLetters::fillRegister()
{
    Storage::Store &store = m_register->database();
    Domain::Organisation organisation;
    organisation.name = QStringLiteral("Stichting Voorbeeld");
    organisation.streetAddress = QStringLiteral("Kerkstraat 1");
    organisation.postalCode = QStringLiteral("1234 AB");
    organisation.city = QStringLiteral("Utrecht");
    organisation.country = QStringLiteral("NL");
    organisation.contactName = QStringLiteral("Anna Jansen");
    organisation.contactEmail = QStringLiteral("privacy@voorbeeld.nl");
    organisation.contactPhone = QStringLiteral("030 123 4567");
    organisation.dpoName = QStringLiteral("Bas de Boer");
    organisation.dpoEmail = QStringLiteral("fg@voorbeeld.nl");
    organisation.dpoPhone = QStringLiteral("030 765 4321");
    organisation.dpoStatus = QStringLiteral("appointed");
    QVERIFY_OK(OrganisationService(store).save(organisation));

    PartyService parties(store);
    m_recipient = Domain::Party();
    m_recipient.name = QStringLiteral("Incassobureau Noord");
    m_recipient.contactName = QStringLiteral("Kees Visser");
    m_recipient.contactEmail = QStringLiteral("kees@incasso.example");
    m_recipient.roles = {QStringLiteral("recipient")};
    m_processor = Domain::Party();
    m_processor.name = QStringLiteral("Cloudstack Inc.");
    m_processor.country = QStringLiteral("US");
    m_processor.contactEmail = QStringLiteral("dpa@cloudstack.example");
    m_processor.roles = {QStringLiteral("processor")};
    QVERIFY_OK(parties.save(&m_recipient));
    QVERIFY_OK(parties.save(&m_processor));

    Domain::RetentionRule rule;
    rule.name = QStringLiteral("Fiscal records");
    rule.periodCount = 7;
    rule.periodUnit = QStringLiteral("years");
    rule.periodKind = QStringLiteral("minimum");
    rule.trigger = QStringLiteral("after the end of the financial year");
    QVERIFY_OK(RetentionRuleService(store).save(&rule));

    Domain::ProcessingActivity activity;
    activity.name = QStringLiteral("Customer administration");
    activity.purpose = QStringLiteral("Delivering and invoicing orders");
    activity.lawfulBases = {QStringLiteral("b"), QStringLiteral("c")};
    activity.legalProvision = QStringLiteral("AWR art. 52");
    activity.legitimateInterest = QStringLiteral("Keeping customers informed");
    activity.subjectCategories = {QStringLiteral("Customers"), QStringLiteral("Prospects")};
    Domain::DataCategory invoices;
    invoices.name = QStringLiteral("Invoices");
    invoices.retentionRuleUuid = rule.uuid;
    Domain::DataCategory health;
    health.name = QStringLiteral("Allergies");
    health.specialCategory = QStringLiteral("health");
    health.art9Exception = QStringLiteral("a");
    activity.dataCategories = {invoices, health};
    Domain::Recipient recipient;
    recipient.partyUuid = m_recipient.uuid;
    recipient.description = QStringLiteral("Debt collection");
    activity.recipients = {recipient};
    Domain::Transfer transfer;
    transfer.country = QStringLiteral("US");
    transfer.partyUuid = m_processor.uuid;
    transfer.mechanism = QStringLiteral("scc");
    transfer.sccModule = QStringLiteral("c2p");
    activity.transfers = {transfer};
    activity.dataSource = QStringLiteral("The customer");
    activity.automatedDecisions = true;
    activity.automatedLogic = QStringLiteral("A credit score decides the payment terms.");
    activity.automatedConsequences = QStringLiteral("A low score means paying in advance.");
    activity.art22Exception = QStringLiteral("contract");
    activity.art22Safeguards = QStringLiteral("A person reviews every refusal on request.");
    Domain::Findings findings;
    QVERIFY_OK(ActivityService(store).save(&activity, &findings));

    m_request = Domain::RequestCase();
    m_request.receivedOn = Domain::IsoTime::parseDay(QStringLiteral("2026-11-02"));
    m_request.requesterName = QStringLiteral("Femke de Vries");
    m_request.requesterContact = QStringLiteral("Dorpsweg 5\n9999 ZZ Ergens");
    m_request.language = QStringLiteral("nl");
    m_request.requesterRole = QStringLiteral("representative");
    m_request.representativeName = QStringLiteral("Mr. P. Advocaat");
    m_request.mandate = QStringLiteral("power_of_attorney");
    m_request.scope = QStringLiteral("All data in the customer administration since 2020");
    m_request.status = QStringLiteral("extended");
    m_request.rights = {{QStringLiteral("access"), QStringLiteral("partly"), QStringLiteral("art15_4"),
                         QStringLiteral("The file holds the names of other customers.")},
                        {QStringLiteral("erasure"), QStringLiteral("refused"), QStringLiteral("art17_3_b"),
                         QStringLiteral("Invoices must be kept for seven years.")},
                        {QStringLiteral("rectification"), QStringLiteral("granted"), QString(), QString()}};
    m_request.identityDoubt = true;
    m_request.identityReasoning = QStringLiteral("The e-mail address differs from the one we know.");
    m_request.extended = true;
    m_request.extensionReason = QStringLiteral("complexity");
    m_request.extensionReasoning = QStringLiteral("The data is spread over three systems.");
    m_request.extensionNoticeOn = Domain::IsoTime::parseDay(QStringLiteral("2026-11-20"));
    m_request.art12_5 = QStringLiteral("fee");
    m_request.art12_5Reasoning = QStringLiteral("A third copy was asked for.");
    m_request.fee = QStringLiteral("EUR 5");
    m_request.activities = {activity.uuid};
    m_request.processors = {{m_processor.uuid, Domain::IsoTime::parseDay(QStringLiteral("2026-11-05")), QString()}};
    m_request.recipients = {{m_recipient.uuid, Domain::IsoTime::parseDay(QStringLiteral("2026-11-06")), QString()}};
    QVERIFY_OK(RequestService(store).save(&m_request, &findings));

    m_breach = Domain::Breach();
    m_breach.summary = QStringLiteral("A laptop with customer files was stolen from a car.");
    m_breach.awareAt = QDateTime(QDate(2026, 11, 10), QTime(9, 30));
    m_breach.occurredFrom = QDateTime(QDate(2026, 11, 9), QTime(18, 0));
    m_breach.occurredTo = QDateTime(QDate(2026, 11, 10), QTime(7, 0));
    m_breach.dataTypes = {QStringLiteral("naw"), QStringLiteral("email")};
    m_breach.specialCategories = {QStringLiteral("health")};
    m_breach.consequences = QStringLiteral("Phishing in the name of our shop.");
    m_breach.measures = QStringLiteral("The laptop was wiped remotely; passwords were reset.");
    m_breach.contactPoint = QStringLiteral("privacy@voorbeeld.nl, 030 123 4567");
    QVERIFY_OK(BreachService(store).save(&m_breach, &findings));
}

ComposedLetter TestLetters::composed(const QString &kind, const QString &language, const QString &party)
{
    LetterService letters(m_register->database());
    ComposedLetter letter;
    const bool breach = LetterCatalogue::subjectOf(kind) == Letters::Subject::Breach;
    const Status status = letters.compose(kind, breach ? m_breach.uuid : m_request.uuid, party, language, &letter);
    if (!status)
        qWarning() << RegisterTest::describe(status);
    return letter;
}

void TestLetters::everyLetterIsFilledInBothLanguages_data()
{
    everyBuiltInTemplateIsValid_data();
}

void TestLetters::everyLetterIsFilledInBothLanguages()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    fillRegister();
    const QString party = kind == QLatin1String("processor_instruction") ? m_processor.uuid
                          : kind == QLatin1String("recipient_notice")    ? m_recipient.uuid
                                                                         : QString();
    const ComposedLetter letter = composed(kind, language, party);
    QVERIFY(!letter.markdown.isEmpty());
    QCOMPARE(letter.language, language);
    // Every placeholder filled: nothing the register holds is left as a gap, and no tag is left over.
    QVERIFY2(letter.gaps.isEmpty(), qPrintable(letter.gaps.join(QLatin1String(", "))));
    const QString text = seen(letter.markdown);
    QVERIFY2(!text.contains(QLatin1String("{{")) && !text.contains(QLatin1String("}}")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('[')), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Stichting Voorbeeld")));
    if (kind == QLatin1String("breach_subjects")) {
        QVERIFY(text.contains(QStringLiteral("A laptop with customer files was stolen")));
    } else {
        QVERIFY2(text.contains(QStringLiteral("R-2026-0001")), qPrintable(text));
    }
    // Written in the letter's language, whatever the UI's: the date is a date of that language.
    const DocumentLanguage document(language);
    QVERIFY2(text.contains(document.longDate(m_register->database().now().toLocalTime().date())), qPrintable(text));
    if (language == QLatin1String("nl"))
        QVERIFY(!text.contains(QStringLiteral("December")) && !text.contains(QStringLiteral("November")));
    if (kind == QLatin1String("access")) {
        QVERIFY(text.contains(QStringLiteral("Customer administration")));
        QVERIFY(text.contains(QStringLiteral("Incassobureau Noord")));                  // recipients by name
        QVERIFY(text.contains(QStringLiteral("A low score means paying in advance."))); // Art. 15(1)(h)
        QVERIFY(text.contains(language == QLatin1String("nl") ? QStringLiteral("ten minste 7 jaar")
                                                              : QStringLiteral("at least 7 years")));
    }
    if (kind == QLatin1String("refusal"))
        QVERIFY(text.contains(QStringLiteral("Invoices must be kept for seven years.")));
    if (!party.isEmpty())
        QVERIFY(text.contains(kind == QLatin1String("processor_instruction") ? QStringLiteral("Cloudstack Inc.")
                                                                             : QStringLiteral("Incassobureau Noord")));
}

// A public body's answer is a decision under the Awb: the letter names the objection (bezwaar), and
// the body that decided when the case names one. It follows the case, not the organisation: a
// public body's case logged before it was marked as one, or answered outside the Awb, keeps its own.
void TestLetters::remediesFollowTheAwbDecision()
{
    fillRegister();
    RequestService requests(m_register->database());
    PartyService parties(m_register->database());
    Domain::Party college;
    college.name = QStringLiteral("College van burgemeester en wethouders");
    college.ownBody = true;
    QVERIFY_OK(parties.save(&college));
    Domain::Organisation organisation;
    OrganisationService organisations(m_register->database());
    QVERIFY_OK(organisations.load(&organisation));
    organisation.publicBody = true;
    QVERIFY_OK(organisations.save(organisation));
    Domain::Findings findings;
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        m_request.awbDecision = false;
        m_request.decidingBodyUuid.clear();
        QVERIFY_OK(requests.save(&m_request, &findings));
        const QString before = seen(composed(QStringLiteral("refusal"), language).markdown);
        m_request.awbDecision = true;
        QVERIFY_OK(requests.save(&m_request, &findings));
        const QString after = seen(composed(QStringLiteral("refusal"), language).markdown);
        m_request.decidingBodyUuid = college.uuid;
        QVERIFY_OK(requests.save(&m_request, &findings));
        const QString byCollege = seen(composed(QStringLiteral("refusal"), language).markdown);
        const QString objection =
            language == QLatin1String("nl") ? QStringLiteral("bezwaar") : QStringLiteral("objection");
        const QString awb = QStringLiteral("Algemene wet bestuursrecht");
        QVERIFY2(after.contains(awb) && after.contains(objection, Qt::CaseInsensitive), qPrintable(after));
        QVERIFY2(!after.contains(college.name), qPrintable(after));
        QVERIFY2(byCollege.contains(college.name + (language == QLatin1String("nl") ? QStringLiteral(" van ")
                                                                                    : QStringLiteral(" of "))),
                 qPrintable(byCollege));
        QVERIFY2(!before.contains(awb), qPrintable(before));
        QVERIFY(before.contains(QStringLiteral("Autoriteit Persoonsgegevens")));
    }
    // A new case of a public body is a decision under the Awb unless someone says otherwise.
    Domain::RequestCase next;
    QVERIFY_OK(requests.prepareNew(&next));
    QVERIFY(next.awbDecision);
    QVERIFY_OK(organisations.load(&organisation));
    organisation.publicBody = false;
    QVERIFY_OK(organisations.save(organisation));
    QVERIFY_OK(requests.prepareNew(&next));
    QVERIFY(!next.awbDecision);
}

void TestLetters::theArt12_5DecisionDecidesTheFee()
{
    fillRegister();
    RequestService requests(m_register->database());
    Domain::Findings findings;
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const bool dutch = language == QLatin1String("nl");
        const QString feeSentence = dutch ? QStringLiteral("redelijke vergoeding") : QStringLiteral("reasonable fee");
        const QString refusalSentence =
            dutch ? QStringLiteral("Daarom geven wij geen gevolg") : QStringLiteral("We therefore refuse to act");
        // A fee charged: both letters name it.
        m_request.art12_5 = QStringLiteral("fee");
        QVERIFY_OK(requests.save(&m_request, &findings));
        QString refusal = seen(composed(QStringLiteral("refusal"), language).markdown);
        QVERIFY2(refusal.contains(feeSentence) && refusal.contains(QStringLiteral("EUR 5")), qPrintable(refusal));
        QVERIFY(!refusal.contains(refusalSentence));
        QVERIFY(seen(composed(QStringLiteral("access"), language).markdown).contains(QStringLiteral("EUR 5")));
        // Changed to a refusal with the fee text left in its field: no letter mentions a fee.
        m_request.art12_5 = QStringLiteral("refusal");
        QVERIFY_OK(requests.save(&m_request, &findings));
        refusal = seen(composed(QStringLiteral("refusal"), language).markdown);
        QVERIFY2(refusal.contains(refusalSentence) && !refusal.contains(QStringLiteral("EUR 5")), qPrintable(refusal));
        const QString access = seen(composed(QStringLiteral("access"), language).markdown);
        QVERIFY2(!access.contains(QStringLiteral("EUR 5")) && !access.contains(feeSentence), qPrintable(access));
    }
}

void TestLetters::lettersAreKeptWithTheirCase()
{
    fillRegister();
    LetterService letters(m_register->database());
    QSignalSpy changed(&letters, &LetterService::lettersChanged);
    Letter letter;
    letter.caseUuid = m_request.uuid;
    letter.kind = QStringLiteral("acknowledgement");
    letter.language = QStringLiteral("nl");
    letter.title = QStringLiteral("Ontvangstbevestiging");
    letter.body = QStringLiteral("<p>Femke de Vries, Dorpsweg 5</p>");
    QVERIFY_OK(letters.save(&letter));
    QVERIFY(!letter.uuid.isEmpty());
    QCOMPARE(changed.size(), 1);
    Letter breachLetter;
    breachLetter.caseUuid = m_breach.uuid;
    breachLetter.kind = QStringLiteral("breach_subjects");
    breachLetter.language = QStringLiteral("en");
    breachLetter.title = QStringLiteral("Communication");
    QVERIFY_OK(letters.save(&breachLetter));

    QList<Letter> list;
    QVERIFY_OK(letters.lettersOf(m_request.uuid, &list));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().body, letter.body);
    QVERIFY_OK(letters.lettersOf(m_breach.uuid, &list));
    QCOMPARE(list.size(), 1);

    letter.body = QStringLiteral("<p>Edited</p>");
    letter.title = QStringLiteral("Ontvangstbevestiging (2)");
    QVERIFY_OK(letters.save(&letter));
    Letter loaded;
    QVERIFY_OK(letters.load(letter.uuid, &loaded));
    QCOMPARE(loaded.body, QStringLiteral("<p>Edited</p>"));
    QCOMPARE(loaded.caseUuid, m_request.uuid);

    // The letter's text is inside the encrypted register only; the history names the letter, not its text.
    QList<AuditLog::Entry> entries;
    QVERIFY_OK(AuditLog::readEntries(m_register->database().connection(), QStringLiteral("request"), m_request.uuid,
                                     &entries));
    QStringList changes;
    for (const AuditLog::Entry &entry : std::as_const(entries))
        changes << QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact));
    const QString history = changes.join(QLatin1Char('\n'));
    // The kind of letter, not its title or text, which may hold the requester's details.
    QVERIFY2(history.contains(QStringLiteral("\"acknowledgement\"")), qPrintable(history));
    QVERIFY(!history.contains(QStringLiteral("Ontvangstbevestiging")));
    QVERIFY(!history.contains(QStringLiteral("Edited")) && !history.contains(QStringLiteral("Dorpsweg 5</p>")));

    // A copy opened before someone else saved does not overwrite their version.
    Letter stale = loaded;
    Letter fresh = loaded;
    fresh.body = QStringLiteral("<p>Colleague's version</p>");
    QVERIFY_OK(letters.save(&fresh));
    stale.body = QStringLiteral("<p>Mine</p>");
    QCOMPARE(letters.save(&stale).code(), Status::Code::Conflict);
    QVERIFY_OK(letters.load(letter.uuid, &loaded));
    QCOMPARE(loaded.body, QStringLiteral("<p>Colleague's version</p>"));
    letter = loaded;
    // Letters are written beside an open editor without a new row version of the case: the rows
    // still agree with their history.
    QStringList problems;
    QVERIFY_OK(Storage::HistoryChain::rowsAgainstHistory(m_register->database().connection(),
                                                         Storage::HistoryChain::registerTables(), &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Bad input changes nothing.
    Letter wrong = letter;
    wrong.uuid.clear();
    wrong.kind = QStringLiteral("love_letter");
    QVERIFY(!letters.save(&wrong));
    wrong.kind = QStringLiteral("refusal");
    wrong.language = QStringLiteral("de");
    QVERIFY(!letters.save(&wrong));
    wrong.language = QStringLiteral("nl");
    wrong.caseUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QCOMPARE(letters.save(&wrong).code(), Status::Code::NotFound);
    QVERIFY_OK(letters.lettersOf(m_request.uuid, &list));
    QCOMPARE(list.size(), 1);

    QVERIFY_OK(letters.remove(letter.uuid));
    QVERIFY_OK(letters.lettersOf(m_request.uuid, &list));
    QVERIFY(list.isEmpty());
    QCOMPARE(letters.load(letter.uuid, &loaded).code(), Status::Code::NotFound);
    // Deleting the breach takes its letters with it.
    QVERIFY_OK(BreachService(m_register->database()).remove(m_breach.uuid));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM letter")), 0);
}

void TestLetters::purgeRemovesTheLetters()
{
    fillRegister();
    LetterService letters(m_register->database());
    Letter letter;
    letter.caseUuid = m_request.uuid;
    letter.kind = QStringLiteral("refusal");
    letter.language = QStringLiteral("nl");
    letter.title = QStringLiteral("Weigering");
    letter.body = QStringLiteral("<p>Femke de Vries</p>");
    QVERIFY_OK(letters.save(&letter));
    RequestService requests(m_register->database());
    m_request.status = QStringLiteral("refused");
    m_request.responseOn = Domain::IsoTime::parseDay(QStringLiteral("2026-11-25"));
    QVERIFY_OK(requests.save(&m_request));
    QVERIFY_OK(requests.purge(m_request.uuid));
    QList<Letter> list;
    QVERIFY_OK(letters.lettersOf(m_request.uuid, &list));
    QVERIFY(list.isEmpty());
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM letter")), 0);
    // A letter from a window opened before the purge is refused: the case keeps no letters.
    Letter late = letter;
    late.uuid.clear();
    QVERIFY(!letters.save(&late));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM letter")), 0);
}

void TestLetters::ownTemplatesAreCheckedBeforeTheyAreStored()
{
    fillRegister();
    LetterService letters(m_register->database());
    const QString name = QStringLiteral("acknowledgement");
    QString text;
    bool overridden = true;
    QVERIFY_OK(letters.templateText(name, QStringLiteral("en"), &text, &overridden));
    QVERIFY(!overridden);
    QCOMPARE(text, LetterCatalogue::builtIn(name, QStringLiteral("en")));

    // A mistake is refused with its line, and nothing is stored.
    QList<TemplateError> errors;
    QVERIFY(!letters.saveTemplate(name, QStringLiteral("en"), QStringLiteral("Dear {{requester.nam}},\n{{#if x}}"),
                                  &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().line, 2);
    QVERIFY(!letters.saveTemplate(name, QStringLiteral("en"), QStringLiteral("Dear {{requester.nam}},"), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().message.contains(QStringLiteral("requester.nam")));
    QCOMPARE(m_register->scalar(QStringLiteral("SELECT count(*) FROM letter_template")), 0);

    // A good one is used for the letters of this register, in its language only.
    const QString own = QStringLiteral("{{> letterhead}}\nOur own text for {{requester.name}} ({{case.number}}).\n");
    QVERIFY_OK(letters.saveTemplate(name, QStringLiteral("en"), own, &errors));
    QVERIFY(errors.isEmpty());
    QVERIFY_OK(letters.templateText(name, QStringLiteral("en"), &text, &overridden));
    QVERIFY(overridden);
    QCOMPARE(text, own);
    QVERIFY(seen(composed(name, QStringLiteral("en")).markdown)
                .contains(QStringLiteral("Our own text for Femke de Vries")));
    QVERIFY(!seen(composed(name, QStringLiteral("nl")).markdown).contains(QStringLiteral("Our own text")));

    // A part is checked in every letter that uses it: a request's value is refused in the shared
    // letterhead, which the breach letter uses too.
    QVERIFY(!letters.saveTemplate(QStringLiteral("_letterhead"), QStringLiteral("en"),
                                  QStringLiteral("{{organisation.name}} {{case.number}}"), &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().part, QStringLiteral("letterhead"));
    QVERIFY_OK(letters.saveTemplate(QStringLiteral("_letterhead"), QStringLiteral("en"),
                                    QStringLiteral("**{{organisation.name}}** — letterhead of our own\n"), &errors));
    QVERIFY(seen(composed(QStringLiteral("breach_subjects"), QStringLiteral("en")).markdown)
                .contains(QStringLiteral("letterhead of our own")));

    // Back to the built-in text.
    QVERIFY_OK(letters.resetTemplate(name, QStringLiteral("en")));
    QVERIFY_OK(letters.templateText(name, QStringLiteral("en"), &text, &overridden));
    QVERIFY(!overridden);
    QVERIFY(!seen(composed(name, QStringLiteral("en")).markdown).contains(QStringLiteral("Our own text")));
    // An unknown template or language is refused.
    QVERIFY(!letters.saveTemplate(QStringLiteral("poem"), QStringLiteral("en"), QStringLiteral("x"), &errors));
    QVERIFY(!letters.saveTemplate(name, QStringLiteral("de"), QStringLiteral("x"), &errors));
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
