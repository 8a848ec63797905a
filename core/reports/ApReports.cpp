// The reports for the Autoriteit Persoonsgegevens (the Dutch ecosystem, part 10): the register as the
// supervisory authority asks for it (Art. 30(4); DUTCH-STANDARDS.md §6.7 "Art. 30 (AP-opvraag)"), as a
// document and as a workbook, and one breach as the answers for the AP's notification form.
#include "reports/ReportBuilder.h"

#include "exchange/ExchangeTables.h"
#include "register/BreachApForm.h"
#include "register/BreachService.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/queries/ListRows.h"
#include "reports/ReportParts.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>

namespace Custodian::Reports::Parts {

namespace {

// What the AP's profile asks of a processing activity (dutch-ecosystem.md §11: the columns 1–6, 13,
// 14, 16, 19–23, 29, 33–36 and 40 of the Dutch workbook): what Art. 30(1) asks, with the lawful basis
// and the law it rests on. Not the DPO's notes, the confidentiality, the systems or the DPIA.
const QList<Section> &apSections()
{
    static const QList<Section> sections = {
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Purpose and lawful basis (Art. 30(1)(b), Art. 6)"),
         {"purpose", "lawfulBases", "legalProvision", "legitimateInterest"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data subjects and personal data (Art. 30(1)(c))"),
         {"subjectCategories", "dataCategories"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Recipients and joint controllers (Art. 30(1)(a), (d))"),
         {"controllerBodyUuids", "noRecipients", "recipients", "jointControllers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Transfers to third countries (Art. 30(1)(e))"),
         {"transfers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(1)(g))"), {"measureUuids"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Ownership and review"), {"number", "status"}},
    };
    return sections;
}

// What Art. 30(2) asks of the processing done as a processor: the controllers, the categories of
// processing, the transfers and the measures. Not the owners, agreements or descriptions.
const QList<Section> &apProcessorSections()
{
    static const QList<Section> sections = {
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "On behalf of (Art. 30(2)(a), (b))"),
         {"number", "status", "controllerUuids", "processingCategories"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Transfers to third countries (Art. 30(2)(c))"),
         {"transfers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(2)(d))"), {"measureUuids"}},
    };
    return sections;
}

// The rows of a list whose status is not retired: the AP is shown what is in use.
QList<int> inUse(const Session &session, const Table &table)
{
    const QString retired =
        Domain::Codes::label(Domain::Codes::Kind::ActivityStatus, QStringLiteral("retired"), session.language());
    QList<int> rows;
    for (int row = 0; row < table.rows.size(); ++row) {
        if (session.writer().cell(table, row, QStringLiteral("status")) != retired)
            rows.append(row);
    }
    return rows;
}

// What the register holds of the activities besides the lists the report reads: their versions,
// lawful bases and data categories with their rules (Register::RegisterSnapshot), by uuid.
struct Facts
{
    Register::RegisterSnapshot snapshot;
    QHash<QString, const Domain::ProcessingActivity *> activities;
    QHash<QString, const Domain::RetentionRule *> rules;
};

// "Established activity version 2 of 1 March 2026. URI", and whether the record changed since.
QString versionLine(const Session &session, const Facts &facts, const QString &uuid)
{
    const auto version = facts.snapshot.latestActivityVersions.constFind(uuid);
    if (version == facts.snapshot.latestActivityVersions.cend())
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "No activity version established yet."));
    QString line =
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Established activity version %1 of %2."))
            .arg(session.language().locale().toString(version->number), session.writer().text(version->establishedAt));
    if (!version->uri.isEmpty())
        line += QLatin1Char(' ') + version->uri;
    // Changed since when it no longer says what the version says (as the completeness check finds).
    const Domain::ProcessingActivity *activity = facts.activities.value(uuid);
    const Domain::Findings findings =
        activity ? Register::CompletenessCheck::forActivity(*activity, facts.snapshot, QDate::currentDate())
                 : Domain::Findings();
    if (std::any_of(findings.cbegin(), findings.cend(),
                    [](const Domain::Finding &finding) { return finding.field == QLatin1String("versions"); }))
        line += QLatin1Char(' ') + session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                               "The record above has changed since; the changes "
                                                               "are not established yet."));
    return line;
}

