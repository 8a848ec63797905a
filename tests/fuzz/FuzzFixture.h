// What the fuzz targets share: a QCoreApplication and two registers in a temporary folder, one
// holding a party (a merge has something to match), one empty.
#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include "domain/Party.h"
#include "exchange/Tabular.h"
#include "register/AuditLog.h"
#include "register/PartyService.h"
#include "storage/Database.h"

namespace Custodian::Fuzz {

// The fixture must be made: a target that cannot start says why and stops.
inline void check(const Status &status)
{
    if (status)
        return;
    std::fprintf(stderr, "fuzz target: %s (%s)\n", qPrintable(status.message()), qPrintable(status.detail()));
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

// The fixture, made on first use and removed (with its folder) at exit.
inline Fixture &fixture()
{
    static Fixture *made = nullptr;
    if (!made) {
        made = new Fixture;
        std::atexit([] { delete made; });
    }
    return *made;
}

// Reads bytes as a file of that name (CSV or workbook) and imports the lists in our layout and in
// the ICO layout, as dry runs; aborts when a dry run commits.
inline void importLists(Fixture &registers, const QByteArray &bytes, const QString &name)
{
    QList<Exchange::RawTable> tables;
    QList<Exchange::ImportFinding> findings;
    if (!Exchange::Tabular::readData(bytes, name, QChar(), &tables, &findings))
        return;
    for (const Exchange::Layout layout : {Exchange::Layout::Custodian, Exchange::Layout::Ico}) {
        Exchange::Tabular::ImportOptions options;
        options.layout = layout;
        options.dryRun = true;
        QList<Exchange::ImportFinding> found;
        Exchange::ImportSummary summary;
        (void)Exchange::Tabular::import(registers.filled, tables, options, &found, &summary);
        if (summary.applied)
            std::abort(); // a dry run never commits
    }
}

} // namespace Custodian::Fuzz
