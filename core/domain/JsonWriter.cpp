#include "JsonWriter.h"

#include "domain/IsoTime.h"

#include <QIODevice>

#include <cmath>

namespace Custodian::Domain {

namespace {

constexpr qsizetype flushAt = 1 << 20;

} // namespace

JsonWriter::JsonWriter(QIODevice *device, int compactDepth)
    : m_device(device), m_text(&m_own), m_compactDepth(compactDepth)
{
    m_own.reserve(flushAt + 4096);
}

JsonWriter::JsonWriter(QByteArray *text, int compactDepth) : m_text(text), m_compactDepth(compactDepth) {}

JsonWriter::~JsonWriter()
{
    flush();
}

bool JsonWriter::flush()
{
    if (!m_device || m_failed || m_text->isEmpty())
        return !m_failed;
    if (m_device->write(*m_text) != m_text->size())
        m_failed = true;
    m_text->clear();
    return !m_failed;
}

void JsonWriter::maybeFlush()
{
    if (m_device && m_text->size() >= flushAt)
        flush();
}

void JsonWriter::newline(qsizetype depth)
{
    m_text->append('\n');
    m_text->append(depth * 2, ' ');
}

// Before a value: the comma after the previous element and, in an indented array, a new line.
void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_text->append(',');
    level.empty = false;
    if (!level.compact)
        newline(m_levels.size());
}

void JsonWriter::open(char bracket)
{
    separate();
    m_text->append(bracket);
    const bool compact = m_levels.size() >= m_compactDepth || (!m_levels.isEmpty() && m_levels.last().compact);
    m_levels.append(Level{true, compact});
}

void JsonWriter::close(char bracket)
{
    if (m_levels.isEmpty())
        return;
    const Level level = m_levels.last();
    m_levels.removeLast();
    if (!level.compact && !level.empty)
        newline(m_levels.size());
    m_text->append(bracket);
    if (m_levels.isEmpty())
        m_text->append('\n');
    maybeFlush();
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    quoted(name);
    m_text->append(m_levels.isEmpty() || m_levels.last().compact ? ":" : ": ");
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    separate();
    quoted(name);
    m_text->append(m_levels.isEmpty() || m_levels.last().compact ? ":" : ": ");
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    separate();
    quoted(text);
}

void JsonWriter::integer(qint64 number)
{
    separate();
    m_text->append(QByteArray::number(number));
}

void JsonWriter::number(double number)
{
    separate();
    // JSON has no infinity or NaN; Qt writes them as null too.
    if (!std::isfinite(number))
        m_text->append("null");
    else if (number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
        m_text->append(QByteArray::number(qint64(number)));
    else
        m_text->append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_text->append(value ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_text->append("null");
}

namespace {

// Digits of a number 0..9999 with a fixed width.
char *digits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
    return at + width;
}

// "YYYY-MM-DD", as Qt::ISODate writes a day of the years 0–9999.
char *isoDay(char *at, QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    at = digits(at, year, 4);
    *at++ = '-';
    at = digits(at, month, 2);
    *at++ = '-';
    return digits(at, day, 2);
}

bool plainYear(QDate date)
{
    return date.year() >= 0 && date.year() <= 9999;
}

} // namespace

void JsonWriter::day(QDate date)
{
    if (!date.isValid()) {
        null();
    } else if (!plainYear(date)) {
        string(IsoTime::day(date));
    } else {
        separate();
        char text[16] = {'"'};
        char *end = isoDay(text + 1, date);
        *end++ = '"';
        m_text->append(text, end - text);
    }
}

void JsonWriter::moment(const QDateTime &moment)
{
    if (!moment.isValid()) {
        null();
        return;
    }
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    if (!plainYear(date)) {
        string(IsoTime::moment(moment));
        return;
    }
    // "YYYY-MM-DDThh:mm:ssZ", as IsoTime::moment() gives it.
    separate();
    const QTime time = utc.time();
    char text[32] = {'"'};
    char *end = isoDay(text + 1, date);
    *end++ = 'T';
    end = digits(end, time.hour(), 2);
    *end++ = ':';
    end = digits(end, time.minute(), 2);
    *end++ = ':';
    end = digits(end, time.second(), 2);
    *end++ = 'Z';
    *end++ = '"';
    m_text->append(text, end - text);
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Double:
        if (value.isDouble() && value.toInteger(-1) == value.toInteger(-2))
            integer(value.toInteger());
        else
            number(value.toDouble());
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array:
        array(value.toArray());
        break;
    case QJsonValue::Object:
        object(value.toObject());
        break;
    }
}

void JsonWriter::object(const QJsonObject &object)
{
    beginObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        key(it.key());
        value(it.value());
    }
    endObject();
}

void JsonWriter::array(const QJsonArray &array)
{
    beginArray();
    for (const QJsonValue &element : array)
        value(element);
    endArray();
}

void JsonWriter::quoted(QLatin1StringView text)
{
    // Keys are ASCII names from the field tables.
    m_text->append('"');
    m_text->append(text.data(), text.size());
    m_text->append('"');
}

// UTF-8 with the escapes JSON requires: quote, backslash and control characters. A lone surrogate
// (not text) becomes U+FFFD.
void JsonWriter::quoted(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray &out = *m_text;
    out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        // A run of plain ASCII is copied as it is.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p > run) {
            const qsizetype length = p - run;
            const qsizetype at = out.size();
            out.resize(at + length);
            char *target = out.data() + at;
            for (qsizetype i = 0; i < length; ++i)
                target[i] = char(run[i]);
        }
        if (p == end)
            break;
        char32_t c = *p++;
        if (c < 0x80) {
            out.append('\\');
            switch (c) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case u'\n':
                out.append('n');
                break;
            case u'\r':
                out.append('r');
                break;
            case u'\t':
                out.append('t');
                break;
            case u'\b':
                out.append('b');
                break;
            case u'\f':
                out.append('f');
                break;
            default:
                out.append("u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            }
            continue;
        }
        if (c >= 0xd800 && c < 0xdc00 && p < end && *p >= 0xdc00 && *p < 0xe000)
            c = 0x10000 + ((c - 0xd800) << 10) + (*p++ - 0xdc00);
        else if (c >= 0xd800 && c < 0xe000)
            c = 0xfffd;
        if (c < 0x800) {
            out.append(char(0xc0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3f)));
        } else if (c < 0x10000) {
            out.append(char(0xe0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        }
    }
    out.append('"');
}

} // namespace Custodian::Domain
