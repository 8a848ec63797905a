#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace Custodian::Ui {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QString LanguageManager::displayName(const QString &code)
{
    // Each language is named in itself, so a person can find theirs whatever is showing now.
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    return QStringLiteral("English");
}

QString LanguageManager::resolve(const QString &code) const
{
    if (availableLanguages().contains(code))
        return code;
    // Follow the system: the first of the user's languages we have, English otherwise.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &language : preferred) {
        const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &code)
{
    m_chosen = availableLanguages().contains(code) ? code : QString();
    const QString active = resolve(m_chosen);
    QSettings().setValue(QStringLiteral("ui/language"), m_chosen);

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_appTranslator.load(QStringLiteral(":/i18n/custodian_%1.qm").arg(active)))
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings: standard buttons, file dialogs.
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(active),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
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
