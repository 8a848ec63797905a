// libFuzzer target: any bytes as a CSV file (Exchange::Csv::read through Tabular::readData), then
// imported in our layout and in the ICO layout into a register that holds items, as dry runs.
// Whatever the input, the reader returns a table or findings and the import findings or a
// status, never a crash, and nothing is written.
// `make test` replays the committed corpus (tests/fuzz/corpus/NAME); `make fuzz` fuzzes.
#include <cstdint>
#include <cstdlib>

#include "FuzzFixture.h"
#include "exchange/Tabular.h"

using namespace Custodian;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Fixture &registers = Fuzz::fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::importLists(registers, bytes, QStringLiteral("input.csv"));
    if (Register::AuditLog::count(registers.filled.connection()) != registers.filledEntries)
        std::abort(); // something was written
    return 0;
}
