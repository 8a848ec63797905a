#include "HistoryChain.h"

#include "BoundQuery.h"
#include "SqlDialect.h"

#include "domain/EntityKind.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Custodian::Storage {

namespace {

Status databaseError(const QString &message, const QSqlQuery &query)
{
    return Status::error(Status::Code::DatabaseError, message, query.lastError().text());
}

} // namespace

QString HistoryHead::shortText() const
{
    return QStringLiteral("%1 · %2").arg(QString::number(count), hash.left(12));
}

QString HistoryHead::text() const
{
    return QStringLiteral("%1:%2").arg(QString::number(count), hash);
}

HistoryHead HistoryHead::fromText(const QString &text)
{
    HistoryHead head;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return head;
    bool ok = false;
    head.count = text.left(colon).toLongLong(&ok);
    if (!ok || head.count < 0)
        return HistoryHead();
    head.hash = text.mid(colon + 1);
    return head;
}

QByteArray HistoryChain::canonicalEncoding(const Entry &entry, const QString &previousHash)
{
    QJsonObject object{
        {QStringLiteral("action"), entry.action}, {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("at"), entry.at},         {QStringLiteral("entity"), entry.entity},
        {QStringLiteral("prev"), previousHash},   {QStringLiteral("seq"), entry.seq},
        {QStringLiteral("uuid"), entry.uuid},
    };
    if (!entry.canonicalChanges.isEmpty()) {
        // Compact text of sorted keys: "changes" follows "at". A string value escapes its quotes,
        // so the marker below can only be the key itself.
        object.insert(QStringLiteral("changes"), 0);
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
        static const QByteArray marker = QByteArrayLiteral(",\"changes\":0,");
        const qsizetype at = text.indexOf(marker);
        if (at > 0)
            return text.replace(at + marker.size() - 2, 1, entry.canonicalChanges);
        object.remove(QStringLiteral("changes")); // never: the text is parsed below instead
    }
    // The stored change is JSON written by the program; a text that is not (a damaged or foreign
    // entry) is hashed as a string, so that it still verifies exactly as stored.
    QJsonParseError error;
    const QJsonDocument changes = QJsonDocument::fromJson(entry.changes.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && changes.isObject())
        object.insert(QStringLiteral("changes"), changes.object());
    else
        object.insert(QStringLiteral("changes"), entry.changes);
    // QJsonObject keeps its keys sorted; Compact adds no white space.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString HistoryChain::hashOf(const Entry &entry, const QString &previousHash)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalEncoding(entry, previousHash), QCryptographicHash::Sha256).toHex());
}

Status HistoryChain::readHead(QSqlDatabase &db, HistoryHead *head)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count, hash FROM history_head WHERE id = 1")))
        return databaseError(tr("The state of the history could not be read."), query);
    if (!query.next())
        return Status::error(Status::Code::Damaged, tr("The state of the history is missing from the register."));
    head->count = query.value(0).toLongLong();
    head->hash = query.value(1).toString();
    return Status::ok();
}

Status HistoryChain::append(QSqlDatabase &db, const SqlDialect &dialect, Entry entry)
{
    const QString failed = tr("The change could not be recorded in the history.");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count, hash FROM history_head WHERE id = 1") + dialect.lockRows()))
        return databaseError(failed, query);
    if (!query.next())
        return Status::error(Status::Code::Damaged, failed, QStringLiteral("history_head has no row"));
    const qint64 count = query.value(0).toLongLong();
    const QString previous = query.value(1).toString();
    query.finish();

    entry.seq = count + 1;
    const QString hash = hashOf(entry, previous);
    query.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, entity, entity_uuid, action, changes, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!execBound(query, {QVariant(entry.seq), QVariant(entry.at), QVariant(entry.actor), QVariant(entry.entity),
                           QVariant(entry.uuid), QVariant(entry.action), QVariant(entry.changes), QVariant(hash)}))
        return databaseError(failed, query);
    query.prepare(QStringLiteral("UPDATE history_head SET count = ?, hash = ? WHERE id = 1 AND count = ?"));
    if (!execBound(query, {QVariant(entry.seq), QVariant(hash), QVariant(count)}))
        return databaseError(failed, query);
    if (query.numRowsAffected() != 1)
        return Status::error(Status::Code::Conflict, failed, QStringLiteral("history_head moved during the save"));
    return Status::ok();
}

