#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "domain/ExtraField.h"
#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// Art. 30(1)(e) / 30(2)(c): a transfer to a third country or international organisation.
struct Transfer
{
    QString country;                // ISO 3166-1 alpha-2, or the organisation's name
    QString partyUuid;              // the recipient, when it is a party in the register
    QString mechanism;              // Codes::Kind::TransferMechanism; empty = not yet documented
    QString sccModule;              // Codes::Kind::SccModule, when mechanism is "scc"
    QString tiaReference;           // transfer impact assessment
    QDate dpfCheckedOn;             // when mechanism is "dpf": the date the certification was checked
    QString safeguards;             // Art. 49(1) second subparagraph: documentation of suitable safeguards
    QString derogation = {};        // Codes::Kind::Derogation, when mechanism is "derogation"
    bool dpfHrCovered = false;      // when mechanism is "dpf": the certification covers HR data
    QString saAuthorisation = {};   // Art. 46(3): the supervisory authority's authorisation (reference, date)
    QString safeguardsCopyVia = {}; // how people obtain a copy of the safeguards (Art. 13(1)(f))
    bool operator==(const Transfer &other) const = default;
    QJsonObject toJson() const;
};

// Art. 30(1)(c) and (f): a category of personal data, its special kind and its retention rule.
struct DataCategory
{
    QString name;
    QString specialCategory;   // Codes::Kind::SpecialCategory; empty = not special
    QString retentionRuleUuid; // empty = no retention rule linked yet
    // With a special category: the Art. 9(2) exception that allows it (Codes::Kind::Art9Exception),
    // and the Union or Dutch law it rests on where (b), (g), (h), (i) or (j) needs one ("UAVG art. 30").
    QString art9Exception = {};
    QString nationalGround = {};
    bool operator==(const DataCategory &other) const = default;
    QJsonObject toJson() const;
};

// Art. 30(1)(d): a category of recipients.
struct Recipient
{
    QString partyUuid;                         // when the recipient is a party in the register
    QString kind = QStringLiteral("external"); // Codes::Kind::RecipientKind
    QString description;                       // "Tax authority", "Hosting partner"
    QString disclosure; // Codes::Kind::Disclosure, for a public authority: a recipient, or an inquiry (Art. 4(9))
    bool operator==(const Recipient &other) const = default;
    QJsonObject toJson() const;
};

// Art. 26: another controller that determines the purposes and means of this activity together
// with the organisation, the arrangement between them and the contact point for data subjects.
struct JointControl
{
    QString partyUuid;
    QString arrangementRef; // where the arrangement is kept: "Covenant 2024-17"
    QString essence;        // the essence of the arrangement, made available to data subjects (Art. 26(2))
    QString contactPoint;   // for data subjects (Art. 26(1))
    bool operator==(const JointControl &other) const = default;
    QJsonObject toJson() const;
};

