#pragma once

#include <QList>
#include <QString>

namespace Custodian::Ui {

// Recently opened registers, kept in QSettings: the path and the register id (so the keychain
// entry can be found before the file is unlocked) and whether its passphrase is remembered.
// Nothing about a register's content is kept here.
class RecentFiles
{
public:
    struct Entry
    {
        QString path;
        QString registerId;
        bool remembered = false;
    };

    static constexpr int maximum = 8;

    static QList<Entry> entries();
    static Entry find(const QString &path);
    static void add(const Entry &entry);
    static void remove(const QString &path);
};

} // namespace Custodian::Ui