bool HistoryChain::Verifier::add(const Entry &entry, const QString &storedHash)
{
    if (!m_report.problem.isEmpty())
        return false;
    if (entry.seq != m_expected) {
        m_report.firstBroken = m_expected;
        m_report.problem = entry.seq > m_expected
                               ? tr("Entry %1 of the history is missing.").arg(QString::number(m_expected))
                               : tr("Entry %1 of the history appears twice.").arg(QString::number(entry.seq));
        return false;
    }
    const QString hash = hashOf(entry, m_report.head.hash);
    if (hash != storedHash) {
        m_report.firstBroken = entry.seq;
        m_report.problem =
            tr("Entry %1 of the history (%2, %3) was changed after it was written, or an entry before it was "
               "removed.")
                .arg(QString::number(entry.seq), entry.at, entry.entity);
        return false;
    }
    m_report.head = {entry.seq, hash};
    m_report.entries = entry.seq;
    ++m_expected;
    return true;
}

void HistoryChain::Verifier::fail(const QString &problem, const QString &detail)
{
    if (!m_report.problem.isEmpty())
        return;
    m_report.firstBroken = m_expected;
    m_report.problem = problem;
    m_report.detail = detail;
}

HistoryChain::Report HistoryChain::Verifier::finish(const HistoryHead &stored) const
{
    Report report = m_report;
    if (!report.problem.isEmpty())
        return report;
    if (report.head != stored) {
        report.firstBroken = qMin(report.entries, stored.count) + 1;
        report.problem =
            stored.count > report.entries
                ? tr("The history ends at entry %1, but the register recorded %2 entries: the last entries were "
                     "removed.")
                      .arg(QString::number(report.entries), QString::number(stored.count))
                : tr("The history does not match the state the register recorded (entry %1).")
                      .arg(QString::number(report.firstBroken));
        return report;
    }
    report.ok = true;
    return report;
}

HistoryChain::Report HistoryChain::verify(QSqlDatabase &db)
{
    Report report;
    HistoryHead stored;
    const Status headStatus = readHead(db, &stored);
    if (!headStatus) {
        report.problem = headStatus.message();
        report.detail = headStatus.detail();
        return report;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at, actor, entity, entity_uuid, action, changes, hash FROM audit_log "
                                   "ORDER BY seq IS NULL, seq"))) {
        report.problem = tr("The history could not be read.");
        report.detail = query.lastError().text();
        return report;
    }
    Verifier verifier;
    while (query.next()) {
        if (query.value(0).isNull()) {
            verifier.fail(tr("The history holds entries without their place in the chain (from entry %1 on).")
                              .arg(QString::number(verifier.expected())));
            break;
        }
        Entry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.uuid = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.changes = query.value(6).toString();
        if (!verifier.add(entry, query.value(7).toString()))
            break;
    }
    return verifier.finish(stored);
}

QList<HistoryChain::AuditedTable> HistoryChain::registerTables()
{
    QList<AuditedTable> tables;
    for (const Domain::EntityKindInfo &info : Domain::EntityKinds::all()) {
        // The register settings are one row keyed by the register, without row versions.
        if (info.kind == Domain::EntityKind::None || info.kind == Domain::EntityKind::RegisterSettings)
            continue;
        // Documents and letters are added one at a time beside an open editor, without a new row version.
        QString versionless;
        if (info.kind == Domain::EntityKind::Agreement)
            versionless = QStringLiteral("attachments");
        else if (info.kind == Domain::EntityKind::RequestCase || info.kind == Domain::EntityKind::Breach)
            versionless = QStringLiteral("letter");
        tables.append({QString::fromLatin1(info.code), QString::fromLatin1(info.table), versionless});
    }
    return tables;
}

namespace {

// The number of entries per item of one audited table that come with a new row version (not a
// deletion, and not the erasure of its personal data, which changes no row).
Status versionedEntries(QSqlDatabase &db, const HistoryChain::AuditedTable &audited, QHash<QString, qint64> *counts)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_uuid, changes FROM audit_log WHERE entity = ? AND action <> 'delete' "
                                 "AND action <> 'erase'"));
    query.addBindValue(audited.entity);
    if (!query.exec())
        return databaseError(HistoryChain::tr("The register could not be compared with its history."), query);
    const QString versionlessPrefix = QStringLiteral("{\"%1\":").arg(audited.versionless);
    while (query.next()) {
        if (!audited.versionless.isEmpty()) {
            const QString changes = query.value(1).toString();
            if (changes.startsWith(versionlessPrefix)) {
                const QJsonObject object = QJsonDocument::fromJson(changes.toUtf8()).object();
                if (object.size() == 1)
                    continue;
            }
        }
        ++(*counts)[query.value(0).toString()];
    }
    return Status::ok();
}

} // namespace