// "Category: rule, period trigger (source)", a line per category of the activity with a rule.
QString retentionLines(const Session &session, const Facts &facts, const QString &uuid)
{
    const Domain::ProcessingActivity *activity = facts.activities.value(uuid);
    if (!activity)
        return {};
    QStringList lines;
    for (const Domain::DataCategory &category : activity->dataCategories) {
        const Domain::RetentionRule *rule = facts.rules.value(category.retentionRuleUuid);
        if (!rule)
            continue;
        QString text = rule->name;
        // The period with its trigger: "7 years after the end of the financial year".
        const QString period = rule->periodText(&session.language()).trimmed();
        if (!period.isEmpty())
            text += QStringLiteral(", ") + period;
        if (!rule->legalSource.trimmed().isEmpty())
            text += QStringLiteral(" (%1)").arg(rule->legalSource.trimmed());
        lines.append(QStringLiteral("%1: %2").arg(category.name, text));
    }
    return lines.join(QLatin1Char('\n'));
}

// The fields whose emptiness is no gap for the AP: a list that may be empty (no transfers, no joint
// controllers), the legal provision where the basis is not a legal obligation or public task, the
// interests where it is not a legitimate interest.
QSet<QString> quietFor(const Facts &facts, const QString &uuid)
{
    QSet<QString> quiet{QStringLiteral("activity.transfers"), QStringLiteral("activity.jointControllers"),
                        QStringLiteral("activity.noRecipients")};
    const Domain::ProcessingActivity *activity = facts.activities.value(uuid);
    const QStringList bases = activity ? activity->lawfulBases : QStringList();
    if (!bases.contains(QLatin1String("c")) && !bases.contains(QLatin1String("e")))
        quiet.insert(QStringLiteral("activity.legalProvision"));
    if (!bases.contains(QLatin1String("f")))
        quiet.insert(QStringLiteral("activity.legitimateInterest"));
    // No recipients recorded as none: the list is not missing either.
    if (activity && activity->noRecipients)
        quiet.insert(QStringLiteral("activity.recipients"));
    return quiet;
}

