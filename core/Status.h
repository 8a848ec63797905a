#pragma once

#include <QString>

namespace Custodian {

// The outcome of an operation that can fail for a reason a person must be told about.
// core returns these as values; only ui turns them into dialogs and the CLI into stderr lines.
// [[nodiscard]]: a failure nobody looks at is a failure nobody is told about.
class [[nodiscard]] Status
{
public:
    enum class Code
    {
        Ok,
        InvalidInput,
        FileNotFound,
        FileExists,
        NotARegister,
        WrongPassphrase,
        Damaged,
        NewerVersion,
        CipherUnavailable,
        PassphraseTooWeak,
        IoError,
        DatabaseError,
        KeychainUnavailable,
        Timeout,
        NotFound,
        Conflict,         // someone else saved the item since it was read: nothing was written
        InUse,            // another program holds the register's writer lock; it can be opened read-only
        ReadOnlyLocation, // the file or its folder cannot be written: only a read-only open works
        Interrupted,      // a save was interrupted; a read-write open finishes the recovery
        Incomplete,       // the register was never completely created
        Cancelled,        // the person stopped a long operation; it was undone
    };

    Status() = default;
    static Status ok() { return Status(); }
    static Status error(Code code, const QString &message, const QString &detail = QString());

    bool isOk() const { return m_code == Code::Ok; }
    explicit operator bool() const { return isOk(); }
    Code code() const { return m_code; }
    // One sentence for a person, translated.
    const QString &message() const { return m_message; }
    // Technical detail (SQLite's text, a file system error), not translated.
    const QString &detail() const { return m_detail; }

private:
    Code m_code = Code::Ok;
    QString m_message;
    QString m_detail;
};

} // namespace Custodian
