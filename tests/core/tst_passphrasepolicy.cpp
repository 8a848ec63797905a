// PassphrasePolicy: the minimum length people are held to (the strength estimate: tst_passphrasestrength).
#include <QtTest>

#include "storage/PassphrasePolicy.h"

using Custodian::Storage::PassphrasePolicy;

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT
private slots:
    void minimumLengthIsTen()
    {
        QCOMPARE(PassphrasePolicy::minimumLength, 10);
        QVERIFY(!PassphrasePolicy::isAcceptable(QString()));
        QVERIFY(!PassphrasePolicy::isAcceptable(QStringLiteral("123456789")));
        QVERIFY(PassphrasePolicy::isAcceptable(QStringLiteral("1234567890")));
        QVERIFY(PassphrasePolicy::isAcceptable(QStringLiteral("12345678901")));
        QVERIFY(PassphrasePolicy::tooShortMessage().contains(QLatin1String("10")));
    }

    void countsCharactersNotBytes_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        // 9 characters, 18 bytes in UTF-8.
        QTest::newRow("9 accented") << QStringLiteral("ééééééééé") << false;
        QTest::newRow("10 accented") << QStringLiteral("ëéèêïíìîöó") << true;
        // 9 characters, 27 bytes in UTF-8.
        QTest::newRow("9 CJK") << QStringLiteral("我的密码是很长吗") + QStringLiteral("吗") << false;
        QTest::newRow("10 CJK") << QStringLiteral("我的密码是很长的句子") << true;
        // Outside the BMP: 9 characters, 18 UTF-16 code units, 36 bytes in UTF-8.
        QTest::newRow("9 emoji") << QStringLiteral("🔑🔒🔓🗝🔐🔏📁📂📄") << false;
        QTest::newRow("10 emoji") << QStringLiteral("🔑🔒🔓🗝🔐🔏📁📂📄📑") << true;
    }

    void countsCharactersNotBytes()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        QCOMPARE(PassphrasePolicy::isAcceptable(passphrase), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
