// The reports of what happened: the completeness findings at report time, the history of changes
// in a period (from the audit trail), the data-subject request log with its on-time rate, and the
// breach register (Art. 33(5)) with the breaches not notified and why. Texts that come from the
// completeness check and the history are asked in the document's language (DocumentLanguage::Scope).
#include "reports/ReportParts.h"

#include "register/AuditLog.h"
#include "register/Completeness.h"
#include "register/HistoryText.h"
#include "register/queries/ListRows.h"

#include <QMap>

#include <algorithm>

namespace Custodian::Reports::Parts {

namespace {

QString severityLabel(const Session &session, Domain::Finding::Severity severity)
{
    switch (severity) {
    case Domain::Finding::Severity::Error:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Error"));
    case Domain::Finding::Severity::Warning:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Warning"));
    case Domain::Finding::Severity::Info:
        break;
    }
    return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Note"));
}

QString actionLabel(const Session &session, Register::AuditLog::Action action)
{
    switch (action) {
    case Register::AuditLog::Action::Create:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Created"));
    case Register::AuditLog::Action::Update:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Changed"));
    case Register::AuditLog::Action::Delete:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Deleted"));
    case Register::AuditLog::Action::Retire:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Retired"));
    case Register::AuditLog::Action::Erase:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Personal data erased"));
    case Register::AuditLog::Action::Restore:
        return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Restored from a backup"));
    }
    return {};
}

// A table of label and value rows: the figures of a log.
QDate dayOf(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate();
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().toLocalTime().date();
    return {};
}

QDateTime momentOf(const QVariant &cell)
{
    return cell.typeId() == QMetaType::QDateTime ? cell.toDateTime() : QDateTime();
}

QVariant cellOf(const Table &table, int row, const QString &key)
{
    const int index = Writer::column(table, key);
    return index < 0 ? QVariant() : table.rows.at(row).at(index);
}

// "12 of 15 (80 %)" in the document's way.
QString share(const Session &session, qint64 part, qint64 whole)
{
    const QLocale locale = session.language().locale();
    if (whole == 0)
        return locale.toString(part);
    return session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "%1 of %2 (%3 %)"))
        .arg(locale.toString(part), locale.toString(whole),
             locale.toString(100.0 * double(part) / double(whole), 'f', 0));
}

} // namespace

QString figures(const Session &session, const QList<QPair<QString, QString>> &rows)
{
    QString html;
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td width=\"60%\" class=\"label\">%1</td><td>%2</td></tr>")
                    .arg(escaped(label), escaped(value));
    return QStringLiteral("<h3>%1</h3>")
               .arg(escaped(session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "In figures")))) +
           Writer::fieldTable(html);
}

Status findingsChapter(Session &session, Chapter *chapter, const QList<EntityKind> &only)
{
    Register::RegisterSnapshot snapshot;
    const Status status = Register::RegisterSnapshot::load(session.store(), &snapshot);
    if (!status)
        return Status::error(status.code(), Report::tr("The report could not be made."),
                             status.detail().isEmpty() ? status.message() : status.detail());
    QList<Register::EntityFinding> findings = checkFindings(session, snapshot);
    if (!only.isEmpty()) {
        findings.removeIf([&only](const Register::EntityFinding &finding) {
            const std::optional<EntityKind> kind = Domain::EntityKinds::fromCode(finding.entity);
            return !kind || !only.contains(*kind);
        });
    }
    findingsChapter(session, findings, chapter);
    return Status::ok();
}

QList<Register::EntityFinding> checkFindings(const Session &session, const Register::RegisterSnapshot &snapshot)
{
    // The check's messages, the kinds' names and the dates in them: in the document's language.
    const DocumentLanguage::Scope scope(session.language());
    return Register::CompletenessCheck::run(snapshot, QDate::currentDate());
}

