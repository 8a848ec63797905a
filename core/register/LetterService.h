#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>

#include "Status.h"
#include "letters/LetterCatalogue.h"
#include "letters/LetterTemplate.h"
#include "register/EntityService.h"

namespace Custodian {
class DocumentLanguage;
}

namespace Custodian::Register {

// A letter of a request case or a breach, as the user edited it.
struct Letter
{
    QString uuid;
    QString caseUuid; // the request case or the breach
    QString kind;     // LetterCatalogue's kinds
    QString language; // "nl" or "en"
    QString title;
    QString partyUuid; // the addressee, for a letter to a recipient or a processor
    QString body;      // HTML (QTextDocument::toHtml)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A letter freshly made from its template and the register, before the user edits it.
struct ComposedLetter
{
    QString kind;
    QString language;
    QString title;
    QString partyUuid;
    QString markdown;
    QStringList gaps; // the values the register does not hold, written as "[name]"
};

// The letters of request cases and breaches: made from the templates (built-in, or the register's
// own), kept in the register with their case, each change a history entry of the case that names
// the letter but holds none of its text (the text holds personal data; a case's purge removes it).
class LetterService : public ServiceBase
{
    Q_OBJECT
public:
    explicit LetterService(Storage::Store &store, QObject *parent = nullptr);

    // The values of a letter of this kind about the case (a request case or a breach), in the
    // letter's language; partyUuid names the addressee of a letter to a party.
    [[nodiscard]] Status values(const QString &kind, const QString &caseUuid, const QString &partyUuid,
                                const DocumentLanguage &language, QVariantMap *values);
    // Makes the letter: the register's template where it has one, else the built-in one.
    [[nodiscard]] Status compose(const QString &kind, const QString &caseUuid, const QString &partyUuid,
                                 const QString &language, ComposedLetter *letter);

    [[nodiscard]] Status lettersOf(const QString &caseUuid, QList<Letter> *letters) const;
    [[nodiscard]] Status load(const QString &uuid, Letter *letter) const;
    // Stores a new letter (empty uuid: one is given) or the new text of a stored one.
    [[nodiscard]] Status save(Letter *letter);
    [[nodiscard]] Status remove(const QString &uuid);

    // A template's text: the register's own, or the built-in one (overridden false).
    [[nodiscard]] Status templateText(const QString &name, const QString &language, QString *text,
                                      bool *overridden) const;
    // The mistakes in a template's text, checked against every letter it is used in.
    [[nodiscard]] Status checkTemplate(const QString &name, const QString &language, const QString &text,
                                       QList<Letters::TemplateError> *errors) const;
    // Stores the register's own text for a template; refused, with the errors, when it has mistakes.
    [[nodiscard]] Status saveTemplate(const QString &name, const QString &language, const QString &text,
                                      QList<Letters::TemplateError> *errors);
    // Back to the built-in text.
    [[nodiscard]] Status resetTemplate(const QString &name, const QString &language);

    // What importLetter() did.
    enum class Imported
    {
        Unchanged, // the register holds the letter as it is
        Created,
        Updated,
    };
    // For an import, inside the caller's transaction (no signal): a letter with its own uuid and
    // moments, or the new title and text of a letter the register holds for the same case. Audited
    // like save().
    [[nodiscard]] Status importLetter(const Letter &letter, Imported *imported);
    // For an import, inside the caller's transaction: the register's own text of a template,
    // refused with its mistakes; *written is false when the register has this text already.
    [[nodiscard]] Status importTemplate(const QString &name, const QString &language, const QString &text,
                                        QList<Letters::TemplateError> *errors, bool *written);

signals:
    void lettersChanged(const QString &caseUuid);
    void templatesChanged();

private:
    // The template of a kind in a language, its parts read from overrides (with one replaced).
    Letters::LetterTemplate parsed(const QString &name, const QString &language, const QString &replacedName,
                                   const QString &replacement, QList<Letters::TemplateError> *errors,
                                   Status *read) const;
    [[nodiscard]] Status overrides(QHash<QString, QString> *texts) const;
    // Replaces the register's own text of a template (none: back to the built-in one), audited.
    Status storeTemplate(const QString &name, const QString &language, const std::optional<QString> &text,
                         const QString &failure);
    // The same inside the caller's transaction.
    Status writeTemplate(const QString &name, const QString &language, const std::optional<QString> &text,
                         const QString &failure);
    Status caseRow(const QString &caseUuid, QString *column, qint64 *id, Domain::EntityKind *kind) const;
    // A letter of an unknown kind, without a title, or not in Dutch or English.
    Status refuseInvalid(const Letter &letter) const;
    Status refuseIfPurged(QSqlQuery &query, qint64 id, const QString &column, const QString &failure);
    // One audited change of a case's letters, inside the caller's transaction: write() runs the SQL.
    Status auditedWrite(const QString &caseUuid, const QString &before, const QString &after, const QString &failure,
                        const std::function<Status(QSqlQuery &, qint64 id, const QString &column)> &write);
    // auditedWrite() in a transaction of its own, announced.
    Status audited(const QString &caseUuid, const QString &before, const QString &after, const QString &failure,
                   const std::function<Status(QSqlQuery &, qint64 id, const QString &column)> &write);
};

} // namespace Custodian::Register
