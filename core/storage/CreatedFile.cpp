#include "CreatedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Custodian::Storage {

CreatedFile::Result CreatedFile::create(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return QFileInfo::exists(path) ? Result::Exists : Result::Failed;
    }
    m_path = path;
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::fstat(file.handle(), &info) == 0) {
        m_device = quint64(info.st_dev);
        m_inode = quint64(info.st_ino);
    }
#endif
    return Result::Created;
}

CreatedFile::Diagnosis CreatedFile::diagnose(const QString &path)
{
    Diagnosis result;
    const QString folder = QFileInfo(path).absolutePath();
    // The nearest part of the folder's path that exists.
    QString existing = folder;
    while (!QFileInfo::exists(existing)) {
        const QString up = QFileInfo(existing).absolutePath();
        if (up == existing)
            break;
        existing = up;
    }
    result.where = QDir::toNativeSeparators(existing);
    const QFileInfo info(existing);
    if (info.exists() && !info.isDir()) {
        result.cause = Cause::NotAFolder;
    } else if (existing != folder) {
        // A folder is missing and could not be made in the nearest one that exists.
        result.cause = info.isWritable() ? Cause::FolderMissing : Cause::PermissionDenied;
        if (result.cause == Cause::FolderMissing)
            result.where = QDir::toNativeSeparators(folder);
    } else if (!info.isWritable()) {
        result.cause = Cause::PermissionDenied;
    } else {
        // Less than one page of the register and its journal left.
        const QStorageInfo storage(existing);
        if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 64 * 1024)
            result.cause = Cause::DiskFull;
    }
    return result;
}

bool CreatedFile::removeIfOurs() const
{
    if (m_path.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0 || quint64(info.st_dev) != m_device ||
        quint64(info.st_ino) != m_inode)
        return false;
#endif
    return QFile::remove(m_path);
}

} // namespace Custodian::Storage
