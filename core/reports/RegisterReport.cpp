// The register report (Art. 30(1) and (2)), its chapters as reports of their own, and the single
// activity's sheet, made from the lists of the tabular export (Exchange::Tabular): every field the
// register holds, labelled and formatted in the document's language by the same field tables the
// export and import use.
#include "reports/ReportBuilder.h"

#include "reports/ReportParts.h"
#include "storage/Store.h"

#include <QTextDocument>

#include <algorithm>
#include <climits>

namespace Custodian::Reports {

namespace Parts {

Session::Session(Storage::Store &store, const Request &request, Report *report)
    : m_store(store), m_request(request), m_report(report), m_language(request.language)
{
    m_to = request.to.isValid() ? request.to : QDate::currentDate();
    m_from = request.from.isValid() ? request.from : m_to.addYears(-1).addDays(1);
}

Status Session::read(const QList<EntityKind> &kinds)
{
    QList<EntityKind> read{EntityKind::Organisation};
    // The organisation's own controls, in the same snapshot: the facts name those of the report's
    // kind. (A register opened read-only before its upgrade to schema 25 has none.)
    if (m_store.schemaVersion() >= 25)
        read.append(EntityKind::ControlReference);
    for (const EntityKind kind : kinds) {
        if (!read.contains(kind))
            read.append(kind);
    }
    const Status status = Exchange::Tabular::exportLists(m_store, read, m_language, &m_tables, &m_report->m_state);
    if (!status)
        return Status::error(status.code(), Report::tr("The report could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    m_writer = std::make_unique<Writer>(m_language, m_tables);
    const Table *organisation = m_writer->table(QStringLiteral("organisation"));
    if (!organisation)
        return Status::error(Status::Code::DatabaseError, Report::tr("The report could not be made."));
    m_organisationName =
        organisation->rows.isEmpty() ? QString() : m_writer->cell(*organisation, 0, QStringLiteral("name"));

    m_report->m_document.clear();
    m_report->m_language = m_language.code();
    m_report->m_generatedAt = QDateTime::currentDateTime();
    m_report->m_contentsPart = -1;
    m_report->m_workbook.clear();
    m_report->m_document.setStyle(reportFontFamily(), 10, StyleSheet);
    m_generated = m_writer->text(m_report->m_generatedAt);
    m_state = m_report->m_state.count == 0 ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "no history yet"))
                                           : m_report->m_state.shortText();
    m_label = m_request.confidentiality.trimmed().isEmpty()
                  ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Confidential"))
                  : m_request.confidentiality.trimmed();
    return Status::ok();
}

QString Session::n(const char *source, qint64 count) const
{
    return m_language.translate(Context, source, nullptr, int(std::min<qint64>(count, INT_MAX)));
}

qint64 Session::stateCount() const
{
    return m_report->m_state.count;
}

PagedDocument &Session::document()
{
    return m_report->m_document;
}

QString Session::period() const
{
    return QStringLiteral("%1 – %2").arg(m_language.longDate(m_from), m_language.longDate(m_to));
}

QList<Control> Session::controls() const
{
    // The organisation's own as the export lists them in the document's language (read in the
    // report's snapshot): a retired one reads "yes", its reports their labels, a line each.
    QList<Domain::ControlReference> own;
    const Table *list = m_writer->table(QStringLiteral("control_reference"));
    const QString yes = Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("yes"), m_language);
    for (int row = 0; list && row < list->rows.size(); ++row) {
        Domain::ControlReference reference;
        reference.framework = m_writer->cell(*list, row, QStringLiteral("framework"));
        reference.code = m_writer->cell(*list, row, QStringLiteral("code"));
        reference.title = m_writer->cell(*list, row, QStringLiteral("title"));
        reference.retired = m_writer->cell(*list, row, QStringLiteral("retired")) == yes;
        const QStringList labels = m_writer->cell(*list, row, QStringLiteral("reportKinds")).split(QLatin1Char('\n'));
        for (const QString &code : Domain::Codes::codes(Domain::Codes::Kind::ReportKind)) {
            if (labels.contains(Domain::Codes::label(Domain::Codes::Kind::ReportKind, code, m_language)))
                reference.reportKinds.append(code);
        }
        own.append(reference);
    }
    return Controls::forKind(m_request.kind, own, &m_language);
}

QString Session::facts(const QString &scope) const
{
    QString rows;
    const auto row = [&rows](const QString &name, const QString &value) {
        rows += QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>")
                    .arg(escaped(name), escaped(value));
    };
    row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Organisation")), m_organisationName);
    row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Scope")), scope);
    row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register state")),
        m_report->m_state.count == 0
            ? m_state
            : n(QT_TRANSLATE_N_NOOP("Custodian::Reports::Report", "%n history entries; last entry %1"),
                m_report->m_state.count)
                  .arg(m_report->m_state.hash));
    row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Evidence for")),
        Controls::evidenceLine(controls(), &m_language));
    row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Generated")), m_generated);
    row(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Classification")), m_label);
    return Writer::fieldTable(rows);
}

