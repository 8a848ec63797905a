#include "ArgumentEncoding.h"

namespace Custodian {

namespace {

// The length of the well-formed UTF-8 sequence at the start of bytes (Unicode 15, table 3-7), or 0
// when there is none: a stray continuation byte, an overlong form, a surrogate, a code point above
// U+10FFFF or a sequence cut short.
qsizetype sequenceLength(const unsigned char *bytes, qsizetype available)
{
    const unsigned char lead = bytes[0];
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (available < length || bytes[1] < low || bytes[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (bytes[i] < 0x80 || bytes[i] > 0xBF)
            return 0;
    }
    return length;
}

bool isUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = sequenceLength(data + at, bytes.size() - at);
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

} // namespace

QString escapeInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    QString text;
    qsizetype validFrom = 0;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = sequenceLength(data + at, bytes.size() - at);
        if (length > 0) {
            at += length;
            continue;
        }
        text += QString::fromUtf8(bytes.constData() + validFrom, at - validFrom);
        text += QLatin1String("\\x") + QString::number(data[at], 16).toUpper().rightJustified(2, QLatin1Char('0'));
        ++at;
        validFrom = at;
    }
    text += QString::fromUtf8(bytes.constData() + validFrom, bytes.size() - validFrom);
    return text;
}

std::optional<QString> firstNonUtf8Argument(int argc, const char *const *argv)
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#else
    for (int i = 1; i < argc && argv[i]; ++i) {
        const QByteArray argument(argv[i]);
        if (!isUtf8(argument))
            return escapeInvalidUtf8(argument);
    }
#endif
    return std::nullopt;
}

} // namespace Custodian
