// The Dutch workbook's sheet `Verwerkingen` read (docs/design/dutch-ecosystem.md §12.2): a row of
// cells into a processing activity, each column only where it differs from what the register writes
// for the activity today, the columns of one list of records read together and laid over the stored
// records.
#include "exchange/NlWorkbookSupport.h"

#include "DocumentLanguage.h"
#include "domain/Countries.h"
#include "domain/IsoTime.h"

#include <QLocale>
#include <QRegularExpression>

#include <functional>

namespace Custodian::Exchange::TabularSupport::NlWorkbook {

// A record of a list laid over the register's record of the same name: what the cells do not
// carry (a transfer's TIA, a category's national ground) stays.
QJsonObject storedRecord(const QJsonObject &activity, const char *list, const char *key, const QString &value)
{
    for (const QJsonValue &element : activity.value(QLatin1String(list)).toArray()) {
        const QJsonObject record = element.toObject();
        if (normalised(str(record, key)) == normalised(value))
            return record;
    }
    return QJsonObject();
}

class ActivityReader
{
public:
    ActivityReader(ImportContext &context, const NlRegister &current, RowReader &row)
        : context(context), current(current), row(row), stored(current.activities.value(row.matched))
    {}

    ImportContext &context;
    const NlRegister &current;
    RowReader &row;
    QJsonObject stored;
    QJsonObject object;
    QList<ImportContext::Pending> links;
    bool ok = true;

    void error(const char *key, const QString &message)
    {
        row.finding(key, Severity::Error, message);
        ok = false;
    }
    void text(const char *key, const char *field, bool lines = false)
    {
        if (row.changed(key))
            object.insert(QLatin1String(field), lines ? longText(row.text(key)) : row.text(key));
    }
    void link(const char *list, qsizetype element, const char *recordKey, EntityKind target, const QString &name,
              const char *column)
    {
        links.append({EntityKind::ProcessingActivity, -1, QLatin1String(list), element,
                      recordKey ? QLatin1String(recordKey) : QString(), target, name, row.origin,
                      QLatin1String(column)});
    }

    void read();

private:
    void status();
    void bodies();
    void jointControllers();
    void lawfulBases();
    void dataCategories();
    void sensitive();
    void provision();
    void recipients();
    void transfers();
    void measures();
    void automated();
    void dpia();
    void codes();
    void basedOn();
};

// The model the activity follows, as a web address; a reference that is none is kept as it is.
void ActivityReader::basedOn()
{
    if (!row.changed("gebaseerd_op"))
        return;
    const QString text = row.text("gebaseerd_op");
    const bool address =
        text.isEmpty() || text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"));
    object.insert(QStringLiteral("basedOn"), address ? text : QString());
    QJsonArray extra = object.value(QStringLiteral("extraFields")).toArray();
    extra.append(QJsonObject{{QStringLiteral("source"), Source},
                             {QStringLiteral("name"), row.headers.value(QStringLiteral("gebaseerd_op"))},
                             {QStringLiteral("value"), address ? QString() : text}});
    object.insert(QStringLiteral("extraFields"), extra);
    if (!address)
        row.finding("gebaseerd_op", Severity::Info,
                    Tabular::tr("\"%1\" is not a web address: it is kept on the activity as it is and written back "
                                "in this column.")
                        .arg(text.left(80)));
}

void ActivityReader::status()
{
    if (!row.changed("status"))
        return;
    const QString text = row.text("status");
    const QString code = text.isEmpty() ? QStringLiteral("draft") : Words::activityStatus(text);
    if (code.isEmpty())
        return error("status", Tabular::tr("\"%1\" is not a status: Concept, In beoordeling, Goedgekeurd, "
                                           "Vastgesteld or Beëindigd.")
                                   .arg(text.left(80)));
    object.insert(QStringLiteral("status"), code);
}

void ActivityReader::bodies()
{
    if (!row.changed("verwerkingsverantwoordelijke"))
        return;
    const QStringList names = Words::split(row.text("verwerkingsverantwoordelijke"));
    QJsonArray uuids;
    for (const QString &name : names) {
        // A body the register lacks is one of the organisation's own administrative bodies.
        if (context.findItem(EntityKind::Party, name, row.origin, QStringLiteral("verwerkingsverantwoordelijke"))
                .isEmpty()) {
            Origin created = row.origin;
            created.headers.insert(QStringLiteral("name"),
                                   row.headers.value(QStringLiteral("verwerkingsverantwoordelijke")));
            context.addItem(EntityKind::Party,
                            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("ownBody"), true}}, created);
            row.finding("verwerkingsverantwoordelijke", Severity::Info,
                        Tabular::tr("\"%1\" is not in the register: it is added as one of the organisation's "
                                    "administrative bodies.")
                            .arg(name.left(80)));
        }
        link("controllerBodyUuids", uuids.size(), nullptr, EntityKind::Party, name, "verwerkingsverantwoordelijke");
        uuids.append(name);
    }
    object.insert(QStringLiteral("controllerBodyUuids"), uuids);
}