QString Session::controller() const
{
    const Table *organisation = m_writer->table(QStringLiteral("organisation"));
    if (!organisation || organisation->rows.isEmpty())
        return {};
    // What Art. 30(1)(a) asks of the controller; what the privacy statement needs besides is the
    // statement's own business.
    static const QStringList keys = {
        QStringLiteral("name"),
        QStringLiteral("streetAddress"),
        QStringLiteral("postalCode"),
        QStringLiteral("city"),
        QStringLiteral("country"),
        QStringLiteral("registrationNumber"),
        QStringLiteral("contactName"),
        QStringLiteral("contactEmail"),
        QStringLiteral("contactPhone"),
        QStringLiteral("dpoStatus"),
        QStringLiteral("dpoReasoning"),
        QStringLiteral("dpoName"),
        QStringLiteral("dpoEmail"),
        QStringLiteral("dpoPhone"),
        QStringLiteral("dpoRegisteredOn"),
        QStringLiteral("publicBody"),
        QStringLiteral("representativeName"),
        QStringLiteral("representativeContact"),
    };
    QString html = Writer::fieldTable(m_writer->fieldRows(*organisation, 0, keys, nullptr));
    const QString joint = m_writer->records(QStringLiteral("organisation.jointControllers"),
                                            m_writer->cell(*organisation, 0, QStringLiteral("uuid")));
    if (!joint.isEmpty())
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(m_writer->listLabel(QStringLiteral("organisation.jointControllers")))) +
                joint;
    return html;
}

void Session::cover(const QString &title, const QString &scope, const QString &introduction)
{
    m_report->m_title = title;
    m_report->m_scope = scope;
    QString html = QStringLiteral("<p class=\"kicker\">%1</p>").arg(escaped(m_organisationName));
    html += part(title, introduction, facts(scope));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Controller (Art. 30(1)(a))")))) +
            controller();
    document().addHtmlPart(html);
}

void Session::contents()
{
    m_report->m_contentsTitle = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Contents"));
    m_report->m_contentsPart = document().partCount();
    ReportBuilder::writeContents(document().addPart(), m_report->m_contentsTitle, {});
}

void Session::chapter(const Chapter &chapter)
{
    document().addHtmlPart(part(chapter.title, chapter.introduction, chapter.body));
    // Each item a part of its own: it starts a page, and a part is laid out on its own.
    for (const QString &item : chapter.items)
        document().addHtmlPart(item);
}

void Session::single(const Chapter &chapter, const QString &scope)
{
    m_report->m_title = chapter.title;
    m_report->m_scope = scope;
    QString html = QStringLiteral("<p class=\"kicker\">%1</p>").arg(escaped(m_organisationName));
    html += part(chapter.title, chapter.introduction, facts(scope));
    document().addHtmlPart(html + chapter.body);
    for (const QString &item : chapter.items)
        document().addHtmlPart(item);
}

Storage::HistoryHead Session::head() const
{
    return m_report->m_state;
}

