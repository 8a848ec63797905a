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
struct ProcessingActivity;

// A follow-up action of a breach: who does what by when.
struct BreachAction
{
    QString description;
    QString owner;
    QDate dueOn;
    QDate doneOn;

    bool operator==(const BreachAction &other) const = default;
};

// Where the organisation is the processor: a controller to notify (Art. 33(2)) by the term of the
// agreement with it.
struct ControllerNotice
{
    QString partyUuid;     // the controller
    QString agreementUuid; // the agreement whose term counts
    QDateTime dueAt;       // computed: awareness plus the agreement's term in hours
    QDateTime notifiedAt;

    bool operator==(const ControllerNotice &other) const = default;
};

// A personal data breach (Arts. 33-34 GDPR; DOMAIN-REVIEW I.2, after the sections of the Dutch
// AP's notification form). Every breach is recorded, notified or not (Art. 33(5)). The clock runs
// 72 hours of elapsed time from awareness: a reasonable degree of certainty that personal data
// were compromised.
struct Breach : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::Breach)
public:
    QString number; // "B-2026-0001": per year of awareness, never reused
    QString title;  // a short name for lists ("Payslips e-mailed to the wrong colleague")
    QString summary;
    QString status = QStringLiteral("open"); // Codes::Kind::BreachStatus
    // Timeline (AP form section 2).
    QDateTime occurredFrom;
    QDateTime occurredTo;
    bool ongoing = false;
    QDateTime detectedAt;
    QString detectedBy;
    QString detectionSource; // Codes::Kind::BreachSource
    QDateTime awareAt;
    QString awarenessReasoning;
    QDateTime processorNoticeAt; // the processor's notice reached us (Art. 33(2))
    QDateTime notifyBy;          // computed: awareAt + 72 hours
    // The breach (section 3).
    QStringList cia;      // Codes::Kind::BreachCia
    QStringList effects;  // Codes::Kind::BreachEffect
    QString incidentType; // Codes::Kind::IncidentType
    QString cause;        // Codes::Kind::BreachCause
    QString rootCause;    // what lay beneath it, for the lessons (BIO2 5.27)
    // Data and people (sections 4 and 5).
    QStringList activities;        // processing activities affected
    QStringList dataTypes;         // Codes::Kind::BreachDataType
    QStringList specialCategories; // Codes::Kind::SpecialCategory
    QString subjectGroups;
    QStringList vulnerableGroups; // Codes::Kind::VulnerableGroup
    int subjectsMin = 0;
    int subjectsMax = 0;
    int recordsMin = 0;
    int recordsMax = 0;
    QString systems;
    // Protection before the breach (section 6).
    bool encrypted = false;
    bool hashed = false;
    bool pseudonymised = false;
    bool keyCompromised = false;
    QString protectionNotes;
    // Consequences and risk (section 7).
    QString consequences;
    QStringList harms; // Codes::Kind::BreachHarm
    QString riskLevel; // Codes::Kind::RiskLevel
    QString riskReasoning;
    QString decidedBy;
    QDateTime dpoInformedAt; // the data protection officer was told
    QString dpoAdvice;
    // Art. 33: the supervisory authority.
    QString notifyAp; // Codes::Kind::YesNo
    QString notifyApReasoning;
    QDateTime apNotifiedAt;
    QString apReference;      // the AP's meldnummer
    QString apPhase;          // Codes::Kind::ApPhase
    QString notificationType; // Codes::Kind::NotificationType: provisional or final
    // Who notifies the AP: it asks for a name, a function and a telephone number.
    QString reporterName;
    QString reporterFunction;
    QString reporterPhone;
    QString reporterEmail;
    QString involvedPartyUuid; // another organisation involved in the breach (the AP form asks it)
    QString delayReasons;
    QString contactPoint;
    bool crossBorder = false;
    QString otherAuthorities;
    bool telecomAct = false;
    // Art. 34: the data subjects.
    QString informSubjects; // Codes::Kind::InformSubjects
    QString art34Exception; // Codes::Kind::Art34Exception
    QString informReasoning;
    QDateTime subjectsInformedAt;
    QStringList informMedia;          // Codes::Kind::InformMedium
    QString informChannel;            // how, in words (the means above, "namely ...")
    bool apRequiredInforming = false; // Art. 34(4)
    QString otherNotifications;       // police, insurer, NCSC, sector regulators
    // Measures and follow-up (section 8).
    QString measures;
    QList<BreachAction> actions;
    QString lessons;
    // As processor (Art. 33(2)).
    QList<ControllerNotice> controllers;
    QDate closedOn;
    QString closedBy;
    QString notes;
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const Breach &other) const = default;
    static const EntitySpec<Breach> &spec();

    bool isClosed() const { return status == QLatin1String("closed"); }
    // Not notified, notification considered, and the 72 hours passed at `now`.
    bool isNotificationOverdue(const QDateTime &now) const;
    // An open follow-up action past its due day.
    bool hasLateActions(QDate today) const;
    // notifyBy from awareAt, and each controller's due moment from its term in hours (termHours
    // gives the term of an agreement uuid; 0 when it has none).
    void setClocks(const std::function<int(const QString &agreementUuid)> &termHours);

    // What the affected activities say about the data involved, added to what is recorded (nothing
    // is taken away): their special categories (and "special" among the data types), criminal data,
    // citizen service numbers, and the systems they use. Returns whether anything was added.
    bool addFromActivities(const QList<ProcessingActivity> &activities);

    // Errors: no moment of awareness or a summary, codes not of their lists, moments out of order,
    // a range whose minimum exceeds its maximum. The legal rules (Part I.2) are the check's.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
