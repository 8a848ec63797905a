#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Finding.h"
#include "domain/Record.h"

namespace Custodian::Domain {
template<typename T> class EntitySpec;
}

namespace Custodian::Domain {

// One of the register's own texts (a purpose in words, a legitimate interest, a category's name) in
// another language than the one it is written in (Organisation::dataLanguage). Found by its exact
// source text: a changed source loses its translation, and the statement says so.
struct StatementTranslation
{
    QString language; // Codes::Kind::Language
    QString sourceText;
    QString text;
    bool operator==(const StatementTranslation &other) const = default;
    QJsonObject toJson() const;
};

// The public privacy statement (Arts. 12-14 GDPR) for some audiences: what it says is written from
// the register (Statement::build); this holds what only a statement has, and its versions are kept
// apart (StatementVersion), each as published.
struct PrivacyStatement : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::PrivacyStatement)
public:
    QString title;          // "Privacy statement of Voorbeeldsoft"
    QStringList audiences;  // Codes::Kind::Audience; an audience in one statement in use at most
    QStringList languages;  // Codes::Kind::Language: the languages it is published in
    QString publicationUrl; // where the public reads it
    QString introduction;   // a first paragraph of the organisation's own
    QString changeChannel;  // how people hear of a new version ("by e-mail to our customers")
    QString rightsNote;     // after "how to exercise your rights"
    QList<StatementTranslation> translations;
    bool retired = false;

    bool operator==(const PrivacyStatement &other) const = default;
    static const EntitySpec<PrivacyStatement> &spec();

    // The text in language: its translation when the statement has one, else nothing.
    QString translation(const QString &language, const QString &sourceText) const;

    // Errors: no title, no audience, no language, a code that is not one, a publication address that
    // is not a web address, a translation without its source text or language.
    Findings validate() const;
    QJsonObject toJson() const;
};

// A version of a privacy statement as it was published: its number, the day it took effect, what
// changed, the state of the register it was written from, a fingerprint of what it says (the
// manifest, which the consistency check compares with the register) and the text itself in each of
// its languages: the archive an organisation shows when asked what it told people on a given day.
// Never changed or deleted once written.
struct StatementVersion : Record
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Domain::StatementVersion)
public:
    QString statementUuid;
    int number = 0;        // 1, 2, ...: given when published, per statement
    QString title;         // the statement's title when it was published
    QDate effectiveOn;     // the day it takes effect
    QDateTime publishedAt; // when it was published
    QString publishedBy;
    QString changeLog; // what changed, for the public
    qint64 registerStateCount = 0;
    QString registerStateHash; // the register state it was written from (DECISIONS.md)
    QString manifest;          // canonical JSON: Statement::Manifest
    QString htmlNl;            // the published web page in Dutch; empty when not published in Dutch
    QString htmlEn;

    bool operator==(const StatementVersion &other) const = default;
    static const EntitySpec<StatementVersion> &spec();

    QString html(const QString &language) const;

    // Errors: no statement, number, effective date, manifest or text.
    Findings validate() const;
    QJsonObject toJson() const;
};

} // namespace Custodian::Domain
