// The audit dossier (the Dutch ecosystem, part 10; DUTCH-STANDARDS.md §6.7, §7): what an auditor of the
// BIO, ENSIA or a privacy audit asks of the register, in one document. First each control it is
// evidence for with the parts that evidence it, then the register's completeness and currency, then
// the parts themselves (the register, the agreements, parties, transfers, retention and measures, the
// request and breach logs of the period), the completeness findings and the change log of the period.
// As a workbook: the Dutch workbook's sheets and the change log, completeness and accountability.
#include "reports/ReportBuilder.h"

#include "domain/RetentionRule.h"
#include "exchange/Tabular.h"
#include "register/Completeness.h"
#include "reports/ReportParts.h"
#include "storage/Store.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Custodian::Reports::Parts {

namespace {

// One activity in use as the completeness part shows it.
struct Currency
{
    QString number;
    QString name;
    QString owner;
    QString lastChange;
    QString nextReview;
    QString version;
    QString dpia;
    QString logRetention;
    QString errors;
};

QStringList completenessHeaders(const Session &session)
{
    const auto t = [&session](const char *source) { return session.t(source); };
    return {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activity")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Owner")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Last change")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Next review")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Activity version")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "DPIA")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Log retention")),
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Errors"))};
}

struct CompletenessPart
{
    Chapter chapter;
    QList<Currency> rows;
};

CompletenessPart completenessPart(const Session &session, const Register::RegisterSnapshot &snapshot,
                                  const QList<Register::EntityFinding> &findings)
{
    const auto t = [&session](const char *source) { return session.t(source); };
    const DocumentLanguage &language = session.language();
    const QDate today = QDate::currentDate();
    QHash<QString, int> errors; // activity uuid -> its errors
    QSet<QString> changed;      // the activities that no longer say what their latest version says
    for (const Register::EntityFinding &finding : findings) {
        if (finding.entity != QLatin1String("activity"))
            continue;
        if (finding.finding.severity == Domain::Finding::Severity::Error)
            ++errors[finding.uuid];
        if (finding.finding.field == QLatin1String("versions"))
            changed.insert(finding.uuid);
    }
    QList<const Domain::ProcessingActivity *> inUse;
    for (const Domain::ProcessingActivity &activity : snapshot.activities) {
        if (activity.status != QLatin1String("retired"))
            inUse.append(&activity);
    }
    // By number as people read numbers (VA-999 before VA-1000), then by name, in the document's
    // language.
    QCollator collator(language.locale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(inUse.begin(), inUse.end(), [&collator](const auto *a, const auto *b) {
        const int byNumber = collator.compare(a->number, b->number);
        return byNumber != 0 ? byNumber < 0 : collator.compare(a->name, b->name) < 0;
    });
    int complete = 0;
    int pastReview = 0;
    int established = 0;
    int changedSince = 0;
    int dpiaOpen = 0;
    int owned = 0;
    CompletenessPart part;
    for (const Domain::ProcessingActivity *activity : std::as_const(inUse)) {
        Currency row;
        row.number = activity->number;
        row.name = activity->name;
        QStringList owner;
        for (const QString &text : {activity->ownerPerson.trimmed(), activity->ownerDepartment.trimmed()}) {
            if (!text.isEmpty())
                owner.append(text);
        }
        row.owner = owner.join(QStringLiteral(", "));
        if (!row.owner.isEmpty())
            ++owned;
        row.lastChange = language.longDate(activity->updatedAt.toLocalTime().date());
        if (activity->nextReview.isValid()) {
            row.nextReview = language.longDate(activity->nextReview);
            if (activity->nextReview < today) {
                ++pastReview;
                row.nextReview = t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "%1 (past)")).arg(row.nextReview);
            }
        }
        const auto version = snapshot.latestActivityVersions.constFind(activity->uuid);
        if (version != snapshot.latestActivityVersions.cend()) {
            ++established;
            row.version = language.locale().toString(version->number);
            if (!version->uri.isEmpty())
                row.version += QStringLiteral("\n") + version->uri;
            if (changed.contains(activity->uuid)) {
                ++changedSince;
                row.version +=
                    QStringLiteral("\n") + t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "changed since"));
            }
        }
        row.dpia = Domain::Codes::label(Domain::Codes::Kind::DpiaRequired, activity->dpiaRequired, language);
        if (activity->dpiaRequired == QLatin1String("yes")) {
            const QString status =
                Domain::Codes::label(Domain::Codes::Kind::DpiaStatus, activity->dpiaStatus, language);
            if (!status.isEmpty())
                row.dpia += QStringLiteral(": ") + status;
            if (activity->dpiaStatus != QLatin1String("completed"))
                ++dpiaOpen;
        }
        if (activity->logRetentionCount > 0) {
            // Written as a retention period is: "1 year".
            Domain::RetentionRule period;
            period.periodCount = activity->logRetentionCount;
            period.periodUnit = activity->logRetentionUnit;
            period.periodKind.clear();
            row.logRetention = period.periodText(&language);
        }
        const int count = errors.value(activity->uuid);
        if (count == 0)
            ++complete;
        row.errors = language.locale().toString(count);
        part.rows.append(row);
    }
    const auto shareOf = [&language](int count, qsizetype of) {
        const int percent = of == 0 ? 0 : int(std::lround(100.0 * count / double(of)));
        return QStringLiteral("%1 (%2%)").arg(language.locale().toString(count), language.locale().toString(percent));
    };
    const auto share = [&shareOf, &inUse](int count) { return shareOf(count, inUse.size()); };
    const QLocale locale = language.locale();
    QString body = figures(
        session,
        {{t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Processing activities in use")),
          locale.toString(qint64(inUse.size()))},
         {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "With every detail Art. 30 asks (no error found)")),
          share(complete)},
         {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "With an owner")), share(owned)},
         {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Past their review date")), share(pastReview)},
         {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "With an established activity version")),
          share(established)},
         {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Changed since their latest activity version")),
          // Of those with a version.
          shareOf(changedSince, established)},
         {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "A DPIA required and not completed")), share(dpiaOpen)}});
    if (inUse.isEmpty()) {
        body += Session::note(
            t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register holds no processing activities in use.")));
    } else {
        QList<QStringList> rows;
        for (const Currency &row : std::as_const(part.rows))
            rows.append({row.number.isEmpty() ? row.name : row.number + QLatin1Char('\n') + row.name, row.owner,
                         row.lastChange, row.nextReview, row.version, row.dpia, row.logRetention, row.errors});
        body += Writer::gridHtml(completenessHeaders(session), rows, {17, 13, 11, 11, 18, 12, 10, 8});
    }
    part.chapter = {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Completeness and currency")),
                    t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                        "How complete and current the register is today: for each processing activity "
                                        "in use its owner, when it last changed and is next reviewed, its latest "
                                        "established version and the URI its log lines name, whether a DPIA is "
                                        "required and done, how long its logs are kept, and the errors the "
                                        "completeness check finds in it.")),
                    body,
                    {}};
    return part;
}

} // namespace

