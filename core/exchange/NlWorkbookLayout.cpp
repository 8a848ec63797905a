// Our Dutch workbook, the layout "nl-workbook" (docs/design/dutch-ecosystem.md §8 and §12; the
// columns of DUTCH-STANDARDS.md §6): the sheets Organisatie, Bewaartermijnen and Verwerkingen. Each
// sheet has a hidden first row of keys (they stay when a person renames a header) above its Dutch
// headers; a CSV file has the Dutch headers only. The headers are Dutch whatever language the
// export is made in: the layout is a Dutch file format.
//
// A cell sums up what the register holds in several fields or a list of records ("Categorie:
// regel" lines, "Land: waarborg" lines). An imported row of an item the register has is therefore
// compared with what the workbook writes for it today: a cell that is the same is not read, so a
// workbook that comes back unchanged changes nothing, and a cell a person edited is read over the
// item, keeping what its records hold beyond the cell.
#include "exchange/TabularSupport.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/Countries.h"
#include "domain/ExtraField.h"
#include "domain/IsoPeriod.h"
#include "domain/IsoTime.h"
#include "exchange/DutchVocabulary.h"
#include "exchange/ExchangeTables.h"
#include "exchange/NlWorkbookSupport.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QRegularExpression>
#include <QSqlDatabase>

namespace Custodian::Exchange::TabularSupport {

using Domain::EntityKind;
using CodeKind = Domain::Codes::Kind;
namespace Words = DutchVocabulary;

using namespace NlWorkbook;

namespace NlWorkbook {

using Type = TableColumn::Type;

const QList<NlList> &registerLists()
{
    static const QList<NlList> lists = {
        {Organisatie,
         "Organisatie",
         EntityKind::Organisation,
         {
             {"naam", "Naam"},
             {"oin", "OIN"},
             {"kvk", "KvK-nummer", Type::Text, false, false, {QStringLiteral("KvK")}},
             {"rsin", "RSIN"},
             {"adres", "Adres", Type::LongText},
             {"fg_naam",
              "Naam functionaris gegevensbescherming",
              Type::Text,
              false,
              false,
              {QStringLiteral("FG naam")}},
             {"fg_contact",
              "Contact functionaris gegevensbescherming",
              Type::LongText,
              false,
              false,
              {QStringLiteral("FG contact")}},
             {"vertegenwoordiger", "Vertegenwoordiger (art. 27)", Type::LongText},
             {"uri_basis", "URI-basis verwerkingen"},
         }},
        {Bewaartermijnen,
         "Bewaartermijnen",
         EntityKind::RetentionRule,
         {
             {"id", "ID"},
             {"omschrijving", "Omschrijving"},
             {"duur_iso8601", "Duur (ISO 8601)"},
             {"aanvang", "Aanvang termijn"},
             {"bron", "Bron", Type::LongText},
             {"selectielijst_categorie", "Selectielijstcategorie"},
             {"vernietigingsmethode", "Vernietigingsmethode"},
             {"laatste_toets", "Laatste toets", Type::Date},
         }},
        {Verwerkingen,
         "Verwerkingen",
         EntityKind::ProcessingActivity,
         {
             {"id", "ID"},
             {"nummer", "Nummer"},
             {"versie", "Versie", Type::Number, false, true},
             {"uri", "Verwijzing (URI)", Type::Text, false, true},
             {"status", "Status"},
             {"naam",
              "Naam verwerking",
              Type::Text,
              false,
              false,
              {QStringLiteral("Naam verwerking(sactiviteit)"), QStringLiteral("Naam verwerkingsactiviteit")}},
             {"hoofdverwerking_id", "Hoofdverwerking", Type::Text, true},
             {"gebaseerd_op", "Gebaseerd op (referentie)"},
             {"categorie", "Categorie / domein"},
             {"afdeling", "Afdeling / team"},
             {"taak", "Taak", Type::Text, true},
             {"primair_secundair", "Primair / secundair", Type::Text, true},
             {"organisatie_oin", "Verantwoordelijke organisatie (OIN/KvK)"},
             {"verwerkingsverantwoordelijke", "Verwerkingsverantwoordelijke (bestuursorgaan)", Type::LongText},
             {"publiek_privaat", "Publiek / privaat", Type::Text, true},
             {"gezamenlijk_verantwoordelijken", "Gezamenlijke verwerkingsverantwoordelijken", Type::LongText},
             {"verdeling_verantwoordelijkheid", "Verdeling verantwoordelijkheid", Type::LongText},
             {"contactpersoon", "Proceseigenaar / contactpersoon"},
             {"doelen", "Verwerkingsdoeleinden", Type::LongText},
             {"rechtsgrond", "Rechtsgrond (art. 6 lid 1)", Type::LongText},
             {"grondslag_wet", "Wettelijke grondslag / toelichting grondslag", Type::LongText},
             {"betrokkenen", "Categorieën betrokkenen", Type::LongText},
             {"persoonsgegevens", "Categorieën persoonsgegevens", Type::LongText},
             {"bijzondere_persoonsgegevens", "Bijzondere persoonsgegevens (art. 9)", Type::LongText},
             {"uitzondering_art9", "Doorbreking verwerkingsverbod (art. 9 lid 2 / UAVG)", Type::LongText},
             {"strafrechtelijk_bsn", "Strafrechtelijke gegevens (art. 10) / BSN (art. 46 UAVG)", Type::LongText},
             {"herkomst", "Herkomst gegevens (bron)", Type::LongText},
             {"verplichte_verstrekking", "Betrokkene verplicht te verstrekken + gevolgen", Type::LongText},
             {"ontvangers", "Categorieën ontvangers", Type::LongText},
             {"ketenpartners", "Samenwerkende partijen / ketenpartners", Type::LongText, true},
             {"convenant", "Convenant / privacyprotocol", Type::LongText, true},
             {"verwerkers",
              "Verwerkers (overeenkomsten)",
              Type::LongText,
              false,
              false,
              {QStringLiteral("Verwerkers (→ overeenkomsten)"), QStringLiteral("Verwerkers")}},
             {"doorgifte", "Doorgifte derde land / int. organisatie (ja/nee)"},
             {"doorgifte_landen", "Landen / organisaties", Type::LongText},
             {"doorgifte_waarborg",
              "Waarborg doorgifte",
              Type::LongText,
              false,
              false,
              {QStringLiteral("Waarborg (adequaatheid / art. 46 / art. 49) + document")}},
             {"bewaartermijn_omschrijving", "Bewaartermijn (omschrijving)", Type::LongText},
             {"bewaartermijn_duur", "Bewaartermijn (ISO 8601)", Type::LongText},
             {"bewaartermijn_start", "Aanvang termijn", Type::LongText},
             {"bewaartermijn_bron",
              "Bron bewaartermijn",
              Type::LongText,
              false,
              false,
              {QStringLiteral("Bron bewaartermijn (selectielijst/wet)")}},
             {"toms",
              "Technische en organisatorische maatregelen",
              Type::LongText,
              false,
              false,
              {QStringLiteral("Technische en organisatorische maatregelen (algemeen)")}},
             {"pseudonimisering", "Pseudonimisering / encryptie", Type::LongText, true},
             {"systemen", "Systemen / applicaties", Type::LongText},
             {"geautomatiseerde_besluitvorming",
              "Geautomatiseerde besluitvorming / profilering",
              Type::LongText,
              false,
              false,
              {QStringLiteral("Geautomatiseerde besluitvorming / profilering (+ logica, gevolgen)")}},
             {"dpia_verplicht",
              "DPIA verplicht",
              Type::LongText,
              false,
              false,
              {QStringLiteral("DPIA verplicht? (AP-lijst / WP248 / …)")}},
             {"dpia_status",
              "DPIA-status",
              Type::LongText,
              false,
              false,
              {QStringLiteral("DPIA uitgevoerd + datum + referentie (URN)")}},
             {"verdere_verwerking",
              "Verdere verwerking",
              Type::LongText,
              true,
              false,
              {QStringLiteral("Verdere verwerking (verenigbaarheid art. 6 lid 4)")}},
             {"vertrouwelijkheid", "Vertrouwelijkheid"},
             {"log_bewaartermijn", "Bewaartermijn logging"},
             {"algoritme_ref", "Algoritmeregister-verwijzing", Type::Text, true},
             {"publiceren",
              "Publiceren",
              Type::Text,
              false,
              false,
              {QStringLiteral("Publiceren (ja/nee) + publicatiedatum")}},
             {"review_datum", "Periodieke review", Type::Date},
             {"opmerkingen", "Opmerkingen", Type::LongText},
             {"fg_opmerkingen",
              "FG-opmerkingen",
              Type::LongText,
              false,
              false,
              {QStringLiteral("FG-opmerkingen (niet openbaar)")}},
             {"aangemaakt_op", "Aangemaakt op", Type::Moment, false, true},
             {"gewijzigd_op", "Gewijzigd op", Type::Moment, false, true},
             {"vastgesteld_op", "Vastgesteld op", Type::Moment, false, true},
             {"vastgesteld_door", "Vastgesteld door", Type::Text, false, true},
         }},
    };
    return lists;
}

const QList<NlList> &nlLists()
{
    static const QList<NlList> lists = registerLists() + supplierLists() + caseLists();
    return lists;
}

const NlList *nlList(const QString &key)
{
    for (const NlList &list : nlLists()) {
        if (list.key == key)
            return &list;
    }
    return nullptr;
}

// The measures a file named that the register lacks: kept on the activity, written back in their
// column.
const QString UnknownMeasures = QStringLiteral("Technische en organisatorische maatregelen");
// And the agreements, until the workbook's agreements sheet brings them.
const QString UnknownAgreements = QStringLiteral("Overeenkomsten niet in het register");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &element : value.toArray())
        list << element.toString();
    return list;
}

