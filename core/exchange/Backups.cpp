#include "Backups.h"

#include "register/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Custodian::Exchange {

namespace {

const QString stampFormat = QStringLiteral("yyyy-MM-dd HHmmss");

// The start of the register's id: two registers of the same name sharing a backup folder keep
// their own generations.
QString idTag(const QString &registerId)
{
    return registerId.left(8);
}

// "<base> YYYY-MM-DD HHMMSS <id>[-N].<suffix>" for the register's base name, id and suffix.
QRegularExpression generationPattern(const QString &registerPath, const QString &registerId)
{
    const QFileInfo info(registerPath);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("custodian") : info.suffix();
    return QRegularExpression(QStringLiteral("^%1 (\\d{4}-\\d{2}-\\d{2} \\d{6}) %2(?:-\\d+)?\\.%3$")
                                  .arg(QRegularExpression::escape(info.completeBaseName()),
                                       QRegularExpression::escape(idTag(registerId)),
                                       QRegularExpression::escape(suffix)));
}

QDateTime lastChangeAt(QSqlDatabase &db, qint64 seq)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at FROM audit_log WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return QDateTime();
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

Status summarise(Storage::Database &database, Backups::Summary *summary)
{
    summary->registerId = database.registerId();
    summary->schemaVersion = database.schemaVersion();
    summary->head = database.historyHead();
    summary->stateAt = lastChangeAt(database.connection(), summary->head.count);
    summary->historyVerified = Storage::HistoryChain::verify(database.connection()).ok;
    return Register::RegisterCounts::read(database, QDate::currentDate(), &summary->counts);
}

} // namespace

QString Backups::defaultFolder(const QString &registerPath)
{
    return QFileInfo(registerPath).absoluteDir().filePath(tr("Custodian backups"));
}

QList<Backups::Generation> Backups::generations(const QString &folder, const QString &registerPath,
                                                const QString &registerId)
{
    const QRegularExpression pattern = generationPattern(registerPath, registerId);
    QList<Generation> found;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(match.captured(1), stampFormat);
        if (at.isValid())
            found.append({file.absoluteFilePath(), at, file.size()});
    }
    std::stable_sort(found.begin(), found.end(), [](const Generation &a, const Generation &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return found;
}

Status Backups::takeGeneration(Storage::Database &database, const QString &passphrase, const QString &folder, int keep,
                               const QDateTime &now, Generation *made)
{
    const QFileInfo info(database.path());
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("custodian") : info.suffix();
    const QString stem = QStringLiteral("%1 %2 %3")
                             .arg(info.completeBaseName(), now.toString(stampFormat), idTag(database.registerId()));
    QDir dir(folder);
    QString path = dir.filePath(stem + QLatin1Char('.') + suffix);
    for (int n = 2; QFileInfo::exists(path) && n < 100; ++n)
        path = dir.filePath(QStringLiteral("%1-%2.%3").arg(stem, QString::number(n), suffix));
    const Status status = database.saveCopy(path, passphrase);
    if (!status)
        return status;
    if (made)
        *made = {QFileInfo(path).absoluteFilePath(), now, QFileInfo(path).size()};
    const QList<Generation> all = generations(folder, database.path(), database.registerId());
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return Status::ok();
}

Status Backups::inspect(const QString &backupPath, const QString &passphrase, Summary *summary)
{
    Storage::Database backup;
    Status status = backup.open(backupPath, passphrase, Storage::Database::Mode::ReadOnly);
    if (!status)
        return status;
    status = summarise(backup, summary);
    backup.close();
    return status;
}

Status Backups::restore(const QString &backupPath, const QString &passphrase, const QString &path, Summary *restored)
{
    const QString name = Storage::SqliteFile::displayName(path);
    if (QFileInfo::exists(path))
        return Status::error(
            Status::Code::FileExists,
            tr("The file %1 already exists. A backup is restored as a new file: choose another name.").arg(name));
    Summary from;
    {
        Storage::Database backup;
        Status status = backup.open(backupPath, passphrase, Storage::Database::Mode::ReadOnly);
        if (!status)
            return status;
        status = summarise(backup, &from);
        if (status && from.schemaVersion >= 5 && !from.historyVerified)
            status = Status::error(Status::Code::Damaged,
                                   tr("The history of the backup %1 does not verify: it was damaged or changed. "
                                      "Nothing was restored.")
                                       .arg(Storage::SqliteFile::displayName(backupPath)));
        if (status)
            status = backup.saveCopy(path, passphrase);
        backup.close();
        if (!status)
            return status;
    }

    // The copy is the register as it was; opening it for writing brings it to this version's
    // schema, and the restore is its first new entry.
    Storage::Database target;
    Status status = target.open(path, passphrase, Storage::Database::Mode::ReadWrite);
    if (!status)
        return Status::error(
            status.code(),
            tr("The backup was copied to %1, but the copy could not be opened: %2").arg(name, status.message()),
            status.detail());
    QSqlDatabase &db = target.connection();
    const QString failed =
        tr("The backup was copied to %1, but the restore could not be recorded in its history.").arg(name);
    if (!db.transaction())
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    QJsonObject changes;
    Register::AuditLog::recordChange(changes, QStringLiteral("restoredFromState"), QString(), from.head.text());
    Register::AuditLog::recordChange(changes, QStringLiteral("restoredFromStateAt"), QString(),
                                     from.stateAt.toUTC().toString(Qt::ISODateWithMs));
    Register::AuditLog::recordChange(changes, QStringLiteral("restoredFromFile"), QString(),
                                     QFileInfo(backupPath).fileName());
    status = Register::AuditLog::append(target, QStringLiteral("register"), target.registerId(),
                                        Register::AuditLog::Action::Restore, changes);
    if (!status || !db.commit()) {
        const QString detail = status ? db.lastError().text() : status.detail();
        db.rollback();
        return Status::error(Status::Code::DatabaseError, failed, detail);
    }
    Storage::Database::acceptHead(target.registerId(), target.historyHead());
    if (restored) {
        status = summarise(target, restored);
        if (!status)
            return status;
    }
    target.close();
    return Status::ok();
}

} // namespace Custodian::Exchange
