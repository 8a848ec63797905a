// libFuzzer target: any bytes as a JSON register export (Exchange::RegisterJson::import), merged
// into a register that holds items and restored into an empty one, both as dry runs. Whatever
// the input, the import returns findings or a status, never crashes, and changes nothing.
// `make test` replays the committed corpus (tests/fuzz/corpus/registerjson); `make fuzz` fuzzes.
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "domain/Party.h"
#include "exchange/RegisterJson.h"
#include "register/AuditLog.h"
#include "register/PartyService.h"
#include "storage/Database.h"

using namespace Custodian;

namespace {

// The fixture must be made: a target that cannot start says why and stops.
void check(const Status &status)
{
    if (status)
        return;
    std::fprintf(stderr, "fuzz_registerjson: %s (%s)\n", qPrintable(status.message()), qPrintable(status.detail()));
    std::abort();
}

struct Fixture
{
    int argc = 1;
    char name[16] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    Storage::Database filled;
    Storage::Database empty;
    qint64 filledEntries = 0;

    Fixture()
    {
        const QString passphrase = QStringLiteral("fuzz target passphrase");
        check(dir.isValid() ? Status::ok() : Status::error(Status::Code::IoError, QStringLiteral("no folder")));
        check(filled.create(dir.filePath(QStringLiteral("filled.cstd")), passphrase));
        check(empty.create(dir.filePath(QStringLiteral("empty.cstd")), passphrase));
        Register::PartyService parties(filled);
        Domain::Party party;
        party.name = QStringLiteral("Klantwolk B.V.");
        check(parties.save(&party));
        filledEntries = Register::AuditLog::count(filled.connection());
    }
};

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
    static Fixture *fixture = nullptr;
    if (!fixture) {
        fixture = new Fixture;
        std::atexit([] { delete fixture; }); // the registers' folder goes with it
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    importOnce(fixture->filled, bytes, Exchange::RegisterJson::Mode::Merge);
    importOnce(fixture->empty, bytes, Exchange::RegisterJson::Mode::Restore);
    if (Register::AuditLog::count(fixture->filled.connection()) != fixture->filledEntries ||
        Register::AuditLog::count(fixture->empty.connection()) != 0)
        std::abort(); // something was written
    return 0;
}
