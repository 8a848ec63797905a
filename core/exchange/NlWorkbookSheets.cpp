// The Dutch workbook's sheets of suppliers (docs/design/dutch-ecosystem.md §12.4 and §12.6):
// `Verwerkersovereenkomsten` (the processor agreements, DUTCH-STANDARDS.md §6.3, sub-processing
// agreements as rows naming their parent) and `Verwerkingen als verwerker` (the processor's register
// of Art. 30(2), the counterpart of the VWS "AVG verwerker" register). What an agreement holds as lists
// (annexes, assurance reports, reviews, clauses, sub-processors) is summed up in written-only columns:
// the custodian layout and JSON carry the lists themselves.
#include "exchange/NlWorkbookSupport.h"

#include "DocumentLanguage.h"
#include "domain/Countries.h"
#include "domain/IsoTime.h"

namespace Custodian::Exchange::TabularSupport::NlWorkbook {

namespace {

const QList<NlList> &lists()
{
    static const QList<NlList> found = {
        {Overeenkomsten,
         "Verwerkersovereenkomsten",
         EntityKind::Agreement,
         {
             {"id", "ID"},
             {"nummer", "Nummer", Type::Text, true},
             fieldColumn("naam", "Naam overeenkomst", "title"),
             {"type_relatie", "Type relatie"},
             fieldColumn("model", "Model", "model"),
             fieldColumn("model_versie", "Modelversie", "modelVersion"),
             {"onze_rol", "Onze rol"},
             {"wederpartij", "Wederpartij", Type::Text, false, false, {QStringLiteral("Wederpartij (verwerker)")}},
             {"kvk", "KvK-nummer wederpartij", Type::Text, false, true},
             fieldColumn("hoofdovereenkomst", "Hoofdovereenkomst", "mainContractRef"),
             fieldColumn("ondertekend_op", "Ondertekend op", "signedOn", Type::Date),
             fieldColumn("ingang", "Ingangsdatum", "effectiveOn", Type::Date),
             fieldColumn("einde", "Einddatum", "expiresOn", Type::Date),
             {"verwerkingen", "Verwerkingen", Type::LongText, false, true},
             fieldColumn("categorieen_persoonsgegevens", "Categorieën persoonsgegevens", "dataTypes", Type::LongText),
             fieldColumn("categorieen_betrokkenen", "Categorieën betrokkenen", "subjectCategories", Type::LongText),
             fieldColumn("locaties", "Locaties verwerking", "locations"),
             fieldColumn("doorgifte_waarborg", "Waarborg doorgifte", "transferSafeguard"),
             {"subverwerkers", "Subverwerkers", Type::LongText, false, true},
             fieldColumn("toestemmingsregime", "Toestemmingsregime subverwerkers", "subprocessorAuthorisation"),
             fieldColumn("bezwaartermijn_dagen", "Bezwaartermijn subverwerkers (dagen)", "objectionWindowDays",
                         Type::Number),
             {"beveiligingsbijlage_ref", "Beveiligingsbijlage", Type::LongText, false, true},
             {"assurance", "Assurance (soort, geldig tot)", Type::LongText, false, true},
             {"jaarlijkse_beoordeling", "Jaarlijkse beoordeling", Type::LongText, false, true},
             {"auditrecht", "Auditrecht", Type::Text, false, true},
             fieldColumn("meldtermijn_datalek_uren", "Meldtermijn datalek (uren)", "breachNoticeHours", Type::Number),
             fieldColumn("exit_strategie", "Exitstrategie", "exitStrategy", Type::LongText),
             fieldColumn("teruggave_vernietiging", "Teruggave / vernietiging", "endOfContract"),
             fieldColumn("bewijs_teruggave", "Bewijs teruggave / vernietiging", "endOfContractProof"),
             fieldColumn("document_locatie", "Documentlocatie", "documentLocation"),
             fieldColumn("notificatie", "Herbeoordelen op", "reviewOn", Type::Date),
             fieldColumn("status", "Status", "status"),
             {"bovenliggende_overeenkomst", "Bovenliggende overeenkomst"},
         }},
        {AlsVerwerker,
         "Verwerkingen als verwerker",
         EntityKind::ProcessorActivity,
         {
             {"id", "ID"},
             fieldColumn("nummer", "Nummer", "number"),
             fieldColumn("naam", "Naam verwerking", "name"),
             {"verwerkingsverantwoordelijken", "Verwerkingsverantwoordelijken", Type::LongText},
             fieldColumn("categorieen_verwerkingen", "Categorieën verwerkingen", "processingCategories",
                         Type::LongText),
             fieldColumn("betrokkenen", "Categorieën betrokkenen", "subjectCategories", Type::LongText),
             fieldColumn("persoonsgegevens", "Categorieën persoonsgegevens", "dataCategories", Type::LongText),
             fieldColumn("bijzondere_persoonsgegevens", "Bijzondere persoonsgegevens (art. 9)", "specialCategories"),
             fieldColumn("strafrechtelijke_gegevens", "Strafrechtelijke gegevens (art. 10)", "criminalData"),
             fieldColumn("bsn", "BSN (art. 46 UAVG)", "bsn"),
             fieldColumn("herkomst", "Herkomst gegevens (bron)", "dataSource"),
             {"doorgifte", "Doorgifte derde land / int. organisatie (ja/nee)"},
             {"doorgifte_landen", "Landen / organisaties", Type::LongText},
             {"doorgifte_waarborg", "Waarborg doorgifte", Type::LongText},
             {"toms", "Technische en organisatorische maatregelen", Type::LongText},
             {"overeenkomsten", "Overeenkomsten", Type::LongText},
             fieldColumn("opslaglocatie", "Opslaglocatie", "storageLocation", Type::LongText),
             fieldColumn("afdeling", "Afdeling / team", "ownerDepartment"),
             fieldColumn("contactpersoon", "Proceseigenaar / contactpersoon", "ownerPerson"),
             fieldColumn("status", "Status", "status"),
             fieldColumn("review_datum", "Periodieke review", "nextReview", Type::Date),
         }},
    };
    return found;
}

// "verwerker" and "subverwerker" as the reference writes the relation, and our labels.
QString agreementKind(const QString &text, const ImportContext &context)
{
    const QString bare = normalised(text);
    if (bare.startsWith(QLatin1String("subverwerk")) || bare.startsWith(QLatin1String("subprocess")))
        return QStringLiteral("sub_processing");
    if (bare.startsWith(QLatin1String("verwerk")) || bare.startsWith(QLatin1String("process")))
        return QStringLiteral("processing");
    return context.code(CodeKind::AgreementKind, text);
}

struct SupplierExport
{
    const ExportContext &context;
    QHash<QString, QJsonObject> parties;
    QHash<QString, QStringList> activities;    // agreement uuid → numbers of the activities naming it
    QHash<QString, QStringList> subAgreements; // parent uuid → "verwerker@land" of its sub-processors
};

QHash<QString, QVariant> agreementCells(const QJsonObject &a, const SupplierExport &in)
{
    const ExportContext &context = in.context;
    QHash<QString, QVariant> cells;
    auto set = [&cells](const char *key, const QVariant &value) { cells.insert(QLatin1String(key), value); };
    fieldCells(*nlList(Overeenkomsten), a, context, &cells);
    const QString uuid = str(a, "uuid");
    set("id", uuid);
    set("type_relatie", str(a, "kind") == QLatin1String("sub_processing") ? QStringLiteral("subverwerker")
                                                                          : QStringLiteral("verwerker"));
    // The other party: the processor, or the controller when the organisation is the processor.
    const bool weProcess = str(a, "processorUuid").isEmpty();
    const QString other = weProcess ? str(a, "controllerUuid") : str(a, "processorUuid");
    set("onze_rol", weProcess ? QStringLiteral("verwerker") : QStringLiteral("opdrachtgever"));
    set("wederpartij", other.isEmpty() ? QVariant() : QVariant(context.name(EntityKind::Party, other)));
    set("kvk", textCell(str(in.parties.value(other), "registrationNumber")));
    set("verwerkingen", listCell(in.activities.value(uuid)));
    set("subverwerkers", listCell(in.subAgreements.value(uuid)));
    QStringList annexes, assurances;
    for (const QJsonValue &value : a.value(QStringLiteral("annexes")).toArray()) {
        const QJsonObject annex = value.toObject();
        if (str(annex, "kind") == QLatin1String("security_annex"))
            annexes << QStringList{str(annex, "reference"), str(annex, "version")}.join(u' ').trimmed();
    }
    for (const QJsonValue &value : a.value(QStringLiteral("assurances")).toArray()) {
        const QJsonObject report = value.toObject();
        QString line = dutchLabel(CodeKind::AssuranceKind, str(report, "kind"));
        if (!str(report, "validUntil").isEmpty())
            line += QStringLiteral(", geldig tot %1").arg(str(report, "validUntil"));
        assurances << line;
    }
    set("beveiligingsbijlage_ref", listCell(annexes));
    set("assurance", listCell(assurances));
    QJsonObject latest;
    for (const QJsonValue &value : a.value(QStringLiteral("reviews")).toArray()) {
        const QJsonObject review = value.toObject();
        if (str(review, "reviewedOn") > str(latest, "reviewedOn"))
            latest = review;
    }
    set("jaarlijkse_beoordeling",
        latest.isEmpty()
            ? QVariant()
            : QVariant(QStringLiteral("%1: %2").arg(str(latest, "reviewedOn"),
                                                    dutchLabel(CodeKind::ReviewOutcome, str(latest, "outcome")))));
    bool audits = false;
    for (const QJsonValue &value : a.value(QStringLiteral("clauses")).toArray()) {
        const QJsonObject clause = value.toObject();
        audits =
            audits || (str(clause, "clause") == QLatin1String("h") && clause.value(QStringLiteral("ticked")).toBool());
    }
    set("auditrecht", Words::yesNo(audits));
    const QString parent = str(a, "parentUuid");
    set("bovenliggende_overeenkomst",
        parent.isEmpty() ? QVariant() : QVariant(context.name(EntityKind::Agreement, parent)));
    const QHash<QString, QString> extras = extraValues(a);
    set("nummer", textCell(extras.value(Domain::ExtraFields::normalisedName(QStringLiteral("Nummer")))));
    return cells;
}

QHash<QString, QVariant> processorCells(const QJsonObject &p, const ExportContext &context)
{
    QHash<QString, QVariant> cells;
    fieldCells(*nlList(AlsVerwerker), p, context, &cells);
    cells.insert(QStringLiteral("id"), str(p, "uuid"));
    cells.insert(QStringLiteral("verwerkingsverantwoordelijken"),
                 listCell(linkNames(p, "controllerUuids", EntityKind::Party, context)));
    cells.insert(QStringLiteral("overeenkomsten"),
                 listCell(linkNames(p, "agreementUuids", EntityKind::Agreement, context)));
    cells.insert(QStringLiteral("toms"), listCell(measureNames(p, context)));
    transferCells(p, &cells);
    return cells;
}

void readAgreements(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current)
{
    const NlList &list = *nlList(Overeenkomsten);
    bool writtenNoted = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        row.mapFields(list);
        const QString name = row.text("naam");
        if (name.isEmpty()) {
            row.finding("naam", Severity::Error, Tabular::tr("The name is empty: it names the agreement."));
            continue;
        }
        QJsonObject object = row.begin(Overeenkomsten, "naam", "title");
        bool ok = readFieldColumns(row, list, &object);
        QList<ImportContext::Pending> links;
        if (row.changed("type_relatie")) {
            const QString text = row.text("type_relatie");
            QString kind = agreementKind(text, context);
            if (kind.isEmpty() && !text.isEmpty()) {
                // A joint or independent controller's arrangement is no Art. 28 agreement.
                kind = QStringLiteral("processing");
                object.insert(QStringLiteral("status"), QStringLiteral("draft"));
                row.finding("type_relatie", Severity::Info,
                            Tabular::tr("\"%1\" is not a processor relation: the row is imported as a draft "
                                        "agreement; record an arrangement between controllers with the activity's "
                                        "joint controllers.")
                                .arg(text.left(80)));
            }
            object.insert(QStringLiteral("kind"), kind.isEmpty() ? QStringLiteral("processing") : kind);
        }
        if (row.anyChanged({"wederpartij", "onze_rol"})) {
            // "verwerker": the organisation processes for the other party; else it is the processor.
            const QString role = normalised(row.text("onze_rol"));
            const bool weProcess = role.startsWith(QLatin1String("verwerker")) || role == QLatin1String("processor");
            if (!role.isEmpty() && !weProcess && role != QLatin1String("opdrachtgever") &&
                !role.startsWith(QLatin1String("verwerkingsverantwoordelijke")) &&
                role != QLatin1String("controller")) {
                row.finding(
                    "onze_rol", Severity::Error,
                    Tabular::tr("\"%1\" is not opdrachtgever or verwerker.").arg(row.text("onze_rol").left(80)));
                ok = false;
            }
            const QString party = row.text("wederpartij");
            const QString key = weProcess ? QStringLiteral("controllerUuid") : QStringLiteral("processorUuid");
            object.insert(key, party);
            object.insert(weProcess ? QStringLiteral("processorUuid") : QStringLiteral("controllerUuid"), QString());
            if (!party.isEmpty())
                links.append({EntityKind::Agreement, -1, key, -1, QString(), EntityKind::Party, party, row.origin,
                              QStringLiteral("wederpartij")});
        }
        if (row.changed("bovenliggende_overeenkomst")) {
            const QString parent = row.text("bovenliggende_overeenkomst");
            object.insert(QStringLiteral("parentUuid"), parent);
            if (!parent.isEmpty())
                links.append({EntityKind::Agreement, -1, QStringLiteral("parentUuid"), -1, QString(),
                              EntityKind::Agreement, parent, row.origin, QStringLiteral("bovenliggende_overeenkomst")});
        }
        if (!writtenNoted) {
            for (const NlColumn &column : list.columns) {
                if (column.written && row.changed(column.key) && !row.text(column.key).isEmpty()) {
                    writtenNoted = true;
                    row.finding(column.key, Severity::Info,
                                Tabular::tr("The columns that sum up an agreement's lists (its activities, "
                                            "sub-processors, annexes, assurance reports, reviews and audit clause) "
                                            "are written from the register and not read: edit those in the "
                                            "agreement."));
                    break;
                }
            }
        }
        readExtraColumns(row, list, &object);
        if (ok)
            addWithLinks(context, EntityKind::Agreement, object, row.origin, links);
    }
}

void readProcessorActivities(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                             const NlRegister &current)
{
    const NlList &list = *nlList(AlsVerwerker);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        row.mapFields(list);
        const QString name = row.text("naam");
        if (name.isEmpty()) {
            row.finding("naam", Severity::Error, Tabular::tr("The name is empty: it names the processing activity."));
            continue;
        }
        QJsonObject object = row.begin(AlsVerwerker, "naam", "name");
        noteTakenNumber(row);
        bool ok = readFieldColumns(row, list, &object);
        QList<ImportContext::Pending> links;
        readLinks(row, EntityKind::ProcessorActivity, "verwerkingsverantwoordelijken", "controllerUuids",
                  EntityKind::Party, &object, &links);
        readLinks(row, EntityKind::ProcessorActivity, "overeenkomsten", "agreementUuids", EntityKind::Agreement,
                  &object, &links);
        readMeasures(row, &object);
        ok = readTransfers(row, row.matched.isEmpty() ? QJsonObject() : current.processorActivities.value(row.matched),
                           &object) &&
             ok;
        readExtraColumns(row, list, &object);
        if (ok)
            addWithLinks(context, EntityKind::ProcessorActivity, object, row.origin, links);
    }
}

} // namespace