void findingsChapter(const Session &session, const QList<Register::EntityFinding> &findings, Chapter *chapter)
{
    // The kinds' names: in the document's language.
    const DocumentLanguage::Scope scope(session.language());

    chapter->title = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Completeness findings"));
    chapter->introduction = session.t(QT_TRANSLATE_NOOP(
        "Custodian::Reports::Report",
        "What the completeness check found on the day of this report: the details the register lacks or that "
        "contradict each other, each with the article it rests on. Errors first."));
    qint64 counts[3] = {0, 0, 0};
    for (const Register::EntityFinding &finding : findings)
        ++counts[int(finding.finding.severity)];
    QString body =
        figures(session, {{severityLabel(session, Domain::Finding::Severity::Error),
                           session.language().locale().toString(counts[int(Domain::Finding::Severity::Error)])},
                          {severityLabel(session, Domain::Finding::Severity::Warning),
                           session.language().locale().toString(counts[int(Domain::Finding::Severity::Warning)])},
                          {severityLabel(session, Domain::Finding::Severity::Info),
                           session.language().locale().toString(counts[int(Domain::Finding::Severity::Info)])}});
    if (findings.isEmpty())
        body += Session::note(session.t(
            QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The completeness check finds nothing to mend.")));
    // By kind, in the register's order; within a kind item by item, the items with an error first,
    // then by name; an item's errors before its warnings. Each item's findings are a small table of
    // their own: what an auditor looks up, and what Qt lays out and paints in linear time (a table of
    // thousands of rows takes it quadratic time: 645 pages of 1,000 activities' findings in 24 s).
    for (const Domain::EntityKindInfo &kind : Domain::EntityKinds::all()) {
        QList<QList<const Register::EntityFinding *>> items;
        QHash<QString, qsizetype> itemIndex;
        for (const Register::EntityFinding &finding : findings) {
            if (finding.entity != QLatin1String(kind.code))
                continue;
            qsizetype index = itemIndex.value(finding.uuid, -1);
            if (index < 0) {
                index = items.size();
                itemIndex.insert(finding.uuid, index);
                items.append(QList<const Register::EntityFinding *>());
            }
            items[index].append(&finding);
        }
        if (items.isEmpty())
            continue;
        // An item by its name as the report shows it.
        const auto shownName = [&session](const QList<const Register::EntityFinding *> &item) {
            const QString name = item.constFirst()->name;
            return name.isEmpty() ? session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "(no name)")) : name;
        };
        const auto worst = [](const QList<const Register::EntityFinding *> &item) {
            Domain::Finding::Severity severity = Domain::Finding::Severity::Info;
            for (const Register::EntityFinding *finding : item)
                severity = std::max(severity, finding->finding.severity);
            return severity;
        };
        for (QList<const Register::EntityFinding *> &item : items) {
            std::stable_sort(item.begin(), item.end(),
                             [](const auto *a, const auto *b) { return a->finding.severity > b->finding.severity; });
        }
        std::stable_sort(items.begin(), items.end(), [&worst, &shownName](const auto &a, const auto &b) {
            const Domain::Finding::Severity left = worst(a);
            const Domain::Finding::Severity right = worst(b);
            if (left != right)
                return left > right;
            return QString::localeAwareCompare(shownName(a), shownName(b)) < 0;
        });
        body += QStringLiteral("<h3>%1</h3>").arg(escaped(Domain::EntityKinds::plural(kind.kind)));
        for (const QList<const Register::EntityFinding *> &item : std::as_const(items)) {
            QString rows;
            for (const Register::EntityFinding *finding : item)
                rows += QStringLiteral("<tr><td width=\"14%\" class=\"label\">%1</td><td>%2</td></tr>")
                            .arg(escaped(severityLabel(session, finding->finding.severity)),
                                 escaped(finding->finding.message));
            body +=
                QStringLiteral("<p class=\"record\">%1</p>").arg(escaped(shownName(item))) + Writer::fieldTable(rows);
        }
    }
    chapter->body = body;
}

