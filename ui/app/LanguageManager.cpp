#include "app/LanguageManager.h"

#include "DocumentLanguage.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace Custodian::Ui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages()
{
    return Translations::available();
}

QString LanguageManager::displayName(const QString &code)
{
    // Each language is named in itself, so a person can find theirs whatever is showing now.
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    return QStringLiteral("English");
}

void LanguageManager::setLanguage(const QString &code)
{
    m_chosen = availableLanguages().contains(code) ? code : QString();
    const QString active = Translations::resolve(m_chosen);
    QSettings().setValue(QStringLiteral("ui/language"), m_chosen);

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    Translations::load(active, m_appTranslator, m_qtTranslator);
    QCoreApplication::installTranslator(&m_appTranslator);
    QCoreApplication::installTranslator(&m_qtTranslator);
    DocumentLanguage::raiseDispatcher(); // a document's language stays in front of the UI's
    QLocale::setDefault(QLocale(active == QLatin1String("nl") ? QLocale::Dutch : QLocale::system().language(),
                                active == QLatin1String("nl") ? QLocale::Netherlands : QLocale::system().territory()));
    m_active = active;
    emit languageChanged(m_active);
}

void LanguageManager::restoreFromSettings()
{
    setLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
}

} // namespace Custodian::Ui
