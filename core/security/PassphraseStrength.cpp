#include "PassphraseStrength.h"

#include "storage/Secret.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <zxcvbn.h>

#include <memory>
#include <vector>

namespace Custodian::Security {

namespace {

// The words as zxcvbn wants them: NUL-terminated UTF-8, kept alive while it runs.
struct Utf8Words
{
    std::vector<QByteArray> bytes;
    void append(const QStringList &words)
    {
        for (const QString &word : words)
            bytes.push_back(word.toUtf8());
    }
};

const Utf8Words &dutchUtf8()
{
    static const Utf8Words words = [] {
        Utf8Words result;
        result.append(PassphraseStrength::dutchWords());
        return result;
    }();
    return words;
}

// The matches zxcvbn found, freed when done.
struct MatchList
{
    ZxcMatch_t *head = nullptr;
    ~MatchList() { ZxcvbnFreeInfo(head); }
};

PassphraseStrength::Weakness weaknessOf(const ZxcMatch_t &match, const QByteArray &utf8, const QSet<QString> &context)
{
    using Weakness = PassphraseStrength::Weakness;
    if (match.Type & MULTIPLE_MATCH)
        return Weakness::Repetition;
    switch (match.Type) {
    case DICTIONARY_MATCH:
        return Weakness::CommonWord;
    case USER_MATCH: {
        // Begin and Length count bytes of the UTF-8 text.
        const QString part = QString::fromUtf8(utf8.mid(match.Begin, match.Length)).toLower();
        return context.contains(part) ? Weakness::ContextWord : Weakness::CommonWord;
    }
    case DICT_LEET_MATCH:
    case USER_LEET_MATCH:
        // zxcvbn calls a lone digit after a word "leet" too ("wachtwoord1"): not worth a remark.
        return match.Length > 1 ? Weakness::LookAlike : Weakness::None;
    case REPEATS_MATCH:
        return Weakness::Repetition;
    case SEQUENCE_MATCH:
        return Weakness::Sequence;
    case SPATIAL_MATCH:
        return Weakness::KeyboardPattern;
    case DATE_MATCH:
    case YEAR_MATCH:
        return Weakness::Date;
    case NON_MATCH:
    case BRUTE_MATCH:
    case LONG_PWD_MATCH:
    case MULTIPLE_MATCH:
        break;
    }
    return Weakness::None;
}

} // namespace

const QStringList &PassphraseStrength::dutchWords()
{
    static const QStringList words = [] {
        QStringList result;
        QFile file(QStringLiteral(":/passphrase/dutch-words.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return result;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString word = line.trimmed().toLower();
            if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
                result << word;
        }
        return result;
    }();
    return words;
}

void PassphraseStrength::setContextWords(const QStringList &texts)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    m_contextWords.clear();
    for (const QString &text : texts) {
        const QString lower = text.toLower();
        const QStringList parts = lower.split(separators, Qt::SkipEmptyParts);
        const QString whole = parts.join(QString());
        // The name as one word first ("voorbeeldsoftware"), then its parts.
        if (whole.size() >= 3 && !m_contextWords.contains(whole))
            m_contextWords << whole;
        for (const QString &part : parts) {
            if (part.size() >= 3 && !m_contextWords.contains(part))
                m_contextWords << part;
        }
    }
}

PassphraseStrength::Assessment PassphraseStrength::assess(const QString &passphrase) const
{
    Assessment result;
    if (passphrase.isEmpty())
        return result;
    // The context first: a guesser who knows the register tries its name before any dictionary.
    Utf8Words context;
    context.append(m_contextWords);
    const Utf8Words &dutch = dutchUtf8();
    std::vector<const char *> userDictionary;
    userDictionary.reserve(context.bytes.size() + dutch.bytes.size() + 1);
    for (const QByteArray &word : context.bytes)
        userDictionary.push_back(word.constData());
    for (const QByteArray &word : dutch.bytes)
        userDictionary.push_back(word.constData());
    userDictionary.push_back(nullptr);

    QByteArray utf8 = passphrase.toUtf8();
    MatchList matches;
    result.bits = ZxcvbnMatch(utf8.constData(), userDictionary.data(), &matches.head);
    result.level = levelForBits(result.bits);

    // The weakness named is that of the largest guessable part; on a tie, the cheaper one.
    const QSet<QString> contextSet(m_contextWords.cbegin(), m_contextWords.cend());
    int largest = 0;
    double cheapest = 0.0;
    for (const ZxcMatch_t *match = matches.head; match; match = match->Next) {
        const Weakness weakness = weaknessOf(*match, utf8, contextSet);
        if (weakness == Weakness::None)
            continue;
        if (match->Length > largest || (match->Length == largest && match->Entrpy < cheapest)) {
            largest = match->Length;
            cheapest = match->Entrpy;
            result.weakness = weakness;
        }
    }
    Storage::wipe(utf8);
    return result;
}

PassphraseStrength::Level PassphraseStrength::levelForBits(double bits)
{
    if (bits < weakBits)
        return Level::VeryWeak;
    if (bits < fairBits)
        return Level::Weak;
    if (bits < strongBits)
        return Level::Fair;
    if (bits < veryStrongBits)
        return Level::Strong;
    return Level::VeryStrong;
}

QString PassphraseStrength::levelName(Level level)
{
    switch (level) {
    case Level::VeryWeak:
        return tr("Very weak");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    case Level::VeryStrong:
        return tr("Very strong");
    }
    return QString();
}

QString PassphraseStrength::weaknessText(Weakness weakness)
{
    switch (weakness) {
    case Weakness::None:
        return QString();
    case Weakness::CommonWord:
        return tr("Contains a common word or name.");
    case Weakness::ContextWord:
        return tr("Contains the organisation's name or the file name.");
    case Weakness::LookAlike:
        return tr("Look-alike swaps such as 0 for o are well known to guessers.");
    case Weakness::Repetition:
        return tr("Repeated characters or parts.");
    case Weakness::Sequence:
        return tr("A sequence such as abc or 123.");
    case Weakness::KeyboardPattern:
        return tr("A keyboard pattern such as qwerty.");
    case Weakness::Date:
        return tr("Contains a year or a date.");
    }
    return QString();
}

} // namespace Custodian::Security
