#include "AgreementService.h"

#include "clocks/HolidayCalendar.h"
#include "domain/AgreementRules.h"
#include "register/BreachService.h"
#include "register/RegisterSettingsService.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Custodian::Register {

AgreementService::AgreementService(Storage::Store &store, QObject *parent) : EntityService(store, parent) {}

void AgreementService::normalise(Domain::Agreement &agreement) const
{
    // Stored without a position: kept in the order they arrived, which is how they load.
    std::stable_sort(agreement.notices.begin(), agreement.notices.end(),
                     [](const Domain::SubprocessorNotice &x, const Domain::SubprocessorNotice &y) {
                         return x.receivedOn < y.receivedOn;
                     });
    // The reviews load oldest first, as the editor shows them; a review without a date comes last.
    std::stable_sort(agreement.reviews.begin(), agreement.reviews.end(),
                     [](const Domain::SupplierReview &x, const Domain::SupplierReview &y) {
                         if (x.reviewedOn.isValid() != y.reviewedOn.isValid())
                             return x.reviewedOn.isValid();
                         return x.reviewedOn < y.reviewedOn;
                     });
}

Status AgreementService::check(QSqlDatabase &db, const Domain::Agreement &next, qint64 id, Domain::Findings *findings)
{
    if (next.parentUuid.isEmpty() || id <= 0)
        return Status::ok();
    qint64 parent = 0;
    Status status = EntityTable::rowId(db, table(), next.parentUuid, &parent);
    if (!status)
        return status;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT parent_agreement_id FROM agreement WHERE id = ?")))
        return EntityTable::readError(query);
    bool readFailed = false;
    const bool loops = Domain::AgreementRules::chainLoops(id, parent, [&](qint64 current) {
        query.addBindValue(current);
        if (!query.exec()) {
            readFailed = true;
            return qint64(0);
        }
        const qint64 above = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return above;
    });
    if (readFailed)
        return EntityTable::readError(query);
    if (!loops)
        return Status::ok();
    const QString message = Domain::AgreementRules::chainLoopMessage();
    findings->append({QStringLiteral("parentUuid"), Domain::Finding::Severity::Error, message});
    return refused(message);
}

void AgreementService::prepare(Domain::Agreement &next, const Domain::Agreement &previous)
{
    next.clauses = Domain::Agreement::completeClauses(next.clauses);
    const bool counts = next.objectionWindowDays > 0 && !next.notices.isEmpty();
    Domain::AgreementRules::setObjectionDeadlines(next, counts ? calendar() : Clocks::HolidayCalendar());
    next.attachments = previous.attachments; // managed through addAttachment/removeAttachment only
}

Status AgreementService::allocate(QSqlDatabase &, Domain::Agreement &next, const Domain::Agreement &previous)
{
    m_breachesMoved = false;
    if (previous.uuid.isEmpty() || previous.breachNoticeHours == next.breachNoticeHours)
        return Status::ok();
    int moved = 0;
    const Status status = BreachService::recountControllerDeadlines(m_store, next.uuid, next.breachNoticeHours, &moved);
    m_breachesMoved = status && moved > 0;
    return status;
}

void AgreementService::announceOthers()
{
    // Every breach whose controller notice counts from this agreement: the lists and the check read them again.
    if (std::exchange(m_breachesMoved, false))
        m_store.changes().announce(Domain::EntityKind::Breach, QString());
}

Clocks::HolidayCalendar AgreementService::calendar() const
{
    RegisterSettingsService settings(m_store);
    std::optional<Clocks::HolidayCalendar> chosen = settings.calendar();
    if (!chosen)
        chosen = Clocks::HolidayCalendar::load(QStringLiteral("NL"));
    return chosen ? *chosen : Clocks::HolidayCalendar();
}

Status AgreementService::recountObjectionDeadlines(int *recounted)
{
    *recounted = 0;
    QList<Domain::Agreement> agreements;
    Status status = list(&agreements);
    if (!status)
        return status;
    std::optional<Clocks::HolidayCalendar> holidays;
    for (Domain::Agreement &agreement : agreements) {
        if (agreement.objectionWindowDays <= 0 || agreement.notices.isEmpty())
            continue;
        if (!holidays)
            holidays = calendar();
        Domain::Agreement counted = agreement;
        Domain::AgreementRules::setObjectionDeadlines(counted, *holidays);
        if (counted.notices == agreement.notices)
            continue;
        // An ordinary save: one transaction per agreement, with its history entry saying which
        // dates changed from what to what.
        status = save(&counted);
        if (!status)
            return status;
        ++*recounted;
    }
    return Status::ok();
}

