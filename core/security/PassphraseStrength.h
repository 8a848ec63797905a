#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Custodian::Security {

// How hard a passphrase is to guess, estimated with zxcvbn (zxcvbn-c): common passwords, English
// words, names, keyboard patterns, sequences, repeats, dates and look-alike substitutions, plus the
// common Dutch words of resources/passphrase/dutch-words.txt and the register's own context (its
// organisation, its file name). Cheap enough to run on every keystroke (tests/bench).
//
// The levels, in zxcvbn's bits (log2 of the guesses a smart attacker needs):
//   very weak   below 30  found within hours even at the register's 256,000 PBKDF2 iterations
//   weak        30 to 45  within reach of one graphics card in weeks
//   fair        45 to 65  costly, but the estimate is generous to words zxcvbn does not know
//   strong      65 to 120 e.g. four or five unrelated words
//   very strong 120 and up
// zxcvbn counts a word it does not know (most Dutch words) as random letters, so the top level
// is set high: five random Dutch words score about 110 bits and rate strong, not very strong.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Security::PassphraseStrength)
public:
    enum class Level
    {
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    // What makes a passphrase easy to guess: the largest such part zxcvbn found in it.
    enum class Weakness
    {
        None,
        CommonWord,      // a common password, word or name (English or Dutch)
        ContextWord,     // the organisation's name or the register's file name
        LookAlike,       // a common word with letters swapped for look-alike digits or symbols
        Repetition,      // "aaaa", or a part typed twice
        Sequence,        // "abcd", "1234", "9753"
        KeyboardPattern, // "qwerty", "zxcvbn"
        Date             // a year or a date
    };

    struct Assessment
    {
        Level level = Level::VeryWeak;
        double bits = 0.0;
        Weakness weakness = Weakness::None;
    };

    static constexpr double weakBits = 30.0;
    static constexpr double fairBits = 45.0;
    static constexpr double strongBits = 65.0;
    static constexpr double veryStrongBits = 120.0;

    // Words a guesser who knows this register would try first: the organisation's name, the
    // file's name. Split into words (3 letters or more), lower-cased; the whole name too.
    void setContextWords(const QStringList &texts);
    const QStringList &contextWords() const { return m_contextWords; }

    Assessment assess(const QString &passphrase) const;

    static Level levelForBits(double bits);
    // "Very weak" … "Very strong", translated.
    static QString levelName(Level level);
    // One short sentence, translated; empty for Weakness::None.
    static QString weaknessText(Weakness weakness);
    // The common Dutch words, most common first, loaded once from the resource.
    static const QStringList &dutchWords();

private:
    QStringList m_contextWords;
};

} // namespace Custodian::Security