QVariant textCell(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant listCell(const QStringList &values)
{
    return textCell(Words::join(values));
}

QString dutchLabel(CodeKind kind, const QString &code)
{
    return code.isEmpty() ? QString() : Domain::Codes::label(kind, code, dutch());
}

QString countryName(const QString &code)
{
    const Domain::Countries::Country *country = Domain::Countries::find(code);
    return country ? country->name(QLocale::Dutch) : code;
}

// "Selectielijst: …", or the basis and its source ("Wet: Archiefwet 1995 art. 5").
QString retentionSource(const QJsonObject &rule)
{
    if (!str(rule, "selectionList").isEmpty())
        return QStringLiteral("Selectielijst: %1").arg(str(rule, "selectionList"));
    const QString basis = dutchLabel(CodeKind::RetentionBasis, str(rule, "basisType"));
    const QString source = str(rule, "legalSource");
    if (basis.isEmpty())
        return source;
    return source.isEmpty() ? basis : QStringLiteral("%1: %2").arg(basis, source);
}

QString rulePeriod(const QJsonObject &rule)
{
    return Domain::IsoPeriod::format(rule.value(QStringLiteral("periodCount")).toInt(), str(rule, "periodUnit"));
}

// The extra fields an item has, by normalised name.
QHash<QString, QString> extraValues(const QJsonObject &item)
{
    QHash<QString, QString> values;
    for (const QJsonValue &value : item.value(QStringLiteral("extraFields")).toArray()) {
        const QJsonObject field = value.toObject();
        values.insert(Domain::ExtraFields::normalisedName(str(field, "name")), str(field, "value"));
    }
    return values;
}

QString extraValue(const QHash<QString, QString> &values, const NlColumn &column)
{
    for (const QString &name : {QString::fromUtf8(column.header), QString::fromLatin1(column.key)}) {
        const auto it = values.constFind(Domain::ExtraFields::normalisedName(name));
        if (it != values.constEnd())
            return *it;
    }
    return QString();
}

bool isColumnName(const NlList &list, const QString &normalisedName)
{
    for (const NlColumn &column : list.columns) {
        if (Domain::ExtraFields::normalisedName(QString::fromUtf8(column.header)) == normalisedName ||
            Domain::ExtraFields::normalisedName(QString::fromLatin1(column.key)) == normalisedName)
            return true;
    }
    return normalisedName == Domain::ExtraFields::normalisedName(UnknownMeasures) ||
           normalisedName == Domain::ExtraFields::normalisedName(UnknownAgreements);
}

// ---------------------------------------------------------------------------------------------
// Export: the cells of each item, by column key

QHash<QString, QVariant> organisationCells(const QJsonObject &o)
{
    QStringList address;
    for (const char *key : {"streetAddress"}) {
        if (!str(o, key).isEmpty())
            address << str(o, key);
    }
    const QString place = QStringList{str(o, "postalCode"), str(o, "city")}.join(u' ').trimmed();
    if (!place.isEmpty())
        address << place;
    if (!str(o, "country").isEmpty())
        address << countryName(str(o, "country"));
    QStringList dpo;
    for (const char *key : {"dpoEmail", "dpoPhone"}) {
        if (!str(o, key).isEmpty())
            dpo << str(o, key);
    }
    QStringList representative;
    for (const char *key : {"representativeName", "representativeContact"}) {
        if (!str(o, key).isEmpty())
            representative << str(o, key);
    }
    return {
        {QStringLiteral("naam"), textCell(str(o, "name"))},
        {QStringLiteral("oin"), textCell(str(o, "oin"))},
        {QStringLiteral("kvk"), textCell(str(o, "registrationNumber"))},
        {QStringLiteral("rsin"), textCell(str(o, "rsin"))},
        {QStringLiteral("adres"), textCell(address.join(u'\n'))},
        {QStringLiteral("fg_naam"), textCell(str(o, "dpoName"))},
        {QStringLiteral("fg_contact"), textCell(dpo.join(u'\n'))},
        {QStringLiteral("vertegenwoordiger"), textCell(representative.join(u'\n'))},
        {QStringLiteral("uri_basis"), textCell(str(o, "activityUriBase"))},
    };
}

QHash<QString, QVariant> ruleCells(const QJsonObject &rule)
{
    const QDate tested = Domain::IsoTime::parseDay(str(rule, "lastTestedOn"));
    return {
        {QStringLiteral("id"), str(rule, "uuid")},
        {QStringLiteral("omschrijving"), textCell(str(rule, "name"))},
        {QStringLiteral("duur_iso8601"), textCell(rulePeriod(rule))},
        {QStringLiteral("aanvang"), textCell(str(rule, "trigger"))},
        {QStringLiteral("bron"), textCell(retentionSource(rule))},
        {QStringLiteral("selectielijst_categorie"), textCell(str(rule, "selectionListCategory"))},
        {QStringLiteral("vernietigingsmethode"), textCell(str(rule, "destructionMethod"))},
        {QStringLiteral("laatste_toets"), tested.isValid() ? QVariant(tested) : QVariant()},
    };
}

struct ActivityExport
{
    const ExportContext &context;
    QHash<QString, QJsonObject> rules;          // uuid → rule
    QHash<QString, QJsonObject> latestVersions; // activity uuid → its latest established version
    QJsonObject organisation;
};

QString jointLine(const QJsonObject &row, const ExportContext &context)
{
    QString line = context.name(EntityKind::Party, str(row, "partyUuid"));
    if (!str(row, "contactPoint").isEmpty())
        line += QStringLiteral(" (%1)").arg(str(row, "contactPoint"));
    return line;
}

QString recipientName(const QJsonObject &row, const ExportContext &context)
{
    const QString party = str(row, "partyUuid");
    return party.isEmpty() ? str(row, "description") : context.name(EntityKind::Party, party);
}

void transferCells(const QJsonObject &item, QHash<QString, QVariant> *cells)
{
    QStringList countries, safeguards;
    const QJsonArray transfers = item.value(QStringLiteral("transfers")).toArray();
    for (const QJsonValue &v : transfers) {
        const QJsonObject row = v.toObject();
        const QString country = countryName(str(row, "country"));
        countries << country;
        QStringList parts;
        if (!str(row, "mechanism").isEmpty())
            parts << dutchLabel(CodeKind::TransferMechanism, str(row, "mechanism"));
        if (!str(row, "safeguards").isEmpty())
            parts << QString(str(row, "safeguards")).replace(u'\n', u' ');
        if (!parts.isEmpty())
            safeguards << QStringLiteral("%1: %2").arg(country, parts.join(QStringLiteral("; ")));
    }
    cells->insert(QStringLiteral("doorgifte"), Words::yesNo(!transfers.isEmpty()));
    cells->insert(QStringLiteral("doorgifte_landen"), listCell(countries));
    cells->insert(QStringLiteral("doorgifte_waarborg"), listCell(safeguards));
}

QStringList measureNames(const QJsonObject &item, const ExportContext &context)
{
    QStringList measures;
    for (const QString &measure : strings(item.value(QStringLiteral("measureUuids"))))
        measures << context.name(EntityKind::SecurityMeasure, measure);
    measures << Words::split(extraValues(item).value(Domain::ExtraFields::normalisedName(UnknownMeasures)));
    return measures;
}

QHash<QString, QVariant> activityCells(const QJsonObject &a, const ActivityExport &in)
{
    const ExportContext &context = in.context;
    const QString uuid = str(a, "uuid");
    const QJsonObject version = in.latestVersions.value(uuid);
    QHash<QString, QVariant> cells;
    auto set = [&cells](const char *key, const QVariant &value) { cells.insert(QLatin1String(key), value); };
    set("id", uuid);
    set("nummer", textCell(str(a, "number")));
    if (!version.isEmpty()) {
        set("versie", qint64(version.value(QStringLiteral("number")).toInteger()));
        set("uri", textCell(str(version, "uri")));
        const QDateTime established = Domain::IsoTime::parseMoment(str(version, "establishedAt"));
        if (established.isValid())
            set("vastgesteld_op", established);
        set("vastgesteld_door", textCell(str(version, "establishedBy")));
    }
    const QString status = str(a, "status");
    const bool current = !version.isEmpty() && status == QLatin1String("approved") &&
                         version.value(QStringLiteral("activityRowVersion")).toInteger() ==
                             a.value(QStringLiteral("rowVersion")).toInteger();
    set("status", current ? QStringLiteral("Vastgesteld") : dutchLabel(CodeKind::ActivityStatus, status));
    set("naam", textCell(str(a, "name")));
    set("gebaseerd_op", textCell(str(a, "basedOn")));
    set("categorie", textCell(str(a, "category")));
    set("afdeling", textCell(str(a, "ownerDepartment")));
    const QString oin = str(in.organisation, "oin");
    set("organisatie_oin", textCell(oin.isEmpty() ? str(in.organisation, "registrationNumber") : oin));
    QStringList bodies;
    for (const QString &body : strings(a.value(QStringLiteral("controllerBodyUuids"))))
        bodies << context.name(EntityKind::Party, body);
    set("verwerkingsverantwoordelijke", listCell(bodies));
    QStringList joint, essences;
    for (const QJsonValue &v : a.value(QStringLiteral("jointControllers")).toArray()) {
        const QJsonObject row = v.toObject();
        joint << jointLine(row, context);
        if (!str(row, "essence").isEmpty())
            essences << QStringLiteral("%1: %2").arg(context.name(EntityKind::Party, str(row, "partyUuid")),
                                                     str(row, "essence"));
    }
    set("gezamenlijk_verantwoordelijken", listCell(joint));
    set("verdeling_verantwoordelijkheid", textCell(essences.join(u'\n')));
    set("contactpersoon", textCell(str(a, "ownerPerson")));
    set("doelen", textCell(str(a, "purpose")));
    QStringList bases;
    for (const QString &basis : strings(a.value(QStringLiteral("lawfulBases"))))
        bases << dutchLabel(CodeKind::LawfulBasis, basis);
    set("rechtsgrond", listCell(bases));
    QString provision = str(a, "legalProvision");
    if (!str(a, "legitimateInterest").isEmpty())
        provision += (provision.isEmpty() ? QString() : QStringLiteral("\n")) +
                     QStringLiteral("Gerechtvaardigd belang: %1").arg(str(a, "legitimateInterest"));
    set("grondslag_wet", textCell(provision));
    set("betrokkenen", listCell(strings(a.value(QStringLiteral("subjectCategories")))));
    QStringList data, special, exceptions, retention, periods, starts, sources;
    for (const QJsonValue &v : a.value(QStringLiteral("dataCategories")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString name = str(row, "name");
        data << name;
        if (!str(row, "specialCategory").isEmpty())
            special << QStringLiteral("%1: %2").arg(name,
                                                    dutchLabel(CodeKind::SpecialCategory, str(row, "specialCategory")));
        QStringList exception;
        if (!str(row, "art9Exception").isEmpty())
            exception << dutchLabel(CodeKind::Art9Exception, str(row, "art9Exception"));
        if (!str(row, "nationalGround").isEmpty())
            exception << str(row, "nationalGround");
        if (str(row, "art9Exception").isEmpty() && !exception.isEmpty())
            exceptions << QStringLiteral("%1: ; %2").arg(name, exception.join(QStringLiteral("; ")));
        else if (!exception.isEmpty())
            exceptions << QStringLiteral("%1: %2").arg(name, exception.join(QStringLiteral("; ")));
        const QJsonObject rule = in.rules.value(str(row, "retentionRuleUuid"));
        if (rule.isEmpty())
            continue;
        retention << QStringLiteral("%1: %2").arg(name, str(rule, "name"));
        if (!rulePeriod(rule).isEmpty())
            periods << QStringLiteral("%1: %2").arg(name, rulePeriod(rule));
        if (!str(rule, "trigger").isEmpty())
            starts << QStringLiteral("%1: %2").arg(name, str(rule, "trigger"));
        if (!retentionSource(rule).isEmpty())
            sources << QStringLiteral("%1: %2").arg(name, retentionSource(rule));
    }
    set("persoonsgegevens", listCell(data));
    set("bijzondere_persoonsgegevens", listCell(special));
    set("uitzondering_art9", listCell(exceptions));
    set("bewaartermijn_omschrijving", listCell(retention));
    set("bewaartermijn_duur", listCell(periods));
    set("bewaartermijn_start", listCell(starts));
    set("bewaartermijn_bron", listCell(sources));
    QStringList sensitive;
    if (a.value(QStringLiteral("criminalData")).toBool())
        sensitive << QStringLiteral("Strafrechtelijke gegevens: %1").arg(str(a, "criminalDataGround")).trimmed();
    if (a.value(QStringLiteral("bsn")).toBool())
        sensitive << QStringLiteral("BSN: %1").arg(str(a, "bsnGround")).trimmed();
    set("strafrechtelijk_bsn", sensitive.isEmpty() ? QVariant(Words::yesNo(false)) : listCell(sensitive));
    QString source = str(a, "dataSource");
    if (a.value(QStringLiteral("sourcePublic")).toBool())
        source += (source.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("Openbare bron: ja");
    set("herkomst", textCell(source));
    QStringList provisionLines;
    if (!str(a, "provisionRequirement").isEmpty())
        provisionLines << dutchLabel(CodeKind::ProvisionRequirement, str(a, "provisionRequirement"));
    if (!str(a, "provisionConsequence").isEmpty())
        provisionLines << str(a, "provisionConsequence");
    set("verplichte_verstrekking", textCell(provisionLines.join(u'\n')));
    QStringList recipients, processors;
    for (const QJsonValue &v : a.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject row = v.toObject();
        (str(row, "kind") == QLatin1String("processor") ? processors : recipients) << recipientName(row, context);
    }
    for (const QString &agreement : strings(a.value(QStringLiteral("agreementUuids"))))
        processors << QStringLiteral("Overeenkomst: %1").arg(context.name(EntityKind::Agreement, agreement));
    const QHash<QString, QString> kept = extraValues(a);
    for (const QString &agreement : Words::split(kept.value(Domain::ExtraFields::normalisedName(UnknownAgreements))))
        processors << QStringLiteral("Overeenkomst: %1").arg(agreement);
    set("ontvangers", listCell(recipients));
    set("verwerkers", listCell(processors));
    transferCells(a, &cells);
    const QHash<QString, QString> extras = extraValues(a);
    set("toms", listCell(measureNames(a, context)));
    set("systemen", textCell(str(a, "systems")));
    QStringList automated{Words::yesNo(a.value(QStringLiteral("automatedDecisions")).toBool())};
    if (a.value(QStringLiteral("profiling")).toBool())
        automated << QStringLiteral("Profilering: ja");
    if (!str(a, "automatedLogic").isEmpty())
        automated << QStringLiteral("Logica: %1").arg(str(a, "automatedLogic"));
    if (!str(a, "automatedConsequences").isEmpty())
        automated << QStringLiteral("Gevolgen: %1").arg(str(a, "automatedConsequences"));
    set("geautomatiseerde_besluitvorming", automated.join(u'\n'));
    const QString required = str(a, "dpiaRequired");
    QStringList dpia{required == QLatin1String("yes")  ? Words::yesNo(true)
                     : required == QLatin1String("no") ? Words::yesNo(false)
                                                       : QStringLiteral("onbekend")};
    QStringList criteria;
    for (const QString &code : strings(a.value(QStringLiteral("dpiaCriteria"))))
        criteria << dutchLabel(CodeKind::DpiaCriterion, code);
    if (!criteria.isEmpty())
        dpia << QStringLiteral("AP-lijst: %1").arg(criteria.join(QStringLiteral("; ")));
    criteria.clear();
    for (const QString &code : strings(a.value(QStringLiteral("wp248Criteria"))))
        criteria << dutchLabel(CodeKind::Wp248Criterion, code);
    if (!criteria.isEmpty())
        dpia << QStringLiteral("WP248: %1").arg(criteria.join(QStringLiteral("; ")));
    set("dpia_verplicht", dpia.join(u'\n'));
    QStringList dpiaStatus;
    if (!str(a, "dpiaStatus").isEmpty())
        dpiaStatus << dutchLabel(CodeKind::DpiaStatus, str(a, "dpiaStatus"));
    if (!str(a, "dpiaCompletedOn").isEmpty())
        dpiaStatus << str(a, "dpiaCompletedOn");
    if (!str(a, "dpiaReference").isEmpty())
        dpiaStatus << str(a, "dpiaReference");
    set("dpia_status", textCell(dpiaStatus.join(u'\n')));
    set("vertrouwelijkheid", textCell(dutchLabel(CodeKind::Confidentiality, str(a, "confidentiality"))));
    set("log_bewaartermijn", textCell(Domain::IsoPeriod::format(a.value(QStringLiteral("logRetentionCount")).toInt(),
                                                                str(a, "logRetentionUnit"))));
    set("publiceren", Words::yesNo(a.value(QStringLiteral("publish")).toBool()));
    const QDate review = Domain::IsoTime::parseDay(str(a, "nextReview"));
    set("review_datum", review.isValid() ? QVariant(review) : QVariant());
    set("opmerkingen", textCell(str(a, "description")));
    set("fg_opmerkingen", textCell(str(a, "dpoNotes")));
    for (const auto &[key, field] : {std::pair{"aangemaakt_op", "createdAt"}, std::pair{"gewijzigd_op", "updatedAt"}}) {
        const QDateTime moment = Domain::IsoTime::parseMoment(str(a, field));
        if (moment.isValid())
            set(key, moment);
    }
    // A column of the reference no field takes, or one whose value the register could not take (a
    // "Gebaseerd op" that is no web address), is written from the extra field of its name.
    for (const NlColumn &column : nlList(Verwerkingen)->columns) {
        if (column.extra || cells.value(QLatin1String(column.key)).toString().isEmpty()) {
            const QString kept = extraValue(extras, column);
            if (!kept.isEmpty() || column.extra)
                set(column.key, textCell(kept));
        }
    }
    return cells;
}

Table tableOf(const NlList &list)
{
    Table table;
    table.key = list.key;
    table.title = QString::fromUtf8(list.sheet);
    table.keyRow = true;
    for (const NlColumn &column : list.columns)
        table.columns.append({QLatin1String(column.key), QString::fromUtf8(column.header), column.type});
    return table;
}

QStringList appendExtraColumns(Table *table, const NlList &list, const QJsonArray &items)
{
    // Extra fields no column takes, a column each after ours, in the order first seen.
    QStringList names;
    for (const QJsonValue &value : items) {
        for (const QJsonValue &field : value.toObject().value(QStringLiteral("extraFields")).toArray()) {
            const QString header = str(field.toObject(), "name").trimmed();
            const QString name = Domain::ExtraFields::normalisedName(header);
            if (name.isEmpty() || names.contains(name) || isColumnName(list, name))
                continue;
            names << name;
            table->columns.append({QStringLiteral("extra.%1").arg(names.size()), header, Type::LongText});
        }
    }
    return names;
}

void appendRow(Table *table, const QHash<QString, QVariant> &cells, const QJsonObject &item,
               const QStringList &extraNames)
{
    QVariantList row;
    row.reserve(table->columns.size());
    for (qsizetype c = 0; c < table->columns.size() - extraNames.size(); ++c)
        row << cells.value(table->columns.at(c).key);
    const QHash<QString, QString> extras = extraValues(item);
    for (const QString &name : extraNames)
        row << textCell(extras.value(name));
    table->rows << row;
}

} // namespace NlWorkbook

// ---------------------------------------------------------------------------------------------
// Export

QList<Table> nlWorkbookTables(const ExportContext &context)
{
    QList<Table> tables;
    const QJsonArray organisations = context.items.value(EntityKind::Organisation);
    const QJsonObject organisation = organisations.isEmpty() ? QJsonObject() : organisations.first().toObject();
    Table organisationTable = tableOf(*nlList(Organisatie));
    appendRow(&organisationTable, organisationCells(organisation), organisation, {});
    tables << organisationTable;

    ActivityExport in{context, {}, {}, organisation};
    Table rules = tableOf(*nlList(Bewaartermijnen));
    for (const QJsonValue &value : context.items.value(EntityKind::RetentionRule)) {
        const QJsonObject rule = value.toObject();
        in.rules.insert(str(rule, "uuid"), rule);
        appendRow(&rules, ruleCells(rule), rule, {});
    }
    for (const QJsonValue &value : context.items.value(EntityKind::ActivityVersion)) {
        const QJsonObject version = value.toObject();
        QJsonObject &latest = in.latestVersions[str(version, "activityUuid")];
        if (version.value(QStringLiteral("number")).toInteger() > latest.value(QStringLiteral("number")).toInteger())
            latest = version;
    }

    Table activities = tableOf(*nlList(Verwerkingen));
    const NlList &list = *nlList(Verwerkingen);
    const QJsonArray items = context.items.value(EntityKind::ProcessingActivity);
    const QStringList extraNames = appendExtraColumns(&activities, list, items);
    for (const QJsonValue &value : items)
        appendRow(&activities, activityCells(value.toObject(), in), value.toObject(), extraNames);
    tables << rules << activities;
    appendSupplierTables(context, &tables);
    appendCaseTables(context, &tables);
    return tables;
}

QList<Tabular::ListKind> nlWorkbookLists()
{
    QList<Tabular::ListKind> kinds;
    for (const NlList &list : nlLists())
        kinds.append({list.key, QString::fromUtf8(list.sheet)});
    return kinds;
}

QList<Tabular::Target> nlWorkbookTargets(const QString &listKey)
{
    QList<Tabular::Target> targets;
    if (const NlList *list = nlList(listKey)) {
        for (const NlColumn &column : list->columns) {
            if (!column.written)
                targets.append({QLatin1String(column.key), QString::fromUtf8(column.header)});
        }
    }
    return targets;
}

bool isNlWorkbookList(const QString &listKey)
{
    return nlList(listKey) != nullptr;
}

int nlWorkbookRank(const QString &listKey)
{
    // The agreements before the activities that name them.
    static const QStringList order = {Organisatie,  Bewaartermijnen, Overeenkomsten, Verwerkingen,
                                      AlsVerwerker, Datalekken,      Verzoeken};
    const qsizetype at = order.indexOf(listKey);
    return at < 0 ? int(order.size()) : int(at);
}

namespace {

// Whether the columns a sheet's headers name are that list's: its name column and one of its own.
bool identifies(const QString &listKey, const QSet<QString> &taken)
{
    auto has = [&taken](const char *key) { return taken.contains(QLatin1String(key)); };
    if (listKey == Organisatie)
        return has("oin") || has("fg_naam") || has("uri_basis");
    if (listKey == Bewaartermijnen)
        return has("omschrijving") && (has("duur_iso8601") || has("bron"));
    if (listKey == Overeenkomsten)
        return has("naam") && (has("wederpartij") || has("type_relatie"));
    if (listKey == AlsVerwerker)
        return has("naam") && has("verwerkingsverantwoordelijken");
    if (listKey == Datalekken)
        return has("naam") && (has("aard_incident") || has("kennisname") || has("datum_ontdekking"));
    if (listKey == Verzoeken)
        return has("ontvangen_op") && has("recht");
    return has("naam");
}

} // namespace

Tabular::Plan nlWorkbookPlan(const RawTable &table)
{
    Tabular::Plan best;
    int bestScore = 0;
    const QString sheet = normalised(table.sheet);
    for (const NlList &list : nlLists()) {
        QHash<QString, QString> names;
        for (const NlColumn &column : list.columns) {
            names.insert(normalised(QString::fromUtf8(column.header)), QLatin1String(column.key));
            names.insert(normalised(QLatin1String(column.key)), QLatin1String(column.key));
            for (const QString &synonym : column.synonyms)
                names.insert(normalised(synonym), QLatin1String(column.key));
        }
        Tabular::Plan candidate{list.key, {}};
        QSet<QString> taken;
        int filled = 0;
        for (const QString &header : table.headers) {
            QString key = names.value(normalised(header));
            filled += header.trimmed().isEmpty() ? 0 : 1;
            if (taken.contains(key))
                key.clear();
            if (!key.isEmpty())
                taken.insert(key);
            candidate.columns << key;
        }
        // The activities' sheet needs its name column, the rules' their description; the
        // organisation's sheet is told from the others by its own columns.
        const bool named = identifies(list.key, taken);
        if (!named || int(taken.size()) * 2 < filled)
            continue;
        int score = int(taken.size()) * 10;
        if (!sheet.isEmpty() && (sheet == normalised(QString::fromUtf8(list.sheet)) || sheet == normalised(list.key)))
            score += 5;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    if (best.listKey.isEmpty())
        best.columns = QStringList(table.headers.size(), QString());
    return best;
}

Status loadNlRegister(Storage::Store &store, NlRegister *current)
{
    if (current->loaded)
        return Status::ok();
    QList<Table> tables;
    Storage::HistoryHead state;
    Status status = Tabular::exportTables(store, Layout::NlWorkbook, dutch(), &tables, &state);
    if (!status)
        return status;
    for (const Table &table : std::as_const(tables)) {
        const qsizetype id = [&table] {
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                if (table.columns.at(c).key == QLatin1String("id"))
                    return c;
            }
            return qsizetype(-1);
        }();
        const qsizetype nameAt = [&table] {
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const QString &key = table.columns.at(c).key;
                if (key == QLatin1String("naam") || key == QLatin1String("omschrijving"))
                    return c;
            }
            // Request cases have no name: their number.
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                if (table.columns.at(c).key == QLatin1String("nummer") && table.key == Verzoeken)
                    return c;
            }
            return qsizetype(-1);
        }();
        // Activities of both registers share one series of numbers.
        qsizetype numberAt = -1;
        for (qsizetype c = 0; c < table.columns.size() && (table.key == Verwerkingen || table.key == AlsVerwerker);
             ++c) {
            if (table.columns.at(c).key == QLatin1String("nummer"))
                numberAt = c;
        }
        QHash<QString, QString> &names = current->names[table.key];
        for (const QVariantList &row : table.rows) {
            const QString uuid = id < 0 ? QString() : row.value(id).toString();
            current->uuids[table.key] << uuid;
            QHash<QString, QString> &cells = current->cells[table.key + u'/' + uuid];
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                cells.insert(table.columns.at(c).key.startsWith(QLatin1String("extra."))
                                 ? QStringLiteral("extra:") +
                                       Domain::ExtraFields::normalisedName(table.columns.at(c).header)
                                 : table.columns.at(c).key,
                             ImportContext::text(row.value(c)));
            if (numberAt >= 0 && !row.value(numberAt).toString().isEmpty())
                current->activityNumbers.insert(row.value(numberAt).toString(), uuid);
            if (nameAt >= 0) {
                const QString name = normalised(row.value(nameAt).toString());
                if (!name.isEmpty())
                    names.insert(name, names.contains(name) ? QString() : uuid);
            }
        }
    }
    // The activities as the register holds them, for what a cell does not carry.
    QSqlDatabase &db = store.connection();
    if (!beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, Tabular::tr("The register could not be read."));
    QJsonArray activities, organisations, processorActivities, requests;
    status = exportItems(db, EntityKind::ProcessingActivity, &activities);
    if (status)
        status = exportItems(db, EntityKind::Organisation, &organisations);
    if (status)
        status = exportItems(db, EntityKind::ProcessorActivity, &processorActivities);
    if (status)
        status = exportItems(db, EntityKind::RequestCase, &requests);
    db.rollback();
    if (!status)
        return status;
    for (const QJsonValue &value : std::as_const(activities))
        current->activities.insert(str(value.toObject(), "uuid"), value.toObject());
    for (const QJsonValue &value : std::as_const(processorActivities))
        current->processorActivities.insert(str(value.toObject(), "uuid"), value.toObject());
    for (const QJsonValue &value : std::as_const(requests))
        current->requests.insert(str(value.toObject(), "uuid"), value.toObject());
    current->organisation = organisations.isEmpty() ? QJsonObject() : organisations.first().toObject();
    current->loaded = true;
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// Import

namespace NlWorkbook {

QString joinLines(const QStringList &lines)
{
    return lines.join(u'\n');
}

// A long text written as a list ("A | B"): its lines.
QString longText(const QString &cell)
{
    return cell.contains(QLatin1String(" | ")) ? joinLines(Words::split(cell)) : cell;
}

// "Categorie: waarde" lines of a cell (" | " or line breaks between them; ";" belongs to a value).
QList<Words::NamedLine> namedLines(const QString &cell)
{
    static const QRegularExpression bar(QStringLiteral("\\s*\\|\\s*"));
    static const QRegularExpression lines(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QList<Words::NamedLine> found;
    if (cell.contains(u'|')) {
        for (const QString &line : cell.trimmed().split(bar, Qt::SkipEmptyParts))
            found << Words::namedLine(line);
        return found;
    }
    // One per line; a line without a name after a named one goes on with its value (a value of
    // several lines).
    for (const QString &line : cell.trimmed().split(lines, Qt::SkipEmptyParts)) {
        const Words::NamedLine named = Words::namedLine(line);
        if (named.name.isEmpty() && !found.isEmpty() && !found.constLast().name.isEmpty())
            found.last().value += u'\n' + named.value;
        else
            found << named;
    }
    return found;
}

bool readDate(RowReader &row, const char *key, const char *field, QJsonObject *object)
{
    const QString text = row.text(key);
    if (text.isEmpty()) {
        object->insert(QLatin1String(field), QJsonValue());
        return true;
    }
    const QDate day = Words::date(row.raw(key));
    if (!day.isValid()) {
        row.finding(key, Severity::Error,
                    Tabular::tr("\"%1\" is not a date: write it as YYYY-MM-DD or D-M-YYYY.").arg(text.left(80)));
        return false;
    }
    object->insert(QLatin1String(field), Domain::IsoTime::day(day));
    return true;
}

bool readPeriod(RowReader &row, const char *key, const QString &text, const char *countKey, const char *unitKey,
                QJsonObject *object)
{
    if (text.isEmpty()) {
        object->insert(QLatin1String(countKey), 0);
        object->insert(QLatin1String(unitKey), QString());
        return true;
    }
    const std::optional<Domain::IsoPeriod::Period> period = Domain::IsoPeriod::parse(text);
    if (!period) {
        row.finding(key, Severity::Error,
                    Tabular::tr("\"%1\" is not a period of one unit as ISO 8601 writes it: P7Y, P6M, P2W or P30D.")
                        .arg(text.left(80)));
        return false;
    }
    object->insert(QLatin1String(countKey), period->count);
    object->insert(QLatin1String(unitKey), period->unit);
    return true;
}

// "Selectielijst: …", "Wet: Archiefwet", "Eigen beleid", or a source without its basis.
void readRetentionSource(const QString &text, const ImportContext &context, QJsonObject *rule)
{
    const Words::NamedLine line = Words::namedLine(text);
    if (normalised(line.name) == QLatin1String("selectielijst")) {
        rule->insert(QStringLiteral("selectionList"), line.value);
        if (!rule->contains(QStringLiteral("basisType")))
            rule->insert(QStringLiteral("basisType"), QStringLiteral("statute"));
        return;
    }
    rule->insert(QStringLiteral("selectionList"), QString());
    QString basis = Words::retentionBasis(line.name.isEmpty() ? line.value : line.name);
    if (basis.isEmpty())
        basis = context.code(CodeKind::RetentionBasis, line.name);
    if (!basis.isEmpty())
        rule->insert(QStringLiteral("basisType"), basis);
    rule->insert(QStringLiteral("legalSource"),
                 line.name.isEmpty() && !basis.isEmpty() ? QString() : (basis.isEmpty() ? text.trimmed() : line.value));
}

void readOrganisation(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                      const NlRegister &current)
{
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        if (r > 0) {
            row.finding("naam", Severity::Warning,
                        Tabular::tr("The register has one organisation: only the sheet's first row is read."));
            break;
        }
        row.matched = QStringLiteral("organisation");
        row.stored = current.cells.value(Organisatie + QStringLiteral("/"));
        QJsonObject object;
        auto text = [&](const char *key, const char *field) {
            if (row.changed(key))
                object.insert(QLatin1String(field), row.text(key));
        };
        text("naam", "name");
        text("oin", "oin");
        text("kvk", "registrationNumber");
        text("rsin", "rsin");
        text("fg_naam", "dpoName");
        text("uri_basis", "activityUriBase");
        if (row.changed("adres")) {
            QStringList lines =
                Words::split(ImportContext::text(row.raw("adres")).replace(u'\n', QLatin1String(" | ")));
            static const QRegularExpression postal(QStringLiteral("^(\\d{4}\\s?[A-Za-z]{2})\\s+(.+)$"));
            QString street, postalCode, city, country;
            if (!lines.isEmpty())
                street = lines.takeFirst();
            if (!lines.isEmpty()) {
                const QString place = lines.takeFirst();
                const QRegularExpressionMatch match = postal.match(place);
                postalCode = match.hasMatch() ? match.captured(1) : QString();
                city = match.hasMatch() ? match.captured(2) : place;
            }
            if (!lines.isEmpty()) {
                const QString name = lines.takeFirst();
                country = Domain::Countries::codeOf(name);
                if (country.isEmpty())
                    row.finding("adres", Severity::Warning,
                                Tabular::tr("\"%1\" is not a country Custodian knows: the address's country is left "
                                            "empty.")
                                    .arg(name.left(80)));
            }
            object.insert(QStringLiteral("streetAddress"), street);
            object.insert(QStringLiteral("postalCode"), postalCode);
            object.insert(QStringLiteral("city"), city);
            object.insert(QStringLiteral("country"), country);
        }
        if (row.changed("fg_contact")) {
            QString email, phone;
            for (const QString &line : Words::split(row.text("fg_contact").replace(u'\n', QLatin1String(" | ")))) {
                if (line.contains(u'@') && email.isEmpty())
                    email = line;
                else if (phone.isEmpty())
                    phone = line;
            }
            object.insert(QStringLiteral("dpoEmail"), email);
            object.insert(QStringLiteral("dpoPhone"), phone);
        }
        if (row.changed("vertegenwoordiger")) {
            const QStringList lines = Words::split(row.text("vertegenwoordiger").replace(u'\n', QLatin1String(" | ")));
            object.insert(QStringLiteral("representativeName"), lines.value(0));
            object.insert(QStringLiteral("representativeContact"), lines.mid(1).join(QStringLiteral(", ")));
        }
        if (object.isEmpty())
            continue;
        if (!current.organisation.isEmpty())
            object.insert(QStringLiteral("uuid"), str(current.organisation, "uuid"));
        context.addItem(EntityKind::Organisation, object, row.origin);
    }
}

void readRules(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current)
{
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        const QString name = row.text("omschrijving");
        if (name.isEmpty()) {
            row.finding("omschrijving", Severity::Error,
                        Tabular::tr("The description is empty: it names the retention rule."));
            continue;
        }
        QJsonObject object = row.begin(Bewaartermijnen, "omschrijving", "name");
        bool ok = true;
        if (row.changed("duur_iso8601"))
            ok = readPeriod(row, "duur_iso8601", row.text("duur_iso8601"), "periodCount", "periodUnit", &object) && ok;
        if (row.changed("aanvang"))
            object.insert(QStringLiteral("trigger"), row.text("aanvang"));
        if (row.changed("bron"))
            readRetentionSource(row.text("bron"), context, &object);
        if (row.changed("selectielijst_categorie"))
            object.insert(QStringLiteral("selectionListCategory"), row.text("selectielijst_categorie"));
        if (row.changed("vernietigingsmethode"))
            object.insert(QStringLiteral("destructionMethod"), row.text("vernietigingsmethode"));
        if (row.changed("laatste_toets"))
            ok = readDate(row, "laatste_toets", "lastTestedOn", &object) && ok;
        if (ok)
            context.addItem(EntityKind::RetentionRule, object, row.origin);
    }
}

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

} // namespace NlWorkbook

