#include "DocumentLanguage.h"

#include <QDate>

namespace Custodian {

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

QString DocumentLanguage::longDate(QDate date) const
{
    if (!date.isValid())
        return {};
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace Custodian