Status historyChapter(Session &session, Chapter *chapter, QList<QStringList> *table)
{
    QList<Register::AuditLog::Entry> entries;
    // The days of the period in local time: from the start of the first to the start of the day
    // after the last; no entry after the state the report names (another user may write meanwhile).
    Status status =
        Register::AuditLog::readPeriod(session.store().connection(), session.from().startOfDay(),
                                       session.to().addDays(1).startOfDay(), &entries, session.stateCount());
    if (!status)
        return status;
    // The items named as they are called now; an item deleted since by the name its entries give it.
    QHash<QString, QStringList> uuidsByKind;
    for (const Register::AuditLog::Entry &entry : entries) {
        QStringList &uuids = uuidsByKind[entry.entity];
        if (!uuids.contains(entry.entityUuid))
            uuids.append(entry.entityUuid);
    }
    QHash<QString, QHash<QString, QString>> names; // entity code -> uuid -> name
    for (auto it = uuidsByKind.cbegin(); it != uuidsByKind.cend(); ++it) {
        const std::optional<EntityKind> kind = Domain::EntityKinds::fromCode(it.key());
        if (!kind)
            continue;
        status = Register::ListRows::displayNames(session.store(), *kind, it.value(), &names[it.key()]);
        if (!status)
            return status;
    }
    for (const Register::AuditLog::Entry &entry : entries) {
        const std::optional<EntityKind> kind = Domain::EntityKinds::fromCode(entry.entity);
        if (!kind || names.value(entry.entity).contains(entry.entityUuid))
            continue;
        const QJsonObject change =
            entry.changes.value(QLatin1String(Domain::EntityKinds::info(*kind).displayKey)).toObject();
        const QString name = change.value(QStringLiteral("new")).toString().isEmpty()
                                 ? change.value(QStringLiteral("old")).toString()
                                 : change.value(QStringLiteral("new")).toString();
        if (!name.isEmpty())
            names[entry.entity].insert(entry.entityUuid, name);
    }
    // The labels, values and dates of the changes: in the document's language.
    const DocumentLanguage::Scope scope(session.language());
    QHash<QString, QHash<QString, QString>> linked;
    const Register::HistoryText text([&session, &linked](EntityKind kind, const QString &uuid) {
        QHash<QString, QString> &known = linked[Domain::EntityKinds::code(kind)];
        if (!known.contains(uuid)) {
            QHash<QString, QString> found;
            if (Register::ListRows::displayNames(session.store(), kind, {uuid}, &found))
                known.insert(uuid, found.value(uuid));
        }
        return known.value(uuid);
    });
    QList<QStringList> rows;
    for (const Register::AuditLog::Entry &entry : entries) {
        const std::optional<EntityKind> kind = Domain::EntityKinds::fromCode(entry.entity);
        QString item;
        if (kind) {
            const QString name = names.value(entry.entity).value(entry.entityUuid);
            item = QStringLiteral("%1\n%2").arg(
                Domain::EntityKinds::singular(*kind),
                name.isEmpty() ? session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "(no name)")) : name);
        } else {
            item = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register"));
        }
        const QStringList lines = kind ? text.describe(*kind, entry.changes) : QStringList();
        rows.append({session.writer().text(entry.at), entry.actor, item, actionLabel(session, entry.action),
                     lines.join(QLatin1Char('\n'))});
    }
    chapter->title = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "History of changes"));
    chapter->introduction = session.t(QT_TRANSLATE_NOOP(
        "Custodian::Reports::Report",
        "Every change to the register in the period, oldest first, as its tamper-evident history records it: "
        "when, by whom, to which item, and what changed. A data subject's personal data is not shown."));
    chapter->body =
        figures(session, {{session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Changes in the period")),
                           session.language().locale().toString(qint64(entries.size()))}});
    chapter->body += rows.isEmpty()
                         ? Session::note(session.t(
                               QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Nothing was changed in this period.")))
                         : Writer::gridHtml({session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "When")),
                                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Who")),
                                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Item")),
                                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "What")),
                                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Changes"))},
                                            rows, {13, 12, 18, 14, 43});
    if (table)
        *table = rows;
    return Status::ok();
}