void skipNlWorkbookKeyRow(RawTable *sheet, const Tabular::Plan &plan)
{
    // A workbook's hidden row of keys above the Dutch headers: the headers are its first row.
    const NlList *list = nlList(plan.listKey);
    if (!list || sheet->rows.isEmpty())
        return;
    int headersBelow = 0, keysAbove = 0;
    for (qsizetype c = 0; c < plan.columns.size(); ++c) {
        for (const NlColumn &column : list->columns) {
            if (plan.columns.at(c) != QLatin1String(column.key))
                continue;
            keysAbove += normalised(sheet->headers.value(c)) == normalised(QLatin1String(column.key)) ? 1 : 0;
            headersBelow += normalised(ImportContext::text(sheet->rows.first().value(c))) ==
                                    normalised(QString::fromUtf8(column.header))
                                ? 1
                                : 0;
        }
    }
    if (keysAbove == 0 || headersBelow * 2 < keysAbove)
        return;
    const QVariantList headers = sheet->rows.takeFirst();
    sheet->rowNumbers.removeFirst();
    // A column a person added after the keyed ones has a header and no key.
    while (sheet->headers.size() < headers.size())
        sheet->headers.append(QString());
    for (qsizetype c = 0; c < sheet->headers.size(); ++c) {
        const QString header = ImportContext::text(headers.value(c));
        if (!header.isEmpty())
            sheet->headers[c] = header;
    }
}

