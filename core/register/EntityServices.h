#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>

#include "Status.h"
#include "domain/Agreement.h"
#include "domain/Party.h"
#include "domain/ProcessingActivity.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"

namespace Custodian::Storage {
class Database;
}

namespace Custodian::Register {

// The typed reads and writes of the register's entities. Shared contract of every service here:
// - save(&x): validates (errors refuse the write, with *findings filled); creates when x.uuid is
//   empty (assigning uuid and timestamps back into x), updates otherwise; one transaction holding
//   the row, its child rows and one AuditLog entry (entity code, uuid, create/update, the changed
//   top-level fields of toJson() as {"field": {"old", "new"}}); no write and no audit entry when
//   nothing changed; emits changed(uuid) after commit.
// - remove(uuid): refuses with a clear message naming what still refers to the item (prefer
//   retiring); otherwise deletes with an audit entry (action delete, the old toJson()).
// - Failures change nothing and come back as Status with a translated sentence.
// - list(): everything, in name order, children included, loaded with one query per table (never
//   one query per row): 10,000 activities must load well under a second.

class PartyService : public QObject
{
    Q_OBJECT
public:
    explicit PartyService(Storage::Database &database, QObject *parent = nullptr);
    Status list(QList<Domain::Party> *parties) const;
    Status load(const QString &uuid, Domain::Party *party) const;
    Status save(Domain::Party *party, Domain::Findings *findings = nullptr);
    Status setRetired(const QString &uuid, bool retired);
    Status remove(const QString &uuid);
signals:
    void changed(const QString &uuid);

private:
    Storage::Database &m_database;
};

class SecurityMeasureService : public QObject
{
    Q_OBJECT
public:
    explicit SecurityMeasureService(Storage::Database &database, QObject *parent = nullptr);
    Status list(QList<Domain::SecurityMeasure> *measures) const;
    Status load(const QString &uuid, Domain::SecurityMeasure *measure) const;
    Status save(Domain::SecurityMeasure *measure, Domain::Findings *findings = nullptr);
    Status setRetired(const QString &uuid, bool retired);
    Status remove(const QString &uuid);
signals:
    void changed(const QString &uuid);

private:
    Storage::Database &m_database;
};

class RetentionRuleService : public QObject
{
    Q_OBJECT
public:
    explicit RetentionRuleService(Storage::Database &database, QObject *parent = nullptr);
    Status list(QList<Domain::RetentionRule> *rules) const;
    Status load(const QString &uuid, Domain::RetentionRule *rule) const;
    Status save(Domain::RetentionRule *rule, Domain::Findings *findings = nullptr);
    Status setRetired(const QString &uuid, bool retired);
    Status remove(const QString &uuid);
    // Adds the Dutch statutory periods of the catalogue (GDPR-REFERENCE §6) that are not in the
    // register yet (by seed key), with names in the current translation; one transaction, audited.
    // Idempotent: a rule the organisation renamed or retired is not added again.
    Status seedCatalogue();
signals:
    void changed(const QString &uuid);

private:
    Storage::Database &m_database;
};

class ActivityService : public QObject
{
    Q_OBJECT
public:
    explicit ActivityService(Storage::Database &database, QObject *parent = nullptr);
    Status list(QList<Domain::ProcessingActivity> *activities) const;
    // The activities' own fields only, without their child lists (categories, recipients, transfers,
    // links): what a list of activities shows, read in one query.
    Status listSummaries(QList<Domain::ProcessingActivity> *activities) const;
    Status load(const QString &uuid, Domain::ProcessingActivity *activity) const;
    Status save(Domain::ProcessingActivity *activity, Domain::Findings *findings = nullptr);
    // Status "retired", audited as action retire.
    Status retire(const QString &uuid);
    Status remove(const QString &uuid);
signals:
    void changed(const QString &uuid);

private:
    Storage::Database &m_database;
};

class ProcessorActivityService : public QObject
{
    Q_OBJECT
public:
    explicit ProcessorActivityService(Storage::Database &database, QObject *parent = nullptr);
    Status list(QList<Domain::ProcessorActivity> *activities) const;
    Status load(const QString &uuid, Domain::ProcessorActivity *activity) const;
    Status save(Domain::ProcessorActivity *activity, Domain::Findings *findings = nullptr);
    Status retire(const QString &uuid);
    Status remove(const QString &uuid);
signals:
    void changed(const QString &uuid);

private:
    Storage::Database &m_database;
};

class AgreementService : public QObject
{
    Q_OBJECT
public:
    explicit AgreementService(Storage::Database &database, QObject *parent = nullptr);
    Status list(QList<Domain::Agreement> *agreements) const;
    Status load(const QString &uuid, Domain::Agreement *agreement) const;
    // Also computes each notice's objection deadline from receivedOn and objectionWindowDays with
    // the register's holiday calendar (Reg. 1182/71 day period); refuses a parent chain that loops.
    Status save(Domain::Agreement *agreement, Domain::Findings *findings = nullptr);
    Status remove(const QString &uuid);

    // Attachments live inside the encrypted register; each change is audited.
    Status addAttachment(const QString &agreementUuid, const QString &fileName, const QString &mimeType,
                         const QByteArray &content, const QString &description, Domain::AttachmentInfo *added);
    Status attachmentContent(const QString &attachmentUuid, QByteArray *content) const;
    Status removeAttachment(const QString &attachmentUuid);

    // The agreements below this one in the sub-processing chain, depth first.
    Status chainBelow(const QString &uuid, QList<Domain::Agreement> *agreements) const;
signals:
    void changed(const QString &uuid);

private:
    Storage::Database &m_database;
};

} // namespace Custodian::Register
