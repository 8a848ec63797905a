#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <memory>

#include "register/AuditLog.h"
#include "register/Completeness.h"
#include "register/LetterService.h"
#include "register/ReferenceIndex.h"
#include "register/Services.h"

namespace Custodian::Storage {
class Database;
}
namespace Custodian::Register {
class OrganisationService;
class RegisterSettingsService;
class RetentionRuleService;
class AgreementService;
} // namespace Custodian::Register

namespace Custodian::Ui {

// Everything the sections of one open register share: its services, the completeness findings
// (recomputed lazily after any change), and jump requests between sections.
class RegisterContext : public QObject
{
    Q_OBJECT
public:
    explicit RegisterContext(Storage::Database &database, QObject *parent = nullptr);
    ~RegisterContext() override;

    Storage::Database &database() { return m_database; }
    Register::OrganisationService &organisations() { return *m_organisations; }
    Register::RegisterSettingsService &settings() { return *m_settings; }
    Register::PartyService &parties() { return *m_parties; }
    Register::SecurityMeasureService &measures() { return *m_measures; }
    Register::CookieService &cookies() { return *m_cookies; }
    Register::ControlReferenceService &controls() { return *m_controls; }
    Register::PrivacyStatementService &statements() { return *m_statements; }
    Register::StatementVersionService &statementVersions() { return *m_statementVersions; }
    Register::RetentionRuleService &retentionRules() { return *m_retentionRules; }
    Register::ActivityService &activities() { return *m_activities; }
    Register::ProcessorActivityService &processorActivities() { return *m_processorActivities; }
    Register::ActivityVersionService &activityVersions() { return *m_activityVersions; }
    Register::AgreementService &agreements() { return *m_agreements; }
    Register::LegalHoldService &legalHolds() { return *m_legalHolds; }
    Register::RequestService &requests() { return *m_requests; }
    Register::BreachService &breaches() { return *m_breaches; }
    Register::LetterService &letters() { return *m_letters; }

    // "Today" for review dates and expiry; the real date unless a test sets one.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(QDate today);
    // "Now" for the breach clocks (hours matter there); the real moment unless a test sets one.
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    void setNow(const QDateTime &now) { m_now = now; }

    // All completeness findings; computed on first use after a change.
    const QList<Register::EntityFinding> &findings();
    // Whether findings() would answer without running the check.
    bool findingsReady() const { return m_fresh; }
    // What the check read the last time it ran, for checking an item as it is being edited.
    const Register::RegisterSnapshot &snapshot();
    // The findings of one item (entity code as in EntityFinding::entity).
    Domain::Findings findingsFor(const QString &entity, const QString &uuid);
    // Errors and warnings of one item, for list markers.
    int attentionCount(const QString &entity, const QString &uuid);

    // The name of an item, for the history ("" when it no longer exists); one query per call.
    QString nameOf(Domain::EntityKind kind, const QString &uuid);

    // The audit trail of one item, oldest first.
    [[nodiscard]] Status history(const QString &entity, const QString &uuid, QList<Register::AuditLog::Entry> *entries);

    // What refers to the items of a kind: referred uuid -> its referrers (Register::ReferenceIndex,
    // one query per kind of link). Serves the "Used by" lists and counts.
    [[nodiscard]] Status usage(Domain::EntityKind kind,
                               QHash<QString, QList<Register::ReferenceIndex::Referrer>> *usage);

    // Asks the window to show an item in its section ("party", "activity", ...).
    void requestShow(const QString &entity, const QString &uuid) { emit showRequested(entity, uuid); }
    // For reads whose failure leaves a part of a screen empty (a picker, a join): true when status
    // is ok; otherwise the window is told (readFailed) and the caller shows what it has.
    bool reportIfFailed(const Status &status);

signals:
    // Any write through any service: lists reload, findings are stale.
    void registerChanged(const QString &entity, const QString &uuid);
    void showRequested(const QString &entity, const QString &uuid);
    void readFailed(const QString &message);

private:
    void invalidate(Domain::EntityKind kind, const QString &uuid);
    // Brings the findings up to date: the whole check after most changes, or only the request
    // cases and breaches that changed since (their findings concern themselves alone).
    void ensureFresh();
    void compute();
    [[nodiscard]] Status checkAgain(Domain::EntityKind kind, const QString &uuid);
    void rebuildFindingIndex();

    Storage::Database &m_database;
    std::unique_ptr<Register::OrganisationService> m_organisations;
    std::unique_ptr<Register::RegisterSettingsService> m_settings;
    std::unique_ptr<Register::PartyService> m_parties;
    std::unique_ptr<Register::SecurityMeasureService> m_measures;
    std::unique_ptr<Register::CookieService> m_cookies;
    std::unique_ptr<Register::ControlReferenceService> m_controls;
    std::unique_ptr<Register::PrivacyStatementService> m_statements;
    std::unique_ptr<Register::StatementVersionService> m_statementVersions;
    std::unique_ptr<Register::RetentionRuleService> m_retentionRules;
    std::unique_ptr<Register::ActivityService> m_activities;
    std::unique_ptr<Register::ProcessorActivityService> m_processorActivities;
    std::unique_ptr<Register::ActivityVersionService> m_activityVersions;
    std::unique_ptr<Register::AgreementService> m_agreements;
    std::unique_ptr<Register::LegalHoldService> m_legalHolds;
    std::unique_ptr<Register::RequestService> m_requests;
    std::unique_ptr<Register::BreachService> m_breaches;
    std::unique_ptr<Register::LetterService> m_letters;
    QList<Register::EntityFinding> m_findings;
    Register::RegisterSnapshot m_snapshot;
    QHash<QString, QList<int>> m_findingIndex; // entity + '/' + uuid -> positions in m_findings
    bool m_fresh = false;
    // Request cases and breaches changed since the findings were fresh: (kind, uuid).
    QList<std::pair<Domain::EntityKind, QString>> m_changed;
    QDate m_today;
    QDateTime m_now;
};

} // namespace Custodian::Ui
