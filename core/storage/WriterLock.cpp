#include "WriterLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QStorageInfo>

namespace Custodian::Storage {

WriterLock::WriterLock() = default;

WriterLock::~WriterLock()
{
    release();
}

QString WriterLock::lockPathFor(const QString &registerPath)
{
    return registerPath + QStringLiteral(".lock");
}

WriterLock::Result WriterLock::acquire(const QString &registerPath, Holder *holder)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockPathFor(registerPath));
    // Held as long as the register is open: never stale by age, only when its process is gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        m_registerPath = registerPath;
        return Result::Acquired;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        Holder found;
        lock->getLockInfo(&found.pid, &found.host, &found.application);
        const QFileInfo info(lockPathFor(registerPath));
        found.user = info.owner();
        found.since = info.lastModified();
        if (holder)
            *holder = found;
        return Result::HeldByOther;
    }
    case QLockFile::PermissionError:
        return Result::ReadOnlyFolder;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Result::Failed;
}

void WriterLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_registerPath.clear();
}

bool WriterLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

QString WriterLock::inUseMessage(const QString &registerPath, const Holder &holder)
{
    const QString name = QDir::toNativeSeparators(registerPath);
    const QString who = holder.user.isEmpty() ? tr("another user") : holder.user;
    const QString host = holder.host.isEmpty() ? tr("another computer") : holder.host;
    const QString since = holder.since.isValid() ? QLocale().toString(holder.since.toLocalTime(), QLocale::ShortFormat)
                                                 : tr("an unknown time");
    return tr("The register %1 is in use by %2 on %3 since %4. It can be opened read-only until they close it.")
        .arg(name, who, host, since);
}

bool WriterLock::breakLock(const QString &registerPath)
{
    return QFile::remove(lockPathFor(registerPath));
}

QString WriterLock::sharedLocationWarning(const QString &registerPath)
{
    const QFileInfo file(registerPath);
    const QString folder = file.absolutePath();
    const QString shared =
        tr("%1 is kept on %2. File locks are not reliable there, so two people could overwrite each other's work "
           "or damage the register. Keep the register on this computer's own disk, or share it as a team register "
           "on a PostgreSQL server.");

    const QString type = QString::fromLatin1(QStorageInfo(folder).fileSystemType()).toLower();
    static const QStringList networkTypes = {
        QStringLiteral("nfs"),         QStringLiteral("nfs4"),        QStringLiteral("cifs"),
        QStringLiteral("smb3"),        QStringLiteral("smbfs"),       QStringLiteral("fuse.sshfs"),
        QStringLiteral("davfs"),       QStringLiteral("fuse.davfs2"), QStringLiteral("9p"),
        QStringLiteral("afs"),         QStringLiteral("ceph"),        QStringLiteral("glusterfs"),
        QStringLiteral("fuse.rclone"), QStringLiteral("webdav")};
    if (networkTypes.contains(type))
        return shared.arg(QDir::toNativeSeparators(registerPath), tr("a network share (%1)").arg(type));

    // A synchronised folder: the client's own folder name, or the marker it leaves in its root.
    static const QStringList syncNames = {
        QStringLiteral("onedrive"),     QStringLiteral("dropbox"),          QStringLiteral("nextcloud"),
        QStringLiteral("owncloud"),     QStringLiteral("google drive"),     QStringLiteral("googledrive"),
        QStringLiteral("icloud drive"), QStringLiteral("mobile documents"), QStringLiteral("seafile"),
        QStringLiteral("pcloud drive"), QStringLiteral("sync.com"),         QStringLiteral("syncthing")};
    static const QStringList markers = {QStringLiteral(".dropbox"), QStringLiteral(".stfolder"),
                                        QStringLiteral(".owncloudsync.log"), QStringLiteral(".nextcloudsync.log")};
    QDir dir(folder);
    for (int depth = 0; depth < 64; ++depth) {
        const QString component = dir.dirName().toLower();
        for (const QString &name : syncNames) {
            if (component.startsWith(name))
                return shared.arg(QDir::toNativeSeparators(registerPath),
                                  tr("a synchronised folder (%1)").arg(dir.dirName()));
        }
        for (const QString &marker : markers) {
            if (QFileInfo::exists(dir.filePath(marker)))
                return shared.arg(QDir::toNativeSeparators(registerPath),
                                  tr("a synchronised folder (%1)").arg(dir.dirName()));
        }
        // Nextcloud and ownCloud keep their journal in the root they synchronise.
        if (!dir.entryList({QStringLiteral("._sync_*.db"), QStringLiteral(".sync_*.db")},
                           QDir::Files | QDir::Hidden | QDir::System)
                 .isEmpty())
            return shared.arg(QDir::toNativeSeparators(registerPath),
                              tr("a synchronised folder (%1)").arg(dir.dirName()));
        if (dir.isRoot() || !dir.cdUp())
            break;
    }
    return QString();
}

} // namespace Custodian::Storage