void ActivityReader::jointControllers()
{
    if (!row.anyChanged({"gezamenlijk_verantwoordelijken", "verdeling_verantwoordelijkheid"}))
        return;
    QJsonArray records;
    QStringList names;
    for (const QString &line : Words::split(row.text("gezamenlijk_verantwoordelijken"))) {
        QString name = line;
        QString contact;
        // "Partij (contactpunt)": a name of the register or the file as it is, else without the last
        // brackets.
        static const QRegularExpression bracketed(QStringLiteral("^(.+?)\\s*\\(([^()]*)\\)$"));
        const QRegularExpressionMatch match = bracketed.match(line);
        if (match.hasMatch() &&
            context.findItem(EntityKind::Party, line, row.origin, QStringLiteral("gezamenlijk_verantwoordelijken"))
                .isEmpty()) {
            name = match.captured(1);
            contact = match.captured(2);
        }
        QJsonObject record = storedRecord(
            stored, "jointControllers", "partyUuid",
            context.findItem(EntityKind::Party, name, row.origin, QStringLiteral("gezamenlijk_verantwoordelijken")));
        record.insert(QStringLiteral("contactPoint"), contact);
        record.insert(QStringLiteral("essence"), QString());
        link("jointControllers", records.size(), "partyUuid", EntityKind::Party, name,
             "gezamenlijk_verantwoordelijken");
        names << normalised(name);
        records.append(record);
    }
    // "Partij: wat zij doet" lines, a line without a party's name continuing the one before.
    qsizetype last = -1;
    for (const QString &line : row.text("verdeling_verantwoordelijkheid").split(u'\n', Qt::SkipEmptyParts)) {
        const Words::NamedLine named = Words::namedLine(line);
        const qsizetype at = named.name.isEmpty() ? -1 : names.indexOf(normalised(named.name));
        if (at >= 0) {
            last = at;
            QJsonObject record = records.at(at).toObject();
            record.insert(QStringLiteral("essence"), named.value);
            records[at] = record;
        } else if (last >= 0) {
            QJsonObject record = records.at(last).toObject();
            record.insert(QStringLiteral("essence"), str(record, "essence") + u'\n' + line.trimmed());
            records[last] = record;
        } else if (!records.isEmpty()) {
            last = 0;
            QJsonObject record = records.at(0).toObject();
            record.insert(QStringLiteral("essence"), line.trimmed());
            records[0] = record;
        } else {
            row.finding("verdeling_verantwoordelijkheid", Severity::Warning,
                        Tabular::tr("The arrangement names no joint controller of the row: it is left out."));
        }
    }
    object.insert(QStringLiteral("jointControllers"), records);
}

void ActivityReader::lawfulBases()
{
    if (row.changed("rechtsgrond")) {
        QJsonArray codes;
        for (const QString &part : Words::split(row.text("rechtsgrond"))) {
            const QString code = Words::lawfulBasis(part);
            if (code.isEmpty())
                return error("rechtsgrond",
                             Tabular::tr("\"%1\" is not a lawful basis of Art. 6(1): write one of %2, or 6.1.a to "
                                         "6.1.f.")
                                 .arg(part.left(80), context.codeChoices(CodeKind::LawfulBasis)));
            if (!codes.contains(code))
                codes.append(code);
        }
        object.insert(QStringLiteral("lawfulBases"), codes);
    }
    if (row.changed("grondslag_wet")) {
        QStringList provision;
        QString interest;
        bool inInterest = false; // the lines after "Gerechtvaardigd belang:" are its own
        for (const QString &line : longText(row.text("grondslag_wet")).split(u'\n')) {
            const Words::NamedLine named = Words::namedLine(line);
            if (normalised(named.name) == QLatin1String("gerechtvaardigdbelang")) {
                interest = named.value;
                inInterest = true;
            } else if (inInterest) {
                interest += u'\n' + line;
            } else {
                provision << line;
            }
        }
        object.insert(QStringLiteral("legalProvision"), joinLines(provision).trimmed());
        object.insert(QStringLiteral("legitimateInterest"), interest);
    }
}

