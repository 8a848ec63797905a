// The Dutch workbook's sheets of cases (docs/design/dutch-ecosystem.md §12.5): `Datalekken` (the
// breach register in the AP's terms, DUTCH-STANDARDS.md §6.4) and `Verzoeken` (data-subject requests,
// §6.5). The requests sheet holds no requester's identity or contact: a workbook is shared more widely
// than the register. What a case holds as records beyond a cell (a breach's actions, a request's
// identity checks, outcomes and notices to recipients) is summed up in written-only columns.
#include "exchange/NlWorkbookSupport.h"

#include "DocumentLanguage.h"
#include "domain/IsoTime.h"

namespace Custodian::Exchange::TabularSupport::NlWorkbook {

namespace {

const QList<NlList> &lists()
{
    static const QList<NlList> found = {
        {Datalekken,
         "Datalekken",
         EntityKind::Breach,
         {
             {"id", "ID"},
             fieldColumn("nummer", "Nummer", "number"),
             fieldColumn("naam", "Naam", "title"),
             fieldColumn("type", "Soort melding", "notificationType"),
             fieldColumn("kennisname", "Kennisname (72 uur vanaf)", "awareAt", Type::Moment),
             fieldColumn("datum_ontdekking", "Datum ontdekking", "detectedAt", Type::Moment),
             fieldColumn("datum_start", "Datum start", "occurredFrom", Type::Moment),
             fieldColumn("datum_einde", "Datum einde", "occurredTo", Type::Moment),
             fieldColumn("duurt_voort", "Duurt voort", "ongoing"),
             fieldColumn("aard_incident", "Aard van het incident", "incidentType"),
             fieldColumn("samenvatting", "Samenvatting", "summary", Type::LongText),
             fieldColumn("oorzaak", "Oorzaak", "rootCause", Type::LongText),
             fieldColumn("soort_oorzaak", "Soort oorzaak", "cause"),
             fieldColumn("verbetermaatregelen", "Verbetermaatregelen", "lessons", Type::LongText),
             fieldColumn("verwerkingen", "Verwerkingen", "activities", Type::LongText),
             fieldColumn("verwerker_betrokken", "Betrokken verwerker", "involvedPartyUuid"),
             fieldColumn("risico_inschatting", "Risico-inschatting", "riskLevel"),
             fieldColumn("motivering", "Motivering", "riskReasoning", Type::LongText),
             fieldColumn("gemeld_fg", "Gemeld aan FG", "dpoInformedAt", Type::Moment),
             fieldColumn("regelgeving", "Telecommunicatiewet", "telecomAct"),
             fieldColumn("melden_ap", "Melden aan de AP", "notifyAp"),
             fieldColumn("melding_soort", "Soort melding AP", "apPhase"),
             fieldColumn("ap_meldnummer", "Meldnummer AP", "apReference"),
             fieldColumn("datum_tijd_melding_ap", "Datum en tijd melding AP", "apNotifiedAt", Type::Moment),
             fieldColumn("reden_na_72u", "Reden melding na 72 uur", "delayReasons", Type::LongText),
             {"melder", "Melder", Type::LongText},
             fieldColumn("contactpersoon", "Contactpersoon", "contactPoint"),
             fieldColumn("persoonsgegevens", "Persoonsgegevens", "dataTypes", Type::LongText),
             fieldColumn("bijzondere_categorieen", "Bijzondere categorieën", "specialCategories", Type::LongText),
             {"aantal_records", "Aantal records"},
             fieldColumn("aantal_betrokkenen_min", "Aantal betrokkenen (minimaal)", "subjectsMin", Type::Number),
             fieldColumn("aantal_betrokkenen_max", "Aantal betrokkenen (maximaal)", "subjectsMax", Type::Number),
             fieldColumn("groepen_betrokkenen", "Groepen betrokkenen", "subjectGroups", Type::LongText),
             fieldColumn("versleuteld", "Versleuteld", "encrypted"),
             fieldColumn("gevolgen_biv", "Gevolgen (BIV)", "cia", Type::LongText),
             fieldColumn("schade", "Mogelijke schade", "harms", Type::LongText),
             fieldColumn("maatregelen", "Maatregelen", "measures", Type::LongText),
             fieldColumn("grensoverschrijdend", "Grensoverschrijdend", "crossBorder"),
             fieldColumn("andere_toezichthouders", "Andere toezichthouders", "otherAuthorities", Type::LongText),
             fieldColumn("betrokkenen_geinformeerd", "Betrokkenen geïnformeerd", "informSubjects"),
             fieldColumn("reden_niet", "Reden niet informeren", "informReasoning", Type::LongText),
             fieldColumn("communicatiemiddel", "Communicatiemiddel", "informMedia", Type::LongText),
             fieldColumn("kanaal", "Kanaal", "informChannel"),
             fieldColumn("datum", "Datum informeren betrokkenen", "subjectsInformedAt", Type::Moment),
             fieldColumn("status", "Status", "status"),
         }},
        {Verzoeken,
         "Verzoeken",
         EntityKind::RequestCase,
         {
             {"id", "ID"},
             fieldColumn("nummer", "Nummer", "number"),
             fieldColumn("ontvangen_op", "Ontvangen op", "receivedOn", Type::Date),
             fieldColumn("kanaal", "Kanaal", "channel"),
             {"recht", "Recht", Type::LongText},
             {"identificatie_geverifieerd", "Identificatie geverifieerd", Type::LongText, false, true},
             fieldColumn("rol_verzoeker", "Rol verzoeker", "requesterRole"),
             fieldColumn("machtiging", "Machtiging", "mandate"),
             fieldColumn("verwerkingen", "Verwerkingen", "activities", Type::LongText),
             writtenColumn("termijn_einde", "Einde termijn", "dueOn", Type::Date),
             fieldColumn("verlengd", "Verlengd", "extended"),
             fieldColumn("reden_verlenging", "Reden verlenging", "extensionReason"),
             fieldColumn("verlenging_gemeld", "Verlenging gemeld op", "extensionNoticeOn", Type::Date),
             {"besluit", "Besluit", Type::LongText, false, true},
             {"weigeringsgrond", "Weigeringsgrond", Type::LongText, false, true},
             fieldColumn("afgehandeld_op", "Afgehandeld op", "responseOn", Type::Date),
             {"ontvangers_geinformeerd", "Ontvangers geïnformeerd", Type::LongText, false, true},
             fieldColumn("awb_besluit", "Besluit in de zin van de Awb", "awbDecision"),
             fieldColumn("beslissend_bestuursorgaan", "Beslissend bestuursorgaan", "decidingBodyUuid"),
             fieldColumn("bezwaar_ingediend", "Bezwaar ontvangen op", "objectionReceivedOn", Type::Date),
             fieldColumn("uitkomst_bezwaar", "Uitkomst bezwaar", "objectionOutcome"),
             fieldColumn("beroep", "Beroep ingesteld op", "appealLodgedOn", Type::Date),
             fieldColumn("klacht_ap", "Klacht bij de AP op", "apComplaintOn", Type::Date),
             fieldColumn("status", "Status", "status"),
         }},
    };
    return found;
}

QHash<QString, QVariant> breachCells(const QJsonObject &b, const ExportContext &context)
{
    QHash<QString, QVariant> cells;
    fieldCells(*nlList(Datalekken), b, context, &cells);
    cells.insert(QStringLiteral("id"), str(b, "uuid"));
    QStringList reporter;
    for (const char *key : {"reporterName", "reporterFunction", "reporterPhone", "reporterEmail"}) {
        if (!str(b, key).isEmpty())
            reporter << str(b, key);
    }
    cells.insert(QStringLiteral("melder"), textCell(joinLines(reporter)));
    const qint64 least = b.value(QStringLiteral("recordsMin")).toInteger();
    const qint64 most = b.value(QStringLiteral("recordsMax")).toInteger();
    cells.insert(QStringLiteral("aantal_records"), least == 0 && most == 0 ? QVariant()
                                                   : least == most
                                                       ? QVariant(QString::number(least))
                                                       : QVariant(QStringLiteral("%1–%2").arg(least).arg(most)));
    return cells;
}

QHash<QString, QVariant> requestCells(const QJsonObject &r, const ExportContext &context)
{
    QHash<QString, QVariant> cells;
    fieldCells(*nlList(Verzoeken), r, context, &cells);
    cells.insert(QStringLiteral("id"), str(r, "uuid"));
    QStringList rights, outcomes, restrictions;
    for (const QJsonValue &value : r.value(QStringLiteral("rights")).toArray()) {
        const QJsonObject right = value.toObject();
        const QString label = dutchLabel(CodeKind::RequestRight, str(right, "right"));
        rights << label;
        if (!str(right, "outcome").isEmpty())
            outcomes << QStringLiteral("%1: %2").arg(label, dutchLabel(CodeKind::RightOutcome, str(right, "outcome")));
        if (!str(right, "restriction").isEmpty())
            restrictions << QStringLiteral("%1: %2").arg(label,
                                                         dutchLabel(CodeKind::Restriction, str(right, "restriction")));
    }
    cells.insert(QStringLiteral("recht"), listCell(rights));
    cells.insert(QStringLiteral("besluit"), listCell(outcomes));
    cells.insert(QStringLiteral("weigeringsgrond"), listCell(restrictions));
    // Identity checks by their day only: what was checked may name a document or its number.
    QStringList checks;
    for (const QJsonValue &value : r.value(QStringLiteral("verifications")).toArray()) {
        if (!str(value.toObject(), "onDate").isEmpty())
            checks << str(value.toObject(), "onDate");
    }
    cells.insert(QStringLiteral("identificatie_geverifieerd"), listCell(checks));
    QStringList told;
    for (const QJsonValue &value : r.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject notice = value.toObject();
        told << QStringLiteral("%1 (%2)").arg(context.name(EntityKind::Party, str(notice, "partyUuid")),
                                              str(notice, "onDate"));
    }
    cells.insert(QStringLiteral("ontvangers_geinformeerd"), listCell(told));
    return cells;
}

// "15", "art. 15", "inzage", "Inzage (art. 15 AVG)": the right a request invokes.
QString rightOf(const QString &text, const ImportContext &context)
{
    const QString code = context.code(CodeKind::RequestRight, text);
    if (!code.isEmpty())
        return code;
    static const QRegularExpression article(QStringLiteral("(?<![0-9.])(7[.(]\\s*3\\)?|1[3-8]|2[0-2])(?![0-9])"));
    const QRegularExpressionMatch match = article.match(text);
    const QString bare = normalised(text);
    if (match.hasMatch()) {
        const QString number = match.captured(1);
        if (number.startsWith(u'7'))
            return QStringLiteral("withdraw_consent");
        static const QHash<QString, QString> articles = {
            {QStringLiteral("13"), QStringLiteral("information")},
            {QStringLiteral("14"), QStringLiteral("information")},
            {QStringLiteral("15"), QStringLiteral("access")},
            {QStringLiteral("16"), QStringLiteral("rectification")},
            {QStringLiteral("17"), QStringLiteral("erasure")},
            {QStringLiteral("18"), QStringLiteral("restriction")},
            {QStringLiteral("20"), QStringLiteral("portability")},
            {QStringLiteral("22"), QStringLiteral("automated_decision")},
        };
        if (number == QLatin1String("21"))
            return bare.contains(QLatin1String("marketing")) ? QStringLiteral("objection_marketing")
                                                             : QStringLiteral("objection");
        return articles.value(number);
    }
    static const QList<std::pair<const char *, const char *>> words = {{"inzage", "access"},
                                                                       {"rectificatie", "rectification"},
                                                                       {"verbetering", "rectification"},
                                                                       {"verwijdering", "erasure"},
                                                                       {"vergetelheid", "erasure"},
                                                                       {"beperking", "restriction"},
                                                                       {"overdraagbaarheid", "portability"},
                                                                       {"dataportabiliteit", "portability"},
                                                                       {"bezwaar", "objection"},
                                                                       {"intrekking", "withdraw_consent"},
                                                                       {"informatie", "information"}};
    for (const auto &[word, found] : words) {
        if (bare.contains(QLatin1String(word)))
            return QLatin1String(found);
    }
    return QString();
}

void noteWritten(RowReader &row, const NlList &list, bool *noted)
{
    if (*noted)
        return;
    for (const NlColumn &column : list.columns) {
        if (column.written && row.changed(column.key) && !row.text(column.key).isEmpty()) {
            *noted = true;
            row.finding(column.key, Severity::Info,
                        Tabular::tr("The columns that sum up a case's records (identity checks, outcomes, grounds "
                                    "for refusal, recipients told, the deadline) are written from the register "
                                    "and not read: edit those in the case."));
            return;
        }
    }
}

// A breach without its ID is the register's of the same title and number, or (without a number) of
// the same title and moment of awareness: a title alone names too little.
void matchBreach(RowReader &row, const NlRegister &current, QJsonObject *object)
{
    if (!row.matched.isEmpty() && isUuid(row.text("id").toLower()) && row.text("id").toLower() == row.matched)
        return;
    row.matched.clear();
    row.stored.clear();
    object->remove(QStringLiteral("uuid"));
    if (isUuid(row.text("id").toLower()))
        object->insert(QStringLiteral("uuid"), row.text("id").toLower());
    const QString title = normalised(row.text("naam"));
    const QString number = row.text("nummer").trimmed().toUpper();
    QStringList same;
    for (const QString &uuid : current.uuids.value(Datalekken)) {
        const QHash<QString, QString> cells = current.cells.value(Datalekken + u'/' + uuid);
        if (normalised(cells.value(QStringLiteral("naam"))) != title)
            continue;
        const QDateTime aware = Words::moment(row.raw("kennisname"));
        const QDateTime storedAware = QDateTime::fromString(cells.value(QStringLiteral("kennisname")), Qt::ISODate);
        if (!number.isEmpty() ? cells.value(QStringLiteral("nummer")) == number
                              : aware.isValid() && storedAware.isValid() && aware.toUTC() == storedAware.toUTC())
            same << uuid;
    }
    if (same.size() != 1)
        return;
    row.matched = same.constFirst();
    row.stored = current.cells.value(Datalekken + u'/' + row.matched);
    object->insert(QStringLiteral("uuid"), row.matched);
}

void readBreaches(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current)
{
    const NlList &list = *nlList(Datalekken);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        row.mapFields(list);
        if (row.text("naam").isEmpty()) {
            row.finding("naam", Severity::Error, Tabular::tr("The name is empty: it names the breach."));
            continue;
        }
        QJsonObject object = row.begin(Datalekken, "naam", "title");
        matchBreach(row, current, &object);
        QList<ImportContext::Pending> links;
        bool ok = readFieldColumns(row, list, &object, &links);
        if (row.changed("melder")) {
            const QStringList lines = Words::split(row.text("melder").replace(u'\n', QLatin1String(" | ")));
            QString name, function, phone, email;
            for (const QString &line : lines) {
                static const QRegularExpression phoneNumber(QStringLiteral("^[+0-9][0-9 ()-]{5,}$"));
                if (line.contains(u'@') && email.isEmpty())
                    email = line;
                else if (phoneNumber.match(line).hasMatch() && phone.isEmpty())
                    phone = line;
                else if (name.isEmpty())
                    name = line;
                else if (function.isEmpty())
                    function = line;
            }
            object.insert(QStringLiteral("reporterName"), name);
            object.insert(QStringLiteral("reporterFunction"), function);
            object.insert(QStringLiteral("reporterPhone"), phone);
            object.insert(QStringLiteral("reporterEmail"), email);
        }
        // A notification the row records is one the organisation decided to make.
        if (!row.present("melden_ap") && row.anyChanged({"ap_meldnummer", "datum_tijd_melding_ap", "melding_soort"}) &&
            (!row.text("ap_meldnummer").isEmpty() || !row.text("datum_tijd_melding_ap").isEmpty()))
            object.insert(QStringLiteral("notifyAp"), QStringLiteral("yes"));
        if (row.changed("aantal_records")) {
            static const QRegularExpression range(QStringLiteral("^\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+))?\\s*$"));
            const QString text = row.text("aantal_records").remove(u'.');
            const QRegularExpressionMatch match = range.match(text);
            if (!text.isEmpty() && !match.hasMatch()) {
                row.finding("aantal_records", Severity::Error,
                            Tabular::tr("\"%1\" is not a number of records or a range such as 100–250.")
                                .arg(row.text("aantal_records").left(80)));
                ok = false;
            } else {
                const qint64 least = match.captured(1).toLongLong();
                object.insert(QStringLiteral("recordsMin"), least);
                object.insert(QStringLiteral("recordsMax"),
                              match.captured(2).isEmpty() ? least : match.captured(2).toLongLong());
            }
        }
        readExtraColumns(row, list, &object);
        if (ok)
            addWithLinks(context, EntityKind::Breach, object, row.origin, links);
    }
}

void readRequests(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current)
{
    const NlList &list = *nlList(Verzoeken);
    bool noted = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        RowReader row(context, table, plan, r, current);
        row.mapFields(list);
        QJsonObject object = row.begin(Verzoeken, "nummer", "number");
        if (object.value(QStringLiteral("number")).toString().isEmpty()) {
            object.remove(QStringLiteral("number"));
            // Without an ID or a number: the register's one case of that day invoking those rights.
            if (row.matched.isEmpty() && !isUuid(row.text("id").toLower())) {
                const QDate received = Words::date(row.raw("ontvangen_op"));
                QStringList rights;
                for (const QString &part : Words::split(row.text("recht")))
                    rights << rightOf(part, context);
                rights.sort();
                QStringList same;
                for (auto it = current.requests.constBegin(); it != current.requests.constEnd(); ++it) {
                    QStringList stored;
                    for (const QJsonValue &value : it->value(QStringLiteral("rights")).toArray())
                        stored << str(value.toObject(), "right");
                    stored.sort();
                    if (received.isValid() && str(*it, "receivedOn") == Domain::IsoTime::day(received) &&
                        stored == rights)
                        same << it.key();
                }
                if (same.size() == 1) {
                    row.matched = same.constFirst();
                    row.stored = current.cells.value(Verzoeken + u'/' + row.matched);
                    object.insert(QStringLiteral("uuid"), row.matched);
                    row.finding("recht", Severity::Info,
                                Tabular::tr("The row has no ID and no number: it is taken to be %1, the register's one "
                                            "case received that day for those rights. Give a new case its own row "
                                            "number if it is another.")
                                    .arg(str(current.requests.value(row.matched), "number")));
                }
            }
        }
        QList<ImportContext::Pending> links;
        bool ok = readFieldColumns(row, list, &object, &links);
        if (row.changed("recht")) {
            // The rights invoked, over the case's own records of them (their outcome and grounds).
            const QJsonObject stored = current.requests.value(row.matched);
            QJsonArray rights;
            QStringList seen;
            for (const QString &part : Words::split(row.text("recht"))) {
                const QString code = rightOf(part, context);
                if (code.isEmpty()) {
                    row.finding("recht", Severity::Error,
                                Tabular::tr("\"%1\" is not a right of a data subject: write one of %2, or the "
                                            "article (15, 16, 17, 18, 20, 21, 22, 7.3).")
                                    .arg(part.left(80), context.codeChoices(CodeKind::RequestRight)));
                    ok = false;
                    continue;
                }
                if (seen.contains(code))
                    continue;
                seen << code;
                QJsonObject record = storedRecord(stored, "rights", "right", code);
                record.insert(QStringLiteral("right"), code);
                rights.append(record);
            }
            object.insert(QStringLiteral("rights"), rights);
        }
        noteWritten(row, list, &noted);
        if (ok)
            addWithLinks(context, EntityKind::RequestCase, object, row.origin, links);
    }
}

} // namespace

const QList<NlList> &caseLists()
{
    return lists();
}

void appendCaseTables(const ExportContext &context, QList<Table> *tables)
{
    Table breaches = tableOf(*nlList(Datalekken));
    const QJsonArray breachItems = context.items.value(EntityKind::Breach);
    const QStringList breachExtras = appendExtraColumns(&breaches, *nlList(Datalekken), breachItems);
    for (const QJsonValue &value : breachItems)
        appendRow(&breaches, breachCells(value.toObject(), context), value.toObject(), breachExtras);
    // A request's extra fields may hold its requester's details: they stay in the register.
    Table requests = tableOf(*nlList(Verzoeken));
    for (const QJsonValue &value : context.items.value(EntityKind::RequestCase))
        appendRow(&requests, requestCells(value.toObject(), context), value.toObject(), {});
    *tables << breaches << requests;
}

void readCaseList(ImportContext &context, const RawTable &table, const Tabular::Plan &plan, const NlRegister &current)
{
    if (plan.listKey == Datalekken)
        readBreaches(context, table, plan, current);
    else if (plan.listKey == Verzoeken)
        readRequests(context, table, plan, current);
}

} // namespace Custodian::Exchange::TabularSupport::NlWorkbook