Chapter requestsChapter(const Session &session)
{
    const Writer &writer = session.writer();
    const QLocale locale = session.language().locale();
    Chapter chapter;
    chapter.title = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data-subject request log"));
    chapter.introduction = session.t(QT_TRANSLATE_NOOP(
        "Custodian::Reports::Report",
        "The requests received in the period under Articles 15 to 22, with their deadlines and how they were "
        "answered. On time means answered by the act-by date (Art. 12(3)). Requesters are not named."));
    const Table *cases = writer.table(QStringLiteral("request"));
    QList<int> inPeriod;
    for (int row = 0; cases && row < cases->rows.size(); ++row) {
        const QDate received = dayOf(cellOf(*cases, row, QStringLiteral("receivedOn")));
        if (received.isValid() && received >= session.from() && received <= session.to())
            inPeriod.append(row);
    }
    if (cases) {
        std::stable_sort(inPeriod.begin(), inPeriod.end(), [cases](int a, int b) {
            const QDate left = dayOf(cellOf(*cases, a, QStringLiteral("receivedOn")));
            const QDate right = dayOf(cellOf(*cases, b, QStringLiteral("receivedOn")));
            return left != right ? left < right
                                 : cellOf(*cases, a, QStringLiteral("number")).toString() <
                                       cellOf(*cases, b, QStringLiteral("number")).toString();
        });
    }
    const QDate today = QDate::currentDate();
    // Yes and no as the lists write them.
    const QString yes = Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("yes"), session.language());
    qint64 answered = 0, onTime = 0, open = 0, overdue = 0, extended = 0;
    QList<qint64> days;
    QList<QStringList> rows;
    // Per right: how many requests invoked it, and their outcomes.
    QStringList rights;
    QStringList outcomes = [&session] {
        QStringList labels;
        for (const QString &code : Domain::Codes::codes(Domain::Codes::Kind::RightOutcome))
            labels.append(Domain::Codes::label(Domain::Codes::Kind::RightOutcome, code, session.language()));
        return labels;
    }();
    QHash<QString, QHash<QString, qint64>> byRight;
    QHash<QString, qint64> rightCount;
    const Table *rightsList = writer.table(QStringLiteral("request.rights"));
    for (const int row : inPeriod) {
        const QDate received = dayOf(cellOf(*cases, row, QStringLiteral("receivedOn")));
        QDate actBy = dayOf(cellOf(*cases, row, QStringLiteral("actBy")));
        if (!actBy.isValid())
            actBy = dayOf(cellOf(*cases, row, QStringLiteral("dueOn")));
        const QDate response = dayOf(cellOf(*cases, row, QStringLiteral("responseOn")));
        const bool wasExtended = writer.cell(*cases, row, QStringLiteral("extended")) == yes;
        extended += wasExtended ? 1 : 0;
        QString timely;
        if (response.isValid()) {
            ++answered;
            days.append(received.daysTo(response));
            const bool inTime = !actBy.isValid() || response <= actBy;
            onTime += inTime ? 1 : 0;
            timely = inTime ? session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "yes"))
                            : session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "no"));
        } else if (!writer.cell(*cases, row, QStringLiteral("closedOn")).isEmpty()) {
            timely = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "closed without an answer"));
        } else {
            ++open;
            if (actBy.isValid() && today > actBy) {
                ++overdue;
                timely = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "overdue"));
            } else {
                timely = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "open"));
            }
        }
        QStringList caseRights;
        if (rightsList) {
            for (const int r : writer.recordRows(QStringLiteral("request.rights"),
                                                 writer.cell(*cases, row, QStringLiteral("uuid")))) {
                const QString right = writer.cell(*rightsList, r, QStringLiteral("right"));
                QString outcome = writer.cell(*rightsList, r, QStringLiteral("outcome"));
                if (outcome.isEmpty())
                    outcome = outcomes.value(0); // the first outcome is "not decided yet"
                caseRights.append(right);
                if (!rights.contains(right))
                    rights.append(right);
                ++rightCount[right];
                ++byRight[right][outcome];
                if (!outcomes.contains(outcome))
                    outcomes.append(outcome);
            }
        }
        rows.append({writer.cell(*cases, row, QStringLiteral("number")), writer.text(received),
                     caseRights.join(QLatin1Char('\n')), writer.cell(*cases, row, QStringLiteral("status")),
                     actBy.isValid() ? writer.text(actBy) : QString(),
                     response.isValid() ? writer.text(response) : QString(),
                     response.isValid() ? locale.toString(received.daysTo(response)) : QString(), timely});
    }
    QString median = QStringLiteral("—");
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype middle = days.size() / 2;
        const double value =
            days.size() % 2 ? double(days.at(middle)) : (double(days.at(middle - 1)) + double(days.at(middle))) / 2.0;
        // Half a day where the middle falls between two cases.
        median = session.n(QT_TRANSLATE_N_NOOP("Custodian::Reports::Report", "%1 day(s)"), value == 1.0 ? 1 : 2)
                     .arg(locale.toString(value, 'f', value == double(qint64(value)) ? 0 : 1));
    }
    chapter.body = figures(
        session, {{session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Requests received")),
                   locale.toString(qint64(inPeriod.size()))},
                  {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Answered")),
                   share(session, answered, inPeriod.size())},
                  {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Answered on time")),
                   share(session, onTime, answered)},
                  {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Median time to answer")), median},
                  {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Extended (Art. 12(3))")),
                   locale.toString(extended)},
                  {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Still open")), locale.toString(open)},
                  {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Open and past the act-by date")),
                   locale.toString(overdue)}});
    if (inPeriod.isEmpty()) {
        chapter.body += Session::note(
            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "No requests were received in this period.")));
        return chapter;
    }
    // The rights invoked, with their outcomes: the columns of the outcomes that occur.
    QStringList used;
    for (const QString &outcome : outcomes) {
        for (const QString &right : rights) {
            if (byRight.value(right).value(outcome) > 0) {
                used.append(outcome);
                break;
            }
        }
    }
    QList<QStringList> rightRows;
    for (const QString &right : rights) {
        QStringList line{right, locale.toString(rightCount.value(right))};
        for (const QString &outcome : used)
            line.append(locale.toString(byRight.value(right).value(outcome)));
        rightRows.append(line);
    }
    chapter.body += QStringLiteral("<h3>%1</h3>")
                        .arg(escaped(session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Rights invoked"))));
    QStringList rightHeaders{session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Right")),
                             session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Requests"))};
    chapter.body += Writer::gridHtml(rightHeaders + used, rightRows);
    chapter.body += QStringLiteral("<h3>%1</h3>")
                        .arg(escaped(session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The requests"))));
    chapter.body += Writer::gridHtml(
        {Writer::header(*cases, QStringLiteral("number")), Writer::header(*cases, QStringLiteral("receivedOn")),
         session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Rights")),
         Writer::header(*cases, QStringLiteral("status")), Writer::header(*cases, QStringLiteral("actBy")),
         Writer::header(*cases, QStringLiteral("responseOn")),
         session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Days")),
         session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "On time"))},
        rows, {13, 12, 21, 14, 12, 12, 6, 10});
    return chapter;
}

Chapter breachesChapter(const Session &session)
{
    const Writer &writer = session.writer();
    const QLocale locale = session.language().locale();
    Chapter chapter;
    chapter.title = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Breach register (Art. 33(5))"));
    chapter.introduction = session.t(QT_TRANSLATE_NOOP(
        "Custodian::Reports::Report",
        "Every personal data breach the organisation became aware of in the period, notified or not: the facts, "
        "the effects and the remedial action, so that the supervisory authority can verify compliance with "
        "Article 33. Each breach follows on a page of its own."));
    const Table *breaches = writer.table(QStringLiteral("breach"));
    QList<int> inPeriod;
    for (int row = 0; breaches && row < breaches->rows.size(); ++row) {
        QDate aware = dayOf(cellOf(*breaches, row, QStringLiteral("awareAt")));
        if (!aware.isValid())
            aware = dayOf(cellOf(*breaches, row, QStringLiteral("detectedAt")));
        if (aware.isValid() && aware >= session.from() && aware <= session.to())
            inPeriod.append(row);
    }
    // In the order the organisation became aware of them.
    const auto awareOf = [breaches](int row) {
        const QDateTime aware = momentOf(cellOf(*breaches, row, QStringLiteral("awareAt")));
        return aware.isValid() ? aware : momentOf(cellOf(*breaches, row, QStringLiteral("detectedAt")));
    };
    std::stable_sort(inPeriod.begin(), inPeriod.end(), [&](int a, int b) {
        const QDateTime left = awareOf(a);
        const QDateTime right = awareOf(b);
        return left != right ? left < right
                             : cellOf(*breaches, a, QStringLiteral("number")).toString() <
                                   cellOf(*breaches, b, QStringLiteral("number")).toString();
    });
    const QString yes = Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("yes"), session.language());
    const QString no = Domain::Codes::label(Domain::Codes::Kind::YesNo, QStringLiteral("no"), session.language());
    const QDateTime now = QDateTime::currentDateTime();
    qint64 notified = 0, inTime = 0, notNotified = 0, undecided = 0, pending = 0, late = 0, informed = 0;
    QList<QStringList> rows;
    QList<QStringList> unnotified;
    for (const int row : inPeriod) {
        const QString notify = writer.cell(*breaches, row, QStringLiteral("notifyAp"));
        const QDateTime notifiedAt = momentOf(cellOf(*breaches, row, QStringLiteral("apNotifiedAt")));
        const QDateTime notifyBy = momentOf(cellOf(*breaches, row, QStringLiteral("notifyBy")));
        // What the column of the notification says: when, or why not yet.
        QString notification = notifiedAt.isValid() ? writer.text(notifiedAt) : notify;
        if (notifiedAt.isValid()) {
            ++notified;
            inTime += !notifyBy.isValid() || notifiedAt <= notifyBy ? 1 : 0;
        } else if (notify == yes) {
            // Decided, not yet done: overdue once the 72 hours have passed.
            ++pending;
            const bool overdue = notifyBy.isValid() && now > notifyBy;
            late += overdue ? 1 : 0;
            notification = overdue
                               ? session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "To be notified: overdue"))
                               : session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "To be notified"));
        } else if (notify == no) {
            ++notNotified;
            QString reasoning = writer.cell(*breaches, row, QStringLiteral("notifyApReasoning"));
            if (reasoning.isEmpty())
                reasoning = writer.cell(*breaches, row, QStringLiteral("riskReasoning"));
            unnotified.append({writer.cell(*breaches, row, QStringLiteral("number")),
                               writer.cell(*breaches, row, QStringLiteral("summary")),
                               writer.cell(*breaches, row, QStringLiteral("riskLevel")), reasoning});
        } else {
            ++undecided;
            notification = session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Not decided yet"));
        }
        if (!writer.cell(*breaches, row, QStringLiteral("subjectsInformedAt")).isEmpty())
            ++informed;
        rows.append({writer.cell(*breaches, row, QStringLiteral("number")),
                     writer.cell(*breaches, row, QStringLiteral("summary")),
                     writer.cell(*breaches, row, QStringLiteral("awareAt")),
                     writer.cell(*breaches, row, QStringLiteral("riskLevel")), notification,
                     writer.cell(*breaches, row, QStringLiteral("informSubjects")),
                     writer.cell(*breaches, row, QStringLiteral("status"))});
    }
    chapter.body = figures(
        session,
        {{session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Breaches")),
          locale.toString(qint64(inPeriod.size()))},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Notified to the supervisory authority")),
          locale.toString(notified)},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Of those, within 72 hours of awareness")),
          share(session, inTime, notified)},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "To be notified")), locale.toString(pending)},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report",
                                      "Of those, past the 72 hours (reasons for the delay, Art. 33(1))")),
          locale.toString(late)},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Not notified (no risk, Art. 33(1))")),
          locale.toString(notNotified)},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Notification not yet decided")),
          locale.toString(undecided)},
         {session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Data subjects informed (Art. 34)")),
          locale.toString(informed)}});
    if (inPeriod.isEmpty()) {
        chapter.body += Session::note(session.t(
            QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The register records no breaches in this period.")));
        return chapter;
    }
    chapter.body += QStringLiteral("<h3>%1</h3>")
                        .arg(escaped(session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "The breaches"))));
    chapter.body += Writer::gridHtml(
        {Writer::header(*breaches, QStringLiteral("number")), Writer::header(*breaches, QStringLiteral("summary")),
         Writer::header(*breaches, QStringLiteral("awareAt")), Writer::header(*breaches, QStringLiteral("riskLevel")),
         session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Notified to the supervisory authority")),
         Writer::header(*breaches, QStringLiteral("informSubjects")),
         Writer::header(*breaches, QStringLiteral("status"))},
        rows, {14, 24, 13, 14, 13, 12, 10});
    chapter.body +=
        QStringLiteral("<h3>%1</h3>")
            .arg(escaped(session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Breaches not notified, and why"))));
    chapter.body += unnotified.isEmpty()
                        ? Session::note(session.t(
                              QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Every breach decided on was notified.")))
                        : Writer::gridHtml({Writer::header(*breaches, QStringLiteral("number")),
                                            Writer::header(*breaches, QStringLiteral("summary")),
                                            Writer::header(*breaches, QStringLiteral("riskLevel")),
                                            session.t(QT_TRANSLATE_NOOP("Custodian::Reports::Report", "Reasoning"))},
                                           unnotified, {14, 26, 18, 42});
    for (const int row : inPeriod)
        chapter.items.append(writer.item(*breaches, row, {}, 2, false));
    return chapter;
}

} // namespace Custodian::Reports::Parts
