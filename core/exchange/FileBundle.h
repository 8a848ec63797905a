#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "Status.h"

// Several files written together as one export: into a ZIP file (a path ending in .zip, written
// whole or not at all) or into a folder (made when it is missing). Every file is readable by its
// owner only, as the register's data it may hold; nothing is written over an existing file.
namespace Custodian::Exchange {

class FileBundle
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Exchange::FileBundle)
public:
    struct Entry
    {
        QString name; // relative, "/" between folders: "activity/UUID/1.json"
        QByteArray data;
    };
    // failed: the sentence of a failure ("The CSV files could not be written to …").
    [[nodiscard]] static Status write(const QString &path, const QList<Entry> &files, const QString &failed);
    // One new file, atomically.
    [[nodiscard]] static Status writeFile(const QString &path, const QByteArray &data, const QString &failed);
};

} // namespace Custodian::Exchange
