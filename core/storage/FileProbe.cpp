#include "FileProbe.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cmath>

namespace Custodian::Storage {

namespace {

// Shannon entropy in bits per byte. Ciphertext is close to 8; text, PDFs' headers and
// database pages in the clear are far below.
double entropy(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return 0.0;
    std::array<int, 256> counts{};
    for (const char c : bytes)
        ++counts[static_cast<unsigned char>(c)];
    double result = 0.0;
    const double total = double(bytes.size());
    for (const int count : counts) {
        if (count == 0)
            continue;
        const double p = count / total;
        result -= p * std::log2(p);
    }
    return result;
}

} // namespace

FileProbe FileProbe::inspect(const QString &path, int pageSize)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.kind = Kind::Missing;
        return probe;
    }
    if (info.isDir()) {
        probe.kind = Kind::Folder;
        return probe;
    }
    if (!info.isFile()) {
        probe.kind = Kind::NotAFile;
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.kind = Kind::Unreadable;
        return probe;
    }
    probe.size = file.size();
    if (probe.size == 0) {
        probe.kind = Kind::Empty;
        return probe;
    }
    const QByteArray head = file.read(pageSize);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        probe.kind = Kind::PlainSqlite;
        return probe;
    }
    // 4096 random bytes score about 7.95; anything under 7.5 was not written by a cipher.
    const bool encrypted = head.size() >= 512 && entropy(head) > 7.5;
    if (!encrypted) {
        probe.kind = Kind::NotEncrypted;
        return probe;
    }
    probe.kind = (probe.size % pageSize == 0) ? Kind::LooksEncrypted : Kind::Truncated;
    return probe;
}

} // namespace Custodian::Storage
