// The privacy statement as a document: printed, as PDF/A or ODT through the reports' paged document,
// and as a web page of its own (Statement::toHtml). Not a report for auditors: no classification on
// its pages. Written from the register now, it is stamped with the latest published version when
// it says what that version says, and is a draft otherwise; a version asked for by its number is
// the archived text.
#include "domain/PrivacyStatement.h"
#include "register/Completeness.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportParts.h"
#include "statement/Publication.h"
#include "statement/Statement.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Custodian::Reports {

namespace {

// The statement in use that covers every audience asked for; without audiences, the only one in use.
// For its archive a retired statement counts too, when no statement in use is the one.
const Domain::PrivacyStatement *chooseStatement(const QList<Domain::PrivacyStatement> &statements,
                                                const QStringList &audiences, bool retiredToo = false)
{
    QList<const Domain::PrivacyStatement *> inUse;
    for (const Domain::PrivacyStatement &statement : statements) {
        if (!statement.retired)
            inUse.append(&statement);
    }
    if (retiredToo) {
        if (const Domain::PrivacyStatement *found = chooseStatement(statements, audiences))
            return found;
        inUse.clear();
        for (const Domain::PrivacyStatement &statement : statements)
            inUse.append(&statement);
    }
    if (audiences.isEmpty())
        return inUse.size() == 1 ? inUse.constFirst() : nullptr;
    for (const Domain::PrivacyStatement *statement : std::as_const(inUse)) {
        if (std::all_of(audiences.cbegin(), audiences.cend(),
                        [statement](const QString &audience) { return statement->audiences.contains(audience); }))
            return statement;
    }
    return nullptr;
}

// The <article> of an archived page, for Qt's rich text.
QString articleOf(const QString &html)
{
    static const QRegularExpression article(QStringLiteral("<article[^>]*>(.*)</article>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = article.match(html);
    return match.hasMatch() ? match.captured(1) : html;
}

// The title a version was published under in its language (its page's first heading); the title it
// was published under in the register's language when the page has none.
QString publishedTitle(const QString &html, const QString &fallback)
{
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = heading.match(html);
    const QString title =
        match.hasMatch() ? QTextDocumentFragment::fromHtml(match.captured(1)).toPlainText().simplified() : QString();
    return title.isEmpty() ? fallback : title;
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
    const Status status = Statement::readRegister(store, &snapshot, &report->m_state);
    if (!status)
        return status;
    const Domain::PrivacyStatement *statement =
        chooseStatement(snapshot.statements, request.audiences, request.statementVersion > 0);
    // Its versions, the latest first.
    const QList<Domain::StatementVersion> versions =
        statement ? snapshot.versionsOf(statement->uuid) : QList<Domain::StatementVersion>();

    const DocumentLanguage language(request.language);
    const QDateTime now = QDateTime::currentDateTime();
    const auto t = [&language](const char *source) { return language.translate(Parts::Context, source); };
    const QString page = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Page %1 of %2"));
    report->m_document.clear();
    report->m_language = language.code();
    report->m_generatedAt = now;
    report->m_contentsPart = -1;
    report->m_document.setStyle(reportFontFamily(), 10, Parts::StyleSheet);

    if (request.statementVersion > 0) {
        // The archive: the text as it was published, whatever the register says now.
        const auto version =
            std::find_if(versions.cbegin(), versions.cend(), [&request](const Domain::StatementVersion &v) {
                return v.number == request.statementVersion;
            });
        if (!statement || version == versions.cend())
            return Status::error(
                Status::Code::NotFound,
                statement ? Report::tr("The privacy statement has no version %1.").arg(request.statementVersion)
                          : Report::tr("No privacy statement in use covers these audiences."));
        const QString html = version->html(language.code());
        if (html.isEmpty())
            return Status::error(
                Status::Code::NotFound,
                Report::tr("Version %1 was not published in this language.").arg(request.statementVersion));
        report->m_title = publishedTitle(html, version->title);
        report->m_scope = Statement::versionFooter(*version, language);
        // As the file was written when it was published: the register keeps it without its last newline.
        report->m_ownHtml = html.endsWith(QLatin1Char('\n')) ? html : html + QLatin1Char('\n');
        report->m_document.addHtmlPart(articleOf(html));
        report->m_document.setFrame({QStringLiteral("%1 · %2").arg(snapshot.organisation.name, report->m_title),
                                     QString(), Statement::versionFooter(*version, language), QString(), page,
                                     reportFontFamily()});
        return Status::ok();
    }

    // Stamped with the latest version when the register still says what it says.
    Statement::Edition edition;
    edition.statement = statement;
    bool published = false;
    QStringList notes;
    if (statement && !versions.isEmpty()) {
        const Domain::StatementVersion &latest = versions.constFirst();
        Statement::Manifest stored;
        const Statement::Manifest current = Statement::manifestOf(snapshot, *statement, now.date());
        // The same text: every section as published (the items behind it may be others, as after a
        // merge), and below, word for word.
        const bool same = Statement::Manifest::fromJson(latest.manifest.toUtf8(), &stored) &&
                          stored.changedSections(current).isEmpty();
        if (same && !latest.html(language.code()).isEmpty()) {
            // And only when it says it word for word: in this language too.
            const Statement::Edition candidate = Statement::editionOf(*statement, latest, versions);
            const Statement::Model text = Statement::build(snapshot, {}, language, now.date(), candidate);
            published = Statement::toHtml(text, Statement::versionFooter(latest, language)).trimmed() ==
                        latest.html(language.code()).trimmed();
            if (published)
                edition = candidate;
        }
        if (!published) {
            edition.earlier = Statement::editionOf(*statement, latest, versions).earlier;
            edition.earlier.prepend({latest.number, latest.effectiveOn});
            notes << (same && latest.html(language.code()).isEmpty()
                          ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                "The statement is not published in this language: this is a draft."))
                          : t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                                "The register or the statement has changed since version %1 was "
                                                "published: this is a draft of the next version."))
                                .arg(latest.number));
        }
    } else if (statement) {
        notes << t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                     "The statement has not been published yet: this is a draft of its first "
                                     "version."));
    }
    const Statement::Model model =
        Statement::build(snapshot, statement ? QStringList() : request.audiences, language, now.date(), edition);
    report->m_title = model.title;
    report->m_scope = model.lead;
    report->m_notes = notes + model.gaps;

    const QString state = report->m_state.count == 0
                              ? t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "no history yet"))
                              : report->m_state.shortText();
    const QString draft = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Draft, not published"));
    const QString written = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Written %1 · register state %2"))
                                .arg(language.longDate(now.date()), state);
    QString html;
    if (!published && !report->m_notes.isEmpty()) {
        // Before the text, where nobody can miss them: a statement with holes is not to be published.
        html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                               "bgcolor=\"#fff4e0\"><tr><td><p><b>%1</b></p><ul>")
                    .arg(Parts::escaped(model.gapsTitle));
        for (const QString &note : std::as_const(report->m_notes))
            html += QStringLiteral("<li>%1</li>").arg(Parts::escaped(note));
        html += QStringLiteral("</ul></td></tr></table>");
    }
    report->m_document.addHtmlPart(html + Statement::toRichText(model));
    const QString heading =
        model.organisation.isEmpty() ? model.title : QStringLiteral("%1 · %2").arg(model.organisation, model.title);
    if (published) {
        const QString footer = Statement::versionFooter(versions.constFirst(), language);
        report->m_document.setFrame({heading, QString(), footer, QString(), page, reportFontFamily()});
        report->m_ownHtml = Statement::toHtml(model, footer);
    } else {
        report->m_document.setFrame({heading, QString(), draft, written, page, reportFontFamily()});
        Statement::Model withNotes = model;
        withNotes.gaps = report->m_notes;
        report->m_ownHtml = Statement::toHtml(withNotes, QStringLiteral("%1 · %2").arg(draft, written));
    }
    return Status::ok();
}

} // namespace Custodian::Reports