void Session::setWorkbook(const QList<Table> &sheets)
{
    m_report->m_workbook = sheets;
}

void Session::finish()
{
    const QString title = m_report->m_title;
    document().setFrame(
        {m_organisationName.isEmpty() ? title : QStringLiteral("%1 · %2").arg(m_organisationName, title),
         m_report->m_scope,
         QStringLiteral("%1 · %2").arg(
             m_label, t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register state %1")).arg(m_state)),
         t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Generated %1")).arg(m_generated),
         t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Page %1 of %2")), reportFontFamily()});
}

Chapter activitiesChapter(const Session &session)
{
    const Writer &writer = session.writer();
    Chapter chapter{
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activities (Art. 30(1))")),
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                    "The processing activities of the organisation as controller, each on its own "
                                    "page with every detail the register holds.")),
        writer.rowsOf(
            QStringLiteral("activity"),
            {QStringLiteral("name"), QStringLiteral("lawfulBases"), QStringLiteral("status"),
             QStringLiteral("ownerDepartment"), QStringLiteral("nextReview")},
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no processing activities.")),
            {34, 26, 12, 14, 14}),
        {}};
    if (const Table *activities = writer.table(QStringLiteral("activity"))) {
        for (int i = 0; i < activities->rows.size(); ++i)
            chapter.items.append(writer.item(*activities, i, activitySections(), 2, false));
    }
    return chapter;
}

Chapter processorChapter(const Session &session)
{
    const Writer &writer = session.writer();
    Chapter chapter{
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing as a processor (Art. 30(2))")),
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                    "The categories of processing carried out on behalf of each controller.")),
        writer.rowsOf(
            QStringLiteral("processor_activity"),
            {QStringLiteral("name"), QStringLiteral("controllerUuids"), QStringLiteral("processingCategories")},
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "The organisation carries out no processing as a processor.")),
            {34, 30, 36}),
        {}};
    if (const Table *processor = writer.table(QStringLiteral("processor_activity"))) {
        for (int i = 0; i < processor->rows.size(); ++i)
            chapter.items.append(writer.item(*processor, i, {}, 2, false));
    }
    return chapter;
}

Chapter agreementsChapter(const Session &session)
{
    const Writer &writer = session.writer();
    const auto t = [&session](const char *source) { return session.t(source); };
    QString body = writer.rowsOf(
        QStringLiteral("agreement"),
        {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("processorUuid"), QStringLiteral("parentUuid"),
         QStringLiteral("status"), QStringLiteral("effectiveOn"), QStringLiteral("expiresOn")},
        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no agreements.")),
        {22, 14, 16, 18, 9, 11, 10});
    const Table *agreements = writer.table(QStringLiteral("agreement"));
    if (agreements && !agreements->rows.isEmpty())
        body += writer.subprocessorAnnex(*agreements);
    Chapter chapter{t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing agreements (Art. 28)")),
                    t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "Each agreement with its terms, the checklist of Art. 28(3) with the clauses "
                                        "that meet it, and the notices of new sub-processors.")),
                    body,
                    {}};
    if (agreements) {
        for (int i = 0; i < agreements->rows.size(); ++i)
            chapter.items.append(writer.item(*agreements, i, {}, 2, false));
    }
    return chapter;
}

Chapter partiesChapter(const Session &session)
{
    return {
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Parties")),
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                    "The processors, recipients and other parties the register names.")),
        session.writer().rowsOf(
            QStringLiteral("party"),
            {QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("country"), QStringLiteral("contactName"),
             QStringLiteral("contactEmail"), QStringLiteral("dpoName"), QStringLiteral("representative")},
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register names no parties.")),
            {18, 14, 12, 14, 18, 12, 12}),
        {}};
}

