// PassphrasePolicy: the minimum length people are held to, and the strength hint they are shown.
#include <QtTest>

#include "storage/PassphrasePolicy.h"

using Custodian::Storage::PassphrasePolicy;
using Strength = PassphrasePolicy::Strength;

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
        QCOMPARE(PassphrasePolicy::assess(QStringLiteral("123456789")).strength, Strength::TooShort);
        QVERIFY(PassphrasePolicy::assess(QStringLiteral("1234567890")).strength != Strength::TooShort);
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
        QCOMPARE(PassphrasePolicy::assess(passphrase).strength == Strength::TooShort, !acceptable);
    }

    void strengthGrowsWithRealEntropy()
    {
        const auto repeated = PassphrasePolicy::assess(QStringLiteral("aaaaaaaaaa"));
        const auto mangled = PassphrasePolicy::assess(QStringLiteral("Tr0ub4dor&3x"));
        const auto sentence = PassphrasePolicy::assess(QStringLiteral("correct horse battery staple in the register"));

        QVERIFY2(repeated.estimatedBits < mangled.estimatedBits,
                 qPrintable(QStringLiteral("%1 vs %2").arg(repeated.estimatedBits).arg(mangled.estimatedBits)));
        QVERIFY2(mangled.estimatedBits < sentence.estimatedBits,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mangled.estimatedBits).arg(sentence.estimatedBits)));
        QVERIFY(repeated.strength < mangled.strength);
        QVERIFY(mangled.strength < sentence.strength);
        // Ten characters long enough to pass, yet plainly weak.
        QCOMPARE(repeated.strength, Strength::Weak);
        QCOMPARE(sentence.strength, Strength::Strong);
    }

    void hintsAreNeverEmpty_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("kort");
        QTest::newRow("weak") << QStringLiteral("aaaaaaaaaa");
        QTest::newRow("fair or good") << QStringLiteral("Tr0ub4dor&3x");
        QTest::newRow("strong") << QStringLiteral("correct horse battery staple in the register");
        QTest::newRow("non-ASCII") << QStringLiteral("Één lange zin met ümlauten en ß erin");
    }

    void hintsAreNeverEmpty()
    {
        QFETCH(QString, passphrase);
        const auto assessment = PassphrasePolicy::assess(passphrase);
        QVERIFY(!assessment.hint.trimmed().isEmpty());
        QVERIFY(assessment.estimatedBits >= 0.0);
        if (assessment.strength == Strength::TooShort)
            QCOMPARE(assessment.hint, PassphrasePolicy::tooShortMessage());
    }

    void differentStrengthsGetDifferentHints()
    {
        const QString weak = PassphrasePolicy::assess(QStringLiteral("aaaaaaaaaa")).hint;
        const QString strong =
            PassphrasePolicy::assess(QStringLiteral("correct horse battery staple in the register")).hint;
        const QString tooShort = PassphrasePolicy::assess(QStringLiteral("kort")).hint;
        QVERIFY(weak != strong);
        QVERIFY(weak != tooShort);
        QVERIFY(strong != tooShort);
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
