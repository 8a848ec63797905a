// The ICO layout: the processing activities in the columns of the ICO's record-of-processing
// template for controllers (../shared/domain/ICO-TEMPLATE.md). Its cells are free text written by
// people: the import maps what it recognises, keeps the text of what it does not in the activity's
// description ("Header: text"), and says so for each cell.
#include "exchange/TabularSupport.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/ExtraField.h"
#include "exchange/DutchVocabulary.h"

#include <QRegularExpression>

namespace Custodian::Exchange::TabularSupport {

using Domain::EntityKind;
using CodeKind = Domain::Codes::Kind;

namespace {

constexpr const char *Context = "Custodian::Exchange::Tabular";
constexpr qsizetype MaximumName = 120;

QString stripSuffix(const QString &header)
{
    static const QRegularExpression suffix(QStringLiteral("\\((if applicable|if possible|yes/no|indien van toepassing|"
                                                          "indien mogelijk|ja/nee)\\)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return QString(header).remove(suffix);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &element : value.toArray())
        list << element.toString();
    return list;
}

// The rights a data subject has under the lawful bases (Arts. 15–22 and 7(3)), in the order of the articles.
QStringList rightsFor(const QStringList &bases, const DocumentLanguage &language)
{
    auto has = [&bases](const char *code) { return bases.contains(QLatin1String(code)); };
    QStringList rights;
    auto add = [&](const char *right) { rights << language.translate(Context, right); };
    if (bases.isEmpty())
        return rights;
    add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Access (Art. 15)"));
    add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Rectification (Art. 16)"));
    if (has("a") || has("b") || has("d") || has("f") || has("e"))
        add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Erasure (Art. 17)"));
    add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Restriction (Art. 18)"));
    if (has("a") || has("b"))
        add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Data portability (Art. 20)"));
    if (has("e") || has("f"))
        add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Objection (Art. 21)"));
    if (has("a"))
        add(QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Withdrawal of consent (Art. 7(3))"));
    return rights;
}

// "Art. 6(1)(f)", "Legitimate interests", "Wettelijke verplichting": the bases a cell names.
QStringList lawfulBases(const QString &text, QStringList *unknown)
{
    QStringList codes;
    static const QRegularExpression separators(QStringLiteral("[\\r\\n;,]+"));
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const QString found = DutchVocabulary::lawfulBasis(part);
        if (found.isEmpty())
            unknown->append(part);
        else if (!codes.contains(found))
            codes << found;
    }
    return codes;
}

} // namespace

QString mechanismOf(const QString &text)
{
    const QString bare = normalised(text);
    if (bare.contains(QLatin1String("standardcontractual")) || bare.contains(QLatin1String("standaardcontract")) ||
        bare.contains(QLatin1String("scc")) || bare.contains(QLatin1String("modelcontract")))
        return QStringLiteral("scc");
    if (bare.contains(QLatin1String("bindingcorporate")) || bare.contains(QLatin1String("bcr")))
        return QStringLiteral("bcr");
    if (bare.contains(QLatin1String("dataprivacyframework")) || bare.contains(QLatin1String("dpf")))
        return QStringLiteral("dpf");
    if (bare.contains(QLatin1String("adequa")))
        return QStringLiteral("adequacy");
    return QString();
}

QString recipientKindOf(const QString &text)
{
    const QString bare = normalised(text);
    if (bare.contains(QLatin1String("processor")) || bare.contains(QLatin1String("verwerker")))
        return QStringLiteral("processor");
    if (bare.contains(QLatin1String("internal")) || bare.contains(QLatin1String("intern")) ||
        bare.contains(QLatin1String("department")) || bare.contains(QLatin1String("afdeling")))
        return QStringLiteral("internal");
    for (const char *word : {"authority", "government", "police", "hmrc", "overheid", "politie", "belastingdienst",
                             "gemeente", "council", "uwv"}) {
        if (bare.contains(QLatin1String(word)))
            return QStringLiteral("authority");
    }
    return QStringLiteral("external");
}

namespace {

QString nameOf(const QString &first)
{
    if (first.size() <= MaximumName)
        return first;
    QString cut = first.left(MaximumName);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > MaximumName / 2)
        cut.truncate(space);
    return cut.trimmed() + QStringLiteral("…");
}

bool isNothing(const QString &text)
{
    static const QSet<QString> nothing = {QString(),
                                          QStringLiteral("na"),
                                          QStringLiteral("none"),
                                          QStringLiteral("no"),
                                          QStringLiteral("nee"),
                                          QStringLiteral("geen"),
                                          QStringLiteral("nvt"),
                                          QStringLiteral("notapplicable")};
    return nothing.contains(normalised(text));
}

} // namespace

const QList<IcoColumn> &icoColumns()
{
    static const QList<IcoColumn> columns = {
        {"businessFunction", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Business function")},
        {"purpose", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Purpose of processing")},
        {"jointControllers", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular",
                                               "Name and contact details of joint controller (if applicable)")},
        {"subjects", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Categories of individuals")},
        {"data", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Categories of personal data")},
        {"recipients", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Categories of recipients")},
        {"contract", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Link to contract with processor")},
        {"countries", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular",
                                        "Names of third countries or international organisations that personal data "
                                        "are transferred to (if applicable)")},
        {"safeguards", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular",
                                         "Safeguards for exceptional transfers of personal data to third countries or "
                                         "international organisations (if applicable)")},
        {"retention", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Retention schedule (if possible)")},
        {"measures", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular",
                                       "General description of technical and organisational security measures (if "
                                       "possible)")},
        {"lawfulBasis",
         QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Article 6 lawful basis for processing personal data")},
        {"article9", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Article 9 basis for processing special "
                                                                       "category data")},
        {"legitimateInterest",
         QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Legitimate interests for the processing (if applicable)")},
        {"liaReference", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular",
                                           "Link to record of legitimate interests assessment (if applicable)")},
        {"rights", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Rights available to individuals")},
        {"automated", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular",
                                        "Existence of automated decision-making, including profiling (yes/no)")},
        {"source",
         QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "The source of the personal data (if applicable)")},
        {"consentRecord", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Link to record of consent")},
        {"location", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Location of personal data")},
        {"dpiaRequired",
         QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Data Protection Impact Assessment required? (yes/no)")},
        {"dpiaProgress",
         QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Data Protection Impact Assessment progress")},
        {"dpiaLink", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Link to Data Protection Impact Assessment")},
        {"breach", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Personal data breach? (yes/no)")},
        {"breachLink", QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "Link to record of personal data breach")},
    };
    return columns;
}

QString icoHeader(const IcoColumn &column, const DocumentLanguage *language)
{
    return translated(language, Context, column.header);
}

QString icoTitle(const DocumentLanguage *language)
{
    return translated(language, Context, QT_TRANSLATE_NOOP("Custodian::Exchange::Tabular", "ICO record of processing"));
}

Table icoTable(const ExportContext &context)
{
    const DocumentLanguage &language = context.language;
    Table table;
    table.key = QStringLiteral("ico");
    table.title = icoTitle(&language);
    for (const IcoColumn &column : icoColumns())
        table.columns.append({QLatin1String(column.key), icoHeader(column, &language), TableColumn::Type::LongText});
    table.columns[0].type = TableColumn::Type::Text;

    // Breaches by the activities they affected.
    QHash<QString, QStringList> breaches;
    for (const QJsonValue &element : context.items.value(EntityKind::Breach)) {
        const QJsonObject breach = element.toObject();
        for (const QString &activity : strings(breach.value(QStringLiteral("activities"))))
            breaches[activity] << breach.value(QStringLiteral("number")).toString();
    }
    auto lines = [](const QStringList &list) { return list.isEmpty() ? QVariant() : QVariant(list.join(u'\n')); };
    auto text = [](const QJsonObject &item, const char *key) {
        const QString value = item.value(QLatin1String(key)).toString();
        return value.isEmpty() ? QVariant() : QVariant(value);
    };
    auto label = [&language](CodeKind kind, const QString &code) {
        return code.isEmpty() ? QString() : Domain::Codes::label(kind, code, language);
    };
    const QLocale::Language countryLanguage =
        language.code() == QLatin1String("nl") ? QLocale::Dutch : QLocale::English;

    // The activities' extra fields, a column each after the ICO's, in the order first seen: a file
    // imported with more columns than the template's is written back with them.
    QStringList extraNames; // normalised
    for (const QJsonValue &element : context.items.value(EntityKind::ProcessingActivity)) {
        const QJsonObject item = element.toObject();
        if (item.value(QStringLiteral("status")).toString() == QLatin1String("retired"))
            continue;
        for (const QJsonValue &field : item.value(QStringLiteral("extraFields")).toArray()) {
            const QString header = field.toObject().value(QStringLiteral("name")).toString().trimmed();
            const QString name = Domain::ExtraFields::normalisedName(header);
            if (name.isEmpty() || extraNames.contains(name))
                continue;
            extraNames << name;
            table.columns.append(
                {QStringLiteral("extra.%1").arg(extraNames.size()), header, TableColumn::Type::LongText});
        }
    }

    for (const QJsonValue &element : context.items.value(EntityKind::ProcessingActivity)) {
        const QJsonObject item = element.toObject();
        if (item.value(QStringLiteral("status")).toString() == QLatin1String("retired"))
            continue;
        const QString uuid = item.value(QStringLiteral("uuid")).toString();
        const QString name = item.value(QStringLiteral("name")).toString();
        const QString purpose = item.value(QStringLiteral("purpose")).toString();
        QStringList joint, data, recipients, contracts, countries, safeguards, retention, measures, special;
        for (const QJsonValue &v : item.value(QStringLiteral("jointControllers")).toArray()) {
            const QJsonObject row = v.toObject();
            QString line = context.name(EntityKind::Party, row.value(QStringLiteral("partyUuid")).toString());
            if (!row.value(QStringLiteral("contactPoint")).toString().isEmpty())
                line += QStringLiteral(" (%1)").arg(row.value(QStringLiteral("contactPoint")).toString());
            joint << line;
        }
        for (const QJsonValue &v : item.value(QStringLiteral("dataCategories")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString category = row.value(QStringLiteral("name")).toString();
            data << category;
            const QString rule = row.value(QStringLiteral("retentionRuleUuid")).toString();
            if (!rule.isEmpty())
                retention << QStringLiteral("%1: %2").arg(category, context.name(EntityKind::RetentionRule, rule));
            const QString exception = row.value(QStringLiteral("art9Exception")).toString();
            if (!exception.isEmpty())
                special << QStringLiteral("%1: %2").arg(category, label(CodeKind::Art9Exception, exception));
        }
        for (const QJsonValue &v : item.value(QStringLiteral("recipients")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString party = row.value(QStringLiteral("partyUuid")).toString();
            recipients << (party.isEmpty() ? row.value(QStringLiteral("description")).toString()
                                           : context.name(EntityKind::Party, party));
        }
        for (const QString &agreement : strings(item.value(QStringLiteral("agreementUuids"))))
            contracts << context.name(EntityKind::Agreement, agreement);
        for (const QJsonValue &v : item.value(QStringLiteral("transfers")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString code = row.value(QStringLiteral("country")).toString();
            const Domain::Countries::Country *country = Domain::Countries::find(code);
            const QString countryName = country ? country->name(countryLanguage) : code;
            countries << countryName;
            QStringList parts;
            if (!row.value(QStringLiteral("mechanism")).toString().isEmpty())
                parts << label(CodeKind::TransferMechanism, row.value(QStringLiteral("mechanism")).toString());
            if (!row.value(QStringLiteral("safeguards")).toString().isEmpty())
                parts << row.value(QStringLiteral("safeguards")).toString();
            if (!parts.isEmpty())
                safeguards << QStringLiteral("%1: %2").arg(countryName, parts.join(QStringLiteral("; ")));
        }
        for (const QString &measure : strings(item.value(QStringLiteral("measureUuids"))))
            measures << context.name(EntityKind::SecurityMeasure, measure);
        const QStringList bases = strings(item.value(QStringLiteral("lawfulBases")));
        QStringList basisLabels;
        for (const QString &basis : bases)
            basisLabels << label(CodeKind::LawfulBasis, basis);
        const bool automated = item.value(QStringLiteral("automatedDecisions")).toBool() ||
                               item.value(QStringLiteral("profiling")).toBool();
        const QString dpiaRequired = item.value(QStringLiteral("dpiaRequired")).toString();
        const QStringList affected = breaches.value(uuid);

        QVariantList row;
        row << text(item, "ownerDepartment")
            << QVariant(purpose.isEmpty() || purpose == name ? name : name + u'\n' + purpose) << lines(joint)
            << lines(strings(item.value(QStringLiteral("subjectCategories")))) << lines(data) << lines(recipients)
            << lines(contracts) << lines(countries) << lines(safeguards) << lines(retention) << lines(measures)
            << lines(basisLabels) << lines(special) << text(item, "legitimateInterest") << text(item, "liaReference")
            << lines(rightsFor(bases, language)) << QVariant(context.yesNo(automated)) << text(item, "dataSource")
            << text(item, "consentRecord") << text(item, "storageLocation")
            << (dpiaRequired == QLatin1String("yes")  ? QVariant(context.yesNo(true))
                : dpiaRequired == QLatin1String("no") ? QVariant(context.yesNo(false))
                                                      : QVariant())
            << QVariant(label(CodeKind::DpiaStatus, item.value(QStringLiteral("dpiaStatus")).toString()))
            << text(item, "dpiaReference") << QVariant(context.yesNo(!affected.isEmpty())) << lines(affected);
        QList<QStringList> extra(extraNames.size());
        for (const QJsonValue &value : item.value(QStringLiteral("extraFields")).toArray()) {
            const QJsonObject field = value.toObject();
            const qsizetype at =
                extraNames.indexOf(Domain::ExtraFields::normalisedName(field.value(QStringLiteral("name")).toString()));
            if (at >= 0)
                extra[at] << field.value(QStringLiteral("value")).toString();
        }
        for (const QStringList &values : std::as_const(extra))
            row << lines(values);
        table.rows << row;
    }
    return table;
}

Tabular::Plan icoPlan(const RawTable &table)
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> names;
        for (const IcoColumn &column : icoColumns()) {
            for (const DocumentLanguage *language : {&english(), &dutch()})
                names.insert(normalised(stripSuffix(icoHeader(column, language))), QLatin1String(column.key));
            names.insert(normalised(QLatin1String(column.key)), QLatin1String(column.key));
        }
        return names;
    }();
    Tabular::Plan plan{QStringLiteral("ico"), {}};
    int matched = 0;
    QSet<QString> taken;
    for (const QString &header : table.headers) {
        const QString name = normalised(stripSuffix(header));
        QString key = index.value(name);
        // Headers shortened or reworded at their end ("Names of third countries …").
        for (auto it = index.constBegin(); key.isEmpty() && name.size() >= 16 && it != index.constEnd(); ++it) {
            if (it.key().startsWith(name.left(24)))
                key = it.value();
        }
        if (taken.contains(key))
            key.clear();
        if (!key.isEmpty()) {
            taken.insert(key);
            ++matched;
        }
        plan.columns << key;
    }
    if (matched < 3 || !taken.contains(QStringLiteral("purpose")))
        plan.listKey.clear();
    return plan;
}

void readIcoList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan)
{
    QHash<QString, QString> headers;
    QHash<QString, qsizetype> at;
    for (qsizetype c = 0; c < plan.columns.size() && c < table.headers.size(); ++c) {
        if (!plan.columns.at(c).isEmpty()) {
            headers.insert(plan.columns.at(c), table.headers.at(c));
            at.insert(plan.columns.at(c), c);
        }
    }
    // The merge's findings name fields: each is shown under the ICO column it came from.
    static const QList<std::pair<const char *, const char *>> fieldColumns = {{"name", "purpose"},
                                                                              {"purpose", "purpose"},
                                                                              {"ownerDepartment", "businessFunction"},
                                                                              {"subjectCategories", "subjects"},
                                                                              {"dataCategories", "data"},
                                                                              {"agreementUuids", "contract"},
                                                                              {"transfers", "countries"},
                                                                              {"measureUuids", "measures"},
                                                                              {"lawfulBases", "lawfulBasis"},
                                                                              {"dataSource", "source"},
                                                                              {"storageLocation", "location"},
                                                                              {"dpiaStatus", "dpiaProgress"},
                                                                              {"dpiaReference", "dpiaLink"},
                                                                              {"automatedDecisions", "automated"}};
    for (const auto &[field, column] : fieldColumns) {
        if (headers.contains(QLatin1String(column)))
            headers.insert(QLatin1String(field), headers.value(QLatin1String(column)));
    }
    bool rightsNoted = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        const Origin origin{table.file, table.sheet, table.rowNumbers.value(r), headers};
        auto cell = [&](const char *key) {
            const qsizetype c = at.value(QLatin1String(key), -1);
            return c < 0 ? QString() : ImportContext::text(row.value(c));
        };
        auto present = [&](const char *key) { return at.contains(QLatin1String(key)); };
        QStringList notes; // what could not be mapped: kept in the description
        auto keep = [&](const char *key, const QString &text, Severity severity, const QString &why) {
            notes << QStringLiteral("%1: %2").arg(headers.value(QLatin1String(key)), text);
            context.add(origin, QLatin1String(key), severity, why);
        };

        const QString purposeCell = cell("purpose");
        if (purposeCell.isEmpty()) {
            context.error(origin, QStringLiteral("purpose"),
                          Tabular::tr("The purpose of processing is empty: it names the activity."));
            continue;
        }
        QJsonObject object;
        QList<ImportContext::Pending> links;
        const QStringList purposeLines = ImportContext::split(purposeCell, false);
        const QString name = nameOf(purposeLines.value(0));
        object.insert(QStringLiteral("name"), name);
        object.insert(QStringLiteral("purpose"),
                      purposeLines.size() > 1 ? purposeLines.mid(1).join(u'\n') : purposeCell);
        if (name != purposeLines.value(0))
            context.add(origin, QStringLiteral("purpose"), Severity::Info,
                        Tabular::tr("The purpose is long: the activity is named by its beginning, \"%1\".").arg(name));
        if (present("businessFunction"))
            object.insert(QStringLiteral("ownerDepartment"), cell("businessFunction"));
        if (present("jointControllers")) {
            QJsonArray records;
            for (const QString &party : ImportContext::split(cell("jointControllers"), true)) {
                links.append({EntityKind::ProcessingActivity, -1, QStringLiteral("jointControllers"), records.size(),
                              QStringLiteral("partyUuid"), EntityKind::Party, party, origin,
                              QStringLiteral("jointControllers")});
                records.append(QJsonObject{{QStringLiteral("partyUuid"), party}});
            }
            object.insert(QStringLiteral("jointControllers"), records);
        }
        static const QRegularExpression listSeparators(QStringLiteral("[\\r\\n;,]+"));
        auto items = [](const QString &text) {
            QStringList list;
            for (const QString &part : text.split(listSeparators, Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    list << part.trimmed();
            }
            return list;
        };
        if (present("subjects"))
            object.insert(QStringLiteral("subjectCategories"), stringArray(items(cell("subjects"))));
        QJsonArray categories;
        if (present("data")) {
            for (const QString &category : items(cell("data")))
                categories.append(QJsonObject{{QStringLiteral("name"), category}});
        }
        if (present("recipients")) {
            QJsonArray recipients;
            for (const QString &recipient : ImportContext::split(cell("recipients"), true))
                recipients.append(QJsonObject{{QStringLiteral("description"), recipient},
                                              {QStringLiteral("kind"), recipientKindOf(recipient)}});
            object.insert(QStringLiteral("recipients"), recipients);
            if (!recipients.isEmpty())
                context.add(origin, QStringLiteral("recipients"), Severity::Info,
                            Tabular::tr("The kind of each recipient (internal, external, processor, authority) was "
                                        "guessed from its words: check it in the activity."));
        }
        if (present("contract")) {
            QJsonArray agreements;
            QStringList unknown;
            for (const QString &contract : ImportContext::split(cell("contract"), false)) {
                const QString found =
                    context.findItem(EntityKind::Agreement, contract, origin, QStringLiteral("contract"));
                if (!found.isEmpty())
                    agreements.append(found);
                else
                    unknown << contract;
            }
            if (!unknown.isEmpty())
                keep("contract", unknown.join(QStringLiteral("; ")), Severity::Warning,
                     Tabular::tr("%n line(s) name no agreement of the register: the text is kept in the description.",
                                 nullptr, int(unknown.size())));
            object.insert(QStringLiteral("agreementUuids"), agreements);
        }
        QJsonArray transfers;
        if (present("countries")) {
            for (const QString &country : items(cell("countries"))) {
                if (isNothing(country))
                    continue;
                const QString code = Domain::Countries::codeOf(country);
                if (code.isEmpty())
                    keep("countries", country, Severity::Warning,
                         Tabular::tr("\"%1\" is not a country Custodian knows: the text is kept in the description.")
                             .arg(country));
                else
                    transfers.append(QJsonObject{{QStringLiteral("country"), code}});
            }
        }
        const QString safeguards = cell("safeguards");
        if (!isNothing(safeguards)) {
            if (transfers.isEmpty()) {
                keep("safeguards", safeguards, Severity::Warning,
                     Tabular::tr("Safeguards without a country: the text is kept in the description."));
            } else {
                const QString mechanism = mechanismOf(safeguards);
                for (qsizetype i = 0; i < transfers.size(); ++i) {
                    QJsonObject transfer = transfers.at(i).toObject();
                    transfer.insert(QStringLiteral("safeguards"), safeguards);
                    if (!mechanism.isEmpty())
                        transfer.insert(QStringLiteral("mechanism"), mechanism);
                    transfers[i] = transfer;
                }
                if (!mechanism.isEmpty())
                    context.add(origin, QStringLiteral("safeguards"), Severity::Info,
                                Tabular::tr("The transfer mechanism was read from the text as \"%1\".")
                                    .arg(Domain::Codes::label(CodeKind::TransferMechanism, mechanism)));
            }
        }
        if (present("countries"))
            object.insert(QStringLiteral("transfers"), transfers);
        const QString retention = cell("retention");
        if (!isNothing(retention)) {
            // One rule for every category, or "Category: rule" per line (as the export writes it).
            const QString rule =
                context.findItem(EntityKind::RetentionRule, retention, origin, QStringLiteral("retention"));
            QStringList unknown;
            for (qsizetype i = 0; i < categories.size(); ++i) {
                QJsonObject category = categories.at(i).toObject();
                if (!rule.isEmpty())
                    category.insert(QStringLiteral("retentionRuleUuid"), rule);
                categories[i] = category;
            }
            if (rule.isEmpty()) {
                for (const QString &line : ImportContext::split(retention, false)) {
                    const qsizetype colon = line.indexOf(QLatin1String(": "));
                    bool linked = false;
                    if (colon > 0) {
                        const QString found = context.findItem(EntityKind::RetentionRule, line.mid(colon + 2), origin,
                                                               QStringLiteral("retention"));
                        const QString name = normalised(line.left(colon));
                        for (qsizetype i = 0; i < categories.size() && !found.isEmpty(); ++i) {
                            QJsonObject category = categories.at(i).toObject();
                            if (normalised(category.value(QStringLiteral("name")).toString()) == name) {
                                category.insert(QStringLiteral("retentionRuleUuid"), found);
                                categories[i] = category;
                                linked = true;
                            }
                        }
                    }
                    if (!linked)
                        unknown << line;
                }
            }
            if (!unknown.isEmpty())
                keep("retention", unknown.join(QStringLiteral("; ")), Severity::Info,
                     Tabular::tr("Retention is kept per category of data with a retention rule: what names no rule "
                                 "of the register is kept in the description; link a rule to each category."));
        }
        if (present("data"))
            object.insert(QStringLiteral("dataCategories"), categories);
        if (present("measures")) {
            QJsonArray measures;
            QStringList unknown;
            for (const QString &measure : ImportContext::split(cell("measures"), true)) {
                const QString found =
                    context.findItem(EntityKind::SecurityMeasure, measure, origin, QStringLiteral("measures"));
                if (!found.isEmpty())
                    measures.append(found);
                else
                    unknown << measure;
            }
            if (!unknown.isEmpty())
                keep("measures", unknown.join(QStringLiteral("; ")), Severity::Info,
                     Tabular::tr("%n line(s) name no security measure of the register: the text is kept in the "
                                 "description; add the measures and link them.",
                                 nullptr, int(unknown.size())));
            object.insert(QStringLiteral("measureUuids"), measures);
        }
        if (present("lawfulBasis")) {
            QStringList unknown;
            const QStringList bases = lawfulBases(cell("lawfulBasis"), &unknown);
            object.insert(QStringLiteral("lawfulBases"), stringArray(bases));
            for (const QString &text : std::as_const(unknown))
                keep("lawfulBasis", text, Severity::Warning,
                     Tabular::tr("\"%1\" is not a lawful basis of Art. 6(1): the text is kept in the description.")
                         .arg(text.left(80)));
        }
        const QString article9 = cell("article9");
        if (!isNothing(article9))
            keep("article9", article9, Severity::Info,
                 Tabular::tr("The Art. 9(2) exception is kept per category of data: the text is kept in the "
                             "description; mark the special categories."));
        if (present("legitimateInterest"))
            object.insert(QStringLiteral("legitimateInterest"), cell("legitimateInterest"));
        if (present("liaReference"))
            object.insert(QStringLiteral("liaReference"), cell("liaReference"));
        if (present("rights") && !cell("rights").isEmpty() && !rightsNoted) {
            rightsNoted = true;
            context.add(origin, QStringLiteral("rights"), Severity::Info,
                        Tabular::tr("Custodian derives the rights of data subjects from the lawful bases: the column "
                                    "is not imported."));
        }
        if (present("automated")) {
            const QString automated = cell("automated");
            const std::optional<bool> flag = ImportContext::boolean(automated);
            const bool profiling = normalised(automated).contains(QLatin1String("profil"));
            if (flag || profiling) {
                object.insert(QStringLiteral("automatedDecisions"), flag.value_or(true));
                object.insert(QStringLiteral("profiling"), profiling);
            } else {
                keep("automated", automated, Severity::Warning,
                     Tabular::tr("Not yes or no: the text is kept in the description."));
            }
        }
        if (present("source"))
            object.insert(QStringLiteral("dataSource"), cell("source"));
        if (present("consentRecord"))
            object.insert(QStringLiteral("consentRecord"), cell("consentRecord"));
        if (present("location"))
            object.insert(QStringLiteral("storageLocation"), cell("location"));
        if (present("dpiaRequired")) {
            const QString required = cell("dpiaRequired");
            const std::optional<bool> flag = required.isEmpty() ? std::nullopt : ImportContext::boolean(required);
            QString code = flag ? (*flag ? QStringLiteral("yes") : QStringLiteral("no"))
                                : context.code(CodeKind::DpiaRequired, required);
            if (code.isEmpty()) {
                code = QStringLiteral("unknown");
                if (!required.isEmpty())
                    keep("dpiaRequired", required, Severity::Warning,
                         Tabular::tr("Not yes or no: the DPIA is marked as not yet assessed and the text kept in the "
                                     "description."));
            }
            object.insert(QStringLiteral("dpiaRequired"), code);
        }
        if (present("dpiaProgress")) {
            const QString progress = cell("dpiaProgress");
            QString code = context.code(CodeKind::DpiaStatus, progress);
            const QString bare = normalised(progress);
            if (code.isEmpty() && (bare.contains(QLatin1String("complete")) || bare.contains(QLatin1String("done")) ||
                                   bare.contains(QLatin1String("afgerond")) || bare.contains(QLatin1String("gereed"))))
                code = QStringLiteral("completed");
            else if (code.isEmpty() &&
                     (bare.contains(QLatin1String("progress")) || bare.contains(QLatin1String("ongoing")) ||
                      bare.contains(QLatin1String("uitvoering"))))
                code = QStringLiteral("in_progress");
            if (code.isEmpty()) {
                code = QStringLiteral("not_started");
                if (!isNothing(progress))
                    keep("dpiaProgress", progress, Severity::Warning,
                         Tabular::tr("Not a state of a DPIA: the text is kept in the description."));
            }
            object.insert(QStringLiteral("dpiaStatus"), code);
        }
        if (present("dpiaLink"))
            object.insert(QStringLiteral("dpiaReference"), cell("dpiaLink"));
        for (const char *key : {"breach", "breachLink"}) {
            const QString text = cell(key);
            if (!isNothing(text))
                keep(key, text, Severity::Info,
                     Tabular::tr("Breaches are kept in the breach register: the text is kept in the description."));
        }
        if (!notes.isEmpty())
            object.insert(QStringLiteral("description"), notes.join(u'\n'));
        const QJsonArray unmapped = unmappedCells(table, plan, row, QStringLiteral("ico"));
        if (!unmapped.isEmpty())
            object.insert(QStringLiteral("extraFields"), unmapped);
        const qsizetype index = context.addItem(EntityKind::ProcessingActivity, object, origin);
        for (ImportContext::Pending &link : links) {
            link.index = index;
            context.pending.append(link);
        }
    }
}

} // namespace Custodian::Exchange::TabularSupport
