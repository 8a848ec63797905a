#pragma once

#include <QString>
#include <QtGlobal>

namespace Custodian::Storage {

// A file this process made: created exclusively (it fails when the path exists, however close the
// race) and readable by its owner only, whatever the umask; SQLite gives a register's journal the
// same mode. Cleaning up after a failed creation removes it only while the path still names that
// very file, never a register someone else created there meanwhile (the review's D3 and D9).
class CreatedFile
{
public:
    enum class Result
    {
        Created,
        Exists,
        Failed
    };

    Result create(const QString &path, QString *error);

    // Why a file cannot be made at path, found from the file system around it (the error code of
    // the failed open is not portable to read back): where names the folder, or the file that
    // stands where a folder should be.
    enum class Cause
    {
        Unknown,
        FolderMissing,
        NotAFolder,
        PermissionDenied,
        DiskFull
    };
    struct Diagnosis
    {
        Cause cause = Cause::Unknown;
        QString where;
    };
    static Diagnosis diagnose(const QString &path);
    // True when the file was ours and is gone.
    bool removeIfOurs() const;

private:
    QString m_path;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace Custodian::Storage