const QList<NlList> &supplierLists()
{
    return lists();
}

void appendSupplierTables(const ExportContext &context, QList<Table> *tables)
{
    SupplierExport in{context, {}, {}, {}};
    for (const QJsonValue &value : context.items.value(EntityKind::Party))
        in.parties.insert(str(value.toObject(), "uuid"), value.toObject());
    for (const EntityKind kind : {EntityKind::ProcessingActivity, EntityKind::ProcessorActivity}) {
        for (const QJsonValue &value : context.items.value(kind)) {
            const QJsonObject activity = value.toObject();
            const QString number = str(activity, "number").isEmpty() ? str(activity, "name") : str(activity, "number");
            for (const QString &agreement : strings(activity.value(QStringLiteral("agreementUuids"))))
                in.activities[agreement] << number;
        }
    }
    const QJsonArray agreements = context.items.value(EntityKind::Agreement);
    for (const QJsonValue &value : agreements) {
        const QJsonObject agreement = value.toObject();
        if (str(agreement, "parentUuid").isEmpty())
            continue;
        const QJsonObject party = in.parties.value(str(agreement, "processorUuid"));
        QString line = str(party, "name");
        if (!str(party, "country").isEmpty())
            line += u'@' + countryName(str(party, "country"));
        in.subAgreements[str(agreement, "parentUuid")] << line;
    }
    Table agreementTable = tableOf(*nlList(Overeenkomsten));
    const QStringList agreementExtras = appendExtraColumns(&agreementTable, *nlList(Overeenkomsten), agreements);
    for (const QJsonValue &value : agreements)
        appendRow(&agreementTable, agreementCells(value.toObject(), in), value.toObject(), agreementExtras);
    Table processorTable = tableOf(*nlList(AlsVerwerker));
    const QJsonArray processorActivities = context.items.value(EntityKind::ProcessorActivity);
    const QStringList processorExtras = appendExtraColumns(&processorTable, *nlList(AlsVerwerker), processorActivities);
    for (const QJsonValue &value : processorActivities)
        appendRow(&processorTable, processorCells(value.toObject(), context), value.toObject(), processorExtras);
    *tables << agreementTable << processorTable;
}

void readSupplierList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan,
                      const NlRegister &current)
{
    if (plan.listKey == Overeenkomsten)
        readAgreements(context, table, plan, current);
    else if (plan.listKey == AlsVerwerker)
        readProcessorActivities(context, table, plan, current);
}

} // namespace Custodian::Exchange::TabularSupport::NlWorkbook
