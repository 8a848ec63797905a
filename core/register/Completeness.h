#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>

#include "Status.h"
#include "domain/Agreement.h"
#include "domain/Finding.h"
#include "domain/Organisation.h"
#include "domain/Party.h"
#include "domain/ProcessingActivity.h"
#include "domain/RetentionRule.h"
#include "domain/SecurityMeasure.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// Everything the completeness check looks at, loaded in bulk.
struct RegisterSnapshot
{
    Domain::Organisation organisation;
    QList<Domain::ProcessingActivity> activities;
    QList<Domain::ProcessorActivity> processorActivities;
    QList<Domain::Party> parties;
    QList<Domain::Agreement> agreements;
    QList<Domain::RetentionRule> retentionRules;
    QList<Domain::SecurityMeasure> measures;

    // Loads everything with the services' bulk list()s and builds the index.
    static Status load(Storage::Store &database, RegisterSnapshot *snapshot);

    // Lookups by uuid for the check (nullptr when there is none). buildIndex() makes them constant
    // time; without it, or after the lists changed, they scan the lists, so they are never wrong.
    void buildIndex();
    const Domain::Party *party(const QString &uuid) const;
    const Domain::Agreement *agreement(const QString &uuid) const;
    const Domain::RetentionRule *retentionRule(const QString &uuid) const;
    // An agreement that names this party as controller and our organisation as processor: one in
    // force on `today` if there is one, else any (nullptr when there is none).
    const Domain::Agreement *agreementAsProcessorFor(const QString &controllerUuid, QDate today) const;
    // An agreement in which our organisation is controller and this party the processor: one in
    // force if there is one, else any.
    const Domain::Agreement *agreementWithProcessor(const QString &processorUuid, QDate today) const;

    // Built by buildIndex(): uuid -> position in the lists above.
    QHash<QString, qsizetype> partyIndex;
    QHash<QString, qsizetype> agreementIndex;
    QHash<QString, qsizetype> retentionRuleIndex;
    QHash<QString, qsizetype> controllersServed; // controller uuid -> an agreement with us as its processor
};

// What an auditor would raise about one item.
struct EntityFinding
{
    QString entity; // the kind's code (Domain::EntityKinds::code)
    QString uuid;
    QString name; // the item's name or title, for lists
    Domain::Finding finding;
};

// The completeness check (issue: the register). Pure functions of a snapshot and today's date;
// messages in the current translation. A single field or list the record expects (purpose, lawful
// basis, subject and data categories, recipients, measures, storage location, processing
// categories) is declared with its reason in the entity's field table (Field::expect); the rules
// that look at more than one field are here. Rules, per item:
// activity: purpose (30(1)(b)); lawful basis (Art. 6); subject and data categories (30(1)(c));
//   special category without Art. 9(2) exception; criminal data / BSN without ground; basis (f)
//   without LIA reference; recipients (30(1)(d)); transfer without country or mechanism (30(1)(e)),
//   SCC without module, DPF not checked in the last 12 months; data category without retention rule
//   (30(1)(f)); retention rule without legal ground; no measures (30(1)(g)); no storage location
//   (AP advice); no owner; next review passed or missing; expired or terminated agreement linked to
//   an active activity; DPIA needed but not completed, or an AP-list criterion with DPIA "no".
// processor activity: controller (30(2)(a)), categories (30(2)(b)), transfers (30(2)(c)),
//   measures (30(2)(d)), storage location, review date, no agreement with that controller.
// agreement: each unticked Art. 28(3) item; sub-processing without parent; expired while active;
//   review date passed; general authorisation without objection window; pending notice past its
//   objection deadline; terminated without proof of deletion or return; no signed document.
// Retired activities are not checked; a terminated agreement is only checked for the proof of
// deletion or return and its signed document.
class CompletenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::CompletenessCheck)
public:
    static QList<EntityFinding> run(const RegisterSnapshot &snapshot, QDate today);
    static Domain::Findings forActivity(const Domain::ProcessingActivity &activity, const RegisterSnapshot &snapshot,
                                        QDate today);
    static Domain::Findings forProcessorActivity(const Domain::ProcessorActivity &activity,
                                                 const RegisterSnapshot &snapshot, QDate today);
    static Domain::Findings forAgreement(const Domain::Agreement &agreement, const RegisterSnapshot &snapshot,
                                         QDate today);
    // A seeded rule that still holds a text the catalogue has since corrected.
    static Domain::Findings forRetentionRule(const Domain::RetentionRule &rule);
    // Governs processing on `today`: active, not expired, and its effective date reached (A2).
    static bool isInForce(const Domain::Agreement &agreement, QDate today);
    // [{"entity", "uuid", "name", "field", "severity": "error|warning|info", "message"}]
    static QJsonArray toJson(const QList<EntityFinding> &findings);
};

} // namespace Custodian::Register