bool AgreementService::applyAttachments(qint64 id, const QString &agreementUuid,
                                        const QList<Domain::AttachmentInfo> &before,
                                        const QList<Domain::AttachmentInfo> &after,
                                        const std::function<bool(QSqlQuery &, qint64, QString *)> &write,
                                        QString *detail)
{
    QSqlQuery query(m_store.connection());
    const QString now = Domain::IsoTime::moment(m_store.now());
    if (!write(query, id, detail))
        return false;
    // Documents are added and removed one at a time, apart from save() (which keeps them as
    // stored): the row version stays, so an editor open on the agreement can still save its fields.
    if (!EntityTable::run(query, QStringLiteral("UPDATE agreement SET updated_at = ? WHERE id = ?"), {now, id})) {
        *detail = query.lastError().text();
        return false;
    }
    Domain::Agreement holder;
    holder.attachments = before;
    const QJsonValue oldValue = holder.toJson().value(QStringLiteral("attachments"));
    holder.attachments = after;
    const QJsonValue newValue = holder.toJson().value(QStringLiteral("attachments"));
    const Status status =
        AuditLog::append(m_store, Domain::EntityKinds::code(m_kind), agreementUuid, AuditLog::Action::Update,
                         QJsonObject{{QStringLiteral("attachments"), QJsonObject{{QStringLiteral("old"), oldValue},
                                                                                 {QStringLiteral("new"), newValue}}}});
    if (!status) {
        *detail = status.detail();
        return false;
    }
    return true;
}

Status AgreementService::importAttachments(const QString &agreementUuid, const QList<ImportedAttachment> &documents)
{
    const QString failure = tr("The documents could not be added. Nothing was changed.");
    QSqlDatabase &db = m_store.connection();
    Domain::Agreement agreement;
    Status status = load(agreementUuid, &agreement);
    if (!status)
        return status;
    qint64 id = 0;
    status = EntityTable::rowId(db, table(), agreementUuid, &id);
    if (!status)
        return status;
    QList<Domain::AttachmentInfo> after = agreement.attachments;
    for (const ImportedAttachment &document : documents) {
        Domain::AttachmentInfo info = document.info;
        info.fileName = info.fileName.trimmed();
        if (info.fileName.isEmpty())
            return refused(tr("The document was not added: it needs a file name."));
        if (info.uuid.isEmpty())
            info.uuid = newUuid();
        if (info.mimeType.trimmed().isEmpty())
            info.mimeType = QStringLiteral("application/octet-stream");
        info.size = document.content.size();
        info.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(document.content, QCryptographicHash::Sha256).toHex());
        if (!info.addedAt.isValid())
            info.addedAt = Domain::IsoTime::parseMoment(Domain::IsoTime::moment(m_store.now()));
        after.append(info);
    }
    QString detail;
    const bool ok = applyAttachments(
        id, agreementUuid, agreement.attachments, after,
        [&](QSqlQuery &query, qint64 owner, QString *problem) {
            for (qsizetype i = agreement.attachments.size(); i < after.size(); ++i) {
                const Domain::AttachmentInfo &info = after.at(i);
                const QByteArray &content = documents.at(i - agreement.attachments.size()).content;
                if (!EntityTable::run(
                        query,
                        QStringLiteral("INSERT INTO attachment (uuid, agreement_id, file_name, mime_type, "
                                       "size, sha256, description, content, added_at) VALUES (?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?)"),
                        {info.uuid, owner, info.fileName, info.mimeType, info.size, info.sha256,
                         info.description.isNull() ? QStringLiteral("") : info.description,
                         content.isNull() ? QByteArray("") : content, Domain::IsoTime::moment(info.addedAt)})) {
                    *problem = query.lastError().text();
                    return false;
                }
            }
            return true;
        },
        &detail);
    return ok ? Status::ok() : failed(failure, detail);
}

Status AgreementService::changeAttachments(const QString &agreementUuid, const QList<Domain::AttachmentInfo> &before,
                                           const QList<Domain::AttachmentInfo> &after, const QString &failure,
                                           const std::function<bool(QSqlQuery &, qint64, QString *)> &write)
{
    QSqlDatabase &db = m_store.connection();
    qint64 id = 0;
    Status status = EntityTable::rowId(db, table(), agreementUuid, &id);
    if (!status)
        return status;
    if (id == 0)
        return Status::error(Status::Code::NotFound, message(Message::NotFound));
    if (!db.transaction())
        return failed(failure, db.lastError().text());
    QString detail;
    bool ok = applyAttachments(id, agreementUuid, before, after, write, &detail);
    if (ok && !db.commit()) {
        ok = false;
        detail = db.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return failed(failure, detail);
    }
    announce(agreementUuid);
    return Status::ok();
}

