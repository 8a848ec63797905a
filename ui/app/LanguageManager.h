#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace Custodian::Ui {

// Loads Custodian's and Qt's own translations and switches them at run time. Widgets follow
// through QEvent::LanguageChange. The choice is kept in QSettings ("" follows the system).
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QStringList availableLanguages(); // language codes with a translation, "en" included
    static QString displayName(const QString &code);

    // "" = the system's language; otherwise a code from availableLanguages().
    void setLanguage(const QString &code);
    const QString &chosenLanguage() const { return m_chosen; }
    // The language actually in use ("en" or "nl").
    const QString &activeLanguage() const { return m_active; }

    void restoreFromSettings();

signals:
    void languageChanged(const QString &activeLanguage);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_chosen;
    QString m_active;
};

} // namespace Custodian::Ui
