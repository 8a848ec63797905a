#include "DocumentLanguage.h"

#include <QCoreApplication>
#include <QDate>

#include <atomic>

namespace Custodian {

namespace {

thread_local const DocumentLanguage *currentDocument = nullptr;

// Installed in front of the UI's translators: inside a document scope it answers every text (the
// source itself where the document's language has no translation, so the UI's never shows);
// outside one it answers nothing, and the UI's translators answer as before. It calls itself
// empty, so installing it sends no LanguageChange to the widgets.
class Dispatcher : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (!currentDocument || !source)
            return {};
        // The number is put in for %n in the document's way; QCoreApplication finds none left.
        return currentDocument->translate(context, source, disambiguation, n);
    }
    bool isEmpty() const override { return true; }
};

Dispatcher &dispatcher()
{
    static Dispatcher instance;
    return instance;
}

std::atomic<bool> dispatcherInstalled = false;

} // namespace

DocumentLanguage::DocumentLanguage(const QString &language)
    : m_code(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en")),
      m_locale(m_code == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    // English is the source language, but its translation holds the plural forms ("%n year(s)").
    m_loaded = m_translator.load(QStringLiteral(":/i18n/custodian_%1.qm").arg(m_code));
}

QString DocumentLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (m_loaded)
        text = m_translator.translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

DocumentLanguage::Scope::Scope(const DocumentLanguage &language) : m_previous(currentDocument)
{
    // Installed once here if nobody has; a second thread finds it installed (and sends no event).
    if (QCoreApplication::instance() && !dispatcherInstalled.exchange(true))
        QCoreApplication::installTranslator(&dispatcher());
    currentDocument = &language;
}

DocumentLanguage::Scope::~Scope()
{
    currentDocument = m_previous;
}

QLocale DocumentLanguage::currentLocale()
{
    return currentDocument ? currentDocument->locale() : QLocale();
}

void DocumentLanguage::raiseDispatcher()
{
    QCoreApplication::removeTranslator(&dispatcher());
    QCoreApplication::installTranslator(&dispatcher());
    dispatcherInstalled = true;
}

QString DocumentLanguage::longDate(QDate date) const
{
    if (!date.isValid())
        return {};
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace Custodian
