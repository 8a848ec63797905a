#include "Holiday.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace Custodian::Clocks {

Holiday::Holiday(QDate date, QString id, QHash<QString, QString> names, bool extra, bool disputed)
    : m_date(date), m_id(std::move(id)), m_names(std::move(names)), m_extra(extra), m_disputed(disputed)
{}

QString Holiday::name(const QString &language) const
{
    const QString wanted = language.isEmpty() ? currentLanguage() : language;
    if (const auto it = m_names.constFind(wanted); it != m_names.constEnd())
        return it.value();
    if (const auto it = m_names.constFind(QStringLiteral("en")); it != m_names.constEnd())
        return it.value();
    if (m_names.isEmpty())
        return QString();
    // QHash order is unspecified; take the smallest language code so the fallback is at least stable.
    QStringList languages = m_names.keys();
    std::sort(languages.begin(), languages.end());
    return m_names.value(languages.constFirst());
}

QString Holiday::currentLanguage()
{
    return QLocale::languageToCode(QLocale().language());
}

} // namespace Custodian::Clocks
