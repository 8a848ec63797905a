#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/ExtraField.h"
#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;

// Art. 26: a joint controller and the essence of the arrangement with it.
struct JointController
{
    QString uuid;
    QString name;
    QString contact;
    QString arrangement;

    bool operator==(const JointController &other) const = default;
};

// Art. 30(1)(a): the controller whose register this is, with its contact details, its
// representative (Art. 27) and its data protection officer (Art. 37).
struct Organisation : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::Organisation)
public:
    QString name;
    QString streetAddress;
    QString postalCode;
    QString city;
    QString country;
    QString registrationNumber; // e.g. the KvK number in the Netherlands
    QString oin;                // a Dutch government body's identification number (OIN): 20 digits
    QString rsin;               // the Dutch legal entity's RSIN (tax and information number)
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString dpoName;
    QString dpoEmail;
    QString dpoPhone;
    QString dpoStatus;       // Codes::Kind::DpoStatus; empty = not settled
    QString dpoReasoning;    // why none is required, or why one was appointed voluntarily (WP243)
    QDate dpoRegisteredOn;   // communicated to the supervisory authority (Art. 37(7))
    bool publicBody = false; // a public body (bestuursorgaan): its decisions are open to objection under the Awb
    QString representativeName;
    QString representativeContact;
    // What the public privacy statement says of the organisation (Arts. 13(1)(a), (b), (e); 77).
    QString tradeNames; // names the organisation trades under, besides its legal name
    QString website;
    QString privacyEmail;         // where people send privacy questions and requests; else contactEmail
    QString privacyWebForm;       // a web form for requests
    bool dpoPublishName = false;  // the statement names the DPO; by default it gives the contact only
    QString supervisoryAuthority; // where to complain; empty with country NL: the Autoriteit Persoonsgegevens
    QString supervisoryAuthorityUrl;
    QString recipientNaming = QStringLiteral("categories"); // Codes::Kind::RecipientNaming
    QString dataLanguage; // Codes::Kind::Language: the language the register's texts are written in
    // The base of the activity versions' URIs (DECISIONS.md): "https://register.example.nl"; empty:
    // "urn:custodian:REGISTER-ID". A version keeps the URI it was given when the base changes later.
    QString activityUriBase;
    QList<JointController> jointControllers;
    QList<ExtraField> extraFields; // what imported files gave it that no field takes

    bool operator==(const Organisation &other) const = default;

    // The field table: one row, the register's own organisation (the table allows only id 1).
    static const EntitySpec<Organisation> &spec();
    // Field codes used in findings and in the audit log: the table's keys, in its order.
    static QStringList fieldNames();
    QString fieldValue(const QString &field) const;

    Findings validate() const;
    // activityUriBase, or the register's own URN when it is empty.
    QString activityUriBaseOr(const QString &registerId) const;
    // Trims surrounding whitespace of every text field.
    Organisation normalised() const;
};

bool isPlausibleEmail(const QString &email);
bool isPlausiblePhone(const QString &phone);
// An http(s) address with a host name, as a privacy statement can link to it.
bool isPlausibleWebAddress(const QString &address);
// A base for URIs: urn:… or a web address, without spaces or a trailing slash.
bool isPlausibleUriBase(const QString &base);
// An OIN that is given has 20 digits (Error otherwise, on the field "oin").
void validateOin(const QString &oin, Findings *findings);

} // namespace Custodian::Domain