void ActivityReader::dataCategories()
{
    if (!row.anyChanged({"persoonsgegevens", "bijzondere_persoonsgegevens", "uitzondering_art9",
                         "bewaartermijn_omschrijving", "bewaartermijn_duur", "bewaartermijn_start",
                         "bewaartermijn_bron"}))
        return;
    QJsonArray records;
    QStringList names;
    // The categories the row names, else (without the column) the item's own; a field is cleared
    // for its column to fill only when the column is there.
    QStringList categories;
    if (row.present("persoonsgegevens")) {
        categories = Words::split(row.text("persoonsgegevens"));
    } else {
        for (const QJsonValue &value : stored.value(QStringLiteral("dataCategories")).toArray())
            categories << str(value.toObject(), "name");
    }
    for (const QString &name : std::as_const(categories)) {
        QJsonObject record = storedRecord(stored, "dataCategories", "name", name);
        record.insert(QStringLiteral("name"), name);
        if (row.present("bijzondere_persoonsgegevens"))
            record.insert(QStringLiteral("specialCategory"), QString());
        if (row.present("uitzondering_art9")) {
            record.insert(QStringLiteral("art9Exception"), QString());
            record.insert(QStringLiteral("nationalGround"), QString());
        }
        if (row.present("bewaartermijn_omschrijving"))
            record.insert(QStringLiteral("retentionRuleUuid"), QString());
        names << normalised(name);
        records.append(record);
    }
    auto each = [&](const char *key, const std::function<void(QJsonObject *, const QString &)> &apply) {
        const QList<Words::NamedLine> lines = namedLines(row.text(key));
        for (const Words::NamedLine &line : lines) {
            const qsizetype at = names.indexOf(normalised(line.name));
            if (line.name.isEmpty() && lines.size() == 1) {
                // One value for every category.
                for (qsizetype i = 0; i < records.size(); ++i) {
                    QJsonObject record = records.at(i).toObject();
                    apply(&record, line.value);
                    records[i] = record;
                }
            } else if (at < 0) {
                error(key, Tabular::tr("\"%1\" is not a category of personal data of the row: write \"Category: "
                                       "value\" with a category of its column \"%2\".")
                               .arg(line.name.isEmpty() ? line.value.left(80) : line.name.left(80),
                                    row.headers.value(QStringLiteral("persoonsgegevens"))));
            } else {
                QJsonObject record = records.at(at).toObject();
                apply(&record, line.value);
                records[at] = record;
            }
        }
    };
    each("bijzondere_persoonsgegevens", [&](QJsonObject *record, const QString &value) {
        if (Words::yesNo(value) == false)
            return;
        QString code = context.code(CodeKind::SpecialCategory, value);
        const QString bare = normalised(value);
        static const QList<std::pair<const char *, const char *>> words = {{"gezondheid", "health"},
                                                                           {"ras", "racial_ethnic_origin"},
                                                                           {"etnisch", "racial_ethnic_origin"},
                                                                           {"politiek", "political_opinions"},
                                                                           {"religi", "religious_beliefs"},
                                                                           {"levensovertuiging", "religious_beliefs"},
                                                                           {"vakbond", "trade_union_membership"},
                                                                           {"genetisch", "genetic"},
                                                                           {"biometrisch", "biometric"},
                                                                           {"seksue", "sex_life_orientation"}};
        for (const auto &[word, found] : words) {
            if (code.isEmpty() && bare.contains(QLatin1String(word)))
                code = QLatin1String(found);
        }
        if (code.isEmpty())
            return error("bijzondere_persoonsgegevens",
                         Tabular::tr("\"%1\" is not a special category of Art. 9(1): write one of %2.")
                             .arg(value.left(80), context.codeChoices(CodeKind::SpecialCategory)));
        record->insert(QStringLiteral("specialCategory"), code);
    });
    each("uitzondering_art9", [&](QJsonObject *record, const QString &value) {
        if (value.startsWith(u';')) { // a national ground without an exception of Art. 9(2)
            record->insert(QStringLiteral("nationalGround"), value.mid(1).trimmed());
            return;
        }
        const qsizetype semicolon = value.indexOf(u';');
        const QString exception = semicolon < 0 ? value : value.left(semicolon).trimmed();
        QString code = context.code(CodeKind::Art9Exception, exception);
        static const QRegularExpression letter(
            QStringLiteral("9\\s*(?:\\(\\s*2\\s*\\)|lid\\s*2)\\s*(?:onder|sub)?\\s*\\(?\\s*([a-j])\\s*\\)?(?![a-z])"),
            QRegularExpression::CaseInsensitiveOption);
        if (code.isEmpty()) {
            const QRegularExpressionMatch match = letter.match(exception);
            if (match.hasMatch())
                code = match.captured(1).toLower();
        }
        if (code.isEmpty()) {
            record->insert(QStringLiteral("nationalGround"), value);
            return;
        }
        record->insert(QStringLiteral("art9Exception"), code);
        record->insert(QStringLiteral("nationalGround"),
                       semicolon < 0 ? QString() : value.mid(semicolon + 1).trimmed());
    });
    // Retention: the rule each category names; a rule neither the file nor the register has is made
    // from the period, start and source the row gives for that category.
    QHash<QString, QString> period, start, source;
    for (const auto &[key, target] :
         {std::pair{"bewaartermijn_duur", &period}, std::pair{"bewaartermijn_start", &start},
          std::pair{"bewaartermijn_bron", &source}}) {
        // "Categorie: waarde" for a category of the row; anything else ("Eigen beleid: …") is the
        // value for every category.
        for (const Words::NamedLine &line : namedLines(row.text(key))) {
            if (!line.name.isEmpty() && names.contains(normalised(line.name)))
                target->insert(normalised(line.name), line.value);
            else
                target->insert(QString(),
                               line.name.isEmpty() ? line.value : line.name + QStringLiteral(": ") + line.value);
        }
    }
    auto forCategory = [](const QHash<QString, QString> &values, const QString &category) {
        return values.value(category, values.value(QString()));
    };
    each("bewaartermijn_omschrijving", [&](QJsonObject *record, const QString &ruleName) {
        const QString category = normalised(str(*record, "name"));
        QString uuid = context.findItem(EntityKind::RetentionRule, ruleName, row.origin,
                                        QStringLiteral("bewaartermijn_omschrijving"));
        if (uuid.isEmpty()) {
            QJsonObject rule{{QStringLiteral("name"), ruleName}};
            if (!readPeriod(row, "bewaartermijn_duur", forCategory(period, category), "periodCount", "periodUnit",
                            &rule)) {
                ok = false;
                return;
            }
            rule.insert(QStringLiteral("trigger"), forCategory(start, category));
            if (!forCategory(source, category).isEmpty())
                readRetentionSource(forCategory(source, category), context, &rule);
            Origin origin = row.origin;
            origin.headers.insert(QStringLiteral("name"),
                                  row.headers.value(QStringLiteral("bewaartermijn_omschrijving")));
            const qsizetype index = context.addItem(EntityKind::RetentionRule, rule, origin);
            uuid =
                context.items[EntityKind::RetentionRule].at(index).toObject().value(QStringLiteral("uuid")).toString();
            row.finding("bewaartermijn_omschrijving", Severity::Info,
                        Tabular::tr("\"%1\" is not a retention rule of the workbook or the register: a new one is "
                                    "created from the row's period, start and source.")
                            .arg(ruleName.left(80)));
        }
        record->insert(QStringLiteral("retentionRuleUuid"), uuid);
    });
    object.insert(QStringLiteral("dataCategories"), records);
}