Status HistoryChain::rowsAgainstHistory(QSqlDatabase &db, const QList<AuditedTable> &tables, QStringList *problems)
{
    for (const AuditedTable &audited : tables) {
        QHash<QString, qint64> counts;
        Status status = versionedEntries(db, audited, &counts);
        if (!status)
            return status;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT uuid, row_version FROM %1").arg(audited.table)))
            return databaseError(tr("The register could not be compared with its history."), query);
        while (query.next()) {
            const QString uuid = query.value(0).toString();
            const qint64 version = query.value(1).toLongLong();
            const qint64 entries = counts.value(uuid);
            if (version == entries)
                continue;
            *problems << (version < entries
                              ? tr("Item %1 (%2) is older than its history: %3 saves are recorded, but it holds the "
                                   "state of save %4. Part of the file was replaced by an older copy.")
                              : tr("Item %1 (%2) was saved %4 times, but the history records %3 of them: entries "
                                   "were removed, or it was changed outside Custodian."))
                             .arg(uuid, audited.entity, QString::number(entries), QString::number(version));
        }
    }
    return Status::ok();
}

Status HistoryChain::sealLegacyEntries(QSqlDatabase &db, const QList<AuditedTable> &tables, bool always)
{
    const QString failed = tr("The history could not be sealed.");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Legacy entries are those written before the chain began (schema 5): they come before every
    // sealed entry. An unsealed entry after a sealed one was not written by Custodian; it is left
    // for verify() to report, not sealed into the chain.
    const QString legacy = QStringLiteral("hash IS NULL AND NOT EXISTS (SELECT 1 FROM audit_log sealed "
                                          "WHERE sealed.hash IS NOT NULL AND sealed.id < audit_log.id)");
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(legacy)) || !query.next())
        return databaseError(failed, query);
    if (query.value(0).toLongLong() == 0 && !always)
        return Status::ok();
    query.finish();
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    auto abandon = [&](const Status &status) {
        db.rollback();
        return status;
    };
    HistoryHead head;
    Status status = readHead(db, &head);
    if (!status)
        return abandon(status);
    struct Row
    {
        qint64 id;
        Entry entry;
    };
    QList<Row> rows;
    if (!query.exec(QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, changes FROM audit_log "
                                   "WHERE %1 ORDER BY id")
                        .arg(legacy)))
        return abandon(databaseError(failed, query));
    while (query.next()) {
        Row row{query.value(0).toLongLong(), {}};
        row.entry.at = query.value(1).toString();
        row.entry.actor = query.value(2).toString();
        row.entry.entity = query.value(3).toString();
        row.entry.uuid = query.value(4).toString();
        row.entry.action = query.value(5).toString();
        row.entry.changes = query.value(6).toString();
        rows.append(row);
    }
    query.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET seq = ?, hash = ? WHERE id = ?"));
    for (Row &row : rows) {
        row.entry.seq = head.count + 1;
        head.hash = hashOf(row.entry, head.hash);
        head.count = row.entry.seq;
        update.addBindValue(row.entry.seq);
        update.addBindValue(head.hash);
        update.addBindValue(row.id);
        if (!update.exec())
            return abandon(databaseError(failed, update));
    }
    for (const AuditedTable &audited : tables) {
        QHash<QString, qint64> counts;
        status = versionedEntries(db, audited, &counts);
        if (!status)
            return abandon(status);
        // A row an older program wrote without any entry starts at 0: its first save makes it 1.
        update.prepare(QStringLiteral("UPDATE %1 SET row_version = 0").arg(audited.table));
        if (!update.exec())
            return abandon(databaseError(failed, update));
        update.prepare(QStringLiteral("UPDATE %1 SET row_version = ? WHERE uuid = ?").arg(audited.table));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            update.addBindValue(it.value());
            update.addBindValue(it.key());
            if (!update.exec())
                return abandon(databaseError(failed, update));
        }
    }
    update.prepare(QStringLiteral("UPDATE history_head SET count = ?, hash = ? WHERE id = 1"));
    update.addBindValue(head.count);
    update.addBindValue(head.hash);
    if (!update.exec())
        return abandon(databaseError(failed, update));
    if (!db.commit())
        return abandon(Status::error(Status::Code::DatabaseError, failed, db.lastError().text()));
    return Status::ok();
}

} // namespace Custodian::Storage