Status auditDossier(Session &session)
{
    Status status = session.read({EntityKind::ProcessingActivity, EntityKind::ProcessorActivity, EntityKind::Party,
                                  EntityKind::SecurityMeasure, EntityKind::RetentionRule, EntityKind::Agreement,
                                  EntityKind::RequestCase, EntityKind::Breach});
    if (!status)
        return status;
    const auto t = [&session](const char *source) { return session.t(source); };
    Register::RegisterSnapshot snapshot;
    status = Register::RegisterSnapshot::load(session.store(), &snapshot);
    if (!status)
        return Status::error(status.code(), Report::tr("The report could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    const QList<Register::EntityFinding> found = checkFindings(session, snapshot);
    Chapter findings;
    findingsChapter(session, found, &findings);
    Chapter history;
    QList<QStringList> changes;
    if (!(status = historyChapter(session, &history, &changes)))
        return status;
    const CompletenessPart completeness = completenessPart(session, snapshot, found);
    const Chapter activities = activitiesChapter(session);
    const Chapter processor = processorChapter(session);
    const Chapter agreements = agreementsChapter(session);
    const Chapter parties = partiesChapter(session);
    const Chapter transfers = transfersChapter(session);
    const Chapter retention = retentionChapter(session);
    const Chapter measures = measuresChapter(session);
    const Chapter requests = requestsChapter(session);
    const Chapter breaches = breachesChapter(session);

    // Each control with the parts of the dossier that evidence it: those of the reports it names,
    // the completeness part for those only the dossier prints.
    const QHash<Kind, QStringList> parts = {
        // The register's completeness and currency is part of what it evidences (BIO2 5.09.01).
        {Kind::Register, {activities.title, processor.title, completeness.chapter.title}},
        {Kind::ApRegister, {activities.title, processor.title, completeness.chapter.title}},
        {Kind::Activity, {activities.title}},
        {Kind::Processor, {processor.title}},
        {Kind::Agreements, {agreements.title}},
        {Kind::Transfers, {transfers.title}},
        {Kind::Retention, {retention.title}},
        {Kind::Measures, {measures.title}},
        {Kind::Findings, {findings.title}},
        {Kind::History, {history.title}},
        {Kind::Requests, {requests.title}},
        {Kind::Breaches, {breaches.title}},
        {Kind::ApBreachForm, {breaches.title}},
        {Kind::AuditDossier, {completeness.chapter.title}},
    };
    const auto evidencedIn = [&parts](const QList<Kind> &kinds) {
        QStringList names;
        for (const Kind kind : kinds) {
            // The dossier itself only where no other report names the control.
            if (kind == Kind::AuditDossier && kinds.size() > 1)
                continue;
            for (const QString &name : parts.value(kind)) {
                if (!names.contains(name))
                    names.append(name);
            }
        }
        return names.join(QLatin1Char('\n'));
    };
    QList<QStringList> accountability;
    for (const Controls::Entry &entry : Controls::catalogue(&session.language())) {
        if (!entry.kinds.contains(Kind::AuditDossier))
            continue;
        QString parts = evidencedIn(entry.kinds);
        // Logging (BIO2 8.15): the URIs and log retention per activity, and the register's own
        // tamper-evident log of its changes.
        if (entry.framework == Controls::Framework::Bio2 && entry.control.code.startsWith(QLatin1String("8.15.")))
            parts += QLatin1Char('\n') + history.title;
        accountability.append({entry.control.name(), entry.control.title, parts});
    }
    for (const Domain::ControlReference &own : std::as_const(snapshot.controls)) {
        QList<Kind> kinds;
        for (const QString &name : own.reportKinds) {
            if (const std::optional<Kind> kind = kindFromName(name))
                kinds.append(*kind);
        }
        if (own.retired || kinds.isEmpty())
            continue;
        if (!kinds.contains(Kind::AuditDossier))
            kinds.append(Kind::AuditDossier);
        accountability.append({QStringLiteral("%1 %2").arg(own.framework, own.code), own.title, evidencedIn(kinds)});
    }
    const QStringList accountabilityHeaders = {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Control")),
                                               t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "What it asks")),
                                               t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Evidenced in"))};
    const Chapter accounts{
        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Accountability")),
        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                            "Each control this dossier is evidence for, with the parts that evidence it. The "
                            "organisation's own controls are those it entered; the BIO2 numbers are "
                            "those of the MinBZK GitHub text of 23 March 2026, without formal status.")),
        Writer::gridHtml(accountabilityHeaders, accountability, {26, 40, 34}),
        {}};

    session.cover(
        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Audit dossier")),
        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register; logs and changes: %1")).arg(session.period()),
        t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                            "What an auditor asks of the register of processing activities, in one "
                            "document: the controls it is evidence for and where, how complete and current "
                            "the register is, the register itself, the request and breach logs and the "
                            "changes of the period, and what the completeness check finds today.")));
    session.contents();
    for (const Chapter &chapter : {accounts, completeness.chapter, activities, processor, agreements, parties,
                                   transfers, retention, measures, requests, breaches, findings, history})
        session.chapter(chapter);

    // The workbook: the Dutch workbook's sheets, in the same state, then the dossier's own.
    QList<Table> sheets;
    Storage::HistoryHead head;
    status = Exchange::Tabular::exportTables(session.store(), Exchange::Layout::NlWorkbook,
                                             DocumentLanguage(QStringLiteral("nl")), &sheets, &head);
    if (!status)
        return Status::error(status.code(), Report::tr("The report could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    if (head != session.head())
        return Status::error(Status::Code::Conflict,
                             Report::tr("The register changed while the dossier was made. Make it again."));
    using Type = Exchange::TableColumn::Type;
    const auto table = [](const QString &key, const QString &title, const QStringList &headers,
                          const QList<QStringList> &rows) {
        Table sheet{key, title, {}, {}, false};
        for (qsizetype i = 0; i < headers.size(); ++i)
            sheet.columns.append({QStringLiteral("c%1").arg(i), headers.at(i), Type::LongText});
        for (const QStringList &row : rows) {
            QVariantList cells;
            for (const QString &cell : row)
                cells.append(cell.isEmpty() ? QVariant() : QVariant(cell));
            sheet.rows.append(cells);
        }
        return sheet;
    };
    sheets.append(table(QStringLiteral("history"), history.title,
                        {t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "When")),
                         t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Who")),
                         t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Item")),
                         t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "What")),
                         t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Changes"))},
                        changes));
    QList<QStringList> currency;
    for (const Currency &row : completeness.rows)
        currency.append({row.number.isEmpty() ? row.name : row.number + QStringLiteral(" ") + row.name, row.owner,
                         row.lastChange, row.nextReview, row.version, row.dpia, row.logRetention, row.errors});
    sheets.append(
        table(QStringLiteral("completeness"), completeness.chapter.title, completenessHeaders(session), currency));
    sheets.append(table(QStringLiteral("accountability"), accounts.title, accountabilityHeaders, accountability));
    session.setWorkbook(sheets);
    return Status::ok();
}

} // namespace Custodian::Reports::Parts