void ActivityReader::sensitive()
{
    if (!row.changed("strafrechtelijk_bsn"))
        return;
    bool criminal = false, bsn = false;
    QString criminalGround, bsnGround;
    for (const Words::NamedLine &line : namedLines(row.text("strafrechtelijk_bsn"))) {
        const QString name = normalised(line.name.isEmpty() ? line.value : line.name);
        const QString value = line.name.isEmpty() ? QString() : line.value;
        if (name.startsWith(QLatin1String("bsn")) || name.contains(QLatin1String("burgerservicenummer"))) {
            bsn = true;
            bsnGround = value;
        } else if (name.startsWith(QLatin1String("strafrecht")) || name.contains(QLatin1String("criminal"))) {
            criminal = true;
            criminalGround = value;
        } else if (Words::yesNo(line.value) != false) {
            return error("strafrechtelijk_bsn",
                         Tabular::tr("\"%1\" is neither \"Strafrechtelijke gegevens: grond\", \"BSN: grond\" nor "
                                     "\"nee\".")
                             .arg(line.value.left(80)));
        }
    }
    object.insert(QStringLiteral("criminalData"), criminal);
    object.insert(QStringLiteral("criminalDataGround"), criminalGround);
    object.insert(QStringLiteral("bsn"), bsn);
    object.insert(QStringLiteral("bsnGround"), bsnGround);
}

