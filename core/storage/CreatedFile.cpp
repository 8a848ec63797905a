#include "CreatedFile.h"

#include <QFile>
#include <QFileInfo>

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
