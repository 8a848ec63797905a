#pragma once

#include <QCoreApplication>
#include <QString>

#include "Status.h"

namespace Custodian::Storage {
class Store;
struct HistoryHead;
} // namespace Custodian::Storage

namespace Custodian::Exchange {

// The established activity versions as static files for a logging back-end to resolve the URIs its
// log lines carry (the government's logging standard, Logboek Dataverwerkingen): one JSON file per
// version, activity/UUID/N.json, written from what the version recorded alone, so that it reads
// byte for byte the same in every later export; and index.json, listing every version with its
// URI, its path and its state (established or lapsed, the only thing that changes). Into a folder
// or a .zip file; only established versions, never a working record.
class LdvExport
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::LdvExport)
public:
    static QString formatName() { return QStringLiteral("custodian-ldv-resolver"); }
    // *state: the register state read; *versions: how many version files were written.
    [[nodiscard]] static Status write(Storage::Store &store, const QString &path, Storage::HistoryHead *state,
                                      int *versions);
};

} // namespace Custodian::Exchange