void ActivityReader::provision()
{
    if (row.changed("herkomst")) {
        QStringList source;
        bool isPublic = false;
        for (const QString &line : longText(row.text("herkomst")).split(u'\n')) {
            const Words::NamedLine named = Words::namedLine(line);
            if (normalised(named.name) == QLatin1String("openbarebron"))
                isPublic = Words::yesNo(named.value).value_or(true);
            else
                source << line;
        }
        object.insert(QStringLiteral("dataSource"), joinLines(source).trimmed());
        object.insert(QStringLiteral("sourcePublic"), isPublic);
    }
    if (row.changed("verplichte_verstrekking")) {
        const QString text = row.text("verplichte_verstrekking");
        static const QRegularExpression first(QStringLiteral("^([^\\n;,.]*)[\\n;,.]?\\s*(.*)$"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = first.match(text);
        const QString head = match.captured(1).trimmed();
        QString code = context.code(CodeKind::ProvisionRequirement, head);
        QString consequence = match.captured(2).trimmed();
        const QString bare = normalised(text);
        if (code.isEmpty() && Words::yesNo(head) == false)
            code = QStringLiteral("voluntary");
        else if (code.isEmpty() && Words::yesNo(head) == true)
            code = bare.contains(QLatin1String("overeenkomst")) || bare.contains(QLatin1String("contract"))
                       ? QStringLiteral("contractual")
                       : QStringLiteral("statutory");
        if (code.isEmpty())
            consequence = text;
        else if (!context.code(CodeKind::ProvisionRequirement, head).isEmpty() || consequence.isEmpty())
            ; // the label, then the consequence
        else
            consequence = text; // "Ja, …": the whole sentence says why
        object.insert(QStringLiteral("provisionRequirement"), code);
        object.insert(QStringLiteral("provisionConsequence"), consequence);
    }
}

void ActivityReader::recipients()
{
    if (!row.anyChanged({"ontvangers", "verwerkers"}))
        return;
    QJsonArray records;
    QSet<qsizetype> used; // the stored recipients already taken by a line
    const QJsonArray storedRecipients = stored.value(QStringLiteral("recipients")).toArray();
    auto add = [&](const QString &name, const QString &kind, const char *column) {
        const QString party = context.findItem(EntityKind::Party, name, row.origin, QLatin1String(column));
        QJsonObject record;
        for (qsizetype i = 0; i < storedRecipients.size() && record.isEmpty(); ++i) {
            const QJsonObject candidate = storedRecipients.at(i).toObject();
            if (used.contains(i))
                continue;
            if ((!party.isEmpty() && str(candidate, "partyUuid") == party) ||
                (str(candidate, "partyUuid").isEmpty() &&
                 normalised(str(candidate, "description")) == normalised(name))) {
                record = candidate;
                used.insert(i);
            }
        }
        if (record.isEmpty()) {
            if (!party.isEmpty())
                record.insert(QStringLiteral("partyUuid"), party);
            else
                record.insert(QStringLiteral("description"), name);
        }
        const bool wasProcessor = str(record, "kind") == QLatin1String("processor");
        if (kind == QLatin1String("processor") || wasProcessor || str(record, "kind").isEmpty())
            record.insert(QStringLiteral("kind"), kind);
        records.append(record);
    };
    // A column the sheet lacks keeps the item's recipients of its kind as they are.
    auto keepStored = [&](bool processors) {
        for (qsizetype i = 0; i < storedRecipients.size(); ++i) {
            const QJsonObject candidate = storedRecipients.at(i).toObject();
            if ((str(candidate, "kind") == QLatin1String("processor")) == processors)
                records.append(candidate);
        }
    };
    if (!row.present("ontvangers"))
        keepStored(false);
    for (const QString &name : Words::split(row.text("ontvangers"))) {
        const QString kind = recipientKindOf(name);
        add(name, kind == QLatin1String("processor") ? QStringLiteral("external") : kind, "ontvangers");
    }
    if (!row.present("verwerkers"))
        keepStored(true);
    QJsonArray agreements;
    QStringList unknown;
    for (const QString &line : Words::split(row.text("verwerkers"))) {
        const Words::NamedLine named = Words::namedLine(line);
        if (normalised(named.name) == QLatin1String("overeenkomst")) {
            const QString agreement =
                context.findItem(EntityKind::Agreement, named.value, row.origin, QStringLiteral("verwerkers"));
            if (agreement.isEmpty())
                unknown << named.value;
            else if (!agreements.contains(agreement))
                agreements.append(agreement);
            continue;
        }
        add(line, QStringLiteral("processor"), "verwerkers");
        const QString agreement =
            context.findItem(EntityKind::Agreement, line, row.origin, QStringLiteral("verwerkers"));
        if (!agreement.isEmpty() && !agreements.contains(agreement))
            agreements.append(agreement);
        else if (agreement.isEmpty())
            row.finding("verwerkers", Severity::Info,
                        Tabular::tr("No agreement of the register is named \"%1\": add the processing agreement and "
                                    "link it to the activity.")
                            .arg(line.left(80)));
    }
    object.insert(QStringLiteral("recipients"), records);
    if (!row.changed("verwerkers"))
        return;
    object.insert(QStringLiteral("agreementUuids"), agreements);
    if (!unknown.isEmpty())
        row.finding("verwerkers", Severity::Warning,
                    Tabular::tr("%n agreement(s) are not in the register (%1): their names are kept on the activity "
                                "and written back in this column; add the agreements and link them.",
                                nullptr, int(unknown.size()))
                        .arg(unknown.join(QStringLiteral(", ")).left(200)));
    QJsonArray extra = object.value(QStringLiteral("extraFields")).toArray();
    extra.append(QJsonObject{{QStringLiteral("source"), Source},
                             {QStringLiteral("name"), UnknownAgreements},
                             {QStringLiteral("value"), Words::join(unknown)}});
    object.insert(QStringLiteral("extraFields"), extra);
}

bool readTransfers(RowReader &row, const QJsonObject &stored, QJsonObject *object)
{
    // Without the countries' column the item's transfers stay as they are.
    if (!row.present("doorgifte_landen") || !row.anyChanged({"doorgifte", "doorgifte_landen", "doorgifte_waarborg"}))
        return true;
    ImportContext &context = row.context;
    bool ok = true;
    auto error = [&row, &ok](const char *key, const QString &message) {
        row.finding(key, Severity::Error, message);
        ok = false;
    };
    QJsonArray records;
    QStringList names;
    for (const QString &name : Words::split(row.text("doorgifte_landen"))) {
        if (Words::yesNo(name) == false)
            continue;
        const QString code = Domain::Countries::codeOf(name);
        if (code.isEmpty()) {
            error("doorgifte_landen", Tabular::tr("\"%1\" is not a country Custodian knows.").arg(name.left(80)));
            continue;
        }
        // The n-th transfer to a country is the item's n-th transfer to it (two to the United States
        // keep their own records).
        const int occurrence = int(names.count(normalised(name)));
        QJsonObject record;
        int seen = 0;
        for (const QJsonValue &value : stored.value(QStringLiteral("transfers")).toArray()) {
            if (str(value.toObject(), "country") == code && seen++ == occurrence) {
                record = value.toObject();
                break;
            }
        }
        record.insert(QStringLiteral("country"), code);
        if (row.present("doorgifte_waarborg")) {
            record.insert(QStringLiteral("mechanism"), QString());
            record.insert(QStringLiteral("safeguards"), QString());
        }
        names << normalised(name);
        records.append(record);
    }
    const std::optional<bool> transferred =
        row.text("doorgifte").isEmpty() ? std::optional<bool>(!records.isEmpty()) : Words::yesNo(row.text("doorgifte"));
    if (row.present("doorgifte") && !transferred) {
        error("doorgifte", Tabular::tr("\"%1\" is not ja or nee.").arg(row.text("doorgifte").left(80)));
        return false;
    }
    if (transferred == true && records.isEmpty())
        row.finding("doorgifte", Severity::Warning,
                    Tabular::tr("Transfers are marked, but no country is named: name the countries in their "
                                "column."));
    const QList<Words::NamedLine> lines = namedLines(row.text("doorgifte_waarborg"));
    QHash<QString, int> taken; // country → safeguard lines read for it
    for (const Words::NamedLine &line : lines) {
        const QString country = normalised(line.name);
        qsizetype at = -1;
        for (int n = taken.value(country), i = 0; i < names.size(); ++i) {
            if (names.at(i) == country && n-- == 0) {
                at = i;
                break;
            }
        }
        if (at >= 0)
            taken[country] += 1;
        else if (names.contains(country))
            at = names.indexOf(country); // more lines than transfers: the first takes them
        if (at < 0 && line.name.isEmpty() && records.size() == 1)
            at = 0;
        if (at < 0) {
            error("doorgifte_waarborg", Tabular::tr("\"%1\" is not a country of the row: write \"Country: "
                                                    "safeguard\".")
                                            .arg((line.name.isEmpty() ? line.value : line.name).left(80)));
            continue;
        }
        QJsonObject record = records.at(at).toObject();
        const qsizetype semicolon = line.value.indexOf(u';');
        const QString first = semicolon < 0 ? line.value : line.value.left(semicolon).trimmed();
        QString mechanism = context.code(CodeKind::TransferMechanism, first);
        QString safeguards = semicolon < 0 ? QString() : line.value.mid(semicolon + 1).trimmed();
        if (mechanism.isEmpty()) {
            mechanism = mechanismOf(line.value);
            safeguards = line.value;
        }
        record.insert(QStringLiteral("mechanism"), mechanism);
        record.insert(QStringLiteral("safeguards"), safeguards);
        records[at] = record;
    }
    object->insert(QStringLiteral("transfers"), records);
    return ok;
}

void ActivityReader::transfers()
{
    ok = readTransfers(row, stored, &object) && ok;
}

void readMeasures(RowReader &row, QJsonObject *object)
{
    ImportContext &context = row.context;
    if (!row.changed("toms"))
        return;
    QJsonArray measures;
    QStringList unknown;
    for (const QString &name : Words::split(row.text("toms"))) {
        const QString found = context.findItem(EntityKind::SecurityMeasure, name, row.origin, QStringLiteral("toms"));
        if (found.isEmpty())
            unknown << name;
        else if (!measures.contains(found))
            measures.append(found);
    }
    object->insert(QStringLiteral("measureUuids"), measures);
    if (!unknown.isEmpty())
        row.finding("toms", Severity::Warning,
                    Tabular::tr("%n measure(s) are not in the register (%1): their names are kept on the activity and "
                                "written back in this column; add the measures and link them.",
                                nullptr, int(unknown.size()))
                        .arg(unknown.join(QStringLiteral(", ")).left(200)));
    QJsonArray extra = object->value(QStringLiteral("extraFields")).toArray();
    extra.append(QJsonObject{{QStringLiteral("source"), Source},
                             {QStringLiteral("name"), UnknownMeasures},
                             {QStringLiteral("value"), Words::join(unknown)}});
    object->insert(QStringLiteral("extraFields"), extra);
}

void ActivityReader::measures()
{
    readMeasures(row, &object);
}

void ActivityReader::automated()
{
    if (!row.changed("geautomatiseerde_besluitvorming"))
        return;
    bool decisions = false, profiling = false;
    QString logic, consequences;
    for (const Words::NamedLine &line : namedLines(row.text("geautomatiseerde_besluitvorming"))) {
        const QString name = normalised(line.name);
        if (line.name.isEmpty()) {
            const std::optional<bool> flag = Words::yesNo(line.value);
            if (!flag)
                return error("geautomatiseerde_besluitvorming",
                             Tabular::tr("\"%1\" is not ja or nee (then \"Logica: …\" and \"Gevolgen: …\" lines).")
                                 .arg(line.value.left(80)));
            decisions = *flag;
        } else if (name == QLatin1String("profilering")) {
            profiling = Words::yesNo(line.value).value_or(true);
        } else if (name == QLatin1String("logica")) {
            logic = line.value;
        } else if (name == QLatin1String("gevolgen")) {
            consequences = line.value;
        } else {
            return error("geautomatiseerde_besluitvorming",
                         Tabular::tr("\"%1\" is not ja or nee (then \"Logica: …\" and \"Gevolgen: …\" lines).")
                             .arg(line.name.left(80)));
        }
    }
    object.insert(QStringLiteral("automatedDecisions"), decisions);
    object.insert(QStringLiteral("profiling"), profiling);
    object.insert(QStringLiteral("automatedLogic"), logic);
    object.insert(QStringLiteral("automatedConsequences"), consequences);
}

void ActivityReader::dpia()
{
    if (row.changed("dpia_verplicht")) {
        QString required;
        QJsonArray criteria, wp248;
        for (const Words::NamedLine &line : namedLines(row.text("dpia_verplicht"))) {
            const QString name = normalised(line.name);
            if (line.name.isEmpty()) {
                const std::optional<bool> flag = Words::yesNo(line.value);
                required = flag ? (*flag ? QStringLiteral("yes") : QStringLiteral("no"))
                                : context.code(CodeKind::DpiaRequired, line.value);
                if (required.isEmpty() && normalised(line.value).startsWith(QLatin1String("onbekend")))
                    required = QStringLiteral("unknown");
                if (required.isEmpty())
                    return error("dpia_verplicht",
                                 Tabular::tr("\"%1\" is not ja, nee or onbekend.").arg(line.value.left(80)));
                continue;
            }
            const bool ap = name == QLatin1String("aplijst");
            if (!ap && name != QLatin1String("wp248"))
                return error("dpia_verplicht", Tabular::tr("\"%1\" is not \"AP-lijst\" or \"WP248\".").arg(line.name));
            for (const QString &label : line.value.split(u';', Qt::SkipEmptyParts)) {
                const QString code =
                    context.code(ap ? CodeKind::DpiaCriterion : CodeKind::Wp248Criterion, label.trimmed());
                if (code.isEmpty())
                    return error(
                        "dpia_verplicht",
                        Tabular::tr("\"%1\" is not a criterion of the %2.").arg(label.trimmed().left(80), line.name));
                (ap ? criteria : wp248).append(code);
            }
        }
        object.insert(QStringLiteral("dpiaRequired"), required.isEmpty() ? QStringLiteral("unknown") : required);
        object.insert(QStringLiteral("dpiaCriteria"), criteria);
        object.insert(QStringLiteral("wp248Criteria"), wp248);
    }
    if (row.changed("dpia_status")) {
        const QStringList lines = Words::split(longText(row.text("dpia_status")).replace(u'\n', QLatin1String(" | ")));
        QString status, reference;
        QDate completed;
        for (const QString &line : lines) {
            const QString code = context.code(CodeKind::DpiaStatus, line);
            const QDate day = Words::date(line);
            if (!code.isEmpty() && status.isEmpty())
                status = code;
            else if (day.isValid() && !completed.isValid())
                completed = day;
            else if (normalised(line) == QLatin1String("afgerond") || normalised(line) == QLatin1String("uitgevoerd"))
                status = QStringLiteral("completed");
            else if (reference.isEmpty())
                reference = line;
            else
                reference += u' ' + line;
        }
        object.insert(QStringLiteral("dpiaStatus"), status.isEmpty() ? QStringLiteral("not_started") : status);
        object.insert(QStringLiteral("dpiaCompletedOn"),
                      completed.isValid() ? QJsonValue(Domain::IsoTime::day(completed)) : QJsonValue());
        object.insert(QStringLiteral("dpiaReference"), reference);
    }
}

void ActivityReader::codes()
{
    if (row.changed("vertrouwelijkheid")) {
        const QString text = row.text("vertrouwelijkheid");
        const QString code = context.code(CodeKind::Confidentiality, text);
        if (!text.isEmpty() && code.isEmpty())
            return error("vertrouwelijkheid",
                         Tabular::tr("\"%1\" is not Normaal or Vertrouwelijk.").arg(text.left(80)));
        object.insert(QStringLiteral("confidentiality"), code);
    }
    if (row.changed("log_bewaartermijn"))
        ok = readPeriod(row, "log_bewaartermijn", row.text("log_bewaartermijn"), "logRetentionCount",
                        "logRetentionUnit", &object) &&
             ok;
    if (row.changed("publiceren")) {
        const std::optional<bool> flag = row.text("publiceren").isEmpty()
                                             ? std::optional<bool>(false)
                                             : Words::yesNo(row.text("publiceren").section(u' ', 0, 0));
        if (!flag)
            return error("publiceren", Tabular::tr("\"%1\" is not ja or nee.").arg(row.text("publiceren").left(80)));
        object.insert(QStringLiteral("publish"), *flag);
    }
    if (row.changed("review_datum"))
        ok = readDate(row, "review_datum", "nextReview", &object) && ok;
}

void noteTakenNumber(RowReader &row)
{
    if (!row.changed("nummer"))
        return;
    const QString number = row.text("nummer").toUpper();
    const QString owner = row.current.activityNumbers.value(number);
    if (!number.isEmpty() && !owner.isEmpty() && owner != row.matched)
        row.finding("nummer", Severity::Info,
                    Tabular::tr("%1 is the number of another processing activity of the register: this one gets the "
                                "next free number.")
                        .arg(number.left(40)));
}

void ActivityReader::read()
{
    text("nummer", "number");
    noteTakenNumber(row);
    text("naam", "name");
    basedOn();
    text("categorie", "category");
    text("afdeling", "ownerDepartment");
    text("contactpersoon", "ownerPerson");
    text("doelen", "purpose", true);
    text("systemen", "systems", true);
    if (row.changed("betrokkenen"))
        object.insert(QStringLiteral("subjectCategories"),
                      QJsonArray::fromStringList(Words::split(row.text("betrokkenen"))));
    text("opmerkingen", "description");
    text("fg_opmerkingen", "dpoNotes");
    status();
    bodies();
    jointControllers();
    lawfulBases();
    dataCategories();
    sensitive();
    provision();
    recipients();
    transfers();
    measures();
    automated();
    dpia();
    codes();
    if (row.changed("organisatie_oin")) {
        const QString text = row.text("organisatie_oin");
        if (!text.isEmpty() && text != str(current.organisation, "oin") &&
            text != str(current.organisation, "registrationNumber") &&
            !context.items.contains(EntityKind::Organisation))
            row.finding("organisatie_oin", Severity::Warning,
                        Tabular::tr("\"%1\" is neither the organisation's OIN nor its KvK number: the activity is "
                                    "imported as the register's own.")
                            .arg(text.left(80)));
    }
}

void readActivities(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current)
{
    const NlList &list = *nlList(Verwerkingen);
    bool versionsNoted = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        const QString name = row.text("naam");
        if (name.isEmpty()) {
            row.finding("naam", Severity::Error, Tabular::tr("The name is empty: it names the processing activity."));
            continue;
        }
        QJsonObject object = row.begin(Verwerkingen, "naam", "name");
        // A workbook older than the activity's last change would undo that change where it differs.
        if (!row.matched.isEmpty() && !row.text("gewijzigd_op").isEmpty()) {
            const QDateTime inFile = Words::moment(row.raw("gewijzigd_op"));
            const QDateTime inRegister =
                QDateTime::fromString(row.stored.value(QStringLiteral("gewijzigd_op")), Qt::ISODate);
            if (inFile.isValid() && inRegister.isValid() && inFile.msecsTo(inRegister) > 1000)
                row.finding("gewijzigd_op", Severity::Warning,
                            Tabular::tr("The activity was changed in the register after this workbook was made "
                                        "(%1): where the row differs, it undoes that change. Export the register "
                                        "again and make the edits there, or check the dry run's changes.")
                                .arg(QLocale().toString(inRegister.toLocalTime(), QLocale::ShortFormat)));
        }
        ActivityReader reader(context, current, row);
        reader.object = object;
        reader.read();
        if (!versionsNoted) {
            for (const NlColumn &column : list.columns) {
                if (column.written && row.changed(column.key) && !row.text(column.key).isEmpty()) {
                    versionsNoted = true;
                    row.finding(column.key, Severity::Info,
                                Tabular::tr("The register makes the activity versions and the moments of its history "
                                            "itself: the columns of versions and moments are not read."));
                    break;
                }
            }
        }
        readExtraColumns(row, list, &reader.object);
        if (!reader.ok)
            continue;
        const qsizetype index = context.addItem(EntityKind::ProcessingActivity, reader.object, row.origin);
        for (ImportContext::Pending &link : reader.links) {
            link.index = index;
            context.pending.append(link);
        }
    }
}

} // namespace Custodian::Exchange::TabularSupport::NlWorkbook
