#include "RegisterGenerator.h"

#include "clocks/HolidayCalendar.h"
#include "domain/Codes.h"
#include "domain/IsoTime.h"
#include "domain/RequestCase.h"
#include "storage/Store.h"

#include <QHash>

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Custodian::Bench {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Prepares once, runs once per row; keeps the first error.
class Inserter
{
public:
    Inserter(QSqlDatabase &db, const QString &sql, QString *error) : m_query(db), m_error(error)
    {
        m_ok = m_query.prepare(sql);
        if (!m_ok)
            fail();
    }
    bool operator()(const QVariantList &values)
    {
        if (!m_ok)
            return false;
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        m_ok = m_query.exec();
        if (!m_ok)
            fail();
        return m_ok;
    }

    // The row id of the last insert (SQLite).
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    void fail()
    {
        if (m_error->isEmpty())
            *m_error = m_query.lastError().text() + QStringLiteral(" (") + m_query.lastQuery() + QLatin1Char(')');
    }

    QSqlQuery m_query;
    QString *m_error = nullptr;
    bool m_ok = false;
};

bool generate(QSqlDatabase &db, int activities, int parties, int agreements, QString *error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QStringList roles = {QStringLiteral("processor"), QStringLiteral("sub_processor"),
                               QStringLiteral("controller"), QStringLiteral("recipient")};
    const QStringList clauses = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"),
                                 QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("infringement_notice")};
    // What a Dutch organisation's register lists; two of ten start with "klant".
    const QStringList activityNames = {QStringLiteral("Klantrelatiebeheer"), QStringLiteral("Salarisadministratie"),
                                       QStringLiteral("Nieuwsbrief"),        QStringLiteral("Werving en selectie"),
                                       QStringLiteral("Klantenservice"),     QStringLiteral("Debiteurenbeheer"),
                                       QStringLiteral("Cameratoezicht"),     QStringLiteral("Websitestatistieken"),
                                       QStringLiteral("Leveranciersbeheer"), QStringLiteral("Verzuimregistratie")};
    const QStringList departments = {QStringLiteral("Sales"), QStringLiteral("HR"), QStringLiteral("Finance"),
                                     QStringLiteral("ICT"), QStringLiteral("Marketing")};
    const int measures = 20;
    const int rules = 30;
    Inserter measure(db,
                     QStringLiteral("INSERT INTO security_measure (uuid, title, description, kind, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     error);
    for (int i = 1; i <= measures; ++i) {
        if (!measure({uuid(), QStringLiteral("Measure %1").arg(i), QStringLiteral("Description of measure %1").arg(i),
                      i % 3 ? QStringLiteral("technical") : QStringLiteral("organisational"), now, now}))
            return false;
    }
    Inserter rule(db,
                  QStringLiteral("INSERT INTO retention_rule (uuid, name, period_count, period_unit, trigger_text, "
                                 "basis_type, legal_source, created_at, updated_at) "
                                 "VALUES (?, ?, ?, 'years', 'after the end of the year', ?, ?, ?, ?)"),
                  error);
    for (int i = 1; i <= rules; ++i) {
        // Every tenth rule has no legal source: the check has something to report.
        if (!rule({uuid(), QStringLiteral("Rule %1").arg(i), 1 + i % 10,
                   i % 2 ? QStringLiteral("statute") : QStringLiteral("policy"),
                   i % 10 ? QVariant(QStringLiteral("Source %1").arg(i)) : QVariant(QStringLiteral("")), now, now}))
            return false;
    }
    Inserter party(db,
                   QStringLiteral("INSERT INTO party (uuid, name, country, contact_email, notes, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   error);
    Inserter role(db, QStringLiteral("INSERT INTO party_role (party_id, role) VALUES (?, ?)"), error);
    for (int i = 1; i <= parties; ++i) {
        if (!party({uuid(), QStringLiteral("Party %1 B.V.").arg(i, 5, 10, QLatin1Char('0')),
                    i % 7 ? QStringLiteral("NL") : QStringLiteral("US"),
                    QStringLiteral("privacy@party%1.example").arg(i), QStringLiteral("Notes about party %1").arg(i),
                    now, now}) ||
            !role({i, roles.at(i % roles.size())}))
            return false;
    }
    Inserter agreement(
        db,
        QStringLiteral(
            "INSERT INTO agreement (uuid, title, kind, controller_party_id, processor_party_id, parent_agreement_id, "
            "subject_matter, signed_on, effective_on, expires_on, review_on, subprocessor_authorisation, "
            "objection_window_days, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'Hosting', '2024-03-01', '2024-03-01', ?, ?, 'general', ?, 'active', ?, ?)"),
        error);
    Inserter clause(db,
                    QStringLiteral("INSERT INTO agreement_clause (agreement_id, clause, ticked, reference) "
                                   "VALUES (?, ?, ?, ?)"),
                    error);
    Inserter notice(db,
                    QStringLiteral("INSERT INTO subprocessor_notice (uuid, agreement_id, received_on, "
                                   "change_description, objection_deadline, decision) "
                                   "VALUES (?, ?, '2026-04-24', 'New sub-processor', '2026-05-26', ?)"),
                    error);
    Inserter attachment(db,
                        QStringLiteral("INSERT INTO attachment (uuid, agreement_id, file_name, size, sha256, "
                                       "content, added_at) VALUES (?, ?, 'signed.pdf', 4, "
                                       "'%1', ?, ?)")
                            .arg(QLatin1String(QCryptographicHash::hash("%PDF", QCryptographicHash::Sha256).toHex())),
                        error);
    Inserter agreementMeasure(db,
                              QStringLiteral("INSERT INTO agreement_measure (agreement_id, measure_id) "
                                             "VALUES (?, ?)"),
                              error);
    for (int i = 1; i <= agreements; ++i) {
        // Every fifth is a sub-processing agreement below the one before it; one in four customers'.
        const bool sub = i % 5 == 0;
        const bool asProcessor = i % 4 == 1;
        if (!agreement({uuid(), QStringLiteral("Agreement %1").arg(i, 5, 10, QLatin1Char('0')),
                        sub ? QStringLiteral("sub_processing") : QStringLiteral("processing"),
                        asProcessor ? QVariant(1 + i % parties) : QVariant(),
                        asProcessor ? QVariant() : QVariant(1 + (i * 7) % parties), sub ? QVariant(i - 1) : QVariant(),
                        i % 50 ? QVariant() : QVariant(QStringLiteral("2025-12-31")),
                        i % 3 ? QVariant(QStringLiteral("2027-06-01")) : QVariant(QStringLiteral("2026-01-01")),
                        i % 9 ? QVariant(30) : QVariant(), now, now}))
            return false;
        for (int c = 0; c < clauses.size(); ++c) {
            if (!clause({i, clauses.at(c), (i + c) % 17 ? 1 : 0, QStringLiteral("art. %1").arg(c + 1)}))
                return false;
        }
        if (i % 10 == 0 && !notice({uuid(), i, i % 20 ? QStringLiteral("accepted") : QStringLiteral("pending")}))
            return false;
        if (i % 3 && !attachment({uuid(), i, QByteArray("%PDF"), now}))
            return false;
        if (!agreementMeasure({i, 1 + i % measures}))
            return false;
    }
    Inserter activity(
        db,
        QStringLiteral(
            "INSERT INTO activity (uuid, number, name, purpose, description, lia_reference, data_source, systems, "
            "storage_location, dpia_required, owner_department, status, last_reviewed, next_review, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'A description of the processing', ?, 'The data subject', 'CRM', ?, "
            "'no', ?, 'approved', '2026-01-10', ?, ?, ?)"),
        error);
    Inserter basis(db, QStringLiteral("INSERT INTO activity_lawful_basis (activity_id, basis) VALUES (?, ?)"), error);
    Inserter criterion(db,
                       QStringLiteral("INSERT INTO activity_dpia_criterion (activity_id, criterion) "
                                      "VALUES (?, 'profiling')"),
                       error);
    Inserter subject(db,
                     QStringLiteral("INSERT INTO activity_subject_category (activity_id, position, name) "
                                    "VALUES (?, ?, ?)"),
                     error);
    Inserter category(db,
                      QStringLiteral("INSERT INTO activity_data_category (activity_id, position, name, "
                                     "special_category, retention_rule_id) VALUES (?, ?, ?, ?, ?)"),
                      error);
    Inserter recipient(db,
                       QStringLiteral("INSERT INTO activity_recipient (activity_id, position, party_id, kind, "
                                      "description) VALUES (?, ?, ?, 'processor', 'Processor')"),
                       error);
    Inserter transfer(db,
                      QStringLiteral("INSERT INTO transfer (activity_id, position, country, party_id, mechanism, "
                                     "scc_module, dpf_checked_on) VALUES (?, 0, 'US', ?, ?, ?, ?)"),
                      error);
    Inserter activityMeasure(db, QStringLiteral("INSERT INTO activity_measure (activity_id, measure_id) VALUES (?, ?)"),
                             error);
    Inserter activityAgreement(db,
                               QStringLiteral("INSERT INTO activity_agreement (activity_id, agreement_id) "
                                              "VALUES (?, ?)"),
                               error);
    for (int i = 1; i <= activities; ++i) {
        const QString name = activityNames.at(i % activityNames.size());
        if (!activity({uuid(), QStringLiteral("VA-%1").arg(i, 4, 10, QLatin1Char('0')),
                       QStringLiteral("%1 %2").arg(name).arg(i, 5, 10, QLatin1Char('0')),
                       QStringLiteral("Purpose of %1 %2").arg(name.toLower()).arg(i),
                       i % 2 ? QStringLiteral("LIA-%1").arg(i) : QStringLiteral(""),
                       i % 11 ? QStringLiteral("Data centre NL") : QStringLiteral(""),
                       departments.at(i % departments.size()),
                       i % 13 ? QStringLiteral("2027-01-10") : QStringLiteral("2026-01-10"), now, now}) ||
            !basis({i, QStringLiteral("b")}) || !basis({i, QStringLiteral("f")}) || (i % 25 == 0 && !criterion({i})))
            return false;
        for (int p = 0; p < 2; ++p) {
            if (!subject({i, p, QStringLiteral("Subjects %1").arg(p)}) ||
                !recipient({i, p, 1 + (i + p * 31) % parties}) || !activityMeasure({i, 1 + (i + p * 7) % measures}))
                return false;
        }
        for (int c = 0; c < 3; ++c) {
            if (!category({i, c, QStringLiteral("Category %1").arg(c),
                           (i + c) % 40 ? QStringLiteral("") : QStringLiteral("health"),
                           (i + c) % 17 ? QVariant(1 + (i + c) % rules) : QVariant()}))
                return false;
        }
        if (!transfer({i, 1 + i % parties, i % 2 ? QStringLiteral("dpf") : QStringLiteral("scc"),
                       i % 2 ? QStringLiteral("") : QStringLiteral("c2p"), QStringLiteral("2026-05-01")}) ||
            !activityAgreement({i, 1 + i % agreements}))
            return false;
    }
    // The activities' numbers were given: the series counts on after them.
    if (activities > 0) {
        Inserter counter(db, QStringLiteral("INSERT INTO register_counter (name, value) VALUES ('VA', ?)"), error);
        if (!counter({activities}))
            return false;
    }
    return true;
}

} // namespace

Status generateRegister(Storage::Store &db, int activities, int parties, int agreements)
{
    if (activities < 0 || parties < 1 || agreements < 1)
        return Status::error(Status::Code::InvalidInput,
                             QStringLiteral("A generated register needs at least one party and one agreement."));
    QSqlDatabase &connection = db.connection();
    if (!connection.transaction())
        return Status::error(Status::Code::DatabaseError, QStringLiteral("The register could not be generated."),
                             connection.lastError().text());
    QString error;
    if (!generate(connection, activities, parties, agreements, &error)) {
        connection.rollback();
        return Status::error(Status::Code::DatabaseError, QStringLiteral("The register could not be generated."),
                             error);
    }
    if (!connection.commit())
        return Status::error(Status::Code::DatabaseError, QStringLiteral("The register could not be generated."),
                             connection.lastError().text());
    // The rows were given their ids: PostgreSQL's identity sequences must move past them.
    if (db.dialect().name() == QLatin1String("postgres")) {
        for (const char *table : {"party", "security_measure", "retention_rule", "agreement", "subprocessor_notice",
                                  "attachment", "activity", "activity_data_category", "activity_recipient",
                                  "activity_subject_category", "transfer", "processor_activity"}) {
            QSqlQuery query(connection);
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                                .arg(QLatin1String(table))))
                return Status::error(Status::Code::DatabaseError,
                                     QStringLiteral("The register could not be generated."), query.lastError().text());
        }
    }
    return Status::ok();
}

Status generateCases(Storage::Store &store, int requests, int closedPercent, int breaches, QDate today)
{
    QSqlDatabase &db = store.connection();
    const std::optional<Clocks::HolidayCalendar> calendar = Clocks::HolidayCalendar::load(QStringLiteral("NL"));
    if (!calendar)
        return Status::error(Status::Code::NotFound, QStringLiteral("no NL calendar"));
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, QStringLiteral("BEGIN failed"), db.lastError().text());
    QString error;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QStringList rights = Domain::Codes::codes(Domain::Codes::Kind::RequestRight);
    const QStringList closed = {QStringLiteral("answered"), QStringLiteral("answered"), QStringLiteral("answered"),
                                QStringLiteral("refused"), QStringLiteral("withdrawn")};
    const QStringList open = {QStringLiteral("received"), QStringLiteral("verifying"), QStringLiteral("in_progress"),
                              QStringLiteral("extended")};
    const QStringList surnames = {QStringLiteral("de Vries"), QStringLiteral("Jansen"), QStringLiteral("Bakker"),
                                  QStringLiteral("Visser"),   QStringLiteral("Smit"),   QStringLiteral("Meijer"),
                                  QStringLiteral("Mulder"),   QStringLiteral("de Boer")};
    Inserter request(db,
                     QStringLiteral("INSERT INTO request_case (uuid, number, received_on, channel, requester_name, "
                                    "requester_contact, status, extended, extension_reason, due_on, act_by, "
                                    "target_on, notice_due_on, response_on, closed_on, created_at, updated_at) "
                                    "VALUES (?, ?, ?, 'email', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     &error);
    Inserter right(db,
                   QStringLiteral("INSERT INTO request_right (request_id, position, request_right, outcome) "
                                  "VALUES (?, ?, ?, ?)"),
                   &error);
    QHash<int, int> perYear;
    // Spread over four years, oldest first; the open ones are the most recent.
    const int closedCount = requests * closedPercent / 100;
    for (int i = 0; i < requests; ++i) {
        const bool isClosed = i < closedCount;
        const QDate received = isClosed ? today.addDays(-45 - (qint64(i) * 4 * 365 / std::max(1, closedCount)) % 1400)
                                        : today.addDays(-(i - closedCount) % 70);
        Domain::RequestCase item;
        item.receivedOn = received;
        item.status = isClosed ? closed.at(i % closed.size()) : open.at(i % open.size());
        item.extended = item.status == QLatin1String("extended") || (isClosed && i % 10 == 0);
        item.setDeadlines(*calendar, 5);
        const QDate response = isClosed ? std::min(item.dueOn, received.addDays(10 + i % 25)) : QDate();
        const int number = ++perYear[received.year()];
        const QString name = QStringLiteral("%1 %2").arg(QChar(u'A' + i % 26)).arg(surnames.at(i % surnames.size()));
        if (!request(
                {uuid(), QStringLiteral("R-%1-%2").arg(received.year()).arg(number, 4, 10, QLatin1Char('0')),
                 Domain::IsoTime::day(received), name, QStringLiteral("requester%1@example.nl").arg(i), item.status,
                 item.extended ? 1 : 0, item.extended ? QStringLiteral("complexity") : QStringLiteral(""),
                 Domain::IsoTime::daySql(item.dueOn), Domain::IsoTime::daySql(item.actBy),
                 Domain::IsoTime::daySql(item.targetOn), Domain::IsoTime::daySql(item.noticeDueOn),
                 Domain::IsoTime::daySql(response),
                 Domain::IsoTime::daySql(response.isValid() ? response : (isClosed ? received : QDate())), now, now}))
            break;
        const qint64 id = request.lastId();
        for (int r = 0; r <= i % 3; ++r) {
            if (!right({id, r, rights.at((i + r * 3) % rights.size()),
                        isClosed ? QStringLiteral("granted") : QStringLiteral("pending")}))
                break;
        }
    }
    for (auto it = perYear.cbegin(); error.isEmpty() && it != perYear.cend(); ++it) {
        Inserter counter(db, QStringLiteral("INSERT INTO register_counter (name, value) VALUES (?, ?)"), &error);
        counter({QStringLiteral("R:%1").arg(it.key()), it.value()});
    }
    Inserter breach(db,
                    QStringLiteral("INSERT INTO breach (uuid, number, summary, status, aware_at, notify_by, "
                                   "notify_ap, ap_notified_at, risk_level, created_at, updated_at) VALUES (?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?)"),
                    &error);
    for (int i = 0; error.isEmpty() && i < breaches; ++i) {
        const bool recent = i >= breaches - 3;
        const QDateTime aware = recent ? QDateTime(today, QTime(9, 0)).addSecs(-3600 * (i % 3) * 20)
                                       : QDateTime(today.addDays(-5 - i), QTime(10, 0));
        const QDateTime notifyBy = aware.addSecs(72 * 3600);
        const bool notified = !recent && i % 3 == 0;
        breach({uuid(), QStringLiteral("B-%1-%2").arg(aware.date().year()).arg(i + 1, 4, 10, QLatin1Char('0')),
                QStringLiteral("Breach %1").arg(i + 1), recent ? QStringLiteral("open") : QStringLiteral("closed"),
                Domain::IsoTime::moment(aware), Domain::IsoTime::moment(notifyBy),
                recent ? QStringLiteral("") : (notified ? QStringLiteral("yes") : QStringLiteral("no")),
                notified ? QVariant(Domain::IsoTime::moment(aware.addSecs(40 * 3600))) : QVariant(),
                notified ? QStringLiteral("risk") : QStringLiteral("unlikely"), now, now});
    }
    if (!error.isEmpty()) {
        db.rollback();
        return Status::error(Status::Code::DatabaseError, QStringLiteral("generating the cases failed"), error);
    }
    if (!db.commit())
        return Status::error(Status::Code::DatabaseError, QStringLiteral("COMMIT failed"), db.lastError().text());
    return Status::ok();
}

} // namespace Custodian::Bench