// The organisation as a sheet: a field and its value a row.
Table organisationSheet(const Session &session)
{
    const Writer &writer = session.writer();
    Table sheet{QStringLiteral("organisation"),
                session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Organisation")),
                {{QStringLiteral("field"), session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Field"))},
                 {QStringLiteral("value"), session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Value")),
                  Exchange::TableColumn::Type::LongText}},
                {},
                false};
    const Table *organisation = writer.table(QStringLiteral("organisation"));
    if (!organisation || organisation->rows.isEmpty())
        return sheet;
    static const QStringList keys = {QStringLiteral("name"),
                                     QStringLiteral("oin"),
                                     QStringLiteral("registrationNumber"),
                                     QStringLiteral("rsin"),
                                     QStringLiteral("streetAddress"),
                                     QStringLiteral("postalCode"),
                                     QStringLiteral("city"),
                                     QStringLiteral("country"),
                                     QStringLiteral("contactName"),
                                     QStringLiteral("contactEmail"),
                                     QStringLiteral("contactPhone"),
                                     QStringLiteral("dpoName"),
                                     QStringLiteral("dpoEmail"),
                                     QStringLiteral("dpoPhone"),
                                     QStringLiteral("representativeName"),
                                     QStringLiteral("representativeContact")};
    for (const QString &key : keys) {
        const int column = Writer::column(*organisation, key);
        const QString value = column < 0 ? QString() : writer.value(*organisation, 0, column);
        if (!value.isEmpty())
            sheet.rows.append({organisation->columns.at(column).header, value});
    }
    const QString joint = writer.recordText(QStringLiteral("organisation.jointControllers"),
                                            writer.cell(*organisation, 0, QStringLiteral("uuid")));
    if (!joint.isEmpty())
        sheet.rows.append({writer.listLabel(QStringLiteral("organisation.jointControllers")), joint});
    return sheet;
}

// The activities in use, a row each, in the profile's columns.
Table activitiesSheet(const Session &session, const QList<int> &rows, const Facts &facts)
{
    const Writer &writer = session.writer();
    const Table &activities = *writer.table(QStringLiteral("activity"));
    const auto t = [&session](const char *source) { return session.t(source); };
    using Type = Exchange::TableColumn::Type;
    struct Column
    {
        QString key; // a field of the activity, a list of its records, or one of ours ("_version")
        QString header;
        Type type = Type::Text;
    };
    const auto field = [&activities](const char *key, Type type = Type::Text) {
        return Column{QLatin1String(key), Writer::header(activities, QLatin1String(key)), type};
    };
    const auto list = [&writer](const char *key) {
        return Column{QStringLiteral("activity.") + QLatin1String(key),
                      writer.listLabel(QStringLiteral("activity.") + QLatin1String(key)), Type::LongText};
    };
    const QList<Column> columns = {
        field("number"),
        {QStringLiteral("_version"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Activity version"))},
        {QStringLiteral("_uri"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "URI"))},
        field("status"),
        field("name"),
        field("controllerBodyUuids"),
        list("jointControllers"),
        field("purpose", Type::LongText),
        field("lawfulBases"),
        field("legalProvision", Type::LongText),
        field("legitimateInterest", Type::LongText),
        field("subjectCategories", Type::LongText),
        list("dataCategories"),
        field("noRecipients"),
        list("recipients"),
        {QStringLiteral("_transfers"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Transfers outside the EEA"))},
        list("transfers"),
        {QStringLiteral("_retention"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Retention per category")),
         Type::LongText},
        field("measureUuids", Type::LongText),
    };
    Table sheet{QStringLiteral("activity"),
                t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activities")),
                {},
                {},
                false};
    for (const Column &column : columns)
        sheet.columns.append({column.key, column.header, column.type});
    const QString yes = Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("yes"), session.language());
    const QString no = Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("no"), session.language());
    for (const int row : rows) {
        const QString uuid = writer.cell(activities, row, QStringLiteral("uuid"));
        const auto version = facts.snapshot.latestActivityVersions.constFind(uuid);
        const bool established = version != facts.snapshot.latestActivityVersions.cend();
        QVariantList cells;
        for (const Column &column : columns) {
            QString text;
            if (column.key == QLatin1String("_version"))
                text = established ? session.language().locale().toString(version->number) : QString();
            else if (column.key == QLatin1String("_uri"))
                text = established ? version->uri : QString();
            else if (column.key == QLatin1String("_transfers"))
                text = writer.recordRows(QStringLiteral("activity.transfers"), uuid).isEmpty() ? no : yes;
            else if (column.key == QLatin1String("_retention")) {
                text = retentionLines(session, facts, uuid);
            } else if (column.key.startsWith(QLatin1String("activity.")))
                text = writer.recordText(column.key, uuid);
            else
                text = writer.cell(activities, row, column.key);
            cells.append(text.isEmpty() ? QVariant() : QVariant(text));
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

// The processing done as a processor (Art. 30(2)) in use, in the profile's columns.
Table processorSheet(const Session &session, const Table &processor, const QList<int> &rows)
{
    const Writer &writer = session.writer();
    Table sheet{QStringLiteral("processor_activity"),
                session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing as a processor")),
                {},
                {},
                false};
    const QString transfers = QStringLiteral("processor_activity.transfers");
    const QStringList keys = {QStringLiteral("number"),
                              QStringLiteral("name"),
                              QStringLiteral("status"),
                              QStringLiteral("controllerUuids"),
                              QStringLiteral("processingCategories"),
                              transfers,
                              QStringLiteral("measureUuids")};
    for (const QString &key : keys)
        sheet.columns.append({key, key == transfers ? writer.listLabel(key) : Writer::header(processor, key),
                              Exchange::TableColumn::Type::LongText});
    for (const int row : rows) {
        QVariantList cells;
        for (const QString &key : keys) {
            const QString text = key == transfers
                                     ? writer.recordText(transfers, writer.cell(processor, row, QStringLiteral("uuid")))
                                     : writer.cell(processor, row, key);
            cells.append(text.isEmpty() ? QVariant() : QVariant(text));
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

// What the report is evidence for, in which state, made when: the accountability part.
QString accountabilityBody(const Session &session)
{
    QList<QStringList> rows;
    for (const Control &control : session.controls())
        rows.append({control.framework, control.code, control.title});
    return Writer::gridHtml({session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Framework")),
                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Control")),
                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "What it asks"))},
                            rows, {22, 18, 60});
}

Table accountabilitySheet(const Session &session)
{
    const auto t = [&session](const char *source) { return session.t(source); };
    Table sheet{QStringLiteral("accountability"),
                t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Accountability")),
                {{QStringLiteral("framework"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Framework"))},
                 {QStringLiteral("control"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Control"))},
                 {QStringLiteral("title"), t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "What it asks")),
                  Exchange::TableColumn::Type::LongText}},
                {},
                false};
    // The state and the moment first, as the document's facts give them.
    sheet.rows.append(
        {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register state")), session.stateText(), QVariant()});
    sheet.rows.append(
        {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Generated")), session.generatedText(), QVariant()});
    sheet.rows.append(
        {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Classification")), session.label(), QVariant()});
    for (const Control &control : session.controls())
        sheet.rows.append({control.framework, control.code, control.title});
    return sheet;
}

} // namespace

Status apRegister(Session &session)
{
    Status status = session.read({EntityKind::ProcessingActivity, EntityKind::ProcessorActivity, EntityKind::Party,
                                  EntityKind::RetentionRule, EntityKind::SecurityMeasure});
    if (!status)
        return status;
    // The versions, bases and rules by uuid (read apart from the lists, as the findings are).
    Facts facts;
    status = Register::RegisterSnapshot::load(session.store(), &facts.snapshot);
    if (!status)
        return Status::error(status.code(), Report::tr("The report could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    for (const Domain::ProcessingActivity &activity : std::as_const(facts.snapshot.activities))
        facts.activities.insert(activity.uuid, &activity);
    for (const Domain::RetentionRule &rule : std::as_const(facts.snapshot.retentionRules))
        facts.rules.insert(rule.uuid, &rule);
    // Read apart from the lists: the same state, or the report is made again.
    Storage::HistoryHead head;
    if (!(status = Storage::HistoryChain::readHead(session.store().connection(), &head)))
        return status;
    if (head != session.head())
        return Status::error(Status::Code::Conflict,
                             Report::tr("The register changed while the report was made. Make it again."));
    const auto t = [&session](const char *source) { return session.t(source); };
    const Writer &writer = session.writer();
    const Table *activities = writer.table(QStringLiteral("activity"));
    const Table *processor = writer.table(QStringLiteral("processor_activity"));
    if (!activities || !processor)
        return Status::error(Status::Code::DatabaseError, Report::tr("The report could not be made."));
    const QList<int> activityRows = inUse(session, *activities);
    const QList<int> processorRows = inUse(session, *processor);

    session.cover(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                      "Register of processing activities for the Autoriteit Persoonsgegevens")),
                  t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The processing activities in use")),
                  t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                      "The records of processing activities made available to the supervisory "
                                      "authority on request (Art. 30(4) GDPR): for each processing activity in use "
                                      "what Article 30(1) asks, with its lawful basis, the retention schedule, and "
                                      "the processing done as a processor (Art. 30(2)). Retired activities, the DPO's "
                                      "notes and internal details are left out.")));
    session.contents();

    Chapter chapter{t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activities (Art. 30(1))")),
                    t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "The processing activities in use, each on its own page with what Article "
                                        "30(1) asks.")),
                    {},
                    {}};
    chapter.body =
        activityRows.isEmpty()
            ? Session::note(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                "The register holds no processing activities in use.")))
            : writer.grid(*activities, activityRows,
                          writer.columns(*activities, {QStringLiteral("number"), QStringLiteral("name"),
                                                       QStringLiteral("lawfulBases"), QStringLiteral("status")}),
                          {12, 46, 28, 14});
    for (const int row : activityRows) {
        const QString uuid = writer.cell(*activities, row, QStringLiteral("uuid"));
        chapter.items.append(writer.item(*activities, row, apSections(), 2, false, false, quietFor(facts, uuid)) +
                             Session::note(versionLine(session, facts, uuid)));
    }
    session.chapter(chapter);

    if (!processorRows.isEmpty()) {
        Chapter processing{
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing as a processor (Art. 30(2))")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                "The categories of processing carried out on behalf of each controller.")),
            writer.grid(*processor, processorRows,
                        writer.columns(*processor, {QStringLiteral("name"), QStringLiteral("controllerUuids"),
                                                    QStringLiteral("processingCategories")}),
                        {34, 30, 36}),
            {}};
        for (const int row : processorRows)
            processing.items.append(writer.item(*processor, row, apProcessorSections(), 2, false, false,
                                                {QStringLiteral("processor_activity.transfers")}));
        session.chapter(processing);
    }
    session.chapter(retentionChapter(session));

    session.chapter({t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Accountability")),
                     t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                         "The controls this register is evidence for. The register state and the "
                                         "moment on every page name the state of the register it was made from.")),
                     accountabilityBody(session),
                     {}});

    QList<Table> sheets{organisationSheet(session), activitiesSheet(session, activityRows, facts)};
    if (!processorRows.isEmpty())
        sheets.append(processorSheet(session, *processor, processorRows));
    sheets.append(accountabilitySheet(session));
    session.setWorkbook(sheets);
    return Status::ok();
}

namespace {

struct FormRead
{
    Domain::Breach breach;
    Domain::Organisation organisation;
    QHash<QString, QString> activities;
    QHash<QString, QString> parties;
    Storage::HistoryHead head;
};

// The breach, the organisation and the names the answers give, in one read transaction (a snapshot on
// PostgreSQL) with the history's head it reads them in.
Status readForm(Storage::Store &store, const QString &wanted, FormRead *read)
{
    *read = FormRead();
    QSqlDatabase &db = store.connection();
    if (!Exchange::beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, Report::tr("The report could not be made."),
                             db.lastError().text());
    Status status = Storage::HistoryChain::readHead(db, &read->head);
    if (status)
        status = Register::BreachService(store).find(wanted, &read->breach);
    if (status.code() == Status::Code::NotFound)
        status = Status::error(Status::Code::NotFound, Report::tr("There is no breach %1.").arg(wanted));
    if (status)
        status = Register::OrganisationService(store).load(&read->organisation);
    for (const auto &[kind, names] :
         {std::pair{EntityKind::ProcessingActivity, &read->activities}, std::pair{EntityKind::Party, &read->parties}}) {
        QList<Register::ListRows::NamedItem> items;
        if (status)
            status = Register::ListRows::names(store, kind, &items);
        for (const Register::ListRows::NamedItem &item : std::as_const(items))
            names->insert(item.uuid, item.name);
    }
    db.rollback();
    return status;
}

} // namespace

Status apBreachForm(Session &session)
{
    const QString wanted = session.request().breach.trimmed();
    if (wanted.isEmpty())
        return Status::error(Status::Code::InvalidInput, Report::tr("Choose the breach the answers are for."));
    // The breach as the form asks for it, and the facts, from one state of the register: read again
    // when a change came between them.
    FormRead read;
    Status status = Status::ok();
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!(status = readForm(session.store(), wanted, &read)))
            return status;
        if (!(status = session.read({})))
            return status;
        if (session.head() == read.head)
            break;
        if (attempt == 2)
            return Status::error(Status::Code::Conflict,
                                 Report::tr("The register kept changing while the answers were made. Try again."));
    }
    const auto t = [&session](const char *source) { return session.t(source); };
    const QList<Register::BreachApForm::Section> sections = Register::BreachApForm::answers(
        read.breach, read.organisation, [&read](const QString &uuid) { return read.activities.value(uuid); },
        [&read](const QString &uuid) { return read.parties.value(uuid); }, session.language());
    QString body;
    for (const Register::BreachApForm::Section &section : sections) {
        QString rows;
        for (const Register::BreachApForm::Answer &answer : section.answers)
            rows += QStringLiteral("<tr><td width=\"45%\" class=\"label\">%1</td><td>%2</td></tr>")
                        .arg(escaped(answer.question), escaped(answer.answer));
        body += QStringLiteral("<h2>%1</h2>").arg(escaped(section.title)) + Writer::fieldTable(rows);
    }
    const QString scope = read.breach.title.trimmed().isEmpty()
                              ? read.breach.number
                              : QStringLiteral("%1 · %2").arg(read.breach.number, read.breach.title.trimmed());
    session.single({t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Breach notification to the AP: the answers")),
                    t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "The answers for the notification form of the Autoriteit Persoonsgegevens "
                                        "(Meldformulier datalekken), section by section in the form's order, to "
                                        "copy into the form, which takes no upload. A question the register holds "
                                        "no answer to says that it is not recorded.")),
                    body,
                    {}},
                   scope);
    return Status::ok();
}

} // namespace Custodian::Reports::Parts
