#include "exchange/Zip.h"

#include <QDateTime>
#include <QFile>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <cstring>

namespace Custodian::Exchange {

namespace {

constexpr int MaximumEntries = 10000;

// minizip's file functions over a QByteArray in memory.
using Memory = ZipReader::Stream;

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    return opaque;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *memory = static_cast<Memory *>(stream);
    const qint64 left = memory->data->size() - memory->position;
    const qint64 count = std::min<qint64>(left, qint64(size));
    if (count <= 0)
        return 0;
    std::memcpy(buffer, memory->data->constData() + memory->position, size_t(count));
    memory->position += count;
    return uLong(count);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<Memory *>(stream)->position);
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *memory = static_cast<Memory *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = memory->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = memory->data->size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > ZPOS64_T(memory->data->size()))
        return -1;
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > memory->data->size())
        return -1;
    memory->position = target;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

QString entryName(unzFile zip)
{
    unz_file_info64 info{};
    char name[1024];
    if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
        return QString();
    const QByteArray bytes(name, int(std::min<uLong>(info.size_filename, sizeof name - 1)));
    return (info.flag & 0x800) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

} // namespace

ZipReader::ZipReader(const QByteArray &data) : m_data(data)
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = memoryOpen;
    functions.zread_file = memoryRead;
    functions.zwrite_file = memoryWrite;
    functions.ztell64_file = memoryTell;
    functions.zseek64_file = memorySeek;
    functions.zclose_file = memoryClose;
    functions.zerror_file = memoryError;
    functions.opaque = &m_stream;
    m_zip = unzOpen2_64("memory", &functions);
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

QStringList ZipReader::names() const
{
    QStringList found;
    if (!m_zip)
        return found;
    auto *zip = static_cast<unzFile>(m_zip);
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK && found.size() < MaximumEntries;
         status = unzGoToNextFile(zip))
        found << entryName(zip);
    return found;
}

ZipReader::Result ZipReader::read(const QString &name, qint64 limit, QByteArray *out)
{
    out->clear();
    if (!m_zip)
        return Result::Damaged;
    auto *zip = static_cast<unzFile>(m_zip);
    bool located = false;
    int count = 0;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK && count < MaximumEntries;
         status = unzGoToNextFile(zip), ++count) {
        if (entryName(zip).compare(name, Qt::CaseInsensitive) == 0) {
            located = true;
            break;
        }
    }
    if (!located)
        return Result::Missing;
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return Result::Damaged;
    char buffer[65536];
    Result result = Result::Ok;
    for (;;) {
        const int read = unzReadCurrentFile(zip, buffer, sizeof buffer);
        if (read < 0) {
            result = Result::Damaged;
            break;
        }
        if (read == 0)
            break;
        if (out->size() + read > limit) {
            result = Result::TooLarge;
            break;
        }
        out->append(buffer, read);
    }
    // UNZ_CRCERROR when the whole entry was read and its checksum fails.
    const int closed = unzCloseCurrentFile(zip);
    if (result == Result::Ok && closed != UNZ_OK)
        result = Result::Damaged;
    if (result != Result::Ok)
        out->clear();
    return result;
}

ZipWriter::ZipWriter(const QString &path)
{
    if (QFile::exists(path))
        return;
    m_zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(static_cast<zipFile>(m_zip), nullptr);
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_zip || m_failed)
        return false;
    auto *zip = static_cast<zipFile>(m_zip);
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.external_fa = uLong(0100600) << 16; // a regular file, rw for its owner
    const QByteArray fileName = name.toUtf8();
    constexpr uLong MadeOnUnix = (3 << 8) | 20;
    constexpr uLong Utf8Names = 0x800;
    if (zipOpenNewFileInZip4_64(zip, fileName.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
                                MadeOnUnix, Utf8Names, data.size() > 0xffffffffLL ? 1 : 0) != ZIP_OK) {
        m_failed = true;
        return false;
    }
    if (zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) != ZIP_OK)
        m_failed = true;
    if (zipCloseFileInZip(zip) != ZIP_OK)
        m_failed = true;
    return !m_failed;
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    const int closed = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    return closed == ZIP_OK && !m_failed;
}

} // namespace Custodian::Exchange
