#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace Custodian::Clocks {

// One occurrence of a public holiday: its date and its names by language code ("en", "nl", "fr", ...). Names come
// from the calendar file rather than from tr(), so a calendar added as a data file brings its own names.
class Holiday
{
public:
    Holiday() = default;
    Holiday(QDate date, QString id, QHash<QString, QString> names, bool extra = false, bool disputed = false);

    bool isValid() const { return m_date.isValid(); }
    QDate date() const { return m_date; }
    // Stable key from the calendar file ("easter-monday"); "extra" for a day the organisation entered.
    QString id() const { return m_id; }
    QHash<QString, QString> names() const { return m_names; }
    // A day designated by decree that the organisation entered (Algemene termijnenwet art. 3(3)), not a rule.
    bool isExtra() const { return m_extra; }
    // A day on the national list whose standing as a public holiday for a time limit of EU law (Reg. 1182/71
    // art. 2(1)) is not settled, such as Good Friday in the Netherlands. Counting it extends a deadline, so the
    // act-by date is computed as if it were a working day (DECISIONS.md, "Dates of a deadline").
    bool isDisputed() const { return m_disputed; }

    // The name in `language`; an empty language means the language of the default QLocale, which the application
    // sets to its user-interface language. Falls back to English, then to any name the data has.
    QString name(const QString &language = QString()) const;

    // The two-letter code of the default QLocale's language ("en", "nl").
    static QString currentLanguage();

    friend bool operator==(const Holiday &, const Holiday &) = default;

private:
    QDate m_date;
    QString m_id;
    QHash<QString, QString> m_names;
    bool m_extra = false;
    bool m_disputed = false;
};

} // namespace Custodian::Clocks
