#include "LdvExport.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/IsoPeriod.h"
#include "domain/IsoTime.h"
#include "exchange/ExchangeTables.h"
#include "exchange/FileBundle.h"
#include "register/ActivityService.h"
#include "register/ActivityVersionService.h"
#include "register/OrganisationService.h"
#include "storage/HistoryChain.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace Custodian::Exchange {

namespace {

QString confidentialityWord(const QString &code)
{
    // The logging standard's words.
    return code == QLatin1String("normal")         ? QStringLiteral("normaal")
           : code == QLatin1String("confidential") ? QStringLiteral("vertrouwelijk")
                                                   : QString();
}

// What a version file says: written from the version's own record only.
QJsonObject versionFile(const Domain::ActivityVersion &version, const DocumentLanguage &dutch)
{
    const QJsonObject content = QJsonDocument::fromJson(version.content.toUtf8()).object();
    const QJsonObject activity = content.value(QStringLiteral("activity")).toObject();
    QJsonArray bases;
    for (const QJsonValue &basis : activity.value(QStringLiteral("lawfulBases")).toArray())
        bases.append(QJsonObject{{QStringLiteral("code"), basis.toString()},
                                 {QStringLiteral("omschrijving"),
                                  Domain::Codes::label(Domain::Codes::Kind::LawfulBasis, basis.toString(), dutch)}});
    // The retention periods of its data; the longest fixed one is the activity's.
    QJsonArray periods;
    QString longest;
    int longestDays = 0;
    const QJsonObject rules = content.value(QStringLiteral("retention")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QJsonObject rule = it.value().toObject();
        const int count = rule.value(QStringLiteral("periodCount")).toInt();
        const QString unit = rule.value(QStringLiteral("periodUnit")).toString();
        const QString iso = Domain::IsoPeriod::format(count, unit);
        periods.append(QJsonObject{{QStringLiteral("naam"), rule.value(QStringLiteral("name")).toString()},
                                   {QStringLiteral("termijn"), iso},
                                   {QStringLiteral("soort"), rule.value(QStringLiteral("periodKind")).toString()},
                                   {QStringLiteral("aanvang"), rule.value(QStringLiteral("trigger")).toString()}});
        const int days = Domain::IsoPeriod::approximateDays(count, unit);
        if (!iso.isEmpty() && days > longestDays) {
            longestDays = days;
            longest = iso;
        }
    }
    return QJsonObject{
        {QStringLiteral("uri"), version.uri},
        {QStringLiteral("verwerkingsactiviteitId"), version.activityUuid},
        {QStringLiteral("nummer"), version.activityNumber},
        {QStringLiteral("versie"), version.number},
        {QStringLiteral("vastgesteldOp"), Domain::IsoTime::moment(version.establishedAt)},
        {QStringLiteral("naam"), version.name},
        {QStringLiteral("doel"), activity.value(QStringLiteral("purpose")).toString()},
        {QStringLiteral("grondslag"), bases},
        {QStringLiteral("vertrouwelijkheid"),
         confidentialityWord(activity.value(QStringLiteral("confidentiality")).toString())},
        {QStringLiteral("bewaartermijn"), longest},
        {QStringLiteral("bewaartermijnen"), periods},
        {QStringLiteral("logBewaartermijn"),
         Domain::IsoPeriod::format(activity.value(QStringLiteral("logRetentionCount")).toInt(),
                                   activity.value(QStringLiteral("logRetentionUnit")).toString())},
        {QStringLiteral("digest"), version.digest},
        {QStringLiteral("inhoud"), content},
    };
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

Status LdvExport::write(Storage::Store &store, const QString &path, Storage::HistoryHead *state, int *versions)
{
    *versions = 0;
    const QString failed = tr("The activity versions could not be written to %1.").arg(QDir::toNativeSeparators(path));
    if (QFileInfo::exists(path) && !(QFileInfo(path).isDir() && QDir(path).isEmpty()))
        return Status::error(
            Status::Code::InvalidInput,
            tr("%1 already exists; Custodian does not write over files.").arg(QDir::toNativeSeparators(path)));
    // One state of the register: the versions, the activities' states and the organisation.
    QSqlDatabase &db = store.connection();
    if (!beginSnapshot(store))
        return Status::error(Status::Code::DatabaseError, failed, db.lastError().text());
    QList<Domain::ActivityVersion> all;
    QList<Domain::ProcessingActivity> activities;
    Domain::Organisation organisation;
    Status status = Storage::HistoryChain::readHead(db, state);
    if (status)
        status = Register::ActivityVersionService(store).list(&all);
    if (status)
        status = Register::ActivityService(store).listSummaries(&activities);
    if (status)
        status = Register::OrganisationService(store).load(&organisation);
    db.rollback(); // read only
    if (!status)
        return status;

    QHash<QString, const Domain::ProcessingActivity *> activityOf;
    for (const Domain::ProcessingActivity &activity : std::as_const(activities))
        activityOf.insert(activity.uuid, &activity);
    QHash<QString, int> latest;
    for (const Domain::ActivityVersion &version : std::as_const(all))
        latest[version.activityUuid] = std::max(latest.value(version.activityUuid), version.number);
    std::sort(all.begin(), all.end(), [](const Domain::ActivityVersion &a, const Domain::ActivityVersion &b) {
        return a.activityNumber != b.activityNumber ? a.activityNumber < b.activityNumber : a.number < b.number;
    });

    const DocumentLanguage dutch(QStringLiteral("nl"));
    QList<FileBundle::Entry> files;
    QJsonArray index;
    for (const Domain::ActivityVersion &version : std::as_const(all)) {
        const QString file = QStringLiteral("activity/%1/%2.json").arg(version.activityUuid).arg(version.number);
        files.append({file, text(versionFile(version, dutch))});
        const Domain::ProcessingActivity *activity = activityOf.value(version.activityUuid);
        const bool retired = !activity || activity->status == QLatin1String("retired");
        const bool established =
            Register::ActivityVersionService::stateOf(version, latest.value(version.activityUuid), retired) ==
            Domain::ActivityVersion::State::Established;
        index.append(QJsonObject{
            {QStringLiteral("uri"), version.uri},
            {QStringLiteral("pad"), file},
            {QStringLiteral("verwerkingsactiviteitId"), version.activityUuid},
            {QStringLiteral("nummer"), version.activityNumber},
            {QStringLiteral("naam"), version.name},
            {QStringLiteral("versie"), version.number},
            {QStringLiteral("status"), established ? QStringLiteral("vastgesteld") : QStringLiteral("vervallen")}});
    }
    const QJsonObject head{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("registerId"), store.registerId()},
        {QStringLiteral("registerState"), state->text()},
        {QStringLiteral("exportedAt"), Domain::IsoTime::moment(store.now())},
        {QStringLiteral("verantwoordelijkeOrganisatie"), organisation.name},
        {QStringLiteral("basisUri"), organisation.activityUriBaseOr(store.registerId())},
        {QStringLiteral("versies"), index},
    };
    files.prepend({QStringLiteral("index.json"), text(head)});
    status = FileBundle::write(path, files, failed);
    if (status)
        *versions = int(all.size());
    return status;
}

} // namespace Custodian::Exchange
