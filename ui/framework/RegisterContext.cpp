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
      m_retentionRules(std::make_unique<Register::RetentionRuleService>(database)),
      m_activities(std::make_unique<Register::ActivityService>(database)),
      m_processorActivities(std::make_unique<Register::ProcessorActivityService>(database)),
      m_agreements(std::make_unique<Register::AgreementService>(database)),
      m_legalHolds(std::make_unique<Register::LegalHoldService>(database)),
      m_requests(std::make_unique<Register::RequestService>(database)),
      m_breaches(std::make_unique<Register::BreachService>(database)),
      m_letters(std::make_unique<Register::LetterService>(database))
{
    // Every service announces its changes on the register's one change hub.
    connect(
        &database.changes(), &Storage::ChangeHub::changed, this,
        [this](Domain::EntityKind kind, const QString &uuid) { invalidate(Domain::EntityKinds::code(kind), uuid); });
}

RegisterContext::~RegisterContext() = default;

void RegisterContext::setToday(QDate today)
{
    m_today = today;
    m_fresh = false;
}

void RegisterContext::invalidate(const QString &entity, const QString &uuid)
{
    m_fresh = false;
    emit registerChanged(entity, uuid);
}

void RegisterContext::compute()
{
    m_findings.clear();
    m_findingIndex.clear();
    m_snapshot = {};
    if (Register::RegisterSnapshot::load(m_database, &m_snapshot))
        m_findings = Register::CompletenessCheck::run(m_snapshot, today());
    for (int i = 0; i < m_findings.size(); ++i)
        m_findingIndex[m_findings.at(i).entity + QLatin1Char('/') + m_findings.at(i).uuid].append(i);
    m_fresh = true;
}

const Register::RegisterSnapshot &RegisterContext::snapshot()
{
    if (!m_fresh)
        compute();
    return m_snapshot;
}

const QList<Register::EntityFinding> &RegisterContext::findings()
{
    if (!m_fresh)
        compute();
    return m_findings;
}

Domain::Findings RegisterContext::findingsFor(const QString &entity, const QString &uuid)
{
    if (!m_fresh)
        compute();
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