Chapter transfersChapter(const Session &session)
{
    const Writer &writer = session.writer();
    QString transfers;
    for (const QString &key : {QStringLiteral("activity.transfers"), QStringLiteral("processor_activity.transfers")}) {
        const Table *list = writer.table(key);
        if (!list || list->rows.isEmpty())
            continue;
        transfers += QStringLiteral("<h3>%1</h3>").arg(escaped(list->title));
        transfers += writer.grid(
            *list, Writer::allRows(*list),
            writer.columns(*list, {QStringLiteral("_owner"), QStringLiteral("country"), QStringLiteral("partyUuid"),
                                   QStringLiteral("mechanism"), QStringLiteral("sccModule"),
                                   QStringLiteral("derogation"), QStringLiteral("tiaReference")}),
            {20, 12, 16, 18, 10, 12, 12});
    }
    if (transfers.isEmpty())
        transfers = Session::note(
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register records no transfers.")));
    return {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "Transfers to third countries (Art. 30(1)(e), Art. 30(2)(c))")),
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "Each transfer of personal data to a country outside the European Economic "
                                        "Area, with the safeguard it rests on (Chapter V).")),
            transfers,
            {}};
}

Chapter retentionChapter(const Session &session)
{
    return {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Retention schedule (Art. 30(1)(f))")),
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "How long each category of personal data is kept, and on what ground.")),
            session.writer().retentionSchedule(
                session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no retention rules."))),
            {}};
}

Chapter measuresChapter(const Session &session)
{
    return {
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Security measures (Art. 30(1)(g), Art. 32)")),
        session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                    "The technical and organisational measures the processing activities rely on.")),
        session.writer().rowsOf(
            QStringLiteral("security_measure"),
            {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("description")},
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register records no security measures.")),
            {30, 15, 55}),
        {}};
}

} // namespace Parts

using Domain::EntityKind;
using Parts::Chapter;
using Parts::Session;

