// The reports for the Autoriteit Persoonsgegevens (the Dutch ecosystem, part 10): the register as the
// supervisory authority asks for it (Art. 30(4); DUTCH-STANDARDS.md §6.7 "Art. 30 (AP-opvraag)"), as a
// document and as a workbook, and one breach as the answers for the AP's notification form.
#include "reports/ReportBuilder.h"

#include "register/BreachApForm.h"
#include "register/BreachService.h"
#include "register/OrganisationService.h"
#include "register/queries/ListRows.h"
#include "reports/ReportParts.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QHash>

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
         {"controllerBodyUuids", "recipients", "jointControllers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Transfers to third countries (Art. 30(1)(e))"),
         {"transfers"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(1)(g))"), {"measureUuids"}},
        {QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Ownership and review"), {"number", "status"}},
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

// The latest established version of each activity, by its activity number: "3 · URI".
struct EstablishedVersion
{
    QString number;
    QString uri;
    QString establishedAt;
};

QHash<QString, EstablishedVersion> latestVersions(const Writer &writer)
{
    QHash<QString, EstablishedVersion> latest;
    QHash<QString, qint64> numbers;
    const Table *versions = writer.table(QStringLiteral("activity_version"));
    const int numberColumn = versions ? Writer::column(*versions, QStringLiteral("number")) : -1;
    for (int row = 0; numberColumn >= 0 && row < versions->rows.size(); ++row) {
        const QString activity = writer.cell(*versions, row, QStringLiteral("activityNumber"));
        const qint64 number = versions->rows.at(row).at(numberColumn).toLongLong();
        if (activity.isEmpty() || number <= numbers.value(activity, 0))
            continue;
        numbers.insert(activity, number);
        latest.insert(activity, {writer.cell(*versions, row, QStringLiteral("number")),
                                 writer.cell(*versions, row, QStringLiteral("uri")),
                                 writer.cell(*versions, row, QStringLiteral("establishedAt"))});
    }
    return latest;
}

QString versionLine(const Session &session, const EstablishedVersion &version)
{
    if (version.number.isEmpty())
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "No activity version established yet."));
    QString line = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Established activity version %1 of %2."))
                       .arg(version.number, version.establishedAt);
    if (!version.uri.isEmpty())
        line += QLatin1Char(' ') + version.uri;
    return line;
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
Table activitiesSheet(const Session &session, const QList<int> &rows,
                      const QHash<QString, EstablishedVersion> &versions)
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
    const Table *categories = writer.table(QStringLiteral("activity.dataCategories"));
    for (const int row : rows) {
        const QString uuid = writer.cell(activities, row, QStringLiteral("uuid"));
        const EstablishedVersion version = versions.value(writer.cell(activities, row, QStringLiteral("number")));
        QVariantList cells;
        for (const Column &column : columns) {
            QString text;
            if (column.key == QLatin1String("_version"))
                text = version.number;
            else if (column.key == QLatin1String("_uri"))
                text = version.uri;
            else if (column.key == QLatin1String("_transfers"))
                text = writer.recordRows(QStringLiteral("activity.transfers"), uuid).isEmpty() ? no : yes;
            else if (column.key == QLatin1String("_retention")) {
                // "Category: rule", a line per category with a rule.
                QStringList lines;
                for (const int record : writer.recordRows(QStringLiteral("activity.dataCategories"), uuid)) {
                    const QString rule = writer.cell(*categories, record, QStringLiteral("retentionRuleUuid"));
                    if (!rule.isEmpty())
                        lines.append(QStringLiteral("%1: %2").arg(
                            writer.cell(*categories, record, QStringLiteral("name")), rule));
                }
                text = lines.join(QLatin1Char('\n'));
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

// The processing done as a processor (Art. 30(2)) in use: every field it has but the DPO's notes and
// the fields from imports, and its transfers.
Table processorSheet(const Session &session, const Table &processor, const QList<int> &rows)
{
    const Writer &writer = session.writer();
    Table sheet{QStringLiteral("processor_activity"),
                session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing as a processor")),
                {},
                {},
                false};
    QList<int> columns;
    for (int c = 0; c < processor.columns.size(); ++c) {
        const QString &key = processor.columns.at(c).key;
        if (key == QLatin1String("uuid") || key.startsWith(u'_') || key == QLatin1String("dpoNotes") ||
            key == QLatin1String("extraFields"))
            continue;
        columns.append(c);
        sheet.columns.append({key, processor.columns.at(c).header, Exchange::TableColumn::Type::LongText});
    }
    const QString transfers = QStringLiteral("processor_activity.transfers");
    sheet.columns.append({transfers, writer.listLabel(transfers), Exchange::TableColumn::Type::LongText});
    for (const int row : rows) {
        QVariantList cells;
        for (const int c : columns) {
            const QString text = writer.value(processor, row, c);
            cells.append(text.isEmpty() ? QVariant() : QVariant(text));
        }
        const QString records = writer.recordText(transfers, writer.cell(processor, row, QStringLiteral("uuid")));
        cells.append(records.isEmpty() ? QVariant() : QVariant(records));
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
    Status status =
        session.read({EntityKind::ProcessingActivity, EntityKind::ActivityVersion, EntityKind::ProcessorActivity,
                      EntityKind::Party, EntityKind::RetentionRule, EntityKind::SecurityMeasure});
    if (!status)
        return status;
    const auto t = [&session](const char *source) { return session.t(source); };
    const Writer &writer = session.writer();
    const Table *activities = writer.table(QStringLiteral("activity"));
    const Table *processor = writer.table(QStringLiteral("processor_activity"));
    if (!activities || !processor)
        return Status::error(Status::Code::DatabaseError, Report::tr("The report could not be made."));
    const QList<int> activityRows = inUse(session, *activities);
    const QList<int> processorRows = inUse(session, *processor);
    const QHash<QString, EstablishedVersion> versions = latestVersions(writer);

    session.cover(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                      "Register of processing activities for the Autoriteit Persoonsgegevens")),
                  t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The processing activities in use")),
                  t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                      "The records of processing activities made available to the supervisory "
                                      "authority on request (Art. 30(4) GDPR): for each processing activity in use "
                                      "what Article 30(1) asks, with its lawful basis, and the processing done as a "
                                      "processor (Art. 30(2)). Retired activities, the DPO's notes and internal "
                                      "details are left out.")));
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
        const EstablishedVersion version = versions.value(writer.cell(*activities, row, QStringLiteral("number")));
        chapter.items.append(writer.item(*activities, row, apSections(), 2, false, false) +
                             Session::note(versionLine(session, version)));
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
            processing.items.append(writer.item(*processor, row, {}, 2, false));
        session.chapter(processing);
    }

    session.chapter({t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Accountability")),
                     t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                         "The controls this register is evidence for. The register state and the "
                                         "moment on every page name the state of the register it was made from.")),
                     accountabilityBody(session),
                     {}});

    QList<Table> sheets{organisationSheet(session), activitiesSheet(session, activityRows, versions)};
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

Status readForm(Storage::Store &store, const QString &wanted, FormRead *read)
{
    Status status = Register::BreachService(store).find(wanted, &read->breach);
    if (status.code() == Status::Code::NotFound)
        return Status::error(Status::Code::NotFound, Report::tr("There is no breach %1.").arg(wanted));
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
    if (status)
        status = Storage::HistoryChain::readHead(store.connection(), &read->head);
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
