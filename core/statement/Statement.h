#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Custodian {
class DocumentLanguage;
}
namespace Custodian::Domain {
struct ProcessingActivity;
struct PrivacyStatement;
} // namespace Custodian::Domain
namespace Custodian::Register {
struct RegisterSnapshot;
}

// The public privacy statement (Arts. 12-14 and 21(4) GDPR), written from the register for one or
// more audiences (docs/design/privacy-statement.md). The model holds the text in the document's
// language and no layout: the HTML page and the printed statement are made from the same model,
// so they say the same.
namespace Custodian::Statement {

struct Block
{
    enum class Kind
    {
        Paragraph,  // text
        Subheading, // text: one purpose of the processing
        List,       // items
        Facts,      // facts: label and value, as a definition list
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QStringList items;
    QList<QPair<QString, QString>> facts;
    bool operator==(const Block &other) const = default;
};

struct Section
{
    QString id; // stable, for links into the page: "purposes", "your-rights"
    QString title;
    QList<Block> blocks;
    bool operator==(const Section &other) const = default;
};

struct Model
{
    QString language;     // "nl" or "en"
    QString organisation; // the controller's name
    QString title;        // "Privacy statement"
    QString lead;         // who the statement is for
    QString introduction; // the statement's own first paragraph
    QString versionLine;  // "Version 2, effective from 1 March 2027"; empty for a draft
    QList<Section> sections;
    // The activities the statement describes (published, approved, for one of its audiences).
    QStringList activityUuids;
    // What the register does not say yet that the statement needs, in the document's language: a
    // draft shows them so that nobody publishes a statement with holes in it.
    QStringList gaps;
    QString gapsTitle; // what a draft says above them
    // The register's texts the statement quotes in the language they are written in, for want of a
    // translation (Domain::PrivacyStatement::translations).
    QStringList untranslated;
    bool operator==(const Model &other) const = default;
};

// The rights of Arts. 15-22 and 7(3) that the statement explains, derived from the bases of the
// activities it describes (DOMAIN-REVIEW I.4).
enum class Right
{
    Access,
    Rectification,
    Erasure,
    Restriction,
    Portability,        // (a) or (b): Art. 20(1)
    Objection,          // (e) or (f): Art. 21(1)
    MarketingObjection, // direct marketing: absolute, Art. 21(2), (3)
    WithdrawConsent,    // (a), Art. 9(2)(a), or Art. 22(2)(c): Art. 7(3)
    AutomatedDecisions, // human intervention, own view, contest: Art. 22(3)
};
struct RightScope
{
    Right right;
    // The activities (their uuids) the right is limited to; empty: every activity described.
    QStringList activityUuids;
    bool operator==(const RightScope &other) const = default;
};
QList<RightScope> rightsFor(const QList<const Domain::ProcessingActivity *> &activities);

// Whether the activity belongs in a statement for these audiences: published, approved, and for at
// least one of them (any audience when audiences is empty).
bool describes(const Domain::ProcessingActivity &activity, const QStringList &audiences);

// A statement of the register's own (its title, introduction, notes, how people hear of changes,
// the translations of the register's texts) and the version it is written as.
struct Edition
{
    const Domain::PrivacyStatement *statement = nullptr; // none: a draft for the audiences asked for
    int version = 0;                                     // 0: a draft, not published
    QDate effectiveOn;                                   // the version's
    QString changeLog;                                   // what the version changed
    QList<QPair<int, QDate>> earlier;                    // earlier versions: number and effective day
};

// The statement for these audiences (Codes::Kind::Audience; empty: the edition's statement's, or
// every audience) from the register, in the document's language. today dates a draft.
Model build(const Register::RegisterSnapshot &snapshot, const QStringList &audiences, const DocumentLanguage &language,
            QDate today, const Edition &edition = {});

// The title of a section ("purposes": "What we use your data for") in the document's language; the
// id itself for one the statement does not have.
QString sectionTitle(const QString &id, const DocumentLanguage &language);

// A web page of its own: HTML5, the statement in one <article> of <section>s, no style attributes
// and no scripts, so that a website can take the article into its own pages. The same model gives
// the same bytes.
QString toHtml(const Model &model, const QString &footer);
// The body for Qt's rich text (the printed statement): the reports' classes, no page layout.
QString toRichText(const Model &model);

} // namespace Custodian::Statement
