#include "framework/RegisterContext.h"

#include "register/queries/ListRows.h"

#include "register/OrganisationService.h"
#include "register/RegisterSettingsService.h"
#include "register/Services.h"
#include "storage/Database.h"

namespace Custodian::Ui {

RegisterContext::RegisterContext(Storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_organisations(std::make_unique<Register::OrganisationService>(database)),
      m_settings(std::make_unique<Register::RegisterSettingsService>(database)),
      m_parties(std::make_unique<Register::PartyService>(database)),
      m_measures(std::make_unique<Register::SecurityMeasureService>(database)),
      m_cookies(std::make_unique<Register::CookieService>(database)),
      m_controls(std::make_unique<Register::ControlReferenceService>(database)),
      m_statements(std::make_unique<Register::PrivacyStatementService>(database)),
      m_statementVersions(std::make_unique<Register::StatementVersionService>(database)),
      m_retentionRules(std::make_unique<Register::RetentionRuleService>(database)),
      m_activities(std::make_unique<Register::ActivityService>(database)),
      m_processorActivities(std::make_unique<Register::ProcessorActivityService>(database)),
      m_activityVersions(std::make_unique<Register::ActivityVersionService>(database)),
      m_agreements(std::make_unique<Register::AgreementService>(database)),
      m_legalHolds(std::make_unique<Register::LegalHoldService>(database)),
      m_requests(std::make_unique<Register::RequestService>(database)),
      m_breaches(std::make_unique<Register::BreachService>(database)),
      m_letters(std::make_unique<Register::LetterService>(database))
{
    // Every service announces its changes on the register's one change hub.
    connect(&database.changes(), &Storage::ChangeHub::changed, this,
            [this](Domain::EntityKind kind, const QString &uuid) { invalidate(kind, uuid); });
}

RegisterContext::~RegisterContext() = default;

void RegisterContext::setToday(QDate today)
{
    m_today = today;
    m_fresh = false;
    m_changed.clear();
}

void RegisterContext::invalidate(Domain::EntityKind kind, const QString &uuid)
{
    // A few cases or breaches are checked again alone; anything else (or many at once, such as a
    // purge of a year's cases) reads the register again.
    constexpr qsizetype MostChecksAlone = 50;
    const bool alone = (kind == Domain::EntityKind::RequestCase || kind == Domain::EntityKind::Breach) &&
                       !uuid.isEmpty() && m_changed.size() < MostChecksAlone;
    if (m_fresh && alone) {
        const std::pair<Domain::EntityKind, QString> item(kind, uuid);
        if (!m_changed.contains(item))
            m_changed.append(item);
    } else {
        m_fresh = false;
        m_changed.clear();
    }
    emit registerChanged(Domain::EntityKinds::code(kind), uuid);
}

void RegisterContext::ensureFresh()
{
    if (m_fresh && !m_changed.isEmpty()) {
        const QList<std::pair<Domain::EntityKind, QString>> changed = std::exchange(m_changed, {});
        for (const auto &[kind, uuid] : changed) {
            if (!checkAgain(kind, uuid)) {
                m_fresh = false;
                break;
            }
        }
        if (m_fresh)
            rebuildFindingIndex();
    }
    if (!m_fresh)
        compute();
}

Status RegisterContext::checkAgain(Domain::EntityKind kind, const QString &uuid)
{
    const QString entity = Domain::EntityKinds::code(kind);
    Domain::Findings found;
    QString name;
    Status status;
    if (kind == Domain::EntityKind::RequestCase) {
        std::optional<Domain::RequestCase> request;
        status = m_snapshot.reloadRequest(m_database, uuid, &request);
        if (status && request) {
            name = request->number;
            found = Register::CompletenessCheck::forRequest(*request, m_snapshot, today());
        }
    } else {
        std::optional<Domain::Breach> breach;
        status = m_snapshot.reloadBreach(m_database, uuid, &breach);
        if (status && breach) {
            name = breach->number;
            found = Register::CompletenessCheck::forBreach(*breach, m_snapshot, today());
        }
    }
    if (!status)
        return status;
    m_findings.removeIf(
        [&](const Register::EntityFinding &item) { return item.uuid == uuid && item.entity == entity; });
    for (const Domain::Finding &finding : std::as_const(found))
        m_findings.append({entity, uuid, name, finding});
    return Status::ok();
}

void RegisterContext::rebuildFindingIndex()
{
    m_findingIndex.clear();
    for (int i = 0; i < m_findings.size(); ++i)
        m_findingIndex[m_findings.at(i).entity + QLatin1Char('/') + m_findings.at(i).uuid].append(i);
}

void RegisterContext::compute()
{
    m_findings.clear();
    m_changed.clear();
    m_snapshot = {};
    if (Register::RegisterSnapshot::load(m_database, &m_snapshot))
        m_findings = Register::CompletenessCheck::run(m_snapshot, today());
    rebuildFindingIndex();
    m_fresh = true;
}

const Register::RegisterSnapshot &RegisterContext::snapshot()
{
    ensureFresh();
    return m_snapshot;
}

const QList<Register::EntityFinding> &RegisterContext::findings()
{
    ensureFresh();
    return m_findings;
}

Domain::Findings RegisterContext::findingsFor(const QString &entity, const QString &uuid)
{
    ensureFresh();
    Domain::Findings result;
    const QList<int> positions = m_findingIndex.value(entity + QLatin1Char('/') + uuid);
    for (const int position : positions)
        result.append(m_findings.at(position).finding);
    return result;
}

Status RegisterContext::history(const QString &entity, const QString &uuid, QList<Register::AuditLog::Entry> *entries)
{
    return Register::AuditLog::readEntries(m_database.connection(), entity, uuid, entries);
}

QString RegisterContext::nameOf(Domain::EntityKind kind, const QString &uuid)
{
    QHash<QString, QString> names;
    reportIfFailed(Register::ListRows::displayNames(m_database, kind, {uuid}, &names));
    return names.value(uuid);
}

Status RegisterContext::usage(Domain::EntityKind kind, QHash<QString, QList<Register::ReferenceIndex::Referrer>> *usage)
{
    return Register::ReferenceIndex::usage(m_database.connection(), kind, usage);
}

int RegisterContext::attentionCount(const QString &entity, const QString &uuid)
{
    const Domain::Findings found = findingsFor(entity, uuid);
    return int(std::count_if(found.cbegin(), found.cend(), [](const Domain::Finding &finding) {
        return finding.severity != Domain::Finding::Severity::Info;
    }));
}

bool RegisterContext::reportIfFailed(const Status &status)
{
    if (status)
        return true;
    emit readFailed(status.message());
    return false;
}

} // namespace Custodian::Ui