Status AgreementService::addAttachment(const QString &agreementUuid, const QString &fileName, const QString &mimeType,
                                       const QByteArray &content, const QString &description,
                                       Domain::AttachmentInfo *added)
{
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return refused(tr("The document was not added: it needs a file name."));
    Domain::Agreement agreement;
    Status status = load(agreementUuid, &agreement);
    if (!status)
        return status;
    Domain::AttachmentInfo info;
    info.uuid = newUuid();
    info.fileName = name;
    info.mimeType = mimeType.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : mimeType.trimmed();
    info.size = content.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    info.description = description.trimmed();
    info.addedAt = Domain::IsoTime::parseMoment(Domain::IsoTime::moment(m_store.now()));
    QList<Domain::AttachmentInfo> after = agreement.attachments;
    after.append(info);
    status = changeAttachments(
        agreementUuid, agreement.attachments, after, tr("The document could not be added. Nothing was changed."),
        [&](QSqlQuery &query, qint64 id, QString *detail) {
            // An empty QByteArray is null and would bind as NULL: content is NOT NULL.
            const QByteArray bytes = content.isNull() ? QByteArray("") : content;
            if (EntityTable::run(query,
                                 QStringLiteral("INSERT INTO attachment (uuid, agreement_id, "
                                                "file_name, mime_type, size, sha256, "
                                                "description, content, added_at) VALUES (?, ?, "
                                                "?, ?, ?, ?, ?, ?, ?)"),
                                 {info.uuid, id, info.fileName, info.mimeType, info.size, info.sha256,
                                  info.description.isNull() ? QStringLiteral("") : info.description, bytes,
                                  Domain::IsoTime::moment(info.addedAt)}))
                return true;
            *detail = query.lastError().text();
            return false;
        });
    if (status && added)
        *added = info;
    return status;
}

Status AgreementService::attachmentContent(const QString &attachmentUuid, QByteArray *content) const
{
    content->clear();
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!EntityTable::run(query, QStringLiteral("SELECT content FROM attachment WHERE uuid = ?"), {attachmentUuid}))
        return EntityTable::readError(query);
    if (!query.next())
        return Status::error(Status::Code::NotFound, tr("The document could not be found: it may have been removed."));
    *content = query.value(0).toByteArray();
    return Status::ok();
}

Status AgreementService::removeAttachment(const QString &attachmentUuid)
{
    QString agreementUuid;
    {
        QSqlQuery query(m_store.connection());
        query.setForwardOnly(true);
        if (!EntityTable::run(
                query,
                QStringLiteral("SELECT g.uuid FROM attachment t JOIN agreement g ON g.id = t.agreement_id "
                               "WHERE t.uuid = ?"),
                {attachmentUuid}))
            return EntityTable::readError(query);
        if (!query.next())
            return Status::error(Status::Code::NotFound,
                                 tr("The document could not be found: it may have been removed."));
        agreementUuid = query.value(0).toString();
    }
    Domain::Agreement agreement;
    Status status = load(agreementUuid, &agreement);
    if (!status)
        return status;
    QList<Domain::AttachmentInfo> after = agreement.attachments;
    after.removeIf([&attachmentUuid](const Domain::AttachmentInfo &info) { return info.uuid == attachmentUuid; });
    return changeAttachments(
        agreementUuid, agreement.attachments, after, tr("The document could not be removed. Nothing was changed."),
        [&](QSqlQuery &query, qint64, QString *detail) {
            if (EntityTable::run(query, QStringLiteral("DELETE FROM attachment WHERE uuid = ?"), {attachmentUuid}))
                return true;
            *detail = query.lastError().text();
            return false;
        });
}

Status AgreementService::chainBelow(const QString &uuid, QList<Domain::Agreement> *agreements) const
{
    agreements->clear();
    // Every agreement below this one, through a recursive query; UNION (not UNION ALL) stops even
    // if a damaged file held a loop.
    const EntityTable::Filter below{
        QStringLiteral("WITH RECURSIVE below(id) AS ("
                       "SELECT id FROM agreement WHERE parent_agreement_id = "
                       "(SELECT id FROM agreement WHERE uuid = ?) "
                       "UNION SELECT a.id FROM agreement a JOIN below b ON a.parent_agreement_id = b.id) "
                       "SELECT id FROM below"),
        {uuid}};
    QList<Domain::Agreement> found;
    const Status status = EntityTable::fetch(m_store.connection(), spec(), below, &found);
    if (!status)
        return status;
    QHash<QString, QList<qsizetype>> children; // parent uuid -> positions in found, in title order
    for (qsizetype i = 0; i < found.size(); ++i)
        children[found.at(i).parentUuid].append(i);
    // Depth first: each agreement followed by the agreements below it.
    QSet<QString> visited;
    std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (const qsizetype i : children.value(parent)) {
            const Domain::Agreement &child = found.at(i);
            if (visited.contains(child.uuid))
                continue;
            visited.insert(child.uuid);
            agreements->append(child);
            visit(child.uuid);
        }
    };
    visit(uuid);
    return Status::ok();
}

} // namespace Custodian::Register
