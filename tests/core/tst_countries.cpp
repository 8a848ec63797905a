#include <QtTest>

#include "domain/Countries.h"

using Custodian::Domain::Countries;

// The country list the pickers, lists and reports name countries from (iso-codes, both languages).
class TestCountries : public QObject
{
    Q_OBJECT

private slots:
    void everyCountryOnce()
    {
        const QList<Countries::Country> &all = Countries::all();
        // ISO 3166-1 has 249 countries; iso-codes may add a few user-assigned ones (XK).
        QVERIFY2(all.size() >= 249, qPrintable(QString::number(all.size())));
        QSet<QString> codes;
        for (const Countries::Country &country : all) {
            QCOMPARE(country.code.size(), 2);
            QVERIFY(!country.english.isEmpty());
            QVERIFY(!country.dutch.isEmpty());
            QVERIFY2(!codes.contains(country.code), qPrintable(country.code));
            codes.insert(country.code);
        }
    }

    void namesFollowTheLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(Countries::name(QStringLiteral("DE")), QStringLiteral("Duitsland"));
        QCOMPARE(Countries::name(QStringLiteral("nl")), QStringLiteral("Nederland"));
        QCOMPARE(Countries::name(QStringLiteral("US")), QStringLiteral("Verenigde Staten"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(Countries::name(QStringLiteral("DE")), QStringLiteral("Germany"));
        QCOMPARE(Countries::name(QStringLiteral("IE")), QStringLiteral("Ireland"));
        // A value that is not a code is shown as it is: nothing is hidden from the user.
        QCOMPARE(Countries::name(QStringLiteral("Atlantis")), QStringLiteral("Atlantis"));
    }

    void codesFromCodesAndNamesInEitherLanguage()
    {
        QCOMPARE(Countries::codeOf(QStringLiteral("de")), QStringLiteral("DE"));
        QCOMPARE(Countries::codeOf(QStringLiteral("Duitsland")), QStringLiteral("DE"));
        QCOMPARE(Countries::codeOf(QStringLiteral(" germany ")), QStringLiteral("DE"));
        QCOMPARE(Countries::codeOf(QStringLiteral("Nederland")), QStringLiteral("NL"));
        QCOMPARE(Countries::codeOf(QStringLiteral("Atlantis")), QString());
        QCOMPARE(Countries::codeOf(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestCountries)
#include "tst_countries.moc"
