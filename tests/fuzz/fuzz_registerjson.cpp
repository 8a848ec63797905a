// libFuzzer target: any bytes as a JSON register export (Exchange::RegisterJson::import), merged
// into a register that holds items and restored into an empty one, both as dry runs. Whatever
// the input, the import returns findings or a status, never crashes, and changes nothing.
// `make test` replays the committed corpus (tests/fuzz/corpus/registerjson); `make fuzz` fuzzes.
#include <cstdint>
#include <cstdlib>

#include "FuzzFixture.h"
#include "exchange/RegisterJson.h"

using namespace Custodian;
using Custodian::Fuzz::fixture;

namespace {

void importOnce(Storage::Store &store, const QByteArray &data, Exchange::RegisterJson::Mode mode)
{
    Exchange::RegisterJson::Options options;
    options.mode = mode;
    options.dryRun = true;
    options.fileName = QStringLiteral("input.json");
    QList<Exchange::ImportFinding> findings;
    Exchange::ImportSummary summary;
    (void)Exchange::RegisterJson::import(store, data, options, &findings, &summary);
    if (summary.applied)
        std::abort(); // a dry run never commits
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Fixture &registers = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    importOnce(registers.filled, bytes, Exchange::RegisterJson::Mode::Merge);
    importOnce(registers.empty, bytes, Exchange::RegisterJson::Mode::Restore);
    if (Register::AuditLog::count(registers.filled.connection()) != registers.filledEntries ||
        Register::AuditLog::count(registers.empty.connection()) != 0)
        std::abort(); // something was written
    return 0;
}
