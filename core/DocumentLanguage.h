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

private:
    QString m_code;
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace Custodian
