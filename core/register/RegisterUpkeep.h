#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// What the register brings up to date when it is opened for writing, after the storage has
// migrated its tables: values computed by rules that have changed since they were stored. Each
// change is an ordinary audited save, so the history says what changed and why it could.
class RegisterUpkeep
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::RegisterUpkeep)
public:
    // Runs every step; *notices gets one sentence per step that changed something, for the person
    // who opened the register. A failure leaves the register as the last completed save left it.
    [[nodiscard]] static Status run(Storage::Store &store, QStringList *notices);
};

} // namespace Custodian::Register
