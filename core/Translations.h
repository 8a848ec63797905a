#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace Custodian {

// Custodian's languages and their translation files (embedded under :/i18n), shared by the GUI and
// the CLI.
namespace Translations {

// Language codes with a translation, English (the source language) first.
QStringList available();
// code when it is available; otherwise the first of the system's UI languages that is; else "en".
QString resolve(const QString &code);
// Loads Custodian's and Qt's own translations for language into the two translators (English needs
// only the plural forms). Returns false when Custodian's file is missing.
bool load(const QString &language, QTranslator &custodian, QTranslator &qt);

} // namespace Translations
} // namespace Custodian
