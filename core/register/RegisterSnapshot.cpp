// The register as one consistent snapshot, with its indexes and look-ups, that the completeness
// check, the reports and the privacy statement read (declared in Completeness.h).
#include "Completeness.h"

#include "domain/Codes.h"
#include "register/CompletenessParts.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "storage/Store.h"

#include <QSet>

#include <algorithm>

namespace Custodian::Register {

using Domain::Agreement;

namespace {

QDate requestCheckSince()
{
    return QDate::currentDate().addMonths(-RegisterSnapshot::RequestCheckMonths);
}

} // namespace

Status RegisterSnapshot::load(Storage::Store &database, RegisterSnapshot *snapshot)
{
    *snapshot = RegisterSnapshot();
    Status status = OrganisationService(database).load(&snapshot->organisation);
    if (status)
        status = ActivityService(database).list(&snapshot->activities);
    if (status)
        status = ProcessorActivityService(database).list(&snapshot->processorActivities);
    if (status)
        status = PartyService(database).list(&snapshot->parties);
    if (status)
        status = AgreementService(database).list(&snapshot->agreements);
    if (status)
        status = RetentionRuleService(database).list(&snapshot->retentionRules);
    if (status)
        status = SecurityMeasureService(database).list(&snapshot->measures);
    if (status)
        status = LegalHoldService(database).list(&snapshot->legalHolds);
    if (status)
        status = CookieService(database).list(&snapshot->cookies);
    if (status)
        status = ControlReferenceService(database).list(&snapshot->controls);
    if (status)
        status = PrivacyStatementService(database).list(&snapshot->statements);
    if (status)
        status = StatementVersionService(database).list(&snapshot->statementVersions);
    if (status)
        status = ActivityVersionService::latestOfEach(database, &snapshot->latestActivityVersions);
    if (status)
        status = RequestService(database).listForCheck(requestCheckSince(), &snapshot->requests);
    if (status)
        status = BreachService(database).list(&snapshot->breaches);
    if (!status)
        return status;
    snapshot->buildIndex();
    return Status::ok();
}

bool RegisterSnapshot::readsRequest(const Domain::RequestCase &request)
{
    return !request.isPurged() && (!request.closedOn.isValid() || request.closedOn >= requestCheckSince());
}

namespace {

// Replaces, adds or removes the item with this uuid; `item` empty removes it.
template<typename T> void putItem(QList<T> &items, const QString &uuid, const std::optional<T> &item)
{
    const auto at = std::find_if(items.begin(), items.end(), [&uuid](const T &x) { return x.uuid == uuid; });
    if (at == items.end()) {
        if (item)
            items.append(*item);
    } else if (item) {
        *at = *item;
    } else {
        items.erase(at);
    }
}

} // namespace

namespace {

// Reads one item again with its service's load(): a missing item is taken out, one the check does
// not read (`reads` false) too.
template<typename Service, typename T, typename Reads>
Status reloadItem(Storage::Store &database, const QString &uuid, QList<T> &items, std::optional<T> *checked,
                  Reads reads)
{
    checked->reset();
    T item;
    const Status status = Service(database).load(uuid, &item);
    if (!status && status.code() != Status::Code::NotFound)
        return status;
    if (status && reads(item))
        *checked = std::move(item);
    putItem(items, uuid, *checked);
    return Status::ok();
}

} // namespace

Status RegisterSnapshot::reloadRequest(Storage::Store &database, const QString &uuid,
                                       std::optional<Domain::RequestCase> *checked)
{
    return reloadItem<RequestService>(database, uuid, requests, checked, &RegisterSnapshot::readsRequest);
}

Status RegisterSnapshot::reloadBreach(Storage::Store &database, const QString &uuid,
                                      std::optional<Domain::Breach> *checked)
{
    return reloadItem<BreachService>(database, uuid, breaches, checked, [](const Domain::Breach &) { return true; });
}

void RegisterSnapshot::buildIndex()
{
    partyIndex.clear();
    agreementIndex.clear();
    retentionRuleIndex.clear();
    agreementsAsProcessor.clear();
    agreementsAsController.clear();
    agreementsBelow.clear();
    partyIndex.reserve(parties.size());
    for (qsizetype i = 0; i < parties.size(); ++i)
        partyIndex.insert(parties.at(i).uuid, i);
    agreementIndex.reserve(agreements.size());
    for (qsizetype i = 0; i < agreements.size(); ++i) {
        const Agreement &agreement = agreements.at(i);
        agreementIndex.insert(agreement.uuid, i);
        if (agreement.processorUuid.isEmpty() && !agreement.controllerUuid.isEmpty())
            agreementsAsProcessor.insert(agreement.controllerUuid, i);
        else if (agreement.controllerUuid.isEmpty() && !agreement.processorUuid.isEmpty())
            agreementsAsController.insert(agreement.processorUuid, i);
        if (!agreement.parentUuid.isEmpty())
            agreementsBelow.insert(agreement.parentUuid, i);
    }
    retentionRuleIndex.reserve(retentionRules.size());
    for (qsizetype i = 0; i < retentionRules.size(); ++i)
        retentionRuleIndex.insert(retentionRules.at(i).uuid, i);
}

namespace {

// The indexed position when it still points at the right item; otherwise a scan.
template<typename T> const T *lookup(const QList<T> &items, const QHash<QString, qsizetype> &index, const QString &uuid)
{
    if (uuid.isEmpty())
        return nullptr;
    const qsizetype at = index.value(uuid, -1);
    if (at >= 0 && at < items.size() && items.at(at).uuid == uuid)
        return &items.at(at);
    // Not indexed, or the lists changed since: scan. In a loaded register every link resolves, so
    // this only runs for dangling links, which are findings anyway.
    for (const T &item : items) {
        if (item.uuid == uuid)
            return &item;
    }
    return nullptr;
}

} // namespace

const Domain::Party *RegisterSnapshot::party(const QString &uuid) const
{
    return lookup(parties, partyIndex, uuid);
}

const Domain::Agreement *RegisterSnapshot::agreement(const QString &uuid) const
{
    return lookup(agreements, agreementIndex, uuid);
}

const Domain::RetentionRule *RegisterSnapshot::retentionRule(const QString &uuid) const
{
    return lookup(retentionRules, retentionRuleIndex, uuid);
}

namespace {

// The agreement that governs the processing between our organisation and `party`: one in force
// on `today` if there is one, else the first of those that match. The index gives the candidates;
// when it does not cover the lists (not built, or items added or removed since), all are scanned.
template<typename Matches>
const Agreement *governingAgreement(const RegisterSnapshot &snapshot, const QMultiHash<QString, qsizetype> &index,
                                    const QString &party, QDate today, Matches matches)
{
    if (party.isEmpty())
        return nullptr;
    QList<qsizetype> positions;
    if (snapshot.agreementIndex.size() == snapshot.agreements.size()) {
        positions = index.values(party);
        std::sort(positions.begin(), positions.end());
    } else {
        for (qsizetype i = 0; i < snapshot.agreements.size(); ++i)
            positions.append(i);
    }
    const Agreement *found = nullptr;
    for (const qsizetype at : std::as_const(positions)) {
        if (at >= snapshot.agreements.size() || !matches(snapshot.agreements.at(at)))
            continue;
        const Agreement &agreement = snapshot.agreements.at(at);
        if (CompletenessCheck::isInForce(agreement, today))
            return &agreement;
        if (!found)
            found = &agreement;
    }
    return found;
}

} // namespace

const Domain::Agreement *RegisterSnapshot::agreementAsProcessorFor(const QString &controllerUuid, QDate today) const
{
    return governingAgreement(*this, agreementsAsProcessor, controllerUuid, today,
                              [&controllerUuid](const Agreement &a) {
                                  return a.processorUuid.isEmpty() && a.controllerUuid == controllerUuid;
                              });
}

const Domain::Agreement *RegisterSnapshot::agreementWithProcessor(const QString &processorUuid, QDate today) const
{
    return governingAgreement(*this, agreementsAsController, processorUuid, today,
                              [&processorUuid](const Agreement &a) {
                                  return a.controllerUuid.isEmpty() && a.processorUuid == processorUuid;
                              });
}

namespace CheckParts {

// Whether one of `linked` is among the agreements above this one in its sub-processing chain.
bool isBelowAny(const Agreement &agreement, const QList<const Agreement *> &linked, const RegisterSnapshot &snapshot)
{
    const Agreement *above = snapshot.agreement(agreement.parentUuid);
    // A chain is short; the bound only guards against a damaged register with a cycle.
    for (int depth = 0; above && depth < 32; ++depth) {
        if (linked.contains(above))
            return true;
        above = snapshot.agreement(above->parentUuid);
    }
    return false;
}

// The sub-processing agreements made under any of the linked ones, at any depth, in the register's
// order. Found from the linked agreements down (the index of agreements below), not by looking at
// every agreement of the register for each activity: that made the check of 10,000 activities and
// 5,000 agreements take seconds.
QList<const Agreement *> subProcessingBelowAll(const QList<const Agreement *> &linked, const RegisterSnapshot &snapshot)
{
    QList<const Agreement *> found;
    if (linked.isEmpty())
        return found;
    if (snapshot.agreementIndex.size() != snapshot.agreements.size()) {
        // A snapshot without its index: every agreement, looked at upwards.
        for (const Agreement &agreement : snapshot.agreements) {
            if (agreement.kind == QLatin1String("sub_processing") && isBelowAny(agreement, linked, snapshot))
                found.append(&agreement);
        }
        return found;
    }
    QList<qsizetype> positions;
    QSet<qsizetype> seen;
    QList<QString> level;
    for (const Agreement *agreement : linked)
        level.append(agreement->uuid);
    // A chain is short; the bound only guards against a damaged register with a cycle.
    for (int depth = 0; !level.isEmpty() && depth < 32; ++depth) {
        QList<QString> next;
        for (const QString &uuid : std::as_const(level)) {
            for (auto it = snapshot.agreementsBelow.constFind(uuid);
                 it != snapshot.agreementsBelow.cend() && it.key() == uuid; ++it) {
                const qsizetype at = it.value();
                if (at >= snapshot.agreements.size())
                    continue;
                const Agreement &below = snapshot.agreements.at(at);
                // A position the list no longer holds there (changed after the index was built).
                if (below.parentUuid != uuid || seen.contains(at))
                    continue;
                seen.insert(at);
                next.append(below.uuid);
                if (below.kind == QLatin1String("sub_processing"))
                    positions.append(at);
            }
        }
        level = next;
    }
    std::sort(positions.begin(), positions.end());
    for (const qsizetype at : std::as_const(positions))
        found.append(&snapshot.agreements.at(at));
    return found;
}

const Agreement *subProcessingBelow(const QList<const Agreement *> &linked, const QString &partyUuid,
                                    const RegisterSnapshot &snapshot)
{
    for (const Agreement *agreement : subProcessingBelowAll(linked, snapshot)) {
        if (agreement->processorUuid == partyUuid)
            return agreement;
    }
    return nullptr;
}

} // namespace CheckParts

const Domain::Agreement *RegisterSnapshot::processorAgreement(const Domain::ProcessingActivity &activity,
                                                              const QString &processorUuid, QDate today) const
{
    QList<const Agreement *> linked;
    for (const QString &uuid : activity.agreementUuids) {
        if (const Agreement *agreement = this->agreement(uuid))
            linked.append(agreement);
    }
    // Only an agreement that governs the processing today (A2): a terminated or expired one does not.
    for (const Agreement *agreement : std::as_const(linked)) {
        if (agreement->processorUuid == processorUuid && CompletenessCheck::isInForce(*agreement, today))
            return agreement;
    }
    const Agreement *sub = CheckParts::subProcessingBelow(linked, processorUuid, *this);
    if (sub && CompletenessCheck::isInForce(*sub, today))
        return sub;
    const Agreement *existing = agreementWithProcessor(processorUuid, today);
    return existing && CompletenessCheck::isInForce(*existing, today) ? existing : nullptr;
}

const Domain::StatementVersion *RegisterSnapshot::latestVersion(const QString &statementUuid) const
{
    const Domain::StatementVersion *latest = nullptr;
    for (const Domain::StatementVersion &version : statementVersions) {
        if (version.statementUuid == statementUuid && (!latest || version.number > latest->number))
            latest = &version;
    }
    return latest;
}

QList<Domain::StatementVersion> RegisterSnapshot::versionsOf(const QString &statementUuid) const
{
    QList<Domain::StatementVersion> versions;
    for (const Domain::StatementVersion &version : statementVersions) {
        if (version.statementUuid == statementUuid)
            versions.append(version);
    }
    std::sort(versions.begin(), versions.end(), [](const auto &a, const auto &b) { return a.number > b.number; });
    return versions;
}

} // namespace Custodian::Register
