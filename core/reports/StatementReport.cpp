// The privacy statement as a document: printed, as PDF/A or ODT through the reports' paged document,
// and as a web page of its own (Statement::toHtml). Not a report for auditors: no classification on
// its pages, the register's state and the day it was written in the footer.
#include "exchange/ExchangeTables.h"
#include "register/Completeness.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportParts.h"
#include "statement/Statement.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QSqlError>

namespace Custodian::Reports {

namespace {

// The lists the statement reads, in one state of the register: not the request cases and breaches
// a completeness snapshot holds, which a register of 100,000 cases would read for nothing.
Status readSnapshot(Storage::Store &store, Register::RegisterSnapshot *snapshot, Storage::HistoryHead *state)
{
    QSqlDatabase &db = store.connection();
    if (!Exchange::beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, Report::tr("The privacy statement could not be made."),
                             db.lastError().text());
    Status status = Storage::HistoryChain::readHead(db, state);
    if (status)
        status = Register::OrganisationService(store).load(&snapshot->organisation);
    if (status)
        status = Register::ActivityService(store).list(&snapshot->activities);
    if (status)
        status = Register::ProcessorActivityService(store).list(&snapshot->processorActivities);
    if (status)
        status = Register::PartyService(store).list(&snapshot->parties);
    if (status)
        status = Register::AgreementService(store).list(&snapshot->agreements);
    if (status)
        status = Register::RetentionRuleService(store).list(&snapshot->retentionRules);
    if (status)
        status = Register::SecurityMeasureService(store).list(&snapshot->measures);
    if (status)
        status = Register::CookieService(store).list(&snapshot->cookies);
    db.rollback(); // read only
    if (!status)
        return Status::error(status.code(), Report::tr("The privacy statement could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    snapshot->buildIndex();
    return Status::ok();
}

} // namespace

Status ReportBuilder::buildStatement(Storage::Store &store, const Request &request, Report *report)
{
    for (const QString &audience : request.audiences) {
        if (!Domain::Codes::isValid(Domain::Codes::Kind::Audience, audience))
            return Status::error(
                Status::Code::InvalidInput,
                Report::tr("\"%1\" is not an audience of a privacy statement: use %2.")
                    .arg(audience, Domain::Codes::codes(Domain::Codes::Kind::Audience).join(QStringLiteral(", "))));
    }
    Register::RegisterSnapshot snapshot;
    const Status status = readSnapshot(store, &snapshot, &report->m_state);
    if (!status)
        return status;

    const DocumentLanguage language(request.language);
    const QDateTime now = QDateTime::currentDateTime();
    const Statement::Model model = Statement::build(snapshot, request.audiences, language, now.date());
    const auto t = [&language](const char *source) { return language.translate(Parts::Context, source); };

    report->m_document.clear();
    report->m_language = language.code();
    report->m_generatedAt = now;
    report->m_contentsPart = -1;
    report->m_title = model.title;
    report->m_scope = model.lead;
    report->m_notes = model.gaps;
    report->m_document.setStyle(reportFontFamily(), 10, Parts::StyleSheet);

    const QString state = report->m_state.count == 0
                              ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "no history yet"))
                              : report->m_state.shortText();
    const QString draft = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Draft, not published"));
    const QString written = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Written %1 · register state %2"))
                                .arg(language.longDate(now.date()), state);
    QString html;
    if (!model.gaps.isEmpty()) {
        // Before the text, where nobody can miss them: a statement with holes is not to be published.
        html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                               "bgcolor=\"#fff4e0\"><tr><td><p><b>%1</b></p><ul>")
                    .arg(Parts::escaped(model.gapsTitle));
        for (const QString &gap : model.gaps)
            html += QStringLiteral("<li>%1</li>").arg(Parts::escaped(gap));
        html += QStringLiteral("</ul></td></tr></table>");
    }
    report->m_document.addHtmlPart(html + Statement::toRichText(model));
    report->m_document.setFrame(
        {model.organisation.isEmpty() ? model.title : QStringLiteral("%1 · %2").arg(model.organisation, model.title),
         QString(), draft, written, t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Page %1 of %2")),
         reportFontFamily()});
    report->m_ownHtml = Statement::toHtml(model, QStringLiteral("%1 · %2").arg(draft, written));
    return Status::ok();
}

} // namespace Custodian::Reports
