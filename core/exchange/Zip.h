#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// ZIP files through the system's minizip (zlib's contrib, Debian libminizip-dev), the library
// libxlsxwriter itself uses: a workbook read from memory, a ZIP of CSV files written to disk.
// (QuaZip cannot share a process with libxlsxwriter: it exports minizip's functions under the
// same names, so that libxlsxwriter's calls land in QuaZip's changed copy and crash.)
namespace Custodian::Exchange {

class ZipReader
{
public:
    explicit ZipReader(const QByteArray &data);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // The names of the entries, in the order of the archive (at most 10,000).
    QStringList names() const;

    enum class Result
    {
        Ok,
        Missing,  // no entry of that name
        Damaged,  // cannot be unpacked, or its checksum fails
        TooLarge, // unpacks to more than the limit
    };
    // The unpacked entry; the name is compared without regard to case.
    Result read(const QString &name, qint64 limit, QByteArray *out);

    // Where minizip reads in the data (inside Zip.cpp).
    struct Stream
    {
        const QByteArray *data;
        qint64 position = 0;
    };

private:
    QByteArray m_data;
    Stream m_stream{&m_data};
    void *m_zip = nullptr;
};

class ZipWriter
{
public:
    // Creates the file (it must not exist yet).
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Adds a file, deflated, readable by its owner only, its name in UTF-8.
    bool add(const QString &name, const QByteArray &data);
    // Writes the archive's directory; false when anything failed.
    bool close();

private:
    void *m_zip = nullptr;
    bool m_failed = false;
};

} // namespace Custodian::Exchange