// Art. 30(1): one processing activity of the organisation as controller. One purpose per activity.
struct ProcessingActivity : Record, Stewardship
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::ProcessingActivity)
public:
    QString number; // "VA-0042": given by the register when the activity is made (ActivityService)
    QString name;
    QString purpose; // Art. 30(1)(b)
    QString description;
    QStringList lawfulBases;    // Art. 6(1), Codes::Kind::LawfulBasis, several allowed
    QString liaReference;       // legitimate-interest assessment, with basis "f"
    QString basisScope;         // with several bases: which basis covers which data subjects or data
    QString legalProvision;     // (c) and (e): the law that lays down the obligation or task (Art. 6(3))
    QString legitimateInterest; // (f): the legitimate interests pursued (Art. 13(1)(d))
    QString consentRecord;      // (a): where consent is recorded, to demonstrate it (Art. 7(1))
    QString consentWithdrawal;  // (a): how consent is withdrawn (Art. 7(3))
    bool criminalData = false;  // Art. 10
    QString criminalDataGround;
    bool bsn = false; // UAVG art. 46
    QString bsnGround;
    QStringList subjectCategories;        // Art. 30(1)(c)
    QList<DataCategory> dataCategories;   // Art. 30(1)(c), (f)
    QList<Recipient> recipients;          // Art. 30(1)(d)
    bool noRecipients = false;            // the data is disclosed to no one
    QList<Transfer> transfers;            // Art. 30(1)(e)
    QList<JointControl> jointControllers; // Art. 26, Art. 30(1)(a)
    QString dataSource;
    bool sourcePublic = false;       // taken from publicly accessible sources (Art. 14(2)(f))
    bool children = false;           // data of children (Art. 8; UAVG art. 5: under 16)
    QString systems;                 // applications used
    QString storageLocation;         // needed to answer access and erasure requests completely
    QString confidentiality;         // Codes::Kind::Confidentiality; empty = not said (the logging standard asks it)
    int logRetentionCount = 0;       // how long the log lines of this activity are kept
    QString logRetentionUnit;        // Codes::Kind::PeriodUnit
    bool automatedDecisions = false; // Art. 22
    bool profiling = false;
    QString automatedLogic;
    QString automatedConsequences; // significance and envisaged consequences (Arts. 13(2)(f), 15(1)(h))
    QString art22Exception;        // Codes::Kind::Art22Exception; needed with automated decisions
    QString art22LawReference;
    QString art22Safeguards;       // Art. 22(3): human intervention, expressing one's view, contesting
    bool publicMonitoring = false; // systematic monitoring of a publicly accessible area (Art. 35(3)(c))
    QStringList wp248Criteria;     // Codes::Kind::Wp248Criterion
    QString dpiaScreenedBy;
    QDate dpiaScreenedOn;
    QString dpiaRequired = QStringLiteral("unknown"); // Codes::Kind::DpiaRequired
    QStringList dpiaCriteria;                         // Codes::Kind::DpiaCriterion
    QString dpiaReasoning;
    QString dpiaStatus = QStringLiteral("not_started"); // Codes::Kind::DpiaStatus
    QString dpiaReference;
    QDate dpiaCompletedOn;
    QString dpiaResidualRisk;  // Codes::Kind::ResidualRisk
    QDate priorConsultationOn; // Art. 36: submitted to the supervisory authority
    QString priorConsultationReference;
    QString priorConsultationOutcome;
    QDate dpiaReviewOn; // Art. 35(11)
    QString approvedBy; // who established the record
    QDate approvedOn;
    QStringList measureUuids;   // Art. 30(1)(g)
    QStringList agreementUuids; // processor agreements this activity relies on
    // A public body: which of its administrative bodies (parties with ownBody) is the controller.
    QStringList controllerBodyUuids;
    QString category; // a grouping such as "Burgerzaken" (the GEMMA VAR's categorie)
    QString basedOn;  // the model processing it follows: an http(s) address (the VAR's gebaseerdOp)
    QString dpoNotes; // the data protection officer's notes: never published, not in activity versions
    // The public privacy statement (Arts. 12-14, 21(4)).
    bool publish = false;          // the activity is described in the privacy statement
    QStringList audiences;         // Codes::Kind::Audience: whose statement describes it
    QString publicPurpose;         // the purpose in words for the public; empty: the purpose
    QString provisionRequirement;  // Codes::Kind::ProvisionRequirement (Art. 13(2)(e))
    QString provisionConsequence;  // what happens when the data is not provided
    bool directMarketing = false;  // the right to object is absolute (Art. 21(2), (3))
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const ProcessingActivity &other) const = default;
    static const EntitySpec<ProcessingActivity> &spec();
    bool hasSpecialCategories() const;
    // Every special category rests on explicit consent (a) or a substantial public interest (g):
    // what Art. 22(4) allows automated decisions on.
    bool specialCategoriesAllowDecisions() const;
    // Input errors only (a name, valid codes, a next review not before the last one); what an
    // auditor would miss is the completeness check's business, not validation's.
    Findings validate() const;
    QJsonObject toJson() const;
};

// Art. 30(2): processing we carry out as a processor, for one controller or for many (a service
// offered to every customer is one record with every customer as a controller).
struct ProcessorActivity : Record, Stewardship
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::ProcessorActivity)
public:
    QString number; // "VA-0043": the same series as the controller's activities (ProcessorActivityService)
    QString name;
    QStringList controllerUuids;  // Art. 30(2)(a): each controller we act for (parties)
    QString processingCategories; // Art. 30(2)(b)
    QString description;
    // Not asked by Art. 30(2), but needed to assess a breach for each controller (Art. 33(2)) and
    // to help with their requests (Art. 28(3)(e), (f)).
    QString subjectCategories;
    QString dataCategories;
    bool specialCategories = false; // Art. 9(1)
    bool criminalData = false;      // Art. 10
    bool bsn = false;               // UAVG art. 46
    QString dataSource;
    QList<Transfer> transfers; // Art. 30(2)(c)
    QStringList measureUuids;  // Art. 30(2)(d)
    QStringList agreementUuids;
    QString storageLocation;
    QString publicDescription;     // the statement's words to the customers' users: the customer is the controller
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const ProcessorActivity &other) const = default;
    static const EntitySpec<ProcessorActivity> &spec();
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
