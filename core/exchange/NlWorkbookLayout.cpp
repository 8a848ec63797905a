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
