#include "SqlScript.h"

namespace Custodian::Storage {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// At text[at] == '$': the length of a dollar-quote delimiter ($$ or $tag$) starting there, or 0.
qsizetype dollarTagLength(QStringView text, qsizetype at)
{
    qsizetype i = at + 1;
    if (i < text.size() && isIdentifierStart(text[i])) {
        ++i;
        while (i < text.size() && text[i] != QLatin1Char('$') && isIdentifierPart(text[i]))
            ++i;
    }
    if (i < text.size() && text[i] == QLatin1Char('$'))
        return i + 1 - at;
    return 0;
}

class Splitter
{
public:
    explicit Splitter(QStringView text) : m_text(text) {}

    QStringList run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text[i];
            const QChar next = i + 1 < n ? m_text[i + 1] : QChar();
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                i = skipLineComment(i);
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                i = skipBlockComment(i);
            } else if (c == QLatin1Char(';')) {
                finish(i);
                ++i;
            } else if (c.isSpace()) {
                ++i;
            } else {
                markContent(i);
                if (c == QLatin1Char('\''))
                    i = skipQuoted(i, QLatin1Char('\''), escapeString(i));
                else if (c == QLatin1Char('"'))
                    i = skipQuoted(i, QLatin1Char('"'));
                else if (c == QLatin1Char('$') && !follows(i))
                    i = skipDollarQuoted(i);
                else
                    ++i;
            }
        }
        finish(n);
        return m_statements;
    }

private:
    // True when text[at] continues a word (an identifier such as a$b, or a parameter like $1).
    bool follows(qsizetype at) const { return at > 0 && isIdentifierPart(m_text[at - 1]); }

    // An E'...' string: the quote follows a lone E (not the end of a longer word).
    bool escapeString(qsizetype quote) const
    {
        if (quote < 1)
            return false;
        const QChar e = m_text[quote - 1];
        return (e == QLatin1Char('E') || e == QLatin1Char('e')) && !follows(quote - 1);
    }

    void markContent(qsizetype at)
    {
        if (m_start < 0)
            m_start = at;
    }

    void finish(qsizetype end)
    {
        if (m_start >= 0) {
            const QString statement = m_text.mid(m_start, end - m_start).trimmed().toString();
            if (!statement.isEmpty())
                m_statements << statement;
        }
        m_start = -1;
    }

    qsizetype skipLineComment(qsizetype at) const
    {
        const qsizetype end = m_text.indexOf(QLatin1Char('\n'), at);
        return end < 0 ? m_text.size() : end + 1;
    }

    // PostgreSQL block comments nest: /* a /* b */ still a */.
    qsizetype skipBlockComment(qsizetype at) const
    {
        const qsizetype n = m_text.size();
        int depth = 0;
        qsizetype i = at;
        while (i < n) {
            const QChar c = m_text[i];
            const QChar next = i + 1 < n ? m_text[i + 1] : QChar();
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                ++depth;
                i += 2;
            } else if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                i += 2;
                if (--depth == 0)
                    return i;
            } else {
                ++i;
            }
        }
        return n;
    }

    // '...' or "..." with the quote doubled inside; with backslashes as escapes too in an E'...'
    // string.
    qsizetype skipQuoted(qsizetype at, QChar quote, bool backslashEscapes = false) const
    {
        const qsizetype n = m_text.size();
        qsizetype i = at + 1;
        while (i < n) {
            const QChar c = m_text[i];
            if (backslashEscapes && c == QLatin1Char('\\')) {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && m_text[i + 1] == quote)
                    i += 2;
                else
                    return i + 1;
            } else {
                ++i;
            }
        }
        return n;
    }

    // $tag$ ... $tag$: nothing inside counts, not even another, different tag.
    qsizetype skipDollarQuoted(qsizetype at) const
    {
        const qsizetype length = dollarTagLength(m_text, at);
        if (length == 0)
            return at + 1; // a lone '$'
        const QStringView tag = m_text.mid(at, length);
        const qsizetype close = m_text.indexOf(tag, at + length);
        return close < 0 ? m_text.size() : close + length;
    }

    QStringView m_text;
    QStringList m_statements;
    qsizetype m_start = -1; // where the current statement's first non-comment character is
};

} // namespace

QStringList splitPostgresScript(const QString &script)
{
    return Splitter(script).run();
}

} // namespace Custodian::Storage
