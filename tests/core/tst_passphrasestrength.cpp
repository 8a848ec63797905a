// PassphraseStrength (UI review M11): zxcvbn's estimate with common Dutch words and the register's
// own name, mapped to five levels, and what makes a passphrase weak.
#include <QtTest>

#include "security/PassphraseStrength.h"

using Custodian::Security::PassphraseStrength;
using Level = PassphraseStrength::Level;
using Weakness = PassphraseStrength::Weakness;

Q_DECLARE_METATYPE(Level)
Q_DECLARE_METATYPE(Weakness)

namespace {

QString describe(const QString &passphrase, const PassphraseStrength::Assessment &assessment)
{
    return QStringLiteral("%1: %2 bits, level %3, weakness %4")
        .arg(passphrase)
        .arg(assessment.bits, 0, 'f', 1)
        .arg(int(assessment.level))
        .arg(int(assessment.weakness));
}

} // namespace

class TestPassphraseStrength : public QObject
{
    Q_OBJECT
private slots:
    // The examples of the UI review and the brief: each rates no better than the level given.
    void guessableChoicesRateLow_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Level>("atMost");
        QTest::addColumn<Weakness>("weakness");
        QTest::newRow("alphabet") << QStringLiteral("abcdefghij") << Level::VeryWeak << Weakness::Sequence;
        QTest::newRow("one letter") << QStringLiteral("aaaaaaaaaa") << Level::VeryWeak << Weakness::Repetition;
        QTest::newRow("digits") << QStringLiteral("1234567890") << Level::VeryWeak << Weakness::Sequence;
        QTest::newRow("wachtwoord1") << QStringLiteral("wachtwoord1") << Level::VeryWeak << Weakness::CommonWord;
        QTest::newRow("wachtwoord12") << QStringLiteral("wachtwoord12") << Level::VeryWeak << Weakness::CommonWord;
        QTest::newRow("Welkom2024!") << QStringLiteral("Welkom2024!") << Level::VeryWeak << Weakness::CommonWord;
        QTest::newRow("look-alikes") << QStringLiteral("W@chtw00rd2024") << Level::VeryWeak << Weakness::LookAlike;
        QTest::newRow("season and year") << QStringLiteral("zomer2023!") << Level::VeryWeak << Weakness::CommonWord;
        QTest::newRow("club") << QStringLiteral("Feyenoord1908") << Level::VeryWeak << Weakness::CommonWord;
        QTest::newRow("city") << QStringLiteral("Amsterdam2025") << Level::VeryWeak << Weakness::CommonWord;
        QTest::newRow("keyboard") << QStringLiteral("wsxcde4rfv") << Level::VeryWeak << Weakness::KeyboardPattern;
        QTest::newRow("word twice") << QStringLiteral("geheimgeheim") << Level::VeryWeak << Weakness::Repetition;
        QTest::newRow("date") << QStringLiteral("17-03-1985kees") << Level::Weak << Weakness::Date;
        QTest::newRow("name and birth year")
            << QStringLiteral("Sanne1987!!") << Level::VeryWeak << Weakness::CommonWord;
    }

    void guessableChoicesRateLow()
    {
        QFETCH(QString, passphrase);
        QFETCH(Level, atMost);
        QFETCH(Weakness, weakness);
        PassphraseStrength strength;
        const auto assessment = strength.assess(passphrase);
        QVERIFY2(assessment.level <= atMost, qPrintable(describe(passphrase, assessment)));
        QVERIFY2(assessment.weakness == weakness, qPrintable(describe(passphrase, assessment)));
        QVERIFY(!PassphraseStrength::weaknessText(assessment.weakness).isEmpty());
    }

    // Long choices of unrelated words rate high, whatever their language.
    void passphrasesOfWordsRateHigh_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Level>("level");
        QTest::newRow("five random words") << QStringLiteral("paard batterij nietje correct wolk") << Level::Strong;
        QTest::newRow("xkcd") << QStringLiteral("correct horse battery staple") << Level::Strong;
        QTest::newRow("random characters") << QStringLiteral("kx9#Lm2!qZ") << Level::Fair;
        QTest::newRow("a sentence") << QStringLiteral("Mijn hond Boris slaapt graag onder de keukentafel")
                                    << Level::VeryStrong;
    }

    void passphrasesOfWordsRateHigh()
    {
        QFETCH(QString, passphrase);
        QFETCH(Level, level);
        PassphraseStrength strength;
        const auto assessment = strength.assess(passphrase);
        QVERIFY2(assessment.level == level, qPrintable(describe(passphrase, assessment)));
    }

    // The documented thresholds, at their edges.
    void levelsFollowTheThresholds_data()
    {
        QTest::addColumn<double>("bits");
        QTest::addColumn<Level>("level");
        QTest::newRow("0") << 0.0 << Level::VeryWeak;
        QTest::newRow("29.9") << 29.9 << Level::VeryWeak;
        QTest::newRow("30") << 30.0 << Level::Weak;
        QTest::newRow("44.9") << 44.9 << Level::Weak;
        QTest::newRow("45") << 45.0 << Level::Fair;
        QTest::newRow("64.9") << 64.9 << Level::Fair;
        QTest::newRow("65") << 65.0 << Level::Strong;
        QTest::newRow("119.9") << 119.9 << Level::Strong;
        QTest::newRow("120") << 120.0 << Level::VeryStrong;
        QTest::newRow("400") << 400.0 << Level::VeryStrong;
    }

    void levelsFollowTheThresholds()
    {
        QFETCH(double, bits);
        QFETCH(Level, level);
        QCOMPARE(PassphraseStrength::levelForBits(bits), level);
        QVERIFY(!PassphraseStrength::levelName(level).isEmpty());
    }

    // The Dutch list is loaded from the resource, lower case, most common first, and it is what
    // makes Dutch words cheap: without it zxcvbn takes "voetbalgeheim" for random letters.
    void dutchWordsAreKnown()
    {
        const QStringList &words = PassphraseStrength::dutchWords();
        QVERIFY2(words.size() >= 300, qPrintable(QString::number(words.size())));
        QCOMPARE(words.first(), QStringLiteral("wachtwoord"));
        const QStringList expected = {QStringLiteral("welkom"),    QStringLiteral("geheim"),
                                      QStringLiteral("zomer"),     QStringLiteral("voetbal"),
                                      QStringLiteral("amsterdam"), QStringLiteral("rotterdam"),
                                      QStringLiteral("ajax"),      QStringLiteral("feyenoord"),
                                      QStringLiteral("januari"),   QStringLiteral("sanne")};
        for (const QString &word : expected)
            QVERIFY2(words.contains(word), qPrintable(word));
        for (const QString &word : words) {
            QCOMPARE(word, word.toLower());
            QVERIFY2(!word.contains(QLatin1Char(' ')) && !word.startsWith(QLatin1Char('#')), qPrintable(word));
        }
        QCOMPARE(QSet<QString>(words.cbegin(), words.cend()).size(), words.size());

        PassphraseStrength strength;
        const auto dutch = strength.assess(QStringLiteral("voetbalgeheim"));
        QVERIFY2(dutch.level == Level::VeryWeak, qPrintable(describe(QStringLiteral("voetbalgeheim"), dutch)));
        QCOMPARE(dutch.weakness, Weakness::CommonWord);
        // Letters zxcvbn knows nothing of, of the same length, rate far higher.
        const auto random = strength.assess(QStringLiteral("vqetbzlgxhexm"));
        QVERIFY2(random.bits > dutch.bits + 30, qPrintable(describe(QStringLiteral("vqetbzlgxhexm"), random)));
    }

    // The organisation's name and the file's name are the first things a guesser who has the file tries.
    void contextWordsCount()
    {
        const QString passphrase = QStringLiteral("Zonnebloemzorg#2025");
        PassphraseStrength plain;
        const auto without = plain.assess(passphrase);
        PassphraseStrength withContext;
        withContext.setContextWords({QStringLiteral("Stichting Zonnebloemzorg B.V."), QStringLiteral("register-2025")});
        QVERIFY(withContext.contextWords().contains(QStringLiteral("zonnebloemzorg")));
        QVERIFY(withContext.contextWords().contains(QStringLiteral("stichtingzonnebloemzorgbv")));
        QVERIFY(!withContext.contextWords().contains(QStringLiteral("bv"))); // too short to count
        const auto with = withContext.assess(passphrase);
        QVERIFY2(with.bits + 20 < without.bits,
                 qPrintable(describe(passphrase, with) + QLatin1String(" / ") + describe(passphrase, without)));
        QVERIFY2(with.level <= Level::Weak, qPrintable(describe(passphrase, with)));
        QCOMPARE(with.weakness, Weakness::ContextWord);
    }

    void emptyAndUnusualInput()
    {
        PassphraseStrength strength;
        const auto empty = strength.assess(QString());
        QCOMPARE(empty.level, Level::VeryWeak);
        QCOMPARE(empty.bits, 0.0);
        // Non-ASCII text is passed as UTF-8 and does not crash or read out of bounds.
        const QStringList unusual = {
            QStringLiteral("Één lange zin met ümlauten en ß erin"), QStringLiteral("我的密码是很长的句子"),
            QStringLiteral("🔑🔒🔓🗝🔐🔏📁📂📄📑"), QString(300, QLatin1Char('x'))};
        for (const QString &passphrase : unusual) {
            const auto assessment = strength.assess(passphrase);
            QVERIFY2(assessment.bits >= 0.0, qPrintable(describe(passphrase, assessment)));
        }
        QVERIFY(strength.assess(QString(300, QLatin1Char('x'))).level == Level::VeryWeak);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
