#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "Status.h"
#include "domain/PrivacyStatement.h"
#include "statement/Statement.h"

namespace Custodian {
class DocumentLanguage;
}
namespace Custodian::Register {
struct RegisterSnapshot;
}
namespace Custodian::Storage {
class Store;
struct HistoryHead;
} // namespace Custodian::Storage

// Publishing a privacy statement: each version written from the register, kept as published, with
// a manifest of what it says of the register (docs/design/privacy-statement.md §2, §4).
namespace Custodian::Statement {

// The lists a statement reads, the statements and their versions included, in one state of the
// register (*state): not the request cases and breaches, which a register of 100,000 cases would
// read for nothing.
[[nodiscard]] Status readRegister(Storage::Store &store, Register::RegisterSnapshot *snapshot,
                                  Storage::HistoryHead *state);

// What a version says of the register, to tell later whether the register still says it: a
// fingerprint (SHA-256) of each section as written in English, the language of the program's own
// sentences, so that a better translation of them changes nothing; and the items it names.
struct Manifest
{
    QList<QPair<QString, QString>> sections;   // section id ("purposes"; "heading" for the title and lead), digest
    QStringList activities;                    // the activities described
    QList<QPair<QString, QString>> processors; // each processor named: party uuid, agreement uuid ("" when none)
    QList<QPair<QString, QString>> retention;  // each retention rule quoted: rule uuid, its period in English
    QStringList cookies;

    // Compact JSON with its keys sorted: the same manifest gives the same bytes.
    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, Manifest *manifest);
    // The ids of the sections whose text differs from this one's (added and removed sections too).
    QStringList changedSections(const Manifest &now) const;
    // A section id as named in a sentence ("Since version 2 the register has changed in: ..."): a
    // section by its title, the heading and the statement's own texts in words.
    static QString sectionName(const QString &id, const DocumentLanguage &language);
    bool operator==(const Manifest &other) const = default;
};
Manifest manifestOf(const Register::RegisterSnapshot &snapshot, const Domain::PrivacyStatement &statement, QDate today);

// The edition of a version: what build() needs to write it as that version.
Edition editionOf(const Domain::PrivacyStatement &statement, const Domain::StatementVersion &version,
                  const QList<Domain::StatementVersion> &versions);
// "Version 2 · effective from 1 March 2027", for a page footer.
QString versionFooter(const Domain::StatementVersion &version, const DocumentLanguage &language);

class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Statement::Publisher)
public:
    explicit Publisher(Storage::Store &store) : m_store(store) {}

    // The reasons the statement cannot be published now, in the UI's language: the errors of its
    // consistency check that a new version does not resolve (CompletenessCheck::forStatement: what
    // its draft says the register lacks, texts without a translation, a processor without an
    // agreement); empty when it can be.
    [[nodiscard]] Status problems(const QString &statementUuid, QStringList *problems);

    // Publishes the next version of the statement, effective from effectiveOn, written from the
    // register as it is now in each of the statement's languages: one audited write. Refused
    // (Status::Code::InvalidInput, *problems filled, nothing written) while problems() lists
    // anything, while a language's text would still say what the register lacks, for a retired
    // statement, and for a day before the latest version's. changeLog is in the language of the
    // register's texts; changeLogTranslation, its translation into the statement's other language,
    // is kept with the statement's translations first (a write of its own) and is needed when the
    // statement has one.
    [[nodiscard]] Status publish(const QString &statementUuid, QDate effectiveOn, const QString &changeLog,
                                 const QString &changeLogTranslation, Domain::StatementVersion *published,
                                 QStringList *problems);
    [[nodiscard]] Status publish(const QString &statementUuid, QDate effectiveOn, const QString &changeLog,
                                 Domain::StatementVersion *published, QStringList *problems)
    {
        return publish(statementUuid, effectiveOn, changeLog, QString(), published, problems);
    }
    // The languages of the statement its register's texts are translated into (those other than
    // the register's language; none while that language is not said).
    static QStringList otherLanguages(const Domain::PrivacyStatement &statement, const QString &dataLanguage);

private:
    struct Prepared;
    Status prepare(const QString &statementUuid, Prepared *prepared);
    static void collectProblems(const Prepared &prepared, QDate today, QStringList *problems);

    Storage::Store &m_store;
};

} // namespace Custodian::Statement
