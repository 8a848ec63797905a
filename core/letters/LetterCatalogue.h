#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Custodian {
class DocumentLanguage;
}

namespace Custodian::Letters {

// What a letter is written about.
enum class Subject
{
    Request,
    Breach
};

// The letters Custodian writes, their built-in templates (resources/letters/, embedded under
// :/letters) and the values each may use (resources/letters/README.md).
class LetterCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Letters::LetterCatalogue)
public:
    // The letter kinds for a subject, in the order a case needs them.
    static QStringList kinds(Subject subject);
    static QStringList allKinds();
    static bool isKind(const QString &kind);
    static Subject subjectOf(const QString &kind);
    // recipient_notice and processor_instruction go to one party of the case.
    static bool addressedToParty(const QString &kind);
    // The shared parts ("letterhead" for _letterhead.md).
    static QStringList parts();
    // A template's name: a kind, or a part with its underscore ("_letterhead").
    static QStringList templateNames();
    static QString partTemplateName(const QString &part) { return QLatin1Char('_') + part; }

    // The letter's title in its language: "Acknowledgement of receipt".
    static QString title(const QString &kind, const DocumentLanguage &language);
    // The title in the UI's language.
    static QString title(const QString &kind);
    // The built-in text of a template ("acknowledgement", "_letterhead") in "nl" or "en"; empty
    // when none exists.
    static QString builtIn(const QString &name, const QString &language);

    // Every value a letter of this kind may use, with a sample of each: texts, flags, groups, and
    // lists with one item that has every name of its items. Templates are checked against it.
    static QVariantMap schema(const QString &kind);
};

} // namespace Custodian::Letters
