#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace Custodian::Storage {

// One writer at a time (DECISIONS.md, "Locking"): a register open for writing holds a lock file
// beside it, REGISTER.lock, naming the process, the computer and (through the file's owner and
// time) the person and the moment. A lock whose process is gone from this computer is stale and
// taken over; a lock of another computer is never taken over without the user saying so.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::WriterLock)
public:
    struct Holder
    {
        QString user;
        QString host;
        QString application;
        qint64 pid = 0;
        QDateTime since;
    };
    enum class Result
    {
        Acquired,
        HeldByOther,
        ReadOnlyFolder,
        Failed
    };

    WriterLock();
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    static QString lockPathFor(const QString &registerPath);

    // Takes the lock of the register at path; holder tells who has it when it is held.
    Result acquire(const QString &registerPath, Holder *holder);
    void release();
    bool isHeld() const;
    const QString &registerPath() const { return m_registerPath; }

    // "in use by NAME on HOST since TIME" as a whole sentence for the register at path.
    static QString inUseMessage(const QString &registerPath, const Holder &holder);
    // Removes a lock the user has declared abandoned (another computer that crashed). Only ever
    // on the user's explicit word.
    static bool breakLock(const QString &registerPath);

    // A sentence for a register kept where file locks and SQLite are not reliable: a network share
    // (NFS, SMB/CIFS, sshfs, WebDAV) or a folder a sync client copies (OneDrive, Dropbox,
    // Nextcloud, ownCloud, Google Drive, iCloud, Syncthing, Seafile); empty elsewhere.
    static QString sharedLocationWarning(const QString &registerPath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_registerPath;
};

} // namespace Custodian::Storage
