#include "ActivityService.h"

#include "register/CaseNumbers.h"
#include "register/ProcessorActivityService.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Custodian::Register {

namespace {

// Both kinds of activity draw from the one series.
const QString numbersTaken =
    QStringLiteral("(SELECT number FROM activity UNION ALL SELECT number FROM processor_activity) AS numbers");

} // namespace

ActivityService::ActivityService(Storage::Store &store, QObject *parent)
    : EntityService<Domain::ProcessingActivity>(store, parent)
{}

QString ActivityService::numberPrefix()
{
    return QStringLiteral("VA");
}

Status ActivityService::find(const QString &numberOrUuid, Domain::ProcessingActivity *activity) const
{
    QString key = numberOrUuid.trimmed();
    bool digits = false;
    const qint64 value = key.toLongLong(&digits);
    if (digits && value > 0)
        key = CaseNumbers::format(numberPrefix(), 0, value); // "42" is VA-0042
    EntityTable::Filter filter;
    filter.ids = QStringLiteral("SELECT id FROM activity WHERE number = ? OR uuid = ?");
    filter.binds = {key.toUpper(), key.toLower()};
    QList<Domain::ProcessingActivity> found;
    const Status status = EntityTable::fetch(m_store.connection(), spec(), filter, &found);
    if (!status)
        return status;
    if (found.isEmpty())
        return Status::error(Status::Code::NotFound, message(Message::NotFound));
    *activity = found.constFirst();
    return Status::ok();
}

Status ActivityService::numberFor(QSqlDatabase &db, QString *number)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The series' counter row first: on a team register a colleague numbering at the same moment
    // waits here, so that the number found free below is still free when it is written.
    if (!EntityTable::run(query, QStringLiteral("UPDATE register_counter SET value = value WHERE name = ?"),
                          {numberPrefix()}))
        return EntityTable::readError(query);
    static const QRegularExpression series(QStringLiteral("^VA-\\d{4,9}$"));
    *number = number->trimmed().toUpper();
    if (series.match(*number).hasMatch()) {
        if (!EntityTable::run(query, QStringLiteral("SELECT 1 FROM %1 WHERE number = ?").arg(numbersTaken), {*number}))
            return EntityTable::readError(query);
        if (!query.next())
            return CaseNumbers::taken(db, numberPrefix(), 0, *number);
    }
    // Not of the series, or taken: the next number.
    return CaseNumbers::next(db, numberPrefix(), 0, numbersTaken, number);
}

Status ActivityService::numberUnnumbered(QSqlDatabase &db)
{
    for (const char *table : {"activity", "processor_activity"}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!EntityTable::run(
                query,
                QStringLiteral("SELECT id FROM %1 WHERE number = '' ORDER BY created_at, id").arg(QLatin1String(table)),
                {}))
            return EntityTable::readError(query);
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        for (const qint64 id : std::as_const(ids)) {
            QString number;
            const Status status = numberFor(db, &number);
            if (!status)
                return status;
            if (!EntityTable::run(query,
                                  QStringLiteral("UPDATE %1 SET number = ? WHERE id = ?").arg(QLatin1String(table)),
                                  {number, id}))
                return EntityTable::readError(query);
        }
    }
    return Status::ok();
}

void ActivityService::prepare(Domain::ProcessingActivity &next, const Domain::ProcessingActivity &previous)
{
    // Given once: an editor or a file cannot renumber an activity that log lines cite.
    if (!previous.uuid.isEmpty() && !previous.number.isEmpty())
        next.number = previous.number;
}

Status ActivityService::allocate(QSqlDatabase &db, Domain::ProcessingActivity &next,
                                 const Domain::ProcessingActivity &previous)
{
    if (!previous.uuid.isEmpty() && !next.number.isEmpty())
        return Status::ok();
    return numberFor(db, &next.number);
}

ProcessorActivityService::ProcessorActivityService(Storage::Store &store, QObject *parent)
    : EntityService<Domain::ProcessorActivity>(store, parent)
{}

void ProcessorActivityService::prepare(Domain::ProcessorActivity &next, const Domain::ProcessorActivity &previous)
{
    if (!previous.uuid.isEmpty() && !previous.number.isEmpty())
        next.number = previous.number;
}

Status ProcessorActivityService::allocate(QSqlDatabase &db, Domain::ProcessorActivity &next,
                                          const Domain::ProcessorActivity &previous)
{
    if (!previous.uuid.isEmpty() && !next.number.isEmpty())
        return Status::ok();
    return ActivityService::numberFor(db, &next.number);
}

} // namespace Custodian::Register
