// A register file as an older version of Custodian left it, for the tests of upgrades: only the
// first migrations, written with the SQLCipher driver directly, with an organisation and (from
// schema version 5 on, where the history became a chain) three history entries.
#pragma once

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include "storage/CipherProfile.h"
#include "storage/Database.h"
#include "storage/HistoryChain.h"
#include "storage/Migrator.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlDialect.h"

namespace OldRegister {

// Writes the register at path as schema version `version` left it. workFolder holds a copy of the
// migrations up to that version. A register id of its own keeps the heads this computer remembers
// (Database::rememberedHead) apart from other tests'.
inline bool write(const QString &path, const QString &passphrase, int version, const QString &registerId,
                  const QString &workFolder)
{
    using namespace Custodian;
    const QString folder = QDir(workFolder).filePath(QStringLiteral("v%1-schema").arg(version));
    QDir().mkpath(folder);
    const QStringList migrations =
        QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &migration : migrations.mid(0, version)) {
        QFile::remove(QDir(folder).filePath(migration));
        if (!QFile::copy(QStringLiteral(":/schema/") + migration, QDir(folder).filePath(migration)))
            return false;
    }
    Storage::registerSqlCipherDriver();
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        ok = raw.open(QString(), passphrase) && Storage::CipherProfile::pinned().apply(raw).isOk();
        QSqlQuery query(raw);
        ok = ok && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Storage::Database::applicationId));
        const Storage::Migrator migrator(folder);
        ok = ok && migrator.latestVersion() == version && migrator.migrate(raw).isOk();
        query.prepare(QStringLiteral("INSERT INTO register_info (key, value) VALUES ('register_id', ?)"));
        query.addBindValue(registerId);
        ok = ok && query.exec();
        ok = ok && query.exec(QStringLiteral("INSERT INTO organisation (id, uuid, name, city, created_at, updated_at) "
                                             "VALUES (1, 'org', 'Oud Register B.V.', 'Zwolle', "
                                             "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
        const Storage::SqliteDialect dialect;
        for (int i = 1; ok && version >= 5 && i <= 3; ++i) {
            Storage::HistoryChain::Entry entry;
            entry.at = QStringLiteral("2025-01-0%1T10:00:00.000Z").arg(i);
            entry.actor = QStringLiteral("fg");
            entry.entity = QStringLiteral("note");
            entry.uuid = QStringLiteral("n1");
            entry.action = i == 1 ? QStringLiteral("create") : QStringLiteral("update");
            entry.changes = QStringLiteral("{\"text\":{\"new\":\"%1\",\"old\":\"\"}}").arg(i);
            ok = raw.transaction() && Storage::HistoryChain::append(raw, dialect, entry).isOk() && raw.commit();
        }
        if (!ok)
            qWarning() << query.lastError().text() << raw.lastError().text();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace OldRegister
