#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Custodian {

// Command-line arguments are bytes on Unix, and Qt reads them as UTF-8, turning each byte that is
// not UTF-8 into U+FFFD. A file name in Latin-1 (café.cst as "caf\xe9.cst") would then name
// another file: it could not be opened, and a new register would be created under the other name
// (review D12). The programs refuse such an argument instead; these functions find it and write
// it for the message.

// The first of argv[1] .. argv[argc - 1] whose bytes are not UTF-8, as escapeInvalidUtf8() writes
// it; nothing when every argument is UTF-8. Always nothing on Windows, which hands programs their
// arguments as UTF-16 (Qt reads them from there, not from argv).
std::optional<QString> firstNonUtf8Argument(int argc, const char *const *argv);

// The bytes as text for a message: what is UTF-8 as it is, every other byte as \xHH ("caf\xE9.cst").
QString escapeInvalidUtf8(const QByteArray &bytes);

} // namespace Custodian