Status ReportBuilder::build(Storage::Store &store, const Request &request, Report *report)
{
    if (request.kind == Kind::Statement)
        return buildStatement(store, request, report);
    Session session(store, request, report);
    const auto t = [&session](const char *source) { return session.t(source); };
    if (hasPeriod(request.kind) && session.from() > session.to())
        return Status::error(Status::Code::InvalidInput,
                             Report::tr("The period ends before it begins: %1 to %2.")
                                 .arg(session.from().toString(Qt::ISODate), session.to().toString(Qt::ISODate)));
    const QString whole = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The whole register"));
    Status status = Status::ok();
    switch (request.kind) {
    case Kind::Register: {
        status = session.read({EntityKind::ProcessingActivity, EntityKind::Party, EntityKind::SecurityMeasure,
                               EntityKind::RetentionRule, EntityKind::Agreement, EntityKind::ProcessorActivity});
        if (!status)
            return status;
        Chapter findings;
        // The findings on what the register of Art. 30 holds; those on request cases and breaches
        // are the logs' (and the findings report's).
        status = Parts::findingsChapter(session, &findings,
                                        {EntityKind::Organisation, EntityKind::ProcessingActivity,
                                         EntityKind::ProcessorActivity, EntityKind::Party, EntityKind::Agreement,
                                         EntityKind::RetentionRule, EntityKind::SecurityMeasure});
        if (!status)
            return status;
        session.cover(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Register of processing activities")), whole,
                      t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                          "Records of processing activities under Article 30 of the General Data "
                                          "Protection Regulation, as controller and as processor.")));
        session.contents();
        for (const Chapter &chapter :
             {Parts::activitiesChapter(session), Parts::processorChapter(session), Parts::agreementsChapter(session),
              Parts::partiesChapter(session), Parts::transfersChapter(session), Parts::retentionChapter(session),
              Parts::measuresChapter(session), findings})
            session.chapter(chapter);
        break;
    }
    case Kind::Activity: {
        status = session.read({EntityKind::ProcessingActivity});
        if (!status)
            return status;
        const Parts::Writer &writer = session.writer();
        const Parts::Table *activities = writer.table(QStringLiteral("activity"));
        const int uuidColumn = activities ? Parts::Writer::column(*activities, QStringLiteral("uuid")) : -1;
        int found = -1;
        for (int i = 0; uuidColumn >= 0 && i < activities->rows.size() && found < 0; ++i) {
            if (activities->rows.at(i).at(uuidColumn).toString() == request.uuid)
                found = i;
        }
        if (found < 0)
            return Status::error(Status::Code::NotFound,
                                 Report::tr("There is no processing activity %1.").arg(request.uuid));
        const QString name = writer.cell(*activities, found, QStringLiteral("name"));
        report->m_title = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activity sheet"));
        report->m_scope = name;
        QString html = QStringLiteral("<p class=\"kicker\">%1</p>")
                           .arg(Parts::escaped(report->m_title + QStringLiteral(" · ") + session.organisationName()));
        html += writer.item(*activities, found, Parts::activitySections(), 1, false);
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(Parts::escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "About this sheet"))));
        html += session.facts(name);
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(Parts::escaped(t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Controller (Art. 30(1)(a))")))) +
            session.controller();
        session.document().addHtmlPart(html);
        break;
    }
    case Kind::Processor:
        if (!(status = session.read({EntityKind::ProcessorActivity})))
            return status;
        session.single(Parts::processorChapter(session), whole);
        break;
    case Kind::Agreements:
        if (!(status = session.read({EntityKind::Agreement, EntityKind::Party})))
            return status;
        session.single(Parts::agreementsChapter(session), whole);
        break;
    case Kind::Transfers:
        if (!(status = session.read({EntityKind::ProcessingActivity, EntityKind::ProcessorActivity})))
            return status;
        session.single(Parts::transfersChapter(session), whole);
        break;
    case Kind::Retention:
        if (!(status = session.read({EntityKind::RetentionRule})))
            return status;
        session.single(Parts::retentionChapter(session), whole);
        break;
    case Kind::Measures:
        if (!(status = session.read({EntityKind::SecurityMeasure})))
            return status;
        session.single(Parts::measuresChapter(session), whole);
        break;
    case Kind::Findings: {
        if (!(status = session.read({})))
            return status;
        Chapter chapter;
        if (!(status = Parts::findingsChapter(session, &chapter)))
            return status;
        session.single(chapter, whole);
        break;
    }
    case Kind::History: {
        if (!(status = session.read({})))
            return status;
        Chapter chapter;
        if (!(status = Parts::historyChapter(session, &chapter)))
            return status;
        session.single(chapter, session.period());
        break;
    }
    case Kind::Requests:
        if (!(status = session.read({EntityKind::RequestCase})))
            return status;
        session.single(Parts::requestsChapter(session), session.period());
        break;
    case Kind::Breaches:
        if (!(status = session.read({EntityKind::Breach})))
            return status;
        session.single(Parts::breachesChapter(session), session.period());
        break;
    case Kind::ApRegister:
        if (!(status = Parts::apRegister(session)))
            return status;
        break;
    case Kind::ApBreachForm:
        if (!(status = Parts::apBreachForm(session)))
            return status;
        break;
    case Kind::AuditDossier:
        if (!(status = Parts::auditDossier(session)))
            return status;
        break;
    case Kind::Statement:
        break; // buildStatement
    }
    session.finish();
    return Status::ok();
}

void ReportBuilder::writeContents(QTextDocument *part, const QString &title, const QList<ContentsEntry> &entries)
{
    QString html = QStringLiteral("<h1>%1</h1><table class=\"contents\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"0\">")
                       .arg(Parts::escaped(title));
    for (const ContentsEntry &entry : entries) {
        const QString text = Parts::escaped(entry.text);
        html += entry.level == 1
                    ? QStringLiteral("<tr><td style=\"padding-top: 6pt;\"><b>%1</b></td><td align=\"right\" "
                                     "style=\"padding-top: 6pt;\"><b>%2</b></td></tr>")
                          .arg(text, QString::number(entry.page))
                    : QStringLiteral("<tr><td style=\"padding-left: 14pt;\">%1</td><td align=\"right\">%2</td></tr>")
                          .arg(text, QString::number(entry.page));
    }
    part->setHtml(html + QStringLiteral("</table>"));
}

} // namespace Custodian::Reports