void readNlWorkbookList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                        const NlRegister &current)
{
    const RawTable &sheet = table;
    if (plan.listKey == Organisatie)
        readOrganisation(context, sheet, plan, current);
    else if (plan.listKey == Bewaartermijnen)
        readRules(context, sheet, plan, current);
    else if (plan.listKey == Verwerkingen)
        readActivities(context, sheet, plan, current);
    else if (plan.listKey == Overeenkomsten || plan.listKey == AlsVerwerker)
        readSupplierList(context, sheet, plan, current);
    else
        readCaseList(context, sheet, plan, current);
}

// ---------------------------------------------------------------------------------------------
// Columns that are a field of the item

namespace NlWorkbook {

namespace {

const Domain::FieldInfo *fieldInfo(EntityKind kind, const char *key)
{
    for (const Domain::FieldInfo *field : kindColumns(kind).fields) {
        if (qstrcmp(field->key, key) == 0)
            return field;
    }
    return nullptr;
}

} // namespace

const Domain::ChildInfo *childInfo(EntityKind kind, const char *key)
{
    for (const KindColumns::ChildColumns &child : kindColumns(kind).children) {
        if (qstrcmp(child.child->key, key) == 0)
            return child.child;
    }
    return nullptr;
}

void fieldCells(const NlList &list, const QJsonObject &item, const ExportContext &context,
                QHash<QString, QVariant> *cells)
{
    for (const NlColumn &column : list.columns) {
        if (!column.field)
            continue;
        if (const Domain::ChildInfo *child = childInfo(list.kind, column.field)) {
            // A list of values (codes as their Dutch labels) or of links (the names).
            QStringList values;
            for (const QString &value : strings(item.value(QLatin1String(column.field)))) {
                if (child->kind == Domain::ChildKind::Links)
                    values << context.name(child->target, value);
                else
                    values << (child->codes ? dutchLabel(*child->codes, value) : value);
            }
            cells->insert(QLatin1String(column.key), listCell(values));
            continue;
        }
        const Domain::FieldInfo *field = fieldInfo(list.kind, column.field);
        Q_ASSERT_X(field, "fieldCells", column.field);
        if (!field)
            continue;
        const QVariant cell = context.cell(*field, item.value(QLatin1String(column.field)));
        // A count of 0 is one not given.
        const bool none = (field->type == Domain::FieldType::Int || field->type == Domain::FieldType::BigInt) &&
                          cell.toLongLong() == 0;
        cells->insert(QLatin1String(column.key), none ? QVariant() : cell);
    }
}

bool readFieldColumns(RowReader &row, const NlList &list, QJsonObject *object, QList<ImportContext::Pending> *links)
{
    bool ok = true;
    for (const NlColumn &column : list.columns) {
        if (!column.field || column.written || !row.changed(column.key))
            continue;
        if (const Domain::ChildInfo *child = childInfo(list.kind, column.field)) {
            QJsonArray values;
            for (const QString &part : Words::split(row.text(column.key))) {
                if (child->kind == Domain::ChildKind::Links) {
                    if (links)
                        links->append({list.kind, -1, QLatin1String(column.field), values.size(), QString(),
                                       child->target, part, row.origin, QLatin1String(column.key)});
                    values.append(part);
                } else if (child->codes) {
                    const QString code = row.context.code(*child->codes, part);
                    if (code.isEmpty()) {
                        row.finding(column.key, Severity::Error,
                                    Tabular::tr("\"%1\" is not one of the choices: %2.")
                                        .arg(part.left(80), row.context.codeChoices(*child->codes)));
                        ok = false;
                    } else if (!values.contains(code)) {
                        values.append(code);
                    }
                } else {
                    values.append(part);
                }
            }
            if (child->kind != Domain::ChildKind::Links || links)
                object->insert(QLatin1String(column.field), values);
            continue;
        }
        const Domain::FieldInfo *field = fieldInfo(list.kind, column.field);
        if (!field)
            continue;
        if (field->type == Domain::FieldType::Link) {
            // A name, found once every sheet is read.
            const QString name = row.text(column.key);
            object->insert(QLatin1String(column.field), name);
            if (!name.isEmpty() && links)
                links->append({list.kind, -1, QLatin1String(column.field), -1, QString(), field->target, name,
                               row.origin, QLatin1String(column.key)});
            continue;
        }
        QJsonValue value;
        if (row.context.value(*field, row.raw(column.key), row.origin, &value))
            object->insert(QLatin1String(column.field), value);
        else
            ok = false;
    }
    return ok;
}

// The file's extra columns: the reference's columns no field takes, and the file's own.
void readExtraColumns(RowReader &row, const NlList &list, QJsonObject *object)
{
    QJsonArray extra = object->value(QStringLiteral("extraFields")).toArray();
    for (qsizetype c = 0; c < row.table.headers.size(); ++c) {
        const QString key = row.plan.columns.value(c);
        const QString header = row.table.headers.at(c).trimmed();
        if (header.isEmpty())
            continue;
        bool isExtra = key.isEmpty();
        for (const NlColumn &column : list.columns) {
            if (key == QLatin1String(column.key))
                isExtra = column.extra;
        }
        if (!isExtra)
            continue;
        const QString value = ImportContext::text(row.cells.value(c));
        if (!row.matched.isEmpty()) {
            const QString storedKey =
                key.isEmpty() ? QStringLiteral("extra:") + Domain::ExtraFields::normalisedName(header) : key;
            if (RowReader::sameText(value, row.stored.value(storedKey)))
                continue;
        }
        extra.append(QJsonObject{
            {QStringLiteral("source"), Source}, {QStringLiteral("name"), header}, {QStringLiteral("value"), value}});
    }
    if (!extra.isEmpty())
        object->insert(QStringLiteral("extraFields"), extra);
}

void addWithLinks(ImportContext &context, EntityKind kind, const QJsonObject &object, const Origin &origin,
                  QList<ImportContext::Pending> &links)
{
    const qsizetype index = context.addItem(kind, object, origin);
    for (ImportContext::Pending &link : links) {
        link.index = index;
        context.pending.append(link);
    }
}

QStringList linkNames(const QJsonObject &item, const char *list, EntityKind target, const ExportContext &context)
{
    QStringList names;
    for (const QString &uuid : strings(item.value(QLatin1String(list))))
        names << context.name(target, uuid);
    return names;
}

void readLinks(RowReader &row, EntityKind kind, const char *column, const char *list, EntityKind target,
               QJsonObject *object, QList<ImportContext::Pending> *links)
{
    if (!row.changed(column))
        return;
    QJsonArray uuids;
    for (const QString &name : Words::split(row.text(column))) {
        links->append(
            {kind, -1, QLatin1String(list), uuids.size(), QString(), target, name, row.origin, QLatin1String(column)});
        uuids.append(name);
    }
    object->insert(QLatin1String(list), uuids);
}

} // namespace NlWorkbook

} // namespace Custodian::Exchange::TabularSupport
