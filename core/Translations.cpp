#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Custodian::Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QString resolve(const QString &code)
{
    if (available().contains(code))
        return code;
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &language : preferred) {
        const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

bool load(const QString &language, QTranslator &custodian, QTranslator &qt)
{
    const bool loaded = custodian.load(QStringLiteral(":/i18n/custodian_%1.qm").arg(language));
    // Qt's own strings: standard buttons, file dialogs, command-line help.
    // Missing is fine (English needs none; a system without qt6-translations-l10n shows English buttons).
    [[maybe_unused]] const bool qtLoaded =
        qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return loaded;
}

} // namespace Custodian::Translations
