#include "FileBundle.h"

#include "exchange/Zip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Custodian::Exchange {

Status FileBundle::writeFile(const QString &path, const QByteArray &data, const QString &failed)
{
    if (QFileInfo::exists(path))
        return Status::error(Status::Code::InvalidInput, failed,
                             tr("The file %1 already exists.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::error(Status::Code::IoError, failed, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        return Status::error(Status::Code::IoError, failed, file.errorString());
    return Status::ok();
}

Status FileBundle::write(const QString &path, const QList<Entry> &files, const QString &failed)
{
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        if (QFileInfo::exists(path))
            return Status::error(Status::Code::InvalidInput, failed,
                                 tr("The file %1 already exists.").arg(QDir::toNativeSeparators(path)));
        // Written beside its place and renamed once complete: no half archive under its name.
        const QString partial = path + QStringLiteral(".part");
        QFile::remove(partial);
        {
            ZipWriter zip(partial);
            bool written = zip.isOpen();
            for (const Entry &entry : files) {
                if (written)
                    written = zip.add(entry.name, entry.data);
            }
            if (!zip.close() || !written) {
                QFile::remove(partial);
                return Status::error(Status::Code::IoError, failed, tr("The ZIP file cannot be written."));
            }
        }
        QFile file(partial);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!file.rename(path)) {
            QFile::remove(partial);
            return Status::error(Status::Code::IoError, failed, file.errorString());
        }
        return Status::ok();
    }
    const QDir folder(path);
    if (!folder.exists() && !QDir().mkpath(path))
        return Status::error(Status::Code::IoError, failed, tr("The folder cannot be made."));
    for (const Entry &entry : files) {
        const QString target = folder.filePath(entry.name);
        const QString parent = QFileInfo(target).path();
        if (!QDir().mkpath(parent))
            return Status::error(Status::Code::IoError, failed, tr("The folder cannot be made."));
        const Status status = writeFile(target, entry.data, failed);
        if (!status)
            return status;
    }
    return Status::ok();
}

} // namespace Custodian::Exchange
