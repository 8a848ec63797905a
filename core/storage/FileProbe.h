#pragma once

#include <QString>

namespace Custodian::Storage {

// What a file looks like from its bytes alone, before any key is tried. Lets a wrong passphrase,
// a foreign file and a damaged register each get their own message.
struct FileProbe
{
    enum class Kind
    {
        Missing,
        Unreadable,
        Folder,   // a directory
        NotAFile, // a device, a pipe or another special file
        Empty,
        PlainSqlite,   // an unencrypted SQLite database: not a register
        NotEncrypted,  // text or structured data: not a register
        Truncated,     // looks encrypted but is not a whole number of pages: damaged
        LooksEncrypted // could be a register; only the key can tell
    };

    Kind kind = Kind::Missing;
    qint64 size = 0;

    static FileProbe inspect(const QString &path, int pageSize);
};

} // namespace Custodian::Storage
