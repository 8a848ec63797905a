#pragma once

#include <QCoreApplication>

#include "Status.h"

namespace Custodian::Storage {
class Store;
}

namespace Custodian::Register {

// Writes the demo register: a fictional Dutch software vendor modelled on a real privacy statement
// (contracts, customer relationship in third-party applications, use of the application with an
// encrypted database and its logs and backups, website and e-mail with IP addresses, cookies and a
// visitor-identification service), its hosting partner as processor, sub-processor agreements and
// realistic retention rules. Into an open, empty register, through the services (one audited
// transaction per item), so the demo is also an integration test; two gaps are left on purpose.
class DemoRegister
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::DemoRegister)
public:
    static Status write(Storage::Store &database);
    static QString passphrase(); // the demo's fixed passphrase (it holds nothing secret)
};

} // namespace Custodian::Register
