#pragma once

#include <QString>

namespace Custodian::Ui {

// Settings › Automatic backups: a generation of the register each time it is closed after a
// change (Exchange::Backups), kept in a folder, the newest ones only. Settings of this computer,
// like the auto-lock: they hold for every register opened here.
struct BackupSettings
{
    bool enabled = true;
    QString folder; // empty: the "Custodian backups" folder beside each register
    int keep = 10;

    static BackupSettings load();
    void save() const;
    // Where the generations of the register at registerPath go.
    QString folderFor(const QString &registerPath) const;
};

} // namespace Custodian::Ui
