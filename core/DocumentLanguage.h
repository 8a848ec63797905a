#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace Custodian {

// The language of one document (a letter, a report, the answers for the AP's form), whatever the
// UI's language (DECISIONS.md, "Languages of documents and data"): Custodian's translation for it
// is loaded into a translator of its own and asked directly, never installed. Source texts are
// marked for lupdate with QT_TRANSLATE_NOOP(context, text) and passed to translate() with their context.
// Languages without a translation fall back to English (the source language).
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &language);
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

    // "nl" or "en".
    QString code() const { return m_code; }
    // Dates and numbers as the document's language writes them.
    QLocale locale() const { return m_locale; }
    // The source text in the document's language; the source itself when untranslated.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;
    // "4 December 2026" / "4 december 2026".
    QString longDate(QDate date) const;

    // While a Scope lives, tr() in its thread answers in this document's language: for the texts
    // a document takes from code that speaks the UI's language (the completeness check's findings,
    // the history's lines, code labels). Other threads, and this one outside the scope, keep the
    // UI's language; the installed translators are not changed and no widget is told of a change.
    // Scopes nest; a scope must end in the thread it began in.
    class Scope
    {
    public:
        explicit Scope(const DocumentLanguage &language);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        const DocumentLanguage *m_previous;
    };
    // The locale of the current thread's document scope; the default locale outside one.
    static QLocale currentLocale();
    // Puts the translator that answers for document scopes in front of the installed ones (it
    // answers nothing outside a scope). Whoever installs translators calls it afterwards; a Scope
    // installs it when nobody has yet.
    static void raiseDispatcher();

private:
    QString m_code;
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace Custodian
